//! A summary takes no place of the day's incident (`incidents::place`): "Since January, the rebels
//! have stepped up attacks" sums up a span from a month's start, and a present perfect past the lead sums up the
//! conflict, at no one place; a span of days and the lead's present perfect are still the day's news.
use crate::events::testing::doc_events;

const FIRED_NEAR_TOVUZ: &str =
    "Armenian/2/amod forces/3/nsubj fired/0/root near/5/case Tovuz/3/obl on/7/case Monday/3/obl ./3/punct";

/// "[Since WHEN,] the rebels have stepped up attacks on soldiers."
fn stepped_up(since: Option<&str>) -> String {
    let rest = "the/2/det rebels/4/nsubj have/4/aux stepped/0/root up/4/compound:prt attacks/4/obj on/8/case \
                soldiers/6/nmod ./4/punct";
    let Some(when) = since else { return rest.replacen("the", "The", 1) };
    // The rest's heads shift by the three words in front.
    let shifted: Vec<String> = rest
        .split_whitespace()
        .map(|w| {
            let mut p = w.rsplitn(3, '/');
            let (rel, head, word) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
            let head: usize = head.parse().unwrap();
            format!("{word}/{}/{rel}", if head == 0 { 0 } else { head + 3 })
        })
        .collect();
    format!("Since/2/case {when}/7/obl ,/7/punct {}", shifted.join(" "))
}

fn place_of_attacks(specs: &[&str]) -> Option<String> {
    place_of_attacks_on(specs, "2024-02-13", "attacks")
}

/// The place of the event whose trigger contains `trigger`, in a story published on `published`.
fn place_of_attacks_on(specs: &[&str], published: &str, trigger: &str) -> Option<String> {
    let ev = doc_events(specs, published);
    let e = ev.iter().find(|e| e.action.text.contains(trigger)).unwrap_or_else(|| panic!("no {trigger} in {ev:#?}"));
    e.location.as_ref().and_then(|l| l.name.clone())
}

#[test]
fn attacks_stepped_up_over_the_year_take_no_place_of_the_day() {
    let year = stepped_up(Some("January"));
    assert_eq!(place_of_attacks(&[FIRED_NEAR_TOVUZ, &year]), None);
}

#[test]
fn attacks_stepped_up_over_days_keep_the_place_of_the_incident() {
    // "Since Sunday": a span of days in the incident's month is the incident's own.
    let days = stepped_up(Some("Sunday"));
    assert_eq!(place_of_attacks(&[FIRED_NEAR_TOVUZ, &days]).as_deref(), Some("Tovuz"));
}

#[test]
fn a_present_perfect_past_the_lead_sums_up_at_no_place() {
    let filler = "It/2/nsubj rained/0/root ./2/punct";
    let perfect = stepped_up(None);
    assert_eq!(place_of_attacks(&[FIRED_NEAR_TOVUZ, filler, filler, filler, &perfect]), None);
    // In the lead it is the day's news.
    assert_eq!(place_of_attacks(&[FIRED_NEAR_TOVUZ, &perfect]).as_deref(), Some("Tovuz"));
}

#[test]
fn a_span_of_days_across_a_month_s_end_is_still_the_incident_s() {
    // Published Friday 1 March: "since Sunday" (25 February) is held by the year alone, but it is
    // still a span of days, as it is when published on 16 February.
    let days = stepped_up(Some("Sunday"));
    for published in ["2024-02-16", "2024-03-01"] {
        assert_eq!(place_of_attacks_on(&[FIRED_NEAR_TOVUZ, &days], published, "attacks").as_deref(), Some("Tovuz"));
    }
    // A span from a month's start stays a summary on either day.
    let year = stepped_up(Some("January"));
    for published in ["2024-02-16", "2024-03-01"] {
        assert_eq!(place_of_attacks_on(&[FIRED_NEAR_TOVUZ, &year], published, "attacks"), None);
    }
}
