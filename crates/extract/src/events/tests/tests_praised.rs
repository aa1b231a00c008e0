//! The act a praise is for (`reality::praised`): the praise is the record, the act its topic.
use crate::events::testing::{actions, events_of, has};

#[test]
fn an_act_a_praise_is_for_is_its_topic() {
    // "Analysts praised the bloc for deploying troops to the border."
    let ev = events_of(
        "Analysts/2/nsubj praised/0/root the/4/det bloc/2/obj for/6/mark deploying/2/advcl troops/6/obj \
         to/10/case the/10/det border/6/obl ./2/punct",
        None,
    );
    assert!(has(&ev, "praised"), "{:?}", actions(&ev));
    assert!(!has(&ev, "deploying"), "{:?}", actions(&ev));
}

#[test]
fn talks_inside_the_reason_of_a_credit_are_its_topic() {
    // "The minister credited Qatar for its role in the talks with the rebels."
    let ev = events_of(
        "The/2/det minister/3/nsubj credited/0/root Qatar/3/obj for/7/case its/7/nmod:poss role/3/obl \
         in/10/case the/10/det talks/7/nmod with/13/case the/13/det rebels/10/nmod ./3/punct",
        None,
    );
    assert!(has(&ev, "credited"), "{:?}", actions(&ev));
    assert!(!has(&ev, "talks"), "{:?}", actions(&ev));
}

#[test]
fn an_act_told_beside_a_praise_stays() {
    // "Analysts praised the bloc after it deployed troops to the border": a circumstance, not the reason.
    let after = events_of(
        "Analysts/2/nsubj praised/0/root the/4/det bloc/2/obj after/7/mark it/7/nsubj deployed/2/advcl \
         troops/7/obj to/11/case the/11/det border/7/obl ./2/punct",
        None,
    );
    assert!(has(&after, "deployed"), "{:?}", actions(&after));
    // "The bloc deployed troops to the border and analysts praised it."
    let and = events_of(
        "The/2/det bloc/3/nsubj deployed/0/root troops/3/obj to/7/case the/7/det border/3/obl and/10/cc \
         analysts/10/nsubj praised/3/conj it/10/obj ./3/punct",
        None,
    );
    assert!(has(&and, "deployed") && has(&and, "praised"), "{:?}", actions(&and));
}

#[test]
fn an_act_with_its_own_subject_under_the_reason_stays() {
    // "Biden praised Israel for intercepting missiles after Iran fired drones": Iran's act is told, not
    // praised (review 22a).
    let ev = events_of(
        "Biden/2/nsubj praised/0/root Israel/2/obj for/5/mark intercepting/2/advcl missiles/5/obj \
         after/9/mark Iran/9/nsubj fired/5/advcl drones/9/obj ./2/punct",
        Some("2025-03-12"),
    );
    assert!(has(&ev, "fired"), "{:?}", actions(&ev));
}
