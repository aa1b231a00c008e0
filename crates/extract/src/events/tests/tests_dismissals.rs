//! "Fire" with an official or a person as its object is a dismissal, no gunfire and no event
//! (GUIDELINES §12.4 lists none); fire aimed at someone ("fired on the chief's convoy") stays force.
use crate::events::testing::codes;

#[test]
fn an_official_fired_is_dismissed_not_shot() {
    let active = "The/2/det president/3/nsubj fired/0/root the/6/det police/6/compound chief/3/obj ./3/punct";
    assert!(codes(active).is_empty(), "{:?}", codes(active));
    let passive =
        "The/2/det commander/4/nsubj:pass was/4/aux:pass fired/0/root after/7/case the/7/det massacre/4/obl ./4/punct";
    assert!(!codes(passive).contains(&"190".to_string()), "{:?}", codes(passive));
}

#[test]
fn fire_aimed_at_an_officials_convoy_is_still_force() {
    let spec = "Soldiers/2/nsubj fired/0/root on/8/case the/6/det police/6/compound chief/8/nmod:poss 's/6/case convoy/2/obl ./2/punct";
    assert_eq!(codes(spec), ["190"]);
}
