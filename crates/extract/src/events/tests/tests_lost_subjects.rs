//! A finite verb's subject lost by the parse (`events::reparse` repairs 21 to 24), a passive adjunct
//! that befalls its clause's subject (`args::verbal`), and the source of a trailing report:
//! a relative pronoun speaker (`sides::attribution`) and a body reporting its state's speech act
//! (`assemble::own_voice`).
use crate::events::testing::{doc_events, events_of, party_texts};
use casus_core::Event;

fn actor_of<'e>(ev: &'e [Event], action: &str) -> Option<&'e str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
    e.actor.as_ref().map(|p| p.text.as_str())
}

fn source_of<'e>(ev: &'e [Event], action: &str) -> Option<&'e str> {
    let e = ev.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action}: {ev:?}"));
    e.source.as_ref().map(|p| p.text.as_str())
}

#[test]
fn a_subordinator_read_as_a_preposition_opens_the_clause_of_its_subject() {
    // "after police and ruling-party activists attacked students": parsed with "police" an oblique of
    // "attacked" under "after", the attack had no doer.
    let spec = "The/2/det protests/3/nsubj grew/0/root after/9/mark police/9/obl and/8/cc ruling-party/8/amod \
                activists/5/conj attacked/3/advcl students/9/obj ./3/punct";
    let ev = events_of(spec, None);
    let actors: Vec<Option<&str>> = party_texts(&ev).iter().map(|p| p.1).collect();
    assert!(actors.contains(&Some("police")) && actors.contains(&Some("ruling-party activists")), "{ev:?}");
    // A conjunct shares its subject: "surrounded the town and before dawn attacked it".
    let conjunct = "Troops/2/nsubj surrounded/0/root the/4/det town/2/obj and/9/cc before/7/case dawn/9/obl \
                    attacked/2/conj it/9/obj ./2/punct";
    assert_eq!(actor_of(&events_of(conjunct, None), "attacked"), Some("Troops"));
}

#[test]
fn a_reduced_relative_gives_back_the_subject_it_describes() {
    // "gunmen believed to belong to Ansarul Islam attacked a gendarmerie post": parsed as "gunmen
    // believed", the attack had no doer.
    let spec = "Gunmen/2/nsubj believed/17/ccomp to/4/mark belong/2/xcomp to/6/case Ansarul/4/obl Islam/6/flat \
                attacked/17/ccomp a/11/det gendarmerie/11/compound post/8/obj on/13/case Sunday/8/obl ,/17/punct \
                the/16/det ministry/17/nsubj said/0/root ./17/punct";
    assert_eq!(actor_of(&events_of(spec, None), "attacked"), Some("Gunmen"));
    // An auxiliary is no reduced relative: "residents got involved in the fighting" keeps its tree.
    let got = "Residents/2/nsubj got/0/root involved/2/xcomp in/5/case fighting/3/obl ./2/punct";
    assert!(events_of(got, None).iter().all(|e| e.actor.as_ref().is_none_or(|a| a.text == "Residents")));
}

#[test]
fn a_subject_hung_across_its_verb_is_the_verbs() {
    // "Rebels shelled army positions": "Rebels" parsed as a modifier of "positions".
    let spec = "Rebels/4/amod shelled/0/root army/4/compound positions/2/obj near/6/case Goma/4/nmod on/8/case \
                Tuesday/2/obl ./2/punct";
    assert_eq!(actor_of(&events_of(spec, None), "shelled"), Some("Rebels"));
    // Not a noun deep inside another phrase: "troops backing the country's interim government retook
    // control" does not make the government retake it.
    let deep = "Ethiopian/2/amod troops/3/nsubj backing/0/root the/5/det country/3/nsubj 's/5/case \
                interim/8/amod government/10/compound retook/3/xcomp control/9/obj ./3/punct";
    let ev = events_of(deep, None);
    assert!(ev.iter().all(|e| e.actor.as_ref().is_none_or(|a| a.text != "interim government")), "{ev:?}");
}

#[test]
fn a_past_form_after_the_name_of_a_subjects_of_phrase_is_the_verb() {
    // "Rebels of the National Front shelled army positions": parsed as one noun phrase, "shelled" its
    // adjective, there was no act.
    let spec = "Rebels/0/root of/8/case the/8/det National/5/amod Front/8/compound shelled/8/amod army/8/compound \
                positions/1/nmod near/10/case Goma/8/nmod ./1/punct";
    let ev = events_of(spec, None);
    assert_eq!(actor_of(&ev, "shelled"), Some("Rebels of the National Front"));
    // The trailing speaker of the sentence reports it, and the clause coordinated with it.
    let reported = "Rebels/15/nsubj of/7/case the/7/det Patriotic/5/amod Front/6/compound shelled/7/amod \
                    positions/1/nmod ,/11/punct and/11/cc troops/11/nsubj returned/15/conj fire/11/obj ,/1/punct \
                    officials/15/nsubj said/0/root ./15/punct";
    let ev = events_of(reported, None);
    assert_eq!(source_of(&ev, "shelled"), Some("officials"), "{ev:?}");
    assert_eq!(source_of(&ev, "returned fire"), Some("officials"), "{ev:?}");
}

#[test]
fn a_passive_adjunct_befalls_the_subject_of_its_clause() {
    // "pushed into the city before being driven back by rebels": the troops were driven back.
    let spec = "Government/2/compound troops/3/nsubj pushed/0/root into/6/case the/6/det city/3/obl before/9/mark \
                being/9/aux:pass driven/3/advcl back/9/advmod by/12/case rebels/9/obl:agent ./3/punct";
    let ev = events_of(spec, None);
    let driven = ev.iter().find(|e| e.action.text == "driven back").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(driven.actor.as_ref().map(|p| p.text.as_str()), Some("rebels"));
    assert_eq!(driven.target.as_ref().map(|p| p.text.as_str()), Some("Government troops"));
}

#[test]
fn a_relative_pronoun_speaker_is_the_noun_before_it() {
    // "…, according to Gaza's health ministry, which said the toll for the war had passed 425": the
    // relative clause hung on the verb, "which" named no one.
    let spec = "Tanks/2/nsubj pounded/0/root Gaza/2/obj ,/11/punct according/9/case to/5/fixed the/9/det \
                health/9/compound ministry/2/obl ,/11/punct which/11/nsubj said/2/advcl:relcl the/13/det \
                toll/18/nsubj for/16/case the/16/det war/13/nmod had/18/aux passed/11/ccomp 425/18/obj ./2/punct";
    assert_eq!(source_of(&events_of(spec, None), "war"), Some("the health ministry"));
}

#[test]
fn a_body_that_reports_its_states_speech_act_is_its_source() {
    let before = "The/4/det U.N./4/compound Security/4/compound Council/5/nsubj threatened/0/root Khartoum/5/obj \
                  with/8/case sanctions/5/obl ./5/punct";
    let ministry = "Sudan/2/nsubj rejected/9/ccomp the/4/det resolution/2/obj ,/2/punct the/8/det foreign/8/amod \
                    ministry/9/nsubj said/0/root ./2/punct";
    let ev = doc_events(&[before, ministry], "2004-07-31");
    assert_eq!(source_of(&ev, "rejected"), Some("the foreign ministry"), "{ev:?}");
    // The state itself (its capital) voicing its own act is no source of it.
    let capital = "Sudan/2/nsubj rejected/7/ccomp the/4/det resolution/2/obj ,/2/punct Khartoum/7/nsubj \
                   said/0/root ./7/punct";
    let ev = doc_events(&[before, capital], "2004-07-31");
    assert_eq!(source_of(&ev, "rejected"), None, "{ev:?}");
}
