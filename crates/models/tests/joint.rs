//! The joint ONNX runner on tests/data/tiny-joint (a random joint model made by
//! tests/data/make_tiny_joint.py with the trainer's JointModel): encoding, scores, entities and trees must
//! match reference.jsonl, written by Python (ONNX Runtime, one sentence at a time, exact single-root MST).
//! Needs ONNX Runtime from `scripts/setup.sh`; a missing runtime is a failure, not a skip.
use casus_models::encode::Encoder;
use casus_models::{load, JointOnnxModel, ModelError, SentenceModel};
use serde_json::Value;
use std::path::PathBuf;

/// Scores are compared to the Python reference within this (batching and padding change float sums).
const TOLERANCE: f32 = 1e-4;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tiny-joint")
}

fn reference() -> Vec<Value> {
    let text = std::fs::read_to_string(dir().join("reference.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
}

fn numbers(v: &Value) -> Vec<i64> {
    v.as_array().unwrap().iter().map(|x| x.as_i64().unwrap()).collect()
}

fn model() -> JointOnnxModel {
    JointOnnxModel::load(&dir(), Some(1)).unwrap_or_else(|e| panic!("loading tiny-joint: {e}"))
}

fn assert_close(a: &[Vec<f32>], b: &Value, what: &str) {
    let b = b.as_array().unwrap();
    assert_eq!(a.len(), b.len(), "{what}: rows");
    for (ra, rb) in a.iter().zip(b) {
        let rb = rb.as_array().unwrap();
        assert_eq!(ra.len(), rb.len(), "{what}: columns");
        for (x, y) in ra.iter().zip(rb) {
            let y = y.as_f64().unwrap() as f32;
            assert!((x - y).abs() <= TOLERANCE, "{what}: {x} vs {y}");
        }
    }
}

#[test]
fn encoding_matches_the_python_featurizer() {
    let enc = Encoder::from_file(&dir().join("tokenizer.json"), 64).unwrap();
    for r in reference() {
        let words = strings(&r["words"]);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let rows = enc.rows(0, &words).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].input_ids, numbers(&r["input_ids"]), "{words:?}");
        assert_eq!(rows[0].shape_ids, numbers(&r["shape_ids"]), "{words:?}");
        assert_eq!(rows[0].word_index, numbers(&r["word_index"]), "{words:?}");
    }
}

#[test]
fn batched_run_matches_the_reference() {
    let model = model();
    let reference = reference();
    let words: Vec<Vec<String>> = reference.iter().map(|r| strings(&r["words"])).collect();
    let batch: Vec<Vec<&str>> = words.iter().map(|w| w.iter().map(String::as_str).collect()).collect();
    let scores = model.scores(&batch).unwrap();
    let analyses = model.analyze(&batch).unwrap();
    for ((r, sc), an) in reference.iter().zip(&scores).zip(&analyses) {
        let what = format!("{:?}", r["words"]);
        assert_close(&sc.ner_logits, &r["ner_logits"], &format!("ner_logits of {what}"));
        assert_close(&sc.arc_scores, &r["arc_scores"], &format!("arc_scores of {what}"));
        let parse = an.parse.as_ref().expect("the joint model parses");
        let heads: Vec<usize> = numbers(&r["heads"]).into_iter().map(|h| h as usize).collect();
        assert_eq!(parse.heads, heads, "heads of {what}");
        assert_eq!(parse.deprels, strings(&r["deprels"]), "deprels of {what}");
        let entities: Vec<(String, usize, usize)> =
            an.entities.iter().map(|e| (e.label.clone(), e.tokens.start, e.tokens.end)).collect();
        let expected: Vec<(String, usize, usize)> = r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e[0].as_str().unwrap().into(), e[1].as_u64().unwrap() as usize, e[2].as_u64().unwrap() as usize))
            .collect();
        assert_eq!(entities, expected, "entities of {what}");
        for e in &an.entities {
            assert!(e.score > 0.0 && e.score <= 1.0);
        }
    }
}

/// A valid dependency tree: one root, every word reaches it.
fn assert_tree(heads: &[usize]) {
    assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
    for start in 0..heads.len() {
        let (mut v, mut steps) = (start + 1, 0);
        while v != 0 {
            assert!(v <= heads.len());
            v = heads[v - 1];
            steps += 1;
            assert!(steps <= heads.len(), "cycle through word {start}: {heads:?}");
        }
    }
}

#[test]
fn long_sentences_are_windowed_into_one_tree() {
    let model = model();
    let text = "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand , the ministry said";
    let mut words: Vec<&str> = Vec::new();
    for _ in 0..6 {
        words.extend(text.split(' '));
    }
    let enc = Encoder::from_file(&dir().join("tokenizer.json"), 64).unwrap();
    assert!(enc.rows(0, &words).unwrap().len() > 2, "the test sentence must need several windows");
    let short = vec!["Fire"];
    let out = model.analyze(&[words.clone(), vec![], short]).unwrap();
    let parse = out[0].parse.as_ref().unwrap();
    assert_eq!(parse.heads.len(), words.len());
    assert_eq!(parse.deprels.len(), words.len());
    assert_tree(&parse.heads);
    assert!(out[0].entities.iter().all(|e| e.tokens.end <= words.len()));
    assert_eq!(out[1].parse.as_ref().unwrap().heads, Vec::<usize>::new());
    assert_eq!(out[2].parse.as_ref().unwrap().heads, vec![0]);
    let scores = model.scores(&[words.clone()]).unwrap();
    assert_eq!(scores[0].arc_scores.len(), words.len());
    assert!(scores[0].arc_scores.iter().all(|row| row[0].is_finite()));
}

#[test]
fn load_recognizes_a_joint_model() {
    let model = load(&dir()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(model.name(), "tiny-joint");
    let out = model.analyze(&[vec!["John", "Smith", "lives", "in", "New", "York", "."]]).unwrap();
    assert!(out[0].parse.is_some());
}

#[test]
fn a_broken_directory_is_a_clear_error() {
    let tmp = std::env::temp_dir().join(format!("casus-broken-joint-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::copy(dir().join("tokenizer.json"), tmp.join("tokenizer.json")).unwrap();
    let config = std::fs::read_to_string(dir().join("config.json")).unwrap();
    std::fs::write(tmp.join("config.json"), config.replace("\"model.onnx\"", "\"missing.onnx\"")).unwrap();
    let err = JointOnnxModel::load(&tmp, None).unwrap_err();
    assert!(matches!(err, ModelError::InvalidModelDir { .. }), "{err:?}");
    assert!(err.to_string().contains("missing.onnx"), "{err}");
    std::fs::write(tmp.join("config.json"), "{\"name\": 1}").unwrap();
    let err = load(&tmp).err().expect("bad config");
    assert!(err.to_string().contains("config.json"), "{err}");
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn a_sentence_of_thousands_of_words_is_parsed_piecewise() {
    // Past mst::MAX_TREE_WORDS the tree is decoded per window; the decoder used to copy its matrix at every
    // contraction, which took gigabytes for 2,000 words.
    let model = model();
    let text = "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand , the ministry said";
    let words: Vec<&str> = text.split(' ').cycle().take(3000).collect();
    let out = model.analyze(&[words]).unwrap();
    let parse = out[0].parse.as_ref().unwrap();
    assert_eq!((parse.heads.len(), parse.deprels.len()), (3000, 3000));
    assert_tree(&parse.heads);
}

#[test]
fn words_without_pieces_still_bound_a_window() {
    // Control characters have no sub-tokens: 500 of them fit in one row by pieces, but a row's outputs grow
    // as the square of its words.
    let enc = Encoder::from_file(&dir().join("tokenizer.json"), 64).unwrap();
    let words = vec!["\u{1}"; 500];
    let rows = enc.rows(0, &words).unwrap();
    assert!(rows.len() > 1 && rows.iter().all(|r| r.words.len() <= 62), "{:?}", rows.iter().map(|r| r.words.clone()));
    let out = model().analyze(&[words]).unwrap();
    assert_tree(&out[0].parse.as_ref().unwrap().heads);
}

#[test]
fn changed_weights_fail_the_checksum_with_the_file_named() {
    let tmp = std::env::temp_dir().join(format!("casus-checksum-joint-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    for f in ["config.json", "tokenizer.json", "model.onnx"] {
        std::fs::copy(dir().join(f), tmp.join(f)).unwrap();
    }
    assert!(JointOnnxModel::load(&tmp, Some(1)).is_ok(), "an intact copy loads");
    let mut weights = std::fs::read(tmp.join("model.onnx")).unwrap();
    let last = weights.len() - 1;
    weights[last] ^= 1;
    std::fs::write(tmp.join("model.onnx"), &weights).unwrap();
    let err = JointOnnxModel::load(&tmp, Some(1)).unwrap_err();
    assert!(matches!(err, ModelError::Checksum { .. }), "{err:?}");
    assert!(err.to_string().contains("model.onnx") && err.to_string().contains("checksum"), "{err}");
    // A config without the graph's checksum is refused too.
    let config: Value = serde_json::from_str(&std::fs::read_to_string(dir().join("config.json")).unwrap()).unwrap();
    let mut config = config.as_object().unwrap().clone();
    config.remove("sha256");
    std::fs::write(tmp.join("config.json"), Value::Object(config).to_string()).unwrap();
    let err = JointOnnxModel::load(&tmp, Some(1)).unwrap_err();
    assert!(err.to_string().contains("no sha256 for model.onnx"), "{err}");
    std::fs::remove_dir_all(&tmp).ok();
}
