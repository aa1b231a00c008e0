//! What casualty grammar must not count: figures that are not people, figurative deaths,
//! subjects of active verbs, absent reports; what counts {null, several} instead of a number.
use super::tests::counts;
use super::CasualtyKind::*;
use casus_core::Qualifier::*;

#[test]
fn casualties_no_reports_is_not_zero() {
    assert_eq!(counts("There were no immediate reports of casualties."), vec![]);
}

#[test]
fn casualties_figurative_or_plural_without_number_count_nothing() {
    for s in [
        "Manning thinks that for now, denuclearization diplomacy is dead.",
        "The history of the Asians in the U.S. is missing from many textbooks.",
        "The related economic slowdown has hurt.",
        "Civilians are being killed for their political views.",
        "The officers were killed as they fled.",
        "The army killed the rebels.",
        "prevent further combat casualties",
        "It is not clear how many people were killed.",
        "The battle was lost.",
    ] {
        assert_eq!(counts(s), vec![], "{s}");
    }
}

#[test]
fn casualties_active_subject_is_not_the_count() {
    assert_eq!(counts("Two gunmen killed villagers in the north."), vec![(Killed, None, Several)]);
}

#[test]
fn casualties_combined_figures_are_several_of_each() {
    assert_eq!(
        counts("The forces had also killed and injured 1,000 Taliban fighters in the past week."),
        vec![(Killed, None, Several), (Injured, None, Several)]
    );
    assert_eq!(
        counts("Battles have reportedly killed and wounded dozens of civilians."),
        vec![(Killed, None, Several), (Injured, None, Several)]
    );
    // no figure, nothing
    assert_eq!(counts("The dead and wounded were taken to hospital."), vec![]);
}

#[test]
fn casualties_numbers_that_are_not_people() {
    for s in [
        "Despite the 2 000 Russian blue helmets deployed to oversee the truce, shootings have been reported.",
        "Armenian forces opened fire roughly 250 miles north of Nerkin Hand.",
        "the six-week conflict along the 620-mile border",
        "He was killed 3 years ago.",
        "The strike killed on Feb. 13 in the morning.",
        "deaths rising by nearly 45% in 2024",
        "Deaths in these attacks surged from 88 in 2023 to 388 in 2024.",
    ] {
        let big: Vec<_> = counts(s).into_iter().filter(|c| c.1.is_some_and(|n| n > 1)).collect();
        assert_eq!(big, vec![], "{s}");
    }
}

#[test]
fn casualties_deaths_of_illness_are_none() {
    for s in [
        "Meanwhile, in southern Somalia, 22 people have reportedly died from a suspected cholera outbreak.",
        "Hundreds of deaths from hunger were reported.",
        "The former president died of natural causes.",
    ] {
        assert_eq!(counts(s), vec![], "{s}");
    }
    assert_eq!(counts("22 people died from their wounds."), vec![(Killed, Some(22), Exact)]);
}

#[test]
fn casualties_an_infinitive_is_an_aim_not_a_toll() {
    for s in [
        "He told the court that he tried to kill the journalist in 2022.",
        "The rebels threatened to kill 20 hostages unless their demands were met.",
        "Police said the gunman had planned to wound a guard and flee.",
    ] {
        assert_eq!(counts(s), vec![], "{s}");
    }
    // the finite verb still counts
    assert_eq!(counts("Gunmen tried to storm the hotel and killed 12 people."), vec![(Killed, Some(12), Exact)]);
    // an infinitive under a verb of going on is the toll itself
    assert_eq!(counts("Israeli strikes continued to kill 40 people on Monday."), vec![(Killed, Some(40), Exact)]);
    assert_eq!(counts("The bomb exploded, going on to kill 12 people."), vec![(Killed, Some(12), Exact)]);
}

#[test]
fn casualties_wounds_are_not_people() {
    for s in ["The victim suffered three gunshot wounds.", "A policeman was stabbed and suffered five stab wounds."] {
        assert!(!counts(s).iter().any(|c| matches!(c.1, Some(3 | 5))), "{s}: {:?}", counts(s));
    }
}
