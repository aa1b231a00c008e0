//! What the model tests share: the seed articles' sentences as words.
use casus_core::Document;
use std::path::PathBuf;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Sentences of the seed articles (corpus/docs), as words.
pub fn seed_sentences() -> Vec<Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus/docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let doc = Document::new("t", std::fs::read_to_string(&f).unwrap(), None, None).unwrap();
        out.extend(doc.sentences.iter().map(|s| s.tokens.iter().map(|t| t.text.clone()).collect::<Vec<_>>()));
    }
    out
}
