//! `casus extract --incidents FILE` (issue 15): the incidents of a run, written beside its events.
use std::path::Path;
use std::process::{Command, Output};

fn casus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casus")).args(args).output().expect("casus runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The seed articles with their publication days (corpus/docs.tsv) through the news model.
#[test]
fn incidents_of_a_run_are_those_casus_incidents_makes_of_its_events() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (docs, manifest) = (root.join("corpus/docs"), root.join("corpus/docs.tsv"));
    let dir = tempfile::tempdir().unwrap();
    let (events, incidents, again) =
        (dir.path().join("events.jsonl"), dir.path().join("incidents.jsonl"), dir.path().join("again.jsonl"));
    let path = |p: &Path| p.to_str().unwrap().to_string();
    let o = casus(&[
        "extract",
        "--manifest",
        &path(&manifest),
        "-o",
        &path(&events),
        "--incidents",
        &path(&incidents),
        &path(&docs),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("incidents: "), "{}", stderr(&o));
    let o = casus(&["incidents", "--manifest", &path(&manifest), "-o", &path(&again), &path(&events)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let one = std::fs::read_to_string(&incidents).unwrap();
    assert!(one.lines().count() > 10, "{one}");
    assert_eq!(one, std::fs::read_to_string(&again).unwrap());
    // No temporary file is left beside the outputs.
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn an_incidents_file_that_is_an_input_or_the_event_output_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    std::fs::write(&doc, "Troops clashed.").unwrap();
    let d = doc.to_str().unwrap();
    let o = casus(&["extract", "--no-models", "--incidents", d, d]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&doc).unwrap(), "Troops clashed.");
    let out = dir.path().join("out.jsonl");
    let o = casus(&["extract", "--no-models", "-o", out.to_str().unwrap(), "--incidents", out.to_str().unwrap(), d]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--incidents"), "{}", stderr(&o));
    let missing = dir.path().join("no/such/folder/inc.jsonl");
    let o = casus(&["extract", "--no-models", "--incidents", missing.to_str().unwrap(), d]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!stderr(&o).contains("documents:"), "stopped before reading: {}", stderr(&o));
}
