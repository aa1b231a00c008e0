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

#[test]
fn a_denial_in_a_relative_clause_answers_whoever_made_the_charge() {
    // "The rebels accused the army of shelling the market, an allegation the military denied."
    let ev = doc_events(
        &["The/2/det rebels/3/nsubj accused/0/root the/5/det army/3/obj of/7/mark shelling/5/acl the/9/det \
           market/7/obj ,/12/punct an/12/det allegation/3/parataxis the/14/det military/15/nsubj \
           denied/12/acl:relcl ./3/punct"],
        "2025-03-12",
    );
    let denials: Vec<_> = targets(&ev).into_iter().filter(|t| t.0 == "016").collect();
    assert_eq!(denials, [("016", None, Some("REB"))], "{ev:#?}");
    // "Opposition leaders said troops had fired on protesters, a claim the army rejected."
    let ev = doc_events(
        &["Opposition/2/compound leaders/3/nsubj said/0/root troops/6/nsubj had/6/aux fired/3/ccomp on/8/case \
           protesters/6/obl ,/11/punct a/11/det claim/3/parataxis the/13/det army/14/nsubj \
           rejected/11/acl:relcl ./3/punct"],
        "2025-03-12",
    );
    let denials: Vec<_> = targets(&ev).into_iter().filter(|t| t.0 == "016").collect();
    assert_eq!(denials, [("016", None, Some("OPP"))], "{ev:#?}");
}

#[test]
fn whom_a_denied_act_fell_on_is_no_target_of_the_denial() {
    // "The government denies targeting civilians."
    let ev = doc_events(
        &["The/2/det government/3/nsubj denies/0/root targeting/3/xcomp civilians/4/obj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("016", None, None)], "{ev:#?}");
    // "The army denied that its soldiers had shot protesters."
    let ev = doc_events(
        &["The/2/det army/3/nsubj denied/0/root that/8/mark its/5/nmod:poss soldiers/8/nsubj had/8/aux \
           shot/3/ccomp protesters/8/obj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("016", None, None)], "{ev:#?}");
}
