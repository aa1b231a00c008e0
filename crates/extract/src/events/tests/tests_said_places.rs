//! Where a statement was made, not where what it is about happened (`slots::said_places`).

/// The (action, place) of the events of a one-sentence document whose `places` token spans are GPE.
fn placed(spec: &str, places: &[(usize, usize)]) -> Vec<(String, Option<String>)> {
    let mut doc = crate::events::testing::parsed(spec);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    doc.sentences[0].entities =
        places.iter().map(|&(a, b)| casus_core::Entity { label: "GPE".into(), tokens: a..b, score: 1.0 }).collect();
    crate::events::extract(&doc).into_iter().map(|e| (e.action.text, e.location.and_then(|l| l.name))).collect()
}

#[test]
fn a_place_of_what_a_statement_condemns_is_not_where_it_was_made() {
    // "The minister condemned the bomb attacks in northern Kano."
    let spec = "The/2/det minister/3/nsubj condemned/0/root the/6/det bomb/6/compound attacks/3/obj \
                in/9/case northern/9/amod Kano/6/nmod ./3/punct";
    assert_eq!(placed(spec, &[(8, 9)]), vec![("condemned".to_string(), None)]);
}

#[test]
fn a_warning_about_conditions_somewhere_is_not_made_there() {
    // "The envoy warned against travel in Kano."
    let spec = "The/2/det envoy/3/nsubj warned/0/root against/5/case travel/3/obl in/7/case Kano/5/nmod ./3/punct";
    let found = placed(spec, &[(6, 7)]);
    assert!(found.iter().all(|(_, p)| p.is_none()), "{found:?}");
}

#[test]
fn a_statement_made_in_a_town_is_placed_there() {
    // "The minister condemned the attacks in Abuja", the place on the verb: where it was said.
    let spec = "The/2/det minister/3/nsubj condemned/0/root the/5/det attacks/3/obj in/7/case Abuja/3/obl ./3/punct";
    assert_eq!(placed(spec, &[(6, 7)]), vec![("condemned".to_string(), Some("Abuja".to_string()))]);
}
