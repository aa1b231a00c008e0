//! Parties of an event noun named around it: the bare possessor of what is done to someone, the
//! agent of a light-verb participle; a place an attack aims at is none.
use crate::events::testing::{doc_events, party_texts};

#[test]
fn a_location_an_airstrike_targets_is_no_party() {
    let ev = doc_events(
        &["Warplanes/2/nsubj carried/0/root out/2/compound:prt an/5/det airstrike/2/obj targeting/5/acl the/9/det rebel/9/compound commander/11/nmod:poss 's/9/case location/6/obj on/13/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|p| !p.2.is_some_and(|t| t.contains("location"))), "{got:?}");
}

#[test]
fn the_bare_possessor_of_an_arrest_is_arrested() {
    let ev = doc_events(
        &["Rights/2/compound groups/3/nsubj said/0/root the/5/det reporter/7/nmod:poss 's/5/case arrest/10/nsubj was/10/cop unlawful/3/ccomp ./3/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    let arrest: Vec<_> = got.iter().filter(|p| p.0.starts_with("173")).collect();
    assert!(!arrest.is_empty(), "{got:?}");
    assert!(arrest.iter().all(|p| p.1.is_none() && p.2.is_some_and(|t| t.contains("reporter"))), "{got:?}");
}

#[test]
fn the_agent_of_a_launched_offensive_carries_it_out() {
    let ev = doc_events(
        &["The/2/det rebels/3/nsubj fled/0/root an/5/det offensive/3/obj launched/5/acl by/9/case government/9/compound forces/6/obl:agent ./3/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(got.iter().any(|p| p.0 == "190" && p.1 == Some("government forces")), "{got:?}");
}

#[test]
fn who_remains_in_detention_is_detained() {
    let ev = doc_events(
        &["The/2/det reporter/3/nsubj remains/0/root in/5/case detention/3/obl in/7/case Harare/3/obl ./3/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    let held: Vec<_> = got.iter().filter(|p| p.0.starts_with("173")).collect();
    assert!(!held.is_empty(), "{got:?}");
    assert!(held.iter().all(|p| p.1.is_none() && p.2 == Some("The reporter")), "{got:?}");
}

#[test]
fn a_state_or_its_forces_possessing_an_arrest_or_execution_do_it() {
    for s in [
        "Iran/3/nmod:poss 's/1/case executions/4/nsubj drew/0/root condemnation/4/obj ./4/punct",
        "The/2/det junta/4/nmod:poss 's/2/case arrests/5/nsubj sparked/0/root protests/5/obj ./5/punct",
    ] {
        let ev = doc_events(&[s], "2025-03-12");
        let got = party_texts(&ev);
        assert!(got.iter().all(|p| p.2.is_none_or(|t| !t.contains("Iran") && !t.contains("junta"))), "{got:?}");
    }
}

#[test]
fn killers_of_victims_hung_in_an_attack_are_the_attack_s_doers() {
    // "Militants killed 18 soldiers in an attack on their base.": "in an attack" parsed on the soldiers.
    let ev = doc_events(
        &["Militants/2/nsubj killed/0/root 18/4/nummod soldiers/2/obj in/7/case an/7/det attack/4/nmod on/10/case their/10/nmod:poss base/7/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(!got.is_empty() && got.iter().all(|p| p.1 == Some("Militants")), "{got:?}");
    // "killed at least 46 people in an attack" parsed with the victims as an oblique without a case.
    let ev = doc_events(
        &["Militiamen/2/nsubj killed/0/root at/4/case least/6/nmod 46/6/nummod people/2/obl in/9/case an/9/det attack/2/obl ./2/punct"],
        "2025-03-12",
    );
    let got = party_texts(&ev);
    assert!(!got.is_empty() && got.iter().all(|p| p.1 == Some("Militiamen")), "{got:?}");
}
