//! A people's name that is also a state's adjective names, where the story says so, a community of
//! the state it lives in rather than that state (GUIDELINES §12.3: private people and places, militias
//! and armed groups take the state where they are or which they fight). After `identity::complete`,
//! which knows the story's state and each event's place:
//! - "Uzbek neighborhoods of Osh", "Serb villages" shelled in Croatia: a settled place of people
//!   (`settled_nouns`), or premises its people own ("Albanian-owned shops" in Macedonia), lies in the
//!   state of the event's place, whoever lives there;
//! - "Serb gunners" in a story of Bosnia, at a place in Bosnia or none: a people's name that is no
//!   state's own word for its nationals (`ethnonyms`: "Serb" beside "Serbian") is the story's state's
//!   community, and its forces are no state's but an armed group fighting one (REB).
//! - "Ethnic Kyrgyz and Uzbek mobs" in Osh: a people joined to one named by descent is named by
//!   descent too, a community of the event's place's state (else the story's);
//! - "Bosnian Serbs shelled the town": a community named with no role word (`parties::names_community`)
//!   doing an act of force is its armed side (REB);
//! - "al-Shabab" in a story of Mozambique: a group name that a state's own insurgents are locally
//!   called by (`local_namesakes`) is that state's insurgents, where the story and its place say so.
//!
//! A nationality on people abroad stays theirs ("two Chinese engineers kidnapped in Nigeria", "a Dutch
//! cameraman killed in Gori"), as does a state's word for its forces ("Serbian troops" in Bosnia).
use super::identity;
use crate::events::triggers::trigger::is_force_or_posture;
use crate::parties;
use casus_core::{Event, Party};

/// Gives every party of `events` that names a community (see the module doc) the state it lives in.
pub(crate) fn settle(events: &mut [Event], home: Option<&str>) {
    let named = identity::story_states(events, home);
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    for e in events.iter_mut() {
        let place = e.location.as_ref().and_then(|l| identity::place_country(l, home, &named));
        let sentence = e.evidence.sentence.clone();
        // "Bosnian Serbs shelled the town", "a Bosnian Serb shell": a community named with no role
        // word that does an act of force is its armed side fighting the state (REB), not its people,
        // before acts by civilians are recoded as riots; fighting other civilians ("Iraqi Kurds
        // clashed with Arab residents") is communal fighting of people (GUIDELINES §12.4).
        let communal = e.action.cameo == "190" && e.target.as_ref().is_some_and(|t| t.role.as_deref() == Some("CVL"));
        let force = is_force_or_posture(&e.action.cameo) && !communal;
        if let Some(p) = e.actor.as_mut().filter(|p| force && p.role.as_deref() == Some("CVL")) {
            if parties::names_community(&p.text) {
                p.role = Some("REB".to_string());
            }
        }
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            if let Some(country) = community_state(p, home, place.as_deref(), &sentence) {
                rehome(p, &country);
            } else if let Some(country) = local_namesake(p, home, place.as_deref()) {
                p.country = Some(country);
            }
        }
    }
}

/// The state `p` lives in when its demonym names a community, not the state: the event's place's
/// state for a settled place, the story's state for a people's name.
fn community_state(p: &Party, home: Option<&str>, place: Option<&str>, sentence: &str) -> Option<String> {
    let people = parties::people(&p.text)?;
    if p.country.as_deref() != Some(people.state.as_str()) {
        return None;
    }
    let elsewhere = |c: &&str| *c != people.state;
    if people.settled {
        return place.filter(elsewhere).map(str::to_string);
    }
    if after_ethnic(sentence, &p.text) {
        return place.or(home).filter(elsewhere).map(str::to_string);
    }
    let home = home.filter(elsewhere)?;
    (people.ethnonym && place.is_none_or(|c| c == home)).then(|| home.to_string())
}

/// "Ethnic Kyrgyz and Uzbek mobs": the span follows "ethnic", one word and "and" or "or" in the
/// sentence, so the descent the first people is named by names it too.
fn after_ethnic(sentence: &str, text: &str) -> bool {
    let Some(at) = sentence.find(text) else { return false };
    let before: Vec<String> = sentence[..at].split_whitespace().rev().take(3).map(str::to_lowercase).collect();
    matches!(before.as_slice(), [joint, _, ethnic] if matches!(joint.as_str(), "and" | "or") && ethnic == "ethnic")
}

/// The story's state for an armed party of a group named as its own insurgents are locally called
/// (`local_namesakes`), in a story of that state at a place in it or none: the group by name, or its
/// unnamed fighters ("insurgents known locally as al-Shabab") that took the group's state from it.
fn local_namesake(p: &Party, home: Option<&str>, place: Option<&str>) -> Option<String> {
    let home = home?;
    let armed = crate::events::words::get("armed_group_roles");
    if !p.role.as_deref().is_some_and(|r| armed.contains(&r)) || place.is_some_and(|c| c != home) {
        return None;
    }
    let entries = crate::events::words::get("local_namesakes").iter().filter_map(|e| e.split_once('='));
    let groups = entries.filter(|&(_, state)| state == home).map(|(group, _)| group);
    let named = |group: &str| {
        let state = parties::normalize(group).and_then(|g| g.country);
        state.is_some() && p.country == state && p.name.as_deref().is_none_or(|n| n == group)
    };
    groups.into_iter().any(named).then(|| home.to_string())
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

    #[test]
    fn premises_owned_by_a_people_lie_in_the_state_of_the_event_place() {
        // "Rioters looted Chinese-owned stores in Honiara", "a mob torched Albanian-owned shops in
        // Tetovo": the community's property where it lives; a Greek-owned tanker seized off Somalia
        // stays Greek.
        let owned = |text: &str, state: &str, place: &str, home: &str| {
            let mut es = vec![record(None, Some(party(text, state, "CVL")), Some(place))];
            settle(&mut es, Some(home));
            key(&es[0].target).0.map(str::to_string)
        };
        assert_eq!(owned("Chinese-owned stores", "CHN", "Honiara", "SLB").as_deref(), Some("SLB"));
        assert_eq!(owned("Albanian-owned shops", "ALB", "Tetovo", "MKD").as_deref(), Some("MKD"));
        assert_eq!(owned("a Greek-owned tanker", "GRC", "Mogadishu", "SOM").as_deref(), Some("GRC"));
    }

    fn in_sentence(mut e: Event, sentence: &str) -> Event {
        e.evidence.sentence = sentence.into();
        e
    }

    #[test]
    fn a_people_joined_to_one_named_by_descent_lives_where_the_event_is() {
        // "Ethnic Kyrgyz and Uzbek mobs fought in Osh": Kyrgyzstan's Uzbeks; "Ethnic Serbs and Albanian
        // youths clashed in Mitrovica" alike; "Kyrgyz police and Uzbek border guards" stay each state's.
        let said = "Ethnic Kyrgyz and Uzbek mobs fought in the southern city of Osh.";
        let mut es = vec![in_sentence(record(Some(party("Uzbek mobs", "UZB", "UAF")), None, Some("Osh")), said)];
        settle(&mut es, Some("KGZ"));
        assert_eq!(key(&es[0].actor), (Some("KGZ"), Some("UAF")));
        let said = "Ethnic Serbs or Albanian youths threw grenades in Mitrovica.";
        let mut es = vec![in_sentence(record(Some(party("Albanian youths", "ALB", "CVL")), None, None), said)];
        settle(&mut es, Some("XKX"));
        assert_eq!(key(&es[0].actor), (Some("XKX"), Some("CVL")));
        let said = "Kyrgyz police and Uzbek border guards exchanged fire.";
        let mut es = vec![in_sentence(record(Some(party("Uzbek border guards", "UZB", "MIL")), None, None), said)];
        settle(&mut es, Some("KGZ"));
        assert_eq!(key(&es[0].actor), (Some("UZB"), Some("MIL")));
    }

    #[test]
    fn a_community_named_alone_that_shells_is_an_armed_side() {
        // "Bosnian Serbs shelled Bihac": Bosnia's armed Serbs; "Iraqi Kurds clashed with Arab residents":
        // people fighting people; "Bosnian Serbs marched": people.
        let shelling = |actor: Party, cameo: &str, target: Option<Party>| {
            let mut e = record(Some(actor), target, None);
            e.action.cameo = cameo.into();
            e
        };
        let mut es = vec![
            shelling(party("Bosnian Serbs", "BIH", "CVL"), "194", Some(party("three civilians", "BIH", "CVL"))),
            shelling(party("Iraqi Kurds", "IRQ", "CVL"), "190", Some(party("Arab residents", "IRQ", "CVL"))),
            shelling(party("Bosnian Serbs", "BIH", "CVL"), "141", None),
            shelling(party("Bosnian Serb civilians", "BIH", "CVL"), "194", None),
        ];
        settle(&mut es, Some("BIH"));
        assert_eq!(key(&es[0].actor), (Some("BIH"), Some("REB")));
        assert_eq!(key(&es[1].actor), (Some("IRQ"), Some("CVL")));
        assert_eq!(key(&es[2].actor), (Some("BIH"), Some("CVL")));
        assert_eq!(key(&es[3].actor), (Some("BIH"), Some("CVL")), "a role word says what they are");
    }

    #[test]
    fn a_group_locally_named_as_another_is_the_story_state_insurgents() {
        // Mozambique's Cabo Delgado insurgents are locally called al-Shabab: in a story of Mozambique
        // they are Mozambique's; in a story of Kenya, al-Shabab is still Somalia's group.
        let shabab = || Party { name: Some("al-Shabab".into()), ..party("al-Shabab fighters", "SOM", "REB") };
        let insurgents = party("Insurgents", "SOM", "REB");
        let mut es = vec![record(Some(shabab()), None, Some("Macomia")), record(Some(insurgents), None, None)];
        settle(&mut es, Some("MOZ"));
        assert_eq!(key(&es[0].actor), (Some("MOZ"), Some("REB")));
        assert_eq!(key(&es[1].actor), (Some("MOZ"), Some("REB")));
        let mut kenya = vec![record(Some(shabab()), None, Some("Lamu"))];
        settle(&mut kenya, Some("KEN"));
        assert_eq!(key(&kenya[0].actor), (Some("SOM"), Some("REB")));
    }
}
