//! Who undergoes a passive is not who acts: a past participle after its noun (a reduced relative)
//! in its misparsed forms, and a gerund that sets a passive verb ("were killed in fighting").
use crate::events::testing::{events_of, role_pairs, roles_pair as some};

/// (actor text, target text) of the events whose CAMEO starts with `root`.
fn texts(spec: &str, root: &str) -> Vec<(Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    let ev = events_of(spec, Some("2024-03-05"));
    ev.iter().filter(|e| e.action.cameo.starts_with(root)).map(|e| (text(&e.actor), text(&e.target))).collect()
}

#[test]
fn a_participle_after_a_nouns_of_phrase_is_done_to_the_noun() {
    // "Passengers of a bus kidnapped last week": the of-phrase between noun and participle.
    let got = texts(
        "Passengers/9/nsubj of/4/case a/4/det bus/1/nmod kidnapped/1/acl last/7/amod week/5/obl:unmarked have/9/aux returned/0/root home/9/advmod ./9/punct",
        "18",
    );
    assert_eq!(got, [(None, Some("Passengers of a bus".into()))]);
}

#[test]
fn a_conjunction_before_the_noun_belongs_to_the_later_verb() {
    // "after ... students abducted from their school were released": "after" hung on the participle.
    let got = texts(
        "Parents/2/nsubj voiced/0/root relief/2/obj after/9/mark more/7/advmod than/5/fixed 40/8/nummod students/3/nmod abducted/8/acl from/12/case their/12/nmod:poss school/9/obl were/14/aux:pass freed/2/advcl ./2/punct",
        "18",
    );
    assert!(got.iter().all(|(a, t)| a.is_none() && t.as_deref().is_some_and(|t| t.contains("students"))), "{got:?}");
}

#[test]
fn a_conjunction_of_the_participles_own_clause_keeps_it_active() {
    // "before troops moved in": the past form has its own clause, no later verb lacks a subject.
    let got = texts(
        "Snipers/2/nsubj shot/0/root the/4/det gunmen/2/obj before/7/mark troops/2/obl stormed/6/acl the/9/det building/7/obj ./2/punct",
        "19",
    );
    assert!(got.iter().any(|(a, _)| a.as_deref() == Some("troops")), "{got:?}");
}

#[test]
fn those_killed_in_fighting_are_not_its_actor() {
    // The verb form and the headline's reduced relative.
    for spec in [
        "Six/2/nummod policemen/4/nsubj:pass were/4/aux:pass killed/0/root in/6/mark fighting/4/advcl near/8/case Kandahar/6/obl ./4/punct",
        "Six/2/nummod Policemen/0/root Killed/2/acl in/5/mark Fighting/3/advcl near/7/case Kandahar/5/obl",
    ] {
        let got = role_pairs(&events_of(spec, Some("2024-03-05")), "19");
        assert!(!got.is_empty() && got.iter().all(|(a, t)| a.is_none() && t.as_deref() == Some("COP")), "{got:?}");
    }
}

#[test]
fn a_gerund_after_a_passive_with_a_purpose_preposition_keeps_its_actor() {
    // "were driven back after attacking": the gerund is the subject's own act.
    let got = texts(
        "The/2/det militants/4/nsubj:pass were/4/aux:pass repulsed/0/root after/6/mark attacking/4/advcl an/8/det outpost/6/obj ./4/punct",
        "19",
    );
    assert!(
        got.iter().any(|(a, t)| a.as_deref() == Some("The militants") && t.as_deref() == Some("an outpost")),
        "{got:?}"
    );
}

#[test]
fn two_groups_killed_in_fighting_are_its_two_sides() {
    let got = role_pairs(
        &events_of(
            "Ten/2/nummod soldiers/7/nsubj:pass and/5/cc 40/5/nummod rebels/2/conj were/7/aux:pass killed/0/root in/9/mark fighting/7/advcl ./7/punct",
            Some("2024-03-05"),
        ),
        "19",
    );
    assert!(got.contains(&some("MIL", "REB")) && got.contains(&some("REB", "MIL")), "{got:?}");
}
