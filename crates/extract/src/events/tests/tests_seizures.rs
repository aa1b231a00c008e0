//! Taking places (CAMEO 192) in the words news uses for it: an armed force entering a place.
use crate::events::testing::{doc_events, party_texts};

#[test]
fn troops_entering_a_town_take_it_and_the_killing_keeps_its_toll() {
    let ev = doc_events(
        &["At/2/case least/3/nmod seven/4/nummod people/6/nsubj:pass were/6/aux:pass killed/0/root when/10/advmod \
           Somali/9/amod troops/10/nsubj entered/6/advcl the/12/det capital/10/obj ./6/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.contains(&("192", Some("Somali troops"), None)), "{got:?}");
    let killing = ev.iter().find(|e| e.action.cameo == "190").expect("the killing keeps a record");
    assert_eq!(killing.casualties.killed.as_ref().and_then(|k| k.count), Some(7), "{ev:#?}");
    assert!(ev.iter().filter(|e| e.action.cameo == "192").all(|e| e.casualties.killed.is_none()), "{ev:#?}");
}

#[test]
fn rebels_who_entered_a_town_took_it() {
    let ev = doc_events(
        &["Rebels/6/nsubj who/3/nsubj entered/1/acl:relcl the/5/det town/3/obj looted/0/root shops/6/obj ./6/punct"],
        "2025-03-12",
    );
    assert!(party_texts(&ev).contains(&("192", Some("Rebels"), None)), "{:?}", party_texts(&ev));
}

#[test]
fn a_train_entering_a_tunnel_or_an_unnamed_they_takes_nothing() {
    let train = doc_events(&["The/2/det train/3/nsubj entered/0/root a/5/det tunnel/3/obj ./3/punct"], "2025-03-12");
    assert!(train.is_empty(), "{:?}", party_texts(&train));
    let they = doc_events(&["They/2/nsubj entered/0/root the/4/det neighborhood/2/obj ./2/punct"], "2025-03-12");
    assert!(they.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&they));
}

#[test]
fn forces_entering_talks_or_a_race_take_no_place() {
    let talks = "Ukrainian/2/amod forces/3/nsubj entered/0/root negotiations/3/obj with/7/case the/7/det rebels/4/nmod ./3/punct";
    let ev = doc_events(&[talks], "2024-05-09");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&ev));
    assert!(ev.iter().any(|e| e.action.cameo == "046"), "{:?}", party_texts(&ev));
    let race =
        "Rebel/2/amod fighters/3/nsubj entered/0/root the/5/det race/3/obj for/7/case parliament/5/nmod ./3/punct";
    let ev = doc_events(&[race], "2024-05-09");
    assert!(ev.iter().all(|e| e.action.cameo != "192"), "{:?}", party_texts(&ev));
}
