//! Incidents that only pick out people (`reality::identified`): a definite event noun in a participle
//! phrase naming people by what befell them ("people wounded in the fighting") refers to an incident
//! told before; the lead, a counted toll, a bare noun, a day of its own, a phrase of those involved
//! and a clause of its own still report one.
use crate::events::testing::{doc_events, events_of, has, triggers};

const LEAD: &str = "Rebels/2/nsubj attacked/0/root the/4/det town/2/obj on/6/case Monday/2/obl ./2/punct";

#[test]
fn an_incident_that_picks_out_people_after_the_lead_is_no_record() {
    let searching = "Rescuers/3/nsubj are/3/aux searching/0/root for/5/case people/3/obl wounded/5/acl \
                     in/9/case the/9/det fighting/6/obl ./3/punct";
    let ev = doc_events(&[LEAD, searching], "2024-05-08");
    assert!(!has(&ev, "fighting"), "{:?}", triggers(&ev));
    let visited = "The/2/det governor/3/nsubj visited/0/root victims/3/obj injured/4/acl in/8/case the/8/det \
                   blasts/5/obl ./3/punct";
    let ev = doc_events(&[LEAD, visited], "2024-05-08");
    assert!(!has(&ev, "blasts"), "{:?}", triggers(&ev));
}

#[test]
fn the_lead_a_toll_a_day_or_those_involved_still_report_the_incident() {
    // The lead may tell the incident first.
    let lead = "Rescuers/3/nsubj are/3/aux searching/0/root for/5/case people/3/obl wounded/5/acl in/9/case \
                the/9/det fighting/6/obl ./3/punct";
    let ev = events_of(lead, Some("2024-05-08"));
    assert!(has(&ev, "fighting"), "{:?}", triggers(&ev));
    // A counted toll ties the noun to its occurrence.
    let counted = "Medics/2/nsubj treated/0/root 12/4/nummod soldiers/2/obj wounded/4/acl in/7/case the/7/det \
                   fighting/5/obl ./2/punct";
    let ev = doc_events(&[LEAD, counted], "2024-05-08");
    assert!(has(&ev, "fighting"), "{:?}", triggers(&ev));
    // A bare noun may be the only report of its incident.
    let bare = "Medics/2/nsubj treated/0/root people/2/obj wounded/3/acl in/6/case clashes/4/obl ./2/punct";
    let ev = doc_events(&[LEAD, bare], "2024-05-08");
    assert!(has(&ev, "clashes"), "{:?}", triggers(&ev));
    // A day names which incident, as a new report would: "this week's raids".
    let dated = "Some/11/nsubj of/4/case the/4/det villagers/1/nmod wounded/4/acl in/10/case this/8/det \
                 week/10/nmod:poss 's/8/case raids/5/obl fled/0/root ./11/punct";
    let ev = doc_events(&[LEAD, dated], "2024-05-08");
    assert!(has(&ev, "raids"), "{:?}", triggers(&ev));
    // Those involved in an incident are its parties: "the rebels involved in the raid".
    let involved = "Police/2/nsubj questioned/0/root the/4/det number/2/obj of/6/case rebels/4/nmod \
                    involved/6/acl in/10/case the/10/det raid/7/obl ./2/punct";
    let ev = doc_events(&[LEAD, involved], "2024-05-08");
    assert!(has(&ev, "raid"), "{:?}", triggers(&ev));
    // A clause of its own reports the wounding in the fighting.
    let clause = "Ten/2/nummod people/4/nsubj:pass were/4/aux:pass wounded/0/root in/7/case the/7/det \
                  fighting/4/obl ./4/punct";
    let ev = doc_events(&[LEAD, clause], "2024-05-08");
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("19")), "{:?}", triggers(&ev));
}

#[test]
fn victims_named_among_those_killed_with_no_count_are_no_record() {
    // GUIDELINES §12.9: victim make-up restated without a new count, like "including".
    let engineer =
        "A/3/det French/3/amod engineer/7/nsubj:pass was/7/aux:pass among/6/case those/7/obl killed/0/root ./7/punct";
    let ev = doc_events(&[LEAD, engineer], "2024-05-08");
    assert!(!has(&ev, "killed"), "{:?}", triggers(&ev));
    let said = "A/2/det nurse/9/nsubj:pass and/5/cc a/5/det driver/2/conj were/8/cop among/8/case those/12/obj \
                killed/12/ccomp ,/12/punct officials/12/nsubj said/0/root ./12/punct";
    let ev = doc_events(&[LEAD, said], "2024-05-08");
    assert!(!has(&ev, "killed"), "{:?}", triggers(&ev));
}

#[test]
fn a_count_among_those_killed_or_another_among_phrase_keeps_the_record() {
    let counted =
        "Two/3/nummod aid/3/compound workers/7/nsubj:pass were/6/cop among/6/case those/11/obj killed/11/ccomp \
                   ,/11/punct their/10/nmod:poss agency/11/nsubj said/0/root ./11/punct";
    let ev = doc_events(&[LEAD, counted], "2024-05-08");
    assert!(has(&ev, "killed"), "{:?}", triggers(&ev));
    let hostages =
        "The/2/det rebels/3/nsubj executed/0/root soldiers/3/obj among/7/case the/7/det hostages/3/obl ./3/punct";
    let ev = doc_events(&[LEAD, hostages], "2024-05-08");
    assert!(has(&ev, "executed"), "{:?}", triggers(&ev));
}
