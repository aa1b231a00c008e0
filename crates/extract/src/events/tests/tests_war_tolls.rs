//! A war's toll up to now is no news of the day (GUIDELINES §6.4–6.5): "has killed 10,000 since
//! 2009" spans years no allowed precision holds, and a war's start bounds that span rather than
//! dating it. A period the event is compared within does not bound it.
use crate::events::testing::{date_of, doc_events};

const AMBUSH: &str = "Rebels/2/nsubj ambushed/0/root troops/2/obj on/5/case Sunday/2/obl ./2/punct";
const PUBLISHED: &str = "2014-06-03";

#[test]
fn a_wars_toll_since_a_year_long_past_stays_undated() {
    let toll = "The/2/det conflict/4/nsubj has/4/aux killed/0/root more/7/advmod than/5/fixed 10,000/8/nummod people/4/obj since/10/case 2009/4/obl ./4/punct";
    let ev = doc_events(&[AMBUSH, toll], PUBLISHED);
    assert_eq!(date_of(&ev, "ambushed"), Some("2014-06-01"));
    assert_eq!(date_of(&ev, "conflict"), None, "{ev:?}");
}

#[test]
fn a_wars_start_bounds_its_toll_rather_than_dating_it() {
    let since = "More/4/amod than/1/fixed 20,000/4/nummod people/7/nsubj:pass have/7/aux been/7/aux:pass killed/0/root since/11/mark the/10/det insurgency/11/nsubj began/7/advcl in/13/case 1989/11/obl ./7/punct";
    let ev = doc_events(&[AMBUSH, since], PUBLISHED);
    assert_eq!(date_of(&ev, "insurgency"), None, "{ev:?}");
    let begun = "The/2/det war/9/nsubj that/4/nsubj began/2/acl:relcl in/6/case March/4/obl 2011/6/nmod:unmarked has/9/aux killed/0/root more/12/advmod than/10/fixed 100,000/13/nummod people/9/obj ./9/punct";
    let ev = doc_events(&[AMBUSH, begun], PUBLISHED);
    assert_eq!(date_of(&ev, "war"), None, "{ev:?}");
    // A war that began on a day the story tells, told in the past, keeps that day.
    let broke = "War/2/nsubj broke/0/root out/2/compound:prt on/5/case Monday/2/obl ./2/punct";
    let ev = doc_events(&[broke], PUBLISHED);
    assert_eq!(date_of(&ev, "War"), Some("2014-06-02"), "{ev:?}");
}

#[test]
fn an_incident_compared_since_a_month_is_the_story_incident() {
    let fourth = "The/2/det ambush/7/nsubj is/7/cop the/7/det fourth/7/amod such/7/amod incident/0/root since/9/case December/7/nmod ./7/punct";
    let ev = doc_events(&[AMBUSH, fourth], PUBLISHED);
    assert_eq!(ev.iter().filter(|e| e.date.as_ref().is_some_and(|d| d.value == "2014-06-01")).count(), 2, "{ev:?}");
}

#[test]
fn a_bound_of_a_joined_clause_leaves_the_event_dated() {
    let joined = "The/2/det town/7/nsubj has/7/aux been/7/cop under/7/case rebel/7/amod control/0/root since/9/case 2014/7/obl ,/14/punct and/14/cc the/13/det airstrikes/14/nsubj come/7/conj days/14/obl:unmarked after/19/case a/19/det rebel/19/amod attack/14/obl ./7/punct";
    let ev = doc_events(&[AMBUSH, joined], PUBLISHED);
    assert_eq!(date_of(&ev, "airstrikes"), Some("2014-06-01"), "{ev:?}");
}
