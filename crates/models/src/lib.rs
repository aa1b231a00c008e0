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
//! - [`BertTokenTagger`] — a plain BERT token classifier run by rust-bert's `TokenClassificationModel`
//!   on libtorch ([`Backend::Tch`], safetensors) or ONNX Runtime ([`Backend::Onnx`]).
//!
//! Native libraries: libtorch is linked at build time (`source scripts/cargo-env.sh`; binaries carry an
//! rpath to it, see `rpath.rs`); libonnxruntime is loaded at run time and found by [`ortlib`]
//! (`ORT_DYLIB_PATH`, then the project `.venv` made by `scripts/setup.sh`, then system paths).
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
pub mod tagger;

pub use error::ModelError;
pub use joint::{JointConfig, JointOnnxModel};
pub use ortlib::ensure_onnxruntime;
pub use tagger::{Backend, BertTokenTagger, WordTag};

use casus_core::{Entity, Parse, TriggerHint};
use std::path::Path;

/// What a model says about one sentence. Token indices are word indices of the input sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceAnalysis {
    pub entities: Vec<Entity>,
    /// `None` when the model has no parser head.
    pub parse: Option<Parse>,
    /// Event triggers, when the model has event heads ([`events`]).
    pub triggers: Vec<TriggerHint>,
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
    /// Backend for a BERT token classifier; default: ONNX when `model.onnx` exists, else tch.
    pub backend: Option<Backend>,
    /// ONNX Runtime intra-op threads per call (joint model); default: ONNX Runtime's (one per core).
    pub intra_threads: Option<usize>,
}

/// Loads the model in `dir` with default options. See [`load_with`].
pub fn load(dir: &Path) -> Result<Box<dyn SentenceModel>, ModelError> {
    load_with(dir, &LoadOptions::default())
}

/// Loads the model in `dir`: a joint model (config.json has `onnx` and `ner_labels`, models/FORMAT.md) or a
/// BERT token classifier (config.json has `id2label`, Hugging Face layout).
pub fn load_with(dir: &Path, options: &LoadOptions) -> Result<Box<dyn SentenceModel>, ModelError> {
    let config: serde_json::Value = read_json(&dir.join("config.json"))?;
    if config.get("onnx").is_some() && config.get("ner_labels").is_some() {
        return Ok(Box::new(JointOnnxModel::load(dir, options.intra_threads)?));
    }
    if config.get("id2label").is_some() {
        // A Hugging Face folder made elsewhere may have no checksums; those it records are checked.
        if let Some(sums) = config.get("sha256") {
            let sums = serde_json::from_value(sums.clone())
                .map_err(|e| ModelError::invalid(dir, format!("config.json sha256: {e}")))?;
            integrity::verify(dir, &sums, &[])?;
        }
        let backend =
            options.backend.unwrap_or(if dir.join("model.onnx").is_file() { Backend::Onnx } else { Backend::Tch });
        return Ok(Box::new(BertTokenTagger::load(dir, backend)?));
    }
    Err(ModelError::invalid(
        dir,
        "config.json is neither a joint model (onnx, ner_labels; models/FORMAT.md) nor a token classifier (id2label)",
    ))
}

pub(crate) fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ModelError> {
    let text = std::fs::read_to_string(path).map_err(|e| ModelError::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| ModelError::InvalidModelDir {
        dir: path.parent().unwrap_or(path).to_path_buf(),
        message: format!("{}: {e}", path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())),
    })
}
