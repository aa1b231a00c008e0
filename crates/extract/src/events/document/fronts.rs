//! A named armed group that fights other states besides the one it came from (`parties::fronts`:
//! the Taliban, JNIM) is, in a story that places it in a fight in one of them, that state's insurgents
//! (GUIDELINES §12.3: a non-state group takes the state it fights). "More than 200 Taliban militants
//! killed in fighting around Mingora" are Pakistan's, and so are "a Taliban spokesman" and "the
//! militants" of the same story. A mention placed in another state keeps its own country, and one
//! whose words give its nationality ("the Afghan Taliban") keeps that.
use super::identity::{place_country, story_states};
use crate::parties;
use casus_core::{Event, Party};

/// Gives each mention of a group the one state of its fronts the story places it in a fight in.
pub fn settle(events: &mut [Event], home: Option<&str>) {
    let named = story_states(events, home);
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let places: Vec<Option<String>> =
        events.iter().map(|e| e.location.as_ref().and_then(|l| place_country(l, home, &named))).collect();
    let fought = fronts_fought(events, &places);
    for (e, place) in events.iter_mut().zip(&places) {
        let fighting = fight(e);
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten().filter(|p| front_group(p)) {
            let name = p.name.clone().unwrap_or_default();
            let story = || fought.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone());
            // A meeting or talks in a state say nothing of whom the group fights there.
            let state = match place {
                Some(c) if parties::fronts::fights(&name, c) && fighting => Some(c.clone()),
                Some(c) if !parties::fronts::fights(&name, c) => None,
                _ => story(),
            };
            if let Some(c) = state {
                p.country = Some(c);
            }
        }
    }
}

/// (group, state) for each group the story places in a fight (CAMEO 18-20) in one state of its
/// fronts only; a group placed in fights in two of them has no one state.
fn fronts_fought(events: &[Event], places: &[Option<String>]) -> Vec<(String, String)> {
    let mut fought: Vec<(String, Option<String>)> = Vec::new();
    for (e, place) in events.iter().zip(places) {
        let Some(c) = place.as_deref().filter(|_| fight(e)) else { continue };
        for p in [&e.actor, &e.target].into_iter().flatten().filter(|p| front_group(p)) {
            let name = p.name.clone().unwrap_or_default();
            if !parties::fronts::fights(&name, c) {
                continue;
            }
            match fought.iter_mut().find(|(n, _)| *n == name) {
                Some((_, s)) if s.as_deref() != Some(c) => *s = None,
                Some(_) => {}
                None => fought.push((name, Some(c.to_string()))),
            }
        }
    }
    fought.into_iter().filter_map(|(n, c)| Some((n, c?))).collect()
}

/// Violence: unconventional violence, assault, fighting and mass violence (CAMEO 18, 19, 20).
fn fight(e: &Event) -> bool {
    ["18", "19", "20"].iter().any(|r| e.action.cameo.starts_with(r))
}

/// A named insurgent group with the country of the state it came from, whose words name no state.
fn front_group(p: &Party) -> bool {
    let armed = matches!(p.role.as_deref(), Some("REB" | "SEP"));
    armed && p.name.is_some() && p.country.is_some() && !states_nationality(&p.text)
}

/// Whether a word of `text` names a state ("the Afghan Taliban", "Mali's JNIM").
fn states_nationality(text: &str) -> bool {
    text.split_whitespace()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .any(|w| parties::is_demonym(w) || parties::is_state_name(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::record;

    fn party(text: &str, name: Option<&str>, country: Option<&str>) -> Party {
        Party {
            text: text.into(),
            name: name.map(Into::into),
            country: country.map(Into::into),
            role: Some("REB".into()),
        }
    }

    fn countries(es: &[Event]) -> Vec<Option<&str>> {
        es.iter().map(|e| e.actor.as_ref().and_then(|p| p.country.as_deref())).collect()
    }

    #[test]
    fn a_group_placed_in_a_fight_on_a_front_is_of_that_state_in_the_whole_story() {
        let taliban = |text: &str| party(text, Some("Taliban"), Some("AFG"));
        let mut es = vec![
            record(Some(taliban("Taliban militants")), None, Some("Peshawar")),
            record(Some(taliban("A Taliban spokesman")), None, None),
            record(Some(taliban("the Afghan Taliban")), None, None),
            record(Some(taliban("the Taliban")), None, Some("Kabul")),
        ];
        settle(&mut es, Some("PAK"));
        assert_eq!(countries(&es), [Some("PAK"), Some("PAK"), Some("AFG"), Some("AFG")]);
    }

    #[test]
    fn a_group_not_placed_in_a_fight_on_a_front_keeps_its_own_state() {
        let jnim = || party("JNIM", Some("JNIM"), Some("MLI"));
        let mut talks = vec![record(Some(jnim()), None, Some("Ouagadougou")), record(Some(jnim()), None, None)];
        talks[0].action.cameo = "040".into();
        settle(&mut talks, Some("BFA"));
        assert_eq!(countries(&talks), [Some("MLI"), Some("MLI")], "a meeting is no fight");
        // a group with no fronts is its own state's wherever it strikes
        let lra = party("the LRA", Some("Lord's Resistance Army"), Some("UGA"));
        let mut es = vec![record(Some(lra), None, Some("Kinshasa"))];
        settle(&mut es, Some("COD"));
        assert_eq!(countries(&es), [Some("UGA")]);
    }
}
