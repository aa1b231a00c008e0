//! The CI gate: minimum values for headline metrics (`eval/floor.json`) and the check against them.
//!
//! A floor is a JSON object `{"metric": minimum, ...}`; keys starting with `_` are comments. Every
//! other key must name a headline metric of the report (a typo is a failure, not a silently
//! passing gate). `floor.json` holds one such object per evaluation set (`"seeds"`, `"news_dev"`,
//! ...), picked with [`Floor::section`].
use crate::io::EvalError;
use crate::report::EvalReport;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Minimum value per headline metric.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Floor(pub BTreeMap<String, serde_json::Value>);

impl Floor {
    /// The floor of one evaluation set: the object under key `name`.
    pub fn section(&self, name: &str) -> Result<Floor, String> {
        match self.0.get(name) {
            Some(serde_json::Value::Object(map)) => Ok(Floor(map.clone().into_iter().collect())),
            Some(_) => Err(format!("floor section {name} is not an object")),
            None => {
                let names: Vec<&str> = self.0.keys().filter(|k| !k.starts_with('_')).map(String::as_str).collect();
                Err(format!("no floor section {name} (sections: {})", names.join(", ")))
            }
        }
    }

    /// The metric minimums, comments (`_`-prefixed keys) left out. A non-numeric minimum is kept
    /// as NaN so that [`check_floor`] reports it.
    pub fn minimums(&self) -> BTreeMap<&str, f64> {
        self.0
            .iter()
            .filter(|(k, _)| !k.starts_with('_'))
            .map(|(k, v)| (k.as_str(), v.as_f64().unwrap_or(f64::NAN)))
            .collect()
    }
}

/// One headline metric below its floor (or missing from the report, or with a bad floor value).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    pub metric: String,
    pub floor: f64,
    /// `None` when the report has no such metric.
    pub actual: Option<f64>,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.actual {
            _ if self.floor.is_nan() => write!(f, "{}: floor value is not a number", self.metric),
            Some(a) => write!(f, "{} = {a:.4} is below the floor {:.4}", self.metric, self.floor),
            None => write!(f, "{}: no such headline metric in the report (floor {:.4})", self.metric, self.floor),
        }
    }
}

/// Reads `floor.json`.
pub fn load_floor(path: &Path) -> Result<Floor, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
    serde_json::from_str(&text).map_err(|e| EvalError::Invalid { path: path.to_owned(), message: e.to_string() })
}

/// Every floor metric whose headline value is lower than its minimum (1e-9 tolerance), missing,
/// or whose minimum is not a number. Empty when the gate passes.
pub fn check_floor(report: &EvalReport, floor: &Floor) -> Vec<Failure> {
    floor
        .minimums()
        .into_iter()
        .filter_map(|(metric, min)| {
            let actual = report.headline.get(metric).copied();
            let failed = min.is_nan() || !actual.is_some_and(|a| a + 1e-9 >= min);
            failed.then(|| Failure { metric: metric.to_string(), floor: min, actual })
        })
        .collect()
}
