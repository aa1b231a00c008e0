//! Tests of the coercive acts of an armed episode (captures, arrests, looting told after the fight)
//! and of stories that date only their background.
use super::tests::{info, told};
use super::*;
use crate::features::mark_stories;

/// A story told undated: a battle with `rebels` (sentence 2), a toll (3) and the act `act` of
/// sentence 5, then a background sentence dated to a year (8).
fn story(act: (&str, Option<&str>, Option<&str>, &str)) -> Vec<EventInfo> {
    let rebels = Some("AFG/REB");
    let (code, actor, target, text) = act;
    let mut events = vec![
        told(info("d", 2, "190", Some("AFG/MIL"), rebels), "troops and insurgents fought for hours near the town"),
        told(info("d", 3, "190", None, Some("AFG/COP")), "two policemen died during the fighting"),
        told(info("d", 5, code, actor, target), text),
        told(info("d", 8, "190", rebels, None), "last year the movement carried out more attacks than ever"),
    ];
    for e in &mut events[..3] {
        e.date = None;
    }
    events[3].date = Span::parse("2006");
    mark_stories(&mut events);
    events
}

#[test]
fn a_capture_of_fighters_after_their_battle_is_part_of_it() {
    let opts = Options::default();
    let captures = [
        ("173", None, Some("AFG/REB"), "at least eight taleban fighters were captured"),
        ("173", Some("AFG/MIL"), Some("AFG/REB"), "soldiers detained a dozen insurgents after the clash"),
        ("171", None, Some("AFG/REB"), "the militants' weapons and vehicles were seized"),
    ];
    for act in captures {
        let events = story(act);
        assert!(!events[0].story_dated, "only a year dated: the undated acts are the story's news");
        assert_eq!(group(&events, &opts), vec![vec![0, 1, 2], vec![3]], "{}", act.3);
    }
}

#[test]
fn an_arrest_told_first_on_another_day_or_by_an_outsider_is_no_act_of_the_battle() {
    let opts = Options::default();
    let rebels = Some("AFG/REB");
    // Told by someone outside the fight: a court's indictment of the rebels' leader.
    let indicted =
        story(("173", Some("international criminal court"), rebels, "the court has indicted the group's leader"));
    assert_eq!(group(&indicted, &opts).len(), 3);
    // On the next day: the arrest of suspects is the investigation's.
    let mut next_day = story(("173", Some("AFG/COP"), rebels, "police arrested several suspects on saturday"));
    next_day[2].date = Span::parse("2007-02-11");
    mark_stories(&mut next_day);
    assert!(!episode_act(&next_day[0], &next_day[2]));
    // Told before the fight: a crackdown is not what the abduction after it came to.
    let (crackdown, abduction) = (info("d", 1, "175", Some("AFG/COP"), rebels), info("d", 4, "181", None, rebels));
    assert!(!episode_act(&crackdown, &abduction) && episode_act(&abduction, &info("d", 6, "173", None, rebels)));
}

#[test]
fn a_story_dated_only_to_months_and_years_tells_its_undated_news_of_one_day() {
    let mut events = story(("190", None, None, "heavy gunfire was heard across the district"));
    assert!(events.iter().all(|e| !e.story_dated));
    events[3].date = Span::parse("2007-02-10");
    mark_stories(&mut events);
    assert!(events.iter().all(|e| e.story_dated));
}
