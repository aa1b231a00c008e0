//! The story's armed group: the one country its named insurgent groups share, which its unnamed
//! "rebels" and "militants" take before any place or home (`identity::complete`).
use crate::parties;
use casus_core::{Document, Entity, Sentence};

/// The country of the one named armed group (REB or SEP, with a country) a story names, when the
/// groups it names with a country are of one country only (a group of no one state, such as
/// al-Qaida, is left out): its unnamed "rebels" and "militants" are that group's fighters
/// ("the rebels" of a story on the Lord's Resistance Army are Ugandan wherever they strike).
/// Insurgents named by their nationality ("Chadian rebels", "Chadian armed groups") are named with
/// a country as plainly: a story with Sudan's JEM and Chadian rebels has no one group. A group that
/// also fights the story's own state (`parties::fronts`: JNIM in a story of Burkina Faso) is of that
/// state there.
pub fn armed_group_country(doc: &Document, home: Option<&str>) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for s in &doc.sentences {
        for e in s.entities.iter().filter(|e| matches!(e.label.as_str(), "ORG" | "NORP" | "PER")) {
            let Some((name, c)) = armed_group(doc, s, e) else { continue };
            let c = home.filter(|h| parties::fronts::fights(&name, h)).map_or(c, str::to_string);
            if !found.contains(&c) {
                found.push(c);
            }
        }
    }
    match found.as_slice() {
        [c] => Some(c.clone()),
        _ => None,
    }
}

/// The name and country of the armed group entity `e` names: by its own words ("Lord's Resistance
/// Army"), or for a nationality, with the noun it modifies ("Chadian" of "Chadian armed groups").
/// A nationality heading a list ("Croat and Muslim fighters battled", "Croat" the subject) modifies
/// no noun: its words up to the verb are no group of its state.
fn armed_group(doc: &Document, s: &Sentence, e: &Entity) -> Option<(String, String)> {
    let last = e.tokens.end.checked_sub(1)?;
    let modifier = |p: &casus_core::Parse| matches!(p.deprels[last].split(':').next(), Some("amod" | "compound"));
    let noun = s.parse.as_ref().filter(|p| modifier(p)).and_then(|p| p.head(last)).filter(|&h| h >= e.tokens.end);
    let widened = noun.filter(|_| e.label == "NORP").map(|h| e.tokens.start..h + 1);
    [Some(e.tokens.clone()), widened].into_iter().flatten().find_map(|span| {
        let p = parties::normalize(doc.span_text(s, span))?;
        let armed = matches!(p.role.as_deref(), Some("REB" | "SEP"));
        Some((p.name?, p.country?)).filter(|_| armed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_armed_group_of_a_story_is_the_one_country_its_named_groups_share() {
        let doc = |ents: &[(&str, std::ops::Range<usize>)]| {
            let mut d = crate::events::testing::parsed(
                "Lord's/2/nmod:poss Resistance_Army/3/nsubj and/5/cc al-Shabab/5/conj fought/0/root ./3/punct",
            );
            d.sentences[0].entities = ents
                .iter()
                .map(|(l, r)| casus_core::Entity { label: (*l).into(), tokens: r.clone(), score: 1.0 })
                .collect();
            d
        };
        assert_eq!(armed_group_country(&doc(&[("ORG", 0..2)]), None).as_deref(), Some("UGA"));
        // groups of two countries: no one group speaks for the story's insurgents
        assert_eq!(armed_group_country(&doc(&[("ORG", 0..2), ("ORG", 3..4)]), None), None);
        assert_eq!(armed_group_country(&doc(&[]), None), None);
    }

    #[test]
    fn a_nationality_heading_a_list_of_fighters_is_no_armed_group() {
        let doc = |spec: &str| {
            let mut d = crate::events::testing::parsed(spec);
            d.sentences[0].entities = vec![casus_core::Entity { label: "NORP".into(), tokens: 0..1, score: 1.0 }];
            d
        };
        // "Chadian rebels": the nationality with the noun it modifies names the story's insurgents.
        let chadian = doc("Chadian/2/amod rebels/3/nsubj attacked/0/root troops/3/obj ./3/punct");
        assert_eq!(armed_group_country(&chadian, None).as_deref(), Some("TCD"));
        // "Croat and Muslim fighters battled", parsed with "Croat" the subject: "Muslim fighters" are
        // not Croatia's, so no one group's country reaches the story's unnamed fighters.
        let croat = doc(
            "Croat/5/nsubj and/3/cc Muslim/1/conj fighters/1/conj battled/0/root Serb/7/amod forces/5/obj ./5/punct",
        );
        assert_eq!(armed_group_country(&croat, None), None);
    }

    #[test]
    fn a_group_that_also_fights_the_story_state_is_of_that_state_there() {
        // "No group has claimed responsibility, but JNIM has carried out similar attacks": the story's
        // jihadists in Burkina Faso are Burkina Faso's insurgents, not Mali's.
        let mut d = crate::events::testing::parsed("JNIM/2/nsubj attacked/0/root convoys/2/obj ./2/punct");
        d.sentences[0].entities = vec![casus_core::Entity { label: "ORG".into(), tokens: 0..1, score: 1.0 }];
        assert_eq!(armed_group_country(&d, None).as_deref(), Some("MLI"));
        assert_eq!(armed_group_country(&d, Some("BFA")).as_deref(), Some("BFA"));
        assert_eq!(armed_group_country(&d, Some("NGA")).as_deref(), Some("MLI"), "no front of JNIM");
    }

    #[test]
    fn insurgents_named_by_nationality_are_a_group_of_that_country() {
        // "The Lord's Resistance Army and Chadian rebels fought": insurgents of two states, no one group.
        let doc = |noun: &str| {
            let mut d = crate::events::testing::parsed(&format!(
                "Lord's/2/nmod:poss Resistance_Army/6/nsubj and/5/cc Chadian/5/amod {noun}/2/conj fought/0/root ./6/punct"
            ));
            let ent =
                |l: &str, r: std::ops::Range<usize>| casus_core::Entity { label: l.into(), tokens: r, score: 1.0 };
            d.sentences[0].entities = vec![ent("ORG", 0..2), ent("NORP", 3..4)];
            d
        };
        assert_eq!(armed_group_country(&doc("rebels"), None), None);
        // a nationality on a state's own forces names no armed group
        assert_eq!(armed_group_country(&doc("troops"), None).as_deref(), Some("UGA"));
        let mut chadian =
            crate::events::testing::parsed("Chadian/2/amod rebels/3/nsubj attacked/0/root Abeche/3/obj ./3/punct");
        chadian.sentences[0].entities = vec![casus_core::Entity { label: "NORP".into(), tokens: 0..1, score: 1.0 }];
        assert_eq!(armed_group_country(&chadian, None).as_deref(), Some("TCD"));
    }
}
