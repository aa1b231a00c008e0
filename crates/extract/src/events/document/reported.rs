//! Document pass: an incident a sentence dates only by the report of it ("The fighting lasted six
//! hours, the ministry said Monday", "The toll rose to 34, a spokesman said Tuesday") restates the
//! incident the story told before it, and takes that incident's day (GUIDELINES §6: the date of the
//! event, not of the report; §6.6, an incident the document dates elsewhere). The report's day
//! stays where the story dates no incident before it within the news week, where the sentence
//! opens another item ("Elsewhere, …"), or where the event has a place of its own other than the
//! incident's (news of its own: "A soldier was killed in Kandahar, the army said Tuesday").
use super::incidents::antecedent;
use super::meta::Meta;
use crate::events::slots::DateFrom;
use casus_core::{DateRef, Event};
use chrono::NaiveDate;

/// The days an incident may lie before its report and still be the news it restates.
const NEWS_WEEK: i64 = 7;

pub(crate) fn redate(events: &mut [Event], metas: &mut [Meta]) {
    for i in 0..events.len() {
        if metas[i].date_from != DateFrom::Report {
            continue;
        }
        // Dated either way from here on: a later restatement may chain onto it.
        metas[i].date_from = DateFrom::Sentence;
        if !metas[i].force || metas[i].new_item {
            continue;
        }
        let Some(a) = antecedent(metas, i) else { continue };
        if before_report(events[a].date.as_ref(), events[i].date.as_ref()) && restates(&events[i], &events[a]) {
            events[i].date = events[a].date.clone();
        }
    }
}

/// Whether an event restates the incident: it names no place of its own ("The fighting lasted six
/// hours"), or the incident's ("The attack in Dablo took place around 9 a.m."). One set in a place of
/// its own is news of its own ("A soldier was killed by a sniper in Chiyah, police said Sunday").
fn restates(event: &Event, incident: &Event) -> bool {
    let name = |e: &Event| e.location.as_ref().map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()));
    event.location.is_none() || name(event) == name(incident)
}

/// Whether the incident's day lies in the week up to the report's day (both days).
fn before_report(incident: Option<&DateRef>, report: Option<&DateRef>) -> bool {
    let day = |d: Option<&DateRef>| d.and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok());
    match (day(incident), day(report)) {
        (Some(i), Some(r)) => i <= r && (r - i).num_days() <= NEWS_WEEK,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{before_report, restates};
    use casus_core::{DateRef, Event};

    fn event(place: Option<&str>) -> Event {
        crate::events::testing::record(None, None, place)
    }

    #[test]
    fn news_with_a_place_of_its_own_restates_no_other_incident() {
        assert!(restates(&event(None), &event(Some("Helmand"))), "no place: the incident told");
        assert!(restates(&event(Some("Dablo")), &event(Some("Dablo"))), "the incident's own place");
        assert!(!restates(&event(Some("Kandahar")), &event(Some("Helmand"))), "a place of its own: other news");
    }

    #[test]
    fn an_incident_restated_lies_in_the_week_up_to_its_report() {
        let day = |v: &str| Some(DateRef { text: v.into(), value: v.into() });
        assert!(before_report(day("2024-02-11").as_ref(), day("2024-02-12").as_ref()));
        assert!(!before_report(day("2024-01-11").as_ref(), day("2024-02-12").as_ref()), "weeks before");
        assert!(!before_report(day("2024-02-13").as_ref(), day("2024-02-12").as_ref()), "after the report");
        assert!(!before_report(day("2024-02").as_ref(), day("2024-02-12").as_ref()), "a month is no day");
    }
}
