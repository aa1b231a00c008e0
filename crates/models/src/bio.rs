//! Word-level BIO labels → entity spans, with repair: an `I-X` that does not continue an open `X` span
//! starts a new one. A label without a `B-`/`I-` prefix (other than `O`) is read as `I-`.
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
            out.push(Entity {
                label,
                tokens: start..end,
                score: sum / (end - start) as f32,
            });
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
        let wl: Vec<WordLabel> = labels
            .iter()
            .map(|l| WordLabel {
                label: l,
                prob: 1.0,
            })
            .collect();
        entities(&wl)
            .into_iter()
            .map(|e| (e.label, e.tokens))
            .collect()
    }

    #[test]
    fn plain_bio() {
        assert_eq!(
            run(&["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O", "B-LOC", "I-LOC", "O"]),
            vec![
                ("NORP".into(), 0..1),
                ("NORP".into(), 4..5),
                ("LOC".into(), 8..10)
            ]
        );
    }

    #[test]
    fn repairs() {
        // I- without an open span starts one; I- of another type starts a new span; B- after B- splits.
        assert_eq!(run(&["I-PER", "I-PER", "O"]), vec![("PER".into(), 0..2)]);
        assert_eq!(
            run(&["B-PER", "I-ORG"]),
            vec![("PER".into(), 0..1), ("ORG".into(), 1..2)]
        );
        assert_eq!(
            run(&["B-GPE", "B-GPE", "I-GPE"]),
            vec![("GPE".into(), 0..1), ("GPE".into(), 1..3)]
        );
        assert_eq!(
            run(&["LOC", "LOC", "O", "LOC"]),
            vec![("LOC".into(), 0..2), ("LOC".into(), 3..4)]
        );
        assert!(run(&["O", "O"]).is_empty());
        assert!(run(&[]).is_empty());
    }

    #[test]
    fn score_is_mean_probability() {
        let wl = [
            WordLabel {
                label: "B-LOC",
                prob: 0.9,
            },
            WordLabel {
                label: "I-LOC",
                prob: 0.5,
            },
            WordLabel {
                label: "O",
                prob: 0.99,
            },
        ];
        let e = entities(&wl);
        assert_eq!(e.len(), 1);
        assert!((e[0].score - 0.7).abs() < 1e-6);
    }
}
