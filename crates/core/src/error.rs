use thiserror::Error;

/// Why a document could not be turned into a [`crate::Document`].
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DocumentError {
    #[error("document is empty (no non-whitespace text)")]
    Empty,
    #[error("document is too large: {size} bytes, the limit is {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("unparseable publication date {0:?} (expected YYYY-MM-DD, optionally followed by a time)")]
    BadDate(String),
}
