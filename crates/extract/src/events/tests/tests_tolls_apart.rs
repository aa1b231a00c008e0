//! A toll noun told in a clause of its own ("as the army put the death toll at 87", "raising the
//! death toll since January to 1,500") is a record of its own, not a second count of an act whose
//! slot is already filled (see `triggers/own_acts.rs::toll_apart`).
use crate::events::testing::{events_of, killed_of};

#[test]
fn a_toll_put_in_a_clause_of_its_own_is_its_own_record() {
    // "Soldiers killed dozens of men on Friday, as the army put the death toll at 87."
    let s = "Soldiers/2/nsubj killed/0/root dozens/2/obj of/5/case men/3/nmod on/7/case Friday/2/obl ,/12/punct as/12/mark the/11/det army/12/nsubj put/2/advcl the/15/det death/15/compound toll/12/obj at/17/case 87/12/obl ./2/punct";
    let ev = events_of(s, Some("2015-12-12"));
    assert_eq!(killed_of(&ev, "toll"), Some(87), "{ev:?}");
    assert!(ev.iter().any(|e| e.action.text == "killed"), "{ev:?}");
}

#[test]
fn a_toll_raised_since_a_date_is_its_own_record() {
    // "Troops fired on protesters on Monday, killing 12 people, raising the death toll since
    // January to more than 1,500."
    let s = "Troops/2/nsubj fired/0/root on/4/case protesters/2/obl on/6/case Monday/2/obl ,/8/punct killing/2/advcl 12/10/nummod people/8/obj ,/12/punct raising/8/advcl the/15/det death/15/compound toll/12/obj since/17/case January/12/obl to/21/case more/21/advmod than/19/fixed 1,500/12/obl ./2/punct";
    let ev = events_of(s, Some("2000-01-04"));
    assert_eq!(killed_of(&ev, "fired"), Some(12), "{ev:?}");
    assert_eq!(killed_of(&ev, "toll"), Some(1500), "{ev:?}");
}

#[test]
fn a_toll_raised_by_the_act_it_counts_stays_with_it() {
    // "Troops fired on protesters on Monday, raising the death toll to 35."
    let s = "Troops/2/nsubj fired/0/root on/4/case protesters/2/obl on/6/case Monday/2/obl ,/8/punct raising/2/advcl the/11/det death/11/compound toll/8/obj to/13/case 35/8/obl ./2/punct";
    let ev = events_of(s, Some("2000-01-04"));
    assert_eq!(killed_of(&ev, "fired"), Some(35), "{ev:?}");
    assert!(ev.iter().all(|e| !e.action.text.contains("toll")), "{ev:?}");
}

#[test]
fn a_toll_put_beside_an_act_with_no_count_of_its_own_is_its_toll() {
    // "Soldiers attacked the village on Friday, as the army put the death toll at 87."
    let s = "Soldiers/2/nsubj attacked/0/root the/4/det village/2/obj on/6/case Friday/2/obl ,/11/punct as/11/mark the/10/det army/11/nsubj put/2/advcl the/14/det death/14/compound toll/11/obj at/16/case 87/11/obl ./2/punct";
    let ev = events_of(s, Some("2015-12-12"));
    assert_eq!(killed_of(&ev, "attacked"), Some(87), "{ev:?}");
    assert!(ev.iter().all(|e| !e.action.text.contains("toll")), "{ev:?}");
}
