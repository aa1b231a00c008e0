//! The weapon a generic force verb's subject names sets its code as a weapon in its arguments does
//! ("warplanes pounded" as "pounded with warplanes", GUIDELINES §12.4); what it acts on never does.
use crate::events::testing::events_of;

fn codes(spec: &str) -> Vec<String> {
    let mut got: Vec<String> = events_of(spec, Some("2024-03-05")).into_iter().map(|e| e.action.cameo).collect();
    got.sort();
    got
}

#[test]
fn a_weapon_that_strikes_sets_the_code() {
    let warplanes = "Government/2/compound warplanes/3/nsubj pounded/0/root rebel/5/amod positions/3/obj near/8/case the/8/det town/3/obl ./3/punct";
    assert_eq!(codes(warplanes), ["195"]);
    let rockets =
        "A/2/det barrage/5/nsubj of/4/case rockets/2/nmod hit/0/root the/8/det border/8/compound town/5/obj ./5/punct";
    assert_eq!(codes(rockets), ["194"]);
}

#[test]
fn weapons_of_two_kinds_that_strike_are_two_actions() {
    let spec = "Enemy/2/compound helicopters/5/nsubj and/4/cc artillery/2/conj attacked/0/root the/7/det village/5/obj on/9/case Sunday/5/obl ./5/punct";
    assert_eq!(codes(spec), ["194", "195"]);
}

#[test]
fn the_bearer_of_a_car_bomb_sets_a_bombing() {
    let spec = "A/4/det suicide/3/compound car/4/compound bomber/5/nsubj struck/0/root a/8/det police/8/compound convoy/5/obj ./5/punct";
    assert_eq!(codes(spec), ["1832"]);
}

#[test]
fn what_the_target_holds_is_no_weapon() {
    // "air" names the base that was attacked, not an air strike.
    let base = "Gunmen/2/nsubj attacked/0/root a/6/det naval/6/amod air/6/compound base/2/obj in/10/case the/10/det port/10/compound city/2/obl ./2/punct";
    assert_eq!(codes(base), ["190"]);
    // Armed people and a bomber who carries the bomb are no weapon of the air.
    let people = "A/2/det bomber/3/nsubj attacked/0/root a/5/det market/3/obj in/7/case Kabul/3/obl ./3/punct";
    assert_eq!(codes(people), ["190"]);
}

#[test]
fn weapons_in_the_arguments_still_set_the_code() {
    let mortars =
        "The/2/det rebels/3/nsubj attacked/0/root the/5/det village/3/obj with/7/case mortars/3/obl ./3/punct";
    assert_eq!(codes(mortars), ["194"]);
    let rounds =
        "Troops/2/nsubj fired/0/root mortar/4/compound rounds/2/obj at/7/case the/7/det village/2/obl ./2/punct";
    assert_eq!(codes(rounds), ["194"]);
}

#[test]
fn weapons_that_land_or_slam_into_a_place_are_fire() {
    // GUIDELINES §12.4: "rockets slammed into the town" is 194; missiles from the air 195.
    let rained = "Missiles/2/nsubj rained/0/root down/2/compound:prt on/6/case the/6/det city/2/obl on/8/case Monday/2/obl ./2/punct";
    assert_eq!(codes(rained), ["195"]);
    let slammed = "Rockets/2/nsubj slammed/0/root into/5/case a/5/det school/2/obl in/7/case Kabul/5/nmod ./2/punct";
    assert_eq!(codes(slammed), ["194"]);
    let landed = "A/2/det rocket/3/nsubj landed/0/root near/6/case the/6/det embassy/3/obl ./3/punct";
    assert_eq!(codes(landed), ["194"]);
}

#[test]
fn a_plane_that_lands_or_a_town_that_falls_is_no_fire() {
    let plane = "The/2/det plane/3/nsubj landed/0/root in/5/case Kabul/3/obl ./3/punct";
    assert!(codes(plane).is_empty(), "{:?}", codes(plane));
    // The weapon must be what falls, not a word of another argument (the rocket fire is its own event).
    let town =
        "The/2/det town/3/nsubj fell/0/root after/5/case weeks/3/obl of/8/case rocket/8/compound fire/5/nmod ./3/punct";
    let acts: Vec<String> = events_of(town, Some("2024-03-05")).into_iter().map(|e| e.action.text).collect();
    assert!(!acts.iter().any(|t| t.contains("fell")), "{acts:?}");
}

#[test]
fn the_weapon_a_round_of_fire_names_sets_the_code() {
    let rounds =
        "Mortar/2/compound rounds/3/nsubj hit/0/root a/7/det crowded/7/amod bus/7/compound station/3/obj ./3/punct";
    assert_eq!(codes(rounds), ["194"]);
}
