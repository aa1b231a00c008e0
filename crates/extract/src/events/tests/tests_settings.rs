//! Settings and light verbs: a meeting an act takes place at is no target; "filed a lawsuit" is
//! the filer's; a meeting in the past progressive is the setting of another event (`settings`), a
//! meeting held is a consultation.
use crate::events::testing::{doc_events, party_texts, texts_of};

#[test]
fn a_summit_the_ministers_met_at_is_where_not_whom() {
    let ev = doc_events(
        &["The/2/det ministers/3/nsubj met/0/root with/6/case rebel/6/compound leaders/3/obl at/9/case a/9/det summit/3/obl in/12/case the/12/det capital/9/nmod ./3/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.iter().all(|p| !p.2.is_some_and(|t| t.contains("summit"))), "{got:?}");
    assert!(got.iter().any(|p| p.1 == Some("The ministers") && p.2 == Some("rebel leaders")), "{got:?}");
}

#[test]
fn who_files_a_lawsuit_brings_it() {
    let ev = doc_events(
        &["Rights/2/compound groups/3/nsubj filed/0/root a/5/det lawsuit/3/obj against/8/case the/8/det government/5/nmod on/10/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|p| p.1 == Some("Rights groups") && p.2 == Some("the government")), "{got:?}");
}

#[test]
fn officials_who_were_meeting_when_attacked_held_no_consultation() {
    let ev = texts_of(
        "Gunmen/2/nsubj attacked/0/root a/4/det hotel/2/obj where/11/advmod elders/11/nsubj and/8/cc \
         security/6/conj officials/6/conj were/11/aux meeting/4/acl:relcl ./2/punct",
        None,
    );
    assert_eq!(ev, vec!["attacked".to_string()]);
}

#[test]
fn a_past_progressive_meeting_told_on_its_own_is_a_consultation() {
    let pair = texts_of(
        "Putin/3/nsubj was/3/aux meeting/0/root Xi/3/obj in/6/case Beijing/3/obl on/8/case Tuesday/3/obl \
         ./3/punct",
        None,
    );
    // Xi met Putin too: one record each way (GUIDELINES §12.9).
    assert_eq!(pair, vec!["meeting".to_string(), "meeting".to_string()]);
    let delegations = texts_of(
        "Russian/4/amod and/3/cc Ukrainian/1/conj delegations/6/nsubj were/6/aux meeting/0/root in/8/case \
         Istanbul/6/obl on/10/case Friday/6/obl ./6/punct",
        None,
    );
    // Each delegation meets the other: one record each way.
    assert_eq!(delegations, vec!["meeting".to_string(), "meeting".to_string()]);
}

#[test]
fn a_meeting_spoken_at_is_where_a_statement_was_made() {
    let ev = texts_of(
        "Speaking/13/advcl at/6/case a/6/det Security/5/compound Council/6/compound meeting/1/obl on/8/case \
         Sudan/6/nmod ,/1/punct the/12/det British/12/amod envoy/13/nsubj said/0/root the/15/det siege/17/nsubj \
         must/17/aux end/13/ccomp ./13/punct",
        Some("2025-03-12"),
    );
    assert!(!ev.iter().any(|t| t.contains("meeting")), "{ev:?}");
}

#[test]
fn a_meeting_told_is_an_audience_however_it_is_parsed() {
    // The parser reads the audience as an oblique; it still directly follows "told".
    let ev = texts_of(
        "The/3/det prime/3/amod minister/4/nsubj told/0/root an/8/det emergency/8/compound cabinet/8/compound \
         meeting/4/obl that/13/mark the/11/det army/13/nsubj would/13/aux retake/4/ccomp the/15/det town/13/obj \
         ./4/punct",
        Some("2025-03-12"),
    );
    assert!(!ev.iter().any(|t| t.contains("meeting")), "{ev:?}");
}

#[test]
fn a_meeting_with_a_partner_spoken_at_is_still_a_consultation() {
    let ev = texts_of(
        "The/3/det foreign/3/amod minister/4/nsubj said/0/root at/7/case a/7/det meeting/4/obl with/11/case \
         the/11/det rebel/11/compound commander/7/nmod that/15/mark talks/15/nsubj would/15/aux resume/4/ccomp \
         ./4/punct",
        Some("2025-03-12"),
    );
    assert!(ev.iter().any(|t| t.contains("meeting")), "{ev:?}");
}

#[test]
fn a_summit_where_a_leader_told_another_is_still_a_consultation() {
    let ev = texts_of(
        "The/2/det president/3/nsubj told/0/root Putin/3/iobj at/7/case the/7/det summit/3/obl that/11/mark \
         troops/11/nsubj would/11/aux withdraw/3/ccomp ./3/punct",
        Some("2025-03-12"),
    );
    assert!(ev.iter().any(|t| t.contains("summit")), "{ev:?}");
}
