//! A wh-question reports nothing unless its question word is the doer (`questions`).
use super::testing::{events_of, has, triggers};

#[test]
fn a_question_about_why_or_what_reports_no_act() {
    let why =
        events_of("Why/5/advmod did/5/aux the/4/det rebels/5/nsubj attack/0/root the/7/det town/5/obj ?/5/punct", None);
    assert!(!has(&why, "attack"), "{:?}", triggers(&why));
    let how =
        events_of("How/3/advmod to/3/mark interpret/0/root the/6/det military/6/amod drills/3/obj ?/3/punct", None);
    assert!(how.is_empty(), "{:?}", triggers(&how));
}

#[test]
fn a_question_about_who_did_it_takes_the_act_as_given() {
    let who = events_of("Who/2/nsubj attacked/0/root the/4/det convoy/2/obj ?/2/punct", None);
    assert!(has(&who, "attacked"), "{:?}", triggers(&who));
}
