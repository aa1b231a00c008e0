//! A town, region or part of a country that a force strikes is where it struck, not a party it struck
//! (`args::towns::struck_places`, GUIDELINES 12.9); a country named bare stays the state.
use crate::events::testing::{doc_events, target_roles as targets};
use casus_core::Event;

fn place(ev: &[Event]) -> Option<&str> {
    ev.first().and_then(|e| e.location.as_ref()).and_then(|l| l.name.as_deref())
}

#[test]
fn rockets_that_hit_northern_israel_strike_a_place_not_the_state() {
    let ev = doc_events(
        &["Militants/2/nsubj fired/0/root rockets/2/obj at/6/case northern/6/amod Israel/2/obl on/8/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("194", None, None)], "{ev:#?}");
    assert_eq!(place(&ev), Some("Israel"), "{ev:#?}");
}

#[test]
fn shelling_the_city_of_kharkiv_has_no_target() {
    let ev = doc_events(
        &["Russian/2/amod forces/3/nsubj shelled/0/root the/5/det city/3/obj of/7/case Kharkiv/5/nmod on/9/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("194", None, None)], "{ev:#?}");
    assert_eq!(place(&ev), Some("Kharkiv"), "{ev:#?}");
}

#[test]
fn an_attack_on_a_named_town_has_no_target() {
    let ev =
        doc_events(&["Rebels/2/nsubj attacked/0/root Beirut/2/obj on/5/case Monday/2/obl ./2/punct"], "2025-03-12");
    assert_eq!(targets(&ev), [("190", None, None)], "{ev:#?}");
}

#[test]
fn a_country_named_bare_stays_the_target() {
    let ev = doc_events(
        &["Israeli/2/amod jets/3/nsubj pounded/0/root Lebanon/3/obj on/6/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    // Jets strike from the air (195, GUIDELINES §12.4).
    assert_eq!(targets(&ev), [("195", Some("Lebanon"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn a_school_struck_in_a_town_stays_the_target() {
    let ev = doc_events(
        &["Russian/2/amod missiles/3/nsubj struck/0/root a/5/det school/3/obj in/7/case Kharkiv/5/nmod on/9/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("195", Some("a school in Kharkiv"), Some("CVL"))], "{ev:#?}");
}

#[test]
fn airstrikes_on_a_countrys_capital_have_no_target() {
    let ev = doc_events(
        &["Saudi/2/amod airstrikes/3/nsubj hit/0/root Yemen/6/nmod:poss 's/4/case capital/3/obj on/8/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_city_named_in_apposition_is_no_target() {
    let ev = doc_events(
        &["Russian/2/amod missiles/3/nsubj struck/0/root a/6/det northeastern/6/amod city/3/obj ,/8/punct Kharkiv/6/appos ,/8/punct on/11/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_group_the_model_tags_as_a_state_stays_the_party_struck() {
    // "Warplanes struck Islamic State in Syria": the group is struck, Syria is where (review 22a).
    let spec = "Warplanes/2/nsubj struck/0/root Islamic/4/amod State/2/obj in/6/case Syria/2/obl ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    let gpe = |tokens| casus_core::Entity { label: "GPE".into(), tokens, score: 1.0 };
    doc.sentences[0].entities = vec![gpe(2..4), gpe(5..6)];
    let ev = crate::events::extract(&doc);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].target.as_ref().map(|t| t.text.as_str()), Some("Islamic State"));
    // Twin: a town the model tags the same way is where.
    let spec = "Warplanes/2/nsubj struck/0/root Raqqa/2/obj ./2/punct";
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![gpe(2..3)];
    let ev = crate::events::extract(&doc);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].target.is_none(), "{ev:?}");
}

#[test]
fn a_country_named_with_a_compass_word_or_a_struck_facility_stays_the_target() {
    // Review 22b: "South Sudan" is a country's name, not a region of Sudan; "Kabul's police training
    // center" is a facility.
    let mut doc = crate::events::testing::parsed(
        "Sudanese/2/amod warplanes/3/nsubj bombed/0/root South/5/compound Sudan/3/obj ./3/punct",
    );
    doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 3..5, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    assert!(ev.iter().any(|e| e.target.as_ref().is_some_and(|t| t.text == "South Sudan")), "{ev:?}");
    let center = doc_events(
        &["Militants/2/nsubj attacked/0/root Kabul/7/nmod:poss 's/3/case police/7/compound training/7/compound \
           center/2/obj ./2/punct"],
        "2025-03-12",
    );
    assert!(center.iter().any(|e| e.target.is_some()), "{:?}", targets(&center));
}

#[test]
fn a_town_named_in_full_or_after_its_country_is_where() {
    // Review 22b: "Gaza City" is looked up whole; "Ukraine's port of Odesa" is Odesa, not Ukraine.
    let mut doc = crate::events::testing::parsed("Jets/2/nsubj struck/0/root Gaza/4/compound City/2/obj ./2/punct");
    doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 2..4, score: 1.0 }];
    let ev = crate::events::extract(&doc);
    assert!(!ev.is_empty() && ev.iter().all(|e| e.target.is_none()), "{ev:?}");
    let mut doc = crate::events::testing::parsed(
        "Missiles/2/nsubj struck/0/root Ukraine/4/nmod:poss 's/3/case port/2/obj of/7/case Odesa/4/nmod ./2/punct",
    );
    let gpe = |tokens| casus_core::Entity { label: "GPE".into(), tokens, score: 1.0 };
    doc.sentences[0].entities = vec![gpe(2..3), gpe(6..7)];
    let odesa = crate::events::extract(&doc);
    // The town is where (its place name needs the gazetteer, which the real pipeline has), Ukraine no
    // target.
    assert!(!odesa.is_empty() && odesa.iter().all(|e| e.target.is_none()), "{:?}", targets(&odesa));
}

#[test]
fn a_state_rockets_are_fired_at_is_their_target_not_their_place() {
    // The at-phrase parsed on the weapon noun, as the model parses "fired 80 rockets at Israel".
    let ev = doc_events(
        &["Militants/2/nsubj fired/0/root 80/4/nummod rockets/2/obj at/6/case Israel/4/nmod on/8/case Sunday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("194", Some("Israel"), Some("GOV"))], "{ev:#?}");
    assert_eq!(place(&ev), None, "{ev:#?}");
    let bombs = doc_events(
        &["Jets/2/nsubj dropped/0/root bombs/2/obj on/6/case rebel/6/compound positions/3/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&bombs).first().map(|t| t.1), Some(Some("rebel positions")), "{bombs:#?}");
}

#[test]
fn rockets_fired_at_a_region_strike_a_place() {
    let ev = doc_events(
        &["Militants/2/nsubj fired/0/root rockets/2/obj at/6/case northern/6/amod Israel/3/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("194", None, None)], "{ev:#?}");
    assert_eq!(place(&ev), Some("Israel"), "{ev:#?}");
}
