//! The one error type of the crate.
use std::path::PathBuf;
use thiserror::Error;

/// Everything that can go wrong while finding a runtime, loading a model directory or running a model.
#[derive(Debug, Error)]
pub enum ModelError {
    /// libonnxruntime.so was not found (or could not be loaded) anywhere the runner looks.
    #[error(
        "ONNX Runtime library (libonnxruntime.so) not found.\nLooked in:\n{}\nFix, one of: `pip install \
         onnxruntime` into the Python that runs casus (or the active virtual environment); in a casus \
         checkout, `bash scripts/setup.sh` (installs onnxruntime 1.31.1 into .venv); or set ORT_DYLIB_PATH \
         to a libonnxruntime.so (ONNX Runtime 1.17 or newer).",
        .searched.iter().map(|s| format!("  - {s}")).collect::<Vec<_>>().join("\n")
    )]
    OnnxRuntimeNotFound {
        /// One line per place looked at, with what was wrong there.
        searched: Vec<String>,
    },

    /// A file of the model directory could not be read.
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A model directory whose contents do not match what the runner expects (see models/FORMAT.md).
    #[error("invalid model directory {}: {message}", .dir.display())]
    InvalidModelDir { dir: PathBuf, message: String },

    /// A model file differs from the SHA-256 its config.json records.
    #[error(
        "{} does not match the checksum in config.json (sha256 {expected}, the file has {actual}): the file was \
         changed or damaged; restore it (git checkout, or export the model again)",
        .path.display()
    )]
    Checksum { path: PathBuf, expected: String, actual: String },

    /// tokenizer.json could not be loaded or a sentence could not be encoded.
    #[error("tokenizer error ({}): {message}", .path.display())]
    Tokenizer { path: PathBuf, message: String },

    /// An error reported by ONNX Runtime (through the `ort` crate).
    #[error("ONNX Runtime: {0}")]
    Ort(#[from] ort::Error),

    /// An error reported by rust-bert (model construction, weights, tokenizer).
    #[cfg(feature = "torch")]
    #[error("rust-bert: {0}")]
    RustBert(#[from] rust_bert::RustBertError),

    /// An error reported by libtorch (through `tch`).
    #[cfg(feature = "torch")]
    #[error("libtorch: {0}")]
    Tch(#[from] tch::TchError),

    /// The model produced outputs of an unexpected name, type or shape.
    #[error("model {model}: unexpected output: {message}")]
    Output { model: String, message: String },
}

impl ModelError {
    pub(crate) fn invalid(dir: &std::path::Path, message: impl Into<String>) -> Self {
        ModelError::InvalidModelDir { dir: dir.to_path_buf(), message: message.into() }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        ModelError::Io { path: path.to_path_buf(), source }
    }
}
