//! "The group and its allies" (possessors.rs): the possessive of a coordination's last conjunct is the
//! first conjunct, and the allies it owns are others on its side, not the owner nor the story's state.
use crate::events::testing::doc_events;
use casus_core::{Event, Party};

/// (country, role, name) of every actor.
fn actors(ev: &[Event]) -> Vec<(Option<&str>, Option<&str>, Option<&str>)> {
    ev.iter().filter_map(|e| e.actor.as_ref()).map(key).collect()
}

fn key(p: &Party) -> (Option<&str>, Option<&str>, Option<&str>) {
    (p.country.as_deref(), p.role.as_deref(), p.name.as_deref())
}

/// (trigger, actor, target) of every event, for failure messages.
fn brief(ev: &[Event]) -> Vec<String> {
    let k = |p: &Option<Party>| p.as_ref().map(|p| format!("{:?} {}", key(p), p.text));
    ev.iter().map(|e| format!("{} {:?} -> {:?}", e.action.text, k(&e.actor), k(&e.target))).collect()
}

const TROOPS: &str = "Kenyan/2/amod troops/3/nsubj entered/0/root southern/5/amod Somalia/3/obj ./3/punct";

#[test]
fn an_armed_group_s_allies_are_rebels_of_its_country() {
    let raid = "Al-Shabab/5/nsubj and/4/cc its/4/nmod:poss allies/1/conj attacked/0/root an/8/det army/8/compound \
                base/5/obj on/10/case Monday/5/obl ./5/punct";
    let ev = doc_events(&[TROOPS, raid], "2024-05-07");
    let got = actors(&ev);
    assert!(got.contains(&(Some("SOM"), Some("REB"), Some("al-Shabab allies"))), "{:#?}", brief(&ev));
}

#[test]
fn a_separatist_group_s_allies_are_rebels() {
    let seps =
        "Separatist/2/amod rebels/3/nsubj attacked/0/root a/5/det train/3/obj in/7/case Pakistan/3/obl ./3/punct";
    let year = "The/3/det separatist/3/amod group/8/nsubj and/7/cc its/7/nmod:poss ideological/7/amod allies/3/conj \
                launched/0/root 300/10/nummod attacks/8/obj last/12/amod year/8/obl:tmod ./8/punct";
    let ev = doc_events(&[seps, year], "2024-05-07");
    let launched: Vec<_> = ev.iter().filter(|e| e.action.text.contains("attacks")).collect();
    let roles: Vec<_> = launched.iter().filter_map(|e| e.actor.as_ref()?.role.as_deref()).collect();
    assert!(roles.contains(&"SEP") && roles.contains(&"REB"), "{:#?}", brief(&ev));
}

#[test]
fn a_state_s_partners_are_read_as_its_side() {
    // Other states the phrase does not name: no party of their own, and not the story's other state.
    let sanctions = "Washington/6/nsubj and/5/cc its/5/nmod:poss Western/5/amod partners/1/conj imposed/0/root \
                     sanctions/6/obj on/9/case Iran/6/obl ./6/punct";
    let ev = doc_events(&[TROOPS, sanctions], "2024-05-07");
    let imposed: Vec<Event> = ev.iter().filter(|e| e.action.text == "imposed").cloned().collect();
    assert_eq!(actors(&imposed), [(Some("USA"), Some("GOV"), Some("United States"))], "{:#?}", brief(&ev));
}

#[test]
fn allies_beside_the_group_leave_its_gunmen_attributed() {
    // The allies are rebels, the group separatists: the gunmen are still the one group's.
    let gunmen = "Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj ./2/punct";
    let raid = "The/3/det separatist/3/amod group/7/nsubj and/6/cc its/6/nmod:poss allies/3/conj attacked/0/root \
                an/10/det army/10/compound base/7/obj ./7/punct";
    let ev = doc_events(&[gunmen, raid], "2024-05-07");
    let stormed: Vec<Event> = ev.iter().filter(|e| e.action.text == "stormed").cloned().collect();
    let roles: Vec<_> = stormed.iter().filter_map(|e| e.actor.as_ref()?.role.as_deref()).collect();
    assert_eq!(roles, ["SEP"], "{:#?}", brief(&ev));
}

#[test]
fn its_after_two_conjuncts_binds_neither() {
    // "Al-Shabab, local militias and its allies": "its" may be either conjunct's (the militias may be
    // read as one body); it is left to the usual reading, not taken for the first.
    let both = "Al-Shabab/8/nsubj ,/4/punct local/4/amod militias/1/conj and/7/cc its/7/nmod:poss allies/1/conj \
                attacked/0/root an/11/det army/11/compound base/8/obj ./8/punct";
    let ev = doc_events(&[TROOPS, both], "2024-05-07");
    let got = actors(&ev);
    assert!(!got.iter().any(|a| a.2 == Some("al-Shabab allies")), "{:#?}", brief(&ev));
}

#[test]
fn a_possessed_noun_with_a_role_of_its_own_keeps_the_owner_s_side() {
    // "its fighters" are the group's own members, no allies.
    let raid = "Al-Shabab/5/nsubj and/4/cc its/4/nmod:poss fighters/1/conj attacked/0/root an/8/det army/8/compound \
                base/5/obj on/10/case Monday/5/obl ./5/punct";
    let ev = doc_events(&[TROOPS, raid], "2024-05-07");
    let raids: Vec<Event> = ev.iter().filter(|e| e.action.text == "attacked").cloned().collect();
    let got = actors(&raids);
    assert!(!got.is_empty() && got.iter().all(|a| a.0 == Some("SOM")), "{:#?}", brief(&ev));
    assert!(!got.iter().any(|a| a.2.is_some_and(|n| n.ends_with("allies"))), "{:#?}", brief(&ev));
}
