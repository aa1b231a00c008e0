//! An act with no date phrase, told right after a sentence of background (all its events undated,
//! one a summary in the present perfect or a war named as a whole), continues that
//! background: the publication day it took by default is not its date (GUIDELINES §6.6, "otherwise
//! null"). News stories tell the day's events first and their background in runs of sentences; an
//! undated act inside such a run is part of it ("The militant has been blamed for many attacks. A
//! court sentenced him in absentia").
use super::meta::Meta;
use crate::events::slots::DateFrom;
use crate::events::words;
use casus_core::Event;
use chrono::NaiveDate;

/// Event-less sentences that may stand between a background sentence and the act it runs on to:
/// background runs hold asides with no event, but two of them in a row end the run.
const GAP: usize = 1;

/// Undates the events that carry the publication day only by default and come right after a
/// sentence whose events are all background, as the sentences stood before this pass (one step, no
/// chain). Events come in sentence order, so one walk over the sentences finds the one before.
pub(crate) fn continue_background(events: &mut [Event], metas: &[Meta], published: Option<NaiveDate>) {
    let Some(day) = published.map(|p| p.format("%Y-%m-%d").to_string()) else { return };
    let runs = background_sentences(events, metas);
    let mut k = 0;
    for (e, m) in events.iter_mut().zip(metas) {
        while k < runs.len() && runs[k].0 < m.sentence {
            k += 1;
        }
        // The sentence just before, or one with at most GAP event-less sentences between
        // ("...has vowed to ... But Poland and Germany count among ... The EU acknowledged ...").
        let after_background = k > 0 && runs[k - 1].0 + 1 + GAP >= m.sentence && runs[k - 1].1;
        let by_default = m.date_from == DateFrom::Fallback && e.date.as_ref().is_some_and(|d| d.value == day);
        if by_default && after_background && !back_to_news(e) {
            e.date = None;
        }
    }
}

/// Each sentence that gave events, in text order, with whether it is background: all of its events
/// undated, one of them a present perfect or progressive past the lead or a war named as a whole
/// ("has been blamed for many attacks"). A present-tense comment alone ("The government condemns
/// the attack") reacts to the day's news instead.
fn background_sentences(events: &[Event], metas: &[Meta]) -> Vec<(usize, bool)> {
    let mut runs: Vec<(usize, bool, bool)> = Vec::new();
    for (e, m) in events.iter().zip(metas) {
        let kind = matches!(m.date_from, DateFrom::Perfect | DateFrom::Period);
        match runs.last_mut() {
            Some((s, undated, any)) if *s == m.sentence => {
                *undated &= e.date.is_none();
                *any |= kind;
            }
            _ => runs.push((m.sentence, e.date.is_none(), kind)),
        }
    }
    runs.into_iter().map(|(s, undated, any)| (s, undated && any)).collect()
}

/// "Meanwhile, police arrested ...": the sentence turns back to the day's news.
fn back_to_news(e: &Event) -> bool {
    let first: String = e.evidence.sentence.chars().take_while(|c| c.is_alphabetic()).collect();
    let first = first.to_lowercase();
    ["news_returns", "new_item_openers"].iter().any(|list| words::get(list).contains(&first.as_str()))
}
