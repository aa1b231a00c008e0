//! Listed names inside longer, unlisted ones: a group or person the lexicon lacks whose name ends or
//! begins with a listed one.
use super::normalize;

fn n(span: &str) -> (Option<String>, Option<String>, Option<String>) {
    match normalize(span) {
        Some(p) => (p.name, p.country, p.role),
        None => (None, None, None),
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn a_listed_group_name_ending_an_unlisted_one_names_not_the_listed_group() {
    // West Papua, Kashmir: an unknown name word or another state's place before Colombia's ELN.
    assert_eq!(n("Fighters of the West Papua National Liberation Army"), (None, None, some("REB")));
    assert_eq!(n("the Zomi National Liberation Army"), (None, None, some("REB")));
    assert_eq!(n("the Kashmir National Liberation Army").1.as_deref(), Some("IND"));
    assert_eq!(n("the Tripura People's Liberation Army"), (None, None, some("REB")));
    // The listed group itself, described by its state, its people, an epithet or a sentence start.
    assert_eq!(n("the National Liberation Army").1.as_deref(), Some("COL"));
    assert_eq!(n("Colombia's National Liberation Army").1.as_deref(), Some("COL"));
    assert_eq!(n("the Colombian Marxist National Liberation Army").1.as_deref(), Some("COL"));
    assert_eq!(n("Leftist National Liberation Army Rebels").1.as_deref(), Some("COL"));
    assert_eq!(n("Suspected National Liberation Army rebels").1.as_deref(), Some("COL"));
    assert_eq!(n("Ugandan Allied Democratic Forces rebels").1.as_deref(), Some("COD"));
    assert_eq!(n("The Oromo Liberation Army").0.as_deref(), Some("Oromo Liberation Army"));
    assert_eq!(n("the People's Liberation Army").1.as_deref(), Some("CHN"));
}

#[test]
fn a_known_one_word_name_before_an_unknown_name_is_someone_else() {
    // "Burhan" is Sudan's general; "Burhan Wani" a Kashmiri commander.
    assert_eq!(n("Burhan Wani").1, None);
    assert_eq!(n("Burhan").1.as_deref(), Some("SDN"));
    assert_eq!(n("General Burhan").1.as_deref(), Some("SDN"));
    assert_eq!(n("Burhan Loyalists").1.as_deref(), Some("SDN"));
    assert_eq!(n("Burhan's forces").1.as_deref(), Some("SDN"));
    assert_eq!(n("Putin Monday").1.as_deref(), Some("RUS"));
}

#[test]
fn a_longer_place_the_geographic_gazetteer_knows_beats_the_known_name_inside_it() {
    let place = |span: &str| super::lookup_place(span).map(|p| (p.name, p.country));
    let lower_juba = Some(("Lower Juba".to_string(), some("SOM")));
    assert_eq!(place("in the Lower Juba region"), lower_juba);
    assert_eq!(place("In Lower Juba"), lower_juba);
    assert_eq!(place("in Juba").map(|p| p.1), Some(some("SSD")));
    assert_eq!(place("Rebels Attack Juba").map(|p| p.0), Some("Juba".to_string()));
}

#[test]
fn a_capital_after_a_name_particle_ends_a_longer_name_of_no_known_state() {
    let place = |span: &str| super::lookup_place(span).map(|p| (p.name, p.country));
    // Mozambique's town, not Cape Verde's capital Praia.
    assert_eq!(place("the port town of Mocimboa da Praia"), Some(("Mocimboa da Praia".to_string(), None)));
    assert_eq!(place("in Praia").map(|p| p.1), Some(some("CPV")));
    // Nor does the town name a party of Cape Verde's.
    assert_eq!(super::normalize("the port town of Mocimboa da Praia").and_then(|p| p.country), None);
}
