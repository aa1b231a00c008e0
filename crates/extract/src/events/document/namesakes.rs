//! A group the party lexicon lists under a name of common words ("National Liberation Army":
//! Colombia's ELN), named in a story of another state that never names the listed group's state, is
//! that story's own namesake group: an armed group takes the state it fights (GUIDELINES §12.3), and
//! Macedonia's National Liberation Army is no Colombian group. After `identity::complete`: every
//! party the story gave the listed group's state through it (the group, "the rebels" it names) takes
//! the story's state, and none keeps the listed group's name.
use crate::events::words;
use crate::parties;
use casus_core::{Event, Party};

/// Gives the parties of a namesake group of `events` (see the module doc) the story's state `home`;
/// `text` is the story's, searched for any word of the listed group's state.
pub(crate) fn settle(events: &mut [Event], text: &str, home: Option<&str>) {
    let Some(home) = home else { return };
    let armed = words::get("armed_group_roles");
    let namesake = |p: &&Party| {
        let elsewhere = p.country.as_deref().is_some_and(|c| c != home);
        let armed = p.role.as_deref().is_some_and(|r| armed.contains(&r));
        p.name.is_some() && elsewhere && armed && parties::homonyms::common_name(&p.text)
    };
    let mut groups: Vec<(String, String)> = Vec::new();
    for p in events.iter().flat_map(|e| [&e.actor, &e.target, &e.source]).flatten().filter(namesake) {
        let group = (p.name.clone().unwrap_or_default(), p.country.clone().unwrap_or_default());
        if !groups.contains(&group) && !parties::homonyms::names_state_of(text, &group.1) {
            groups.push(group);
        }
    }
    for (name, state) in &groups {
        let parties = events.iter_mut().flat_map(|e| [&mut e.actor, &mut e.target, &mut e.source]).flatten();
        for p in parties.filter(|p| p.country.as_deref() == Some(state.as_str())) {
            p.country = Some(home.to_string());
            if p.name.as_deref() == Some(name.as_str()) {
                p.name = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::testing::record;

    fn party(text: &str, name: Option<&str>, country: &str, role: &str) -> Party {
        Party {
            text: text.into(),
            name: name.map(str::to_string),
            country: Some(country.into()),
            role: Some(role.into()),
        }
    }

    fn country(p: &Option<Party>) -> Option<&str> {
        p.as_ref().and_then(|p| p.country.as_deref())
    }

    #[test]
    fn a_group_of_common_words_in_a_story_of_another_state_is_its_own() {
        // Macedonia: "The rebel National Liberation Army said it ambushed the convoy", then "the rebels
        // seized the village"; a story of Colombia, or one that names Colombia, keeps the ELN.
        let story = |text: &str, home: &str| {
            let mut es = vec![
                record(Some(party("The rebel National Liberation Army", Some("ELN"), "COL", "REB")), None, None),
                record(Some(party("the rebels", Some("ELN"), "COL", "REB")), None, None),
                record(Some(party("the ELN", Some("ELN"), "COL", "REB")), None, None),
            ];
            settle(&mut es, text, Some(home));
            es.iter().map(|e| country(&e.actor).unwrap_or_default().to_string()).collect::<Vec<_>>()
        };
        let macedonia = "The rebel National Liberation Army ambushed an army convoy near Tetovo.";
        assert_eq!(story(macedonia, "MKD"), ["MKD", "MKD", "MKD"]);
        let venezuela = "Colombian guerrillas of the National Liberation Army crossed into Venezuela.";
        assert_eq!(story(venezuela, "VEN"), ["COL", "COL", "COL"]);
        assert_eq!(story("The National Liberation Army bombed a pipeline.", "COL"), ["COL", "COL", "COL"]);
        // named by a name of its own, the listed group is the lexicon's wherever the story is
        let mut es = vec![record(Some(party("the ELN", Some("ELN"), "COL", "REB")), None, None)];
        settle(&mut es, "The ELN kidnapped two engineers.", Some("VEN"));
        assert_eq!(country(&es[0].actor), Some("COL"));
    }
}
