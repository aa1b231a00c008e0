//! Lists of parties: one record per actor, per target and per victim group (GUIDELINES §2, §12.6).
use crate::events::testing::doc_events;
use casus_core::Event;

/// (actor role, target role, killed count) of every event.
fn sides(ev: &[Event]) -> Vec<(Option<&str>, Option<&str>, Option<u64>)> {
    fn role(p: &Option<casus_core::Party>) -> Option<&str> {
        p.as_ref().and_then(|p| p.role.as_deref())
    }
    let mut out: Vec<_> = ev
        .iter()
        .map(|e| (role(&e.actor), role(&e.target), e.casualties.killed.as_ref().and_then(|k| k.count)))
        .collect();
    out.sort();
    out
}

#[test]
fn the_fallen_of_two_sides_of_a_fight_are_its_sides() {
    let subject =
        "Clashes/2/nsubj killed/0/root eight/4/nummod policemen/2/obj and/7/cc 15/7/nummod insurgents/4/conj ./2/punct";
    let along_with = "Eight/2/nummod policemen/4/nsubj:pass were/4/aux:pass killed/0/root in/6/case fighting/4/obl ,/11/punct along/11/case with/11/case 15/11/nummod insurgents/4/obl ./4/punct";
    for spec in [subject, along_with] {
        let ev = doc_events(&[spec], "2025-03-12");
        assert_eq!(sides(&ev), [(Some("COP"), Some("REB"), Some(15)), (Some("REB"), Some("COP"), Some(8))], "{ev:#?}");
    }
}

#[test]
fn civilians_or_a_one_sided_act_name_no_fighting_sides() {
    // civilians are no side of the fight: each group is struck by no one named
    let ev = doc_events(
        &["Clashes/2/nsubj killed/0/root eight/4/nummod policemen/2/obj and/7/cc 15/7/nummod villagers/4/conj ./2/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.actor.is_none()), "{ev:#?}");
    // a bombing is no fight: its victims did not strike each other
    let ev = doc_events(
        &["The/2/det bombing/3/nsubj killed/0/root eight/5/nummod policemen/3/obj and/8/cc 15/8/nummod insurgents/5/conj ./3/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.actor.is_none()), "{ev:#?}");
}

/// (target role, killed count, injured count) of every event, sorted.
fn tolls(ev: &[Event]) -> Vec<(Option<&str>, Option<u64>, Option<u64>)> {
    let count = |c: &Option<casus_core::Casualty>| c.as_ref().and_then(|c| c.count);
    let mut out: Vec<_> = ev
        .iter()
        .map(|e| {
            let role = e.target.as_ref().and_then(|t| t.role.as_deref());
            (role, count(&e.casualties.killed), count(&e.casualties.injured))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_toll_said_to_be_mostly_of_named_groups_is_theirs() {
    let ev = doc_events(
        &["The/2/det bombing/3/nsubj killed/0/root 30/5/nummod people/3/obj ,/8/punct mostly/8/advmod policemen/5/nmod and/10/cc soldiers/8/conj ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(tolls(&ev), [(Some("COP"), Some(30), None), (Some("MIL"), Some(30), None)], "{ev:#?}");
    // the nationality before the first group holds for the second
    let ev = doc_events(
        &["The/2/det bombing/3/nsubj killed/0/root 30/5/nummod people/3/obj ,/9/punct mostly/9/advmod Kenyan/9/amod soldiers/5/nmod and/11/cc police/9/conj ./3/punct"],
        "2025-03-12",
    );
    let countries: Vec<_> = ev.iter().map(|e| e.target.as_ref().and_then(|t| t.country.as_deref())).collect();
    assert_eq!(countries, [Some("KEN"), Some("KEN")], "{ev:#?}");
    let ev = doc_events(
        &["The/2/det shelling/3/nsubj wounded/0/root 40/5/nummod people/3/obj ,/8/punct mainly/8/advmod civilians/5/appos ,/8/punct ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(tolls(&ev), [(Some("CVL"), None, Some(40))], "{ev:#?}");
}

#[test]
fn a_place_after_mostly_or_a_toll_read_as_the_object_is_not_split() {
    // "mostly near police stations" says where, not who.
    let ev = doc_events(
        &["The/2/det clashes/3/nsubj killed/0/root 25/5/nummod people/3/obj ,/10/punct mostly/10/advmod near/10/case police/10/compound stations/5/nmod ./3/punct"],
        "2025-03-12",
    );
    assert!(ev.iter().all(|e| e.target.as_ref().and_then(|t| t.role.as_deref()) != Some("COP")), "{ev:#?}");
    // With the generic toll as the verb's target, no copy for the second group alone.
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root 25/4/nummod people/2/obj ,/7/punct mostly/7/advmod soldiers/4/nmod and/9/cc police/7/conj ./2/punct"],
        "2025-03-12",
    );
    let roles: Vec<_> = ev.iter().filter_map(|e| e.target.as_ref().and_then(|t| t.role.clone())).collect();
    let has = |r: &str| roles.iter().any(|x| x == r);
    assert!(!has("COP") || has("MIL"), "a police copy without the soldiers: {ev:#?}");
}

#[test]
fn a_part_named_with_including_leaves_the_toll_generic() {
    let ev = doc_events(
        &["The/2/det bombing/3/nsubj killed/0/root 30/5/nummod people/3/obj ,/9/punct including/9/case four/9/nummod policemen/5/nmod ./3/punct"],
        "2025-03-12",
    );
    assert_eq!(tolls(&ev), [(None, Some(30), None)], "{ev:#?}");
}

#[test]
fn a_bombing_that_modifies_a_force_noun_is_one_event_of_the_finer_kind() {
    let ev = doc_events(
        &["A/4/det roadside/3/amod bomb/4/compound blast/5/nsubj killed/0/root four/7/nummod soldiers/5/obj ./5/punct"],
        "2025-03-12",
    );
    let codes: Vec<_> = ev.iter().map(|e| (e.action.text.as_str(), e.action.cameo.as_str())).collect();
    assert_eq!(codes, [("blast", "1833")], "{ev:#?}");
}

#[test]
fn a_list_of_weapons_on_a_force_noun_still_splits_by_weapon() {
    let ev = doc_events(
        &["The/2/det convoy/3/nsubj came/0/root under/9/case a/9/det bomb/9/compound and/8/cc gun/6/conj attack/3/obl ./3/punct"],
        "2025-03-12",
    );
    let mut codes: Vec<_> = ev.iter().map(|e| e.action.cameo.as_str()).collect();
    codes.sort();
    // A gun attack is shooting, 190 (GUIDELINES 12.4), beside the bombing.
    assert_eq!(codes, ["183", "190"], "{ev:#?}");
}
