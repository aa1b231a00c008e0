//! `crates/core/event.schema.json` and `validate_record`.
mod common;
use casus_eval::{schema_errors, validate_record, EVENT_SCHEMA_JSON};
use serde_json::{json, Value};
use std::path::Path;

const SCHEMA_EXAMPLE: &str = r#"{"doc_id":"001_73c5cf7889164ed6","event_id":"001_73c5cf7889164ed6:3","action":{"text":"came under fire","cameo":"190"},"actor":{"text":"Azerbaijani forces","name":"Azerbaijan","country":"AZE","role":"MIL"},"target":{"text":"their border post","name":"Armenia","country":"ARM","role":"MIL"},"date":{"text":"On Feb. 13","value":"2024-02-13"},"location":{"text":"near the border village of Nerkin Hand","name":"Nerkin Hand"},"casualties":{"killed":{"count":4,"qualifier":"exact","text":"four of its soldiers were killed"},"injured":{"count":null,"qualifier":"several","text":"several others injured"}},"source":{"text":"Armenia's defense ministry","name":"Armenia","country":"ARM","role":"GOV"},"evidence":{"start":1234,"end":1398,"sentence":"On Feb. 13, Armenia's defense ministry said ..."}}"#;

/// A fully valid record: the schema example with a consistent evidence span.
fn valid() -> Value {
    let mut v: Value = serde_json::from_str(SCHEMA_EXAMPLE).unwrap();
    v["evidence"]["end"] = json!(1234 + "On Feb. 13, Armenia's defense ministry said ...".chars().count());
    v
}

#[test]
fn schema_file_is_draft_2020_12_and_embedded_copy_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/core/event.schema.json");
    let on_disk = std::fs::read_to_string(path).unwrap();
    assert_eq!(on_disk, EVENT_SCHEMA_JSON);
    let schema: Value = serde_json::from_str(&on_disk).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::draft202012::new(&schema).expect("compiles");
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
    assert_eq!(
        required,
        ["doc_id", "event_id", "action", "actor", "target", "date", "location", "casualties", "source", "evidence"]
    );
}

#[test]
fn the_event_schema_md_example_is_schema_valid() {
    assert_eq!(schema_errors(&serde_json::from_str(SCHEMA_EXAMPLE).unwrap()), Vec::<String>::new());
    // Its evidence is abridged ("..."), which the span check notices.
    let problems = validate_record(&serde_json::from_str(SCHEMA_EXAMPLE).unwrap());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("sentence has"), "{problems:?}");
    assert!(validate_record(&valid()).is_empty());
}

#[test]
fn serialized_rust_events_are_valid() {
    for e in common::sample() {
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(validate_record(&v), Vec::<String>::new(), "{v}");
    }
}

#[test]
fn every_key_is_required_even_when_null() {
    for key in
        ["doc_id", "event_id", "action", "actor", "target", "date", "location", "casualties", "source", "evidence"]
    {
        let mut v = valid();
        v.as_object_mut().unwrap().remove(key);
        let problems = validate_record(&v);
        assert!(problems.iter().any(|p| p.contains(key)), "{key}: {problems:?}");
    }
    for (obj, key) in [
        ("action", "cameo"),
        ("actor", "role"),
        ("casualties", "injured"),
        ("evidence", "sentence"),
        ("location", "name"),
    ] {
        let mut v = valid();
        v[obj].as_object_mut().unwrap().remove(key);
        assert!(!validate_record(&v).is_empty(), "{obj}.{key}");
    }
}

fn broken(path: &[&str], value: Value) -> Vec<String> {
    let mut v = valid();
    let mut slot = &mut v;
    for p in path {
        slot = &mut slot[*p];
    }
    *slot = value;
    validate_record(&v)
}

#[test]
fn malformed_values_are_rejected() {
    let cases: Vec<(&[&str], Value)> = vec![
        (&["action", "cameo"], json!("19a")),
        (&["action", "cameo"], json!("3")),
        (&["action", "cameo"], json!("19501")),
        (&["action", "cameo"], json!("00")),
        (&["action", "cameo"], json!("21")),
        (&["action", "cameo"], json!(190)),
        (&["action"], Value::Null),
        (&["actor", "country"], json!("aze")),
        (&["actor", "country"], json!("AZ")),
        (&["actor", "role"], json!("military")),
        (&["actor", "name"], json!(7)),
        (&["casualties", "killed", "qualifier"], json!("many")),
        (&["casualties", "killed", "count"], json!(-1)),
        (&["casualties", "killed", "count"], json!(1.5)),
        (&["casualties", "killed", "count"], json!("4")),
        (&["casualties", "injured", "count"], json!(3)), // qualifier "several" needs a null count
        (&["casualties"], Value::Null),
        (&["date", "value"], json!("Feb. 13")),
        (&["date", "value"], json!("2024-13-01")),
        (&["date", "value"], json!("2024-02-30")),
        (&["evidence", "start"], json!("1234")),
        (&["evidence", "start"], json!(-1)),
        (&["evidence", "start"], json!(1399)),
        (&["evidence"], Value::Null),
        (&["extra"], json!("not in the schema")),
        (&["actor", "extra"], json!(1)),
        (&["confidence"], json!(1.5)),
        (&["confidence"], json!(-0.1)),
        (&["confidence"], json!("0.5")),
    ];
    for (path, value) in cases {
        assert!(!broken(path, value.clone()).is_empty(), "{path:?} = {value} was accepted");
    }
}

#[test]
fn nulls_are_accepted_where_the_schema_allows_them() {
    let cases: Vec<(&[&str], Value)> = vec![
        (&["actor"], Value::Null),
        (&["target"], Value::Null),
        (&["source"], Value::Null),
        (&["date"], Value::Null),
        (&["location"], Value::Null),
        (&["location", "name"], Value::Null),
        (&["actor", "country"], Value::Null),
        (&["actor", "role"], Value::Null),
        (&["actor", "name"], Value::Null),
        (&["casualties", "killed"], Value::Null),
        (&["casualties", "killed", "count"], Value::Null),
        (&["date", "value"], json!("2024")),
        (&["date", "value"], json!("2024-02")),
        (&["action", "cameo"], json!("1951")),
        (&["action", "cameo"], json!("20")),
        (&["confidence"], Value::Null),
        (&["confidence"], json!(0.5)),
        (&["confidence"], json!(1)),
    ];
    for (path, value) in cases {
        assert_eq!(broken(path, value.clone()), Vec::<String>::new(), "{path:?} = {value}");
    }
}

#[test]
fn problems_name_the_json_path() {
    assert_eq!(broken(&["actor", "country"], json!("aze")), ["/actor/country: \"aze\" does not match \"^[A-Z]{3}$\""]);
    assert_eq!(
        broken(&["casualties", "injured", "count"], json!(3)),
        ["/casualties/injured/count: 3 is not of type \"null\""]
    );
    assert_eq!(broken(&["date", "value"], json!("2024-02-30")), ["/date/value: \"2024-02-30\" is not a calendar date"]);
}
