//! One set of attackers, one key (GUIDELINES §12.9): once a story attributes an attack of a day to
//! an armed group — the group is the actor of a violent act or of a claim of responsibility — the
//! unnamed "gunmen", "attackers" or "suicide bombers" of that day's acts are that group, not armed
//! people of no side (UAF). "Gunmen stormed a hotel on Tuesday ... Al-Shabab claimed responsibility
//! for the attack": the gunmen are al-Shabab.
//!
//! The attribution must be of the same day (an undated act counts as the story's own, and an undated
//! claim has the day of the attack told before it): an earlier
//! attack a story recalls ("earlier this month, a suicide bomber ...") stays unattributed. Mutual
//! fighting ("militants were killed in a battle with troops") attributes nothing, since the group is
//! its actor only as the other side of the state's act; gunmen named beside the group in one act are
//! others. An armed group's denial of a violent act (or one of the act's day) leaves that day's
//! unnamed attackers unattributed.
//!
//! A cartel or gang blamed for the attack is such a group too, and unnamed kidnappers are attackers.
//! Attackers named before ("the attackers", "11 of the attackers") are the story's one group whatever
//! day troops hunt them down; new attackers in a round-up ("Gunmen also shot dead …") are another
//! incident's, unless a claim follows them.
use crate::events::words;
use casus_core::{Event, Party};

/// Whether `p` is a role-only party named by an attacker noun (`attacker_nouns`): not a militia.
/// Kidnappers are criminals (CRM) until the story names their group.
fn unnamed_attacker(p: &Party) -> bool {
    // "Gunmen in Nigeria": the state where they are is no name of theirs.
    let state = p.country.as_deref().and_then(crate::parties::country_name);
    let named = p.name.as_deref().is_some_and(|n| Some(n) != state);
    if !matches!(p.role.as_deref(), Some("UAF" | "CRM")) || named {
        return false;
    }
    let lower = p.text.to_lowercase();
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words::get("attacker_nouns").iter().any(|noun| {
        let n: Vec<&str> = noun.split(' ').collect();
        tokens.windows(n.len()).any(|w| w == n.as_slice())
    })
}

fn armed_group(p: Option<&Party>) -> bool {
    p.is_some_and(|p| p.role.as_deref().is_some_and(|r| words::get("attributed_roles").contains(&r)))
}

/// An armed group, cartel or gang, not unnamed kidnappers (criminals of no group yet).
fn named_group(p: Option<&Party>) -> bool {
    armed_group(p) && !p.is_some_and(unnamed_attacker)
}

/// "the attackers", "11 of the attackers": attackers named before, whatever day they are hunted down.
fn definite(p: &Party) -> bool {
    let lower = p.text.to_lowercase();
    lower.starts_with("the ") || lower.contains(" of the ")
}

/// "Gunmen also shot dead a professor": new attackers in a round-up of other incidents.
fn other_incident(sentence: &str, p: &Party) -> bool {
    let words = words::get("other_incident_words");
    !definite(p) && sentence.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w))
}

/// Whether `e` is a violent act (CAMEO 18, 19, 20) or a claim of responsibility (015).
fn attack_or_claim(e: &Event) -> bool {
    crate::events::triggers::trigger::is_force(&e.action.cameo) || e.action.cameo.starts_with("015")
}

/// Whether `e` has a mirror record: the same evidence with actor and target swapped (mutual fighting).
fn mutual(events: &[Event], e: &Event) -> bool {
    let text = |p: &Option<Party>| p.as_ref().map(|p| p.text.clone());
    events.iter().any(|o| {
        o.evidence.start == e.evidence.start && text(&o.actor) == text(&e.target) && text(&o.target) == text(&e.actor)
    })
}

/// An act or claim a story attributes to a group: its date, the group, where its sentence starts,
/// and whether it is an official accusation (which the accused group's denial does not undo).
struct Attribution {
    date: Option<String>,
    group: Party,
    at: usize,
    accused: bool,
}

/// "The government blames separatist fighters", "Police accused the rebels of the attack": the
/// armed group an accusation by the state's officials or forces names (GUIDELINES §12.9, applied in
/// review: an official accusation naming the group attributes the attack). A suspicion ("police
/// suspect the rebels") is a likely link, which does not.
fn officially_accused(e: &Event) -> Option<&Party> {
    let accusers = words::get("accusing_roles");
    let official = e.actor.as_ref().and_then(|p| p.role.as_deref()).is_some_and(|r| accusers.contains(&r));
    let hedges = words::get("tentative_blame");
    let low = e.action.text.to_lowercase();
    let tentative = low.split(|c: char| !c.is_alphanumeric()).any(|w| hedges.contains(&w));
    let accusation = e.action.cameo.starts_with("112") && official && !tentative;
    e.target.as_ref().filter(|t| accusation && named_group(Some(t)))
}

/// Every act or claim a story attributes to an armed group; the allies named beside the group ("the
/// group and its allies launched 500 attacks") are no other group it is given to.
fn attributions(events: &[Event]) -> Vec<Attribution> {
    let allies = |e: &Event| e.actor.as_ref().is_some_and(super::identity::allies);
    let own: Vec<Attribution> = events
        .iter()
        .filter(|e| attack_or_claim(e) && named_group(e.actor.as_ref()) && !mutual(events, e) && !allies(e))
        .filter_map(|e| {
            let date = e.date.as_ref().map(|d| d.value.clone()).or_else(|| claimed_day(events, e));
            Some(Attribution { date, group: e.actor.clone()?, at: e.evidence.start, accused: false })
        })
        .collect();
    // A group's own act or claim outweighs what officials blame on others ("Islamabad blamed
    // militants on Afghan soil" in a story of a separatist attack): accusations count only when the
    // story has neither.
    if !own.is_empty() {
        return own;
    }
    let accused = events.iter().filter_map(|e| {
        let group = officially_accused(e)?.clone();
        let date = e.date.as_ref().map(|d| d.value.clone()).or_else(|| accused_day(events, e));
        Some(Attribution { date, group, at: e.evidence.start, accused: true })
    });
    accused.collect()
}

/// "Gunmen kidnapped 79 students … The government blames separatist fighters. Officials say armed
/// men stormed the school overnight": an accusation with no day of its own accuses the attack told
/// before it, or, when none told before has a day, the first dated one told after it (the story's
/// account of the same attack).
fn accused_day(events: &[Event], accusation: &Event) -> Option<String> {
    let day = |e: &Event| e.date.as_ref().filter(|_| attack_or_claim(e)).map(|d| d.value.clone());
    let at = accusation.evidence.start;
    let before = events.iter().rev().filter(|e| e.evidence.start < at).find_map(day);
    before.or_else(|| events.iter().filter(|e| e.evidence.start > at).find_map(day))
}

/// "Attackers stormed a police station on Friday … The Pakistani Taliban claimed responsibility for the
/// attack": a claim with no day of its own claims the attack told before it, so it has that attack's
/// day (the latest dated violent act of an earlier sentence).
fn claimed_day(events: &[Event], claim: &Event) -> Option<String> {
    if !claim.action.cameo.starts_with("015") {
        return None;
    }
    let before = |e: &&Event| e.evidence.start < claim.evidence.start && attack_or_claim(e);
    events.iter().rev().filter(before).find_map(|e| e.date.as_ref()).map(|d| d.value.clone())
}

/// The one group (one role and country) of the attributions given.
fn group_of<'a>(mut found: impl Iterator<Item = &'a Attribution>) -> Option<Party> {
    let first = &found.next()?.group;
    found.all(|a| a.group.role == first.role && a.group.country == first.country).then(|| first.clone())
}

/// The group the unnamed attackers `p` of an act of `date` at `at` are: the one of that day's
/// attributions; in a round-up of other incidents ("Gunmen also shot dead …") only one that follows
/// ("Separately, a suicide bomber … Al-Shabab claimed the attack"); for attackers named before ("the
/// attackers", "11 of the attackers") the story's one group of any day, unless a group denies.
fn group_for(
    found: &[&Attribution],
    p: &Party,
    date: Option<&str>,
    at: usize,
    sentence: &str,
    denied: bool,
) -> Option<Party> {
    let of_day = |a: &&Attribution| date.is_none() || a.date.as_deref() == date;
    if other_incident(sentence, p) {
        return group_of(found.iter().copied().filter(of_day).filter(|a| a.at > at));
    }
    let any_day =
        (definite(p) && !denied).then(|| group_of(found.iter().copied().filter(|a| a.date.is_some()))).flatten();
    any_day.or_else(|| group_of(found.iter().copied().filter(of_day)))
}

/// Gives the unnamed attackers of every act the story attributes the group's key (see the module doc).
pub fn attribute(events: &mut [Event]) {
    let denials = denials(events);
    let found = attributions(events);
    if found.is_empty() {
        return;
    }
    // "Rebels, together with gunmen, attacked": gunmen named beside the group in one act are others;
    // "Gunmen stormed a hotel, and al-Shabab claimed the attack" names the group in another act.
    let act = |e: &Event| (e.evidence.start, e.action.text.clone());
    let beside: Vec<(usize, String)> = events.iter().filter(|e| named_group(e.actor.as_ref())).map(act).collect();
    for e in events.iter_mut().filter(|e| !beside.contains(&act(e))) {
        let date = e.date.as_ref().map(|d| d.value.clone());
        // A group's denial leaves the attack open, unless officials accuse the group of it.
        let denied = denials.iter().any(|(named, d)| *named || *d == date);
        let open: Vec<&Attribution> = found.iter().filter(|a| a.accused || !denied).collect();
        if open.is_empty() {
            continue;
        }
        let (at, sentence) = (e.evidence.start, e.evidence.sentence.clone());
        for p in [&mut e.actor, &mut e.target].into_iter().flatten().filter(|p| unnamed_attacker(p)) {
            if let Some(g) = group_for(&open, p, date.as_deref(), at, &sentence, !denials.is_empty()) {
                p.role = g.role;
                p.country = g.country;
                p.name = g.name;
            }
        }
    }
}

/// (names a violent act, date) of every denial by an armed group or armed people of no side. A
/// denial leaves open the attackers of its own day, or of every day when its sentence names a
/// violent act (`claimed_acts`): "denied involvement in the bombing". "Al-Shabab denied that it had
/// held talks" on another day denies no attack.
fn denials(events: &[Event]) -> Vec<(bool, Option<String>)> {
    let acts = words::get("claimed_acts");
    let names_act =
        |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|w| acts.contains(&crate::lemma::lemma(w).as_str()));
    events
        .iter()
        .filter(|e| e.action.cameo.starts_with("016") && armed_or_unnamed(e.actor.as_ref()))
        .map(|e| (names_act(&e.evidence.sentence.to_lowercase()), e.date.as_ref().map(|d| d.value.clone())))
        .collect()
}

/// An armed group or armed people of no side: a denial by them leaves the story's attackers open.
fn armed_or_unnamed(p: Option<&Party>) -> bool {
    armed_group(p) || p.is_some_and(|p| p.role.as_deref() == Some("UAF"))
}
