//! Peoples, their places and the forces of a person's side.
use super::normalize;

fn key(span: &str) -> (Option<String>, Option<String>) {
    normalize(span).map_or((None, None), |p| (p.country, p.role))
}

fn k(country: &str, role: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some(role.to_string()))
}

#[test]
fn the_forces_of_a_person_side_are_forces_not_the_person() {
    // GUIDELINES §12.2: "forces still loyal to Mr. Gbagbo" are Ivory Coast's MIL, as "Mr. Deby's forces"
    // are Chad's; the person named alone, or with a title, is still the person.
    assert_eq!(key("troops still loyal to Laurent Gbagbo"), k("CIV", "MIL"));
    assert_eq!(key("Ouattara's forces"), k("CIV", "MIL"));
    assert_eq!(key("Laurent Gbagbo"), k("CIV", "GOV"));
    assert_eq!(normalize("President Laurent Gbagbo").and_then(|p| p.name).as_deref(), Some("Laurent Gbagbo"));
    // a group word keeps making the person's followers what it says
    assert_eq!(key("supporters of Laurent Gbagbo").1.as_deref(), Some("OPP"));
}

#[test]
fn a_people_and_its_places_are_named_as_such() {
    // "the Yugoslav army" of the 1990s is Serbia's; "South Ossetian civilians" live in Georgia's
    // breakaway region; "Uzbek neighborhoods" are civilian places (whose state `communities` reads).
    assert_eq!(key("Yugoslav army units"), k("SRB", "MIL"));
    assert_eq!(key("2,000 South Ossetian civilians"), k("GEO", "CVL"));
    assert_eq!(key("Uzbek neighborhoods"), k("UZB", "CVL"));
    // leaders of a community or a faith are no state's officials
    assert_eq!(key("community leaders").1.as_deref(), Some("CVL"));
    assert_eq!(key("Christian leaders").1.as_deref(), Some("REL"));
    assert_eq!(key("Bosnian leaders").1.as_deref(), Some("GOV"));
}

#[test]
fn a_people_named_by_descent_is_no_state() {
    // "ethnic Albanians" in Kosovo, "Ethnic Kyrgyz" in Osh: private people of wherever they live (the
    // story's place fills the state later), not Albania's or Kyrgyzstan's government.
    assert_eq!(key("ethnic Albanians"), (None, Some("CVL".to_string())));
    assert_eq!(key("Ethnic Kyrgyz"), (None, Some("CVL".to_string())));
    assert_eq!(key("thousands of ethnic Uzbeks"), (None, Some("CVL".to_string())));
    // a role word still says what they are; without "ethnic" the demonym is the state's
    assert_eq!(key("ethnic Albanian rebels"), (None, Some("REB".to_string())));
    assert_eq!(key("Albania"), k("ALB", "GOV"));
}

#[test]
fn a_maker_or_trainer_is_not_the_party() {
    // "Iranian-made drones struck a tanker": whoever flew them, Iran made them.
    assert_eq!(normalize("Iranian-made rockets"), None);
    assert_eq!(key("Russian-built tanks"), (None, Some("MIL".to_string())));
    assert_eq!(key("U.S.-trained commandos"), (None, Some("MIL".to_string())));
    // the state's own forces and a backer's reading stay
    assert_eq!(key("Russian tanks"), k("RUS", "MIL"));
    assert_eq!(key("Russian-backed separatists").0, None);
}

#[test]
fn a_language_or_a_region_of_states_is_no_state() {
    // "Russian-speaking separatists fought for Bendery" (Moldova), "French-speaking protesters marched in
    // Bamenda": speakers of a language, of the state they live in, which the story gives.
    assert_eq!(key("Russian-speaking separatists"), (None, Some("SEP".to_string())));
    assert_eq!(key("French-speaking protesters").0, None);
    assert_eq!(key("Russian separatists").0.as_deref(), Some("RUS"));
    // "the Inter-American Commission condemned the killings": a body of the Americas, not of the U.S.
    assert_ne!(key("the Inter-American Commission").0.as_deref(), Some("USA"));
    assert_eq!(key("the American ambassador").0.as_deref(), Some("USA"));
}

#[test]
fn a_state_before_a_people_name_names_a_community() {
    // "Bosnian Serb forces" fought Bosnia's state: an armed side of Bosnia, not its army; "Iraqi Kurdish
    // fighters", "the Iraqi Kurds" alike; the state's own "Bosnian forces" and "Serbian troops" stay MIL.
    assert_eq!(key("Bosnian Serb forces"), k("BIH", "REB"));
    assert_eq!(key("Iraqi Kurdish forces"), k("IRQ", "REB"));
    assert_eq!(key("the Bosnian Serbs"), k("BIH", "CVL"));
    assert_eq!(key("Bosnian Serb civilians"), k("BIH", "CVL"));
    assert_eq!(key("Bosnian forces"), k("BIH", "MIL"));
    assert_eq!(key("Serbian troops"), k("SRB", "MIL"));
    assert!(crate::parties::names_community("Bosnian Serb"));
    assert!(!crate::parties::names_community("Bosnian Serb forces"));
    assert!(!crate::parties::names_community("Armenian-Azerbaijani"));
}
