//! `--min-confidence`: every record carries the learned scorer's confidence, and the default run
//! leaves out exactly the records under the scorer's threshold, keeping the others' ids.
use std::path::Path;
use std::process::{Command, Output};

fn casus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casus")).args(args).output().expect("casus runs")
}

fn records(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn default_run_leaves_out_the_records_under_the_threshold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs = root.join("corpus/docs");
    let dir = tempfile::tempdir().unwrap();
    let (all, kept) = (dir.path().join("all.jsonl"), dir.path().join("kept.jsonl"));
    let run = |out: &Path, extra: &[&str]| {
        let mut args = vec!["extract", "-o", out.to_str().unwrap(), docs.to_str().unwrap()];
        args.extend_from_slice(extra);
        let o = casus(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    run(&all, &["--min-confidence", "0"]);
    let summary = run(&kept, &[]);
    let threshold = casus_confidence::Scorer::builtin().threshold;
    let (all, kept) = (records(&all), records(&kept));
    let confidence = |r: &serde_json::Value| r["confidence"].as_f64().expect("every record is scored");
    let expected: Vec<&serde_json::Value> = all.iter().filter(|r| confidence(r) >= threshold).collect();
    assert!(expected.len() < all.len(), "no seed record under {threshold}: the test shows nothing");
    assert_eq!(kept.iter().collect::<Vec<_>>(), expected);
    assert!(summary.contains(&format!("{} more under the confidence threshold", all.len() - kept.len())), "{summary}");
}

#[test]
fn min_confidence_must_be_a_probability() {
    let o = casus(&["extract", "--min-confidence", "1.5", "-"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("number from 0 to 1"));
}

#[test]
fn eval_scores_only_records_at_or_above_its_min_confidence() {
    let dir = tempfile::tempdir().unwrap();
    let (gold, pred) = (dir.path().join("gold.jsonl"), dir.path().join("pred.jsonl"));
    let record = |id: &str, confidence: &str| {
        format!(
            r#"{{"doc_id":"d","event_id":"d:{id}","action":{{"text":"shelled","cameo":"190"}},"actor":null,"target":null,"date":null,"location":null,"casualties":{{"killed":null,"injured":null}},"source":null,"evidence":{{"start":0,"end":20,"sentence":"Troops shelled a town"}}{confidence}}}"#
        )
    };
    std::fs::write(&gold, record("0", "") + "\n").unwrap();
    std::fs::write(&pred, record("0", r#","confidence":0.2"#) + "\n").unwrap();
    let event_line = |extra: &[&str]| {
        let mut args = vec!["eval", "--gold", gold.to_str().unwrap(), "--pred", pred.to_str().unwrap()];
        args.extend_from_slice(extra);
        let o = casus(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let text = String::from_utf8_lossy(&o.stdout).into_owned();
        text.lines()
            .find(|l| l.starts_with("event (span+root)"))
            .unwrap()
            .split_whitespace()
            .nth(4)
            .unwrap()
            .to_string()
    };
    assert_eq!(event_line(&[]), "1.000");
    assert_eq!(event_line(&["--min-confidence", "0.2"]), "1.000");
    assert_eq!(event_line(&["--min-confidence", "0.3"]), "0.000");
}

/// The confidence a run writes is the scorer applied to the run's own records, document by document:
/// what `examples/features.rs` dumps for the trainer is what the pipeline scores.
#[test]
fn written_confidence_is_the_scorer_on_the_documents_records() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.jsonl");
    let o = casus(&[
        "extract",
        "-q",
        "--min-confidence",
        "0",
        "-o",
        out.to_str().unwrap(),
        root.join("corpus/docs").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&out).unwrap();
    let events: Vec<casus_core::Event> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let scorer = casus_confidence::Scorer::builtin();
    let mut checked = 0;
    for doc in events.chunk_by(|a, b| a.doc_id == b.doc_id) {
        let mut again: Vec<casus_core::Event> =
            doc.iter().map(|e| casus_core::Event { confidence: None, ..e.clone() }).collect();
        casus_confidence::score_document(&mut again, &scorer);
        for (a, b) in doc.iter().zip(&again) {
            assert_eq!(a.confidence, b.confidence, "{}", a.event_id);
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn scorer_file_sets_the_default_cut_and_min_confidence_overrides_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs = root.join("corpus/docs");
    let dir = tempfile::tempdir().unwrap();
    let scorer = dir.path().join("scorer.json");
    let count = |extra: &[&str]| {
        let mut args = vec!["extract", "-q", docs.to_str().unwrap()];
        args.extend_from_slice(extra);
        let o = casus(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).lines().count()
    };
    // A scorer that gives every record 0.5 (no weights) and cuts at 0.6 keeps nothing.
    std::fs::write(&scorer, r#"{"bias": 0.0, "weights": {}, "threshold": 0.6}"#).unwrap();
    assert_eq!(count(&["--scorer", scorer.to_str().unwrap()]), 0);
    let all = count(&["--scorer", scorer.to_str().unwrap(), "--min-confidence", "0.5"]);
    assert!(all > 100 && all == count(&["--min-confidence", "0"]), "{all}");
    std::fs::write(&scorer, "{").unwrap();
    let o = casus(&["extract", "--scorer", scorer.to_str().unwrap(), docs.to_str().unwrap()]);
    assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains("is not a scorer"));
}
