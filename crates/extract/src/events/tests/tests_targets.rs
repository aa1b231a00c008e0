//! Targets of found events: objects inside a trigger phrase, subjects shared by passive conjuncts.
use crate::events::testing::{doc_events, events_of, trigger_targets};
use casus_core::Event;

/// (CAMEO code, target text) of every event.
fn targets(ev: &[Event]) -> Vec<(&str, Option<&str>)> {
    ev.iter().map(|e| (e.action.cameo.as_str(), e.target.as_ref().map(|t| t.text.as_str()))).collect()
}

#[test]
fn an_object_in_the_gap_of_a_trigger_phrase_is_its_target() {
    let ev = doc_events(
        &["Gunmen/2/nsubj took/0/root 30/4/nummod villagers/2/obj hostage/2/xcomp on/7/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("181", Some("30 villagers"))], "{ev:#?}");
}

#[test]
fn the_hostages_of_a_hostage_phrase_are_its_target() {
    let ev = doc_events(
        &["The/2/det kidnappers/4/nsubj are/4/aux holding/0/root many/6/amod hostages/4/obj ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("181", Some("many hostages"))], "{ev:#?}");
}

#[test]
fn a_passive_conjunct_acts_on_the_first_verbs_subject() {
    let ev = doc_events(
        &["The/2/det villagers/4/nsubj:pass were/4/aux:pass attacked/0/root and/6/cc shelled/4/conj by/8/case insurgents/6/obl:agent ./4/punct"],
        "2025-03-12",
    );
    let shelled: Vec<_> = ev.iter().filter(|e| e.action.text.contains("shelled")).collect();
    assert_eq!(shelled.len(), 1, "{ev:#?}");
    assert_eq!(shelled[0].target.as_ref().map(|t| t.text.as_str()), Some("The villagers"), "{ev:#?}");
    assert_eq!(shelled[0].actor.as_ref().map(|t| t.text.as_str()), Some("insurgents"), "{ev:#?}");
}

#[test]
fn a_bare_participle_joined_to_a_passive_verb_is_passive() {
    let ev = doc_events(
        &["Two/2/nummod activists/4/nsubj:pass were/4/aux:pass beaten/0/root and/6/cc arrested/4/conj on/8/case Monday/6/obl ./4/punct"],
        "2025-03-12",
    );
    let arrested: Vec<_> = ev.iter().filter(|e| e.action.text.contains("arrested")).collect();
    assert_eq!(arrested.len(), 1, "{ev:#?}");
    assert_eq!(arrested[0].target.as_ref().map(|t| t.text.as_str()), Some("Two activists"), "{ev:#?}");
}

#[test]
fn generic_victims_are_no_target_unless_a_word_says_who_they_are() {
    let ev = doc_events(
        &["At/3/advmod least/1/fixed seven/4/nummod people/6/nsubj:pass were/6/aux:pass wounded/0/root in/9/case the/9/det shelling/6/obl ./6/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
    let ev = doc_events(
        &["Seven/3/nummod innocent/3/amod people/5/nsubj:pass were/5/aux:pass wounded/0/root in/8/case the/8/det shelling/5/obl ./5/punct"],
        "2025-03-12",
    );
    let roles: Vec<_> = ev.iter().map(|e| e.target.as_ref().and_then(|t| t.role.as_deref())).collect();
    assert!(roles.contains(&Some("CVL")), "{ev:#?}");
}

#[test]
fn where_generic_victims_were_does_not_say_who_they_are() {
    // "Police arrested ten people at the Somali border": no Somali civilians.
    let ev = doc_events(
        &["Police/2/nsubj arrested/0/root ten/4/nummod people/2/obj at/8/case the/8/det Somali/8/amod border/4/nmod ./2/punct"],
        "2013-09-23",
    );
    let arrests: Vec<_> = ev.iter().filter(|e| e.action.text == "arrested").collect();
    assert_eq!(arrests.len(), 1, "{ev:#?}");
    assert!(arrests[0].target.is_none(), "{ev:#?}");
}

#[test]
fn a_present_verb_joined_to_a_passive_one_keeps_its_subject() {
    let ev = doc_events(
        &["Kenya/3/nsubj:pass is/3/aux:pass committed/0/root to/5/case peace/3/obl and/7/cc calls/3/conj on/9/case Uganda/7/obl to/11/mark withdraw/7/xcomp ./3/punct"],
        "2025-03-12",
    );
    let calls: Vec<_> = ev.iter().filter(|e| e.action.text.starts_with("calls")).collect();
    assert_eq!(calls.len(), 1, "{ev:#?}");
    assert_eq!(calls[0].actor.as_ref().map(|p| p.text.as_str()), Some("Kenya"), "{ev:#?}");
}

#[test]
fn the_with_phrase_of_a_break_in_relations_is_its_target() {
    let ev = doc_events(
        &["Kenya/2/nsubj severed/0/root diplomatic/4/amod ties/2/obj with/6/case Somalia/2/obl on/8/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("161", Some("Somalia"))], "{ev:#?}");
}

#[test]
fn a_past_tense_that_takes_no_object_joined_to_a_passive_is_the_subjects_own_act() {
    // "Police were attacked and retaliated": the police retaliated, nobody retaliated against them.
    let ev = doc_events(
        &["Police/3/nsubj:pass were/3/aux:pass attacked/0/root and/5/cc retaliated/3/conj ./3/punct"],
        "2025-03-12",
    );
    let back: Vec<_> = ev.iter().filter(|e| e.action.text.contains("retaliated")).collect();
    assert_eq!(back.len(), 1, "{ev:#?}");
    assert_eq!(back[0].actor.as_ref().map(|p| p.text.as_str()), Some("Police"), "{ev:#?}");
    assert_ne!(back[0].target.as_ref().map(|p| p.text.as_str()), Some("Police"), "{ev:#?}");
    // "were ambushed and fired back": the same with a particle.
    let ev = doc_events(
        &["The/2/det troops/4/nsubj:pass were/4/aux:pass ambushed/0/root and/6/cc fired/4/conj back/6/compound:prt ./4/punct"],
        "2025-03-12",
    );
    let fired: Vec<_> = ev.iter().filter(|e| e.action.text.contains("fired")).collect();
    assert!(fired.iter().all(|e| e.target.as_ref().map(|p| p.text.as_str()) != Some("The troops")), "{ev:#?}");
}

#[test]
fn a_targeting_participle_gives_its_object_to_the_attack_noun() {
    let ev = doc_events(
        &["Militants/3/nsubj have/3/aux launched/0/root new/5/amod attacks/3/obj targeting/5/acl police/8/compound stations/6/obj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", Some("police stations"))], "{ev:#?}");
}

#[test]
fn a_targeting_participle_on_a_bill_is_no_attack() {
    let ev = doc_events(
        &["The/2/det Senate/3/nsubj passed/0/root a/5/det bill/3/obj targeting/5/acl Iranian/8/amod officials/6/obj ./3/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| !e.action.cameo.starts_with("19")), "{ev:#?}");
}

#[test]
fn who_comes_under_a_modified_attack_undergoes_it() {
    for s in [
        // "rocket" parsed as a caseless oblique of its own, as the parser does with "a bomb and gun attack".
        "The/2/det bus/3/nsubj came/0/root under/9/case a/9/det rocket/3/obl and/8/cc gun/6/conj attack/3/obl near/12/case the/12/det border/3/obl ./3/punct",
        "The/2/det bus/3/nsubj came/0/root under/6/case heavy/6/amod fire/3/obl near/9/case the/9/det border/3/obl ./3/punct",
    ] {
        let ev = doc_events(&[s], "2025-03-12");
        let got = targets(&ev);
        assert!(!got.is_empty() && got.iter().all(|t| t.1 == Some("The bus")), "{got:?}");
    }
}

#[test]
fn a_facility_modifying_an_attack_noun_is_its_target_not_its_doer() {
    let ev = doc_events(
        &[
            "The/3/det hotel/3/compound siege/4/nsubj ended/0/root on/6/case Wednesday/4/obl ./4/punct",
            "Gunmen/2/nsubj carried/0/root out/2/compound:prt a/6/det school/6/compound attack/2/obj ./2/punct",
            "The/5/det 2003/5/nummod Palm/5/compound Hotel/5/compound bombing/6/nsubj killed/0/root 12/8/nummod people/6/obj ./6/punct",
        ],
        "2025-03-12",
    );
    let got = crate::events::testing::party_texts(&ev);
    assert!(got.iter().any(|p| p.0 == "191" && p.1.is_none() && p.2 == Some("hotel")), "{got:?}");
    assert!(got.iter().any(|p| p.1 == Some("Gunmen") && p.2 == Some("school")), "{got:?}");
    assert!(got.iter().any(|p| p.0 == "183") && got.iter().all(|p| p.1.is_none_or(|a| !a.contains("Palm"))), "{got:?}");
}

#[test]
fn who_protests_is_no_struck_target() {
    let ev = doc_events(
        &[
            // "Worker protests erupted in Dhaka on Monday": the workers protest.
            "Worker/2/compound protests/3/nsubj erupted/0/root in/5/case Dhaka/3/obl on/7/case Monday/3/obl ./3/punct",
        ],
        "2025-03-12",
    );
    let got = crate::events::testing::party_texts(&ev);
    assert!(got.iter().any(|p| p.0.starts_with("14") && p.1 == Some("Worker") && p.2.is_none()), "{got:?}");
}

#[test]
fn a_party_named_before_a_struck_facility_is_the_doer() {
    // "The Taliban school attack killed 12 students", "An Al-Shabaab hotel siege ended on Wednesday",
    // the doer parsed on the event noun or on the facility.
    let ev = doc_events(
        &[
            "The/4/det Taliban/4/compound school/4/compound attack/5/nsubj killed/0/root 12/7/nummod students/5/obj ./5/punct",
            "An/4/det Al-Shabaab/4/compound hotel/4/compound siege/5/nsubj ended/0/root on/7/case Wednesday/5/obl ./5/punct",
            "The/4/det Taliban/3/compound school/4/compound attack/5/nsubj killed/0/root 12/7/nummod students/5/obj ./5/punct",
        ],
        "2025-03-12",
    );
    let got = crate::events::testing::party_texts(&ev);
    let actors: Vec<_> = got.iter().filter(|p| p.0.starts_with("19") || p.0.starts_with("18")).map(|p| p.1).collect();
    assert!(actors.len() >= 3 && actors.iter().all(|a| a.is_some()), "{got:?}");
    assert!(got.iter().any(|p| p.1 == Some("Al-Shabaab")), "{got:?}");
}

#[test]
fn a_bomb_that_went_off_outside_a_facility_targets_it() {
    let ev = doc_events(
        &["A/3/det car/3/compound bomb/4/nsubj exploded/0/root outside/8/case a/8/det police/8/compound station/4/obl in/10/case Kano/8/nmod on/12/case Monday/4/obl ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].target.as_ref().and_then(|t| t.role.as_deref()), Some("COP"), "{ev:#?}");
}

#[test]
fn a_bomb_that_went_off_near_a_town_has_no_target() {
    let ev = doc_events(
        &["A/2/det bomb/3/nsubj exploded/0/root near/7/case the/7/det border/7/compound town/3/obl of/9/case Chaman/7/nmod on/11/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("183", None)], "{ev:#?}");
}

#[test]
fn the_wounded_named_by_a_blast_are_its_target() {
    let ev = doc_events(
        &["The/2/det blast/3/nsubj wounded/0/root five/6/nummod police/6/compound officers/3/obj on/8/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].target.as_ref().and_then(|t| t.role.as_deref()), Some("COP"), "{ev:#?}");
}

#[test]
fn strikes_launched_against_someone_target_them() {
    let ev = doc_events(
        &["The/3/det missile/3/compound strikes/5/nsubj:pass were/5/aux:pass launched/0/root against/8/case civilian/8/amod targets/5/obl on/10/case Monday/5/obl ./5/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("195", Some("civilian targets"))], "{ev:#?}");
}

#[test]
fn an_operation_is_aimed_at_whom_its_purpose_acts_on_by_force() {
    let ev = doc_events(
        &["The/2/det army/3/nsubj launched/0/root an/5/det operation/3/obj to/7/mark flush/5/acl out/7/compound:prt militants/7/obj from/12/case the/12/det forest/7/obl on/14/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", Some("militants"))], "{ev:#?}");
}

#[test]
fn an_operation_to_protect_someone_is_not_aimed_at_them() {
    let ev = doc_events(
        &["The/2/det army/3/nsubj launched/0/root an/5/det operation/3/obj to/7/mark protect/5/acl civilians/7/obj in/11/case the/11/det forest/7/obl on/13/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("190", None)], "{ev:#?}");
}

#[test]
fn who_is_repelled_is_the_attacker() {
    let ev = doc_events(
        &["Troops/2/nsubj repelled/0/root an/4/det attack/2/obj by/6/case rebels/4/nmod on/9/case the/9/det base/6/nmod on/11/case Monday/2/obl ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].target.as_ref().and_then(|t| t.role.as_deref()), Some("REB"), "{ev:#?}");
}

#[test]
fn one_of_the_bombings_that_went_off_near_a_patrol_targets_it() {
    let ev = doc_events(
        &["One/5/nsubj of/4/case the/4/det bombings/1/nmod took/0/root place/5/obj near/10/case a/10/det police/10/compound patrol/5/obl in/13/case southern/13/amod Baghdad/10/nmod on/15/case Monday/5/obl ./5/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].target.as_ref().and_then(|t| t.role.as_deref()), Some("COP"), "{ev:#?}");
}

#[test]
fn a_day_that_owns_the_repelled_attack_is_no_attacker() {
    let ev = doc_events(
        &["Troops/2/nsubj repelled/0/root Saturday/5/nmod:poss 's/3/case attack/2/obj on/9/case the/9/det army/9/compound base/5/nmod in/11/case Kidal/9/nmod ./2/punct"],
        "2024-05-09",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].target.as_ref().and_then(|t| t.role.as_deref()), Some("MIL"), "{ev:#?}");
}

#[test]
fn a_summit_to_defeat_militants_aims_at_no_one() {
    // Only an operation is aimed at whom its purpose acts on by force; a summit is no operation.
    let ev = doc_events(
        &["Arab/2/amod leaders/3/nsubj held/0/root a/5/det summit/3/obj in/7/case Riyadh/5/nmod to/9/mark defeat/3/advcl the/11/det militants/9/obj ./3/punct"],
        "2024-05-09",
    );
    let summit = ev.iter().find(|e| e.action.text == "summit").expect("the summit");
    assert_eq!(summit.target.as_ref().map(|t| t.text.as_str()), None, "{ev:#?}");
}

#[test]
fn a_phrase_nouns_to_phrase_is_its_aim() {
    // "set fire to X", "laid siege to X": the phrase's noun is no target, what its to-phrase names is.
    let ev = doc_events(
        &["Attackers/2/nsubj set/0/root fire/2/obj to/6/case the/6/det church/2/obl and/9/cc several/9/amod shops/6/conj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(targets(&ev), [("1712", Some("the church")), ("1712", Some("several shops"))], "{ev:#?}");
    // not a place noun: "laid siege to the area" names where, not whom
    let ev =
        doc_events(&["Rebels/2/nsubj laid/0/root siege/2/obj to/6/case the/6/det area/2/obl ./2/punct"], "2025-03-12");
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_to_phrase_of_a_phrase_noun_aims_only_force() {
    // "reaffirmed their commitment to an open ocean": an aim, not whom the commitment is made to.
    let ev = doc_events(
        &["Both/2/det leaders/4/nsubj also/4/advmod reaffirmed/0/root their/6/nmod:poss commitment/4/obj to/11/case a/11/det free/11/amod Indian/11/amod Ocean/6/nmod ./4/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn a_demand_is_made_of_the_subject_of_its_that_clause() {
    let ev = doc_events(
        &["Erdogan/2/nsubj demanded/0/root that/5/mark Washington/5/nsubj extradite/2/ccomp him/5/obj ./2/punct"],
        "2016-07-20",
    );
    assert!(!ev.is_empty() && targets(&ev).iter().all(|(_, t)| *t == Some("Washington")), "{ev:#?}");
    let ev = doc_events(
        &["The/2/det minister/3/nsubj demanded/0/root that/7/mark the/6/det rebels/7/nsubj release/3/ccomp \
           the/9/det hostages/7/obj ./3/punct"],
        "2016-07-20",
    );
    assert!(!ev.is_empty() && targets(&ev).iter().all(|(_, t)| *t == Some("the rebels")), "{ev:#?}");
}

#[test]
fn whom_aid_or_support_goes_to_is_the_target_not_the_aid() {
    // "The army chief pledged support for the civilian government."
    let ev = events_of(
        "The/3/det army/3/compound chief/4/nsubj pledged/0/root support/4/obj for/9/case the/9/det \
         civilian/9/amod government/5/nmod ./4/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("pledged", Some("the civilian government"))], "{ev:?}");
    // "Washington suspended military aid to Kyiv on Monday."
    let ev = events_of(
        "Washington/2/nsubj suspended/0/root military/4/amod aid/2/obj to/6/case Kyiv/4/nmod on/8/case \
         Monday/2/obl ./2/punct",
        None,
    );
    assert_eq!(trigger_targets(&ev), [("suspended", Some("Kyiv"))], "{ev:?}");
    // "The rebels pledged support for the ceasefire.": a thing, not a party, keeps the target as it was.
    let ev = events_of(
        "The/2/det rebels/3/nsubj pledged/0/root support/3/obj for/7/case the/7/det ceasefire/4/nmod ./3/punct",
        None,
    );
    assert!(trigger_targets(&ev).iter().all(|t| t.1 != Some("the ceasefire")), "{ev:?}");
}
