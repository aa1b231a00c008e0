//! The weapon or deed a verb wields, as a record of its own ("detonated a car bomb and two roadside
//! bombs"), is the verb's subject's act; a verb that only speaks of the act gives it no actor.
use crate::events::testing::events_of;

/// (CAMEO, actor text) of every event of `spec`.
fn actors(spec: &str) -> Vec<(String, Option<String>)> {
    let ev = events_of(spec, Some("2024-03-05"));
    ev.into_iter().map(|e| (e.action.cameo, e.actor.map(|p| p.text))).collect()
}

#[test]
fn a_second_weapon_a_verb_detonates_is_its_subjects() {
    let got = actors(
        "Militants/2/nsubj detonated/0/root a/5/det car/5/compound bomb/2/obj and/9/cc two/9/nummod roadside/9/compound bombs/5/conj near/11/case Kabul/2/obl ./2/punct",
    );
    let bombs: Vec<_> = got.iter().filter(|(c, _)| c.starts_with("18")).collect();
    assert!(bombs.len() > 1 && bombs.iter().all(|(_, a)| a.as_deref() == Some("Militants")), "{got:?}");
}

#[test]
fn bombs_the_attackers_used_are_theirs() {
    let got = actors(
        "The/2/det attackers/3/nsubj used/0/root suicide/5/compound vests/3/obj and/8/cc hidden/8/amod bombs/5/conj ./3/punct",
    );
    let bombs: Vec<_> = got.iter().filter(|(c, _)| c.starts_with("18")).collect();
    assert!(!bombs.is_empty() && bombs.iter().all(|(_, a)| a.as_deref() == Some("The attackers")), "{got:?}");
}

#[test]
fn acts_a_verb_condemns_are_not_its_subjects() {
    let got = actors(
        "Residents/2/nsubj condemned/0/root the/4/det bombing/2/obj and/7/cc the/7/det shelling/4/conj ./2/punct",
    );
    assert!(
        got.iter()
            .filter(|(c, _)| c.starts_with("18") || c.starts_with("19"))
            .all(|(_, a)| a.as_deref() != Some("Residents")),
        "{got:?}"
    );
}
