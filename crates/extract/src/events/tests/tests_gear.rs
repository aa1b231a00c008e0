//! War gear hit stands for the force it belongs to (`sides::gear`): "shot down a government
//! warplane", "destroyed tanks belonging to the rebels", "two U.S. helicopters"; gear sent at a
//! target ("launched Iranian drones") or owned by no one named stays an instrument.
use crate::events::testing::{doc_events, target_keys, target_roles as targets};

#[test]
fn a_government_warplane_shot_down_is_the_state_forces() {
    let ev = doc_events(
        &["Rebels/2/nsubj shot/0/root down/2/compound:prt a/6/det government/6/compound warplane/2/obj over/9/case the/9/det city/2/obl ./2/punct"],
        "2011-03-20",
    );
    assert_eq!(targets(&ev), [("190", Some("a government warplane"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn tanks_belonging_to_the_rebels_are_the_rebels() {
    let ev = doc_events(
        &["Jets/2/nsubj destroyed/0/root four/4/nummod tanks/2/obj belonging/4/acl to/7/case the/7/det rebels/5/obl on/9/case Saturday/2/obl ./2/punct"],
        "2011-03-20",
    );
    assert_eq!(targets(&ev).iter().map(|t| t.2).collect::<Vec<_>>(), [Some("REB")], "{ev:#?}");
}

#[test]
fn helicopters_of_a_named_state_are_its_military() {
    let ev = doc_events(
        &["Militiamen/2/nsubj shot/0/root down/2/compound:prt two/6/nummod U.S./6/compound helicopters/2/obj in/8/case Mogadishu/2/obl ./2/punct"],
        "1993-10-04",
    );
    assert_eq!(target_keys(&ev), [("190", Some("USA"), Some("MIL"))], "{ev:#?}");
}

#[test]
fn an_accused_government_aircraft_is_the_accused_force() {
    let ev = doc_events(
        &["The/2/det rebels/3/nsubj accused/0/root government/5/compound aircraft/3/obj of/7/mark bombing/3/advcl the/9/det village/7/obj ./3/punct"],
        "2004-07-15",
    );
    assert!(targets(&ev).contains(&("1123", Some("government aircraft"), Some("MIL"))), "{ev:#?}");
}

#[test]
fn drones_launched_at_a_city_are_no_target() {
    let ev = doc_events(
        &["Militants/2/nsubj launched/0/root Iranian/4/amod drones/2/obj at/6/case Kyiv/2/obl on/8/case Monday/2/obl ./2/punct"],
        "2024-03-12",
    );
    assert!(ev.iter().all(|e| e.target.as_ref().is_none_or(|t| t.country.as_deref() != Some("IRN"))), "{ev:#?}");
}

#[test]
fn a_helicopter_no_one_owns_is_no_party() {
    let ev = doc_events(
        &["Rebels/2/nsubj shot/0/root down/2/compound:prt a/5/det helicopter/2/obj near/7/case Kismayo/2/obl ./2/punct"],
        "2024-03-12",
    );
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn the_presidents_plane_carries_the_president() {
    let ev = doc_events(
        &["The/2/det president/4/nmod:poss 's/2/case plane/6/nsubj:pass was/6/aux:pass shot/0/root down/6/compound:prt on/9/case Wednesday/6/obl ./6/punct"],
        "1994-04-08",
    );
    assert_eq!(targets(&ev).iter().map(|t| t.2).collect::<Vec<_>>(), [Some("GOV")], "{ev:#?}");
}

#[test]
fn a_ruler_s_tanks_are_his_forces() {
    let ev = doc_events(
        &["Warplanes/2/nsubj struck/0/root the/4/det president/6/nmod:poss 's/4/case tanks/2/obj near/8/case Benghazi/6/nmod ./2/punct"],
        "2011-03-20",
    );
    assert_eq!(targets(&ev).iter().map(|t| t.2).collect::<Vec<_>>(), [Some("MIL")], "{ev:#?}");
}
