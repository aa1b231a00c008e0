//! Force posture (15x): what is deployed, dispatched or mobilized is the actor's own, not a target.
use crate::events::testing::doc_events;
use casus_core::Event;

/// (code, actor text, target text) of every event.
fn parties(ev: &[Event]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    fn text(p: &Option<casus_core::Party>) -> Option<&str> {
        p.as_ref().map(|p| p.text.as_str())
    }
    ev.iter().map(|e| (e.action.cameo.as_str(), text(&e.actor), text(&e.target))).collect()
}

#[test]
fn the_troops_a_government_deploys_are_not_its_target() {
    let ev = doc_events(
        &["The/2/det army/3/nsubj deployed/0/root 500/5/nummod soldiers/3/obj to/9/case the/9/det border/9/compound region/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(parties(&ev), [("154", Some("The army"), None)], "{ev:#?}");
    // Where the forces go is where, not whom: "into Somalia" is no target either.
    let ev =
        doc_events(&["Kenya/2/nsubj sent/0/root soldiers/2/obj into/5/case Somalia/2/obl ./2/punct"], "2025-03-12");
    assert_eq!(parties(&ev), [("154", Some("Kenya"), None)], "{ev:#?}");
}

#[test]
fn forces_dispatched_in_the_passive_are_not_the_target_either() {
    let ev = doc_events(
        &["Police/2/compound commandos/4/nsubj:pass were/4/aux:pass dispatched/0/root to/7/case the/7/det town/4/obl ./4/punct"],
        "2025-03-12",
    );
    let got = parties(&ev);
    assert_eq!(got.len(), 1, "{ev:#?}");
    assert_eq!(got[0].2, None, "{ev:#?}");
}

#[test]
fn a_posture_aimed_at_someone_keeps_that_target() {
    let ev = doc_events(
        &["Azerbaijan/2/nsubj mobilized/0/root troops/2/obj against/5/case Armenia/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(parties(&ev), [("154", Some("Azerbaijan"), Some("Armenia"))], "{ev:#?}");
}

#[test]
fn the_party_arms_are_sent_to_stays_the_target() {
    let ev = doc_events(&["Iran/2/nsubj sent/0/root the/4/det rebels/2/iobj weapons/2/obj ./2/punct"], "2025-03-12");
    assert_eq!(parties(&ev), [("072", Some("Iran"), Some("the rebels"))], "{ev:#?}");
}

#[test]
fn a_plan_to_deploy_troops_is_aimed_where_they_would_go() {
    // The intent (03x) names the state the troops are to go to, not the two planners each other.
    let ev = doc_events(
        &["France/4/nsubj and/3/cc Chad/1/conj say/0/root they/6/nsubj plan/4/ccomp to/8/mark deploy/6/xcomp troops/8/obj to/11/case Niger/8/obl ./4/punct"],
        "2025-03-12",
    );
    let got = parties(&ev);
    assert!(!got.is_empty() && got.iter().all(|(_, _, t)| *t != Some("they")), "{got:?}");
}

#[test]
fn aid_sent_by_a_posture_verb_keeps_its_recipient() {
    // "send" is a posture verb only when it sends forces (154); aid it sends (073) has a recipient.
    let ev = doc_events(&["Egypt/2/nsubj sent/0/root food/2/obj into/5/case Gaza/2/obl ./2/punct"], "2025-03-12");
    assert_eq!(parties(&ev), [("073", Some("Egypt"), Some("Gaza"))], "{ev:#?}");
}

#[test]
fn a_posture_aimed_at_someone_keeps_that_target_when_the_phrase_hangs_on_the_troops() {
    // The model hangs "against Armenia" on the troops.
    let ev = doc_events(
        &["Azerbaijan/2/nsubj mobilized/0/root troops/2/obj against/5/case Armenia/3/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(parties(&ev), [("154", Some("Azerbaijan"), Some("Armenia"))], "{ev:#?}");
}

#[test]
fn the_state_warships_are_sent_to_as_indirect_object_is_the_target() {
    let ev = doc_events(
        &["The/2/det US/3/nsubj sent/0/root Israel/3/iobj two/6/nummod warships/3/obj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(parties(&ev), [("154", Some("The US"), Some("Israel"))], "{ev:#?}");
}

/// The place name of every event.
fn places(ev: &[Event]) -> Vec<Option<&str>> {
    ev.iter().map(|e| e.location.as_ref().and_then(|l| l.name.as_deref())).collect()
}

#[test]
fn forces_sent_somewhere_are_deployed_there() {
    let ev = doc_events(
        &["The/3/det United/3/compound States/4/nsubj deployed/0/root 3,000/6/nummod troops/4/obj to/8/case Poland/4/obl ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(places(&ev), [Some("Poland")], "{ev:#?}");
    // The passive participle too, and "into".
    let ev = doc_events(
        &["Troops/4/nsubj:pass were/4/aux:pass being/4/aux:pass sent/0/root into/6/case Somalia/4/obl ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(places(&ev), [Some("Somalia")], "{ev:#?}");
}

#[test]
fn a_withdrawal_does_not_happen_where_the_forces_go() {
    let ev = doc_events(
        &["Russia/2/nsubj withdrew/0/root its/4/nmod:poss troops/2/obj to/6/case Belarus/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert!(!ev.is_empty(), "{ev:#?}");
    assert_eq!(places(&ev), vec![None; ev.len()], "{ev:#?}");
}

#[test]
fn the_destination_hung_on_the_forces_sent_is_where_too() {
    let ev = doc_events(
        &["Britain/2/nsubj sent/0/root 500/4/nummod soldiers/2/obj to/6/case Estonia/4/nmod ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(places(&ev), [Some("Estonia")], "{ev:#?}");
    // What an attack's object is attached to names no place of the attack.
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root a/4/det convoy/2/obj to/6/case Goma/4/nmod ./2/punct"],
        "2025-03-12",
    );
    assert!(!ev.is_empty() && places(&ev).iter().all(|p| *p != Some("Goma")), "{ev:#?}");
}

#[test]
fn what_is_visited_does_not_send_the_visit_on() {
    let ev = doc_events(
        &["The/2/det general/3/nsubj visited/0/root the/5/det bridge/3/obj to/7/case Crimea/5/nmod ./3/punct"],
        "2025-03-12",
    );
    assert!(!ev.is_empty() && places(&ev).iter().all(|p| *p != Some("Crimea")), "{ev:#?}");
}
