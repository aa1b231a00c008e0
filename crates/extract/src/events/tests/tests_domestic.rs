//! One party's act on its own laws (`reality::domestic`): signing a constitutional declaration, proposing a budget or a
//! law to its own cabinet is domestic politics (GUIDELINES §12.8), no record; an agreement signed
//! with a counterpart, or by two parties, is one.
use crate::events::testing::{events_of, has, triggers};

#[test]
fn a_state_signing_or_proposing_its_own_law_is_no_record() {
    let decree = "The/2/det president/3/nsubj signed/0/root a/6/det constitutional/6/amod declaration/3/obj \
                  on/8/case Monday/3/obl ./3/punct";
    let ev = events_of(decree, Some("2024-05-08"));
    assert!(!has(&ev, "signed"), "{:?}", triggers(&ev));
    let budget = "The/2/det government/4/nsubj has/4/aux proposed/0/root increasing/7/amod military/7/amod \
                  spending/4/obj ./4/punct";
    let ev = events_of(budget, Some("2024-05-08"));
    assert!(!has(&ev, "proposed"), "{:?}", triggers(&ev));
    // Its own cabinet is no counterpart.
    let cabinet = "The/2/det minister/3/nsubj proposed/0/root the/5/det law/3/obj to/8/case the/8/det \
                   cabinet/3/obl ./3/punct";
    let ev = events_of(cabinet, Some("2024-05-08"));
    assert!(!has(&ev, "proposed"), "{:?}", ev);
}

#[test]
fn an_agreement_with_a_counterpart_is_still_a_record() {
    // A with-phrase names the counterpart.
    let with = "The/2/det government/3/nsubj signed/0/root a/5/det declaration/3/obj with/7/case rebels/3/obl \
                ./3/punct";
    let ev = events_of(with, Some("2024-05-08"));
    assert!(has(&ev, "signed"), "{:?}", triggers(&ev));
    // Two parties sign together.
    let joint = "Sudan/4/nsubj and/3/cc Chad/1/conj signed/0/root a/7/det joint/7/amod declaration/4/obj ./4/punct";
    let ev = events_of(joint, Some("2024-05-08"));
    assert!(has(&ev, "signed"), "{:?}", triggers(&ev));
    // One signer named, the declaration shared: "The president signed a joint declaration."
    let one = "The/2/det president/3/nsubj signed/0/root a/6/det joint/6/amod declaration/3/obj ./3/punct";
    let ev = events_of(one, Some("2024-05-08"));
    assert!(has(&ev, "signed"), "{:?}", triggers(&ev));
    // A law put to another party: "proposed a law to the rebels".
    let rebels = "The/2/det minister/3/nsubj proposed/0/root the/5/det law/3/obj to/8/case the/8/det \
                  rebels/3/obl ./3/punct";
    let ev = events_of(rebels, Some("2024-05-08"));
    assert!(has(&ev, "proposed"), "{:?}", ev);
    // A deal is no domestic instrument.
    let deal = "The/2/det government/3/nsubj signed/0/root a/6/det ceasefire/6/compound agreement/3/obj ./3/punct";
    let ev = events_of(deal, Some("2024-05-08"));
    assert!(
        ev.iter().any(|e| e.action.cameo.starts_with("08") || e.action.cameo.starts_with("05")),
        "{:?}",
        triggers(&ev)
    );
}

#[test]
fn another_partys_instrument_or_a_non_state_signer_is_still_a_record() {
    // "Iran welcomed the UN declaration."
    let un = "Iran/2/nsubj welcomed/0/root the/5/det UN/5/compound declaration/2/obj ./2/punct";
    let ev = events_of(un, Some("2024-05-08"));
    assert!(has(&ev, "welcomed"), "{:?}", triggers(&ev));
    // "Ukraine welcomed the EU's new sanctions policy."
    let eu = "Ukraine/2/nsubj welcomed/0/root the/4/det EU/8/nmod:poss 's/4/case new/8/amod sanctions/8/compound \
              policy/2/obj ./2/punct";
    let ev = events_of(eu, Some("2024-05-08"));
    assert!(has(&ev, "welcomed"), "{:?}", triggers(&ev));
    // "The rebels signed the declaration."
    let rebels = "The/2/det rebels/3/nsubj signed/0/root the/5/det declaration/3/obj ./3/punct";
    let ev = events_of(rebels, Some("2024-05-08"));
    assert!(has(&ev, "signed"), "{:?}", triggers(&ev));
}
