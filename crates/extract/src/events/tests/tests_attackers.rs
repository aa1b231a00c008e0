//! One set of attackers, one key (GUIDELINES §12.9): the unnamed gunmen of an attack the story
//! attributes to an armed group are that group; militias, recalled attacks and denied ones are not.
use crate::events::testing::doc_events;

/// The role of the actor of the first event whose trigger is `trigger`.
fn actor_role(ev: &[casus_core::Event], trigger: &str) -> Option<String> {
    ev.iter().find(|e| e.action.text == trigger)?.actor.as_ref()?.role.clone()
}

const GUNMEN: &str = "Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj ./2/punct";
const MILITANTS: &str = "Militants/2/nsubj attacked/0/root a/5/det police/5/compound station/2/obj ./2/punct";

#[test]
fn gunmen_of_an_attack_the_story_attributes_are_the_group() {
    let ev = doc_events(&[GUNMEN, MILITANTS], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn a_militia_stays_a_side_of_its_own() {
    let militia = "A/2/det militia/3/nsubj stormed/0/root a/5/det hotel/3/obj ./3/punct";
    let ev = doc_events(&[militia, MILITANTS], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn militants_fighting_troops_attribute_no_gunmen() {
    // The militants are an actor only as the other side of the troops' clash.
    let clash = "Troops/2/nsubj clashed/0/root with/4/case militants/2/obl ./2/punct";
    let ev = doc_events(&[GUNMEN, clash], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn a_group_that_denies_leaves_the_gunmen_unattributed() {
    let denial = "The/2/det rebels/3/nsubj denied/0/root involvement/3/obj ./3/punct";
    let ev = doc_events(&[GUNMEN, MILITANTS, denial], "2024-05-07");
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("016")), "{ev:?}");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn gunmen_beside_the_group_in_one_act_are_others() {
    let both = "Rebels/7/nsubj ,/5/punct together/5/case with/5/case gunmen/1/nmod ,/1/punct attacked/0/root soldiers/7/obj ./7/punct";
    let ev = doc_events(&[both], "2024-05-07");
    let roles: Vec<_> = ev.iter().filter_map(|e| e.actor.as_ref()?.role.clone()).collect();
    assert_eq!(roles, ["REB", "UAF"], "{ev:?}");
}

#[test]
fn militants_placed_abroad_are_that_state_s_and_no_separatists() {
    // A story on separatists blames earlier attacks on militants present on Afghan soil.
    let seps = "Separatists/2/nsubj attacked/0/root a/4/det train/2/obj in/6/case Pakistan/2/obl ./2/punct";
    let blame = "Pakistan/2/nsubj blamed/0/root attacks/2/obj on/5/case militants/3/nmod present/5/acl on/9/case Afghan/9/amod soil/6/obl ./2/punct";
    let ev = doc_events(&[seps, blame], "2024-05-07");
    let militants = ev.iter().filter_map(|e| e.target.as_ref()).find(|p| p.text == "militants").expect("militants");
    assert_eq!((militants.country.as_deref(), militants.role.as_deref()), (Some("AFG"), Some("REB")), "{ev:?}");
}

#[test]
fn a_group_claiming_in_the_gunmen_s_sentence_is_no_co_actor() {
    // The group claims the attack in a second clause: it is no one beside the gunmen in their act.
    let one = "Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj in/6/case Mogadishu/4/nmod on/8/case Tuesday/2/obl ,/12/punct \
               and/12/cc al-Shabab/12/nsubj claimed/2/conj responsibility/12/obj for/16/case the/16/det attack/12/obl ./2/punct";
    let ev = doc_events(&[one], "2024-05-09");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn a_denial_of_talks_leaves_the_attack_attributed() {
    let gunmen = "Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj in/6/case Mogadishu/4/nmod on/8/case Tuesday/2/obl ./2/punct";
    let claim = "Al-Shabab/2/nsubj claimed/0/root responsibility/2/obj for/6/case the/6/det attack/2/obl on/8/case \
                 Tuesday/2/obl ./2/punct";
    let talks =
        "Al-Shabab/2/nsubj denied/0/root that/6/mark it/6/nsubj had/6/aux held/2/ccomp talks/6/obj with/10/case \
                 the/10/det government/7/nmod ./2/punct";
    let ev = doc_events(&[gunmen, claim, talks], "2024-05-09");
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("016")), "{ev:?}");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
}

/// The role of the target of the first event whose trigger is `trigger`.
fn target_role(ev: &[casus_core::Event], trigger: &str) -> Option<String> {
    ev.iter().find(|e| e.action.text == trigger)?.target.as_ref()?.role.clone()
}

#[test]
fn gunmen_of_an_attack_blamed_on_a_cartel_are_the_cartel() {
    // "Gunmen stormed a hotel. Gangsters attacked a police station.": a gang is a side of its own too.
    let gang = "A/2/det gang/3/nsubj attacked/0/root a/6/det police/6/compound station/3/obj ./3/punct";
    let ev = doc_events(&[GUNMEN, gang], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("CRM"), "{ev:?}");
}

#[test]
fn the_kidnappers_hunted_down_days_later_are_the_group_that_took_the_hostages() {
    // "Rebels seized ten hostages on Monday. Marines killed three of the kidnappers on Thursday.": the
    // kidnappers named before, whatever the day.
    let seized = "Rebels/2/nsubj seized/0/root ten/4/nummod hostages/2/obj on/6/case Monday/2/obl ./2/punct";
    let hunt = "Marines/2/nsubj killed/0/root three/2/obj of/6/case the/6/det kidnappers/3/nmod on/8/case \
                Thursday/2/obl ./2/punct";
    let ev = doc_events(&[seized, hunt], "2024-05-10");
    assert_eq!(target_role(&ev, "killed").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn gunmen_named_anew_in_a_round_up_are_other_attackers() {
    // "Militants attacked a police station. Gunmen also shot dead a judge.": another incident.
    let also = "Gunmen/3/nsubj also/3/advmod shot/0/root dead/3/xcomp a/6/det judge/3/obj ./3/punct";
    let ev = doc_events(&[MILITANTS, also], "2024-05-07");
    assert_eq!(actor_role(&ev, "shot").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn a_round_up_item_claimed_after_it_is_the_claimant_s() {
    // "Separately, gunmen stormed a hotel. Militants attacked a police station.": the group named after
    // the round-up item is the one it goes on with.
    let separately = "Separately/4/advmod ,/4/punct gunmen/4/nsubj stormed/0/root a/6/det hotel/4/obj ./4/punct";
    let ev = doc_events(&[separately, MILITANTS], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn a_claim_with_no_day_of_its_own_claims_the_attack_told_before_it() {
    // "Attackers stormed a police station on Friday. The Pakistani Taliban claimed responsibility for
    // the attack": the claim names no day; the attack it claims does.
    let attack =
        "Attackers/2/nsubj stormed/0/root a/5/det police/5/compound station/2/obj on/7/case Friday/2/obl ./2/punct";
    let claim = "The/3/det Pakistani/3/amod Taliban/4/nsubj claimed/0/root responsibility/4/obj for/8/case the/8/det \
                 attack/4/obl ./4/punct";
    let ev = doc_events(&[attack, claim], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("REB"), "{ev:?}");
    // a claim of its own day elsewhere in the week claims no attack of another day
    let other = "The/3/det Pakistani/3/amod Taliban/4/nsubj claimed/0/root responsibility/4/obj on/7/case Sunday/4/obl ./4/punct";
    let ev = doc_events(&[attack, other], "2024-05-07");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
}

#[test]
fn an_official_accusation_naming_a_group_attributes_the_gunmen() {
    let kidnap = "Gunmen/2/nsubj kidnapped/0/root 30/4/nummod students/2/obj in/6/case Bamenda/2/obl ./2/punct";
    let blame = "The/2/det government/3/nsubj blames/0/root separatist/5/amod fighters/3/obj ./3/punct";
    let ev = doc_events(&[kidnap, blame], "2018-11-05");
    assert_eq!(actor_role(&ev, "kidnapped").as_deref(), Some("SEP"), "{ev:?}");
    let raid = "Armed/2/amod men/3/nsubj raided/0/root a/5/det village/3/obj ./3/punct";
    let accused = "Police/2/nsubj accused/0/root the/4/det rebels/2/obj of/6/case the/6/det attack/2/obl ./2/punct";
    let ev = doc_events(&[raid, accused], "2018-11-05");
    assert_eq!(actor_role(&ev, "raided").as_deref(), Some("REB"), "{ev:?}");
}

#[test]
fn the_accused_group_s_denial_leaves_the_accusation_standing() {
    let kidnap = "Gunmen/2/nsubj kidnapped/0/root 30/4/nummod students/2/obj ./2/punct";
    let blame = "The/2/det army/3/nsubj blamed/0/root the/5/det separatists/3/obj ./3/punct";
    let denial = "The/2/det separatists/3/nsubj denied/0/root involvement/3/obj ./3/punct";
    let ev = doc_events(&[kidnap, blame, denial], "2018-11-05");
    assert!(ev.iter().any(|e| e.action.cameo.starts_with("016")), "{ev:?}");
    assert_eq!(actor_role(&ev, "kidnapped").as_deref(), Some("SEP"), "{ev:?}");
}

#[test]
fn a_suspicion_or_a_private_accusation_attributes_nothing() {
    let raid = "Gunmen/2/nsubj stormed/0/root a/4/det hotel/2/obj ./2/punct";
    let suspect = "Police/2/nsubj suspect/0/root the/4/det rebels/2/obj ./2/punct";
    let ev = doc_events(&[raid, suspect], "2018-11-05");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
    let residents = "Residents/2/nsubj blamed/0/root the/4/det rebels/2/obj ./2/punct";
    let ev = doc_events(&[raid, residents], "2018-11-05");
    assert_eq!(actor_role(&ev, "stormed").as_deref(), Some("UAF"), "{ev:?}");
}
