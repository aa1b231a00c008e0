//! A counted group of states ("the three nations") stands for the states the story last listed
//! together: one record each (GUIDELINES §2, several actors).
use crate::events::testing::doc_events;

const LISTED: &str = "Burkina_Faso/6/nsubj ,/3/punct Mali/1/conj and/5/cc Niger/1/conj withdrew/0/root from/8/case ECOWAS/6/obl ./6/punct";

/// (actor country, actor role) of the records coded `code`.
fn actors(specs: &[&str], code: &str) -> Vec<(Option<String>, Option<String>)> {
    let ev = doc_events(specs, "2025-03-20");
    ev.into_iter()
        .filter(|e| e.action.cameo == code)
        .map(|e| e.actor.map(|a| (a.country, a.role)).unwrap_or_default())
        .collect()
}

fn state(country: &str) -> (Option<String>, Option<String>) {
    (Some(country.to_string()), Some("GOV".to_string()))
}

#[test]
fn the_three_nations_are_the_three_states_listed_before() {
    let accused = "The/4/det three/4/nummod military-led/4/amod nations/5/nsubj accused/0/root the/8/det regional/8/amod body/5/obj ./5/punct";
    let got = actors(&[LISTED, accused], "112");
    assert_eq!(got, [state("BFA"), state("MLI"), state("NER")]);
}

#[test]
fn a_count_other_than_the_list_s_is_not_that_list() {
    let accused =
        "The/3/det four/3/nummod nations/4/nsubj accused/0/root the/7/det regional/7/amod body/4/obj ./4/punct";
    let got = actors(&[LISTED, accused], "112");
    assert!(!got.contains(&state("BFA")), "{got:?}");
}
