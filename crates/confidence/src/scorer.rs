//! Stage 2: the trained logistic model. Its file (`data/scorer.json`, written by `train/train.py`)
//! holds the bias, one weight per feature name and the default cut; features the model never saw
//! weigh nothing.
use crate::features::Features;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

const BUILTIN: &str = include_str!("../data/scorer.json");

#[derive(Debug, thiserror::Error)]
pub enum ScorerError {
    #[error("cannot read the scorer file {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("the scorer file {path} is not a scorer: {source}")]
    Parse { path: String, source: serde_json::Error },
    #[error("the scorer file {path} has threshold {threshold}, not a probability in [0, 1]")]
    Threshold { path: String, threshold: f64 },
    #[error("a confidence cut must be a number from 0 to 1, not {0}")]
    Cut(f64),
}

/// A cut on `confidence` (`--min-confidence`, `min_confidence=`): a number from 0 to 1, never NaN.
pub fn check_cut(cut: f64) -> Result<f64, ScorerError> {
    if (0.0..=1.0).contains(&cut) {
        Ok(cut)
    } else {
        Err(ScorerError::Cut(cut))
    }
}

/// A logistic model over named features.
#[derive(Debug, Clone, Deserialize)]
pub struct Scorer {
    pub bias: f64,
    pub weights: HashMap<String, f64>,
    /// Records scored under it are left out by default (`--min-confidence` overrides).
    pub threshold: f64,
}

impl Scorer {
    /// The scorer built into casus (trained on this version's records).
    pub fn builtin() -> Scorer {
        // The file is part of the build and its tests parse it, so a bad file is a bug.
        Scorer::parse(BUILTIN, "data/scorer.json").expect("data/scorer.json is a valid scorer")
    }

    /// A scorer from a file `train/train.py` wrote.
    pub fn from_file(path: &Path) -> Result<Scorer, ScorerError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ScorerError::Read { path: shown.clone(), source })?;
        Scorer::parse(&text, &shown)
    }

    fn parse(text: &str, path: &str) -> Result<Scorer, ScorerError> {
        let scorer: Scorer =
            serde_json::from_str(text).map_err(|source| ScorerError::Parse { path: path.to_string(), source })?;
        if check_cut(scorer.threshold).is_err() {
            return Err(ScorerError::Threshold { path: path.to_string(), threshold: scorer.threshold });
        }
        Ok(scorer)
    }

    /// The model's probability that the record is a real event of its root.
    pub fn probability(&self, features: &Features) -> f64 {
        let z: f64 = self.bias
            + features.iter().map(|(name, v)| self.weights.get(name).copied().unwrap_or(0.0) * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}
