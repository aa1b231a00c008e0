//! Trigger words that describe a party rather than report an act: an event noun before a party
//! noun ("coup leaders"), a participle of suspicion in a toll ("six suspected insurgents"), and
//! blame with no one who blames ("officials accused of abuses", GUIDELINES §12.9).
use crate::events::testing::codes;

#[test]
fn coup_leaders_are_no_coup_but_leaders_who_stage_one_make_one() {
    let got = codes("Coup/2/compound leaders/3/nsubj detained/0/root the/5/det president/3/obj ./3/punct");
    assert!(got.iter().all(|c| c != "180"), "{got:?}");
    assert!(got.iter().any(|c| c == "173"), "{got:?}");
    let got = codes("Rebel/2/compound leaders/3/nsubj staged/0/root a/5/det coup/3/obj ./3/punct");
    assert!(got.iter().any(|c| c == "180"), "{got:?}");
}

#[test]
fn suspected_insurgents_killed_are_no_accusation() {
    let got = codes("Soldiers/2/nsubj killed/0/root six/5/nummod suspected/5/amod insurgents/2/obj ./2/punct");
    assert_eq!(got, ["190"]);
}

#[test]
fn blame_with_no_one_who_blames_is_no_record_but_blame_by_a_party_is() {
    let got = codes(
        "The/2/det army/3/nsubj freed/0/root three/5/nummod officials/3/obj accused/5/acl of/8/case \
         abuses/6/obl ./3/punct",
    );
    assert!(got.iter().all(|c| !c.starts_with("112")), "{got:?}");
    let got = codes(
        "A/2/det commander/9/nsubj:pass accused/2/acl by/6/case the/6/det UN/3/obl:agent of/8/case \
         massacres/3/obl was/9/aux:pass arrested/0/root ./9/punct",
    );
    assert!(got.iter().any(|c| c.starts_with("112")), "{got:?}");
}
