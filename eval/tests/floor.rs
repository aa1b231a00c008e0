//! The CI gate: `eval/floor.json` and `check_floor`.
mod common;
use casus_eval::{check_floor, evaluate, load_floor, score_incidents, EvalOptions, EvalReport, Floor, IncidentLabels};
use std::path::Path;

fn floor(json: &str) -> Floor {
    serde_json::from_str(json).unwrap()
}

fn repo_floors() -> Vec<(String, Floor)> {
    let all = load_floor(&Path::new(env!("CARGO_MANIFEST_DIR")).join("floor.json")).unwrap();
    let names: Vec<String> = all.0.keys().filter(|k| !k.starts_with('_')).cloned().collect();
    assert!(names.iter().any(|n| n == "seeds"), "{names:?}");
    names.into_iter().map(|n| (n.clone(), all.section(&n).unwrap())).collect()
}

/// A perfect report; for an `incidents_` section, the perfect incident scores alone (`casus eval
/// --incidents` adds them to the headline; their floors are sections of their own).
fn perfect_report(section: &str) -> EvalReport {
    let events = common::sample();
    let mut report = evaluate(&events, &events, &EvalOptions::default());
    if section.starts_with("incidents_") {
        let labels = IncidentLabels(events.iter().map(|e| (e.event_id.clone(), e.event_id.clone())).collect());
        let score = score_incidents(&events, &events, &labels, &Default::default()).unwrap();
        report.headline = score.headline();
    }
    report
}

#[test]
fn repo_floor_covers_every_headline_metric_with_a_sane_minimum() {
    for (name, f) in repo_floors() {
        let report = perfect_report(&name);
        let headline: Vec<&str> = report.headline.keys().map(String::as_str).collect();
        let mins = f.minimums();
        let keys: Vec<&str> = mins.keys().copied().collect();
        assert_eq!(keys, headline, "floor section {name} and the headline must name the same metrics");
        for (k, v) in mins {
            assert!((0.0..=1.0).contains(&v), "{name}: {k} = {v}");
        }
    }
}

#[test]
fn perfect_report_passes_the_repo_floor() {
    for (name, f) in repo_floors() {
        let report = perfect_report(&name);
        assert!(check_floor(&report, &f).is_empty(), "{name}: {:?}", check_floor(&report, &f));
    }
}

#[test]
fn a_missing_section_names_the_known_ones() {
    let f = floor(r#"{"_comment": "x", "seeds": {"event_f1": 0.5}, "news_dev": {"event_f1": 0.4}}"#);
    assert_eq!(f.section("news_dev").unwrap().minimums()["event_f1"], 0.4);
    let e = f.section("news_test").unwrap_err();
    assert!(e.contains("seeds") && e.contains("news_dev"), "{e}");
}

#[test]
fn metrics_below_the_floor_fail() {
    let gold = common::sample();
    let report = evaluate(&gold, &gold[..3], &EvalOptions::default()); // event_f1 = 0.75
    let f = floor(r#"{"_comment": "x", "event_f1": 0.8, "triple_f1": 0.75, "location_f1": 0.5}"#);
    let failures = check_floor(&report, &f);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0].metric, "event_f1");
    assert!((failures[0].actual.unwrap() - 0.75).abs() < 1e-9, "triple_f1 at 0.75 passes within the 1e-9 tolerance");
    assert_eq!(failures[0].to_string(), "event_f1 = 0.7500 is below the floor 0.8000");
}

#[test]
fn empty_predictions_fail_any_positive_floor_and_pass_zero() {
    let report = evaluate(&common::sample(), &[], &EvalOptions::default());
    assert!(check_floor(&report, &floor(r#"{"event_f1": 0.0}"#)).is_empty());
    assert_eq!(check_floor(&report, &floor(r#"{"event_f1": 0.01, "casualty_f1": 0.2}"#)).len(), 2);
}

#[test]
fn unknown_metric_or_bad_value_is_a_failure() {
    let report = evaluate(&common::sample(), &common::sample(), &EvalOptions::default());
    let failures = check_floor(&report, &floor(r#"{"event_f": 0.1, "triple_f1": "high"}"#));
    assert_eq!(failures.len(), 2);
    assert_eq!(failures[0].actual, None);
    assert!(failures[0].to_string().contains("no such headline metric"));
    assert!(failures[1].to_string().contains("not a number"));
}

#[test]
fn unreadable_floor_is_an_error() {
    assert!(load_floor(Path::new("/nonexistent/floor.json")).is_err());
    let dir = std::env::temp_dir().join(format!("casus-floor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("floor.json");
    std::fs::write(&p, "[1, 2]").unwrap();
    let err = load_floor(&p).unwrap_err();
    assert!(err.to_string().contains("floor.json"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
