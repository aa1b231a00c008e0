//! Tests of an incident told over several days ([`super::chained`]).
use super::tests::{info, told};
use super::*;
use crate::dates::Span;

/// An event of story `doc` at sentence `n` dated to day `day` of March 2025.
fn on(doc: &str, n: usize, day: u32, text: &str) -> EventInfo {
    let (army, rebels) = (Some("PAK/MIL"), Some("PAK/SEP"));
    let mut e = told(info(doc, n, "190", army, rebels), text);
    e.date = Span::parse(&format!("2025-03-{day:02}"));
    e
}

#[test]
fn an_incident_told_over_three_days_chains_a_day_at_a_time() {
    let opts = Options::default();
    let attack = on("a", 0, 11, "gunmen seized a bus on the highway on monday and held its passengers");
    let siege = on("a", 1, 12, "troops stormed the bus on tuesday and freed most of the passengers");
    let freed = on("a", 2, 13, "the minister said on wednesday that all of the hostages were now free");
    // Monday and Wednesday are too far apart on their own ...
    assert!(!compatible(&attack, &freed, &opts));
    assert_eq!(group(&[attack.clone(), freed.clone()], &opts).len(), 2);
    // ... but Tuesday, a day from each, links them.
    assert_eq!(group(&[attack, siege, freed], &opts).len(), 1);
}

#[test]
fn a_round_up_s_incidents_two_days_apart_stay_two() {
    let opts = Options::default();
    // Two kidnappings of one round-up story, nothing told of the day between.
    let first = on("a", 0, 11, "gunmen kidnapped six workers from an oil platform on monday");
    let second = on("a", 1, 13, "on wednesday gunmen kidnapped a foreign engineer from a bar");
    assert_eq!(group(&[first, second], &opts).len(), 2);
}

#[test]
fn a_day_between_does_not_link_two_towns_far_apart() {
    let opts = Options::default();
    let town = |name: &str, lat: f64| Place {
        name: name.into(),
        country: "PAK".into(),
        border_with: None,
        admin1: None,
        lat: Some(lat),
        lon: Some(67.0),
        kind: Kind::City,
        population: 1,
    };
    let mut first = on("a", 0, 11, "militants attacked a police post in the north on monday");
    let mut between = on("a", 1, 12, "a bomb hit a market in the north on tuesday");
    let mut second = on("a", 2, 13, "gunmen ambushed a convoy in the south on wednesday");
    first.place = Some(town("Northtown", 34.0));
    between.place = Some(town("Northtown", 34.0));
    second.place = Some(town("Southtown", 29.0));
    let groups = group(&[first, between, second], &opts);
    assert_eq!(groups.len(), 2);
    assert!(groups.iter().any(|g| g == &vec![2]));
}
