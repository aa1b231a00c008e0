//! A place read as a target is no party (`sides::place_targets`): "seized Benghazi", "fled toward
//! Kandahar", "the towns of Bocaranga"; a state acted on stays GOV ("warned Sudan").
use crate::events::testing::{doc_events, target_roles as targets};

/// A one-sentence document whose word at `place` the model tags as a place (GPE).
fn with_place(spec: &str, place: usize) -> Vec<casus_core::Event> {
    let mut doc = crate::events::testing::parsed(spec);
    doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: place..place + 1, score: 1.0 }];
    crate::events::extract(&doc)
}

#[test]
fn a_seized_town_is_no_target() {
    let ev = with_place("Rebels/2/nsubj seized/0/root Sirte/2/obj in/5/case February/2/obl ./2/punct", 2);
    assert!(!ev.is_empty() && ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
    let ev = with_place("Troops/2/nsubj fled/0/root toward/4/case Sirte/2/obl ./2/punct", 3);
    assert!(!ev.is_empty() && ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_state_warned_stays_the_target() {
    let ev = doc_events(&["Powell/2/nsubj warned/0/root Sudan/2/obj on/5/case Monday/2/obl ./2/punct"], "2004-07-20");
    assert_eq!(targets(&ev), [("130", Some("Sudan"), Some("GOV"))], "{ev:#?}");
}
