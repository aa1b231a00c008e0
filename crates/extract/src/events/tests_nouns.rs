//! Event nouns and their arguments: background references, "of" patients, passive subjects refining
//! codes, claimants and the verbs that step an event up, two sides of one country.
use super::testing::events_of;

#[test]
fn a_force_noun_referring_to_violence_told_elsewhere_is_not_a_new_event() {
    // "Thousands fled the fighting": no party, place, day or toll of its own.
    let fled = "Thousands/2/nsubj fled/0/root the/4/det fighting/2/obj ./2/punct";
    assert!(events_of(fled, None).is_empty());
    // "Three days of fighting", "claimed responsibility for the attack": incidents of their own.
    let days = "Thousands/2/nsubj fled/0/root three/4/nummod days/2/obl:tmod of/6/case fighting/4/nmod ./2/punct";
    assert_eq!(events_of(days, None).len(), 1);
    let claim =
        "The/2/det group/3/nsubj claimed/0/root responsibility/3/obj for/7/case the/7/det attack/4/nmod ./3/punct";
    assert!(events_of(claim, None).iter().any(|e| e.action.cameo.starts_with("19")));
}

#[test]
fn a_passive_subject_refines_the_code_and_an_of_phrase_is_the_one_acted_upon() {
    // "Eight fighters were captured": people captured are arrested (173), a town would be taken (192).
    let ev = events_of("Eight/2/nummod fighters/4/nsubj:pass were/4/aux:pass captured/0/root ./4/punct", None);
    assert_eq!(ev.iter().map(|e| e.action.cameo.as_str()).collect::<Vec<_>>(), vec!["173"]);
    let ev = events_of("The/2/det town/4/nsubj:pass was/4/aux:pass captured/0/root ./4/punct", None);
    assert_eq!(ev.iter().map(|e| e.action.cameo.as_str()).collect::<Vec<_>>(), vec!["192"]);
    // "Arrests of opposition supporters continue": the supporters are the target.
    let ev =
        events_of("Arrests/5/nsubj of/4/case opposition/4/compound supporters/1/nmod continue/0/root ./5/punct", None);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].target.as_ref().map(|t| t.text.as_str()), Some("opposition supporters"));
}

#[test]
fn an_event_noun_takes_its_claimant_or_the_subject_that_steps_it_up() {
    let claim =
        "The/2/det Taliban/3/nsubj claimed/0/root responsibility/3/obj for/7/case the/7/det attack/4/nmod ./3/punct";
    let ev = events_of(claim, None);
    let attack = ev.iter().find(|e| e.action.cameo.starts_with("19")).expect("the claimed attack");
    assert_eq!(attack.actor.as_ref().map(|a| a.text.as_str()), Some("The Taliban"));
    let ramp = "The/2/det Taliban/3/nsubj ramped/0/root up/3/compound:prt attacks/3/obj on/7/case the/7/det army/5/nmod ./3/punct";
    let ev = events_of(ramp, None);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].actor.as_ref().map(|a| a.text.as_str()), Some("The Taliban"));
    let flared = "Fighting/3/nsubj has/3/aux flared/0/root between/5/case Hamas/3/obl and/7/cc Fatah/5/conj ./3/punct";
    let ev = events_of(flared, None);
    let name = |p: &Option<casus_core::Party>| p.as_ref().map(|a| a.text.clone());
    let pairs: Vec<_> = ev.iter().map(|e| (name(&e.actor), name(&e.target))).collect();
    let (hamas, fatah) = (Some("Hamas".to_string()), Some("Fatah".to_string()));
    assert_eq!(pairs, vec![(hamas.clone(), fatah.clone()), (fatah, hamas)], "{ev:?}");
}
