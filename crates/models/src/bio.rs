//! Word-level BIO decoding (models/FORMAT.md): [`viterbi`] picks the best label sequence in which `I-X`
//! only follows `B-X` or `I-X`, and [`entities`] turns labels into spans, with repair as a guard: an `I-X`
//! that does not continue an open `X` span starts a new one. A label without a `B-`/`I-` prefix (other
//! than `O`) is read as `I-`.
use casus_core::Entity;

/// One word's predicted label and the probability the model gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct WordLabel<'a> {
    pub label: &'a str,
    pub prob: f32,
}

/// Entity spans over word indices; `score` is the mean probability of the span's word labels.
pub fn entities(labels: &[WordLabel<'_>]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut open: Option<(String, usize, f32)> = None; // (type, start, prob sum)
    let close = |open: &mut Option<(String, usize, f32)>, end: usize, out: &mut Vec<Entity>| {
        if let Some((label, start, sum)) = open.take() {
            out.push(Entity { label, tokens: start..end, score: sum / (end - start) as f32 });
        }
    };
    for (i, wl) in labels.iter().enumerate() {
        let (begin, kind) = split(wl.label);
        match kind {
            None => close(&mut open, i, &mut out),
            Some(kind) => {
                let continues = !begin && open.as_ref().is_some_and(|(k, _, _)| k == kind);
                if continues {
                    if let Some((_, _, sum)) = open.as_mut() {
                        *sum += wl.prob;
                    }
                } else {
                    close(&mut open, i, &mut out);
                    open = Some((kind.to_string(), i, wl.prob));
                }
            }
        }
    }
    close(&mut open, labels.len(), &mut out);
    out
}

/// Label indices of the best sequence under each word's log-softmax of `logits` where `I-X` may only
/// follow `B-X` or `I-X` and may not start the sentence (as `viterbi_bio` in models/train/decode.py;
/// ties go to the lower label index).
pub fn viterbi(logits: &[Vec<f32>], labels: &[String]) -> Vec<usize> {
    let (n, l) = (logits.len(), labels.len());
    if n == 0 || l == 0 {
        return Vec::new();
    }
    let inside: Vec<Option<&str>> = labels.iter().map(|c| c.strip_prefix("I-")).collect();
    let allowed = |p: usize, c: usize| match inside[c] {
        None => true,
        Some(kind) => labels[p] != "O" && labels[p].get(2..) == Some(kind),
    };
    let lp: Vec<Vec<f64>> = logits.iter().map(|row| log_softmax(row)).collect();
    let mut score: Vec<f64> = (0..l).map(|j| if inside[j].is_some() { f64::NEG_INFINITY } else { lp[0][j] }).collect();
    let mut back: Vec<Vec<usize>> = Vec::with_capacity(n.saturating_sub(1));
    for row in &lp[1..] {
        let mut next = vec![f64::NEG_INFINITY; l];
        let mut from = vec![0usize; l];
        for c in 0..l {
            let mut best = f64::NEG_INFINITY;
            for (p, &s) in score.iter().enumerate() {
                if allowed(p, c) && s > best {
                    best = s;
                    from[c] = p;
                }
            }
            next[c] = best + row[c];
        }
        back.push(from);
        score = next;
    }
    let mut best = (0..l).fold(0, |b, j| if score[j] > score[b] { j } else { b });
    let mut path = vec![best];
    for from in back.iter().rev() {
        best = from[best];
        path.push(best);
    }
    path.reverse();
    path
}

fn log_softmax(row: &[f32]) -> Vec<f64> {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max) as f64;
    let sum: f64 = row.iter().map(|&x| (x as f64 - max).exp()).sum();
    row.iter().map(|&x| x as f64 - max - sum.ln()).collect()
}

/// (`is B-`, entity type) for a label; type `None` for `O` and empty labels.
fn split(label: &str) -> (bool, Option<&str>) {
    if label == "O" || label.is_empty() {
        return (false, None);
    }
    if let Some(kind) = label.strip_prefix("B-") {
        (true, Some(kind))
    } else if let Some(kind) = label.strip_prefix("I-") {
        (false, Some(kind))
    } else {
        (false, Some(label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(labels: &[&str]) -> Vec<(String, std::ops::Range<usize>)> {
        let wl: Vec<WordLabel> = labels.iter().map(|l| WordLabel { label: l, prob: 1.0 }).collect();
        entities(&wl).into_iter().map(|e| (e.label, e.tokens)).collect()
    }

    #[test]
    fn plain_bio() {
        assert_eq!(
            run(&["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O", "B-LOC", "I-LOC", "O"]),
            vec![("NORP".into(), 0..1), ("NORP".into(), 4..5), ("LOC".into(), 8..10)]
        );
    }

    #[test]
    fn repairs() {
        // I- without an open span starts one; I- of another type starts a new span; B- after B- splits.
        assert_eq!(run(&["I-PER", "I-PER", "O"]), vec![("PER".into(), 0..2)]);
        assert_eq!(run(&["B-PER", "I-ORG"]), vec![("PER".into(), 0..1), ("ORG".into(), 1..2)]);
        assert_eq!(run(&["B-GPE", "B-GPE", "I-GPE"]), vec![("GPE".into(), 0..1), ("GPE".into(), 1..3)]);
        assert_eq!(run(&["LOC", "LOC", "O", "LOC"]), vec![("LOC".into(), 0..2), ("LOC".into(), 3..4)]);
        assert!(run(&["O", "O"]).is_empty());
        assert!(run(&[]).is_empty());
    }

    fn labels() -> Vec<String> {
        ["O", "B-GPE", "I-GPE", "B-LOC", "I-LOC"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn viterbi_keeps_mixed_names_together() {
        // Argmax says B-GPE, I-LOC ("Nerkin Hand" split in two); the constrained path is B-LOC, I-LOC.
        let logits = vec![vec![0.0, 3.0, 0.0, 2.8, 0.0], vec![0.0, 0.0, 0.0, 0.0, 4.0], vec![5.0, 0.0, 0.0, 0.0, 0.0]];
        assert_eq!(viterbi(&logits, &labels()), vec![3, 4, 0]);
    }

    #[test]
    fn viterbi_never_starts_with_inside() {
        let logits = vec![vec![0.0, 0.0, 9.0, 0.0, 0.0], vec![0.0, 0.0, 9.0, 0.0, 0.0]];
        assert_eq!(viterbi(&logits, &labels()), vec![1, 2]);
        // O is far likelier for the first word than B-LOC, so the second word cannot be I-LOC.
        let after_o = vec![vec![20.0, 0.0, 0.0, 0.0, 0.0], vec![0.0, 0.0, 0.0, 1.0, 9.0]];
        assert_eq!(viterbi(&after_o, &labels()), vec![0, 3]);
        assert!(viterbi(&[], &labels()).is_empty());
    }

    #[test]
    fn score_is_mean_probability() {
        let wl = [
            WordLabel { label: "B-LOC", prob: 0.9 },
            WordLabel { label: "I-LOC", prob: 0.5 },
            WordLabel { label: "O", prob: 0.99 },
        ];
        let e = entities(&wl);
        assert_eq!(e.len(), 1);
        assert!((e[0].score - 0.7).abs() < 1e-6);
    }
}
