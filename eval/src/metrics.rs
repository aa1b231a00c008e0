//! Precision / recall / F1 from counts, with the empty cases defined so that no NaN ever appears.
use serde::{Deserialize, Serialize};

/// Counts and scores of one metric.
///
/// `precision = correct / predicted`, `recall = correct / gold`, `f1` their harmonic mean (0.0 when
/// both are 0). Empty cases never give NaN: empty predictions against empty gold score 1.0
/// everywhere; when exactly one side is empty, P = R = F1 = 0.0 (see the table on [`Prf::new`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// Scores from counts. `correct` must not exceed `predicted` or `gold`.
    ///
    /// | predicted | gold | precision           | recall         |
    /// |-----------|------|---------------------|----------------|
    /// | 0         | 0    | 1.0                 | 1.0            |
    /// | 0         | > 0  | 0.0                 | 0.0            |
    /// | > 0       | 0    | 0.0                 | 0.0            |
    /// | > 0       | > 0  | correct / predicted | correct / gold |
    pub fn new(correct: usize, predicted: usize, gold: usize) -> Prf {
        debug_assert!(correct <= predicted && correct <= gold, "{correct} {predicted} {gold}");
        let (precision, recall) = match (predicted, gold) {
            (0, 0) => (1.0, 1.0),
            (0, _) | (_, 0) => (0.0, 0.0),
            (p, g) => (correct as f64 / p as f64, correct as f64 / g as f64),
        };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { correct, predicted, gold, precision, recall, f1 }
    }
}

/// Running counts that become a [`Prf`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.correct += other.correct;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    pub fn prf(self) -> Prf {
        Prf::new(self.correct, self.predicted, self.gold)
    }
}

/// Size of the multiset intersection of two lists.
pub fn multiset_overlap<T: Ord + Clone>(a: &[T], b: &[T]) -> usize {
    let mut counts = std::collections::BTreeMap::<T, (usize, usize)>::new();
    for x in a {
        counts.entry(x.clone()).or_default().0 += 1;
    }
    for x in b {
        counts.entry(x.clone()).or_default().1 += 1;
    }
    counts.values().map(|&(x, y)| x.min(y)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_cases_are_defined() {
        assert_eq!(Prf::new(0, 0, 0).f1, 1.0);
        let none_predicted = Prf::new(0, 0, 5);
        assert_eq!((none_predicted.precision, none_predicted.recall, none_predicted.f1), (0.0, 0.0, 0.0));
        let nothing_to_find = Prf::new(0, 3, 0);
        assert_eq!((nothing_to_find.precision, nothing_to_find.recall, nothing_to_find.f1), (0.0, 0.0, 0.0));
        assert_eq!(Prf::new(0, 4, 4).f1, 0.0);
    }

    #[test]
    fn ordinary_case() {
        let p = Prf::new(2, 4, 8);
        assert_eq!((p.precision, p.recall), (0.5, 0.25));
        assert!((p.f1 - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn multiset_counts_duplicates_once_each() {
        assert_eq!(multiset_overlap(&[1, 1, 2], &[1, 2, 2, 3]), 2);
        assert_eq!(multiset_overlap::<u8>(&[], &[1]), 0);
    }
}
