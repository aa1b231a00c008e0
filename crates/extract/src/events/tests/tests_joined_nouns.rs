//! An event noun joined by "and" to the one its clause governs shares that clause's doer: "killed
//! four soldiers in an ambush and a raid", "were involved in the bombing and the attack", "claimed
//! responsibility for the bombing and the attack".
use crate::events::testing::{doc_events, party_texts};

fn actor_of<'e>(ev: &'e [casus_core::Event], trigger: &str) -> Option<&'e str> {
    let e = ev.iter().find(|e| e.action.text == trigger)?;
    e.actor.as_ref().map(|p| p.text.as_str())
}

#[test]
fn the_second_noun_of_an_outcome_phrase_has_the_killers() {
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root four/4/nummod soldiers/2/obj in/7/case an/7/det ambush/2/obl \
           and/10/cc a/10/det raid/7/conj ./2/punct"],
        "2025-03-04",
    );
    assert_eq!(actor_of(&ev, "raid"), Some("Gunmen"), "{:?}", party_texts(&ev));
}

#[test]
fn the_second_noun_of_what_a_party_took_part_in_is_theirs() {
    let ev = doc_events(
        &["Militants/3/nsubj:pass were/3/aux:pass involved/0/root in/6/case the/6/det bombing/3/obl \
           and/9/cc the/9/det attack/6/conj ./3/punct"],
        "2025-03-04",
    );
    assert_eq!(actor_of(&ev, "attack"), Some("Militants"), "{:?}", party_texts(&ev));
}

#[test]
fn the_second_claimed_deed_is_the_claimants() {
    let ev = doc_events(
        &["The/2/det militants/3/nsubj claimed/0/root responsibility/3/obj for/7/case the/7/det \
           bombing/4/nmod and/10/cc the/10/det attack/7/conj ./3/punct"],
        "2025-03-04",
    );
    assert_eq!(actor_of(&ev, "attack"), Some("The militants"), "{:?}", party_texts(&ev));
}
