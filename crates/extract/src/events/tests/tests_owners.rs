//! Targets of comments on another's words or deeds (owners.rs): the one whose act the object names.
use crate::events::testing::{doc_events, target_keys as targets};

#[test]
fn a_denial_of_allegations_made_by_a_state_is_aimed_at_it() {
    let ev = doc_events(
        &["The/2/det ministry/3/nsubj rejected/0/root the/5/det allegations/3/obj made/5/acl by/8/case Kenya/6/obl:agent on/10/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("016", Some("KEN"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn praise_for_the_withdrawal_of_troops_is_aimed_at_them() {
    let ev = doc_events(
        &["Kenya/2/nsubj welcomed/0/root the/4/det withdrawal/2/obj of/7/case Ugandan/7/amod troops/4/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("051", Some("UGA"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn condemning_rebel_attacks_condemns_the_rebels() {
    let ev = doc_events(
        &["The/2/det ministry/3/nsubj condemned/0/root the/6/det rebel/6/amod attacks/3/obj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev).first().map(|t| t.2), Some(Some("REB")), "{ev:#?}");
}

#[test]
fn allegations_of_abuse_name_no_owner() {
    // "of" says what is alleged, not who alleges it.
    let ev = doc_events(
        &["Uganda/2/nsubj denied/0/root allegations/2/obj of/6/case Kenyan/6/amod abuse/3/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("016", None, None)], "{ev:#?}");
}

#[test]
fn concern_about_the_actions_of_troops_is_aimed_at_them() {
    let ev = doc_events(
        &["Kenya/4/nsubj is/4/cop deeply/4/advmod concerned/0/root about/7/case the/7/det actions/4/obl of/10/case Ugandan/10/amod troops/7/nmod ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("012", Some("UGA"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn concern_about_a_statement_is_aimed_at_its_speaker_not_a_reports_author() {
    let statement = doc_events(
        &["Kenya/4/nsubj is/4/cop deeply/4/advmod concerned/0/root about/7/case the/7/det statement/4/obl of/10/case Ugandan/10/amod troops/7/nmod ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&statement), [("012", Some("UGA"), Some("MIL"))], "{statement:#?}");
    // A report is about what it tells: its author is no target.
    let report = doc_events(
        &["Kenya/4/nsubj is/4/cop deeply/4/advmod concerned/0/root about/7/case the/7/det report/4/obl of/10/case Ugandan/10/amod troops/7/nmod ./4/punct"],
        "2025-03-12",
    );
    assert!(report.iter().all(|e| e.target.as_ref().and_then(|t| t.country.as_deref()) != Some("UGA")), "{report:#?}");
}
