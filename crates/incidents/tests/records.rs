//! Real output against `incident.schema.json`, and the seed targets of issue 15: the incidents built
//! from the gold events (`corpus/gold.jsonl`, `corpus/news/gold.jsonl`, no models needed).
use casus_core::Event;
use casus_incidents::{build_incidents, Incident, Options, INCIDENT_SCHEMA_JSON};
use std::collections::HashMap;
use std::path::Path;

fn gold(path: &str) -> Vec<Event> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join(path)).expect("gold file");
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("gold record")).collect()
}

/// Publication days of `docs.tsv` (doc_id, pub_date, ...).
fn pub_dates(path: &str) -> HashMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join(path)).expect("docs.tsv");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            l.split('\t').nth(1).map(|d| (l.split('\t').next().unwrap_or_default().to_string(), d.to_string()))
        })
        .collect()
}

fn seed_incidents() -> Vec<Incident> {
    build_incidents(&gold("corpus/gold.jsonl"), &pub_dates("corpus/docs.tsv"), &Options::default()).expect("incidents")
}

#[test]
fn real_output_is_schema_valid() {
    let schema: serde_json::Value = serde_json::from_str(INCIDENT_SCHEMA_JSON).expect("schema is JSON");
    let validator = jsonschema::draft202012::new(&schema).expect("a valid draft 2020-12 schema");
    let news =
        build_incidents(&gold("corpus/news/gold.jsonl"), &pub_dates("corpus/news/docs.tsv"), &Options::default())
            .expect("incidents");
    let all: Vec<Incident> = seed_incidents().into_iter().chain(news).collect();
    assert!(all.len() > 500, "{} incidents", all.len());
    for incident in &all {
        let value = serde_json::to_value(incident).expect("serializable");
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", incident.incident_id);
        let back: Incident = serde_json::from_value(value).expect("round trip");
        assert_eq!(&back, incident);
    }
}

fn incident_of<'a>(incidents: &'a [Incident], event: &str) -> &'a Incident {
    incidents.iter().find(|i| i.event_ids.iter().any(|e| e == event)).expect("every event is in an incident")
}

#[test]
fn the_13_february_incident_is_one_across_both_outlets() {
    let incidents = seed_incidents();
    let fire = incident_of(&incidents, "000_c7c1347b81c6e334:3");
    assert_eq!(fire.doc_ids, ["000_c7c1347b81c6e334", "001_73c5cf7889164ed6"]);
    for e in ["000_c7c1347b81c6e334:2", "000_c7c1347b81c6e334:14", "001_73c5cf7889164ed6:9", "001_73c5cf7889164ed6:10"]
    {
        assert_eq!(incident_of(&incidents, e).incident_id, fire.incident_id, "{e}");
    }
    let killed = fire.casualties.killed.as_ref().expect("a toll");
    assert_eq!((killed.best, killed.low, killed.high), (4, 2, 4));
    assert!(!fire.background);
}

#[test]
fn every_background_toll_is_in_exactly_one_incident() {
    let incidents = seed_incidents();
    let tolls: [(&str, &[&str]); 2] = [
        ("1990s war, 30,000", &["002_8413c8a5d20a34e9:21", "003_d157015bd8b7b8f1:12", "004_3053ad436fb522b1:31"]),
        ("2020 war, 6,500", &["002_8413c8a5d20a34e9:24", "003_d157015bd8b7b8f1:10", "004_3053ad436fb522b1:32"]),
    ];
    for (war, events) in tolls {
        let holding: Vec<&Incident> =
            incidents.iter().filter(|i| i.event_ids.iter().any(|e| events.contains(&e.as_str()))).collect();
        assert_eq!(holding.len(), 1, "{war}: in {:?}", holding.iter().map(|i| &i.incident_id).collect::<Vec<_>>());
        assert!(holding[0].background, "{war} is background");
    }
    let total: u64 = incidents.iter().filter_map(|i| i.casualties.killed.as_ref()).map(|t| t.best).sum();
    assert!(total < 40_000, "killed over the seed incidents: {total}");
}
