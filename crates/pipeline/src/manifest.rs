//! `--manifest FILE.tsv`: publication dates per document id (`doc_id <TAB> pub_date`).
use std::collections::HashMap;
use std::path::Path;

/// Dates as written; they are parsed per document so that one bad date fails only its document.
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    dates: HashMap<String, String>,
}

impl Manifest {
    /// Reads a TSV with two or more columns; a first row whose second column is `pub_date`,
    /// `published` or `date` is a header. Blank lines and lines starting with `#` are skipped.
    pub fn read(path: &Path) -> Result<Manifest, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("manifest {}: {e}", path.display()))?;
        Manifest::parse(&text).map_err(|e| format!("manifest {}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Manifest, String> {
        let mut dates = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (id, date) = match (cols.next(), cols.next()) {
                (Some(id), Some(date)) => (id.trim(), date.trim()),
                _ => return Err(format!("line {}: expected `doc_id<TAB>pub_date`", n + 1)),
            };
            if dates.is_empty() && matches!(date, "pub_date" | "published" | "date") {
                continue;
            }
            dates.insert(id.to_string(), date.to_string());
        }
        Ok(Manifest { dates })
    }

    pub fn get(&self, id: &str) -> Option<&str> {
        self.dates.get(id).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_comments_and_crlf() {
        let m =
            Manifest::parse("doc_id\tpub_date\toutlet\r\n# note\r\na\t2024-02-13\tFrance 24\r\n\r\nb\t2022-11-07\n")
                .unwrap();
        assert_eq!(m.get("a"), Some("2024-02-13"));
        assert_eq!(m.get("b"), Some("2022-11-07"));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn a_line_without_tab_is_an_error_with_its_number() {
        let e = Manifest::parse("a\t2024-01-01\nbroken line\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
    }
}
