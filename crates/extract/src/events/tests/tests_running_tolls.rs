//! A toll counted from a point ("since March", "since the uprising began") told beside another act of
//! force is a running toll, a record of its own, not that act's toll (see
//! `triggers/own_acts.rs::running_toll`).
use crate::events::testing::{events_of, killed_of};

#[test]
fn the_number_killed_since_a_date_is_its_own_record() {
    // "Troops shelled the town on Friday, and the ministry said the number of people killed since
    // March had risen to 300."
    let s = "Troops/2/nsubj shelled/0/root the/4/det town/2/obj on/6/case Friday/2/obl ,/11/punct and/11/cc the/10/det ministry/11/nsubj said/2/conj the/13/det number/20/nsubj of/15/case people/13/nmod killed/13/acl since/18/case March/20/obl had/20/aux risen/11/ccomp to/22/case 300/20/obl ./2/punct";
    let ev = events_of(s, Some("2024-04-13"));
    assert_eq!(killed_of(&ev, "shelled"), None, "{ev:?}");
    assert_eq!(killed_of(&ev, "killed"), Some(300), "{ev:?}");
}

#[test]
fn deaths_since_an_uprising_began_are_not_the_shellings_toll() {
    // "Troops shelled the town on Friday, and activists said 400 people had been killed since the
    // uprising began."
    let s = "Troops/2/nsubj shelled/0/root the/4/det town/2/obj on/6/case Friday/2/obl ,/10/punct and/10/cc activists/10/nsubj said/2/conj 400/12/nummod people/15/nsubj:pass had/15/aux been/15/aux:pass killed/10/ccomp since/19/mark the/18/det uprising/19/nsubj began/15/advcl ./2/punct";
    let ev = events_of(s, Some("2024-04-13"));
    assert_eq!(killed_of(&ev, "shelled"), None, "{ev:?}");
    assert_eq!(killed_of(&ev, "killed"), Some(400), "{ev:?}");
}

#[test]
fn a_toll_since_a_date_with_its_own_force_stays_with_it() {
    // "Air strikes have killed 300 people since March": the strikes did the killing.
    let s = "Air/2/compound strikes/4/nsubj have/4/aux killed/0/root 300/6/nummod people/4/obj since/8/case March/4/obl ./4/punct";
    let ev = events_of(s, Some("2024-04-13"));
    assert_eq!(killed_of(&ev, "strikes"), Some(300), "{ev:?}");
    assert!(ev.iter().all(|e| !e.action.text.contains("killed")), "{ev:?}");
}

#[test]
fn a_force_word_in_the_subject_keeps_the_toll_since_a_date() {
    // "Insurgents fighting for a homeland have killed 2,000 people since 2004": one act, one record.
    let s = "Insurgents/6/nsubj fighting/1/acl for/5/case a/5/det homeland/2/obl have/6/aux killed/0/root 2,000/8/nummod people/6/obj since/10/case 2004/6/obl ./6/punct";
    let ev = events_of(s, Some("2024-04-13"));
    assert_eq!(killed_of(&ev, "fighting"), Some(2000), "{ev:?}");
    assert!(ev.iter().all(|e| !e.action.text.contains("killed")), "{ev:?}");
}
