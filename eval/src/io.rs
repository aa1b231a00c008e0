//! Reading event JSONL files (gold or predicted) into [`Event`]s, with errors that name the file
//! and the line.
use casus_core::Event;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Why an event file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a valid event record: {source}")]
    Record {
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// Reads a JSONL event file. Blank lines are skipped; any other line must be one event record.
pub fn read_events(path: &Path) -> Result<Vec<Event>, EvalError> {
    let file = File::open(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
    parse_events(BufReader::new(file), path)
}

/// Parses JSONL event records from any reader; `path` is used in error messages only.
pub fn parse_events<R: BufRead>(reader: R, path: &Path) -> Result<Vec<Event>, EvalError> {
    let mut events = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let event = serde_json::from_str::<Event>(&line).map_err(|source| EvalError::Record {
            path: path.to_owned(),
            line: i + 1,
            source,
        })?;
        events.push(event);
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_line_names_file_and_line() {
        let text = "\n{\"doc_id\": 3}\n";
        let err = parse_events(text.as_bytes(), Path::new("pred.jsonl")).unwrap_err();
        assert!(matches!(err, EvalError::Record { line: 2, .. }), "{err:?}");
        assert!(err.to_string().starts_with("pred.jsonl:2: not a valid event record"), "{err}");
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let err = read_events(Path::new("/nonexistent/gold.jsonl")).unwrap_err();
        assert!(matches!(err, EvalError::Io { .. }));
        assert!(err.to_string().contains("/nonexistent/gold.jsonl"));
    }
}
