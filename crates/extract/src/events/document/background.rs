//! An act with no date phrase, told right after a sentence whose events are all undated (a standing
//! position, a summary in the present perfect, a habit, an aside with no day), continues that
//! background: the publication day it took by default is not its date (GUIDELINES §6.6, "otherwise
//! null"). News stories tell the day's events first and their background in runs of sentences; an
//! undated act inside such a run is part of it ("Bennett alleged that ...", "The group was blamed
//! for earlier attacks. A court sentenced him in absentia").
use super::meta::Meta;
use crate::events::slots::DateFrom;
use crate::events::words;
use casus_core::Event;
use chrono::NaiveDate;

/// Undates the events that carry the publication day only by default and follow a sentence whose
/// events are all undated, as the sentences stood before this pass (one step, no chain).
pub(crate) fn continue_background(events: &mut [Event], metas: &[Meta], published: Option<NaiveDate>) {
    let Some(day) = published.map(|p| p.format("%Y-%m-%d").to_string()) else { return };
    let runs = undated_sentences(events, metas);
    for (e, m) in events.iter_mut().zip(metas) {
        let by_default = m.date_from == DateFrom::Fallback && e.date.as_ref().is_some_and(|d| d.value == day);
        let k = runs.iter().position(|(s, _)| *s == m.sentence);
        if by_default && k.is_some_and(|k| k > 0 && runs[k - 1].1) && !back_to_news(e) {
            e.date = None;
        }
    }
}

/// Each sentence that gave events, in text order, with whether all of its events are undated.
fn undated_sentences(events: &[Event], metas: &[Meta]) -> Vec<(usize, bool)> {
    let mut runs: Vec<(usize, bool)> = Vec::new();
    for (e, m) in events.iter().zip(metas) {
        match runs.last_mut() {
            Some((s, all)) if *s == m.sentence => *all &= e.date.is_none(),
            _ => runs.push((m.sentence, e.date.is_none())),
        }
    }
    runs
}

/// "Meanwhile, police arrested ...": the sentence turns back to the day's news.
fn back_to_news(e: &Event) -> bool {
    let first: String = e.evidence.sentence.chars().take_while(|c| c.is_alphabetic()).collect();
    words::get("news_returns").contains(&first.to_lowercase().as_str())
}
