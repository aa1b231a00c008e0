//! Signed weights (`casus_models::signed`): on a CPU with VNNI the shipped graph, run with its uint8
//! weights turned back to int8, must give bitwise the scores of the graph as stored. On a CPU without
//! VNNI casus never does this (the uint8 × int8 kernel saturates there), so the test checks only that both
//! load and run, and says so. Skips when models/news is absent.
use casus_models::{signed, JointOnnxModel};

mod common;
use common::root;

/// The first 60 sentences of the seed articles.
fn seed_sentences() -> Vec<Vec<String>> {
    let mut out = common::seed_sentences();
    out.truncate(60);
    out
}

#[test]
fn signed_weights_give_the_same_scores_on_vnni_cpus() {
    let dir = root().join("models/news");
    if !dir.join("config.json").is_file() {
        eprintln!("SKIPPED: no model at {}", dir.display());
        return;
    }
    let stored = JointOnnxModel::load(&dir, Some(1)).unwrap().with_signed_weights(false).unwrap();
    let signed_model = JointOnnxModel::load(&dir, Some(1)).unwrap().with_signed_weights(true).unwrap();
    assert!(!stored.signed_weights());
    assert!(signed_model.signed_weights(), "models/news stores uint8 MatMulInteger weights: they must be turned");
    let sentences = seed_sentences();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let (a, b) = (stored.scores(&words).unwrap(), signed_model.scores(&words).unwrap());
    assert_eq!(a.len(), b.len());
    if signed::cpu_has_vnni() {
        assert_eq!(a, b, "signed and unsigned weights on a VNNI CPU");
    } else {
        eprintln!("no VNNI on this CPU: casus keeps uint8 weights here; equality not checked");
    }
}
