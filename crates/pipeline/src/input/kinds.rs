//! Inputs casus does not read (compressed files, archives, Office documents, PDFs, HTML pages, tables,
//! images) and URLs: what they are and what to do with them, instead of "invalid UTF-8 at byte 1" or "No
//! such file or directory". The kinds and their advice are data: `data/unreadable.tsv`.
use std::path::Path;
use std::sync::OnceLock;

const UNREADABLE_TSV: &str = include_str!("../../data/unreadable.tsv");

struct Kind {
    extensions: Vec<&'static str>,
    magics: Vec<Vec<u8>>,
    what: &'static str,
    advice: &'static str,
}

fn kinds() -> &'static [Kind] {
    static KINDS: OnceLock<Vec<Kind>> = OnceLock::new();
    KINDS.get_or_init(|| {
        UNREADABLE_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                // The file is part of the build: a bad row is a bug, and the tests read every row.
                let [exts, magic, what, advice] = l.split('\t').collect::<Vec<_>>()[..] else {
                    panic!("unreadable.tsv: want 4 fields in {l:?}")
                };
                let magics = magic.split(',').filter(|m| *m != "-").map(hex).collect();
                Kind { extensions: exts.split(',').collect(), magics, what, advice }
            })
            .collect()
    })
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap_or_else(|_| panic!("unreadable.tsv: bad magic {s:?}")))
        .collect()
}

fn explain(kind: &Kind, path: &Path) -> String {
    let shown = path.display().to_string();
    format!("{}; casus reads UTF-8 text and JSON Lines: {}", kind.what, kind.advice.replace("{path}", &shown))
}

/// What to say about a file named on the command line whose extension casus does not read.
pub(crate) fn by_extension(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    kinds().iter().find(|k| k.extensions.contains(&ext.as_str())).map(|k| explain(k, path))
}

/// What to say about a file read as text whose first bytes show another kind (a `.txt` that is gzip).
pub(crate) fn by_content(path: &Path, head: &[u8]) -> Option<String> {
    kinds().iter().find(|k| k.magics.iter().any(|m| head.starts_with(m))).map(|k| explain(k, path))
}

/// What to say about an argument that is a URL rather than a file.
pub(crate) fn url(arg: &str) -> Option<String> {
    let (scheme, rest) = arg.split_once("://")?;
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    if !is_scheme || rest.is_empty() {
        return None;
    }
    Some(match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" | "ftp" => format!(
            "a URL: casus reads local files; download it first (curl -L -o page.html '{arg}'), convert the page \
             to text, and give casus the file"
        ),
        _ => format!("a URL: casus reads local files; copy it to a local file or folder first ({scheme} tools)"),
    })
}

/// The extensions a folder's file is read for.
pub(crate) fn is_read_in_folders(ext: &str) -> bool {
    matches!(ext, "txt" | "jsonl" | "ndjson")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_and_names_what_to_do() {
        assert!(kinds().len() >= 10);
        let gz = by_extension(Path::new("docs/a.jsonl.gz")).unwrap();
        assert!(gz.contains("gzip") && gz.contains("gunzip -c docs/a.jsonl.gz | casus extract -"), "{gz}");
        assert!(by_extension(Path::new("Report.DOCX")).unwrap().contains("convert it to plain text"));
        assert!(by_extension(Path::new("page.html")).unwrap().contains("convert it to text first"));
        assert!(by_extension(Path::new("a.txt")).is_none() && by_extension(Path::new("notes")).is_none());
        let pdf = by_content(Path::new("x.txt"), b"%PDF-1.7\n").unwrap();
        assert!(pdf.contains("pdftotext x.txt"), "{pdf}");
        assert!(by_content(Path::new("x.txt"), b"\x1f\x8b\x08").unwrap().contains("gzip"));
        assert!(by_content(Path::new("x.txt"), b"Caf\xe9").is_none());
    }

    #[test]
    fn urls_are_told_apart_from_paths() {
        assert!(url("https://example.org/story").unwrap().contains("curl -L -o"));
        assert!(url("s3://bucket/docs/").unwrap().contains("copy it to a local file"));
        for path in ["docs/a.txt", "C:/docs", "a://", "1x://y", "-"] {
            assert!(url(path).is_none(), "{path}");
        }
    }
}
