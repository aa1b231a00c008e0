//! Typed errors: a [`LineError`] names the file, the line and what is wrong with it; [`Error`] adds
//! the failures of reading a file or a folder.
use std::path::PathBuf;

/// What is wrong with a dictionary line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("no code in [...]")]
    MissingCode,
    #[error("bad code {0:?}")]
    BadCode(String),
    #[error("unbalanced {0:?}")]
    Unbalanced(char),
    #[error("unexpected {0:?}")]
    Unexpected(String),
    #[error("empty phrase")]
    EmptyPhrase,
    #[error("bad date restriction {0:?} (<DATE, >DATE or DATE-DATE; YYMMDD or YYYYMMDD)")]
    BadDate(String),
    #[error("undefined synset &{0}")]
    UndefinedSynset(String),
    #[error("undefined substitution marker !{0}!")]
    UndefinedMarker(String),
    #[error("a pattern needs exactly one verb marker '*', outside (...) and {{...}}")]
    VerbMarker,
    #[error("a multi-word verb needs '+' on the word that is inflected")]
    VerbHead,
    #[error("{0} outside a {1}")]
    Outside(&'static str, &'static str),
}

/// A line a reader could not take.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {problem}: {text:?}")]
pub struct LineError {
    /// The file name (or whatever name the text was given).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// The line as written, without its line break.
    pub text: String,
    pub problem: Problem,
}

/// Why a dictionary or a folder of them could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{file}:{line}: not UTF-8")]
    NotUtf8 { file: String, line: usize },
    #[error("{}: no PETRARCH dictionary files (CAMEO*.txt / *verbs*, *agents*, *actors*)", dir.display())]
    NoDictionaries { dir: PathBuf },
    #[error(transparent)]
    Line(#[from] LineError),
}
