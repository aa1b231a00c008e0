//! Tests of incidents that last several days (a siege, a hostage-taking told over its coverage) and
//! of one protest told of several groups.
use super::tests::{info, told};
use super::*;

/// Reports of one story on consecutive days, from the 11th on, with the same parties.
fn days(n: u32) -> Vec<EventInfo> {
    (0..n)
        .map(|i| {
            let mut e = info("d", i as usize, "190", Some("PAK/SEP"), Some("PAK/CVL"));
            e.date = Span::parse(&format!("2025-03-{}", 11 + i));
            e
        })
        .collect()
}

#[test]
fn a_siege_told_over_its_days_is_one_incident() {
    let opts = Options::default();
    // The attack on Tuesday, the siege on Wednesday, the rescue told on Thursday: Thursday is two days
    // after Tuesday but the day after the incident's span.
    let siege = days(3);
    assert!(!compatible(&siege[0], &siege[2], &opts));
    assert_eq!(group(&siege, &opts), vec![vec![0, 1, 2]]);
    // No bridge over an empty day: Tuesday's and Thursday's reports alone are two incidents.
    assert_eq!(group(&[siege[0].clone(), siege[2].clone()], &opts).len(), 2);
}

#[test]
fn a_multi_day_incident_lasts_a_few_days_at_most() {
    let opts = Options::default();
    // Four days in a row chain no further than three.
    let groups = group(&days(4), &opts);
    assert_eq!(groups, vec![vec![0, 1, 2], vec![3]]);
}

#[test]
fn one_protest_told_of_several_groups_is_one() {
    let opts = Options::default();
    let text = "they were protesting the presence of ethiopian troops";
    let of = |actor| told(info("d", 4, "140", Some(actor), Some("ETH/MIL")), text);
    assert!(compatible(&of("SOM/CVL"), &of("SOM/REB"), &opts));
    // Measures and statements are each party's own: "Pakistan and the United States have designated
    // the group a terrorist organisation", "A and B condemned the attack".
    let text = "pakistan and the united states have designated the group a terrorist organisation";
    let designated = |actor| told(info("d", 4, "172", Some(actor), Some("PAK/SEP")), text);
    assert!(!compatible(&designated("PAK/GOV"), &designated("USA/GOV"), &opts));
    let condemned = |actor| told(info("d", 4, "122", Some(actor), None), "a and b condemned the attack");
    assert!(!compatible(&condemned("USA/GOV"), &condemned("GBR/GOV"), &opts));
}

#[test]
fn reprisals_of_other_parties_on_the_day_after_are_their_own_incident() {
    let opts = Options::default();
    // The massacre on Saturday, its aftermath on Sunday, residents' reprisals on Monday.
    let mut days = days(3);
    days[1].actor = None;
    days[2].actor = Some("PAK/CVL".into());
    days[2].target = Some("PAK/OPP".into());
    assert_eq!(group(&days, &opts), vec![vec![0, 1], vec![2]]);
    // "The militants were killed" on Monday is told of one of the two sides.
    days[2].actor = None;
    days[2].target = Some("PAK/SEP".into());
    assert_eq!(group(&days, &opts), vec![vec![0, 1, 2]]);
}
