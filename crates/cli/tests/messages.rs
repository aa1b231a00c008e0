//! What `casus extract` tells the user about its inputs (issue 14, item 6): JSON Lines keys, files a
//! folder holds that are not read, compressed / Office / HTML / URL inputs, missing publication dates,
//! and the progress bar (on a terminal only).
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

const RECORD: &[u8] =
    br#"{"url":"u1","body":"Rebels attacked the town on Monday.","date":"2024-02-15","headline":"H"}"#;

#[test]
fn jsonl_keys_are_named_by_flags_and_a_missing_text_says_which_flag() {
    let out = casus(&["extract", "--no-models", "-"], RECORD);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no `text` field: the record has ") && err.contains("--text-field body"), "{err}");
    let out = casus(
        &["extract", "--no-models", "--text-field", "body", "--id-field", "url", "--date-field", "date", "-"],
        RECORD,
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("documents: 1 read, 1 ok, 0 failed"), "{err}");
    assert!(!err.contains("no publication date"), "the date came from `date`: {err}");
    // The id comes from `url`: a second record with the same url is a duplicate.
    let twice = [RECORD, b"\n", RECORD].concat();
    let out = casus(&["extract", "--no-models", "--text-field", "content", "--id-field", "url", "-"], &twice);
    assert!(stderr(&out).contains("no `content` field"), "{}", stderr(&out));
    let out = casus(&["extract", "--no-models", "--text-field", "body", "--id-field", "url", "-"], &twice);
    assert!(stderr(&out).contains("document u1:") && stderr(&out).contains("duplicate document id"));
}

#[test]
fn files_a_folder_holds_but_casus_does_not_read_are_counted_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"Troops clashed.");
    write(dir.path(), "b.html", b"<p>Troops clashed.</p>");
    write(dir.path(), "sub/c.html", b"<p>Troops clashed.</p>");
    write(dir.path(), "sub/d.pdf", b"%PDF-1.7");
    write(dir.path(), "README", b"notes");
    let out = casus(&["extract", "--no-models", dir.path().to_str().unwrap()], b"");
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("documents: 1 read, 1 ok"), "{err}");
    assert!(
        err.contains("skipped: 4 files in input folders that casus does not read (2 .html, 1 (no extension), 1 .pdf)"),
        "{err}"
    );
    // A folder with nothing casus reads is a failed run, not "0 read" and success.
    let html = tempfile::tempdir().unwrap();
    write(html.path(), "x.html", b"<p>Troops clashed.</p>");
    let out = casus(&["extract", "--no-models", html.path().to_str().unwrap()], b"");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no documents read") && err.contains("1 .html"), "{err}");
}

#[test]
fn compressed_office_html_and_url_inputs_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 6] = [
        ("news.jsonl.gz", b"\x1f\x8b\x08\x00\x00", "gunzip -c"),
        ("report.docx", b"PK\x03\x04rest", "convert it to plain text first"),
        ("page.html", b"<html><p>Troops clashed.</p></html>", "convert it to text first"),
        ("story.pdf", b"%PDF-1.7\n", "pdftotext"),
        ("sheet.xlsx", b"PK\x03\x04rest", "--text-field"),
        // Named .txt, but gzip inside: told by its first bytes, not "invalid UTF-8 at byte 1".
        ("disguised.txt", b"\x1f\x8b\x08\x00\x00\xff", "a gzip-compressed file"),
    ];
    let mut argv = vec!["extract".to_string(), "--no-models".to_string()];
    for (name, bytes, _) in &cases {
        argv.push(write(dir.path(), name, bytes).to_str().unwrap().to_string());
    }
    argv.push("https://example.org/news/story-1".into());
    let out = casus(&argv.iter().map(String::as_str).collect::<Vec<_>>(), b"");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (name, _, advice) in &cases {
        let line = err.lines().find(|l| l.starts_with("casus: document") && l.contains(name)).unwrap_or_default();
        assert!(line.contains(advice), "{name}: want {advice:?} in {line:?}\n{err}");
    }
    assert!(!err.contains("invalid UTF-8"), "{err}");
    assert!(
        err.contains("https://example.org/news/story-1: a URL: casus reads local files; download it first (curl"),
        "{err}"
    );
}

#[test]
fn a_run_without_publication_dates_says_what_it_costs() {
    let out = casus(&["extract", "--no-models", "-"], b"Troops clashed on Tuesday.");
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("1 document had no publication date: relative dates ('yesterday', 'on Tuesday'")
            && err.contains("give --manifest or --pub-date"),
        "{err}"
    );
    let dated = casus(&["extract", "--no-models", "--pub-date", "2024-02-15", "-"], b"Troops clashed on Tuesday.");
    assert!(!stderr(&dated).contains("no publication date"), "{}", stderr(&dated));
    let quiet = casus(&["extract", "--no-models", "-q", "-"], b"Troops clashed on Tuesday.");
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}

#[test]
fn the_progress_bar_shows_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3 {
        write(dir.path(), &format!("d{i}.txt"), b"Troops clashed.");
    }
    let folder = dir.path().to_str().unwrap();
    let piped = casus(&["extract", "--no-models", folder], b"");
    assert!(!stderr(&piped).contains("ETA") && !stderr(&piped).contains('\x1b'), "{}", stderr(&piped));
    // `script` gives the run a terminal (util-linux; every Debian has it).
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to give casus a terminal");
        return;
    }
    let line = format!("{} extract --no-models {folder}", env!("CARGO_BIN_EXE_casus"));
    let tty = Command::new("script").args(["-qefc", &line, "/dev/null"]).output().unwrap();
    let shown = String::from_utf8_lossy(&tty.stdout);
    assert!(tty.status.success(), "{shown}");
    assert!(shown.contains("ETA") && shown.contains("documents ("), "a bar with rate and ETA: {shown:?}");
    let quiet = Command::new("script").args(["-qefc", &format!("{line} -q"), "/dev/null"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&quiet.stdout).contains("ETA"), "--quiet hides it");
}

#[test]
fn dash_as_the_output_is_stdout_and_never_a_file_named_dash() {
    let dir = std::env::temp_dir().join(format!("casus-dash-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(["extract", "--no-models", "-q", "--text-field", "body", "--format", "csv", "-o", "-", "-"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("casus runs");
    child.stdin.take().unwrap().write_all(RECORD).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("event_id,doc_id,date,"), "the table's header goes to stdout: {stdout:?}");
    assert!(!dir.join("-").exists(), "no file named '-' is written");
    std::fs::remove_dir_all(&dir).unwrap();
    // Events and incidents cannot share stdout.
    let out = casus(&["extract", "--no-models", "--text-field", "body", "--incidents", "-", "-"], RECORD);
    assert!(!out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("--incidents - and the events would both go to stdout"), "{}", stderr(&out));
}
