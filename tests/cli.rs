//! End-to-end tests of the `casus` binary: every input kind, every bad-input case, ordering.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn casus(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("casus runs");
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or(b"")).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

const ARTICLE: &str = "Azerbaijani forces fired on Armenian positions near Nerkin Hand on Tuesday, killing four soldiers, the Armenian defense ministry said.\n\nBaku denied the accusation.";

#[test]
fn reads_files_folders_jsonl_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE.as_bytes());
    write(dir.path(), "sub/b.txt", ARTICLE.as_bytes());
    write(dir.path(), "sub/notes.md", b"not a document");
    let jsonl = write(dir.path(), "more.jsonl", b"{\"id\": \"j1\", \"text\": \"Troops clashed.\", \"published\": \"2024-02-13 10:00:00Z\"}\n\n{\"id\": 7, \"text\": \"Rebels attacked a town.\", \"pub_date\": \"2024-02-14\"}\n");
    let out = casus(&["extract", "--no-models", dir.path().to_str().unwrap(), "-"], Some(ARTICLE.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("documents: 5 read, 5 ok, 0 failed"), "{err}");
    let again = casus(
        &["extract", "--no-models", jsonl.to_str().unwrap(), "-"],
        Some(b"{\"id\":\"s1\",\"text\":\"Talks resumed.\"}\n"),
    );
    assert!(stderr(&again).contains("documents: 3 read, 3 ok"), "{}", stderr(&again));
}

#[test]
fn bad_documents_are_reported_by_name_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", ARTICLE.as_bytes());
    let latin1 = write(dir.path(), "latin1.txt", b"Caf\xe9 attack\n");
    let empty = write(dir.path(), "empty.txt", b"  \n\t\n");
    let jsonl = write(
        dir.path(),
        "mixed.jsonl",
        b"{\"id\": \"ok1\", \"text\": \"Troops clashed.\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"baddate\", \"text\": \"Troops clashed.\", \"published\": \"last Tuesday\"}\n{\"id\": \"notext\"}\n{\"id\": \"ok2\", \"text\": \"Rebels attacked.\"}\n",
    );
    let missing = dir.path().join("missing.txt");
    let args = [&good, &latin1, &empty, &jsonl, &missing].map(|p| p.to_str().unwrap().to_string());
    let mut argv = vec!["extract", "--no-models"];
    argv.extend(args.iter().map(String::as_str));
    let out = casus(&argv, None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("documents: 9 read, 3 ok, 6 failed"), "{err}");
    assert!(err.contains("document latin1:") && err.contains("invalid UTF-8 at byte 3"), "{err}");
    assert!(err.contains("document empty: document is empty"), "{err}");
    assert!(err.contains("mixed.jsonl:2: malformed JSON line"), "{err}");
    assert!(err.contains("document baddate: unparseable publication date \"last Tuesday\""), "{err}");
    assert!(err.contains("document notext:") && err.contains("no `text` field"), "{err}");
    assert!(err.contains("document missing:") && err.contains("cannot read"), "{err}");
}

#[test]
fn a_50_mb_document_is_rejected_without_stopping_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let line = "Shelling continued overnight in the east. ".repeat(1000);
    let mut f = std::fs::File::create(&big).unwrap();
    while f.metadata().unwrap().len() < 50 * 1024 * 1024 {
        f.write_all(line.as_bytes()).unwrap();
    }
    drop(f);
    let good = write(dir.path(), "good.txt", ARTICLE.as_bytes());
    let huge_line = dir.path().join("huge.jsonl");
    let mut f = std::fs::File::create(&huge_line).unwrap();
    f.write_all(b"{\"id\":\"big\",\"text\":\"").unwrap();
    for _ in 0..(12 * 1024) {
        f.write_all(&[b'a'; 1024]).unwrap();
    }
    f.write_all(b"\"}\n{\"id\":\"after\",\"text\":\"Troops clashed.\"}\n").unwrap();
    drop(f);
    let out = casus(
        &["extract", "--no-models", big.to_str().unwrap(), good.to_str().unwrap(), huge_line.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("document huge:") && err.contains("too large"), "{err}");
    assert!(err.contains("huge.jsonl:1: line is too large"), "{err}");
    assert!(err.contains("documents: 4 read, 2 ok, 2 failed"), "{err}");
}

#[test]
fn manifest_and_pub_date_give_dates_and_bad_ones_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", ARTICLE.as_bytes());
    let b = write(dir.path(), "b.txt", ARTICLE.as_bytes());
    let manifest = write(dir.path(), "m.tsv", b"doc_id\tpub_date\na\t2024-02-13\nb\t13/02/2024\n");
    let out = casus(
        &["extract", "--no-models", "--manifest", manifest.to_str().unwrap(), a.to_str().unwrap(), b.to_str().unwrap()],
        None,
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("document b: unparseable publication date \"13/02/2024\""), "{err}");
    let fatal = casus(&["extract", "--no-models", "--pub-date", "Feb 13", a.to_str().unwrap()], None);
    assert_eq!(fatal.status.code(), Some(2));
    assert!(stderr(&fatal).contains("--pub-date \"Feb 13\""), "{}", stderr(&fatal));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/docs");
    let dir = tempfile::tempdir().unwrap();
    let run = |threads: &str, batch: &str| {
        let out = dir.path().join(format!("out-{threads}-{batch}.jsonl"));
        let o = casus(
            &[
                "extract",
                "--threads",
                threads,
                "--batch-size",
                batch,
                "-o",
                out.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ],
            None,
        );
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read(out).unwrap()
    };
    let one = run("1", "2");
    assert!(!one.is_empty(), "the corpus gives events");
    assert_eq!(one, run("4", "2"));
}

#[test]
fn a_missing_model_directory_stops_the_run_with_its_name() {
    let out = casus(&["extract", "--models", "/nonexistent/model", "-"], Some(b"Troops clashed."));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot load the model in /nonexistent/model"), "{}", stderr(&out));
}
