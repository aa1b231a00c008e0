//! Casualty counts on the right event of their sentence (the clause that holds the count, a
//! killing with an agent and victims of its own) and who reports them.
use crate::events::testing::doc_events;
use casus_core::Event;

/// (trigger text, killed count) of every event.
fn tolls(ev: &[Event]) -> Vec<(&str, Option<u64>)> {
    ev.iter().map(|e| (e.action.text.as_str(), e.casualties.killed.as_ref().and_then(|k| k.count))).collect()
}

#[test]
fn the_attack_whose_clause_leaves_the_dead_takes_the_toll() {
    // "leaving five people dead" hangs on the storming, not on the nearer siege it also triggered.
    let ev = doc_events(
        &["Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj on/6/case Tuesday/2/obl ,/8/punct leaving/2/advcl five/10/nummod people/8/obj dead/8/xcomp and/13/cc triggering/8/conj a/15/det siege/13/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("stormed", Some(5))), "{got:?}");
    assert!(!got.contains(&("siege", Some(5))), "{got:?}");
}

#[test]
fn a_killing_with_its_own_agent_and_victims_is_no_toll_of_their_attack() {
    // The gunmen's attack on the market did not kill them; the police did.
    let ev = doc_events(
        &["Police/2/nsubj said/0/root they/4/nsubj killed/2/ccomp four/6/nummod gunmen/4/obj who/9/nsubj had/9/aux attacked/6/acl:relcl a/11/det market/9/obj ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("killed", Some(4))), "{got:?}");
    assert!(!got.contains(&("attacked", Some(4))), "{got:?}");
}

#[test]
fn a_killing_in_an_attack_stays_its_toll() {
    // "killed ... in an ambush": the ambush is the killing's own argument, one record.
    let ev = doc_events(
        &["Rebels/2/nsubj killed/0/root three/4/nummod soldiers/2/obj in/7/case an/7/det ambush/2/obl ./2/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert_eq!(got.iter().filter(|(_, k)| k.is_some()).count(), 1, "{got:?}");
    assert!(got.contains(&("ambush", Some(3))), "{got:?}");
}

#[test]
fn the_group_is_the_armed_group_named_before_without_a_name() {
    // "An armed group attacked a village. The group said it killed ten villagers": the group reports it.
    let ev = doc_events(
        &[
            "An/3/det armed/3/amod group/4/nsubj attacked/0/root a/6/det village/4/obj ./4/punct",
            "The/2/det group/3/nsubj said/0/root it/5/nsubj killed/3/ccomp ten/7/nummod villagers/5/obj ./3/punct",
        ],
        "2025-03-12",
    );
    let killing = ev.iter().find(|e| e.evidence.sentence.contains("ten villagers")).expect("the killing");
    let source = killing.source.as_ref().expect("a source");
    assert_eq!((source.text.as_str(), source.role.as_deref()), ("The group", Some("REB")), "{source:?}");
}

#[test]
fn a_news_agency_reports_as_itself_not_as_its_country() {
    // "Agence France-Presse reported": a wire service, compared by name, not the French state.
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root a/4/det convoy/2/obj ,/6/punct Agence_France-Presse/7/nsubj reported/2/parataxis ./2/punct"],
        "2025-03-12",
    );
    let attack = ev.iter().find(|e| e.action.text == "attacked").expect("the attack");
    let source = attack.source.as_ref().expect("a source");
    let got = (source.name.as_deref(), source.country.as_deref(), source.role.as_deref());
    assert_eq!(got, (Some("Agence France-Presse"), None, Some("MED")), "{source:?}");
}

#[test]
fn those_who_died_are_the_victims_not_the_actors() {
    // "Three soldiers died on Monday": the dead are whom the force struck (GUIDELINES 12.4), as in
    // "were killed"; no one is named who killed them.
    let ev = crate::events::testing::doc_events(
        &["Three/2/nummod soldiers/3/nsubj died/0/root on/5/case Monday/3/obl ./3/punct"],
        "2025-03-12",
    );
    let got: Vec<_> = crate::events::testing::party_texts(&ev);
    assert_eq!(got, [("190", None, Some("Three soldiers"))], "{ev:#?}");
}

#[test]
fn injuries_sustained_after_a_bombing_are_its_toll() {
    // "A bomb exploded near a convoy on Monday. The general, who sustained serious injuries, ...":
    // a toll phrase of several words ("sustain * injury") is a toll like "were wounded" (183).
    let ev = crate::events::testing::doc_events(
        &[
            "A/2/det bomb/3/nsubj exploded/0/root near/6/case a/6/det convoy/3/obl on/8/case Monday/3/obl ./3/punct",
            "The/2/det general/10/nsubj ,/5/punct who/5/nsubj sustained/2/acl:relcl serious/7/amod injuries/5/obj \
             ,/2/punct has/10/aux undergone/0/root surgery/10/obj ./10/punct",
        ],
        "2025-03-12",
    );
    let toll = ev.iter().find(|e| e.action.text.starts_with("sustained")).expect("the toll is a record");
    assert_eq!(toll.action.cameo, "183", "{ev:#?}");
}

#[test]
fn each_actor_of_the_act_shares_the_toll_of_its_victims() {
    // Troops and police fought the Taliban: both actors' records count the 40 dead militants.
    let ev = doc_events(
        &["Forty/3/nummod Taliban/3/compound militants/5/nsubj:pass were/5/aux:pass killed/0/root in/8/case a/8/det battle/5/obl with/11/case Afghan/11/amod troops/8/nmod and/13/cc police/11/conj ./5/punct"],
        "2025-03-12",
    );
    let aimed: Vec<&Event> = ev
        .iter()
        .filter(|e| e.action.text == "battle" && e.target.as_ref().is_some_and(|t| t.text.contains("militants")))
        .collect();
    assert!(aimed.len() >= 2, "{:?}", tolls(&ev));
    assert!(aimed.iter().all(|e| e.casualties.killed.as_ref().and_then(|k| k.count) == Some(40)), "{:?}", tolls(&ev));
}

#[test]
fn victims_named_by_nationality_are_a_toll_of_both_sides() {
    // "hundreds of Somalis" belong to neither side of the fighting: each side's record carries them.
    let ev = doc_events(
        &["Fighting/6/nsubj between/3/case rebels/1/nmod and/5/cc troops/3/conj has/6/aux killed/0/root hundreds/6/obj of/9/case Somalis/7/nmod ./6/punct"],
        "2025-03-12",
    );
    let fighting: Vec<&Event> = ev.iter().filter(|e| e.action.text == "Fighting").collect();
    assert_eq!(fighting.len(), 2, "{:?}", tolls(&ev));
    assert!(fighting.iter().all(|e| e.casualties.killed.is_some()), "{fighting:?}");
}

#[test]
fn a_group_killed_along_with_another_side_is_its_own_record() {
    // Seven soldiers and "along with about 20 rebels": two sides' dead, one record each.
    let ev = doc_events(
        &["Seven/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root in/6/case fighting/4/obl ,/12/punct along/12/case with/8/fixed about/11/advmod 20/12/nummod rebels/4/obl ./4/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("fighting", Some(7))), "{got:?}");
    assert!(got.contains(&("fighting", Some(20))), "{got:?}");
}

/// (target text, killed count) of every record of the trigger `text`.
fn groups<'e>(ev: &'e [Event], text: &str) -> Vec<(&'e str, Option<u64>)> {
    ev.iter()
        .filter(|e| e.action.text == text)
        .map(|e| {
            let target = e.target.as_ref().map_or("", |t| t.text.as_str());
            (target, e.casualties.killed.as_ref().and_then(|k| k.count))
        })
        .collect()
}

#[test]
fn a_group_the_record_is_already_aimed_at_takes_its_count() {
    // The market's record counts the four shoppers (civilians, like the market's users); the
    // policeman named first gets a record of his own, not the market's slot.
    let ev = doc_events(
        &["The/2/det bombing/6/nsubj of/5/case the/5/det market/2/nmod killed/0/root a/8/det policeman/6/obj and/11/cc four/11/nummod shoppers/8/conj ./6/punct"],
        "2025-03-12",
    );
    let got = groups(&ev, "bombing");
    assert!(got.contains(&("the market", Some(4))), "{got:?}");
    assert!(got.contains(&("a policeman", Some(1))), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn neighbouring_parts_of_one_side_are_one_count() {
    // Three villagers and five passengers are civilians both: one record of eight, beside the soldiers.
    let ev = doc_events(
        &["Gunmen/2/nsubj attacked/0/root a/4/det convoy/2/obj ,/6/punct killing/2/advcl two/8/nummod soldiers/6/obj ,/11/punct three/11/nummod villagers/8/conj and/14/cc five/14/nummod passengers/8/conj ./2/punct"],
        "2025-03-12",
    );
    let counts: Vec<Option<u64>> = groups(&ev, "attacked").into_iter().map(|(_, k)| k).collect();
    assert!(counts.contains(&Some(2)) && counts.contains(&Some(8)), "{:?}", groups(&ev, "attacked"));
    assert!(!counts.contains(&Some(3)) && !counts.contains(&Some(5)), "{:?}", groups(&ev, "attacked"));
}

#[test]
fn parts_of_one_side_apart_are_one_count() {
    // "... killing three villagers, two soldiers and five passengers": villagers and passengers, 8.
    let ev = doc_events(
        &["Gunmen/2/nsubj attacked/0/root a/4/det convoy/2/obj ,/6/punct killing/2/advcl three/8/nummod villagers/6/obj ,/11/punct two/11/nummod soldiers/8/conj and/14/cc five/14/nummod passengers/8/conj ./2/punct"],
        "2025-03-12",
    );
    let counts: Vec<Option<u64>> = groups(&ev, "attacked").into_iter().map(|(_, k)| k).collect();
    assert!(counts.contains(&Some(2)) && counts.contains(&Some(8)), "{:?}", groups(&ev, "attacked"));
    assert!(!counts.contains(&Some(5)), "{:?}", groups(&ev, "attacked"));
}

#[test]
fn groups_of_two_sides_keep_their_own_counts_in_text_order() {
    // Not merged across sides, and the convoy's record (military) keeps the soldiers named first.
    let ev = doc_events(
        &["Rebels/2/nsubj ambushed/0/root a/5/det military/5/amod convoy/2/obj ,/7/punct killing/2/advcl four/9/nummod soldiers/7/obj and/12/cc two/12/nummod civilians/9/conj ./2/punct"],
        "2025-03-12",
    );
    let got = groups(&ev, "ambushed");
    let counts: Vec<Option<u64>> = got.iter().map(|(_, k)| *k).collect();
    assert!(counts.contains(&Some(4)) && counts.contains(&Some(2)), "{got:?}");
    assert!(!counts.contains(&Some(6)), "{got:?}");
}

#[test]
fn a_toll_that_rises_without_death_is_still_a_toll() {
    // "the toll climbed to 23", "the toll has risen to 40": a toll of its own (as "the death toll rose").
    for (spec, count) in [
        ("The/2/det toll/3/nsubj climbed/0/root to/5/case 23/3/obl on/7/case Friday/3/obl ./3/punct", 23),
        ("The/2/det toll/4/nsubj has/4/aux risen/0/root to/6/case 40/4/obl ./4/punct", 40),
    ] {
        let ev = doc_events(&[spec], "2025-03-12");
        let got = tolls(&ev);
        assert!(got.len() == 1 && got[0].1 == Some(count) && ev[0].action.cameo == "190", "{got:?}");
    }
    let economy = "The/2/det war/3/nsubj took/0/root a/6/det heavy/6/amod toll/3/obj on/9/case the/9/det economy/6/nmod ./3/punct";
    let got = doc_events(&[economy], "2025-03-12");
    assert!(tolls(&got).iter().all(|(t, _)| !t.contains("toll")), "{:?}", tolls(&got));
}

#[test]
fn the_force_noun_subject_of_the_clause_takes_its_toll() {
    // The shells killed the 25; the fighting told in the as-clause stands nearer but did not.
    let ev = doc_events(
        &["Mortar/2/compound shells/3/nsubj slammed/0/root into/6/case a/6/det compound/3/obl on/8/case \
           Monday/3/obl ,/10/punct killing/3/advcl 25/12/nummod people/10/obj as/15/mark rebels/15/nsubj \
           fought/10/advcl government/17/compound forces/15/obj ./3/punct"],
        "2025-03-12",
    );
    let got = tolls(&ev);
    assert!(got.contains(&("Mortar shells", Some(25))), "{got:?}");
    assert!(!got.contains(&("fought", Some(25))), "{got:?}");
}

#[test]
fn who_puts_or_documents_the_count_of_the_dead_reports_the_toll() {
    // "The Syrian National Coalition put the number of dead at 1,300": the coalition counts, it
    // kills no one.
    let put = "The/4/det Syrian/4/amod National/4/amod Coalition/5/nsubj put/0/root the/7/det number/5/obj \
               of/9/case dead/7/nmod at/11/case 1,300/7/nmod ./5/punct";
    // "The Syrian Observatory for Human Rights documented 136 deaths in Zamalka."
    let documented = "The/3/det Syrian/3/amod Observatory/7/nsubj for/6/case Human/6/amod Rights/3/nmod \
                      documented/0/root 136/9/nummod deaths/7/obj in/11/case Zamalka/9/nmod ./7/punct";
    for (spec, count, counter) in
        [(put, 1300, "The Syrian National Coalition"), (documented, 136, "The Syrian Observatory for Human Rights")]
    {
        let ev = doc_events(&[spec], "2013-08-22");
        let toll = ev.iter().find(|e| tolls(&ev).contains(&(e.action.text.as_str(), Some(count)))).expect("the toll");
        assert!(toll.actor.is_none(), "{toll:?}");
        assert_eq!(toll.source.as_ref().map(|s| s.text.as_str()), Some(counter), "{toll:?}");
    }
}
