//! Which records of a sentence share its tolls: the act a folded casualty verb is coordinated with,
//! each actor of the same victims, the one side a partitive names, and the new total of an update.
use crate::events::testing::doc_events;
use casus_core::Event;

/// (trigger text, code, killed count, injured count) of every event.
fn tolls(ev: &[Event]) -> Vec<(&str, &str, Option<u64>, Option<u64>)> {
    let count = |c: &Option<casus_core::Casualty>| c.as_ref().and_then(|c| c.count);
    ev.iter()
        .map(|e| {
            let (k, i) = (count(&e.casualties.killed), count(&e.casualties.injured));
            (e.action.text.as_str(), e.action.cameo.as_str(), k, i)
        })
        .collect()
}

/// Every record that carries a killed or injured figure, null-count ones included.
fn carriers(ev: &[Event]) -> Vec<&str> {
    ev.iter()
        .filter(|e| e.casualties.killed.is_some() || e.casualties.injured.is_some())
        .map(|e| e.action.text.as_str())
        .collect()
}

#[test]
fn the_wounded_of_a_coordinated_killing_are_its_own() {
    // "wounded" folds into "killed": its 16 are that killing's, not the nearer attack's.
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root 12/4/nummod guards/2/obj and/6/cc wounded/2/conj 14/8/nummod others/6/obj in/11/case an/11/det ambush/6/obl ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", "190", Some(12), Some(14))), "{got:?}");
    assert_eq!(carriers(&ev), ["killed"], "{got:?}");
}

#[test]
fn a_conjunct_killing_with_its_own_subject_keeps_its_toll() {
    // "and police killed two of the gunmen": an act of its own, not the first clause's.
    let ev = doc_events(
        &["Gunmen/2/nsubj attacked/0/root a/4/det checkpoint/2/obj and/7/cc police/7/nsubj killed/2/conj two/7/obj of/11/case the/11/det attackers/8/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(!got.iter().any(|t| t.0 == "attacked" && t.2.is_some()), "{got:?}");
}

#[test]
fn an_abduction_takes_no_killed_toll() {
    // Kidnapping kills no one of itself: the 40 are the killing's.
    let ev = doc_events(
        &["Militants/2/nsubj killed/0/root 40/4/nummod villagers/2/obj and/6/cc abducted/2/conj dozens/6/obj of/9/case children/7/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", "190", Some(40), None)), "{got:?}");
    assert!(got.iter().any(|t| t.1 == "181" && t.2.is_none()), "{got:?}");
}

#[test]
fn causing_no_casualties_is_the_shelling_s_toll() {
    // "causing no casualties": the outcome of the rocket fire, on its record, not a 190 of its own.
    let ev = doc_events(
        &["Rebels/2/nsubj fired/0/root three/4/nummod mortars/2/obj at/7/case the/7/det base/2/obl ,/9/punct causing/2/advcl no/11/det casualties/9/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].2, got[0].3), ("fired", Some(0), Some(0)), "{got:?}");
}

#[test]
fn a_toll_caused_with_no_act_beside_it_stays_an_event() {
    let ev = doc_events(&["The/2/det war/3/nsubj caused/0/root 6,500/5/nummod deaths/3/obj ./3/punct"], "2025-03-12");
    let got = tolls(&ev);
    assert_eq!(got.iter().filter_map(|t| t.2).collect::<Vec<_>>(), [6500], "{got:?}");
}

#[test]
fn each_actor_of_one_killing_carries_its_toll() {
    // Two actors, one group of victims: the count is each actor's record's (§12.6).
    let ev = doc_events(
        &["Army/2/compound troops/6/nsubj and/5/cc Hutu/5/amod militiamen/2/conj killed/0/root hundreds/6/obj of/10/case Tutsi/10/compound civilians/7/nmod in/12/case Kigali/10/nmod ./6/punct"],
        "2025-03-12",
    );
    let killings: Vec<_> = ev.iter().filter(|e| e.action.text == "killed").collect();
    assert_eq!(killings.len(), 2, "{:?}", tolls(&ev));
    assert!(killings.iter().all(|e| e.casualties.killed.is_some() && e.actor.is_some()), "{:?}", tolls(&ev));
}

#[test]
fn some_of_them_are_the_opponents_of_the_clause_subject() {
    // "killing at least 30 of them": of the attackers, on the soldiers' record only.
    let ev = doc_events(
        &["Soldiers/2/nsubj clashed/0/root with/5/case the/5/det gunmen/2/obl ,/7/punct killing/2/advcl at/10/advmod least/8/fixed 30/7/obj of/12/case them/10/nmod ./2/punct"],
        "2025-03-12",
    );
    let with_toll: Vec<_> = ev
        .iter()
        .filter(|e| e.casualties.killed.is_some())
        .map(|e| e.target.as_ref().map(|t| t.text.as_str()))
        .collect();
    assert_eq!(with_toll, [Some("the gunmen")], "{:?}", tolls(&ev));
}

#[test]
fn a_toll_of_a_clash_naming_no_side_is_both_sides() {
    // No partitive: the dead belong to neither side named, a joint toll (GUIDELINES 12.9).
    let ev = doc_events(
        &["Soldiers/2/nsubj clashed/0/root with/5/case the/5/det gunmen/2/obl ,/7/punct killing/2/advcl 30/9/nummod people/7/obj ./2/punct"],
        "2025-03-12",
    );
    assert_eq!(carriers(&ev).len(), 2, "{:?}", tolls(&ev));
}

#[test]
fn the_wounded_who_died_raise_the_toll_they_belong_to() {
    let ev = doc_events(
        &["One/6/nsubj of/4/case the/4/det wounded/1/nmod later/6/advmod died/0/root overnight/6/advmod ,/9/punct raising/6/advcl the/11/det toll/9/obj to/13/case 36/9/obl ./6/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got, [("died", "190", Some(36), None)], "{got:?}");
    let ev = doc_events(
        &["Two/5/nsubj of/4/case the/4/det wounded/1/nmod died/0/root in/7/case hospital/5/obl ,/9/punct raising/5/advcl the/12/det death/12/compound toll/9/obj to/14/case 37/9/obl ./5/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got, [("died", "190", Some(37), None)], "{got:?}");
}

#[test]
fn the_wounded_who_died_with_no_new_toll_count_themselves() {
    let ev = doc_events(
        &["Two/5/nsubj of/4/case the/4/det wounded/1/nmod died/0/root in/7/case hospital/5/obl ./5/punct"],
        "2025-03-12",
    );
    assert_eq!(tolls(&ev), [("died", "190", Some(2), None)]);
}

#[test]
fn the_wounded_of_a_dispersal_are_its_toll() {
    // Riot police wounding protesters: the 175's toll, not a 190 of its own.
    let ev = doc_events(
        &["Police/2/nsubj fired/0/root tear/4/compound gas/2/obj at/6/case protesters/2/obl on/8/case Sunday/2/obl ,/10/punct wounding/2/advcl eight/12/nummod people/10/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got, [("fired tear gas", "175", None, Some(8))], "{got:?}");
}

#[test]
fn a_victim_of_a_kind_no_party_names_is_a_group_of_its_own() {
    // "five militants and a 12-year-old boy": militants 5 and the boy 1, not 6 militants.
    let ev = doc_events(
        &["Troops/2/nsubj killed/0/root five/4/nummod militants/2/obj and/8/cc a/8/det 12-year-old/8/amod boy/4/conj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    let mut counts: Vec<_> = got.iter().filter_map(|t| t.2).collect();
    counts.sort();
    assert_eq!(counts, [1, 5], "{got:?}");
}

#[test]
fn generic_victims_beside_a_kind_stay_one_sum() {
    // "25 people and two soldiers": people name no kind (GUIDELINES 12.9), the count stays 27.
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root 25/4/nummod people/2/obj and/7/cc two/7/nummod soldiers/4/conj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got.iter().filter_map(|t| t.2).collect::<Vec<_>>(), [27], "{got:?}");
}

#[test]
fn a_second_clause_with_its_own_subject_keeps_its_toll() {
    // "and troops killed 20 of the attackers in the ensuing fighting": not the first attack's toll.
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root a/4/det base/2/obj ,/6/punct killing/2/advcl 16/8/nummod soldiers/6/obj ,/12/punct and/12/cc troops/12/nsubj killed/2/conj 20/12/obj of/16/case the/16/det attackers/13/nmod in/20/case the/20/det ensuing/20/amod fighting/12/obl ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("attacked", "190", Some(16), None)), "{got:?}");
    assert!(got.iter().any(|t| t.0 != "attacked" && t.2 == Some(20)), "{got:?}");
}

#[test]
fn the_dead_beside_an_abduction_are_the_attack_s() {
    // The parser hangs "40 people" on "killed" as an oblique and "in an attack" on "abducted": the
    // nearer abduction kills no one of itself, the attack takes the toll.
    let ev = doc_events(
        &["Rebels/2/nsubj killed/0/root at/4/case least/5/nmod 40/6/nummod people/2/obl and/8/cc abducted/2/conj dozens/8/obj of/11/case children/9/nmod in/14/case an/14/det attack/8/obl ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.1 == "190" && t.2 == Some(40)), "{got:?}");
    assert!(!got.iter().any(|t| t.1 == "181" && t.2.is_some()), "{got:?}");
}

#[test]
fn a_killing_whose_count_hangs_as_an_oblique_is_an_act_of_its_own() {
    // The same misparse with no attack beside it: the killing keeps its record and its toll.
    let ev = doc_events(
        &["Rebels/2/nsubj killed/0/root at/4/case least/5/nmod 40/6/nummod people/2/obl and/8/cc abducted/2/conj dozens/8/obj of/11/case children/9/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", "190", Some(40), None)), "{got:?}");
    assert!(!got.iter().any(|t| t.1 == "181" && t.2.is_some()), "{got:?}");
}

#[test]
fn a_hijacking_alone_takes_the_toll() {
    let ev = doc_events(
        &["31/2/nummod people/3/nsubj lost/0/root their/5/nmod:poss lives/3/obj in/9/case the/9/det train/9/compound hijacking/3/obl ./3/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.iter().any(|t| t.0 == "hijacking" && t.2 == Some(31)), "{got:?}");
}
