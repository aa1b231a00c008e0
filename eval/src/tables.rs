//! Per-document tables of a gold corpus (`docs.tsv`, `split.tsv`) and the subsets they define.
//!
//! A table is tab-separated with a header row whose first column is `doc_id`; every other column
//! is an attribute (`pub_date`, `country`, `region`, `split`, ...). `casus eval --split dev` keeps
//! the documents whose `split` is `dev`; `--by region` scores every region on its own.
use crate::io::EvalError;
use casus_core::Event;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Attribute values per document, from one or more TSV tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocTable {
    /// doc_id → column → value.
    rows: BTreeMap<String, BTreeMap<String, String>>,
}

impl DocTable {
    /// Reads a TSV table; a missing `doc_id` header, a short row or a repeated id is an error
    /// naming the file and line.
    pub fn read(path: &Path) -> Result<DocTable, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
        DocTable::parse(&text, path)
    }

    /// Parses TSV text; `path` is used in error messages only.
    pub fn parse(text: &str, path: &Path) -> Result<DocTable, EvalError> {
        let invalid = |message: String| EvalError::Invalid { path: path.to_owned(), message };
        let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
        let header: Vec<&str> = match lines.next() {
            Some((_, h)) => h.trim_end_matches('\r').split('\t').map(str::trim).collect(),
            None => return Err(invalid("empty table".into())),
        };
        if header.first() != Some(&"doc_id") {
            return Err(invalid("the header's first column must be doc_id".into()));
        }
        let mut rows = BTreeMap::new();
        for (n, line) in lines {
            let cols: Vec<&str> = line.trim_end_matches('\r').split('\t').map(str::trim).collect();
            if cols.len() != header.len() {
                return Err(invalid(format!(
                    "line {}: {} columns, the header has {}",
                    n + 1,
                    cols.len(),
                    header.len()
                )));
            }
            let attrs = header[1..].iter().zip(&cols[1..]).map(|(h, v)| (h.to_string(), v.to_string())).collect();
            if rows.insert(cols[0].to_string(), attrs).is_some() {
                return Err(invalid(format!("line {}: doc_id {} listed twice", n + 1, cols[0])));
            }
        }
        Ok(DocTable { rows })
    }

    /// Adds the columns of `other` (documents of either table are kept).
    pub fn merge(mut self, other: DocTable) -> DocTable {
        for (doc, attrs) in other.rows {
            self.rows.entry(doc).or_default().extend(attrs);
        }
        self
    }

    /// Whether any document has column `column`.
    pub fn has_column(&self, column: &str) -> bool {
        self.rows.values().any(|a| a.contains_key(column))
    }

    /// The value of `column` for `doc`.
    pub fn get(&self, doc: &str, column: &str) -> Option<&str> {
        self.rows.get(doc)?.get(column).map(String::as_str)
    }

    /// Documents whose `column` equals `value`; an error when no document has that value (a typo in
    /// `--split` must not score an empty set).
    pub fn select(&self, column: &str, value: &str) -> Result<BTreeSet<String>, String> {
        let docs: BTreeSet<String> = self
            .rows
            .iter()
            .filter(|(_, a)| a.get(column).map(String::as_str) == Some(value))
            .map(|(d, _)| d.clone())
            .collect();
        if docs.is_empty() {
            let known: BTreeSet<&str> = self.rows.values().filter_map(|a| a.get(column).map(String::as_str)).collect();
            return Err(format!(
                "no document has {column} = {value} (values: {})",
                known.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        Ok(docs)
    }

    /// Documents grouped by the value of `column` (documents without it are left out).
    pub fn groups(&self, column: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (doc, attrs) in &self.rows {
            if let Some(v) = attrs.get(column) {
                out.entry(v.clone()).or_default().insert(doc.clone());
            }
        }
        out
    }
}

/// The tables that sit beside a gold file (`docs.tsv`, `split.tsv` in its folder), those present.
pub fn tables_beside(gold: &Path) -> Vec<PathBuf> {
    let dir = gold.parent().unwrap_or(Path::new("."));
    ["docs.tsv", "split.tsv"].iter().map(|f| dir.join(f)).filter(|p| p.is_file()).collect()
}

/// The events of the documents in `docs`.
pub fn restrict(events: Vec<Event>, docs: &BTreeSet<String>) -> Vec<Event> {
    events.into_iter().filter(|e| docs.contains(&e.doc_id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Result<DocTable, EvalError> {
        DocTable::parse(text, Path::new("t.tsv"))
    }

    #[test]
    fn reads_columns_selects_and_groups() {
        let docs =
            table("doc_id\tpub_date\tregion\na\t2024-01-01\tAfrica\nb\t2024-01-02\tAsia\r\nc\t2024-01-03\tAfrica\n")
                .unwrap();
        let split = table("doc_id\tsplit\na\tdev\nb\ttest\nc\tdev\n").unwrap();
        let t = docs.merge(split);
        assert_eq!(t.get("b", "region"), Some("Asia"));
        assert_eq!(t.select("split", "dev").unwrap().into_iter().collect::<Vec<_>>(), ["a", "c"]);
        let g = t.groups("region");
        assert_eq!(g["Africa"].len(), 2);
        assert!(t.has_column("split") && !t.has_column("outlet"));
    }

    #[test]
    fn an_unknown_value_is_an_error_that_lists_the_known_ones() {
        let t = table("doc_id\tsplit\na\tdev\nb\ttest\n").unwrap();
        let e = t.select("split", "devv").unwrap_err();
        assert!(e.contains("dev, test"), "{e}");
    }

    #[test]
    fn malformed_tables_name_the_line() {
        assert!(table("id\tsplit\na\tdev\n").unwrap_err().to_string().contains("doc_id"));
        assert!(table("doc_id\tsplit\na\n").unwrap_err().to_string().contains("line 2"));
        assert!(table("doc_id\tsplit\na\tdev\na\ttest\n").unwrap_err().to_string().contains("twice"));
    }
}
