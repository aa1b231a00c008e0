//! A reaction with no date phrase takes the publication day only in a story of its main incident's
//! day; told days later, it is undated, unless its speaker's report of that day leads the story
//! (see `document/late_reactions.rs`, GUIDELINES §6.6).
use crate::events::testing::{date_of, doc_events};

/// Monday's story.
const MONDAY: &str = "2024-02-12";
const ATTACK_FRIDAY: &str = "Gunmen/2/nsubj attacked/0/root a/4/det train/2/obj on/6/case Friday/2/obl ./2/punct";
const ATTACK_MONDAY: &str = "Gunmen/2/nsubj attacked/0/root a/4/det train/2/obj on/6/case Monday/2/obl ./2/punct";
/// "Officials said Monday that 30 passengers died.": a report of the publication day.
const REPORT_MONDAY: &str =
    "Officials/2/nsubj said/0/root Monday/2/obl:tmod that/7/mark 30/6/nummod passengers/7/nsubj died/2/ccomp ./2/punct";
const CONDEMNED: &str = "Algeria/2/nsubj condemned/0/root the/4/det attack/2/obj ./2/punct";
const DENIED: &str = "The/2/det rebels/3/nsubj denied/0/root the/5/det charge/3/obj ./3/punct";

#[test]
fn reactions_in_a_story_told_days_after_its_incident_are_undated() {
    let ev = doc_events(&[ATTACK_FRIDAY, REPORT_MONDAY, CONDEMNED, DENIED], MONDAY);
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-09"), "{ev:?}");
    assert_eq!(date_of(&ev, "condemned"), None, "{ev:?}");
    assert_eq!(date_of(&ev, "denied"), None, "{ev:?}");
    // "Funerals were held Monday": a day the lead names for no act leaves the story Saturday's.
    let funerals =
        "Funerals/3/nsubj:pass were/3/aux:pass held/0/root Monday/3/obl:tmod for/7/case the/7/det victims/3/obl ./3/punct";
    let shot = "Soldiers/2/nsubj shot/0/root 28/4/nummod protesters/2/obj on/6/case Saturday/2/obl ./2/punct";
    let ev = doc_events(&[funerals, shot, CONDEMNED], MONDAY);
    assert_eq!(date_of(&ev, "condemned"), None, "{ev:?}");
}

#[test]
fn reactions_in_a_story_of_its_incidents_day_take_that_day() {
    let ev = doc_events(&[ATTACK_MONDAY, CONDEMNED, DENIED], MONDAY);
    assert_eq!(date_of(&ev, "condemned"), Some(MONDAY), "{ev:?}");
    assert_eq!(date_of(&ev, "denied"), Some(MONDAY), "{ev:?}");
    // "Kidnappers freed 30 schoolgirls on Monday. Gunmen had seized them on Friday.": the release
    // is the day's news.
    let freed = "Kidnappers/2/nsubj freed/0/root 30/4/nummod schoolgirls/2/obj on/6/case Monday/2/obl ./2/punct";
    let seized = "Gunmen/3/nsubj had/3/aux seized/0/root them/3/obj on/6/case Friday/3/obl ./3/punct";
    let welcomed = "Algeria/2/nsubj welcomed/0/root the/4/det release/2/obj ./2/punct";
    let ev = doc_events(&[freed, seized, welcomed], MONDAY);
    assert_eq!(date_of(&ev, "welcomed"), Some(MONDAY), "{ev:?}");
}

#[test]
fn the_speakers_of_a_report_of_the_day_keep_its_day() {
    // "Officials accused India of backing the gunmen.": the officials' report goes on.
    let accused =
        "Officials/2/nsubj accused/0/root India/2/obj of/5/mark backing/2/advcl the/7/det gunmen/5/obj ./2/punct";
    let ev = doc_events(&[ATTACK_FRIDAY, REPORT_MONDAY, accused, CONDEMNED], MONDAY);
    assert_eq!(date_of(&ev, "accused"), Some(MONDAY), "{ev:?}");
    assert_eq!(date_of(&ev, "condemned"), None, "{ev:?}");
}

/// "Funerals were held Monday for the victims.": names the publication day, on which undated
/// reactions fall by default, but for no act.
const FUNERALS: &str =
    "Funerals/3/nsubj:pass were/3/aux:pass held/0/root Monday/3/obl:tmod for/7/case the/7/det victims/3/obl ./3/punct";

#[test]
fn a_pronoun_going_on_with_a_dated_act_of_its_party_takes_its_day() {
    // "The governor visited the wounded in hospital on Saturday. He promised to punish the attackers."
    let visited = "The/2/det governor/3/nsubj visited/0/root the/5/det wounded/3/obj in/7/case hospital/3/obl \
                   on/9/case Saturday/3/obl ./3/punct";
    let promised = "He/2/nsubj promised/0/root to/4/mark punish/2/xcomp the/6/det attackers/4/obj ./2/punct";
    let ev = doc_events(&[ATTACK_FRIDAY, visited, promised, FUNERALS], MONDAY);
    assert_eq!(date_of(&ev, "promised"), Some("2024-02-10"), "{ev:?}");
    // "The president condemned the attack on Sunday. He called for calm."
    let condemned =
        "The/2/det president/3/nsubj condemned/0/root the/5/det attack/3/obj on/7/case Sunday/3/obl ./3/punct";
    let called = "He/2/nsubj called/0/root for/4/case calm/2/obl ./2/punct";
    let ev = doc_events(&[ATTACK_FRIDAY, condemned, called, FUNERALS], MONDAY);
    assert_eq!(date_of(&ev, "called for"), Some("2024-02-11"), "{ev:?}");
    // A sentence between: the pronoun no longer goes on with the dated act.
    let ev = doc_events(&[ATTACK_FRIDAY, condemned, FUNERALS, called], MONDAY);
    assert_eq!(date_of(&ev, "called for"), None, "{ev:?}");
}

#[test]
fn a_headline_statement_takes_the_day_the_body_gives_it() {
    // "Group Claims Attacks on Capital" / … / "The Islamic State claimed responsibility on Saturday."
    let headline = "Group/2/nsubj Claims/0/root Attacks/2/obj on/5/case Capital/3/nmod";
    let claimed =
        "The/3/det Islamic/3/amod State/4/nsubj claimed/0/root responsibility/4/obj on/7/case Saturday/4/obl ./4/punct";
    let ev = doc_events(&[headline, ATTACK_FRIDAY, claimed, FUNERALS], MONDAY);
    assert_eq!(date_of(&ev, "Claims"), Some("2024-02-10"), "{ev:?}");
    // "Algeria Condemns Train Attack" / … / "Algeria denounced the attack on Sunday."
    let headline = "Algeria/2/nsubj Condemns/0/root Train/4/compound Attack/2/obj";
    let denounced = "Algeria/2/nsubj denounced/0/root the/4/det attack/2/obj on/6/case Sunday/2/obl ./2/punct";
    let ev = doc_events(&[headline, ATTACK_FRIDAY, denounced, FUNERALS], MONDAY);
    assert_eq!(date_of(&ev, "Condemns"), Some("2024-02-11"), "{ev:?}");
    // A body that restates it with no day of its own gives none.
    let ev = doc_events(&[headline, ATTACK_FRIDAY, CONDEMNED, FUNERALS], MONDAY);
    assert_eq!(date_of(&ev, "Condemns"), None, "{ev:?}");
}
