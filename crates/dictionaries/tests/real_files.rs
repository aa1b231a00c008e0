//! The readers on the real PETRARCH2 / Phoenix dictionaries in ../shared/data/petrarch/dictionaries
//! (commit 676801cd of openeventdata/petrarch2). Skipped, saying so, when ../shared is absent;
//! CASUS_SHARED names another shared folder.
use casus_dictionaries::entries::oversized_patterns;
use casus_dictionaries::{ActorDictionary, AgentDictionary, Dictionaries, VerbDictionary};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn shared_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let shared = std::env::var_os("CASUS_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
        let dir = shared.join("data/petrarch/dictionaries");
        if dir.join("CAMEO.2.0.txt").is_file() {
            Some(dir)
        } else {
            eprintln!("note: {} is absent; skipping the real dictionary tests", dir.display());
            None
        }
    })
    .as_deref()
}

fn loaded() -> Option<&'static Dictionaries> {
    static DICTS: OnceLock<Option<Dictionaries>> = OnceLock::new();
    DICTS.get_or_init(|| shared_dir().map(|dir| Dictionaries::load(dir).unwrap())).as_ref()
}

/// The lines that hold something once comments are removed, found without the crate's reader:
/// text before `#` or `;` that is not blank. (The files have no `<!-- -->` comments.)
fn content_lines(file: &str) -> BTreeSet<usize> {
    let text = std::fs::read_to_string(shared_dir().unwrap().join(file)).unwrap();
    assert!(!text.contains("<!--"), "{file} has XML comments: this count does not handle them");
    let before_comment = |l: &str| l.split(['#', ';']).next().unwrap_or("").trim().to_string();
    text.lines().enumerate().filter(|(_, l)| !before_comment(l).is_empty()).map(|(i, _)| i + 1).collect()
}

fn verb_lines(d: &VerbDictionary) -> BTreeSet<usize> {
    let mut lines = BTreeSet::new();
    for s in &d.synsets {
        lines.insert(s.line);
        lines.extend(s.members.iter().map(|m| m.line));
    }
    for b in &d.blocks {
        lines.insert(b.line);
        lines.extend(b.verbs.iter().map(|v| v.line));
        lines.extend(b.patterns.iter().map(|p| p.line));
    }
    lines.extend(d.transformations.iter().map(|t| t.line));
    lines.extend(d.skipped.iter().map(|e| e.line));
    lines
}

fn agent_lines(d: &AgentDictionary) -> BTreeSet<usize> {
    let subs = d.substitutions.iter().map(|s| s.line);
    let agents = d.agents.iter().map(|a| a.line);
    subs.chain(agents).chain(d.skipped.iter().map(|e| e.line)).collect()
}

fn actor_lines(d: &ActorDictionary) -> BTreeSet<usize> {
    let mut lines: BTreeSet<usize> = d.skipped.iter().map(|e| e.line).collect();
    for a in &d.actors {
        lines.insert(a.line);
        lines.extend(a.synonyms.iter().map(|s| s.line));
        lines.extend(a.codes.iter().map(|c| c.line));
    }
    lines
}

#[test]
fn every_content_line_is_read_or_listed_as_skipped() {
    let Some(d) = loaded() else { return };
    for v in &d.verbs {
        assert_eq!(verb_lines(v), content_lines(&v.file), "{}", v.file);
    }
    for a in &d.agents {
        assert_eq!(agent_lines(a), content_lines(&a.file), "{}", a.file);
    }
    for a in &d.actors {
        assert_eq!(actor_lines(a), content_lines(&a.file), "{}", a.file);
    }
}

#[test]
fn counts_of_what_is_read() {
    let Some(d) = loaded() else { return };
    let files = |v: Vec<&str>| v.into_iter().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(files(d.verbs.iter().map(|v| v.file.as_str()).collect()), ["CAMEO.2.0.txt"]);
    let actor_files =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];
    assert_eq!(files(d.actors.iter().map(|a| a.file.as_str()).collect()), actor_files);

    let v = &d.verbs[0];
    let members: usize = v.synsets.iter().map(|s| s.members.len()).sum();
    let verbs: usize = v.blocks.iter().map(|b| b.verbs.len()).sum();
    let patterns: usize = v.blocks.iter().map(|b| b.patterns.len()).sum();
    let got = (v.synsets.len(), members, v.blocks.len(), verbs, patterns, v.transformations.len(), v.skipped.len());
    assert_eq!(
        got,
        (40, 558, 397, 1817, 4663, 8, 5),
        "synsets, members, blocks, verbs, patterns, transformations, skipped"
    );

    let a = &d.agents[0];
    let lines: BTreeSet<usize> = a.agents.iter().map(|x| x.line).collect();
    assert_eq!((a.substitutions.len(), lines.len(), a.agents.len(), a.skipped.len()), (2, 2243, 3373, 2));

    let actors: Vec<(usize, usize, usize, usize)> = d
        .actors
        .iter()
        .map(|f| {
            let synonyms = f.actors.iter().map(|a| a.synonyms.len()).sum();
            let codes = f.actors.iter().map(|a| a.codes.len()).sum();
            (f.actors.len(), synonyms, codes, f.skipped.len())
        })
        .collect();
    assert_eq!(actors, [(18390, 7526, 28381, 9), (7838, 66, 7892, 4), (1021, 772, 1021, 0)]);
}

#[test]
fn the_skipped_lines_are_the_malformed_ones() {
    let Some(d) = loaded() else { return };
    let skipped: Vec<String> = d.skipped().iter().map(|e| format!("{}:{}", e.file, e.line)).collect();
    let want = [
        // "VISIT)" twice, "[080!]", "^)" twice, &WEATHER and &DEMONSTRATION never defined
        "CAMEO.2.0.txt:2374",
        "CAMEO.2.0.txt:5787",
        "CAMEO.2.0.txt:7606",
        "CAMEO.2.0.txt:8443",
        "CAMEO.2.0.txt:8444",
        // "[~ENV}", no code
        "Phoenix.agents.txt:544",
        "Phoenix.agents.txt:1927",
        // dates of 7, 9 and 10 digits, a reversed range, dates without '<', '>' or '-', "FAEROYENE]"
        "Phoenix.Countries.actors.txt:2039",
        "Phoenix.Countries.actors.txt:14190",
        "Phoenix.Countries.actors.txt:15346",
        "Phoenix.Countries.actors.txt:18010",
        "Phoenix.Countries.actors.txt:22508",
        "Phoenix.Countries.actors.txt:22519",
        "Phoenix.Countries.actors.txt:31715",
        "Phoenix.Countries.actors.txt:43613",
        "Phoenix.Countries.actors.txt:51384",
        // a 7-digit date; three lines with spreadsheet columns after the code
        "Phoenix.International.actors.txt:40",
        "Phoenix.International.actors.txt:3696",
        "Phoenix.International.actors.txt:3726",
        "Phoenix.International.actors.txt:6605",
    ];
    assert_eq!(skipped, want);
}

#[test]
fn verbs_spot_checks() {
    let Some(d) = loaded() else { return };
    let entries = d.verb_entries();
    let code_of = |phrase: &str| {
        let e = entries.iter().find(|e| e.words.join(" ") == phrase);
        e.map(|e| (e.code.clone(), e.reverse.clone()))
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(code_of("accuse"), Some((s("112"), None)));
    assert_eq!(code_of("accuse * of * torture"), Some((s("1122"), None)));
    assert_eq!(code_of("ask for"), Some((s("020"), None)), "a multi-word verb");
    assert_eq!(code_of("appear * before * court"), Some((None, s("173"))), "[:173]");
    assert_eq!(code_of("accelerate * to"), Some((s("042"), s("043"))), "[042:043]");
    assert_eq!(code_of("rush * food"), Some((s("073"), None)), "&FOOD expanded");
    assert_eq!(code_of("accelerate"), None, "a null code is no entry");
    assert!(entries.iter().all(|e| e.words.first() != Some(&"*".to_string()) && e.words.last() != Some(&"*".into())));
    assert_eq!(entries.len(), 249_763);
    let oversized: Vec<usize> = oversized_patterns(&d.verbs[0]).iter().map(|p| p.line).collect();
    assert_eq!(oversized, [745, 3145, 3447, 3683, 3916, 4840, 4979, 8780, 8845, 8850, 9028, 9103]);
}

#[test]
fn agents_spot_checks() {
    let Some(d) = loaded() else { return };
    let agents = d.agents();
    let role_of = |phrase: &str| agents.iter().find(|a| a.words.join(" ") == phrase).map(|a| a.role.clone());
    let s = |x: &str| Some(Some(x.to_string()));
    assert_eq!(role_of("police"), s("COP"));
    assert_eq!(role_of("polices"), None, "POLICE {{}} has no plural");
    assert_eq!(role_of("soldiers"), s("MIL"));
    assert_eq!(role_of("rebel"), s("REB"));
    assert_eq!(role_of("thieves"), s("CRM"));
    assert_eq!(role_of("policewoman"), s("COP"), "POLICE!PERSON!");
    assert_eq!(role_of("foreign minister"), s("GOV"));
    assert_eq!(agents.len(), 5201);
}

#[test]
fn actors_spot_checks() {
    let Some(d) = loaded() else { return };
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let actors = d.actors(day(2014, 6, 1));
    let who = |phrase: &str| {
        let hits = actors.iter().filter(|a| a.words.join(" ") == phrase);
        hits.map(|a| (a.name.as_str(), a.country.as_deref(), a.role.as_deref())).collect::<Vec<_>>()
    };
    assert_eq!(who("al-shabaab"), [("Al-Shabaab", Some("SOM"), Some("REB"))]);
    assert_eq!(who("harakat al-shabaab al-mujahideen"), [("Al-Shabaab", Some("SOM"), Some("REB"))]);
    assert_eq!(who("unicef"), [("Unicef", None, Some("IGO"))]);
    assert_eq!(who("unhcr")[0].2, Some("IGO"));
    assert_eq!(who("afghanistan"), [("Afghanistan", Some("AFG"), None)]);
    assert_eq!(who("boko haram"), [("Boko Haram", Some("NGA"), Some("REB"))]);
    // Dated codes: Karzai governs from December 2001; before it the file's earlier range holds.
    let karzai = |on| {
        let all = d.actors(on);
        let hits = all.into_iter().filter(|a| a.words.join(" ") == "hamid karzai");
        hits.map(|a| a.code).collect::<Vec<_>>()
    };
    assert_eq!(karzai(day(2010, 1, 1)), ["AFGGOV"]);
    assert_eq!(karzai(day(1995, 1, 1)), ["AFGELI"]);
    assert_eq!(actors.len(), 22_929);
}
