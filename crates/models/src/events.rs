//! Decoding the event heads of a joint model (models/FORMAT.md, "Event heads"): per-word trigger
//! and code logits and per-(trigger, candidate) argument logits become [`TriggerHint`]s, exactly as
//! `models/train/decode.py: decode_events` does (the parity test checks it on `reference.jsonl`).
//!
//! 1. Trigger words: 1 − p(no trigger) ≥ the trigger threshold; root = best non-"O" column.
//! 2. Adjacent trigger words of one root are one trigger; its head is the surest word.
//! 3. Code: the best code column of that root, else the root's "not specified" code (root + "0").
//! 4. Arguments: candidates j ≠ head with 1 − p(none) ≥ the argument threshold; role = best non-none.
use casus_core::{ArgumentHint, TriggerHint};
use serde::Deserialize;

/// Label lists and thresholds of the event heads (`config.json`).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct EventHeads {
    /// `["O", "01", ..., "20"]`.
    pub trigger_labels: Vec<String>,
    /// `["other", "190", ...]`.
    pub code_labels: Vec<String>,
    /// `["none", "actor", "target", "source", "place", "time"]`.
    pub arg_labels: Vec<String>,
    pub thresholds: Thresholds,
}

/// `event_thresholds` of `config.json`, chosen on the news dev split.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Thresholds {
    /// f64 as JSON and the reference decoder have them: a threshold compares exactly.
    pub trigger: f64,
    pub argument: f64,
    /// A word whose p(trigger) is below this is ruled out as a trigger, also where the lexicon
    /// finds one (absent: the heads rule out nothing).
    #[serde(default)]
    pub keep: Option<f64>,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { trigger: 0.5, argument: 0.5, keep: None }
    }
}

/// The event logits of one sentence, word-indexed. `args(i, j)` is the argument row of trigger word
/// i for candidate word j, `None` when the two were not scored together (different windows).
pub struct EventLogits<'a> {
    pub triggers: &'a [Vec<f32>],
    pub codes: &'a [Vec<f32>],
    pub args: &'a dyn Fn(usize, usize) -> Option<&'a [f32]>,
}

/// The triggers of one sentence (see the module doc).
pub fn decode(logits: &EventLogits, heads: &EventHeads) -> Vec<TriggerHint> {
    let words = trigger_words(logits.triggers, heads.thresholds.trigger);
    let mut out: Vec<TriggerHint> = Vec::new();
    for (i, root, p) in words {
        let root = heads.trigger_labels.get(root).cloned().unwrap_or_default();
        match out.last_mut() {
            Some(t) if t.tokens.end == i && t.root == root => {
                t.tokens.end = i + 1;
                if p > t.score {
                    (t.head, t.score) = (i, p);
                }
            }
            _ => out.push(TriggerHint { tokens: i..i + 1, head: i, root, score: p, ..TriggerHint::default() }),
        }
    }
    for t in &mut out {
        t.code = code(&logits.codes[t.head], &t.root, &heads.code_labels);
        t.args = arguments(logits, t.head, heads);
    }
    out
}

/// Per word, whether its p(trigger) is below the `keep` threshold (empty without one).
pub fn ruled_out(logits: &EventLogits, heads: &EventHeads) -> Vec<bool> {
    let Some(keep) = heads.thresholds.keep else { return Vec::new() };
    logits.triggers.iter().map(|row| 1.0 - softmax(row)[0] < keep).collect()
}

/// (word, root column, p(trigger)) of the words that pass the threshold.
fn trigger_words(logits: &[Vec<f32>], threshold: f64) -> Vec<(usize, usize, f32)> {
    logits
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let p = softmax(row);
            let yes = 1.0 - p[0];
            (yes >= threshold).then(|| (i, 1 + argmax(&p[1..]), yes as f32))
        })
        .collect()
}

fn code(logits: &[f32], root: &str, labels: &[String]) -> String {
    // Ties go to the larger code, as Python's max over (logit, code) pairs does.
    let best = labels
        .iter()
        .zip(logits)
        .filter(|(c, _)| c.get(..2) == Some(root))
        .max_by(|(c1, x1), (c2, x2)| x1.total_cmp(x2).then_with(|| c1.cmp(c2)));
    best.map_or_else(|| format!("{root}0"), |(c, _)| c.clone())
}

/// The arguments of every word taken as a trigger head (`[i]`: those of word i), by the rule of step 4,
/// so that a trigger found elsewhere (the lexicon) can be given the argument head's reading.
pub fn arguments_per_word(logits: &EventLogits, heads: &EventHeads) -> Vec<Vec<ArgumentHint>> {
    (0..logits.triggers.len()).map(|i| arguments(logits, i, heads)).collect()
}

fn arguments(logits: &EventLogits, head: usize, heads: &EventHeads) -> Vec<ArgumentHint> {
    (0..logits.triggers.len())
        .filter(|&j| j != head)
        .filter_map(|j| {
            let p = softmax((logits.args)(head, j)?);
            let yes = 1.0 - p[0];
            let role = heads.arg_labels.get(1 + argmax(&p[1..]))?.clone();
            (yes >= heads.thresholds.argument).then_some(ArgumentHint { token: j, role, score: yes as f32 })
        })
        .collect()
}

/// Softmax in f64, as the reference decoder computes it (thresholds compare the same way).
fn softmax(row: &[f32]) -> Vec<f64> {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f64> = row.iter().map(|&x| f64::from(x - max).exp()).collect();
    let sum: f64 = e.iter().sum();
    e.into_iter().map(|x| x / sum).collect()
}

/// Index of the largest value; the first on ties (numpy's argmax).
fn argmax(v: &[f64]) -> usize {
    v.iter().enumerate().fold(0, |b, (i, &x)| if x > v[b] { i } else { b })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads() -> EventHeads {
        EventHeads {
            trigger_labels: ["O", "18", "19"].map(String::from).to_vec(),
            code_labels: ["other", "190", "193", "183"].map(String::from).to_vec(),
            arg_labels: ["none", "actor", "target"].map(String::from).to_vec(),
            thresholds: Thresholds { trigger: 0.5, argument: 0.5, keep: None },
        }
    }

    #[test]
    fn adjacent_words_of_one_root_are_one_trigger_with_its_surest_head() {
        // words: militants opened fire on troops
        let trig = vec![
            vec![5.0, 0.0, 0.0],
            vec![0.0, -2.0, 2.0],
            vec![0.0, -2.0, 3.0],
            vec![5.0, 0.0, 0.0],
            vec![5.0, 0.0, 0.0],
        ];
        let codes = vec![vec![0.0, 1.0, 2.0, 5.0]; 5];
        let none = [3.0f32, 0.0, 0.0];
        let actor = [0.0f32, 4.0, 0.0];
        let target = [0.0f32, 0.0, 4.0];
        let args = |i: usize, j: usize| -> Option<&[f32]> {
            Some(match (i, j) {
                (2, 0) => &actor[..],
                (2, 4) => &target[..],
                _ => &none[..],
            })
        };
        let out = decode(&EventLogits { triggers: &trig, codes: &codes, args: &args }, &heads());
        assert_eq!(out.len(), 1);
        let t = &out[0];
        assert_eq!((t.tokens.clone(), t.head, t.root.as_str(), t.code.as_str()), (1..3, 2, "19", "193"));
        let roles: Vec<(usize, &str)> = t.args.iter().map(|a| (a.token, a.role.as_str())).collect();
        assert_eq!(roles, [(0, "actor"), (4, "target")]);
        // Every word read as a trigger head: word 2's arguments are the trigger's, the others' none.
        let per_word = arguments_per_word(&EventLogits { triggers: &trig, codes: &codes, args: &args }, &heads());
        assert_eq!(per_word.len(), 5);
        assert_eq!(per_word[2], t.args);
        assert!(per_word.iter().enumerate().all(|(i, a)| i == 2 || a.is_empty()));
    }

    #[test]
    fn a_root_without_a_code_column_takes_its_unspecified_code_and_unscored_pairs_are_skipped() {
        let trig = vec![vec![0.0, 3.0, 0.0], vec![0.0, 0.0, 3.0]];
        let codes = vec![vec![0.0, 9.0, 0.0, -9.0]; 2];
        let args = |_: usize, _: usize| -> Option<&[f32]> { None };
        let out = decode(&EventLogits { triggers: &trig, codes: &codes, args: &args }, &heads());
        let got: Vec<(&str, &str, usize)> =
            out.iter().map(|t| (t.root.as_str(), t.code.as_str(), t.args.len())).collect();
        assert_eq!(got, [("18", "183", 0), ("19", "190", 0)]);
    }

    #[test]
    fn words_below_the_keep_threshold_are_ruled_out_and_nothing_is_without_one() {
        // p(trigger) of the three words: about 0.007, 0.5 and 0.98.
        let trig = vec![vec![5.0, 0.0, 0.0], vec![0.0, 0.0, -9.0], vec![0.0, 0.0, 4.0]];
        let codes = vec![vec![0.0; 4]; 3];
        let args = |_: usize, _: usize| -> Option<&[f32]> { None };
        let logits = EventLogits { triggers: &trig, codes: &codes, args: &args };
        let mut h = heads();
        assert!(ruled_out(&logits, &h).is_empty());
        h.thresholds.keep = Some(0.05);
        assert_eq!(ruled_out(&logits, &h), [true, false, false]);
    }
}
