//! Single victims named by a title, lives taken, and coordinated groups past a place or a possessive.
use super::tests::{cas, counts};
use super::CasualtyKind::*;
use casus_core::Qualifier::*;

#[test]
fn a_victim_named_by_a_title_or_rank_is_one() {
    for (text, quoted) in [
        ("Gunmen shot dead a police colonel on Monday.", "shot dead a police colonel"),
        ("Unknown attackers killed a priest in the town.", "killed a priest"),
        ("A bomb killed an imam outside his mosque.", "killed an imam"),
        ("Militants assassinated a judge in the capital.", "assassinated a judge"),
        ("The blast killed a pilgrim near the shrine.", "killed a pilgrim"),
        ("Gunmen killed an army captain.", "killed an army captain"),
    ] {
        assert_eq!(cas(text), vec![(Killed, Some(1), Exact, quoted.to_string())], "{text}");
    }
}

#[test]
fn a_title_before_an_of_phrase_is_one_victim() {
    assert_eq!(counts("Gunmen killed the mayor of Iguala on Saturday."), vec![(Killed, Some(1), Exact)]);
    assert_eq!(
        counts("Gunmen shot dead the mayor of Iguala and two of his bodyguards."),
        vec![(Killed, Some(3), Exact)]
    );
    // no one by name: a quantity or a collective before "of"
    assert_eq!(counts("The shelling killed a number of civilians."), vec![(Killed, None, Several)]);
    assert!(!counts("Gunmen killed a family of farmers.").contains(&(Killed, Some(1), Exact)));
}

#[test]
fn a_collective_is_not_one_victim() {
    assert!(!counts("Gunmen killed a family in the village.").contains(&(Killed, Some(1), Exact)));
    assert!(!counts("The shelling wounded a crew of the ship.").contains(&(Injured, Some(1), Exact)));
}

#[test]
fn lives_claimed_or_cost_are_the_dead() {
    assert_eq!(counts("The insurgency has claimed some 27,000 lives."), vec![(Killed, Some(27000), Approx)]);
    assert_eq!(counts("The fighting has cost dozens of lives."), vec![(Killed, None, Several)]);
    assert_eq!(counts("The war took more than 5,000 lives."), vec![(Killed, Some(5000), MoreThan)]);
}

#[test]
fn lives_saved_or_changed_are_no_toll() {
    assert_eq!(counts("Medics saved 20 lives."), vec![]);
    assert_eq!(counts("The program changed thousands of lives."), vec![]);
    assert_eq!(counts("The rebels claimed 3 attacks."), vec![]);
}

#[test]
fn a_group_after_a_place_word_is_still_counted() {
    assert_eq!(
        counts("A car bomb killed two soldiers and a civilian outside an army post."),
        vec![(Killed, Some(3), Exact)]
    );
}

#[test]
fn a_passer_by_is_one_victim_of_a_group() {
    assert_eq!(
        counts("The blast killed three policemen and a passer-by near the checkpoint."),
        vec![(Killed, Some(4), Exact)]
    );
}

#[test]
fn a_part_of_someone_s_own_people_is_a_group_of_its_own() {
    assert_eq!(
        counts("A roadside bomb killed a district governor and three of his bodyguards."),
        vec![(Killed, Some(4), Exact)]
    );
    // "two of them" restates victims already counted
    assert_eq!(counts("The attack killed 12 people and two of them were children."), vec![(Killed, Some(12), Exact)]);
}

#[test]
fn one_victim_after_a_counted_group_adds_one() {
    assert_eq!(counts("Two soldiers and a policeman were killed in the attack."), vec![(Killed, Some(3), Exact)]);
    assert_eq!(counts("Two soldiers and three policemen were killed in the attack."), vec![(Killed, Some(5), Exact)]);
    // no counted group before it: not read as one
    assert!(!counts("A soldier and a policeman were killed.").contains(&(Killed, Some(1), Exact)));
}
