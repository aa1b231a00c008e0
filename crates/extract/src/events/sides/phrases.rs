//! Stage 3, parties of a noun phrase: the gazetteer's party for a phrase, else a named entity of the
//! model, against the document [`Context`] (pronouns and pair words in `pronouns`, "the group" the
//! group named last, "their army" its owner's, a person by the identity the story gave them).
use super::context::Context;
use super::pronouns::pronoun;
use super::shared_noun::Reading;
use crate::events::view::View;
use crate::events::words;
use crate::parties;
use casus_core::Party;

pub(crate) fn parties_of(v: &View, ctx: &Context, heads: &[usize], avoid: Option<&str>) -> Vec<Party> {
    let mut out: Vec<Party> = Vec::new();
    for &h in heads {
        let own = || super::split_modifiers(v, h).unwrap_or_else(|| party(v, ctx, h, avoid));
        let found = match super::shared_noun::reading(v, h) {
            Some(Reading::Noun) => Vec::new(),
            Some(Reading::Modifier(noun)) => modifier_party(v, h, noun).map(|p| vec![p]).unwrap_or_else(own),
            None => own(),
        };
        for mut p in found {
            let organ = p.role.as_deref().is_some_and(|r| words::get("state_organs").contains(&r));
            if p.country.is_none() && organ {
                p.country = super::shared_noun::shared_country(v, h).or(p.country);
            }
            // A group's role on the story's day (the Taliban REB until August 2021), before parties
            // are told apart: two parties of one state may be a government and its insurgents.
            if let Some(r) = p.name.as_deref().and_then(|n| crate::parties::eras::group_role_at(n, ctx.published)) {
                p.role = Some(r.to_string());
            }
            // "Russian President Vladimir Putin and … Antony Blinken" are two sides; "US Foreign
            // Minister" and "Antony Blinken" in one list are one; "Hamas and Fatah", two armed groups
            // of one country, are two.
            let state = p.role.as_deref().is_some_and(|r| words::get("state_organs").contains(&r));
            let same = |q: &Party| {
                q == &p
                    || (p.country.is_some()
                        && (&q.country, &q.role) == (&p.country, &p.role)
                        && (state || q.name == p.name))
            };
            if !out.iter().any(same) {
                out.push(p);
            }
        }
    }
    out
}

/// "government" of "government and rebel troops" misread as a list: the party of "government troops".
fn modifier_party(v: &View, modifier: usize, noun: usize) -> Option<Party> {
    let info = parties::normalize(&format!("{} {}", v.word(modifier), v.word(noun)))?;
    info.country.as_ref().or(info.role.as_ref())?;
    // Its own words where they stand together ("rebel forces"), else the modifier alone
    // ("Government" of "Government and rebel forces").
    let end = if noun == modifier + 1 { noun + 1 } else { modifier + 1 };
    let text = v.text(modifier..end).to_string();
    Some(Party { text, name: info.name, country: info.country, role: info.role })
}

/// "A Bosnian Serb shell", "Iraqi Kurdish attacks": a state's adjective and a people's name parsed as
/// two modifiers of one noun are one community (`parties::names_community`), read together.
fn paired_people(v: &View, head: usize) -> Option<String> {
    let noun = v.head(head)?;
    let next = head + 1;
    let modifier = |k: usize| matches!(v.rel(k), "amod" | "compound");
    let sibling = next < noun && v.head(next) == Some(noun) && modifier(head) && modifier(next);
    let joined = v.text(head..next + 1);
    (sibling && parties::names_community(joined)).then(|| joined.to_string())
}

/// The parties a noun phrase names: from the gazetteer, else a named entity of the model;
/// pronouns take the latest party, "the two countries" the article's two main states.
fn party(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Vec<Party> {
    // "Serb" of "a Bosnian Serb shell" is read with "Bosnian", the word before it.
    if head > 0 && paired_people(v, head - 1).is_some() {
        return Vec::new();
    }
    let text = paired_people(v, head).unwrap_or_else(|| v.text(v.phrase(head)).to_string());
    if let Some(found) = pronoun(v, ctx, head, avoid, &text) {
        return found;
    }
    if crate::events::args::towns::town_modifier(v, head) || crate::events::args::towns::headline_country(v, head) {
        return Vec::new();
    }
    if let Some(found) = super::partitives::partitive(v, ctx, head, avoid, &text) {
        return found;
    }
    let lemma = v.lemmas[head].as_str();
    // "violated the agreement of the leaders of Russia, …": a document, a process or an event
    // ("fought a war over Nagorno-Karabakh") is no party, whoever it names.
    let event = crate::lexicon::lookup_pos(&v.lemmas, head, Some(crate::lexicon::Pos::Noun))
        .is_some_and(|m| m.tokens.len() == 1 && !m.entry.report);
    if words::get("not_parties").contains(&lemma) {
        return Vec::new();
    }
    if event {
        return wielder(v, ctx, head, avoid);
    }
    if let Some(p) = super::hedged::party(v, ctx, head, avoid) {
        return vec![p];
    }
    if let Some(p) = super::followers::party(v, ctx, head, avoid, &text) {
        return vec![p];
    }
    if let Some(found) = related(v, ctx, head, avoid, &text) {
        return found;
    }
    if let Some(p) = group_anaphor(v, ctx, head, &text).or_else(|| super::bodies::body_anaphor(v, ctx, head, &text)) {
        return vec![p];
    }
    if let Some(p) = super::namesakes::story_person(v, ctx, head, &text) {
        return vec![p];
    }
    if let Some(p) = super::role_antecedent::crowd(v, ctx, head, &text) {
        return vec![p];
    }
    match listed(v, ctx, head, avoid, &text) {
        Some(p) => vec![p],
        None if words::get("unnamed_sources").contains(&lemma) => {
            vec![Party { text, name: Some("sources".into()), country: None, role: None }]
        }
        None => match super::acronyms::party(v, &ctx.acronyms, head, &text) {
            Some(p) => vec![p],
            None => named(v, ctx, head, text),
        },
    }
}

/// "killed by Hezbollah rockets", "hit by Russian fire": an event or weapon noun is no party, but a
/// modifier before it that names a party with a country (a state, or a group the gazetteer places in
/// one) is the party behind it.
fn wielder(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Vec<Party> {
    v.kids_with(head, &["compound", "amod", "nmod:poss"])
        .filter(|&k| k < head)
        .flat_map(|k| party(v, ctx, k, avoid))
        // a state or a known group: a place name before the noun ("the Chasiv Yar attack") is no party
        .filter(|p| p.country.is_some())
        .take(1)
        .collect()
}

/// A party named by its relation to another: "his neighbor" (the other of the article's two
/// states), "the head of European diplomacy, Josep Borrell" (a known person in apposition).
fn related(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    let lemma = v.lemmas[head].as_str();
    // "his neighbor", "its rival": the other of the article's two states.
    let possessed = v.possessive_pronoun(head).is_some();
    if let (true, Some(own)) = (possessed && words::get("other_side").contains(&lemma), avoid) {
        let role = if matches!(lemma, "enemy" | "adversary" | "foe") { "MIL" } else { "GOV" };
        let text = text.to_string();
        return Some(ctx.other_side(own).map(|p| Party { text, role: Some(role.into()), ..p }).into_iter().collect());
    }
    let appositions = v.subtree(head).filter(|&a| v.rel(a) == "appos" && v.ancestors(a).take(3).any(|h| h == head));
    for a in appositions {
        if let Some(p) = parties::person(v.text(v.phrase(a))) {
            return Some(vec![Party { text: text.to_string(), name: p.name, country: p.country, role: p.role }]);
        }
    }
    None
}

/// The party the gazetteer knows the phrase (or its apposition) as; "their army" and "the army"
/// take their country from the party referred to or last seen in that role.
fn listed(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Party> {
    let text = text.to_string();
    let info = parties::normalize(&text);
    let noun = counted_noun(v, head).unwrap_or(head);
    let possessor = v.possessive_pronoun(noun);
    let owner = possessor.and_then(|k| super::possessors::owner(v, ctx, k, noun, avoid));
    if let (Some(k), Some(referent)) = (possessor, owner.as_ref().or_else(|| ctx.referent(avoid))) {
        if info.as_ref().is_none_or(|i| i.country.is_none()) {
            let p = super::possessors::possessed(v, k, noun, referent, info.and_then(|i| i.role), text);
            // The possessed noun must itself be a force or office word ("its soldiers"), not one a
            // modifier gives a role ("their protectors in the army").
            let own_role = parties::normalize(v.word(noun)).is_some_and(|i| i.role.is_some());
            return Some(match &owner {
                Some(o) if own_role => super::possessors::group_own(o, p),
                _ => p,
            });
        }
    }
    // "Iberdrola spokesman Eduardo Gonzalez": a named person's office in a body the gazetteer does
    // not know is no state's office (offices.rs).
    let person = v.sent.entities.iter().any(|e| e.label == "PER" && e.tokens.contains(&head));
    let unknown_body = |r: std::ops::Range<usize>| person && super::offices::in_unknown_body(v, r);
    if let Some(info) = info.filter(|_| !unknown_body(v.phrase(head))) {
        if let Some(p) = super::igo_officials::official(v, ctx, head, &info) {
            return Some(Party { text, ..p });
        }
        if info.country.is_none() && info.name.is_none() && v.lemmas[v.phrase(head).start] == "the" {
            // "the ministry", "the army": the party named before in that role (role_antecedent.rs); a
            // person holding it only for a noun of one office holder ("the spokesman").
            // "The spokesperson said" after "military spokesman Chaudhry": a bare speaker noun names
            // no body of its own, so the latest person stands for it as well as a party in its role.
            let speaker = v.phrase(head).len() == 2 && words::get("speaker_nouns").contains(&v.lemmas[head].as_str());
            if let Some(r) = super::role_antecedent::antecedent(v, ctx, head, info.role.as_deref(), speaker, avoid) {
                return Some(Party { text, ..r });
            }
        }
        let name = info.name.or_else(|| agency_name(v, head, info.country.as_deref(), info.role.as_deref()));
        // "militants present on Afghan soil": an unnamed group its phrase places in a state.
        let armed_group = info.role.as_deref().is_some_and(|r| words::get("armed_group_roles").contains(&r));
        let armed = armed_group && name.is_none();
        let country = info.country.or_else(|| armed.then(|| super::bases::base_country(v, head)).flatten());
        return Some(Party { text, name, country, role: info.role });
    }
    // "Edmon Marukyan, ambassador-at-large for Armenia's foreign ministry": the apposition says who.
    for a in v.kids_with(head, &["appos"]).filter(|&a| !unknown_body(v.phrase(a))) {
        if let Some(info) = parties::normalize(v.text(v.phrase(a))) {
            if (info.country.is_some() || info.role.is_some()) && parties::says_whom(v.text(v.phrase(a))) {
                let name =
                    info.name.filter(|_| info.country.is_none()).or_else(|| Some(v.text(v.phrase(head)).to_string()));
                return Some(Party { text, name, country: info.country, role: info.role });
            }
        }
    }
    None
}

/// "ten of its paratroopers", "dozens of their fighters": a count is a part of its of-phrase's
/// possessed noun, whose possessive says whose they are ("the future of our homeland" is no count).
fn counted_noun(v: &View, head: usize) -> Option<usize> {
    let number = crate::numbers::parse_number(&v.sent.tokens[head..head + 1], 0).is_some();
    let count = number || words::get("quantity_words").contains(&v.lemmas[head].as_str());
    if !count || v.possessive_pronoun(head).is_some() {
        return None;
    }
    let of = |k: &usize| *k > head && v.case_of(*k).as_deref() == Some("of");
    v.kids_with(head, &["nmod"]).filter(of).find(|&k| v.possessive_pronoun(k).is_some())
}

/// "The group", "the movement": the non-state group the story named last, when the phrase has no name
/// or role word of its own ("the rebel group" is read by its role, "his group" is not resolved here).
fn group_anaphor(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let definite = v.definite_det(head);
    if !definite || !words::get("group_nouns").contains(&v.lemmas[head].as_str()) || parties::normalize(text).is_some()
    {
        return None;
    }
    let roles = words::get("group_roles");
    // "The Islamist militant group al-Shabab" may have come with no name: its own group noun still
    // makes it what "the group" means.
    let nouns = words::get("group_nouns");
    let grouped = |p: &Party| p.text.split_whitespace().any(|w| nouns.contains(&w.to_lowercase().as_str()));
    if let Some(group) = group_in_sentence(v, ctx, head) {
        return Some(Party { text: text.to_string(), ..group });
    }
    let group = ctx
        .recent()
        .find(|p| (p.name.is_some() || grouped(p)) && p.role.as_deref().is_some_and(|r| roles.contains(&r)))?;
    Some(Party { text: text.to_string(), ..group.clone() })
}

/// "Hezbollah fired rockets at Israel, the group said": the source is read before the sentence's
/// actors are noted, so a group named earlier in the sentence itself is looked up there (the nearest
/// name before the anaphor that the gazetteer knows as a non-state group on the story's day; the
/// model may tag it as any kind of name, "Boko Haram" as a person's, but a known person is no group).
fn group_in_sentence(v: &View, ctx: &Context, head: usize) -> Option<Party> {
    let start = v.phrase(head).start;
    let roles = words::get("group_roles");
    let mut names: Vec<_> = v.sent.entities.iter().filter(|e| e.tokens.end <= start).collect();
    names.sort_by_key(|e| std::cmp::Reverse(e.tokens.start));
    names.into_iter().find_map(|e| {
        let text = v.text(e.tokens.clone());
        let info = parties::normalize(text).filter(|_| parties::person(text).is_none())?;
        let name = info.name?;
        let role = crate::parties::eras::group_role_at(&name, ctx.published).map(str::to_string).or(info.role);
        let group = role.as_deref().is_some_and(|r| roles.contains(&r));
        group.then(|| Party { text: String::new(), name: Some(name), country: info.country, role })
    })
}

/// "The Reuters news agency", "the Associated Press": a news outlet the role words ("news agency",
/// "press") identify as media, named by the organization the model tags inside the phrase.
fn agency_name(v: &View, head: usize, country: Option<&str>, role: Option<&str>) -> Option<String> {
    if country.is_some() || role != Some("MED") {
        return None;
    }
    let phrase = v.phrase(head);
    let ent = v.sent.entities.iter().find(|e| e.label == "ORG" && phrase.contains(&e.tokens.start))?;
    let mut start = ent.tokens.start;
    if v.lemmas[start] == "the" {
        start += 1;
    }
    let end = ent.tokens.end.min(phrase.end);
    // "State television", "State media": a tagged word the lexicon reads as a role names no outlet.
    let role_word = |text: &str| parties::normalize(text).is_some_and(|p| p.name.is_none() && p.role.is_some());
    (start < end && !role_word(v.text(start..end))).then(|| v.text(start..end).to_string())
}

/// A party the model tags as a name and no cue identifies: a person keeps the identity or full name
/// the story gave them; anything else is its name alone.
fn named(v: &View, ctx: &Context, head: usize, text: String) -> Vec<Party> {
    let ent = v
        .sent
        .entities
        .iter()
        .find(|e| e.tokens.contains(&head) && matches!(e.label.as_str(), "PER" | "ORG" | "GPE" | "NORP"));
    if ent.is_none() {
        return super::names::untagged_surname(v, ctx, head, &text).into_iter().collect();
    }
    // "Mr. Rajapakse", "Rajapakse said": a person the story introduced with a title and a state
    // ("Sri Lankan President Mahinda Rajapakse") keeps that identity.
    let person = ent.filter(|e| e.label == "PER").map(|e| v.text(e.tokens.clone()));
    if let Some(known) = person.and_then(|n| ctx.person(n).or_else(|| ctx.office(n))) {
        return vec![Party { text, ..known.clone() }];
    }
    ent.map(|e| {
        let name = v.text(e.tokens.clone());
        let full = (e.label == "PER").then(|| ctx.full_name(name)).flatten();
        // "Chaudhry" after "Lt. Gen. Ahmed Sharif Chaudhry": the full name may be a known person's
        // (in full only: a known surname with other given names is someone else).
        if let Some(known) = full.filter(|f| parties::names_person_in_full(f)).and_then(parties::person) {
            return Party { text, name: known.name, country: known.country, role: known.role };
        }
        Party { text, name: Some(full.unwrap_or(name).to_string()), country: None, role: None }
    })
    .into_iter()
    .collect()
}
