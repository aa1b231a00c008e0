//! The built-in scorer: it loads, reproduces the trained model's probabilities, and reads features
//! from a record's document.
use casus_confidence::{document_features, score_document, Scorer};
use casus_core::{Action, Casualties, Event, Evidence, Party};

fn record(n: usize, cameo: &str, trigger: &str, start: usize, sentence: &str) -> Event {
    Event {
        doc_id: "d".into(),
        event_id: format!("d:{n}"),
        action: Action { text: trigger.into(), cameo: cameo.into() },
        actor: None,
        target: None,
        date: None,
        location: None,
        casualties: Casualties::default(),
        source: None,
        evidence: Evidence { start, end: start + sentence.chars().count(), sentence: sentence.into() },
        confidence: None,
    }
}

fn value(f: &[(String, f64)], name: &str) -> Option<f64> {
    f.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
}

#[test]
fn builtin_scorer_reproduces_the_trained_models_probabilities() {
    let scorer = Scorer::builtin();
    assert!(scorer.weights.len() > 100 && scorer.threshold > 0.0 && scorer.threshold < 1.0);
    let rows = include_str!("../data/reference.jsonl");
    let mut n = 0;
    for line in rows.lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let features: Vec<(String, f64)> =
            row["features"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_f64().unwrap())).collect();
        let want = row["probability"].as_f64().unwrap();
        let got = scorer.probability(&features);
        // The file keeps weights to five decimals.
        assert!((got - want).abs() < 1e-3, "{got} vs {want} for {features:?}");
        n += 1;
    }
    assert_eq!(n, 24);
}

#[test]
fn features_read_the_record_its_sentence_and_its_document() {
    let headline = "Rebels Attack Army Base";
    let said = "The army said the rebels would not attack again, \"never\", in May.";
    let mut attack = record(0, "190", "Attack", 0, headline);
    attack.actor =
        Some(Party { text: "Rebels".into(), name: None, country: Some("SOM".into()), role: Some("REB".into()) });
    let events = vec![attack, record(1, "190", "attack", 40, said), record(2, "112", "said", 40, said)];
    let f = document_features(&events);
    assert_eq!(value(&f[0], "first_sentence"), Some(1.0));
    assert_eq!(value(&f[0], "actor_role=REB"), Some(1.0));
    assert_eq!(value(&f[0], "actor_country"), Some(1.0));
    assert_eq!(value(&f[0], "target_role=none"), Some(1.0));
    assert_eq!(value(&f[0], "trigger=attack"), Some(1.0));
    assert_eq!(value(&f[1], "first_sentence"), None);
    for cue in ["word=would", "word=not", "word=never", "word=said", "quoted"] {
        assert_eq!(value(&f[1], cue), Some(1.0), "{cue}");
    }
    assert_eq!(value(&f[0], "word=not"), None);
    // "May" is the month here; "didn't" holds "not".
    assert_eq!(value(&f[1], "word=may"), None);
    // Two of three records are force; the second sentence holds two records and comes second of two.
    assert!((value(&f[2], "force_share").unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(value(&f[2], "sentence_records"), Some(2.0 / 6.0));
    assert_eq!(value(&f[1], "position"), Some(0.5));
    assert_eq!(value(&f[0], "position"), Some(0.0));
    let denied = vec![record(0, "190", "attacked", 0, "He didn’t say the army may have attacked.")];
    let f = document_features(&denied);
    assert_eq!((value(&f[0], "word=not"), value(&f[0], "word=may")), (Some(1.0), Some(1.0)));
}

#[test]
fn every_record_gets_a_probability() {
    let mut events =
        vec![record(0, "190", "clashed", 0, "Troops clashed with rebels."), record(1, "010", "said", 30, "He said.")];
    score_document(&mut events, &Scorer::builtin());
    for e in &events {
        let c = e.confidence.unwrap();
        assert!((0.0..=1.0).contains(&c) && c == (c * 1000.0).round() / 1000.0, "{c}");
    }
}

#[test]
fn a_scorer_file_must_hold_a_probability_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scorer.json");
    std::fs::write(&path, r#"{"bias": 0.5, "weights": {"root=19": 1.0}, "threshold": 1.5}"#).unwrap();
    let err = Scorer::from_file(&path).unwrap_err().to_string();
    assert!(err.contains("threshold 1.5") && err.contains("scorer.json"), "{err}");
    std::fs::write(&path, "not json").unwrap();
    assert!(Scorer::from_file(&path).unwrap_err().to_string().contains("is not a scorer"));
    std::fs::write(&path, r#"{"bias": 0.0, "weights": {"root=19": 2.0}, "threshold": 0.3}"#).unwrap();
    let scorer = Scorer::from_file(&path).unwrap();
    let p = scorer.probability(&vec![("root=19".to_string(), 1.0), ("unknown".to_string(), 1.0)]);
    assert!((p - 1.0 / (1.0 + (-2.0f64).exp())).abs() < 1e-12);
    assert!(Scorer::from_file(&dir.path().join("absent.json")).unwrap_err().to_string().contains("cannot read"));
}
