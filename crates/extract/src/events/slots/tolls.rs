//! Casualty counts to records: each count goes to the force event whose clause holds it
//! (`toll_host`), one record per victim group of different sides or kinds (GUIDELINES §12.6).
use super::{object_victims, qualified, toll_host};
use crate::casualties::{CasualtyKind, CasualtyMention};
use crate::events::triggers::trigger::Trigger;
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::{Casualty, Event, Party, Qualifier};
use std::ops::Range;

/// Each casualty count goes to the force event whose clause holds it, else the nearest one
/// ([`toll_host`]). A count of
/// several victim groups of different sides or kinds ("killing nine civilians and two police
/// officers") is one record per group (GUIDELINES §12.6): the returned events are the extra groups'
/// records, each a copy of its first group's record (`.0` its index in `events`).
pub(crate) fn attach_casualties(
    v: &View,
    triggers: &[Trigger],
    found: &[CasualtyMention],
    events: &mut [Event],
) -> Vec<(usize, Event)> {
    let mut extra = Vec::new();
    for c in found.iter().filter(|c| !later_deaths(v, c, found)) {
        let groups = aimed_group_first(v, triggers, events, victim_groups(v, c));
        let first = groups.first().map_or(c, |g| &g.0);
        if let Some(caught) = caught_civilians(v, triggers, first, events) {
            add_record(&mut extra, caught);
            continue;
        }
        let Some(k) = attach(v, triggers, first, events) else { continue };
        if groups.is_empty() {
            object_victims::settle(v, triggers, c, victims(v, c), k, events, &mut extra);
            shared_toll(v, c, k, events, &mut extra);
        } else {
            unaimed_first_group(&groups[0], k, events, &mut extra);
        }
        for (part, victims) in groups.iter().skip(1) {
            if let Some(caught) = caught_civilians(v, triggers, part, events) {
                add_record(&mut extra, caught);
                continue;
            }
            let value = Casualty {
                count: part.count,
                qualifier: part.qualifier,
                text: v.text(part.tokens.clone()).to_string(),
            };
            // a record of the trigger already aimed at this group (a coordinated target) takes it
            let key = |p: &Party| (p.country.clone(), p.role.clone());
            let action = events[k].action.clone();
            let aimed =
                events.iter_mut().find(|e| e.action == action && e.target.as_ref().map(key) == Some(key(victims)));
            if let Some(e) = aimed {
                let slot = if part.kind == CasualtyKind::Killed {
                    &mut e.casualties.killed
                } else {
                    &mut e.casualties.injured
                };
                slot.get_or_insert(value);
                continue;
            }
            let mut e = events[k].clone();
            e.target = Some(victims.clone());
            match part.kind {
                CasualtyKind::Killed => (e.casualties.killed, e.casualties.injured) = (Some(value), None),
                _ => (e.casualties.injured, e.casualties.killed) = (Some(value), None),
            }
            extra.push((k, e));
        }
    }
    extra
}

/// The parts of a coordinated count with their victims, when they name at least two different
/// parties (by country and role); empty otherwise (the count stays one sum).
fn victim_groups(v: &View, c: &CasualtyMention) -> Vec<(CasualtyMention, Party)> {
    let groups: Vec<(CasualtyMention, Party)> = c
        .parts
        .iter()
        .filter_map(|p| {
            let who = victims(v, p).or_else(|| unnamed_kind(v, p))?;
            Some((CasualtyMention { kind: c.kind, ..p.clone() }, who))
        })
        .collect();
    let distinct = groups.iter().any(|(_, a)| side(a) != side(&groups[0].1));
    if groups.len() == c.parts.len() && distinct {
        merge_sides(groups)
    } else {
        Vec::new()
    }
}

/// A group of people of a kind the parties stage does not know ("a shopkeeper", "a 12-year-old
/// boy", "three of his bodyguards"), next to known ones: still a group of its own, of no known
/// side, not summed into its neighbour's. Generic victims ("25 people") name no kind and stay in
/// the sum.
fn unnamed_kind(v: &View, part: &CasualtyMention) -> Option<Party> {
    let generic = words::get("generic_victims");
    let head = part.tokens.clone().rev().find(|&i| v.lemmas[i].chars().any(char::is_alphabetic))?;
    if generic.contains(&v.lemmas[head].as_str()) || words::is_pronoun(&v.lemmas[head]) {
        return None;
    }
    Some(Party { text: v.text(part.tokens.clone()).to_string(), name: None, country: None, role: None })
}

/// A victim group's side: its country and role.
fn side(p: &Party) -> (Option<String>, Option<String>) {
    (p.country.clone(), p.role.clone())
}

/// Parts of one side are one group with one count (GUIDELINES §12.6: one record per victim group),
/// next to each other or not: "18 soldiers, three railway staff and five passengers" are soldiers 18
/// and civilians 8, and so are "three civilians, 18 soldiers and five passengers".
fn merge_sides(groups: Vec<(CasualtyMention, Party)>) -> Vec<(CasualtyMention, Party)> {
    let mut out: Vec<(CasualtyMention, Party)> = Vec::new();
    for (m, who) in groups {
        match out.iter_mut().find(|(_, earlier)| side(earlier) == side(&who)) {
            Some((sum, _)) => {
                sum.count = sum.count.zip(m.count).and_then(|(a, b)| crate::casualties::plausible(a.saturating_add(b)));
                sum.qualifier = match (sum.count, sum.qualifier) {
                    (None, _) => Qualifier::Several,
                    (_, Qualifier::Exact) => m.qualifier,
                    (_, q) => q,
                };
                sum.upper = None;
                sum.tokens = sum.tokens.start..m.tokens.end;
                sum.number = sum.number.start..m.number.end;
            }
            _ => out.push((m, who)),
        }
    }
    out
}

/// The group that a record of the act is already aimed at goes first, so that it takes that
/// record's count slot: in "the bombing of a French base killed an American scientist and nine
/// French soldiers" the base's record (French military) holds the nine soldiers, and the scientist
/// gets a record of his own; taken in text order, the base's record would count the scientist and
/// the soldiers would find their slot filled.
fn aimed_group_first(
    v: &View,
    triggers: &[Trigger],
    events: &[Event],
    mut groups: Vec<(CasualtyMention, Party)>,
) -> Vec<(CasualtyMention, Party)> {
    let Some(t) = groups.first().and_then(|(first, _)| toll_host::host(v, triggers, first)) else { return groups };
    let text = v.text(t.m.tokens.clone());
    let aimed = |who: &Party| {
        events.iter().any(|e| {
            e.action.text == text && e.action.cameo == t.cameo && e.target.as_ref().map(side) == Some(side(who))
        })
    };
    if !groups.first().is_some_and(|(_, who)| aimed(who)) {
        if let Some(i) = groups.iter().position(|(_, who)| aimed(who)) {
            let group = groups.remove(i);
            groups.insert(0, group);
        }
    }
    groups
}

/// "struck a NATO convoy, killing four Afghan civilians and two British soldiers": when no group is
/// the one the act was aimed at, the first group's count went to the record of the convoy; it is the
/// civilians' own, on a record of theirs (GUIDELINES §12.6: one record per victim group).
fn unaimed_first_group(
    (part, victims): &(CasualtyMention, Party),
    k: usize,
    events: &mut [Event],
    extra: &mut Vec<(usize, Event)>,
) {
    let Some(target) = events[k].target.as_ref() else { return };
    // another side: another role, or another state when both name one (a country left open here may
    // still come from the story)
    let states = target.country.is_some() && victims.country.is_some() && target.country != victims.country;
    if target.role.is_none() || victims.role.is_none() || (target.role == victims.role && !states) {
        return;
    }
    let mut e = events[k].clone();
    e.target = Some(victims.clone());
    let (own, other) = match part.kind {
        CasualtyKind::Killed => (&mut events[k].casualties.killed, &mut e.casualties.injured),
        _ => (&mut events[k].casualties.injured, &mut e.casualties.killed),
    };
    *own = None;
    *other = None;
    add_record(extra, (k, e));
}

/// "killed 25 people, mostly soldiers and police": the record `k` that took the toll is the first
/// group's; each further group named as what the toll is mostly made of gets a copy, toll and all.
fn shared_toll(v: &View, c: &CasualtyMention, k: usize, events: &[Event], extra: &mut Vec<(usize, Event)>) {
    let key = |p: &Party| (p.country.clone(), p.role.clone());
    let groups = qualified::qualified_groups(v, c);
    // Only where the record took the first group: a target read elsewhere ("Gunmen killed 25 people,
    // mostly soldiers and police" with "25 people" as the object) is not split half-way.
    if groups.first().map(key).is_none_or(|first| events[k].target.as_ref().map(key) != Some(first)) {
        return;
    }
    for group in groups.into_iter().skip(1) {
        let aimed = |e: &Event| e.action == events[k].action && e.target.as_ref().map(key) == Some(key(&group));
        if events.iter().any(aimed) || extra.iter().any(|(_, e)| aimed(e)) {
            continue;
        }
        let mut e = events[k].clone();
        e.target = Some(group);
        extra.push((k, e));
    }
}

/// Adds a record of its own to `extra`, or its counts to the one there of the same action and
/// victims ("killed and wounded dozens of civilians": one record for both counts).
fn add_record(extra: &mut Vec<(usize, Event)>, (k, e): (usize, Event)) {
    match extra.iter_mut().find(|(_, x)| x.action == e.action && x.target == e.target) {
        Some((_, x)) => {
            x.casualties.killed = x.casualties.killed.take().or(e.casualties.killed);
            x.casualties.injured = x.casualties.injured.take().or(e.casualties.injured);
        }
        None => extra.push((k, e)),
    }
}

/// Civilians killed in fighting between two sides ("clashes between insurgents and troops ...
/// civilians were killed"): a record of their own with no actor, not a toll of either side; the
/// copy of the trigger's first record that holds it (with that record's index).
fn caught_civilians(v: &View, triggers: &[Trigger], c: &CasualtyMention, events: &[Event]) -> Option<(usize, Event)> {
    let victims = victims(v, c).filter(|p| p.role.as_deref() == Some("CVL"))?;
    let t = toll_host::host(v, triggers, c)?;
    let text = v.text(t.m.tokens.clone());
    let records: Vec<usize> =
        (0..events.len()).filter(|&k| events[k].action.text == text && events[k].action.cameo == t.cameo).collect();
    let side = |p: &Party| (p.country.clone(), p.role.clone());
    let mut sides: Vec<_> = records.iter().filter_map(|&k| events[k].target.as_ref().map(side)).collect();
    sides.dedup();
    // two sides that fought, neither of them civilians: "troops and militias killed hundreds of
    // civilians" is one group struck by two actors, whose records hold the toll
    if sides.len() < 2 || sides.iter().any(|s| s.1 == victims.role) {
        return None;
    }
    let mut e = events[records[0]].clone();
    (e.actor, e.target, e.casualties) = (None, Some(victims), Default::default());
    let value = Casualty { count: c.count, qualifier: c.qualifier, text: v.text(c.tokens.clone()).to_string() };
    match c.kind {
        CasualtyKind::Killed => e.casualties.killed = Some(value),
        CasualtyKind::Injured => e.casualties.injured = Some(value),
        CasualtyKind::Missing => return None,
    }
    Some((records[0], e))
}

/// Attaches one count to its event (see [`attach_casualties`]); the index of the event that took it.
fn attach(v: &View, triggers: &[Trigger], c: &CasualtyMention, events: &mut [Event]) -> Option<usize> {
    let killed = match c.kind {
        CasualtyKind::Killed => true,
        CasualtyKind::Injured => false,
        CasualtyKind::Missing => return None,
    };
    let t = toll_host::host(v, triggers, c)?;
    let text = v.text(t.m.tokens.clone()).to_string();
    let value = Casualty { count: c.count, qualifier: c.qualifier, text: v.text(c.tokens.clone()).to_string() };
    let victims = victims(v, c);
    // One toll, one event: of the events one trigger gives each way ("clashes with Armenian
    // forces"), the toll goes to the one that struck the victims' side (else the first),
    // unless it is counted "on both sides".
    let both = c.tokens.clone().chain(c.tokens.end..(c.tokens.end + 3).min(v.len())).any(|i| {
        matches!(v.lemmas[i].as_str(), "both" | "each") || v.lemmas[i] == "side" && i > 0 && v.lemmas[i - 1] == "either"
    });
    let same = |e: &Event| e.action.text == text && e.action.cameo == t.cameo;
    let victim_country = victims.as_ref().and_then(|p| p.country.clone());
    let of_country = |e: &Event| {
        same(e) && victim_country.is_some() && e.target.as_ref().and_then(|p| p.country.clone()) == victim_country
    };
    // Two sides of one state ("150 Taliban fighters were killed in a battle with Afghan forces"): the
    // record aimed at the victims' own group (by name, else role) before any other of their country.
    let own_group = |e: &Event| {
        let (Some(target), Some(p)) = (e.target.as_ref(), victims.as_ref()) else { return false };
        of_country(e) && if p.name.is_some() { target.name == p.name } else { target.role == p.role }
    };
    let struck = events.iter().position(own_group).or_else(|| events.iter().position(of_country));
    // a victim of no state ("UN Soldier Killed in Clash"): the event that targets its name and role
    let struck = struck.or_else(|| {
        let v = victims.as_ref().filter(|p| p.country.is_none())?;
        let key = |p: &Party| (p.name.clone(), p.role.clone());
        events
            .iter()
            .position(|e| same(e) && e.target.as_ref().is_some_and(|t| t.country.is_none() && key(t) == key(v)))
    });
    let chosen = struck.or_else(|| events.iter().position(same));
    // "killing at least 30 of them": a part of the ones the act was aimed at, on its own record
    // only, not on the reverse record of the clash (GUIDELINES 12.9: one-sided tolls)
    let of_them = victims.is_none() && partitive_pronoun(v, c);
    let chosen_target = chosen.and_then(|k| events[k].target.clone());
    // the act's other records aimed at the same victims share its toll (toll_host::nationals_side)
    // "troops and militias killed hundreds of civilians": each actor's record of the same victims
    let co_actor = |e: &Event| chosen_target.is_some() && e.target == chosen_target;
    let shares =
        |e: &Event| own_group(e) || co_actor(e) || toll_host::nationals_side(victims.as_ref(), e.target.as_ref());
    // victims of no side ("clashes between police and protesters killed several people"): a joint
    // toll of the mutual fighting, on each side's record (GUIDELINES 12.9)
    let joint = victims.is_none() && !of_them && events.iter().filter(|e| same(e) && e.target.is_some()).count() > 1;
    for (k, e) in events.iter_mut().enumerate().filter(|(_, e)| same(e)) {
        if !both && !joint && Some(k) != chosen && e.target.is_some() && !shares(e) {
            continue;
        }
        if e.target.is_none() {
            // "two soldiers killed in this border clash": the dead are who was struck, and so are the
            // wounded ("the blast wounded five police officers"); a bare role
            // takes the country of the one who reports its own losses, else the identity stage's.
            e.target = victims.clone().map(|mut p| {
                if p.country.is_none() && e.source.as_ref().is_some_and(|s| s.country.is_some()) {
                    p.country = e.source.as_ref().and_then(|s| s.country.clone());
                    p.name = e.source.as_ref().and_then(|s| s.name.clone());
                }
                p
            });
        }
        let slot = if killed { &mut e.casualties.killed } else { &mut e.casualties.injured };
        if slot.is_none() {
            *slot = Some(value.clone());
        }
    }
    chosen
}

/// "One of the wounded later died in hospital, raising the toll to 36": the wounded who died are
/// already in the toll the sentence gives, which is the act's new total; their own count is not.
fn later_deaths(v: &View, c: &CasualtyMention, found: &[CasualtyMention]) -> bool {
    let toll = |m: &CasualtyMention| m.kind == CasualtyKind::Killed && m.tokens.clone().any(|i| v.lemmas[i] == "toll");
    let of_wounded = c.tokens.clone().any(|i| {
        v.lower(i) == "of"
            && (i + 2 < c.tokens.end)
            && v.lower(i + 1) == "the"
            && matches!(v.lemmas[i + 2].as_str(), "wound" | "wounded" | "injure" | "injured")
    });
    c.kind == CasualtyKind::Killed && of_wounded && !toll(c) && found.iter().any(toll)
}

/// "killing two of them", "wounding several of those": a part of a group named before.
fn partitive_pronoun(v: &View, c: &CasualtyMention) -> bool {
    c.tokens
        .clone()
        .any(|i| v.lower(i) == "of" && i + 1 < v.len() && matches!(v.lower(i + 1).as_str(), "them" | "those"))
}

/// The party the dead or wounded of a casualty phrase belong to: "at least four Armenian soldiers",
/// "12 civilians", "two soldiers" (a role without a country).
fn victims(v: &View, c: &CasualtyMention) -> Option<Party> {
    if let Some(first) = qualified::qualified_groups(v, c).into_iter().next() {
        return Some(first);
    }
    // The victims' words, else the whole phrase when they alone name no party.
    let named = |r: Range<usize>| Some((parties::normalize(v.text(r.clone()))?, r));
    let (info, words_of_total) = named(victim_words(v, c, total(v, c))).or_else(|| named(total(v, c)))?;
    let text = v.text(words_of_total.clone());
    // "6,500 people" died in a war: the dead are not named as civilians unless the text says so,
    // as "civilians" or a noun for them ("21 passengers", "villagers"), not a generic one.
    let generic = words_of_total.clone().any(|i| words::get("generic_victims").contains(&v.lemmas[i].as_str()));
    let civilians_named = words_of_total.clone().any(|i| v.lemmas[i].starts_with("civilian")) || !generic;
    // "21 Palestinians": a nationality with no role is still the victims' country.
    if info.role.as_deref() == Some("CVL") && !civilians_named || (info.role.is_none() && info.country.is_none()) {
        return None;
    }
    Some(Party { text: text.to_string(), name: info.name, country: info.country, role: info.role })
}

/// The words of a casualty phrase that say who the whole count is: "31 people, including 23
/// soldiers" names a part of a generic total, not who the dead were (GUIDELINES 12.9: a subset named
/// with "including" stays in its total, and generic victims name no party), so the phrase stops at
/// "including". A total that names its kind keeps it: "12 soldiers, including two officers".
fn total(v: &View, c: &CasualtyMention) -> Range<usize> {
    let generic = words::get("generic_victims");
    let subset = c.tokens.clone().find(|&i| words::is_subset_word(&v.lower(i)));
    match subset {
        Some(k) if (c.tokens.start..k).any(|i| generic.contains(&v.lemmas[i].as_str())) => c.tokens.start..k,
        _ => c.tokens.clone(),
    }
}

/// The victims' own words in a casualty phrase: "Kill 6 US Soldiers", "six soldiers were killed",
/// "the deaths of 16 militants" and "40 Taleban Militants Killed" name "6 US Soldiers", "six
/// soldiers", "16 militants" and "40 Taleban Militants"; the verb is the act, not who it fell on.
/// The words of `range` from the first to the last under the counted noun (not under a clause on it,
/// nor the noun's preposition); all of `range` when the count counts no noun (a victim's "was").
fn victim_words(v: &View, c: &CasualtyMention, range: Range<usize>) -> Range<usize> {
    let outside = |i: &usize| !v.head(*i).is_some_and(|h| c.number.contains(&h));
    let Some(k) = c.number.clone().find(outside) else { return range };
    let noun = match v.base_rel(k) {
        "nummod" | "det" | "amod" => v.head(k),
        "aux" | "aux:pass" | "cop" | "advmod" | "case" | "punct" => None,
        _ => Some(k),
    };
    let Some(mut noun) = noun.filter(|n| range.contains(n)) else { return range };
    // "18 off-duty military and paramilitary personnel" parsed with the count on a modifier
    while let Some(h) = v.head(noun).filter(|h| range.contains(h) && v.base_rel(noun) == "compound") {
        noun = h;
    }
    // Up from `i` to the noun, through no clause on it ("Killed" read as the noun's participle).
    let under = |i: &usize| {
        let mut path = std::iter::once(*i).chain(v.ancestors(*i).take_while(|&a| a != noun));
        let below = v.ancestors(*i).any(|a| a == noun) && !path.any(|a| v.base_rel(a) == "acl");
        *i == noun || below && !(v.head(*i) == Some(noun) && v.base_rel(*i) == "case")
    };
    match (range.clone().find(under), range.clone().rev().find(under)) {
        (Some(lo), Some(hi)) => lo..hi + 1,
        _ => range,
    }
}
