//! A headline or lead incident told before the story names any day ("At least 12 dead in protests",
//! "Clashes between police and protesters killed several people in the capital") took the news
//! day by default; the story usually dates it in the sentences that follow ("as many as 12 people
//! were killed Tuesday"). GUIDELINES §6.6: an incident the document dates elsewhere takes the
//! nearest phrase, preceding preferred, else following: here there is none preceding, so the first
//! following incident of the lead that its own sentence dates to a day of the news week gives its day.
//! Only the lead's: further on, a dated incident is as often another one ("Another bombing took place
//! Sunday night", "the curfew imposed Tuesday").
use super::meta::Meta;
use crate::events::slots::DateFrom;
use casus_core::Event;
use chrono::NaiveDate;

/// How many days before the default date a following day may lie and still be the lead's incident.
const NEWS_WEEK: i64 = 7;

pub(crate) fn forward(events: &mut [Event], metas: &[Meta]) {
    for i in 0..events.len() {
        if !metas[i].lead_default {
            continue;
        }
        let Some(default) = events[i].date.as_ref().and_then(|d| day(&d.value)) else { continue };
        // The first incident after it that its own sentence dates: the story's first dated news.
        let Some(k) =
            (i + 1..events.len()).find(|&k| dated_incident(&metas[k]) && metas[k].sentence > metas[i].sentence)
        else {
            continue;
        };
        let Some(found) = events[k].date.as_ref().and_then(|d| day(&d.value)) else { continue };
        // Only an earlier day of the same news week: a later one is not the day's news already
        // reported, an older one another story told as background.
        let before = (default - found).num_days();
        if (1..=NEWS_WEEK).contains(&before) {
            events[i].date = events[k].date.clone();
        }
    }
}

/// An incident of the lead dated by a phrase of its own sentence, not an earlier one it responds to, not
/// another item of the news ("Elsewhere, ...").
fn dated_incident(m: &Meta) -> bool {
    m.lead && m.incident && m.date_from == DateFrom::Sentence && !m.earlier && !m.new_item && !m.headline
}

/// A day's date ("2024-02-13"); a month or a year names no day.
fn day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}
