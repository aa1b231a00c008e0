//! The plain-Rust side of the binding: a loaded [`Pipeline`] plus an optional thread pool, documents in,
//! events out as JSON lines exactly as `casus extract` writes them. No Python types here, so this part is
//! built and tested by `cargo test --workspace` without PyO3; `src/python.rs` only converts arguments.
use casus_pipeline::models::DEFAULT_MODEL;
use casus_pipeline::{default_model_dir, DateSources, ModelStage, Outcome, Pipeline, RawDoc};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// One input document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocIn {
    pub doc_id: String,
    pub text: String,
    /// `YYYY-MM-DD`, optionally followed by a time; parsed by the pipeline (a bad one fails this document).
    pub pub_date: Option<String>,
}

/// What became of one document: its events, one JSON object per string, or why it failed.
#[derive(Debug, Clone, PartialEq)]
pub struct DocOut {
    pub doc_id: String,
    pub result: Result<Vec<String>, String>,
}

/// A loaded model and pipeline; share it between calls (and threads): loading is the slow part.
pub struct Engine {
    pipeline: Pipeline,
    /// Own pool when a thread count was asked for; else rayon's global pool (all cores).
    pool: Option<rayon::ThreadPool>,
    models: PathBuf,
}

impl Engine {
    /// Loads the model in `models`, else in the directory `casus extract` uses by default
    /// (`$CASUS_MODELS`, else `models/news` of the checkout casus was built in).
    pub fn load(models: Option<&Path>, threads: Option<usize>) -> Result<Engine, String> {
        let pool = match threads {
            Some(0) => return Err("threads must be at least 1".to_string()),
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .thread_name(|i| format!("casus-{i}"))
                    .build()
                    .map_err(|e| format!("cannot start the thread pool: {e}"))?,
            ),
            None => None,
        };
        let dir = match models.map(Path::to_path_buf).or_else(default_model_dir) {
            Some(d) => d,
            None => {
                return Err(format!(
                    "no model directory found (looked at $CASUS_MODELS and models/{DEFAULT_MODEL} above the \
                     Python executable and in the checkout casus was built from); pass models=DIR"
                ))
            }
        };
        if !dir.join("config.json").is_file() {
            let from = if models.is_none() { " (from $CASUS_MODELS)" } else { "" };
            return Err(format!("not a casus model directory (no config.json): {}{from}", dir.display()));
        }
        // ort panics when ONNX Runtime cannot be loaded at all; a panic must not cross into Python.
        let stage = catch_unwind(|| ModelStage::load(&dir))
            .map_err(|p| format!("cannot load the model in {}: internal error: {}", dir.display(), panic_text(&p)))?
            .map_err(|e| format!("cannot load the model in {}: {e}", dir.display()))?;
        let pipeline = Pipeline::new(Some(Box::new(stage)), DateSources::default());
        Ok(Engine { pipeline, pool, models: dir })
    }

    /// Leaves out records whose learned confidence is under `min` (0 keeps all; the default is the
    /// scorer's threshold, as for `casus extract`).
    pub fn with_min_confidence(mut self, min: f64) -> Result<Engine, String> {
        self.pipeline.set_min_confidence(min).map_err(|e| e.to_string())?;
        Ok(self)
    }

    pub fn min_confidence(&self) -> f64 {
        self.pipeline.min_confidence()
    }

    /// The model directory in use.
    pub fn models(&self) -> &Path {
        &self.models
    }

    /// The model's name as it reports it.
    pub fn model_name(&self) -> String {
        self.pipeline.annotator_name().unwrap_or_default()
    }

    /// Worker threads the batch runs on.
    pub fn threads(&self) -> usize {
        self.pool.as_ref().map_or_else(rayon::current_num_threads, |p| p.current_num_threads())
    }

    /// Runs one batch through the pipeline, in parallel; results are in input order. `Err` only for an
    /// internal error (a panic somewhere below), never for a bad document: that is its own `DocOut`.
    pub fn run(&self, docs: Vec<DocIn>) -> Result<Vec<DocOut>, String> {
        let batch =
            docs.into_iter().map(|d| Ok(RawDoc { id: d.doc_id, text: d.text, published: d.pub_date, title: None }));
        let batch: Vec<_> = batch.collect();
        let process = || self.pipeline.process(batch);
        let outcomes = catch_unwind(AssertUnwindSafe(|| match &self.pool {
            Some(pool) => pool.install(process),
            None => process(),
        }))
        .map_err(|p| format!("internal error: {}", panic_text(&p)))?;
        outcomes
            .into_iter()
            .map(|outcome| match outcome {
                Outcome::Done { id, events, .. } => {
                    let lines = events.iter().map(serde_json::to_string).collect::<Result<Vec<_>, _>>();
                    let lines = lines.map_err(|e| format!("internal error: cannot serialize an event of {id}: {e}"))?;
                    Ok(DocOut { doc_id: id, result: Ok(lines) })
                }
                Outcome::Failed(e) => Ok(DocOut { doc_id: e.doc, result: Err(e.reason) }),
            })
            .collect()
    }
}

fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Azerbaijani forces shelled Armenian positions on Tuesday, killing two soldiers, \
                        the Armenian Defense Ministry said.";

    fn doc(id: &str, text: &str, date: Option<&str>) -> DocIn {
        DocIn { doc_id: id.into(), text: text.into(), pub_date: date.map(str::to_string) }
    }

    /// The shipped model, or None (with a message) while models/news is absent, as crates/models/tests/news.rs.
    fn engine(threads: Option<usize>) -> Option<Engine> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/news");
        if !dir.join("config.json").is_file() {
            eprintln!("skipped: {} is absent", dir.display());
            return None;
        }
        Some(Engine::load(Some(&dir), threads).unwrap_or_else(|e| panic!("models/news does not load: {e}")))
    }

    #[test]
    fn missing_or_wrong_model_dir_is_an_error_naming_it() {
        let err = Engine::load(Some(Path::new("/nonexistent/casus-models")), None).err().unwrap();
        assert!(err.contains("/nonexistent/casus-models"), "{err}");
        assert_eq!(Engine::load(None, Some(0)).err().unwrap(), "threads must be at least 1");
    }

    #[test]
    fn events_are_the_cli_json_lines_and_bad_documents_fail_alone() {
        let Some(engine) = engine(Some(2)) else { return };
        assert_eq!(engine.threads(), 2);
        assert!(!engine.model_name().is_empty());
        let out = engine
            .run(vec![
                doc("a", TEXT, Some("2024-02-15")),
                doc("bad-date", TEXT, Some("15/02/2024")),
                doc("empty", "  \n", None),
                doc("b", TEXT, None),
            ])
            .unwrap();
        let ids: Vec<&str> = out.iter().map(|o| o.doc_id.as_str()).collect();
        assert_eq!(ids, ["a", "bad-date", "empty", "b"]);
        let a = out[0].result.as_ref().unwrap();
        assert!(!a.is_empty(), "no events from {TEXT:?}");
        for line in a {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["doc_id"], "a");
            for key in casus_core::RECORD_KEYS {
                assert!(v.get(key).is_some(), "{key} missing in {line}");
            }
        }
        // "on Tuesday" resolves against the publication date (Thursday 2024-02-15) → 2024-02-13.
        assert!(a.iter().any(|l| l.contains("\"2024-02-13\"")), "{a:?}");
        assert!(out[1].result.as_ref().unwrap_err().contains("15/02/2024"), "{:?}", out[1]);
        assert!(out[2].result.is_err());
        assert!(!out[3].result.as_ref().unwrap().is_empty());
    }
}
