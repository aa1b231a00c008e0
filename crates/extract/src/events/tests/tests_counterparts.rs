//! The counterpart beside what a trigger makes (`args/addressed`): "signed an agreement with X",
//! "a visit to X", "offered amnesty to X"; not a town, an act or a third party's help; an intent aimed through
//! its infinitive ("offered to transport X").
use crate::events::testing::events_of;

/// (code, actor text, target text) of every event.
fn parties(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    events_of(spec, Some("2025-03-09"))
        .iter()
        .map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target)))
        .collect()
}

fn target_of(got: &[(String, Option<String>, Option<String>)], root: &str) -> Option<String> {
    got.iter().find(|e| e.0.starts_with(root)).unwrap_or_else(|| panic!("no {root}: {got:?}")).2.clone()
}

#[test]
fn an_agreement_signed_with_a_state_has_it_as_counterpart() {
    let got = parties(
        "Egypt/2/nsubj signed/0/root a/5/det trade/5/compound agreement/2/obj with/7/case Greece/5/nmod ./2/punct",
    );
    assert_eq!(target_of(&got, "057").as_deref(), Some("Greece"));
}

#[test]
fn a_deal_reached_with_a_third_partys_help_has_no_counterpart_from_it() {
    let got = parties(
        "Egypt/2/nsubj signed/0/root a/4/det agreement/2/obj with/7/case Russia/7/nmod:poss 's/5/case \
         help/4/nmod ./2/punct",
    );
    assert_eq!(target_of(&got, "057"), None);
}

#[test]
fn a_visit_to_a_state_is_made_to_it() {
    let got = parties(
        "The/2/det minister/4/nsubj made/4/aux visit/0/root to/6/case Iraq/4/nmod on/8/case Monday/4/obl ./4/punct",
    );
    assert_eq!(target_of(&got, "042").as_deref(), Some("Iraq"));
}

#[test]
fn condolences_extended_to_the_victims_are_extended_to_them() {
    let got = parties("Egypt/2/nsubj extended/0/root condolences/2/obj to/6/case the/6/det villagers/2/obl ./2/punct");
    assert_eq!(target_of(&got, "018").as_deref(), Some("the villagers"));
}

#[test]
fn a_visit_to_the_capital_is_made_to_a_place_not_a_party() {
    let got = parties(
        "The/2/det minister/4/nsubj made/4/aux visit/0/root to/7/case the/7/det capital/4/nmod on/9/case \
         Monday/4/obl ./4/punct",
    );
    assert!(got.iter().all(|e| e.2.as_deref() != Some("the capital")), "{got:?}");
}

#[test]
fn an_intent_with_no_object_is_aimed_at_whom_its_infinitive_acts_on() {
    let got = parties(
        "The/2/det mission/3/nsubj offered/0/root to/5/mark transport/3/xcomp the/7/det rebels/5/obj ./3/punct",
    );
    assert_eq!(target_of(&got, "03").as_deref(), Some("the rebels"));
}
