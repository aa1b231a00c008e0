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

/// Actors of the records whose action text is `word`.
fn actors_of(spec: &str, word: &str) -> Vec<Option<String>> {
    let ev = events_of(spec, Some("2024-03-05"));
    ev.into_iter().filter(|e| e.action.text == word).map(|e| e.actor.map(|p| p.text)).collect()
}

#[test]
fn an_act_used_as_a_pretext_is_not_the_users() {
    for (spec, word) in [
        (
            "The/2/det junta/3/nsubj used/0/root the/5/det attack/3/obj as/8/case a/8/det pretext/3/obl to/10/mark detain/8/acl opposition/12/compound leaders/10/obj ./3/punct",
            "attack",
        ),
        (
            "The/2/det attack/4/nsubj:pass was/4/aux:pass used/0/root by/7/case the/7/det junta/4/obl as/10/case a/10/det pretext/4/obl ./4/punct",
            "attack",
        ),
    ] {
        let got = actors_of(spec, word);
        assert!(got.iter().all(|a| a.as_deref() != Some("The junta")), "{got:?}");
    }
}

#[test]
fn an_act_used_to_another_end_is_not_the_users() {
    let got = actors_of(
        "The/2/det insurgents/3/nsubj used/0/root the/5/det attack/3/obj to/7/mark recruit/3/advcl fighters/7/obj ./3/punct",
        "attack",
    );
    assert!(got.iter().all(|a| a.as_deref() != Some("The insurgents")), "{got:?}");
}
