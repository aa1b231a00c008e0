//! Document pass: a headline states the story's main incident (GUIDELINES §3, §12), the one its lead
//! tells first, so an undated headline incident takes the date the lead's own sentence gives that
//! incident, not the story's most named day, which may be a later item's ("Blast Outside Russian
//! Embassy Kills Two Diplomats" / "… on Monday …" / "On Friday, an explosion tore through a mosque
//! in Herat during Friday prayers").
use super::meta::Meta;
use crate::events::slots::DateFrom;
use casus_core::Event;

/// Dates each headline incident that fell back to the story's day by the lead's first incident.
pub(crate) fn date_from_lead(events: &mut [Event], metas: &[Meta]) {
    for i in 0..events.len() {
        let m = &metas[i];
        if !m.headline || !m.incident || m.date_from != DateFrom::Fallback {
            continue;
        }
        let Some(k) = lead_incident(metas, m.sentence) else { continue };
        // Dated by a phrase of its own sentence. Not by a span up to now ("have kidnapped 20 workers
        // since Wednesday": its month), which would join the headline to every incident of the month;
        // a lead that falls back too says nothing more.
        if metas[k].date_from == DateFrom::Sentence && events[k].date.is_some() {
            events[i].date = events[k].date.clone();
        }
    }
}

/// The first incident the body tells after the headline sentence: not an earlier one it responds to.
fn lead_incident(metas: &[Meta], headline: usize) -> Option<usize> {
    (0..metas.len()).find(|&k| metas[k].sentence > headline && metas[k].incident && !metas[k].earlier)
}
