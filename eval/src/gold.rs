//! The gold check of issue 3: every record of `gold.jsonl` is schema-valid, its evidence is the
//! exact text of its document at its char offsets, event ids are unique, and documents, texts and
//! the `docs.tsv` manifest agree.
use crate::schema::validate_record;
use casus_core::Event;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the gold corpus lives: `gold.jsonl`, `docs/<doc_id>.txt` and `docs.tsv`
/// (tab-separated doc_id, publication date YYYY-MM-DD, outlet, possibly empty; an optional header
/// row starting with `doc_id`).
#[derive(Debug, Clone)]
pub struct GoldPaths {
    pub gold: PathBuf,
    pub docs_dir: PathBuf,
    pub docs_tsv: PathBuf,
}

impl GoldPaths {
    /// The layout of the repo's `corpus/` folder: `gold.jsonl`, `docs/`, `docs.tsv` inside `dir`.
    pub fn in_dir(dir: &Path) -> GoldPaths {
        GoldPaths { gold: dir.join("gold.jsonl"), docs_dir: dir.join("docs"), docs_tsv: dir.join("docs.tsv") }
    }
}

/// Every problem found, each naming the file (and line); empty when the gold is sound.
/// Unreadable or missing files are problems too (this check never skips).
pub fn check_gold(paths: &GoldPaths) -> Vec<String> {
    let mut problems = Vec::new();
    let manifest = read_manifest(&paths.docs_tsv, &mut problems);
    let listed: BTreeSet<&str> = manifest.iter().map(String::as_str).collect();
    let texts = read_texts(paths, &manifest, &mut problems);
    check_unlisted_texts(paths, &listed, &mut problems);

    let gold_name = paths.gold.display().to_string();
    let text = match std::fs::read_to_string(&paths.gold) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("{gold_name}: {e}"));
            return problems;
        }
    };
    let mut ids = BTreeMap::<String, usize>::new();
    let mut docs_with_events = BTreeSet::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = format!("{gold_name}:{}", i + 1);
        let Some(event) = parse_record(line, &at, &mut problems) else { continue };
        if let Some(first) = ids.insert(event.event_id.clone(), i + 1) {
            problems.push(format!("{at}: event_id {:?} already used on line {first}", event.event_id));
        }
        docs_with_events.insert(event.doc_id.clone());
        if !listed.contains(event.doc_id.as_str()) {
            problems.push(format!("{at}: doc_id {:?} is not listed in {}", event.doc_id, paths.docs_tsv.display()));
            continue;
        }
        if let Some(Some(chars)) = texts.get(&event.doc_id) {
            check_evidence(&event, chars, &at, &mut problems);
        }
    }
    for id in &manifest {
        if !docs_with_events.contains(id) {
            problems.push(format!("{gold_name}: no event for document {id}"));
        }
    }
    problems
}

/// The text of each listed document, as chars (evidence offsets count chars); `None` when unreadable.
fn read_texts(
    paths: &GoldPaths,
    manifest: &[String],
    problems: &mut Vec<String>,
) -> BTreeMap<String, Option<Vec<char>>> {
    let mut texts = BTreeMap::new();
    for id in manifest {
        let path = paths.docs_dir.join(format!("{id}.txt"));
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.insert(id.clone(), Some(t.chars().collect())),
            Err(e) => {
                problems.push(format!(
                    "{}: listed in {} but unreadable: {e}",
                    path.display(),
                    paths.docs_tsv.display()
                ));
                texts.insert(id.clone(), None)
            }
        };
    }
    texts
}

/// `.txt` files in the documents folder that the manifest does not list.
fn check_unlisted_texts(paths: &GoldPaths, listed: &BTreeSet<&str>, problems: &mut Vec<String>) {
    match std::fs::read_dir(&paths.docs_dir) {
        Ok(dir) => {
            for entry in dir.flatten() {
                let p = entry.path();
                let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                if p.extension().is_some_and(|e| e == "txt") && !listed.contains(stem) {
                    problems.push(format!("{}: not listed in {}", p.display(), paths.docs_tsv.display()));
                }
            }
        }
        Err(e) => problems.push(format!("{}: {e}", paths.docs_dir.display())),
    }
}

/// One gold line as an [`Event`], its schema problems recorded under `at`.
fn parse_record(line: &str, at: &str, problems: &mut Vec<String>) -> Option<Event> {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            problems.push(format!("{at}: invalid JSON: {e}"));
            return None;
        }
    };
    let record_problems = validate_record(&value);
    let parsed = serde_json::from_value::<Event>(value);
    if record_problems.is_empty() && parsed.is_err() {
        problems.push(format!("{at}: does not deserialize into an Event"));
    }
    problems.extend(record_problems.into_iter().map(|p| format!("{at}: {p}")));
    parsed.ok()
}

/// The evidence span must lie inside the document and read exactly as the record's sentence.
fn check_evidence(event: &Event, chars: &[char], at: &str, problems: &mut Vec<String>) {
    let (s, e) = (event.evidence.start, event.evidence.end);
    if s >= e || e > chars.len() {
        problems.push(format!("{at}: evidence {s}..{e} is outside document {} ({} chars)", event.doc_id, chars.len()));
        return;
    }
    let span: String = chars[s..e].iter().collect();
    if span != event.evidence.sentence {
        problems.push(format!("{at}: text[{s}..{e}] is {span:?}, not the sentence {:?}", event.evidence.sentence));
    }
}

/// The doc ids of `docs.tsv`, checking that each row has an id, a YYYY-MM-DD date and an outlet
/// column (which may be empty when the text names no outlet, as GUIDELINES.md allows).
fn read_manifest(path: &Path, problems: &mut Vec<String>) -> Vec<String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("{}: {e}", path.display()));
            return Vec::new();
        }
    };
    let mut ids = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if i == 0 && cols[0].eq_ignore_ascii_case("doc_id") {
            continue;
        }
        let at = format!("{}:{}", path.display(), i + 1);
        if cols.len() < 3 || cols[..2].iter().any(|c| c.is_empty()) {
            problems.push(format!("{at}: expected doc_id<TAB>date<TAB>outlet, got {line:?}"));
        }
        if let Some(d) = cols.get(1).filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err()) {
            problems.push(format!("{at}: date {d:?} is not YYYY-MM-DD"));
        }
        if ids.contains(&cols[0].to_string()) {
            problems.push(format!("{at}: doc_id {} listed twice", cols[0]));
        }
        ids.push(cols[0].to_string());
    }
    ids
}
