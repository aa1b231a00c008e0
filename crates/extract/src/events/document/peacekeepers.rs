//! A story that names its peacekeepers by their body ("U.N. peacekeepers", "AU peacekeepers") goes on
//! calling the same force "peacekeepers" ("two peacekeepers were wounded", "a peacekeeper was
//! killed"), which the gazetteer reads as a force of no named state and the identity pass gives the
//! state the story is set in. They are the body's (GUIDELINES §12.3: a UN or AU force is IGO, named
//! by its body), as a later "the rebels" are the rebels named before. Peacekeepers named by their
//! nationality ("Ugandan peacekeepers") are that state's (their own words give it), and a story that
//! names the peacekeepers of two bodies leaves a bare mention as it is.
use crate::events::words;
use crate::parties::normalize;
use casus_core::{Event, Party};

/// Gives the story's one peacekeeping body to every mention of peacekeepers that names no state or
/// body of its own (see the module doc).
pub fn settle(events: &mut [Event]) {
    let parties = |e: &Event| [e.actor.clone(), e.target.clone(), e.source.clone()].into_iter().flatten();
    let mut bodies: Vec<Party> = events
        .iter()
        .flat_map(parties)
        .filter(|p| p.role.as_deref() == Some("IGO") && p.name.is_some() && peacekeepers(&p.text))
        .collect();
    bodies.sort_by(|a, b| a.name.cmp(&b.name));
    bodies.dedup_by(|a, b| a.name == b.name);
    let [body] = bodies.as_slice() else { return };
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            // The gazetteer's reading of bare peacekeepers (MIL); "families of peacekeepers" are others.
            let force = matches!(p.role.as_deref(), Some("MIL") | None);
            if force && peacekeepers(&p.text) && names_no_one(&p.text) {
                p.name = body.name.clone();
                p.country = None;
                p.role = Some("IGO".into());
            }
        }
    }
}

/// Whether the words name peacekeepers (`peacekeeper_words`: "peacekeepers", "blue helmets").
fn peacekeepers(text: &str) -> bool {
    let lower = text.to_lowercase();
    let ws: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let listed = words::get("peacekeeper_words");
    ws.iter().any(|w| listed.contains(w)) || ws.windows(2).any(|p| listed.contains(&p.join(" ").as_str()))
}

/// Whether the words name neither a state nor a body, person or group: "two peacekeepers", "the
/// blue helmets", not "Ugandan peacekeepers".
fn names_no_one(text: &str) -> bool {
    normalize(text).is_none_or(|p| p.country.is_none() && p.name.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::record;

    fn party(text: &str, name: Option<&str>, country: Option<&str>, role: &str) -> Party {
        let s = |v: Option<&str>| v.map(str::to_string);
        Party { text: text.into(), name: s(name), country: s(country), role: Some(role.into()) }
    }

    fn un() -> Party {
        party("U.N. peacekeepers", Some("United Nations"), None, "IGO")
    }

    fn key(p: &Option<Party>) -> (Option<String>, Option<String>, Option<String>) {
        let p = p.clone().unwrap();
        (p.name, p.country, p.role)
    }

    #[test]
    fn later_peacekeepers_are_the_body_the_story_named_them_by() {
        let rebels = party("rebels", None, Some("MLI"), "REB");
        let mut es = vec![
            record(Some(un()), Some(rebels.clone()), None),
            record(Some(rebels.clone()), Some(party("two peacekeepers", Some("Mali"), Some("MLI"), "MIL")), None),
            record(Some(party("a peacekeeper", None, Some("MLI"), "MIL")), None, None),
        ];
        settle(&mut es);
        let igo = (Some("United Nations".to_string()), None, Some("IGO".to_string()));
        assert_eq!(key(&es[1].target), igo);
        assert_eq!(key(&es[2].actor), igo);
        assert_eq!(key(&es[0].target).2.as_deref(), Some("REB"));
    }

    #[test]
    fn peacekeepers_of_a_named_state_or_of_two_bodies_stay_as_they_are() {
        let ugandan = party("Ugandan peacekeepers", Some("Uganda"), Some("UGA"), "MIL");
        let mut es = vec![record(Some(un()), Some(ugandan), None)];
        settle(&mut es);
        assert_eq!(key(&es[0].target).1.as_deref(), Some("UGA"));
        let au = party("AU peacekeepers", Some("African Union"), None, "IGO");
        let bare = party("peacekeepers", None, Some("SOM"), "MIL");
        let mut es = vec![record(Some(un()), Some(au), None), record(Some(bare), None, None)];
        settle(&mut es);
        assert_eq!(key(&es[1].actor).2.as_deref(), Some("MIL"));
    }
}
