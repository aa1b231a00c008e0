//! casus-models: loads a model directory from `models/` and runs it over batches of pre-split sentences.
//!
//! The pipeline sees one trait, [`SentenceModel`]: words in (one `Vec<&str>` per sentence, split by
//! casus-core's tokenizer), one [`SentenceAnalysis`] out per sentence — entities as
//! [`casus_core::Entity`] spans and, when the model has a parser head, a [`casus_core::Parse`] — with token
//! indices = word indices of that sentence. [`load`] reads a directory's `config.json` and picks the
//! implementation:
//!
//! - [`JointOnnxModel`] — the joint NER + biaffine dependency-parser graph of `models/FORMAT.md`, run by
//!   ONNX Runtime through `ort` 2 (one pool of sessions per graph). Words are encoded by [`encode`]
//!   (word shapes, first-piece alignment, windows for long sentences), labels are repaired by [`bio`],
//!   trees are decoded by [`mst`] (Chu-Liu-Edmonds, single root), and the optional event heads by
//!   [`events`] (trigger words, CAMEO codes, argument words).
//! - `BertTokenTagger` (cargo feature `torch` only) — a plain Hugging Face BERT token classifier run by
//!   rust-bert's `TokenClassificationModel` on libtorch (safetensors or .ot weights): entities only.
//!
//! Native libraries: libonnxruntime is loaded at run time and found by [`ortlib`]. libtorch is needed
//! only with the `torch` feature: linked at build time (`bash scripts/setup.sh --torch`,
//! `source scripts/cargo-env.sh`; binaries carry an rpath to it, see `rpath.rs`).
//! Every failure is a [`ModelError`].
pub mod bio;
pub mod encode;
mod error;
pub mod events;
pub mod integrity;
pub mod joint;
pub mod mst;
pub mod onnx;
pub mod ortlib;
pub mod signed;
#[cfg(feature = "torch")]
pub mod tagger;

pub use error::ModelError;
pub use joint::{JointConfig, JointOnnxModel};
pub use ortlib::ensure_onnxruntime;
#[cfg(feature = "torch")]
pub use tagger::{BertTokenTagger, WordTag};

use casus_core::{ArgumentHint, Entity, Parse, TriggerHint};
use std::path::Path;

/// What a model says about one sentence. Token indices are word indices of the input sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceAnalysis {
    pub entities: Vec<Entity>,
    /// `None` when the model has no parser head.
    pub parse: Option<Parse>,
    /// Event triggers, when the model has event heads ([`events`]).
    pub triggers: Vec<TriggerHint>,
    /// Per word taken as a trigger head, the arguments the event heads give it (empty without them).
    pub argument_hints: Vec<Vec<ArgumentHint>>,
    /// Per word, whether the event heads rule it out as a trigger (empty without a `keep` threshold).
    pub ruled_out: Vec<bool>,
}

/// A model that analyzes batches of sentences given as words. Implementations are safe to share across
/// threads; a batch is run together (one forward pass where the backend allows).
pub trait SentenceModel: Send + Sync {
    /// One analysis per sentence of `batch`, in order. Empty sentences get empty analyses.
    fn analyze(&self, batch: &[Vec<&str>]) -> Result<Vec<SentenceAnalysis>, ModelError>;
    /// The model's name (config.json `name`, else the directory name).
    fn name(&self) -> &str;
}

/// How to load a model directory.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// ONNX Runtime intra-op threads per call (joint model); default: ONNX Runtime's (one per core).
    pub intra_threads: Option<usize>,
}

/// Loads the model in `dir` with default options. See [`load_with`].
pub fn load(dir: &Path) -> Result<Box<dyn SentenceModel>, ModelError> {
    load_with(dir, &LoadOptions::default())
}

/// Loads the model in `dir`: a joint model (config.json has `onnx` and `ner_labels`, models/FORMAT.md) or a
/// BERT token classifier (config.json has `id2label`, Hugging Face layout; needs the `torch` feature).
pub fn load_with(dir: &Path, options: &LoadOptions) -> Result<Box<dyn SentenceModel>, ModelError> {
    let config: serde_json::Value = read_json(&dir.join("config.json"))?;
    if config.get("onnx").is_some() && config.get("ner_labels").is_some() {
        return Ok(Box::new(JointOnnxModel::load(dir, options.intra_threads)?));
    }
    if config.get("id2label").is_some() {
        return load_token_classifier(dir, &config);
    }
    Err(ModelError::invalid(
        dir,
        "config.json is neither a joint model (onnx, ner_labels; models/FORMAT.md) nor a token classifier (id2label)",
    ))
}

/// A Hugging Face token classifier folder: run by rust-bert on libtorch with the `torch` feature.
#[cfg(feature = "torch")]
fn load_token_classifier(dir: &Path, config: &serde_json::Value) -> Result<Box<dyn SentenceModel>, ModelError> {
    // A folder made elsewhere may have no checksums; those it records are checked.
    if let Some(sums) = config.get("sha256") {
        let sums = serde_json::from_value(sums.clone())
            .map_err(|e| ModelError::invalid(dir, format!("config.json sha256: {e}")))?;
        integrity::verify(dir, &sums, &[])?;
    }
    Ok(Box::new(BertTokenTagger::load(dir)?))
}

/// Without the `torch` feature there is no runner for a Hugging Face token classifier: say how to get one.
#[cfg(not(feature = "torch"))]
fn load_token_classifier(dir: &Path, _config: &serde_json::Value) -> Result<Box<dyn SentenceModel>, ModelError> {
    Err(ModelError::invalid(
        dir,
        "a Hugging Face token classifier (config.json has id2label) runs on libtorch, which this build of casus \
         leaves out; build with the `torch` cargo feature (bash scripts/setup.sh --torch; source \
         scripts/cargo-env.sh; cargo build --release --features torch)",
    ))
}

pub(crate) fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ModelError> {
    let text = std::fs::read_to_string(path).map_err(|e| ModelError::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| ModelError::InvalidModelDir {
        dir: path.parent().unwrap_or(path).to_path_buf(),
        message: format!("{}: {e}", path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())),
    })
}
