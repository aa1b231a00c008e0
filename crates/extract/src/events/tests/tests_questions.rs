//! A wh-question reports nothing unless its question word is the doer (`questions`).
use crate::events::testing::{events_of, has, triggers};

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

#[test]
fn an_act_told_in_a_relative_or_subordinate_clause_of_a_question_stays() {
    let chibok = events_of(
        "Where/2/advmod are/0/root the/4/det schoolgirls/2/nsubj whom/8/obj Boko/8/nsubj Haram/6/flat \
         abducted/4/acl:relcl in/10/case Chibok/8/obl in/12/case 2014/8/obl ?/2/punct",
        None,
    );
    assert!(has(&chibok, "abducted"), "{:?}", triggers(&chibok));
    let sudan = events_of(
        "How/7/advmod did/7/aux the/4/det war/7/nsubj in/6/case Sudan/4/nmod begin/0/root after/14/mark \
         the/10/det army/14/nsubj and/13/cc the/13/det RSF/10/conj clashed/7/advcl in/16/case Khartoum/14/obl \
         in/18/case April/14/obl 2023/18/nummod ?/7/punct",
        None,
    );
    assert!(has(&sudan, "clashed"), "{:?}", triggers(&sudan));
}
