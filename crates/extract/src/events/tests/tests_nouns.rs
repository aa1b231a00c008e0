//! Event nouns and their arguments: background references, "of" patients, passive subjects refining
//! codes, claimants and the verbs that step an event up, two sides of one country.
use crate::events::testing::events_of;

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

#[test]
fn a_force_noun_takes_the_actor_and_victims_of_the_casualty_verb_folded_into_it() {
    // "Rebels killed three policemen in an ambush": one event, the ambush, by the rebels on the police.
    let ambush =
        "Rebels/2/nsubj killed/0/root three/4/nummod policemen/2/obj in/7/case an/7/det ambush/2/obl ./2/punct";
    let ev = events_of(ambush, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].action.text, "ambush");
    assert_eq!(ev[0].actor.as_ref().map(|p| p.text.as_str()), Some("Rebels"));
    assert_eq!(ev[0].target.as_ref().map(|p| p.text.as_str()), Some("three policemen"));
    // "Two soldiers died in the fighting": the subject of "died" is a victim, not who fought.
    let died = "Two/2/nummod soldiers/3/nsubj died/0/root in/6/case the/6/det fighting/3/obl ./3/punct";
    let ev = events_of(died, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert!(ev[0].actor.is_none());
    assert_eq!(ev[0].target.as_ref().map(|p| p.text.as_str()), Some("Two soldiers"));
}

#[test]
fn a_leader_named_in_a_participle_does_not_turn_an_attack_into_a_topic() {
    // "Saudi-led airstrikes hit the capital": "led" is no event, so the strikes are one.
    let strikes = "Saudi-led/2/amod airstrikes/3/nsubj hit/0/root the/5/det capital/3/obj ./3/punct";
    let ev = events_of(strikes, None);
    assert!(ev.iter().any(|e| e.action.text == "airstrikes"), "{ev:?}");
    // "a Moscow-brokered ceasefire took hold": the brokering is the event, the ceasefire its content.
    let truce = "a/3/det Moscow-brokered/3/amod ceasefire/5/nsubj took/0/root hold/4/obj ./4/punct";
    let ev = events_of(truce, None);
    assert!(ev.iter().all(|e| e.action.text != "ceasefire"), "{ev:?}");
}

#[test]
fn a_force_event_on_a_named_place_below_a_state_is_located_there() {
    let located = |spec: &str, place: std::ops::Range<usize>| {
        let mut doc = crate::events::testing::parsed(spec);
        doc.sentences[0].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: place, score: 1.0 }];
        crate::events::extract(&doc).into_iter().map(|e| e.location.and_then(|l| l.name)).collect::<Vec<_>>()
    };
    // "Rockets hit Haifa": the city struck is where it happened.
    assert_eq!(located("Rockets/2/nsubj hit/0/root Haifa/2/obj ./2/punct", 2..3), vec![Some("Haifa".to_string())]);
    // "Azerbaijan attacked Armenia": a state as the target says who, not where.
    assert_eq!(located("Azerbaijan/2/nsubj attacked/0/root Armenia/2/obj ./2/punct", 2..3), vec![None]);
}

#[test]
fn a_definite_incident_after_which_something_happens_is_a_time_anchor_an_indefinite_one_is_news() {
    let force = |spec: &str| -> usize {
        let ev = events_of(spec, Some("2025-03-12"));
        ev.iter().filter(|e| e.action.cameo.starts_with("19")).count()
    };
    // "on the convoy" gives the noun a phrase of its own, so it is no bare background reference.
    let spec = |det: &str| {
        format!("Rebels/2/nsubj issued/0/root a/4/det statement/2/obj after/7/case {det}/7/det attack/2/obl on/10/case the/10/det convoy/7/nmod ./2/punct")
    };
    assert_eq!(force(&spec("the")), 0);
    assert_eq!(force(&spec("an")), 1);
}

#[test]
fn a_definite_incident_conceded_is_given_an_indefinite_one_or_one_with_a_toll_is_news() {
    let bombings = |spec: &str| -> usize {
        let ev = events_of(spec, Some("2025-03-12"));
        ev.iter().filter(|e| e.action.cameo.starts_with("18")).count()
    };
    // "Despite Sunday's bombing, voters turned out": the turnout is news, the bombing given.
    let given = "Despite/3/case Sunday's/3/nmod:poss bombing/6/obl ,/3/punct voters/6/nsubj turned/0/root out/6/compound:prt ./6/punct";
    assert_eq!(bombings(given), 0);
    // "Despite a bombing, …" may tell one the story has not.
    let news =
        "Despite/3/case a/3/det bombing/6/obl ,/3/punct voters/6/nsubj turned/0/root out/6/compound:prt ./6/punct";
    assert_eq!(bombings(news), 1);
    // "In spite of Sunday's bombing, …": the parse hangs the noun on "spite".
    let spite = "In/2/case spite/9/obl of/6/case Sunday/6/nmod:poss 's/4/case bombing/2/nmod ,/2/punct voters/9/nsubj turned/0/root out/9/compound:prt ./9/punct";
    assert_eq!(bombings(spite), 0);
    // "Notwithstanding the bombing that killed 12 people, …": a toll makes it a report.
    let toll = "Notwithstanding/3/case the/3/det bombing/10/obl that/5/nsubj killed/3/acl:relcl 12/7/nummod people/5/obj ,/3/punct talks/10/nsubj resumed/0/root ./10/punct";
    assert_eq!(bombings(toll), 1);
}

#[test]
fn fighting_between_two_parties_with_the_case_word_on_the_last_is_one_record_each_way() {
    // "between" and "and" parsed onto the last noun, the first left a sibling of it.
    let ev = events_of(
        "Police/2/nsubj reported/0/root fighting/2/obj between/7/case rebels/3/nmod and/7/cc soldiers/3/nmod ./2/punct",
        Some("2009-05-10"),
    );
    let role = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.role.clone());
    let pairs: Vec<_> =
        ev.iter().filter(|e| e.action.cameo == "190").map(|e| (role(&e.actor), role(&e.target))).collect();
    let some = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(pairs, [some("REB", "MIL"), some("MIL", "REB")], "{ev:?}");
}

#[test]
fn a_possessive_pronoun_on_a_light_verbs_event_is_the_verbs_subject() {
    // "Rebels began their offensive": the rebels, whoever "their" might point to before.
    let spec = "Rebels/2/nsubj began/0/root their/4/nmod:poss offensive/2/obj in/6/case December/2/obl ./2/punct";
    let ev = events_of(spec, None);
    let offensive = ev.iter().find(|e| e.action.text == "offensive").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(offensive.actor.as_ref().and_then(|a| a.role.as_deref()), Some("REB"), "{ev:?}");
}

#[test]
fn who_claims_a_deed_did_it() {
    // "The army claimed the killing of 20 militants": the army killed them.
    let spec = "The/2/det army/3/nsubj claimed/0/root the/5/det killing/3/obj of/8/case 20/8/nummod militants/5/nmod ./3/punct";
    let ev = events_of(spec, None);
    let killing = ev.iter().find(|e| e.action.text == "killing").unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(killing.actor.as_ref().and_then(|a| a.role.as_deref()), Some("MIL"), "{ev:?}");
}

#[test]
fn an_event_noun_counted_or_carried_out_in_the_passive_takes_who_does_it() {
    let actor_of = |spec: &str, noun: &str| {
        let ev = events_of(spec, None);
        let e = ev.iter().find(|e| e.action.text == noun).unwrap_or_else(|| panic!("no {noun}: {ev:?}"));
        e.actor.as_ref().map(|a| a.text.clone())
    };
    // "carried out a series of attacks": the measure noun is the light verb's object.
    let series =
        "Rebels/2/nsubj carried/0/root out/2/compound:prt a/5/det series/2/obj of/7/case attacks/5/nmod ./2/punct";
    assert_eq!(actor_of(series, "attacks").as_deref(), Some("Rebels"));
    // "The attack was carried out by militants": the passive's agent.
    let carried = "The/2/det attack/4/nsubj:pass was/4/aux:pass carried/0/root out/4/compound:prt by/7/case \
                   militants/4/obl:agent ./4/punct";
    assert_eq!(actor_of(carried, "attack").as_deref(), Some("militants"));
    // "Past attacks were orchestrated by rebels": who steps it up, in the passive.
    let orchestrated =
        "Past/2/amod attacks/4/nsubj:pass were/4/aux:pass orchestrated/0/root by/6/case rebels/4/obl:agent ./4/punct";
    assert_eq!(actor_of(orchestrated, "attacks").as_deref(), Some("rebels"));
}

#[test]
fn a_declared_period_of_mourning_is_an_observance_of_its_declarer() {
    // "The country is observing a week of national mourning": in force even with no party named.
    let week = "The/2/det country/5/nsubj is/5/cop in/5/case a/5/det week/0/root of/8/case national/8/amod mourning/5/nmod ./5/punct";
    let ev = events_of(week, None);
    assert_eq!(ev.iter().map(|e| e.action.cameo.as_str()).collect::<Vec<_>>(), vec!["017"]);
    // "The governor declared Monday as a day of mourning": the declarer observes it.
    let day = "The/2/det governor/3/nsubj declared/0/root Monday/3/obl:unmarked as/7/case a/7/det day/3/obl of/9/case mourning/7/nmod ./3/punct";
    let ev = events_of(day, None);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].action.cameo, "017");
    assert_eq!(ev[0].actor.as_ref().map(|a| a.text.as_str()), Some("The governor"));
}

#[test]
fn who_completes_an_operation_carried_it_out() {
    let ev = events_of(
        "The/2/det army/3/nsubj completed/0/root a/6/det rescue/6/compound operation/3/obj on/8/case Wednesday/3/obl ./3/punct",
        Some("2025-03-14"),
    );
    let actors: Vec<_> = ev.iter().map(|e| e.actor.as_ref().map(|a| a.text.as_str())).collect();
    assert_eq!(actors, [Some("The army")], "{ev:#?}");
}

#[test]
fn a_people_named_in_the_plural_in_an_act_of_force_is_the_state_s_forces() {
    let role = |spec: &str| {
        let ev = events_of(spec, None);
        let e = ev.first().unwrap_or_else(|| panic!("no event: {spec}"));
        e.actor.as_ref().and_then(|a| Some((a.country.clone()?, a.role.clone()?)))
    };
    let shelled = "The/2/det Ugandans/3/nsubj shelled/0/root the/5/det rebels/3/obj ./3/punct";
    assert_eq!(role(shelled), Some(("UGA".into(), "MIL".into())));
    // A country named as the agent is its government (GUIDELINES §5), and so is a people that speaks.
    let country = "Uganda/2/nsubj shelled/0/root the/4/det rebels/2/obj ./2/punct";
    assert_eq!(role(country), Some(("UGA".into(), "GOV".into())));
    let accused = "The/2/det Ugandans/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct";
    assert_eq!(role(accused), Some(("UGA".into(), "GOV".into())));
}
