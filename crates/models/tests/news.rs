//! The shipped joint model, models/news. While the directory is absent these tests say so and pass (it
//! will be committed); once it exists, a broken model fails them with the reason.
//!
//! Parity with models/news/reference.jsonl (written by the training script): each sentence is run alone,
//! as the reference is; word NER labels, heads and relations must be equal, logits/scores within
//! `TOLERANCE` where the reference carries them.
use casus_core::Document;
use casus_models::encode::{word_shape, Encoder};
use casus_models::{JointOnnxModel, SentenceModel};
use serde_json::Value;
use std::path::PathBuf;

/// Max abs difference allowed between Rust and reference logits / arc scores (same ONNX Runtime build,
/// batch 1 on both sides; int8 graphs quantize activations per call, hence not tighter).
const TOLERANCE: f32 = 1e-3;
/// Dynamic int8 quantizes each row's activations with scales computed in float; on another CPU's
/// float kernels an activation can round to the neighbouring integer, and the change grows through
/// the layers. Measured on an AMD EPYC (AVX2) against references written on an AVX-512 machine: 19
/// of 20 sentences within 1e-3, one at 0.17, two near-tie heads of 452 (uint8 weights; with int8
/// weights the first sentence was already off by 0.42, see models/news/MODEL_CARD.md). A runner
/// bug (encoding, label order, decoding) moves every sentence.
const DRIFT: f32 = 0.5;
/// Largest gap, in the row's log-softmax, between our head and the reference's for a head that may
/// differ (a near-tie the last bits of a CPU's float kernels can tip).
const NEAR_TIE: f32 = 0.25;

/// |log p(ours) - log p(theirs)| in the arc row of one word.
fn near_tie_gap(row: &[f32], ours: usize, theirs: usize) -> f32 {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let log_z = max + row.iter().map(|x| (x - max).exp()).sum::<f32>().ln();
    ((row[ours] - log_z) - (row[theirs] - log_z)).abs()
}

fn news_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/news");
    if dir.exists() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: {} is absent (the trained model is not committed yet)", dir.display());
        None
    }
}

fn load(dir: &std::path::Path) -> JointOnnxModel {
    JointOnnxModel::load(dir, None).unwrap_or_else(|e| panic!("models/news exists but does not load: {e}"))
}

fn words(text: &str) -> Vec<String> {
    let doc = Document::new("t", text, None, None).unwrap();
    doc.sentences.iter().flat_map(|s| s.tokens.iter().map(|t| t.text.clone())).collect()
}

#[test]
fn nerkin_hand_sentence() {
    let Some(dir) = news_dir() else { return };
    let model = load(&dir);
    let ws = words("Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand .");
    assert_eq!(ws.len(), 12, "{ws:?}");
    let batch = vec![ws.iter().map(String::as_str).collect::<Vec<_>>()];
    let out = &model.analyze(&batch).unwrap()[0];
    let spans: Vec<(String, std::ops::Range<usize>)> =
        out.entities.iter().map(|e| (e.label.clone(), e.tokens.clone())).collect();
    let nationality = |i: usize| {
        spans.iter().any(|(label, r)| *r == (i..i + 1) && matches!(label.as_str(), "NORP" | "NAT" | "NATIONALITY"))
    };
    let mut problems = Vec::new();
    if !nationality(0) {
        problems.push("Azerbaijani (word 0) is not a nationality entity".to_string());
    }
    if !nationality(5) {
        problems.push("Armenian (word 5) is not a nationality entity".to_string());
    }
    if !spans.iter().any(|(label, r)| *r == (9..11) && matches!(label.as_str(), "LOC" | "GPE" | "FAC")) {
        problems.push("Nerkin Hand (words 9..11) is not a place entity".to_string());
    }
    let parse = out.parse.as_ref().expect("the joint model parses");
    if parse.head(2) != Some(3) || !parse.deprels[2].starts_with("nsubj") {
        problems.push(format!(
            "'forces' should be nsubj of 'fired' but is {} of word {:?}",
            parse.deprels[2],
            parse.head(2)
        ));
    }
    assert!(problems.is_empty(), "{}\nentities: {spans:?}\nparse: {parse:?}", problems.join("\n"));
}

/// The first of `keys` present in `v`.
fn field<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a Value> {
    keys.iter().find_map(|k| v.get(*k))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(|x| x.as_str().unwrap_or_default().to_string()).collect()).unwrap_or_default()
}

/// Max abs difference over the rows `b` has (it may hold only the first few).
fn max_diff(a: &[Vec<f32>], b: &Value) -> f32 {
    let mut worst = 0f32;
    for (ra, rb) in a.iter().zip(b.as_array().into_iter().flatten()) {
        for (x, y) in ra.iter().zip(rb.as_array().into_iter().flatten()) {
            let y = y.as_f64().unwrap_or(f64::NAN) as f32;
            if x.is_finite() && y > -1e3 {
                worst = worst.max((x - y).abs());
            }
        }
    }
    worst
}

/// The records of a `reference.jsonl`, each with its 0-based line number.
fn reference_records(path: &std::path::Path) -> Vec<(usize, Value)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| (n, serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1))))
        .collect()
}

#[test]
fn parity_with_reference_jsonl() {
    let Some(dir) = news_dir() else { return };
    let model = load(&dir);
    let path = dir.join("reference.jsonl");
    let labels = &model.config().ner_labels;
    let encoder = Encoder::from_file(&dir.join("tokenizer.json"), model.config().max_subtokens).unwrap();
    let mut compared = 0;
    let mut worst = 0f32;
    let (mut tipped, mut words, mut drifted) = (0, 0, 0);
    for (n, r) in reference_records(&path) {
        let ws = strings(field(&r, &["words", "tokens"]).unwrap_or_else(|| panic!("line {}: no words", n + 1)));
        let batch = vec![ws.iter().map(String::as_str).collect::<Vec<_>>()];
        let scores = &model.scores(&batch).unwrap()[0];
        let out = &model.analyze(&batch).unwrap()[0];
        let parse = out.parse.as_ref().unwrap();
        let what = format!("line {} {ws:?}", n + 1);
        // Encoding (models/train/export.py writes input_ids, subtoken_shape_ids, word_index, shape_ids).
        let rows = encoder.rows(0, &batch[0]).unwrap();
        for (key, ours) in [
            ("input_ids", &rows[0].input_ids),
            ("subtoken_shape_ids", &rows[0].shape_ids),
            ("word_index", &rows[0].word_index),
        ] {
            if let Some(theirs) = r.get(key).and_then(|v| v.as_array()) {
                let theirs: Vec<i64> = theirs.iter().map(|x| x.as_i64().unwrap()).collect();
                assert_eq!(rows.len(), 1, "{what} needs windows but the reference has one row");
                assert_eq!(ours, &theirs, "{key} of {what}");
                compared += 1;
            }
        }
        if let Some(theirs) = r.get("shape_ids").and_then(|v| v.as_array()).filter(|a| a.len() == ws.len()) {
            let ours: Vec<i64> = ws.iter().map(|w| word_shape(w)).collect();
            let theirs: Vec<i64> = theirs.iter().map(|x| x.as_i64().unwrap()).collect();
            assert_eq!(ours, theirs, "word shapes of {what}");
        }
        // Word labels: `ner` is the Viterbi path (what the runner outputs), `ner_argmax` per-word argmax.
        if let Some(ner) = field(&r, &["ner", "ner_labels", "labels"]).filter(|v| v[0].is_string()) {
            let path = casus_models::bio::viterbi(&scores.ner_logits, labels);
            let ours: Vec<String> = path.iter().map(|&i| labels[i].clone()).collect();
            assert_eq!(ours, strings(ner), "NER labels (Viterbi) of {what}");
            compared += 1;
        }
        if let Some(ents) = r.get("entities").and_then(|v| v.as_array()) {
            let theirs: Vec<(usize, usize, String)> = ents
                .iter()
                .map(|e| {
                    (
                        e[0].as_u64().unwrap() as usize,
                        e[1].as_u64().unwrap() as usize,
                        e[2].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            let ours: Vec<(usize, usize, String)> =
                out.entities.iter().map(|e| (e.tokens.start, e.tokens.end, e.label.clone())).collect();
            assert_eq!(ours, theirs, "entities of {what}");
            compared += 1;
        }
        if let Some(ner) = r.get("ner_argmax").filter(|v| v[0].is_string()) {
            let ours: Vec<String> = scores
                .ner_logits
                .iter()
                .map(|l| labels[l.iter().enumerate().fold(0, |b, (i, &x)| if x > l[b] { i } else { b })].clone())
                .collect();
            assert_eq!(ours, strings(ner), "NER argmax labels of {what}");
            compared += 1;
        }
        let mut same_head = vec![true; ws.len()];
        if let Some(heads) = field(&r, &["heads", "head"]) {
            let heads: Vec<usize> = heads.as_array().unwrap().iter().map(|h| h.as_u64().unwrap() as usize).collect();
            assert_eq!(parse.heads.len(), heads.len(), "heads of {what}");
            for (w, (&ours, &theirs)) in parse.heads.iter().zip(&heads).enumerate() {
                if ours != theirs {
                    // Float kernels differ between CPUs (AVX2, AVX-512) in the last bits, which can tip
                    // a near-tie; any other difference is a real parity failure.
                    let gap = near_tie_gap(&scores.arc_scores[w], ours, theirs);
                    assert!(gap <= NEAR_TIE, "head of word {w} of {what}: ours {ours}, reference {theirs}, gap {gap}");
                    same_head[w] = false;
                    tipped += 1;
                }
            }
            words += heads.len();
            compared += 1;
        }
        if let Some(rels) = field(&r, &["deprels", "rels", "deprel"]) {
            let theirs = strings(rels);
            for (w, (ours, theirs)) in parse.deprels.iter().zip(&theirs).enumerate().filter(|(w, _)| same_head[*w]) {
                assert_eq!(ours, theirs, "relation of word {w} of {what}");
            }
            compared += 1;
        }
        for (key, ours) in [
            ("ner_logits", &scores.ner_logits),
            ("ner_logits_first", &scores.ner_logits),
            ("arc_scores", &scores.arc_scores),
        ] {
            if let Some(theirs) = r.get(key) {
                let d = max_diff(ours, theirs);
                worst = worst.max(d);
                assert!(d <= DRIFT, "{key} of {what} differ by {d} > {DRIFT}");
                drifted += usize::from(d > TOLERANCE);
                compared += 1;
            }
        }
    }
    eprintln!("parity: {compared} comparisons, max |logit diff| {worst} (tolerance {TOLERANCE}), {tipped} near-tie heads of {words}, {drifted} logit comparisons past tolerance");
    assert!(tipped * 100 <= words, "{tipped} of {words} heads differ: more than near-ties");
    // One sentence in ten may drift past TOLERANCE (see DRIFT); a runner bug drifts them all.
    assert!(drifted * 10 <= compared, "{drifted} logit comparisons past {TOLERANCE} of {compared}");
    assert!(compared > 0, "{} has no field this test knows (words + ner_labels/heads/deprels/logits)", path.display());
}

#[test]
fn a_sentence_gets_the_same_analysis_alone_and_in_a_batch() {
    let Some(dir) = news_dir() else { return };
    let model = load(&dir);
    let records = reference_records(&dir.join("reference.jsonl"));
    let words: Vec<Vec<String>> =
        records.iter().map(|(_, r)| strings(field(r, &["words", "tokens"]).unwrap())).collect();
    let batch: Vec<Vec<&str>> = words.iter().map(|w| w.iter().map(String::as_str).collect()).collect();
    let together = model.analyze(&batch).unwrap();
    let (mut same_heads, mut same_rels, mut total) = (0, 0, 0);
    let mut same_entities = 0;
    for (b, one) in batch.iter().zip(&together) {
        let alone = &model.analyze(std::slice::from_ref(b)).unwrap()[0];
        let (p1, p2) = (one.parse.as_ref().unwrap(), alone.parse.as_ref().unwrap());
        total += b.len();
        same_heads += p1.heads.iter().zip(&p2.heads).filter(|(a, b)| a == b).count();
        same_rels += p1.deprels.iter().zip(&p2.deprels).filter(|(a, b)| a == b).count();
        let spans = |a: &casus_models::SentenceAnalysis| {
            a.entities.iter().map(|e| (e.label.clone(), e.tokens.clone())).collect::<Vec<_>>()
        };
        same_entities += usize::from(spans(one) == spans(alone));
    }
    let (h, r) = (same_heads as f64 / total as f64, same_rels as f64 / total as f64);
    eprintln!(
        "batch of {} vs one at a time: heads {h:.4}, deprels {r:.4}, sentences with equal entities {same_entities}/{}",
        batch.len(),
        batch.len()
    );
    // The int8 graph quantizes activations per call, so the runner gives each row its own call: a
    // sentence's analysis must not depend on the batch it came in.
    assert_eq!((same_heads, same_rels, same_entities), (total, total, batch.len()), "heads {h}, deprels {r}");
}
