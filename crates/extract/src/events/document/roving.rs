//! A named armed group of no one state ("al-Qaida", "Islamic State") takes the country of its event's
//! place (GUIDELINES §12.3, `identity::complete`). Its records with no place of their own — the claim
//! of the attack ("Al-Qaida claimed responsibility for the bombings"), the blame for it — are about
//! the same group: they take the country its placed records give it, when the story gives it one.
//! Only claims and blames (`roving_settled_codes`): a threat or a call names a state of its own, and
//! not one whose sentence names another country ("blamed for attacks in Iran").
use crate::events::words;
use casus_core::{Event, Party};
use casus_geo::Gazetteer;

fn armed_group(p: &Party) -> bool {
    matches!(p.role.as_deref(), Some("REB" | "SEP"))
}

/// Whether `p` is a named armed group the story has not placed in a state.
fn unplaced_group(p: &Party) -> bool {
    p.country.is_none() && p.name.is_some() && armed_group(p)
}

/// The one country the story gives the group named `name`, if one only.
fn country_of(events: &[Event], name: &str) -> Option<String> {
    let mut found: Option<&str> = None;
    let parties = events.iter().flat_map(|e| [&e.actor, &e.target, &e.source]).flatten();
    for p in parties.filter(|p| p.name.as_deref() == Some(name) && armed_group(p)) {
        match (found, p.country.as_deref()) {
            (_, None) => {}
            (None, Some(c)) => found = Some(c),
            (Some(f), Some(c)) if f != c => return None,
            _ => {}
        }
    }
    found.map(str::to_string)
}

/// Gives every unplaced claim or blame of a named group the one country the story places it in.
pub fn settle(events: &mut [Event]) {
    let homes: Vec<(String, String)> = events
        .iter()
        .flat_map(|e| [&e.actor, &e.target, &e.source])
        .flatten()
        .filter(|p| unplaced_group(p))
        .filter_map(|p| p.name.clone())
        .filter_map(|n| country_of(events, &n).map(|c| (n, c)))
        .collect();
    let settled = |e: &Event| words::get("roving_settled_codes").iter().any(|c| e.action.cameo.starts_with(c));
    for e in events.iter_mut().filter(|e| settled(e)) {
        let named = countries_named(&e.evidence.sentence);
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten().filter(|p| unplaced_group(p)) {
            let home = homes.iter().find(|(n, _)| p.name.as_deref() == Some(n.as_str()));
            if let Some((_, c)) = home.filter(|(_, c)| named.iter().all(|m| m == c)) {
                p.country = Some(c.clone());
            }
        }
    }
}

/// The countries a sentence names by name ("attacks in Iran", "on the United States"): runs of up to
/// three capitalised words that the gazetteer knows as a country.
fn countries_named(sentence: &str) -> Vec<String> {
    let Ok(gazetteer) = Gazetteer::embedded() else { return Vec::new() };
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let mut found = Vec::new();
    for i in 0..words.len() {
        for n in 1..=3.min(words.len() - i) {
            let run = &words[i..i + n];
            if run.iter().all(capital) {
                found.extend(gazetteer.country(&run.join(" "), &[]));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use casus_core::{Action, Evidence};

    fn group(country: Option<&str>) -> Party {
        Party {
            text: "Islamic State".into(),
            name: Some("Islamic State".into()),
            country: country.map(Into::into),
            role: Some("REB".into()),
        }
    }

    fn event(cameo: &str, actor: Party) -> Event {
        Event {
            doc_id: "d".into(),
            event_id: "d:0".into(),
            action: Action { text: "x".into(), cameo: cameo.into() },
            actor: Some(actor),
            target: None,
            date: None,
            location: None,
            casualties: Default::default(),
            source: None,
            evidence: Evidence { start: 0, end: 1, sentence: "x".into() },
            confidence: None,
        }
    }

    #[test]
    fn a_claim_takes_the_country_of_the_claimed_attack() {
        let mut es = vec![event("015", group(None)), event("183", group(Some("NER")))];
        settle(&mut es);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.as_deref()), Some("NER"));
    }

    #[test]
    fn a_group_placed_in_two_states_stays_unplaced() {
        let mut es =
            vec![event("015", group(None)), event("183", group(Some("NER"))), event("190", group(Some("MLI")))];
        settle(&mut es);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.as_deref()), None);
    }

    #[test]
    fn a_group_never_placed_stays_unplaced() {
        let mut es = vec![event("015", group(None)), event("112", group(None))];
        settle(&mut es);
        assert!(es.iter().all(|e| e.actor.as_ref().is_some_and(|p| p.country.is_none())));
    }

    fn said(mut e: Event, sentence: &str) -> Event {
        e.evidence.sentence = sentence.into();
        e
    }

    #[test]
    fn a_blame_whose_sentence_names_another_country_keeps_none() {
        let blame = said(event("112", group(None)), "Islamic State has been blamed for attacks in Iran.");
        let mut es = vec![blame, event("183", group(Some("NER")))];
        settle(&mut es);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.as_deref()), None);
    }

    #[test]
    fn a_claim_whose_sentence_names_the_same_country_takes_it() {
        let claim = said(event("015", group(None)), "Islamic State claimed the attack in Niger.");
        let mut es = vec![claim, event("183", group(Some("NER")))];
        settle(&mut es);
        assert_eq!(es[0].actor.as_ref().and_then(|p| p.country.as_deref()), Some("NER"));
    }

    #[test]
    fn a_threat_or_a_call_is_not_settled() {
        let mut es = vec![event("138", group(None)), event("020", group(None)), event("183", group(Some("NER")))];
        settle(&mut es);
        assert!(es[..2].iter().all(|e| e.actor.as_ref().is_some_and(|p| p.country.is_none())));
    }
}
