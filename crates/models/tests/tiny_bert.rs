//! Feature `torch`: rust-bert on libtorch runs the tiny random BERT of models/tiny-bert (made by
//! models/train/make_tiny_bert.py, model.safetensors): its word labels must be those of reference.json
//! (PyTorch, first sub-token of each word). Needs libtorch from `scripts/setup.sh --torch`; a missing
//! runtime is a failure, not a skip.
use casus_core::Document;
use casus_models::{load, BertTokenTagger, SentenceModel, WordTag};
use serde_json::Value;
use std::path::PathBuf;

fn tiny_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/tiny-bert")
}

fn reference() -> Value {
    let path = tiny_dir().join("reference.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// Words of `text` as the pipeline splits them.
fn words(text: &str) -> Vec<String> {
    let doc = Document::new("t", text, None, None).unwrap();
    doc.sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.text.clone())).collect()
}

/// Reference word labels: the label of each word's first piece ([CLS]/[SEP] dropped).
fn reference_word_labels(sentence: &Value) -> Vec<String> {
    let tokens = sentence["tokens"].as_array().unwrap();
    let labels = sentence["labels"].as_array().unwrap();
    tokens
        .iter()
        .zip(labels)
        .filter(|(t, _)| {
            let t = t.as_str().unwrap();
            t != "[CLS]" && t != "[SEP]" && !t.starts_with("##")
        })
        .map(|(_, l)| l.as_str().unwrap().to_string())
        .collect()
}

fn tagger() -> BertTokenTagger {
    BertTokenTagger::load(&tiny_dir()).unwrap_or_else(|e| panic!("loading tiny-bert: {e}"))
}

fn labels(tags: &[WordTag]) -> Vec<&str> {
    tags.iter().map(|t| t.label.as_str()).collect()
}

#[test]
fn tch_matches_the_reference() {
    let reference = reference();
    let sentences = reference["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 4);
    let words: Vec<Vec<String>> = sentences.iter().map(|s| words(s["text"].as_str().unwrap())).collect();
    let batch: Vec<Vec<&str>> = words.iter().map(|ws| ws.iter().map(String::as_str).collect()).collect();
    let by_tch = tagger().word_tags(&batch);
    for (i, sentence) in sentences.iter().enumerate() {
        let expected = reference_word_labels(sentence);
        assert_eq!(expected.len(), batch[i].len(), "word split differs from the reference: {:?}", batch[i]);
        assert_eq!(labels(&by_tch[i]), expected, "tch vs reference on {:?}", sentence["text"]);
    }
}

#[test]
fn batching_does_not_change_results() {
    let tch = tagger();
    let texts = [
        "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand.",
        "John Smith lives in New York.",
        "Four soldiers were killed and one was injured, the ministry said.",
    ];
    let words: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    let mut batch: Vec<Vec<&str>> = words.iter().map(|ws| ws.iter().map(String::as_str).collect()).collect();
    batch.insert(1, Vec::new()); // an empty sentence in the middle
    let together = tch.analyze(&batch).unwrap();
    assert_eq!(together.len(), 4);
    assert_eq!(together[1], Default::default());
    for (i, sentence) in batch.iter().enumerate() {
        let alone = tch.analyze(std::slice::from_ref(sentence)).unwrap();
        assert_eq!(alone[0].entities.len(), together[i].entities.len(), "sentence {i}");
        for (a, b) in alone[0].entities.iter().zip(&together[i].entities) {
            assert_eq!((&a.label, &a.tokens), (&b.label, &b.tokens));
            assert!((a.score - b.score).abs() < 1e-4);
        }
    }
}

#[test]
fn entities_are_word_spans_with_mean_scores() {
    let tch = tagger();
    let ws = words("John Smith lives in New York.");
    let batch = vec![ws.iter().map(String::as_str).collect::<Vec<_>>()];
    let tags = &tch.word_tags(&batch)[0];
    let analysis = &tch.analyze(&batch).unwrap()[0];
    assert!(analysis.parse.is_none());
    assert!(!analysis.entities.is_empty(), "the random model tags something here: {tags:?}");
    for e in &analysis.entities {
        assert!(e.tokens.end <= ws.len() && e.tokens.start < e.tokens.end);
        let mean = e.tokens.clone().map(|i| tags[i].prob).sum::<f32>() / e.tokens.len() as f32;
        assert!((e.score - mean).abs() < 1e-5);
        assert!(tags[e.tokens.start].label.ends_with(&e.label));
    }
}

#[test]
fn long_and_odd_input_does_not_panic() {
    let tch = tagger();
    // 300 words: more than the 128 positions of the model, so rust-bert windows the input.
    let long: Vec<String> = (0..300).map(|i| if i % 7 == 0 { "Armenia".into() } else { format!("w{i}") }).collect();
    let odd = ["Ünal", "—", "北京", "\u{200b}", "n't", "F-16"];
    let batch = vec![long.iter().map(String::as_str).collect::<Vec<_>>(), odd.to_vec()];
    let tags = tch.word_tags(&batch);
    assert_eq!(tags[0].len(), 300);
    assert_eq!(tags[1].len(), odd.len());
}

#[test]
fn load_picks_the_backend_from_the_directory() {
    let model = load(&tiny_dir()).unwrap();
    assert_eq!(model.name(), "tiny-bert");
    let err = load(&tiny_dir().join("no-such-dir")).err().expect("a missing dir is an error").to_string();
    assert!(err.contains("config.json"), "{err}");
}
