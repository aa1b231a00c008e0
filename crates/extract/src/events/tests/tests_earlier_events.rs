//! Event nouns placed before the story's news by an adjective ("past attacks", "a previous raid")
//! take only a date of their own phrase (see `slots/earlier_events.rs`).
use crate::events::testing::{date_of, doc_events};

const ATTACK: &str = "Gunmen/2/nsubj attacked/0/root a/4/det village/2/obj on/6/case Friday/2/obl ./2/punct";

#[test]
fn past_attacks_and_their_claims_have_no_date() {
    // "Previous attacks in the area were claimed by the rebels." after Friday's attack.
    let claimed = "Previous/2/amod attacks/7/nsubj:pass in/5/case the/5/det area/2/nmod were/7/aux:pass \
                   claimed/0/root by/10/case the/10/det rebels/7/obl ./7/punct";
    let ev = doc_events(&[ATTACK, claimed], "2024-02-16");
    assert_eq!(date_of(&ev, "attacks"), None, "{ev:?}");
    assert_eq!(date_of(&ev, "claimed"), None, "{ev:?}");
}

#[test]
fn a_previous_raid_takes_no_date_of_another_clause() {
    // "Troops found weapons on Monday during a previous army raid on the rebel camp."
    let found = "Troops/2/nsubj found/0/root weapons/2/obj on/5/case Monday/2/obl during/10/case a/10/det \
                 previous/10/amod army/10/compound raid/2/obl on/14/case the/14/det rebel/14/compound \
                 camp/10/nmod ./2/punct";
    let ev = doc_events(&[found], "2024-02-16");
    assert_eq!(date_of(&ev, "raid"), None, "{ev:?}");
}

#[test]
fn past_attacks_keep_a_date_of_their_own_phrase() {
    // "Previous attacks in 2019 were claimed by the rebels."
    let claimed = "Previous/2/amod attacks/6/nsubj:pass in/4/case 2019/2/nmod were/6/aux:pass claimed/0/root \
                   by/9/case the/9/det rebels/6/obl ./6/punct";
    let ev = doc_events(&[ATTACK, claimed], "2024-02-16");
    assert_eq!(date_of(&ev, "attacks"), Some("2019"), "{ev:?}");
}

#[test]
fn that_earlier_clash_restates_the_days_incident() {
    // "That earlier clash killed two soldiers.": a demonstrative points back at Friday's attack.
    let killed = "That/3/det earlier/3/amod clash/4/nsubj killed/0/root two/6/nummod soldiers/4/obj ./4/punct";
    let ev = doc_events(&[ATTACK, killed], "2024-02-16");
    assert_eq!(date_of(&ev, "clash"), Some("2024-02-16"), "{ev:?}");
}

#[test]
fn an_attack_without_the_adjective_keeps_the_news_day() {
    // "Attacks in the area were claimed by the rebels." (the same sentence without "Previous")
    let claimed = "Attacks/6/nsubj:pass in/4/case the/4/det area/1/nmod were/6/aux:pass claimed/0/root \
                   by/9/case the/9/det rebels/6/obl ./6/punct";
    let ev = doc_events(&[ATTACK, claimed], "2024-02-16");
    assert_eq!(date_of(&ev, "claimed"), Some("2024-02-16"), "{ev:?}");
}

#[test]
fn a_previous_government_is_no_earlier_event() {
    // "The previous government signed a peace deal with the rebels in 2016."
    let signed = "The/3/det previous/3/amod government/4/nsubj signed/0/root a/7/det peace/7/compound deal/4/obj \
                  with/10/case the/10/det rebels/4/obl in/12/case 2016/4/obl ./4/punct";
    let ev = doc_events(&[ATTACK, signed], "2024-02-16");
    assert_eq!(date_of(&ev, "signed"), Some("2016"), "{ev:?}");
    // "A previous envoy met rebel leaders on Monday."
    let met = "A/3/det previous/3/amod envoy/4/nsubj met/0/root rebel/6/compound leaders/4/obj on/8/case \
               Monday/4/obl ./4/punct";
    let ev = doc_events(&[ATTACK, met], "2024-02-16");
    assert_eq!(date_of(&ev, "met"), Some("2024-02-12"), "{ev:?}");
}
