//! A vehicle struck stands for whom it carries (`args::carried`): "ambushed a bus carrying soldiers"
//! targets the soldiers; a vehicle carrying goods or people of no kind does not.
use crate::events::testing::{doc_events, target_roles as targets};

#[test]
fn an_ambushed_bus_carrying_soldiers_targets_the_soldiers() {
    let ev = doc_events(
        &["Gunmen/2/nsubj ambushed/0/root a/4/det bus/2/obj carrying/4/acl soldiers/5/obj near/8/case Kandahar/5/obl on/10/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", Some("soldiers"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn a_convoy_carrying_troops_that_was_ambushed_targets_the_troops() {
    let ev = doc_events(
        &["A/2/det convoy/6/nsubj:pass carrying/2/acl troops/3/obj was/6/aux:pass ambushed/0/root on/8/case Monday/6/obl ./6/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", Some("troops"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn a_car_that_was_transporting_a_minister_targets_the_minister() {
    let ev = doc_events(
        &["Militants/2/nsubj attacked/0/root a/4/det car/2/obj that/7/nsubj was/7/aux transporting/4/acl:relcl the/10/det interior/10/compound minister/7/obj on/12/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", Some("the interior minister"), Some("GOV"))], "{ev:#?}");
}

#[test]
fn an_attack_on_a_convoy_of_troops_targets_the_troops() {
    let ev = doc_events(
        &["Rebels/2/nsubj launched/0/root an/4/det attack/2/obj on/7/case a/7/det convoy/4/nmod of/9/case troops/7/nmod on/11/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert!(targets(&ev).contains(&("190", Some("troops"), Some("MIL"))), "{ev:#?}");
}

#[test]
fn a_bomb_in_front_of_a_vehicle_carrying_a_general_targets_the_general() {
    let ev = doc_events(
        &["A/2/det bomber/3/nsubj detonated/0/root explosives/3/obj in/6/case front/3/obl of/9/case a/9/det vehicle/6/nmod carrying/9/acl the/13/det army/13/compound chief/10/obj on/15/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert!(targets(&ev).iter().any(|t| t.1 == Some("the army chief") && t.2 == Some("MIL")), "{ev:#?}");
}

#[test]
fn a_truck_carrying_food_aid_is_no_party() {
    let ev = doc_events(
        &["A/2/det truck/7/nsubj:pass carrying/2/acl food/5/compound aid/3/obj was/7/aux:pass hit/0/root by/10/case a/10/det rocket/7/obl:agent on/12/case Monday/7/obl ./7/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.as_ref().is_none_or(|t| !t.text.contains("aid"))), "{ev:#?}");
}

#[test]
fn a_ship_carrying_grain_stays_the_ship() {
    let ev = doc_events(
        &["Pirates/2/nsubj attacked/0/root a/4/det ship/2/obj carrying/4/acl grain/5/obj on/8/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.as_ref().is_none_or(|t| !t.text.contains("grain"))), "{ev:#?}");
}

#[test]
fn goods_of_a_state_or_a_convoy_of_tanks_are_not_whom_a_vehicle_carries() {
    // Review 22b: "Ukrainian grain" is no party carried; "a convoy of tanks" names vehicles.
    let grain = doc_events(
        &["Rebels/2/nsubj attacked/0/root a/4/det ship/2/obj carrying/4/acl Ukrainian/7/amod grain/5/obj ./2/punct"],
        "2025-03-12",
    );
    assert!(!grain.is_empty(), "{:?}", targets(&grain));
    assert!(grain.iter().all(|e| e.target.as_ref().is_none_or(|t| !t.text.contains("grain"))), "{:?}", targets(&grain));
    let tanks = doc_events(
        &["Rebels/2/nsubj attacked/0/root a/4/det convoy/2/obj of/7/case Russian/7/amod tanks/4/nmod ./2/punct"],
        "2025-03-12",
    );
    assert!(
        tanks.iter().any(|e| e.target.as_ref().is_some_and(|t| t.text.contains("convoy"))),
        "{:?}",
        targets(&tanks)
    );
}
