//! A people's name that is also a state's adjective names, where the story says so, a community of
//! the state it lives in rather than that state (GUIDELINES §12.3: private people and places, militias
//! and armed groups take the state where they are or which they fight). After `identity::complete`,
//! which knows the story's state and each event's place:
//! - "Uzbek neighborhoods of Osh", "Serb villages" shelled in Croatia: a settled place of people
//!   (`settled_nouns`) lies in the state of the event's place, whoever lives there;
//! - "Serb gunners" in a story of Bosnia, at a place in Bosnia or none: a people's name that is no
//!   state's own word for its nationals (`ethnonyms`: "Serb" beside "Serbian") is the story's state's
//!   community, and its forces are no state's but an armed group fighting one (REB).
//!
//! A nationality on people abroad stays theirs ("two Chinese engineers kidnapped in Nigeria", "a Dutch
//! cameraman killed in Gori"), as does a state's word for its forces ("Serbian troops" in Bosnia).
use super::identity;
use crate::parties;
use casus_core::{Event, Party};

/// Gives every party of `events` that names a community (see the module doc) the state it lives in.
pub(crate) fn settle(events: &mut [Event], home: Option<&str>) {
    let named = identity::story_states(events, home);
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    for e in events.iter_mut() {
        let place = e.location.as_ref().and_then(|l| identity::place_country(l, home, &named));
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if let Some(country) = community_state(p, home, place.as_deref()) {
                rehome(p, &country);
            }
        }
    }
}

/// The state `p` lives in when its demonym names a community, not the state: the event's place's
/// state for a settled place, the story's state for a people's name.
fn community_state(p: &Party, home: Option<&str>, place: Option<&str>) -> Option<String> {
    let people = parties::people(&p.text)?;
    if p.country.as_deref() != Some(people.state.as_str()) {
        return None;
    }
    let elsewhere = |c: &&str| *c != people.state;
    if people.settled {
        return place.filter(elsewhere).map(str::to_string);
    }
    let home = home.filter(elsewhere)?;
    (people.ethnonym && place.is_none_or(|c| c == home)).then(|| home.to_string())
}

/// `p` of `country`: a state organ named by it, its forces an armed group's, anyone else unnamed.
fn rehome(p: &mut Party, country: &str) {
    p.country = Some(country.to_string());
    if p.role.as_deref() == Some("MIL") {
        p.role = Some("REB".to_string());
    }
    let organ = p.role.as_deref() == Some("GOV");
    p.name = organ.then(|| parties::country_name(country).map(str::to_string)).flatten();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::record;

    fn party(text: &str, country: &str, role: &str) -> Party {
        Party { text: text.into(), name: None, country: Some(country.into()), role: Some(role.into()) }
    }

    fn key(p: &Option<Party>) -> (Option<&str>, Option<&str>) {
        p.as_ref().map_or((None, None), |p| (p.country.as_deref(), p.role.as_deref()))
    }

    #[test]
    fn a_people_named_as_no_state_names_is_the_story_state_community() {
        // "Serb gunners shelled Sarajevo" in a story of Bosnia: Bosnia's Serbs, an armed group; the
        // same words in a story of Serbia, or at a place in Serbia, are Serbia's.
        let mut es = vec![
            record(Some(party("Serb gunners", "SRB", "MIL")), Some(party("Muslim forces", "BIH", "MIL")), None),
            record(Some(party("Serbian troops", "SRB", "MIL")), None, None),
        ];
        settle(&mut es, Some("BIH"));
        assert_eq!(key(&es[0].actor), (Some("BIH"), Some("REB")));
        assert_eq!(key(&es[0].target), (Some("BIH"), Some("MIL")));
        assert_eq!(key(&es[1].actor), (Some("SRB"), Some("MIL")), "a state's word for its forces");
        let mut serbia = vec![record(Some(party("Serb gunners", "SRB", "MIL")), None, None)];
        settle(&mut serbia, Some("SRB"));
        assert_eq!(key(&serbia[0].actor), (Some("SRB"), Some("MIL")));
        let mut abroad = vec![record(Some(party("a Serb police convoy", "SRB", "COP")), None, Some("Novi Sad"))];
        settle(&mut abroad, Some("ALB"));
        assert_eq!(key(&abroad[0].actor), (Some("SRB"), Some("COP")), "at a place of the people's state");
    }

    #[test]
    fn a_settled_place_named_by_its_people_lies_in_the_state_of_the_event_place() {
        let mut es = vec![
            record(None, Some(party("Uzbek neighborhoods in the city of Osh", "UZB", "CVL")), Some("Osh")),
            // no place: the nationality stays
            record(None, Some(party("Uzbek neighborhoods", "UZB", "CVL")), None),
            // people, not places: "two Chinese engineers kidnapped in Nigeria" are Chinese
            record(None, Some(party("two Chinese engineers", "CHN", "CVL")), Some("Kano")),
        ];
        settle(&mut es, Some("KGZ"));
        assert_eq!(key(&es[0].target), (Some("KGZ"), Some("CVL")));
        assert_eq!(key(&es[1].target), (Some("UZB"), Some("CVL")));
        assert_eq!(key(&es[2].target), (Some("CHN"), Some("CVL")));
    }
}
