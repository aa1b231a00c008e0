//! `casus extract --dictionaries DIR` with the PETRARCH2 / Phoenix dictionaries of ../shared (skipped
//! when that copy is absent: the files are not the project's to ship).
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dictionaries() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch/dictionaries");
    dir.is_dir().then_some(dir)
}

fn extract(text: &str, extra: &[&str]) -> Output {
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("d.txt");
    std::fs::write(&doc, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_casus")).arg("extract").args(extra).arg(&doc).output().unwrap()
}

fn codes(o: &Output) -> Vec<String> {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["action"]["cameo"].as_str().unwrap_or("").to_string()
        })
        .collect()
}

// "Removed" is in PETRARCH's verb dictionary (174, the DEPORT family) and not in the project's lexicon
// (which has taken "evict" and "oust", for a coup, from that family since).
const TEXT: &str = "Russia removed the Ukrainian ambassador on Tuesday, the foreign ministry said.\n";

#[test]
fn verb_patterns_of_the_dictionaries_become_triggers_only_when_asked() {
    let Some(dir) = dictionaries() else { return eprintln!("skipped: ../shared/data/petrarch/dictionaries absent") };
    let dir = dir.to_str().unwrap();
    assert_eq!(codes(&extract(TEXT, &["-q"])), Vec::<String>::new());
    assert_eq!(codes(&extract(TEXT, &["-q", "--dictionaries", dir])), vec!["174"]);
    let no_verbs = extract(TEXT, &["-q", "--dictionaries", dir, "--dictionary-parts", "agents,actors"]);
    assert_eq!(codes(&no_verbs), Vec::<String>::new());
}

#[test]
fn the_summary_counts_what_was_added() {
    let Some(dir) = dictionaries() else { return eprintln!("skipped: ../shared/data/petrarch/dictionaries absent") };
    let o = extract(TEXT, &["--dictionaries", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    let line = err.lines().find(|l| l.starts_with("dictionaries:")).unwrap_or_else(|| panic!("{err}"));
    let count = |what: &str| -> usize {
        let i = line.find(what).unwrap_or_else(|| panic!("{line}"));
        line[..i].split_whitespace().last().unwrap().trim_start_matches(',').parse().unwrap()
    };
    assert!(count(" trigger phrases") > 10_000, "{line}");
    assert!(count(" role words") > 500, "{line}");
    assert!(count(" actors") > 5_000, "{line}");
}

#[test]
fn a_folder_without_dictionaries_stops_the_run_with_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let o = extract(TEXT, &["--dictionaries", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--dictionaries") && err.contains(tmp.path().to_str().unwrap()), "{err}");
    let o = extract(TEXT, &["--dictionary-parts", "verbs,nouns", "--dictionaries", "x"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("verbs, agents or actors"));
}

// A made-up verb dictionary in PETRARCH's format: "fight * for" is longer than the project's "fight"
// (190) at the same word, "remove" is a verb the project's lexicon lacks.
const MADE_UP_VERBS: &str = "\
---  FIGHT   [111]  ---
FIGHT {FIGHTS FOUGHT FIGHTING}
- * FOR   [111]

---  REMOVE   [174]  ---
REMOVE {REMOVES REMOVED REMOVING}
";

#[test]
fn dictionary_verbs_fill_gaps_and_never_recode_the_projects_triggers() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("CAMEO.madeup.txt"), MADE_UP_VERBS).unwrap();
    let dir = tmp.path().to_str().unwrap();
    let args = ["-q", "--dictionaries", dir, "--dictionary-parts", "verbs"];
    let fight = "Rebels fought government troops for control of the town on Monday, the army said.\n";
    assert_eq!(codes(&extract(fight, &["-q"])), vec!["190"]);
    assert_eq!(codes(&extract(fight, &args)), vec!["190"]);
    assert_eq!(codes(&extract(TEXT, &args)), vec!["174"]);
}
