//! casus-confidence: how likely each event record is to be a real event of its CAMEO root.
//!
//! The rules that write records were tuned on the news corpus's train and dev stories, where about
//! nine records in ten are right; on stories of other conflicts and topics far fewer are (generic
//! statements, background, figurative force words, off-topic stories). This crate scores each record
//! with a small logistic model trained on both kinds of evidence, so that a user can rank records and
//! the pipeline can leave out those the model finds least likely.
//!
//! 1. [`features`]: named features of each record in its document (its CAMEO code and trigger, which
//!    slots it filled, words of its sentence, how much of its document is about force).
//! 2. [`Scorer`]: the trained weights (`data/scorer.json`, written by `train/train.py`), a
//!    probability per record, and the default cut (half the held-out dev split's event F1: the cut
//!    under which a record costs F1 more than it brings).
//! 3. [`score_document`]: sets `Event::confidence` on every record of one document.
//!
//! How it was trained and measured: `docs/confidence.md`.
pub mod features;
mod scorer;

pub use features::{document_features, Features};
pub use scorer::{check_cut, Scorer, ScorerError};

use casus_core::Event;

/// Whether a cut at `cut` keeps `event`: records without a confidence (written before casus scored
/// them) are always kept.
pub fn keeps(event: &Event, cut: f64) -> bool {
    event.confidence.is_none_or(|c| c >= cut)
}

/// Scores the records of one document (all of them: the features read the whole document) and
/// writes each probability, rounded to three decimals, into `confidence`.
pub fn score_document(events: &mut [Event], scorer: &Scorer) {
    let features = document_features(events);
    for (event, f) in events.iter_mut().zip(&features) {
        event.confidence = Some((scorer.probability(f) * 1000.0).round() / 1000.0);
    }
}
