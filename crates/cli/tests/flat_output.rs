//! `casus extract --format csv|tsv` and `casus convert`: the flat table of docs/flat-output.md, read back
//! with a CSV reader (no Python), one row per event, the text of every field as in the JSON records.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn casus(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("casus runs");
    // A run that stops before reading stdin closes it; its exit status and stderr are the answer.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing the test's stdin: {e}");
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "casus {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Commas, quotes and a line break inside a sentence.
const ARTICLE: &str = "Azerbaijani forces fired on Armenian positions near Nerkin Hand on Tuesday, killing four \
soldiers, the Armenian defense ministry said.\n\nBaku denied the accusation, calling it \"a provocation\" and \
\"lies\".\n\nOn Monday, rebels attacked\nthe town of Kidal, killing at least 12 civilians, officials said.";

fn article(dir: &Path) -> PathBuf {
    let p = dir.join("story.txt");
    std::fs::write(&p, ARTICLE).unwrap();
    p
}

fn records(jsonl: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(jsonl).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn table(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut r = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes);
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    (header, r.records().map(Result::unwrap).collect())
}

fn column(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn csv_opens_as_a_table_with_one_row_per_event() {
    let dir = tempfile::tempdir().unwrap();
    let story = article(dir.path());
    let story = story.to_str().unwrap();
    let events = records(&casus(&["extract", "-q", "--pub-date", "2024-02-15", story], b"").stdout);
    assert!(events.len() >= 3, "the article gives events: {events:?}");
    let csv_path = dir.path().join("events.csv");
    casus(&["extract", "-q", "--pub-date", "2024-02-15", "-o", csv_path.to_str().unwrap(), story], b"");
    let bytes = std::fs::read(&csv_path).unwrap();
    let (header, rows) = table(&bytes, b',');
    assert_eq!(rows.len(), events.len(), "one row per event");
    let (id, sentence, killed, cameo) =
        (column(&header, "event_id"), column(&header, "sentence"), column(&header, "killed"), column(&header, "cameo"));
    for (row, event) in rows.iter().zip(&events) {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[id], event["event_id"]);
        assert_eq!(row[sentence], event["evidence"]["sentence"], "the text survives quoting");
        assert_eq!(row[cameo], event["action"]["cameo"]);
        let count = event["casualties"]["killed"]["count"].as_u64().map(|n| n.to_string()).unwrap_or_default();
        assert_eq!(row[killed], count);
    }
    let sentences: Vec<&str> = rows.iter().map(|r| &r[sentence]).collect();
    assert!(sentences.iter().any(|s| s.contains('"')), "a quoted sentence is among them: {sentences:?}");
    assert!(sentences.iter().any(|s| s.contains(',')), "{sentences:?}");
    // What a spreadsheet sees: RFC 4180 quoting, CRLF record ends.
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("event_id,doc_id,date,") && text.contains("\"\"a provocation\"\""), "{text}");
}

#[test]
fn tsv_by_name_and_by_flag_and_convert_give_the_same_table() {
    let dir = tempfile::tempdir().unwrap();
    let story = article(dir.path());
    let story = story.to_str().unwrap();
    let tsv_path = dir.path().join("events.tsv");
    casus(&["extract", "-q", "-o", tsv_path.to_str().unwrap(), story], b"");
    let by_name = std::fs::read(&tsv_path).unwrap();
    let by_flag = casus(&["extract", "-q", "--format", "tsv", story], b"").stdout;
    assert_eq!(by_name, by_flag);
    let (header, rows) = table(&by_name, b'\t');
    assert!(!rows.is_empty() && header[0] == "event_id", "{header:?}");
    // An explicit --format wins over the name; jsonl stays the default.
    let jsonl_path = dir.path().join("events.jsonl");
    casus(&["extract", "-q", "-o", jsonl_path.to_str().unwrap(), story], b"");
    let jsonl = std::fs::read(&jsonl_path).unwrap();
    assert_eq!(records(&jsonl).len(), rows.len());
    let forced = dir.path().join("events.csv");
    casus(&["extract", "-q", "--format", "jsonl", "-o", forced.to_str().unwrap(), story], b"");
    assert_eq!(std::fs::read(&forced).unwrap(), jsonl);
    // casus convert flattens what extract wrote, byte for byte as extract would have.
    let converted = casus(&["convert", jsonl_path.to_str().unwrap(), "--format", "tsv"], b"").stdout;
    assert_eq!(converted, by_name);
    let from_stdin = casus(&["convert", "-"], &jsonl).stdout;
    let direct = casus(&["extract", "-q", "--format", "csv", story], b"").stdout;
    assert_eq!(from_stdin, direct, "convert defaults to csv");
}

#[test]
fn no_events_give_a_header_only_table() {
    let out = casus(&["extract", "-q", "--no-models", "--format", "csv", "-"], b"Talks resumed.");
    let (header, rows) = table(&out.stdout, b',');
    assert_eq!((header.len(), rows.len()), (38, 0));
}

#[test]
fn convert_names_the_line_that_is_not_an_event() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("incidents.jsonl");
    std::fs::write(&bad, "{\"incident_id\":\"i1\"}\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_casus")).args(["convert", bad.to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("incidents.jsonl:1: not an event record"), "{err}");
}
