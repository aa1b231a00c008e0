//! Why a gazetteer could not be read.

/// A malformed gazetteer file (the embedded one is checked by the tests, so this names a bad
/// replacement file or a broken build).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoError {
    #[error("gazetteer: cannot decompress: {0}")]
    Decompress(String),
    #[error("gazetteer line {line}: {message}")]
    Line { line: usize, message: String },
}
