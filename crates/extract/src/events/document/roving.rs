//! A named armed group of no one state ("al-Qaida", "Islamic State") takes the country of its event's
//! place (GUIDELINES §12.3, `identity::complete`). Its records with no place of their own — the claim
//! of the attack ("Al-Qaida claimed responsibility for the bombings"), the blame for it — are about
//! the same group: they take the country its placed records give it, when the story gives it one.
use casus_core::{Event, Party};

/// Whether `p` is a named armed group the story has not placed in a state.
fn unplaced_group(p: &Party) -> bool {
    p.country.is_none() && p.name.is_some() && matches!(p.role.as_deref(), Some("REB" | "SEP"))
}

/// The one country the story gives the group named `name`, if one only.
fn country_of(events: &[Event], name: &str) -> Option<String> {
    let mut found: Option<&str> = None;
    let parties = events.iter().flat_map(|e| [&e.actor, &e.target, &e.source]).flatten();
    for p in parties.filter(|p| p.name.as_deref() == Some(name) && matches!(p.role.as_deref(), Some("REB" | "SEP"))) {
        match (found, p.country.as_deref()) {
            (_, None) => {}
            (None, Some(c)) => found = Some(c),
            (Some(f), Some(c)) if f != c => return None,
            _ => {}
        }
    }
    found.map(str::to_string)
}

/// Gives every unplaced record of a named group the one country the story places it in.
pub fn settle(events: &mut [Event]) {
    let homes: Vec<(String, String)> = events
        .iter()
        .flat_map(|e| [&e.actor, &e.target, &e.source])
        .flatten()
        .filter(|p| unplaced_group(p))
        .filter_map(|p| p.name.clone())
        .filter_map(|n| country_of(events, &n).map(|c| (n, c)))
        .collect();
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten().filter(|p| unplaced_group(p)) {
            if let Some((_, c)) = homes.iter().find(|(n, _)| p.name.as_deref() == Some(n.as_str())) {
                p.country = Some(c.clone());
            }
        }
    }
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
}
