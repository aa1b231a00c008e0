//! Casualty counts on their events: victim groups of a coordinated subject, victims of no state.
use crate::events::testing::doc_events;
use casus_core::Event;

/// (target role, killed count) of every event.
fn victims(ev: &[Event]) -> Vec<(Option<&str>, Option<u64>)> {
    ev.iter()
        .map(|e| {
            (e.target.as_ref().and_then(|t| t.role.as_deref()), e.casualties.killed.as_ref().and_then(|k| k.count))
        })
        .collect()
}

#[test]
fn coordinated_victims_of_a_subject_are_one_record_each_and_no_more() {
    let ev = doc_events(
        &["At/3/advmod least/1/fixed 21/4/nummod passengers/9/nsubj and/8/cc four/8/nummod paramilitary/8/amod troops/4/conj died/0/root in/12/case the/12/det attack/9/obl ./9/punct"],
        "2025-03-12",
    );
    let got = victims(&ev);
    // passengers are civilians the text names, unlike "people"
    assert!(got.contains(&(Some("CVL"), Some(21))), "{got:?}");
    let troops: Vec<_> = got.iter().filter(|(r, _)| *r != Some("CVL")).collect();
    assert_eq!(troops.len(), 1, "one record for the troops: {got:?}");
    assert_eq!(troops[0].1, Some(4), "{got:?}");
}

#[test]
fn generic_victims_name_no_civilians() {
    let ev = doc_events(
        &["A/3/det suicide/3/compound bombing/4/nsubj killed/0/root 25/6/nummod people/4/obj ./4/punct"],
        "2025-03-12",
    );
    let got = victims(&ev);
    assert!(got.contains(&(None, Some(25))), "{got:?}");
}

#[test]
fn a_victim_of_no_state_is_counted_on_the_event_that_strikes_it() {
    let ev = doc_events(
        &["UN/2/compound Soldier/3/nsubj:pass Killed/0/root in/5/case Clash/3/obl with/8/case Haitian/8/amod Ex-Soldiers/5/nmod"],
        "2005-03-20",
    );
    let struck: Vec<_> = ev
        .iter()
        .filter(|e| e.casualties.killed.is_some())
        .map(|e| e.target.as_ref().and_then(|t| t.role.clone()))
        .collect();
    assert_eq!(struck, [Some("IGO".to_string())], "{ev:#?}");
}

/// (actor role, target role, killed count) of every event.
fn sides(ev: &[Event]) -> Vec<(Option<&str>, Option<&str>, Option<u64>)> {
    fn role(p: &Option<casus_core::Party>) -> Option<&str> {
        p.as_ref().and_then(|p| p.role.as_deref())
    }
    ev.iter().map(|e| (role(&e.actor), role(&e.target), e.casualties.killed.as_ref().and_then(|k| k.count))).collect()
}

#[test]
fn a_toll_of_no_side_is_on_each_side_s_record() {
    let ev = doc_events(
        &["Clashes/6/nsubj between/3/case police/1/nmod and/5/cc protesters/3/conj killed/0/root 12/8/nummod people/6/obj ./6/punct"],
        "2025-03-12",
    );
    let got = sides(&ev);
    let with_toll = got.iter().filter(|(_, t, k)| t.is_some() && *k == Some(12)).count();
    assert_eq!(with_toll, 2, "{got:?}");
}

#[test]
fn civilians_caught_in_fighting_are_a_record_of_their_own() {
    let ev = doc_events(
        &["Clashes/6/nsubj between/3/case troops/1/nmod and/5/cc insurgents/3/conj killed/0/root 12/8/nummod civilians/6/obj ./6/punct"],
        "2025-03-12",
    );
    let got = sides(&ev);
    assert!(got.contains(&(None, Some("CVL"), Some(12))), "{got:?}");
    assert_eq!(got.iter().filter(|(_, _, k)| k.is_some()).count(), 1, "no toll on either side's record: {got:?}");
}

#[test]
fn killed_and_wounded_conjoined_are_one_record() {
    let ev = doc_events(
        &["Seven/2/nummod people/4/nsubj:pass were/4/aux:pass killed/0/root and/7/cc dozens/7/nsubj wounded/4/conj ./4/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    let c = &ev[0].casualties;
    assert_eq!((c.killed.as_ref().and_then(|k| k.count), c.injured.is_some()), (Some(7), true), "{ev:#?}");
}

#[test]
fn a_death_toll_of_its_own_is_an_event() {
    let ev = doc_events(
        &["Searchers/2/nsubj discovered/0/root bodies/2/obj Saturday/2/obl:tmod ,/6/punct raising/2/advcl the/9/det death/9/compound toll/6/obj to/13/case at/13/advmod least/11/fixed 80/6/obl ./2/punct"],
        "2009-02-28",
    );
    let tolls: Vec<_> =
        ev.iter().filter_map(|e| e.casualties.killed.as_ref().map(|k| (e.action.cameo.as_str(), k.count))).collect();
    assert_eq!(tolls, [("190", Some(80))], "{ev:#?}");
}

#[test]
fn a_trigger_noun_that_names_the_attacker_is_its_own_actor() {
    let ev = doc_events(
        &["A/3/det suicide/3/compound bomber/4/nsubj killed/0/root 40/6/nummod pilgrims/4/obj ./4/punct"],
        "2008-02-24",
    );
    let bomber = ev.iter().find(|e| e.action.cameo == "1831").expect("the bombing");
    let actor = bomber.actor.as_ref().expect("the bomber acts");
    assert_eq!((actor.text.as_str(), actor.role.as_deref()), ("A suicide bomber", Some("UAF")));
    // an act noun is no doer: "a suicide bombing killed" names no actor
    let ev = doc_events(
        &["A/3/det suicide/3/compound bombing/4/nsubj killed/0/root 40/6/nummod pilgrims/4/obj ./4/punct"],
        "2008-02-24",
    );
    assert!(ev.iter().all(|e| e.actor.is_none()), "{ev:#?}");
}

#[test]
fn the_noun_a_past_participle_modifies_undergoes_it() {
    let ev = doc_events(
        &["270/2/nummod schoolgirls/6/nsubj:pass kidnapped/2/acl in/5/case Zamfara/3/obl were/6/aux:pass freed/0/root ./6/punct"],
        "2021-03-02",
    );
    let kidnap = ev.iter().find(|e| e.action.cameo.starts_with("181")).expect("the kidnapping");
    assert!(kidnap.actor.is_none(), "{kidnap:#?}");
    assert_eq!(kidnap.target.as_ref().map(|t| t.text.as_str()), Some("270 schoolgirls"));
}

#[test]
fn whom_an_event_object_is_aimed_at_is_the_target() {
    let ev = doc_events(
        &["Islamabad/3/nsubj has/3/aux blamed/0/root recent/5/amod attacks/3/obj on/7/case militants/5/nmod ./3/punct"],
        "2025-03-12",
    );
    let blame = ev.iter().find(|e| e.action.cameo.starts_with("112")).expect("the blame");
    assert_eq!(blame.target.as_ref().and_then(|t| t.role.as_deref()), Some("REB"), "{blame:#?}");
}

#[test]
fn who_kills_in_an_ambush_acts_in_it_whatever_modifies_the_noun() {
    let ev = doc_events(
        &["Rebels/2/nsubj killed/0/root three/4/nummod policemen/2/obj in/9/case a/9/det remote/9/amod jungle/9/compound ambush/2/obl ./2/punct"],
        "2008-10-14",
    );
    let got = sides(&ev);
    assert!(got.contains(&(Some("REB"), Some("COP"), Some(3))), "{got:?}");
}

#[test]
fn killers_after_an_ambush_named_by_its_party_do_not_take_it_over() {
    // "Troops killed three militants after a Taliban ambush": the ambush stays the Taliban's.
    let ev = doc_events(
        &["Troops/2/nsubj killed/0/root three/4/nummod militants/2/obj after/8/case a/8/det Taliban/8/compound ambush/2/obl ./2/punct"],
        "2008-10-14",
    );
    let ambush = ev.iter().find(|e| e.action.text.contains("ambush")).expect("the ambush");
    assert_ne!(ambush.actor.as_ref().map(|a| a.text.as_str()), Some("Troops"), "{ambush:#?}");
}

#[test]
fn victims_who_sustained_injuries_are_a_toll_and_fold_into_the_attack() {
    // "Two police officers sustained serious injuries": a toll of its own; the officers are its victims.
    let ev = doc_events(
        &["Two/3/nummod police/3/compound officers/4/nsubj sustained/0/root serious/6/amod injuries/4/obj ./4/punct"],
        "2025-03-12",
    );
    let got: Vec<_> = ev.iter().map(|e| (e.action.cameo.as_str(), e.actor.is_none(), e.target.is_some())).collect();
    assert_eq!(got, [("190", true, true)], "{ev:#?}");
    // "Two guards suffered wounds in a rebel attack": the attack's toll, one record.
    let ev = doc_events(
        &["Two/2/nummod guards/3/nsubj suffered/0/root wounds/3/obj in/8/case a/8/det rebel/8/compound attack/3/obl ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0].action.text, "attack");
}

#[test]
fn hostages_rescued_by_force_are_freed_not_targeted() {
    // "Commandos rescued 12 hostages": force against the captors; the hostages are not its target.
    let ev = doc_events(&["Commandos/2/nsubj rescued/0/root 12/4/nummod hostages/2/obj ./2/punct"], "2025-03-12");
    let got: Vec<_> = ev
        .iter()
        .map(|e| (e.action.cameo.as_str(), e.actor.as_ref().map(|a| a.text.as_str()), e.target.is_none()))
        .collect();
    assert_eq!(got, [("190", Some("Commandos"), true)], "{ev:#?}");
    // A rescue of no captives is no use of force.
    let ev = doc_events(&["Volunteers/2/nsubj rescued/0/root two/4/nummod dogs/2/obj ./2/punct"], "2025-03-12");
    assert!(ev.is_empty(), "{ev:#?}");
}

#[test]
fn the_toll_of_a_battle_within_one_state_goes_to_the_record_aimed_at_the_victims() {
    // Both sides are Afghan: the dead Taliban were struck by the army, not the army by them.
    let ev = doc_events(
        &["40/2/nummod Taliban/4/nsubj:pass were/4/aux:pass killed/0/root in/7/case a/7/det battle/4/obl with/10/case Afghan/10/amod forces/7/nmod ./4/punct"],
        "2009-05-10",
    );
    let name = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.name.clone()).unwrap_or_default();
    let tolled: Vec<String> = ev.iter().filter(|e| e.casualties.killed.is_some()).map(|e| name(&e.target)).collect();
    assert_eq!(tolled, ["Taliban"], "{ev:#?}");
}

#[test]
fn a_retaliation_strikes_the_agent_of_what_it_answers() {
    let ev = crate::events::testing::events_of(
        "Troops/2/nsubj shelled/0/root in/4/case retaliation/2/obl for/6/case attacks/4/nmod by/9/case \
         the/9/det rebels/6/nmod ./2/punct",
        None,
    );
    let shelled = ev.iter().find(|e| e.action.text == "shelled").expect("shelled");
    assert_eq!(shelled.target.as_ref().map(|t| t.text.as_str()), Some("the rebels"), "{ev:?}");
    // The answered attacks are the rebels' own: they are not their own target.
    let attacks = ev.iter().find(|e| e.action.text == "attacks").map(|e| e.target.clone());
    assert!(attacks.flatten().is_none_or(|t| t.text != "the rebels"), "{ev:?}");
}

#[test]
fn along_with_after_a_passive_toll_adds_victims_not_an_actor() {
    let ev = doc_events(
        &["Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass wounded/0/root Monday/4/obl:unmarked ,/10/punct \
           along/10/case with/10/case three/10/nummod civilians/4/obl:agent ./4/punct"],
        "2024-03-11",
    );
    let civilians = |p: &Option<casus_core::Party>| p.as_ref().is_some_and(|p| p.text == "three civilians");
    assert!(!ev.iter().any(|e| civilians(&e.actor)), "{ev:?}");
    assert!(!ev.iter().any(|e| e.actor.is_some() && e.actor == e.target), "{ev:?}");
}

#[test]
fn a_subset_named_with_including_does_not_name_a_generic_toll() {
    // GUIDELINES 12.9: "people" name no party, and the officers are only a part of the nine.
    let ev = doc_events(
        &["At/2/case least/3/nmod nine/4/nummod people/12/nsubj:pass ,/9/punct including/9/case four/9/nummod police/9/compound officers/4/nmod ,/9/punct were/12/aux:pass killed/0/root in/15/case the/15/det attack/12/obl ./12/punct"],
        "2025-03-12",
    );
    let got = victims(&ev);
    assert!(got.contains(&(None, Some(9))), "{got:?}");
    assert!(!got.iter().any(|(r, _)| r.is_some()), "no party for generic victims: {got:?}");
}

#[test]
fn a_total_that_names_its_kind_keeps_it_with_an_including_subset() {
    let ev = doc_events(
        &["Rebels/2/nsubj ambushed/0/root a/4/det convoy/2/obj ,/6/punct killing/2/advcl 12/8/nummod soldiers/6/obj ,/12/punct including/12/case two/12/nummod officers/8/nmod ./2/punct"],
        "2025-03-12",
    );
    let got = victims(&ev);
    assert!(got.contains(&(Some("MIL"), Some(12))), "{got:?}");
}

#[test]
fn the_dead_of_a_generic_toll_with_an_including_subset_are_no_party() {
    // The victims come from the casualty phrase here ("died in the ambush"), not from an object.
    let ev = doc_events(
        &["At/2/case least/3/nmod 31/4/nummod people/10/nsubj ,/8/punct including/8/case 23/8/nummod soldiers/4/nmod ,/8/punct died/0/root in/13/case the/13/det ambush/10/obl ./10/punct"],
        "2025-03-12",
    );
    let got = victims(&ev);
    assert_eq!(got, [(None, Some(31))], "{got:?}");
}

#[test]
fn an_including_subset_parsed_as_the_agent_is_no_actor() {
    // The model may read "including four police officers" as the passive's agent.
    let ev = doc_events(
        &["At/2/case least/3/nmod nine/4/nummod people/6/nsubj:pass were/6/aux:pass killed/0/root ,/11/punct including/11/case four/11/nummod police/11/compound officers/6/obl:agent ,/11/punct in/15/case the/15/det attack/6/obl ./6/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.actor.is_none()), "{ev:?}");
}

#[test]
fn victims_of_no_side_the_act_aimed_at_are_records_of_their_own() {
    // "A bomber struck a NATO convoy, killing four civilians and two soldiers": neither group is the
    // convoy's, so neither count is the convoy's record's.
    let ev = doc_events(
        &["A/2/det bomber/3/nsubj struck/0/root a/6/det NATO/6/compound convoy/3/obj ,/8/punct killing/3/advcl \
           four/10/nummod civilians/8/obj and/13/cc two/13/nummod soldiers/10/conj ./3/punct"],
        "2010-05-03",
    );
    let got = victims(&ev);
    assert!(got.contains(&(Some("IGO"), None)), "{got:?}");
    assert!(got.contains(&(Some("CVL"), Some(4))), "{got:?}");
    assert!(got.contains(&(Some("MIL"), Some(2))), "{got:?}");
    // A group of the side struck keeps the struck record: "attacked an army base, killing 12 soldiers
    // and three civilians".
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root an/5/det army/5/compound base/2/obj ,/7/punct killing/2/advcl \
           12/9/nummod soldiers/7/obj and/12/cc three/12/nummod civilians/9/conj ./2/punct"],
        "2010-05-03",
    );
    let got = victims(&ev);
    assert!(got.contains(&(Some("MIL"), Some(12))), "{got:?}");
    assert!(got.contains(&(Some("CVL"), Some(3))), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn soldiers_killed_in_an_ambush_on_peacekeepers_are_its_target() {
    // "ambushed U.N. peacekeepers, killing 24 Pakistani soldiers": the dead are the force struck,
    // named more closely, so they are the ambush's target; one record, with the toll.
    let ev = doc_events(
        &["Gunmen/2/nsubj ambushed/0/root U.N./4/compound peacekeepers/2/obj ,/6/punct killing/2/advcl \
           24/9/nummod Pakistani/9/amod soldiers/6/obj ./2/punct"],
        "1993-06-05",
    );
    let got: Vec<_> = ev.iter().map(|e| e.target.as_ref().map(|t| (t.country.as_deref(), t.role.as_deref()))).collect();
    assert_eq!(got, [Some((Some("PAK"), Some("MIL")))], "{ev:?}");
    assert_eq!(victims(&ev), [(Some("MIL"), Some(24))]);
}

#[test]
fn civilians_killed_in_a_raid_on_rebel_positions_are_a_record_of_their_own() {
    // "bombed rebel positions, killing nine civilians": the dead are not the positions' side; the
    // positions keep their record, the civilians get one with the toll (GUIDELINES §12.6).
    let ev = doc_events(
        &["Warplanes/2/nsubj bombed/0/root rebel/4/compound positions/2/obj ,/6/punct killing/2/advcl \
           nine/8/nummod civilians/6/obj ./2/punct"],
        "2015-03-26",
    );
    let got = victims(&ev);
    assert!(got.contains(&(Some("REB"), None)), "{got:?}");
    assert!(got.contains(&(Some("CVL"), Some(9))), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn most_of_them_names_who_a_generic_toll_was() {
    // "48 people were killed in the strikes, most of them civilians": the partitive, wherever the
    // model hangs it, says who the dead were, as "mostly civilians" does (GUIDELINES 12.9).
    let ev = doc_events(
        &["48/2/nummod people/4/nsubj:pass were/4/aux:pass killed/0/root in/7/case the/7/det strikes/4/obl \
           ,/9/punct most/4/nsubj:pass of/11/case them/9/obl civilians/4/obl ./4/punct"],
        "2011-03-19",
    );
    assert!(victims(&ev).contains(&(Some("CVL"), Some(48))), "{ev:?}");
    // another count between: "killed five people and arrested 20 men, most of them militants"
    let ev = doc_events(
        &["Police/2/nsubj killed/0/root five/4/nummod people/2/obj and/6/cc arrested/2/conj 20/8/nummod \
           men/6/obj ,/10/punct most/8/appos of/12/case them/10/nmod militants/10/appos ./2/punct"],
        "2011-03-19",
    );
    assert!(victims(&ev).iter().all(|(r, _)| *r != Some("REB")), "{ev:?}");
}
