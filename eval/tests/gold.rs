//! The gold check (issue 3, item 2) and schema validation of gold records (issue 2, item 5), on
//! the repo's own `corpus/` (never skipped: a missing gold file is a failure) and on the fixture
//! under `tests/fixtures/corpus/`.
use casus_eval::{check_gold, read_events, schema_errors, GoldPaths};
use std::path::{Path, PathBuf};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> GoldPaths {
    GoldPaths::in_dir(&manifest_dir().join("tests/fixtures/corpus"))
}

fn repo_corpus() -> GoldPaths {
    GoldPaths::in_dir(&manifest_dir().join("../corpus"))
}

fn assert_gold_ok(paths: &GoldPaths) {
    let problems = check_gold(paths);
    assert!(problems.is_empty(), "{} gold problems:\n{}", problems.len(), problems.join("\n"));
}

fn assert_every_record_schema_valid(gold: &Path) {
    let text = std::fs::read_to_string(gold).unwrap_or_else(|e| panic!("{}: {e}", gold.display()));
    let mut n = 0;
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", gold.display(), i + 1));
        let errors = schema_errors(&v);
        assert!(errors.is_empty(), "{}:{}: {}", gold.display(), i + 1, errors.join("; "));
        n += 1;
    }
    assert!(n > 0, "{} has no records", gold.display());
}

#[test]
fn repo_gold_passes_the_gold_check() {
    assert_gold_ok(&repo_corpus());
}

#[test]
fn repo_gold_records_validate_against_the_json_schema() {
    assert_every_record_schema_valid(&repo_corpus().gold);
}

#[test]
fn fixture_gold_passes_the_gold_check() {
    assert_gold_ok(&fixture());
    assert_eq!(read_events(&fixture().gold).unwrap().len(), 4);
}

#[test]
fn fixture_gold_records_validate_against_the_json_schema() {
    assert_every_record_schema_valid(&fixture().gold);
}

/// A copy of the fixture in a temp dir, with `edit` applied to the gold lines.
fn broken_copy(name: &str, edit: impl Fn(&mut Vec<serde_json::Value>), tsv: Option<&str>) -> (PathBuf, Vec<String>) {
    let src = fixture();
    let dir = std::env::temp_dir().join(format!("casus-gold-{name}-{}", std::process::id()));
    let copy = GoldPaths::in_dir(&dir);
    std::fs::create_dir_all(&copy.docs_dir).unwrap();
    std::fs::copy(src.docs_dir.join("fx_001.txt"), copy.docs_dir.join("fx_001.txt")).unwrap();
    std::fs::write(
        &copy.docs_tsv,
        tsv.map(String::from).unwrap_or_else(|| std::fs::read_to_string(&src.docs_tsv).unwrap()),
    )
    .unwrap();
    let text = std::fs::read_to_string(&src.gold).unwrap();
    let mut records: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    edit(&mut records);
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    std::fs::write(&copy.gold, lines.join("\n") + "\n").unwrap();
    let problems = check_gold(&copy);
    (dir, problems)
}

fn expect_problem(name: &str, edit: impl Fn(&mut Vec<serde_json::Value>), tsv: Option<&str>, needle: &str) {
    let (dir, problems) = broken_copy(name, edit, tsv);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(problems.iter().any(|p| p.contains(needle)), "{name}: wanted {needle:?} in {problems:#?}");
}

#[test]
fn gold_check_catches_each_kind_of_error() {
    let (dir, problems) = broken_copy("clean", |_| {}, Some("fx_001\t2024-02-13\t\n"));
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(problems.is_empty(), "a clean copy (no header, empty outlet) passes: {problems:?}");

    // Byte offsets instead of char offsets (the text has "—" and "’" before the first sentence).
    expect_problem(
        "bytes",
        |r| {
            r[0]["evidence"]["start"] = 67.into();
            r[0]["evidence"]["end"] = 265.into();
        },
        None,
        "text[67..265] is",
    );
    expect_problem(
        "outside",
        |r| {
            r[3]["evidence"]["start"] = 400.into();
            r[3]["evidence"]["end"] = 443.into();
        },
        None,
        "outside document fx_001",
    );
    expect_problem("dup-id", |r| r[1]["event_id"] = "fx_001:0".into(), None, "already used on line 1");
    expect_problem("unlisted-doc", |r| r[2]["doc_id"] = "fx_999".into(), None, "not listed in");
    expect_problem(
        "missing-key",
        |r| {
            r[1].as_object_mut().unwrap().remove("location");
        },
        None,
        "gold.jsonl:2: /: \"location\" is a required property",
    );
    expect_problem("bad-cameo", |r| r[1]["action"]["cameo"] = "016x".into(), None, "/action/cameo");
    expect_problem("bad-country", |r| r[0]["actor"]["country"] = "Azerbaijan".into(), None, "/actor/country");
    expect_problem("no-events", |r| r.clear(), None, "no event for document fx_001");
    expect_problem("bad-date", |_| {}, Some("fx_001\t13 Feb 2024\tFixture News\n"), "is not YYYY-MM-DD");
    expect_problem("short-row", |_| {}, Some("fx_001\t2024-02-13\n"), "expected doc_id<TAB>date<TAB>outlet");
    expect_problem("unlisted-txt", |r| r.clear(), Some("doc_id\tpub_date\toutlet\n"), "fx_001.txt: not listed in");
    expect_problem(
        "missing-txt",
        |_| {},
        Some("fx_001\t2024-02-13\tX\nfx_002\t2024-02-13\tX\n"),
        "fx_002.txt: listed in",
    );
}

#[test]
fn missing_gold_files_are_problems_not_skips() {
    let problems = check_gold(&GoldPaths::in_dir(Path::new("/nonexistent/corpus")));
    assert!(problems.iter().any(|p| p.contains("/nonexistent/corpus/docs.tsv")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("/nonexistent/corpus/gold.jsonl")), "{problems:?}");
}

#[test]
fn repo_gold_scores_perfectly_against_itself() {
    let gold = read_events(&repo_corpus().gold).unwrap();
    let report = casus_eval::evaluate(&gold, &gold, &casus_eval::EvalOptions::default());
    assert_eq!(report.totals.matched_pairs, gold.len());
    for (metric, value) in &report.headline {
        assert_eq!(*value, 1.0, "{metric}");
    }
}
