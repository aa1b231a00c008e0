//! A news-week day inside another event noun's phrase dates that noun's event, not a reaction to it,
//! unless it is the publication day (see `dates_another_noun` in `slots/mod.rs`).
use crate::events::testing::{date_of, doc_events};

/// A reaction with a news-week day inside another event noun's phrase: the day is that noun's.
const REACTION_WED: &str = "2024-02-14";

#[test]
fn a_reaction_to_an_attack_of_an_earlier_day_takes_not_its_day() {
    // "The government condemned Monday's attack on the market." in Wednesday's story.
    let possessive = "The/2/det government/3/nsubj condemned/0/root Monday/6/nmod:poss 's/4/case attack/3/obj \
                      on/9/case the/9/det market/6/nmod ./3/punct";
    let ev = doc_events(&[possessive], REACTION_WED);
    assert_eq!(date_of(&ev, "condemned"), None, "{ev:?}");
    // "Rebels claimed responsibility for an attack Monday on a police post."
    let after = "Rebels/2/nsubj claimed/0/root responsibility/2/obj for/6/case an/6/det attack/3/nmod \
                 Monday/6/nmod:unmarked on/10/case a/10/det police/10/compound post/6/nmod ./2/punct";
    let ev = doc_events(&[after], REACTION_WED);
    assert_eq!(date_of(&ev, "claimed responsibility"), None, "{ev:?}");
    assert_eq!(date_of(&ev, "attack"), Some("2024-02-12"), "{ev:?}");
}

#[test]
fn a_reaction_keeps_a_day_of_its_own_or_the_publication_day() {
    // "The government condemned the attack Monday.": the day is the condemnation's.
    let own = "The/2/det government/3/nsubj condemned/0/root the/5/det attack/3/obj Monday/3/obl:unmarked ./3/punct";
    let ev = doc_events(&[own], REACTION_WED);
    assert_eq!(date_of(&ev, "condemned"), Some("2024-02-12"), "{ev:?}");
    // "The government condemned Wednesday's attack." in Wednesday's story: a reaction of that day.
    let today = "The/2/det government/3/nsubj condemned/0/root Wednesday/6/nmod:poss 's/4/case attack/3/obj ./3/punct";
    let ev = doc_events(&[today], REACTION_WED);
    assert_eq!(date_of(&ev, "condemned"), Some("2024-02-14"), "{ev:?}");
}

#[test]
fn an_incident_after_an_earlier_days_attack_keeps_that_day() {
    // "Troops killed ten militants in a raid after Monday's attack.": force is dated as before.
    let raid = "Troops/2/nsubj killed/0/root ten/4/nummod militants/2/obj in/7/case a/7/det raid/2/obl \
                after/11/case Monday/11/nmod:poss 's/9/case attack/2/obl ./2/punct";
    let ev = doc_events(&[raid], REACTION_WED);
    assert_eq!(date_of(&ev, "raid"), Some("2024-02-12"), "{ev:?}");
}
