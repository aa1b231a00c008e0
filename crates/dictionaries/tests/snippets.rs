//! The conversions and the folder loader on small made-up dictionaries.
use casus_dictionaries::entries::{oversized_patterns, verb_entries, verb_entries_with};
use casus_dictionaries::{Dictionaries, Error, Kind, Mode, Problem, VerbDictionary};
use chrono::NaiveDate;
use std::path::PathBuf;

const VERBS: &str = "\
&WEAPON
+GUN
+ROCKET

---  ATTACK   [190]  ---
ATTACK
SHELL [194]
+OPEN_FIRE {+OPENS_FIRE +OPENED_FIRE}
- * (WITH &WEAPON)        [193]
- $ * ^ TOWN_HALL         [042:043]
- * (BEFORE COURT)        [:173]
- * NOTHING               [---]
- * (WITH &WEAPON)        [193]

---  SAY   [---]  ---
SAY {SAID SAYING SAYS}
";

const AGENTS: &str = "!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\nTHIEF {THIEVES} [~CRM]\nIMAM [~MUS]\n";

const ACTORS: &str = "\
AL-SHABAAB\t[SOMREB]
+HSM_
KOFI_ANNAN_
\t[GHAIGO 900101-961231]
\t[IGOUNO 970101-061231]
\t[ELI]
";

fn entries(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let dict = VerbDictionary::parse(text, "v.txt", Mode::Strict).unwrap();
    verb_entries(&dict).into_iter().map(|e| (e.words.join(" "), e.code, e.reverse)).collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn verb_entries_put_each_verb_into_each_pattern() {
    let got = entries(VERBS);
    let want = [
        ("attack", s("190"), None),
        ("shell", s("194"), None),
        ("open fire", s("190"), None),
        ("attack * with * gun", s("193"), None),
        ("attack * with * rocket", s("193"), None),
        ("shell * with * gun", s("193"), None),
        ("shell * with * rocket", s("193"), None),
        ("open fire * with * gun", s("193"), None),
        ("open fire * with * rocket", s("193"), None),
        ("attack * town hall", s("042"), s("043")),
        ("shell * town hall", s("042"), s("043")),
        ("open fire * town hall", s("042"), s("043")),
        ("attack * before * court", None, s("173")),
        ("shell * before * court", None, s("173")),
        ("open fire * before * court", None, s("173")),
    ];
    let want: Vec<(String, Option<String>, Option<String>)> =
        want.into_iter().map(|(w, c, r)| (w.to_string(), c, r)).collect();
    assert_eq!(got, want, "null codes left out, repeats dropped, placeholders are gaps");
}

#[test]
fn oversized_patterns_are_left_out_and_listed() {
    let dict = VerbDictionary::parse(VERBS, "v.txt", Mode::Strict).unwrap();
    let small = verb_entries_with(&dict, 1);
    assert!(small.iter().all(|e| !e.words.contains(&"gun".to_string())));
    assert_eq!(small.len(), 9);
    assert!(oversized_patterns(&dict).is_empty(), "two members are within the default limit");
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("casus-dictionaries-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn folder(name: &str, verbs: &str) -> PathBuf {
    let dir = temp_dir(name);
    for (file, text) in [
        ("CAMEO.test.txt", verbs),
        ("Phoenix.agents.txt", AGENTS),
        ("Phoenix.Test.actors.txt", ACTORS),
        ("Phoenix.discards.txt", "+FOOTBALL\n"),
        ("README.md", "# not a dictionary [x\n"),
    ] {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

#[test]
fn a_folder_loads_by_file_names_and_converts() {
    let dir = folder("load", VERBS);
    let d = Dictionaries::load(&dir).unwrap();
    assert_eq!((d.verbs.len(), d.agents.len(), d.actors.len()), (1, 1, 1));
    assert!(d.skipped().is_empty());
    assert_eq!(d.verb_entries().len(), 15);

    let agents: Vec<(String, Option<String>)> = d.agents().into_iter().map(|a| (a.words.join(" "), a.role)).collect();
    let want = [("policeman", s("COP")), ("policewoman", s("COP")), ("thief", s("CRM")), ("thieves", s("CRM"))];
    assert_eq!(agents[..4], want.map(|(w, r)| (w.to_string(), r)));
    assert_eq!(agents[4..], [("imam".to_string(), None), ("imams".to_string(), None)], "MUS is no role");

    let on = |y| NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
    let actors = |y| {
        d.actors(on(y))
            .into_iter()
            .map(|a| format!("{} {} {:?} {:?}", a.words.join(" "), a.name, a.country, a.role))
            .collect::<Vec<_>>()
    };
    let shabaab = ["al-shabaab Al-Shabaab Some(\"SOM\") Some(\"REB\")", "hsm Al-Shabaab Some(\"SOM\") Some(\"REB\")"];
    assert_eq!(actors(2000), [shabaab[0], shabaab[1], "kofi annan Kofi Annan None Some(\"IGO\")"]);
    assert_eq!(actors(1995)[2], "kofi annan Kofi Annan Some(\"GHA\") Some(\"IGO\")");
    assert_eq!(actors(2010)[2], "kofi annan Kofi Annan None Some(\"ELI\")");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn kinds_come_from_file_names() {
    let kinds =
        ["CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt", "Phoenix.agents.txt", "Phoenix.Countries.actors.txt"]
            .map(casus_dictionaries::kind_of);
    assert_eq!(kinds, [Some(Kind::Verbs), Some(Kind::Verbs), Some(Kind::Agents), Some(Kind::Actors)]);
    for other in ["Phoenix.discards.txt", "Phoenix.IssueCoding.txt", "LICENSE.MIT.txt", "SOURCE", ".CAMEO.swp"] {
        assert_eq!(casus_dictionaries::kind_of(other), None, "{other}");
    }
}

#[test]
fn strict_loading_fails_at_the_first_bad_line_and_lenient_lists_it() {
    let dir = folder("strict", &format!("{VERBS}- * DOWN (FROM) [080!]\n"));
    let err = Dictionaries::load_with(&dir, Mode::Strict).unwrap_err();
    let Error::Line(e) = &err else { panic!("{err}") };
    assert_eq!((e.file.as_str(), e.line, &e.problem), ("CAMEO.test.txt", 17, &Problem::BadCode("080!".into())));
    assert_eq!(err.to_string(), "CAMEO.test.txt:17: bad code \"080!\": \"- * DOWN (FROM) [080!]\"");
    let d = Dictionaries::load(&dir).unwrap();
    assert_eq!(d.skipped().len(), 1);
    assert_eq!(d.verb_entries().len(), 15);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn folders_without_dictionaries_are_errors() {
    let dir = temp_dir("empty");
    std::fs::write(dir.join("notes.txt"), "nothing").unwrap();
    assert!(matches!(Dictionaries::load(&dir), Err(Error::NoDictionaries { .. })));
    std::fs::remove_dir_all(&dir).unwrap();
    let err = Dictionaries::load(&dir).unwrap_err();
    assert!(matches!(err, Error::Io { .. }) && err.to_string().contains("casus-dictionaries-empty"), "{err}");
}
