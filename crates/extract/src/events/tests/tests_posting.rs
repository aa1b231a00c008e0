//! What a posting verb moves is the sender's own, not a target, also where a plan, an offer or an
//! appeal governs the verb ("agreed to send 2,000 soldiers", "appealed to the UN to send
//! peacekeepers") or the code is aid ("sent military advisers").
use crate::events::testing::{events_of, trigger_targets};

fn targets(spec: &str) -> Vec<(String, Option<String>)> {
    let ev = events_of(spec, Some("2021-06-08"));
    trigger_targets(&ev).into_iter().map(|(t, x)| (t.to_string(), x.map(String::from))).collect()
}

#[test]
fn soldiers_a_state_agrees_to_send_are_no_target() {
    let got = targets(
        "Chad/2/nsubj agreed/0/root to/4/mark send/2/xcomp 2,000/6/nummod soldiers/4/obj to/8/case Nigeria/4/obl ./2/punct",
    );
    assert!(!got.is_empty() && got.iter().all(|(_, t)| t.as_deref() != Some("2,000 soldiers")), "{got:?}");
}

#[test]
fn an_appeal_to_send_peacekeepers_is_addressed_to_whom_it_asks() {
    let got = targets(
        "The/2/det government/3/nsubj appealed/0/root to/7/case the/7/det United/7/compound Nations/3/obl to/9/mark send/3/xcomp peacekeepers/9/obj ./3/punct",
    );
    assert!(got.iter().any(|(_, t)| t.as_deref() == Some("the United Nations")), "{got:?}");
    assert!(got.iter().all(|(_, t)| t.as_deref() != Some("peacekeepers")), "{got:?}");
}

#[test]
fn advisers_sent_are_no_target_but_whom_weapons_go_to_is() {
    let got = targets("France/2/nsubj sent/0/root military/4/amod advisers/2/obj to/6/case Mali/2/obl ./2/punct");
    assert!(!got.is_empty() && got.iter().all(|(_, t)| t.as_deref() != Some("military advisers")), "{got:?}");
    let got = targets("Iran/2/nsubj sent/0/root weapons/2/obj to/6/case the/6/det rebels/3/nmod ./2/punct");
    assert!(got.iter().any(|(_, t)| t.as_deref() == Some("the rebels")), "{got:?}");
}

#[test]
fn a_plan_to_strike_keeps_its_target() {
    // Not a posting verb: what it acts on is its target.
    let got = targets("Russia/2/nsubj vowed/0/root to/4/mark crush/2/xcomp the/6/det rebels/4/obj ./2/punct");
    assert!(got.iter().any(|(_, t)| t.as_deref() == Some("the rebels")), "{got:?}");
}

#[test]
fn two_states_that_agree_to_send_soldiers_send_them_to_neither() {
    let ev = events_of(
        "Chad/4/nsubj and/3/cc Niger/1/conj agreed/0/root to/6/mark send/4/xcomp soldiers/6/obj ./4/punct",
        Some("2021-06-08"),
    );
    let got = crate::events::testing::party_texts(&ev);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|e| e.0 == "033" && e.2.is_none()), "{got:?}");
}
