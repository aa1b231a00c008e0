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
    // "the troops" would be the turncoats' bare mention if "former" counted story-wide.
    let soldiers = "The/2/det troops/3/nsubj retook/0/root the/5/det station/3/obj ./3/punct";
    let ev = doc_events(&[former, soldiers], "2024-05-07");
    assert_eq!(actor_role(&ev, "retook").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn a_headline_s_capitals_name_no_officer() {
    // "Kindu" after the title is the headline's place, in capitals like every word, not a name.
    let headline = "Renegade/2/amod Colonel/3/nsubj Attacks/0/root Kindu/3/obj";
    let militia = "Kindu/3/nmod:poss 's/1/case militia/4/nsubj burned/0/root a/6/det village/4/obj ./4/punct";
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

const SEIZED: &str =
    "Mutinous/2/amod paratroopers/3/nsubj seized/0/root the/6/det radio/6/compound station/3/obj ./3/punct";

#[test]
fn loyal_forces_in_the_story_leave_bare_mentions_unread() {
    let loyal = "Loyal/2/amod paratroopers/3/nsubj attacked/0/root the/5/det mutineers/3/obj ./3/punct";
    let later = "The/2/det paratroopers/3/nsubj retook/0/root the/5/det station/3/obj ./3/punct";
    let ev = doc_events(&[SEIZED, loyal, later], "2024-05-07");
    assert_eq!(actor_role(&ev, "seized").as_deref(), Some("REB"), "{ev:?}");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
    assert_eq!(actor_role(&ev, "retook").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn a_one_word_force_without_the_is_anyone_s() {
    let bare = "Paratroopers/2/nsubj attacked/0/root a/5/det police/5/compound station/2/obj ./2/punct";
    let ev = doc_events(&[SEIZED, bare], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn a_past_mutiny_is_not_the_story_s() {
    let past = "In/2/case 2012/5/obl ,/2/punct mutinous/4/amod paratroopers/5/nsubj stormed/0/root the/8/det \
                presidential/8/amod palace/5/obj ./5/punct";
    let ev = doc_events(&[past, PARATROOPERS], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn a_namesake_officer_is_not_the_renegade() {
    let renegade =
        "Renegade/4/amod Colonel/4/compound Paul/4/compound Saleh/5/nsubj seized/0/root the/7/det town/5/obj ./5/punct";
    let namesake =
        "Colonel/3/compound Ali/3/compound Saleh/4/nsubj attacked/0/root an/7/det army/7/compound post/4/obj ./4/punct";
    let ev = doc_events(&[renegade, namesake], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
}

#[test]
fn troops_of_a_defunct_state_are_no_turncoats() {
    let soviet =
        "Former/3/amod Soviet/3/amod troops/4/nsubj attacked/0/root a/7/det police/7/compound station/4/obj ./4/punct";
    let ev = doc_events(&[soviet], "2024-05-07");
    assert_ne!(actor_role(&ev, "attacked").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn loyal_forces_of_another_noun_leave_the_turncoats_named() {
    let loyal = "Loyal/2/amod troops/3/nsubj attacked/0/root the/5/det mutineers/3/obj ./3/punct";
    let later = "The/2/det paratroopers/3/nsubj retook/0/root the/5/det station/3/obj ./3/punct";
    let ev = doc_events(&[SEIZED, loyal, later], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("MIL"), "{ev:?}");
    assert_eq!(actor_role(&ev, "retook").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn an_appositive_after_the_renegade_s_name_keeps_the_name() {
    // "Renegade Colonel Paul Saleh, who deserted last year, seized the town."
    let renegade = "Renegade/4/amod Colonel/4/compound Paul/4/compound Saleh/10/nsubj ,/4/punct who/7/nsubj \
                    deserted/4/acl:relcl last/9/amod year/7/obl:tmod ,/4/punct seized/0/root the/12/det \
                    town/10/obj ./10/punct";
    let ev = doc_events(&[renegade, COLONEL], "2024-05-07");
    assert_eq!(actor_role(&ev, "attacked").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn a_man_whose_given_name_is_the_renegade_s_surname_is_another() {
    let renegade =
        "Renegade/4/amod General/4/compound Ahmed/4/compound Musa/5/nsubj seized/0/root the/7/det town/5/obj ./5/punct";
    let other = "Musa/3/nsubj Ali/1/flat attacked/0/root an/6/det army/6/compound post/3/obj ./3/punct";
    let ev = doc_events(&[renegade, other], "2024-05-07");
    assert_ne!(actor_role(&ev, "attacked").as_deref(), Some("REB"), "{ev:?}");
}
