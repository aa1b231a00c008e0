//! Event places: the place of the day's incident carried to its unplaced parts (`incidents::spread`)
//! and a state's territory named by its adjective (`slots::territory_of`).
use super::testing::doc_events;

fn place_of<'a>(ev: &'a [casus_core::Event], action: &str) -> Option<&'a str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action:?} in {ev:?}"));
    e.location.as_ref().and_then(|l| l.name.as_deref())
}

const FIRED_NEAR_TOVUZ: &str =
    "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl on/7/case Monday/3/obl ./3/punct";

#[test]
fn a_later_part_of_the_days_incident_takes_its_place() {
    // "They shot passengers": no place of its own, the incident of the day placed just before.
    let ev = doc_events(
        &[FIRED_NEAR_TOVUZ, "They/2/nsubj shot/0/root passengers/2/obj on/5/case Monday/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), Some("Tovuz"));
}

#[test]
fn an_incident_is_not_placed_by_a_later_sentence() {
    let ev = doc_events(
        &["They/2/nsubj shot/0/root passengers/2/obj on/5/case Monday/2/obl ./2/punct", FIRED_NEAR_TOVUZ],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), None);
}

#[test]
fn another_days_incident_keeps_no_place() {
    let ev = doc_events(
        &[FIRED_NEAR_TOVUZ, "They/2/nsubj shot/0/root passengers/2/obj on/5/case Sunday/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "shot"), None);
}

#[test]
fn arrests_and_earlier_provocations_take_no_place_of_the_day() {
    // Coercion by decree is decided away from the scene.
    let arrests = "Police/2/nsubj arrested/0/root activists/2/obj on/5/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, arrests], "2024-02-13");
    assert_eq!(place_of(&ev, "arrested"), None);
    // "in response to a provocation": the provocation is an earlier incident.
    let response = "Troops/2/nsubj fired/0/root on/4/case Monday/2/obl in/6/case response/2/obl to/9/case a/9/det \
                    provocation/6/nmod by/12/case Armenian/12/amod forces/9/nmod ./2/punct";
    let ev = doc_events(&[FIRED_NEAR_TOVUZ, response], "2024-02-13");
    assert_eq!(place_of(&ev, "provocation"), None);
}

#[test]
fn a_states_territory_named_by_its_adjective_is_that_state() {
    let ev = doc_events(
        &["Troops/2/nsubj advanced/0/root in/5/case Armenian/5/amod territory/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "advanced"), Some("Armenia"));
    // A territory with no state's adjective names no place.
    let ev = doc_events(
        &["Troops/2/nsubj advanced/0/root in/5/case disputed/5/amod territory/2/obl ./2/punct"],
        "2024-02-13",
    );
    assert_eq!(place_of(&ev, "advanced"), None);
}
