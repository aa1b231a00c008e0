//! State forces the story calls mutinous, renegade or former are the armed group fighting the state
//! (GUIDELINES §12.2 REB: mutineers) wherever the story names them again by the force noun or the
//! officer's name; the state's own forces, and a former officer, keep their role.
use crate::events::testing::doc_events;

/// The role of the actor of the first event whose trigger is `trigger`.
fn actor_role(ev: &[casus_core::Event], trigger: &str) -> Option<String> {
    ev.iter().find(|e| e.action.text == trigger)?.actor.as_ref()?.role.clone()
}

const MUTINY: &str =
    "Mutinous/2/amod paratroopers/3/nsubj stormed/0/root the/6/det presidential/6/amod palace/3/obj ./3/punct";
const PARATROOPERS: &str =
    "The/2/det paratroopers/4/nsubj later/4/advmod attacked/0/root a/7/det police/7/compound station/4/obj ./4/punct";

#[test]
fn a_force_the_story_calls_mutinous_is_the_armed_group_later() {
    let ev = doc_events(&[MUTINY, PARATROOPERS], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn the_same_force_in_a_story_of_no_mutiny_is_the_state_s() {
    let ev = doc_events(&[PARATROOPERS], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn the_state_s_own_force_keeps_its_role_beside_mutineers() {
    let loyal = "Government/2/compound paratroopers/3/nsubj retook/0/root the/5/det palace/3/obj ./3/punct";
    let ev = doc_events(&[MUTINY, loyal], "2024-05-07");
    assert_eq!(actor_role(&ev, "retook").as_deref(), Some("MIL"), "{ev:?}");
}

const COLONEL: &str = "Colonel/2/compound Saleh/3/nsubj attacked/0/root an/6/det army/6/compound post/3/obj ./3/punct";

#[test]
fn a_renegade_officer_and_his_militia_are_the_armed_group_later() {
    let renegade =
        "Renegade/4/amod Colonel/4/compound Paul/4/compound Saleh/5/nsubj seized/0/root the/7/det town/5/obj ./5/punct";
    let militia = "Saleh/3/nmod:poss 's/1/case militia/4/nsubj burned/0/root a/6/det village/4/obj ./4/punct";
    let ev = doc_events(&[renegade, COLONEL, militia], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("REB"), "{ev:?}");
    assert_eq!(actor_role(&ev, "burned").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn a_former_officer_is_no_turncoat() {
    let former = "Former/4/amod Colonel/4/compound Paul/4/compound Saleh/5/nsubj criticized/0/root the/7/det government/5/obj ./5/punct";
    let ev = doc_events(&[former, COLONEL], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn former_troops_in_one_span_are_the_armed_group() {
    let former = "Former/3/amod army/3/compound troops/4/nsubj occupied/0/root a/7/det police/7/compound station/4/obj ./4/punct";
    let ev = doc_events(&[former], "2024-05-07");
    assert_eq!(actor_role(&ev, "occupied").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn former_troops_make_no_later_soldiers_turncoats() {
    let former = "Former/3/amod army/3/compound troops/4/nsubj occupied/0/root a/7/det police/7/compound station/4/obj ./4/punct";
    let soldiers = "Soldiers/2/nsubj retook/0/root the/4/det station/2/obj ./2/punct";
    let ev = doc_events(&[former, soldiers], "2024-05-07");
    assert_eq!(actor_role(&ev, "retook").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn a_headline_s_capitals_name_no_officer() {
    // "Kindu" after the title is the headline's place, in capitals like every word, not a name.
    let headline = "Renegade/2/amod Colonel/3/nsubj Attacks/0/root Kindu/3/obj";
    let militia = "A/3/det Kindu/3/compound militia/4/nsubj burned/0/root a/6/det village/4/obj ./4/punct";
    let ev = doc_events(&[headline, militia], "2024-05-07");
    assert_eq!(actor_role(&ev, "burned").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn the_forces_of_a_breakaway_region_are_no_turncoats_by_the_word() {
    // "breakaway" turns the region, not the forces of its owner; the later "the forces" stay unread.
    let region = "The/3/det breakaway/3/amod region/5/nmod:poss 's/3/case forces/6/nsubj attacked/0/root a/8/det village/6/obj ./6/punct";
    let forces = "The/2/det forces/3/nsubj shelled/0/root a/5/det town/3/obj ./3/punct";
    let ev = doc_events(&[region, forces], "2024-05-07");
    assert_eq!(actor_role(&ev, "shelled").as_deref(), Some("MIL"), "{ev:?}");
}
