//! Partitives of a pronoun (partitives.rs): "some of whom", "three of them" are part of the party the
//! pronoun stands for; "some of which" (things) names no party.
use crate::events::testing::doc_events;
use casus_core::Event;

/// The role of the actor of the first event whose trigger is `trigger`.
fn actor_role(ev: &[Event], trigger: &str) -> Option<String> {
    ev.iter().find(|e| e.action.text == trigger)?.actor.as_ref()?.role.clone()
}

#[test]
fn some_of_whom_are_the_noun_the_relative_clause_modifies() {
    let clash = "Police/2/nsubj fired/0/root tear/4/compound gas/2/obj at/6/case protesters/2/obl ,/11/punct \
                 some/11/nsubj of/10/case whom/8/nmod threw/6/acl:relcl stones/11/obj at/14/case officers/11/obl ./2/punct";
    let ev = doc_events(&[clash], "2024-05-07");
    assert!(ev.iter().any(|e| e.action.text.starts_with("threw")), "{ev:?}");
    let threw = ev.iter().find(|e| e.action.text.starts_with("threw")).unwrap();
    assert_eq!(threw.actor.as_ref().and_then(|a| a.role.as_deref()), Some("OPP"), "{ev:?}");
}

#[test]
fn three_of_them_are_who_them_stands_for() {
    let raid = "Troops/2/nsubj raided/0/root a/5/det rebel/5/compound camp/2/obj ./2/punct";
    let surrender = "Soldiers/2/nsubj surrounded/0/root the/4/det rebels/2/obj ,/10/punct and/10/cc three/10/nsubj \
                     of/9/case them/7/nmod surrendered/2/conj ./2/punct";
    let ev = doc_events(&[raid, surrender], "2024-05-07");
    assert_eq!(actor_role(&ev, "surrendered").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn some_of_which_names_no_party() {
    // Rockets are things: the partitive of "which" is left alone.
    let rockets = "Rebels/2/nsubj fired/0/root rockets/2/obj ,/7/punct some/7/nsubj of/6/case which/4/nmod \
                   hit/3/acl:relcl a/9/det school/7/obj ./2/punct";
    let ev = doc_events(&[rockets], "2024-05-07");
    let hit = ev.iter().find(|e| e.action.text == "hit");
    assert!(hit.is_none_or(|e| e.actor.is_none()), "{ev:?}");
}
