//! A count whose make-up is set off between it and its verb ("30 people, most of them civilians,
//! were killed") is still the subject's count; the apposition gives none of its own.
use super::tests::counts;
use super::CasualtyKind::*;
use casus_core::Qualifier::*;

#[test]
fn casualties_makeup_apposition_keeps_the_subjects_count() {
    assert_eq!(
        counts("At least 30 people, most of them civilians, were killed when shells hit the market."),
        vec![(Killed, Some(30), AtLeast)]
    );
    assert_eq!(counts("Twelve people, mainly soldiers, were wounded in the ambush."), vec![(Injured, Some(12), Exact)]);
    assert_eq!(
        counts("Some 40 people, among them several children, were hurt in the blast."),
        vec![(Injured, Some(40), Approx)]
    );
    assert_eq!(
        counts("Hundreds of people, mostly civilians, have died since the shelling began."),
        vec![(Killed, None, Several)]
    );
}

#[test]
fn casualties_makeup_number_is_no_count_of_its_own() {
    // "six of them children" is part of the nine, not a second count
    assert_eq!(
        counts("Nine people, six of them children, died when a rocket struck their home."),
        vec![(Killed, Some(9), Exact)]
    );
}

#[test]
fn casualties_makeup_without_a_cue_counts_nothing() {
    // arrests and a town's population are no casualties
    assert_eq!(counts("Police detained 40 people, most of them students, after the protest."), vec![]);
    assert_eq!(counts("The town of 20,000 people, mostly farmers, was shelled overnight."), vec![]);
    // the subject of an active verb is the killer, not the count, with its make-up or without
    assert_eq!(counts("Two gunmen, both of them teenagers, have killed villagers."), vec![(Killed, None, Several)]);
    assert_eq!(counts("Two gunmen have killed villagers in the region."), vec![(Killed, None, Several)]);
}
