//! Document pass over the events of one article: a definite event noun that restates an earlier
//! incident ("the incident", "this border clash", "The 24-hour offensive") takes that incident's
//! date when its own sentence gives none, and the place where an incident of that date happened.
use super::assemble::Meta;
use super::slots::DateFrom;
use casus_core::Event;

pub(super) fn link(events: &mut [Event], metas: &mut [Meta]) {
    for i in 0..events.len() {
        if !metas[i].anaphor || !metas[i].force {
            continue;
        }
        let dated = metas[i].date_from == DateFrom::Sentence;
        if dated && events[i].location.is_some() {
            continue;
        }
        let Some(a) = antecedent(metas, i) else { continue };
        if !dated {
            events[i].date = events[a].date.clone();
            // Resolved: a later restatement may chain onto it.
            metas[i].date_from = DateFrom::Sentence;
        }
        if events[i].location.is_none() {
            let day = events[i].date.as_ref().map(|d| d.value.clone());
            events[i].location = (0..=a)
                .rev()
                // Located by a sentence that dates it too: not a headline's or a toll's restatement.
                .filter(|&k| metas[k].force && metas[k].date_from == DateFrom::Sentence)
                .filter(|&k| events[k].date.as_ref().map(|d| &d.value) == day.as_ref())
                .find_map(|k| events[k].location.clone());
        }
    }
}

/// The incident event `i` restates: the latest dated one of an earlier sentence named by the same
/// noun ("the incident" … "The incident"), else the latest dated armed incident.
fn antecedent(metas: &[Meta], i: usize) -> Option<usize> {
    let candidates = || {
        (0..i).rev().filter(|&k| {
            metas[k].sentence < metas[i].sentence
                && metas[k].force
                && matches!(metas[k].date_from, DateFrom::Sentence | DateFrom::Narrative)
        })
    };
    candidates().find(|&k| metas[k].lemma == metas[i].lemma).or_else(|| candidates().next())
}
