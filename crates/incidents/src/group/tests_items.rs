//! Tests of the items of a round-up ("Elsewhere, ...", "In a separate incident, ..."): another episode
//! than their story's before them, and of their story's news day for other stories' reports.
use super::tests::{info, told};
use super::*;
use crate::features::mark_stories;

/// A story of a clash on the 26th with an undated "Elsewhere" item after it, and another story's
/// dated report of that item.
fn round_up() -> Vec<EventInfo> {
    let (mil, reb, cvl) = (Some("SOM/MIL"), Some("SOM/REB"), Some("SOM/CVL"));
    let clash = told(info("a", 0, "190", mil, reb), "troops clashed with rebels in mogadishu on saturday");
    let mut bus = told(info("a", 1, "180", reb, cvl), "elsewhere, gunmen attacked a bus near baidoa");
    bus.date = None;
    bus.new_episode = crate::features::opens_episode(&bus.sentence);
    let report = told(info("b", 4, "180", reb, cvl), "gunmen attacked a passenger bus near baidoa on saturday");
    let mut events = vec![clash, bus, report];
    mark_stories(&mut events);
    events
}

#[test]
fn an_undated_item_of_a_round_up_is_not_the_episode_before_it() {
    let opts = Options::default();
    let events = round_up();
    assert!(events[1].new_episode);
    assert!(!compatible(&events[0], &events[1], &opts));
    // "Meanwhile" already opened another episode; "Separately" and "In a separate incident" do too.
    assert!(crate::features::opens_episode("separately, a roadside bomb killed two soldiers"));
    assert!(crate::features::opens_episode("in a separate incident, police shot a man"));
    assert!(!crate::features::opens_episode("separatists attacked a post, police said"));
}

#[test]
fn an_undated_item_of_a_round_up_joins_another_story_s_dated_report_of_it() {
    let opts = Options::default();
    let events = round_up();
    assert!(events[1].item_day.is_some());
    assert!(compatible(&events[1], &events[2], &opts));
    assert_eq!(group(&events, &opts), vec![vec![0], vec![1, 2]]);
    // Its story's news day is not another story's day a week later.
    let mut later = events.clone();
    later[2].date = Span::parse("2006-09-02");
    assert!(!compatible(&later[1], &later[2], &opts));
}
