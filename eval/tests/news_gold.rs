//! The multi-conflict news gold (`corpus/news`, issue 9): size, split, schema, and offsets into the
//! story texts. The texts live in ../shared, not in the repo: the offset test skips (saying so) when
//! they are absent; everything else always runs.
use casus_eval::{read_events, schema_errors, DocTable};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn news() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/news")
}

fn table(name: &str) -> DocTable {
    DocTable::read(&news().join(name)).unwrap()
}

#[test]
fn news_gold_is_big_enough_and_every_story_has_a_split() {
    let gold = read_events(&news().join("gold.jsonl")).unwrap();
    let docs: BTreeSet<&str> = gold.iter().map(|e| e.doc_id.as_str()).collect();
    assert!(gold.len() >= 1200, "{} events", gold.len());
    assert!(docs.len() >= 80, "{} stories", docs.len());
    let tables = table("docs.tsv").merge(table("split.tsv"));
    let mut per_split: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &docs {
        assert!(tables.get(d, "region").is_some(), "{d} is not in docs.tsv");
        let split = tables.get(d, "split").unwrap_or_else(|| panic!("{d} is not in split.tsv"));
        assert!(["train", "dev", "test"].contains(&split), "{d}: split {split}");
        *per_split.entry(split).or_default() += 1;
    }
    // roughly 60 / 20 / 20
    let n = docs.len() as f64;
    assert!((0.5..0.7).contains(&(per_split["train"] as f64 / n)), "{per_split:?}");
    assert!(per_split["dev"] as f64 / n > 0.15 && per_split["test"] as f64 / n > 0.15, "{per_split:?}");
}

#[test]
fn news_gold_and_agreement_records_validate_against_the_schema() {
    for f in ["gold.jsonl", "agreement/first.jsonl", "agreement/second.jsonl"] {
        let path = news().join(f);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let errors = schema_errors(&v);
            assert!(errors.is_empty(), "{f}:{}: {}", i + 1, errors.join("; "));
        }
    }
}

/// doc_id → text of the stories in ../shared, or `None` when ../shared is absent.
fn shared_texts() -> Option<BTreeMap<String, Vec<char>>> {
    let shared = std::env::var_os("CASUS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let files = [shared.join("corpus/news/stories.jsonl"), shared.join("corpus/voa/voa_stories.jsonl")];
    if !files.iter().all(|f| f.is_file()) {
        return None;
    }
    let mut texts = BTreeMap::new();
    for f in files {
        for line in std::fs::read_to_string(&f).unwrap().lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.insert(v["id"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().chars().collect());
        }
    }
    Some(texts)
}

#[test]
fn news_gold_evidence_is_the_text_at_its_offsets() {
    let Some(texts) = shared_texts() else {
        eprintln!("skipped: ../shared/corpus (the news story texts) is absent");
        return;
    };
    for f in ["gold.jsonl", "agreement/first.jsonl", "agreement/second.jsonl"] {
        for e in read_events(&news().join(f)).unwrap() {
            let text = texts.get(&e.doc_id).unwrap_or_else(|| panic!("{f}: {} has no text", e.doc_id));
            let (s, t) = (e.evidence.start, e.evidence.end);
            assert!(s < t && t <= text.len(), "{f}: {} span {s}..{t}", e.event_id);
            let at: String = text[s..t].iter().collect();
            assert_eq!(at, e.evidence.sentence, "{f}: {}", e.event_id);
        }
    }
}
