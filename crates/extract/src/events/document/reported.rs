//! Document pass: an incident a sentence dates only by the report of it ("The fighting lasted six
//! hours, the ministry said Monday", "The toll rose to 34, a spokesman said Tuesday") restates the
//! incident the story told before it, and takes that incident's day (GUIDELINES §6: the date of the
//! event, not of the report; §6.6, an incident the document dates elsewhere). The report's day
//! stays where the story dates no incident before it within the news week, or where the sentence
//! opens another item ("Elsewhere, …").
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
        if before_report(events[a].date.as_ref(), events[i].date.as_ref()) {
            events[i].date = events[a].date.clone();
        }
    }
}

/// Whether the incident's day lies in the week up to the report's day (both days).
fn before_report(incident: Option<&DateRef>, report: Option<&DateRef>) -> bool {
    let day = |d: Option<&DateRef>| d.and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok());
    match (day(incident), day(report)) {
        (Some(i), Some(r)) => i <= r && (r - i).num_days() <= NEWS_WEEK,
        _ => false,
    }
}
