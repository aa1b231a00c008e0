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
