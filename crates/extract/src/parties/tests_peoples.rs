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
