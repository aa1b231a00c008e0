//! Passives the auxiliary does not mark: a participle completing a linking verb, a by-agent parsed
//! onto a noun of the clause.
use super::testing::doc_events;
use casus_core::Event;

/// The text of a party slot.
fn text(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().map(|p| p.text.as_str())
}

/// (CAMEO code, actor text, target text) of every event.
fn parties(ev: &[Event]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    ev.iter().map(|e| (e.action.cameo.as_str(), text(&e.actor), text(&e.target))).collect()
}

#[test]
fn civilians_who_remain_besieged_undergo_the_siege() {
    let ev = doc_events(
        &["Thousands/4/nsubj of/3/case civilians/1/nmod remain/0/root trapped/4/xcomp and/7/cc besieged/5/conj in/10/case the/10/det city/4/obl ./4/punct"],
        "2025-03-12",
    );
    let got = parties(&ev);
    let siege: Vec<_> = got.iter().filter(|p| p.0.starts_with("191")).collect();
    assert!(!siege.is_empty(), "{got:?}");
    assert!(siege.iter().all(|p| p.1.is_none() && p.2.is_some_and(|t| t.contains("civilians"))), "{got:?}");
}

#[test]
fn a_by_agent_parsed_onto_a_place_noun_is_the_shooter() {
    let ev = doc_events(
        &["The/2/det reporter/4/nsubj:pass was/4/aux:pass shot/0/root on/7/case a/7/det street/4/obl in/10/case the/10/det capital/7/nmod by/13/case unidentified/13/amod gunmen/10/nmod ./4/punct"],
        "2025-03-12",
    );
    let got = parties(&ev);
    assert!(got.iter().any(|p| p.1 == Some("unidentified gunmen") && p.2 == Some("The reporter")), "{got:?}");
}
