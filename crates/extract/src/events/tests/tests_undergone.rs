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

#[test]
fn those_killed_fighting_a_named_foe_are_a_side() {
    let with = role_pairs(
        &events_of(
            "Three/2/nummod policemen/4/nsubj:pass were/4/aux:pass killed/0/root in/6/mark fighting/4/advcl with/8/case rebels/6/obl near/10/case Goma/6/obl ./4/punct",
            Some("2024-03-05"),
        ),
        "19",
    );
    assert!(with.contains(&some("COP", "REB")), "{with:?}");
    let object = texts(
        "Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass wounded/0/root in/6/mark fighting/4/advcl the/8/det insurgents/6/obj ./4/punct",
        "19",
    );
    assert!(object.iter().any(|(a, _)| a.as_deref() == Some("Two soldiers")), "{object:?}");
}

#[test]
fn a_participle_after_an_of_phrase_is_done_to_the_of_noun() {
    // "Relatives of the students kidnapped last week": the students were kidnapped, not their relatives.
    let got = texts(
        "Relatives/9/nsubj of/4/case the/4/det students/1/nmod kidnapped/1/acl last/7/amod week/5/obl:unmarked have/9/aux appealed/0/root ./9/punct",
        "18",
    );
    assert_eq!(got, [(None, Some("the students".into()))]);
    // With no of-phrase the noun itself undergoes it.
    let bare = texts(
        "Students/4/nsubj kidnapped/1/acl last/3/amod week/2/obl:unmarked have/5/aux returned/0/root ./5/punct",
        "18",
    );
    assert_eq!(bare, [(None, Some("Students".into()))]);
    // A place is no target: "residents of a village attacked by militants" keeps the residents.
    let place = texts(
        "Residents/8/nsubj of/4/case a/4/det village/1/nmod attacked/1/acl by/7/case militants/5/obl fled/0/root ./8/punct",
        "19",
    );
    assert_eq!(place, [(Some("militants".into()), Some("Residents of a village".into()))]);
}

#[test]
fn a_later_conjunct_does_not_take_a_conjunction_from_the_participle() {
    // "after protesters stormed the building and had set it on fire": the auxiliary verb is the
    // participle's own conjunct, not a clause the conjunction opens; the protesters act.
    let got = events_of(
        "Police/2/nsubj fired/0/root on/5/case the/5/det crowd/2/obl after/8/mark protesters/5/nmod stormed/7/acl the/10/det building/8/obj and/13/cc had/13/aux set/8/conj it/13/obj on/16/case fire/13/obl ./2/punct",
        Some("2024-03-05"),
    );
    let stormed: Vec<_> =
        got.iter().filter(|e| e.action.text == "stormed").map(|e| e.actor.as_ref().map(|p| p.text.clone())).collect();
    assert!(stormed.iter().any(|a| a.as_deref() == Some("protesters")), "{stormed:?}");
}

#[test]
fn those_shot_while_protesting_are_the_protests_actor() {
    let got = texts(
        "Three/2/nummod students/4/nsubj:pass were/4/aux:pass shot/0/root during/6/mark protesting/4/advcl over/8/case fees/6/obl ./4/punct",
        "14",
    );
    assert!(got.iter().any(|(a, _)| a.as_deref() == Some("Three students")), "{got:?}");
}
