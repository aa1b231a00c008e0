//! A consultation noun that is the setting of a statement ("told X in a phone call").
use crate::events::testing::events_of;

/// (code, actor text, target text) of every event.
fn parties(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    events_of(spec, Some("2025-03-09"))
        .iter()
        .map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target)))
        .collect()
}

#[test]
fn a_call_in_which_a_leader_told_another_something_is_their_consultation() {
    let got = parties(
        "Mexico/2/nsubj told/0/root Washington/2/iobj in/7/case a/7/det phone/7/compound call/2/obl that/10/mark tariffs/10/nsubj hurt/2/ccomp farmers/10/obj ./2/punct",
    );
    let call = ("041".to_string(), Some("Mexico".to_string()), Some("Washington".to_string()));
    assert!(got.contains(&call), "{got:?}");
}

#[test]
fn a_call_with_no_one_spoken_to_or_with_the_press_is_no_consultation() {
    let got = parties(
        "Mexico/2/nsubj told/0/root reporters/2/iobj in/7/case a/7/det phone/7/compound call/2/obl that/10/mark tariffs/10/nsubj hurt/2/ccomp farmers/10/obj ./2/punct",
    );
    assert!(got.iter().all(|e| !e.0.starts_with("04")), "{got:?}");
    let got = parties(
        "Mexico/2/nsubj said/0/root in/6/case a/6/det phone/6/compound call/2/obl that/9/mark tariffs/9/nsubj hurt/2/ccomp farmers/9/obj ./2/punct",
    );
    assert!(got.iter().all(|e| !e.0.starts_with("04")), "{got:?}");
}
