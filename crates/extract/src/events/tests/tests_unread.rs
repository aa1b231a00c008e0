//! Triggers the lexicon held but never read, in their common news forms: boycotts (the lemma of
//! "boycotted"), crowds marching, suspended budget support, ultimatums of hours, admitted
//! responsibility, talks broken off, attacks halted.
use crate::events::testing::{events_of, party_texts};

fn found(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let ev = events_of(spec, Some("2021-06-08"));
    party_texts(&ev).into_iter().map(|(c, a, t)| (c.to_string(), a.map(String::from), t.map(String::from))).collect()
}

fn codes(spec: &str) -> Vec<String> {
    found(spec).into_iter().map(|e| e.0).collect()
}

#[test]
fn a_boycott_in_the_past_or_ongoing_is_read() {
    assert_eq!(codes("The/2/det rebels/3/nsubj boycotted/0/root the/5/det talks/3/obj ./3/punct"), ["143"]);
    assert_eq!(
        codes("The/2/det opposition/4/nsubj is/4/aux boycotting/0/root the/6/det vote/4/obj ./4/punct"),
        ["143"]
    );
}

#[test]
fn a_crowd_that_marches_protests_and_troops_that_march_do_not() {
    let got = codes("Thousands/4/nsubj of/3/case people/1/nmod marched/0/root in/6/case Bogota/4/obl ./4/punct");
    assert_eq!(got, ["141"]);
    let got = codes("Students/2/nsubj demonstrated/0/root in/4/case Tehran/2/obl ./2/punct");
    assert_eq!(got, ["141"]);
    assert!(codes("Troops/2/nsubj marched/0/root into/5/case the/5/det town/2/obl ./2/punct").is_empty());
    // People moved are no crowd, and a verb with an object is no march.
    let got = codes(
        "The/2/det shuttling/5/nsubj of/4/case people/2/nmod demonstrates/0/root a/7/det disregard/5/obj ./5/punct",
    );
    assert!(got.iter().all(|c| c != "141"), "{got:?}");
}

#[test]
fn suspended_budget_support_is_aid_cut() {
    let got = codes(
        "The/2/det EU/3/nsubj suspended/0/root budget/5/compound support/3/obj to/7/case Ethiopia/5/nmod ./3/punct",
    );
    assert_eq!(got, ["162"]);
}

#[test]
fn hours_given_to_surrender_are_an_ultimatum() {
    let got = found(
        "The/2/det army/3/nsubj gave/0/root the/5/det rebels/3/iobj 48/7/nummod hours/3/obj to/9/mark surrender/3/advcl ./3/punct",
    );
    assert!(got.iter().any(|e| e.0 == "139" && e.2.as_deref() == Some("the rebels")), "{got:?}");
    // Days a truce gave both sides are no ultimatum.
    let got = codes("The/2/det truce/3/nsubj gave/0/root both/5/det sides/3/iobj two/7/nummod days/3/obj of/9/case calm/7/nmod ./3/punct");
    assert!(got.iter().all(|c| c != "139"), "{got:?}");
}

#[test]
fn admitted_responsibility_is_a_claim() {
    let got = codes(
        "The/2/det group/3/nsubj admitted/0/root responsibility/3/obj for/7/case the/7/det attack/4/nmod ./3/punct",
    );
    assert!(got.contains(&"015".to_string()), "{got:?}");
}

#[test]
fn talks_broken_off_are_a_break_by_who_broke_them_off() {
    let got = codes("The/2/det rebels/3/nsubj broke/0/root off/3/compound:prt the/6/det talks/3/obj ./3/punct");
    assert_eq!(got, ["164"]);
    // Talks that ended may have run their course ("ended two days of talks with a joint statement"):
    // no break.
    let got = codes(
        "The/2/det president/3/nsubj ended/0/root peace/5/compound talks/3/obj with/7/case rebels/5/nmod ./3/punct",
    );
    assert!(!got.contains(&"164".to_string()), "{got:?}");
}

#[test]
fn attacks_halted_are_a_truce_and_a_vow_to_halt_them_an_intent() {
    let got = codes("Rebels/2/nsubj halted/0/root attacks/2/obj on/6/case the/6/det city/3/nmod ./2/punct");
    assert_eq!(got, ["0871"]);
    let got = codes("Rebels/2/nsubj agreed/0/root to/4/mark halt/2/xcomp attacks/4/obj ./2/punct");
    assert_eq!(got, ["0356"]);
}

#[test]
fn advisers_sent_to_a_state_are_aid_for_that_state() {
    let ev = crate::events::testing::events_of(
        "The/3/det United/3/amod States/4/nsubj sent/0/root military/6/amod advisers/4/obj to/8/case Afghanistan/4/obl ./4/punct",
        None,
    );
    let sent = ev.iter().find(|e| e.action.cameo.starts_with("07")).expect("aid");
    assert_eq!(sent.target.as_ref().map(|t| t.text.as_str()), Some("Afghanistan"), "{ev:?}");
}
