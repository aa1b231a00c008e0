//! Event nouns under another clause, read both ways (`reality::nouns`): a force noun with sides of
//! its own is told even as another act's object; the cause of a state, a mass amount of violence and
//! a relative clause restating an act's object are not.
use crate::events::testing::events_of;

fn force(ev: &[casus_core::Event]) -> Vec<(String, Option<String>)> {
    ev.iter()
        .filter(|e| matches!(e.action.root(), "18" | "19" | "20"))
        .map(|e| (e.action.text.clone(), e.actor.as_ref().map(|a| a.text.clone())))
        .collect()
}

#[test]
fn a_force_noun_naming_its_own_sides_is_told_under_another_act() {
    let supported =
        "Khartoum/2/nsubj supported/0/root an/4/det attack/2/obj by/7/case Chadian/7/amod rebels/4/nmod ./2/punct";
    assert_eq!(force(&events_of(supported, None)), vec![("attack".to_string(), Some("Chadian rebels".to_string()))]);
    let sentenced = "A/2/det court/3/nsubj sentenced/0/root him/3/obj for/7/case the/7/det killing/3/obl of/10/case a/10/det diplomat/7/nmod ./3/punct";
    assert_eq!(force(&events_of(sentenced, None)).len(), 1);
    // A bare noun stays the act's content; a speech act's content is no record (GUIDELINES §2).
    let bare = "Khartoum/2/nsubj supported/0/root an/4/det attack/2/obj ./2/punct";
    assert!(force(&events_of(bare, None)).is_empty());
    let condemned =
        "Khartoum/2/nsubj condemned/0/root an/4/det attack/2/obj by/7/case Chadian/7/amod rebels/4/nmod ./2/punct";
    assert!(force(&events_of(condemned, None)).is_empty());
    // One that anchors the time of its governor is no record of its own.
    let after =
        "Warplanes/2/nsubj struck/0/root Gaza/2/obj after/6/case an/6/det attack/2/obl by/9/case Hamas/9/compound \
                 gunmen/6/nmod ./2/punct";
    let ev = events_of(after, None);
    assert!(!ev.iter().any(|e| e.action.text == "attack"), "{ev:?}");
}

#[test]
fn the_cause_of_a_state_is_no_incident() {
    let plagued = "The/2/det region/5/nsubj:pass has/5/aux been/5/aux:pass plagued/0/root by/7/case attacks/5/obl by/9/case militants/7/nmod ./5/punct";
    assert!(events_of(plagued, None).is_empty());
    let displaced = "Pakistanis/3/nsubj already/3/advmod displaced/0/root by/5/mark fighting/3/advcl in/8/case the/8/det northwest/5/obl ./3/punct";
    let ev = events_of(displaced, None);
    assert!(force(&ev).is_empty(), "{ev:?}");
}

#[test]
fn violence_measured_as_a_mass_amount_is_no_incident() {
    let much = "There/3/expl has/3/aux been/0/root too/5/advmod much/6/amod killing/3/nsubj in/8/case Ukraine/6/nmod ./3/punct";
    assert!(events_of(much, None).is_empty());
    let one = "There/3/expl has/3/aux been/0/root a/5/det killing/3/nsubj in/7/case Ukraine/5/nmod ./3/punct";
    assert_eq!(force(&events_of(one, None)).len(), 1);
}

#[test]
fn a_relative_clause_restating_an_acts_object_is_that_act() {
    let hit = "Rockets/2/nsubj struck/0/root homes/2/obj ,/5/punct wounding/2/advcl five/5/obj in/9/case a/9/det car/6/nmod that/12/nsubj:pass was/12/aux:pass hit/9/acl:relcl ./2/punct";
    assert_eq!(force(&events_of(hit, None)).len(), 1);
    let dated = "Rockets/2/nsubj struck/0/root homes/2/obj ,/5/punct wounding/2/advcl five/5/obj in/9/case a/9/det car/6/nmod that/12/nsubj:pass was/12/aux:pass hit/9/acl:relcl on/14/case Monday/12/obl ./2/punct";
    assert_eq!(force(&events_of(dated, Some("2024-06-05"))).len(), 2);
}
