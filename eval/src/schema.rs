//! Validation of one event record (a JSON value) against `crates/core/event.schema.json`, plus the
//! checks JSON Schema cannot express.
use serde_json::Value;
use std::sync::OnceLock;

/// The JSON Schema (draft 2020-12) of one event record, as committed in the repo.
pub const EVENT_SCHEMA_JSON: &str = include_str!("../../crates/core/event.schema.json");

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let schema: Value = serde_json::from_str(EVENT_SCHEMA_JSON).expect("event.schema.json is JSON");
        jsonschema::draft202012::new(&schema).expect("event.schema.json is a valid draft 2020-12 schema")
    })
}

/// Violations of the JSON Schema alone, each as `"<json pointer>: <message>"`.
pub fn schema_errors(value: &Value) -> Vec<String> {
    validator()
        .iter_errors(value)
        .map(|e| {
            let path = e.instance_path().as_str().to_string();
            format!("{}: {e}", if path.is_empty() { "/" } else { &path })
        })
        .collect()
}

/// Every problem of one record, empty when it is valid: [`schema_errors`], then, for schema-valid
/// records, the checks a schema cannot express: CAMEO root between 01 and 20, full dates that exist
/// on the calendar, `start < end`, and a `sentence` exactly `end - start` chars long.
pub fn validate_record(value: &Value) -> Vec<String> {
    let mut problems = schema_errors(value);
    if !problems.is_empty() {
        return problems;
    }
    let cameo = value["action"]["cameo"].as_str().unwrap_or_default();
    if !matches!(cameo.get(..2).and_then(|r| r.parse::<u8>().ok()), Some(1..=20)) {
        problems.push(format!("/action/cameo: root of {cameo:?} is not a CAMEO root 01..20"));
    }
    if let Some(d) = value["date"]["value"].as_str().filter(|d| d.len() == 10) {
        if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            problems.push(format!("/date/value: {d:?} is not a calendar date"));
        }
    }
    let ev = &value["evidence"];
    let (start, end) = (ev["start"].as_u64().unwrap_or(0), ev["end"].as_u64().unwrap_or(0));
    if start >= end {
        problems.push(format!("/evidence: start {start} is not before end {end}"));
    } else {
        let chars = ev["sentence"].as_str().unwrap_or_default().chars().count() as u64;
        if chars != end - start {
            problems.push(format!("/evidence: sentence has {chars} chars but end - start = {}", end - start));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_compiles() {
        let _ = validator();
    }
}
