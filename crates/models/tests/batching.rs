//! Batching must not change a sentence's analysis: with a batch-invariant graph (config.json
//! `batch_invariant`, models/train/quantize_rows.py) the runner puts rows of equal size into one ONNX Runtime
//! call, and each sentence's scores must be bitwise those of the sentence run alone.
//! Runs on the shipped models/news, or `CASUS_TEST_MODEL=<dir>`; says so and passes while the model is
//! absent or not batch-invariant (then every row is its own call and there is nothing to compare).
use casus_models::{JointOnnxModel, SentenceModel};
use std::path::PathBuf;

mod common;
use common::{root, seed_sentences as sentences};

fn model() -> Option<JointOnnxModel> {
    let dir = std::env::var_os("CASUS_TEST_MODEL").map(PathBuf::from).unwrap_or_else(|| root().join("models/news"));
    if !dir.join("config.json").is_file() {
        eprintln!("SKIPPED: no model at {}", dir.display());
        return None;
    }
    let model = JointOnnxModel::load(&dir, Some(1)).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    if !model.config().batch_invariant {
        eprintln!("SKIPPED: {} is not batch-invariant (one row per call)", dir.display());
        return None;
    }
    Some(model)
}

#[test]
fn a_sentence_scores_the_same_alone_and_in_any_batch() {
    let Some(model) = model() else { return };
    let sentences = sentences();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    // Repeated, so that rows of equal size certainly share calls.
    let batch: Vec<Vec<&str>> = words.iter().chain(&words).cloned().collect();
    let together = model.scores(&batch).unwrap();
    let analyses = model.analyze(&batch).unwrap();
    for (i, w) in words.iter().enumerate() {
        let alone = model.scores(std::slice::from_ref(w)).unwrap();
        assert_eq!(together[i], alone[0], "scores of sentence {i} ({w:?}) alone and in a batch");
        assert_eq!(together[i + words.len()], alone[0], "scores of sentence {i}'s second copy");
        let alone = model.analyze(std::slice::from_ref(w)).unwrap();
        assert_eq!(analyses[i], alone[0], "analysis of sentence {i}");
    }
    // Other batch compositions: every third sentence, and the list reversed.
    for batch in [words.iter().step_by(3).cloned().collect::<Vec<_>>(), words.iter().rev().cloned().collect()] {
        let scores = model.scores(&batch).unwrap();
        for (w, s) in batch.iter().zip(&scores) {
            assert_eq!(s, &model.scores(std::slice::from_ref(w)).unwrap()[0], "{w:?}");
        }
    }
}
