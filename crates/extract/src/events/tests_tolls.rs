//! Casualty counts on the right event of their sentence: the clause that holds the count, a
//! killing with an agent and victims of its own.
use super::testing::doc_events;
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

