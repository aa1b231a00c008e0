//! The event record of `EVENT_SCHEMA.md`. Every key is always serialized; absent values are `null`.
use serde::{Deserialize, Serialize};

/// The keys every serialized [`Event`] has, in the order it writes them.
pub const RECORD_KEYS: [&str; 11] = [
    "doc_id",
    "event_id",
    "action",
    "actor",
    "target",
    "date",
    "location",
    "casualties",
    "source",
    "evidence",
    "confidence",
];

/// One event: who did what to whom, when, where, with what casualties, according to whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    pub event_id: String,
    pub action: Action,
    pub actor: Option<Party>,
    pub target: Option<Party>,
    pub date: Option<DateRef>,
    pub location: Option<Location>,
    pub casualties: Casualties,
    pub source: Option<Party>,
    pub evidence: Evidence,
    /// How likely the record is to be a real event of its CAMEO root, from the learned scorer
    /// (`casus-confidence`), in [0, 1]; null where no scorer ran (gold files, records written before).
    #[serde(default)]
    pub confidence: Option<f64>,
}

/// What happened: the trigger as written and its CAMEO code ("19", "190", "1951").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub text: String,
    pub cameo: String,
}

impl Action {
    /// The two-digit CAMEO root ("190" → "19").
    pub fn root(&self) -> &str {
        self.cameo.get(..2).unwrap_or(&self.cameo)
    }
}

/// An actor, target or source: the span as written and its normalized identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub text: String,
    pub name: Option<String>,
    /// ISO 3166-1 alpha-3; null for international bodies.
    pub country: Option<String>,
    /// CAMEO role code (GOV, MIL, REB, CVL, IGO, ...).
    pub role: Option<String>,
}

/// When: the phrase and its resolved ISO 8601 value (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRef {
    pub text: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub name: Option<String>,
    /// Geocoded (issue 15, `casus-geo`): ISO 3166-1 alpha-3 of the place; null when the gazetteer lacks
    /// the name. Records written before geocoding lack these keys and still read.
    #[serde(default)]
    pub country: Option<String>,
    /// The first-level region the place lies in.
    #[serde(default)]
    pub admin1: Option<String>,
    /// The place's point (WGS 84).
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
}

/// Always an object; each kind is null when the text states nothing about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualties {
    pub killed: Option<Casualty>,
    pub injured: Option<Casualty>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualty {
    /// Null for vague amounts ("dozens", "several") and for counts above a billion (the text is kept).
    pub count: Option<u64>,
    pub qualifier: Qualifier,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    Approx,
    AtMost,
    Several,
}

/// The sentence that states the event, with char offsets (end exclusive) into the document text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub sentence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Event {
        Event {
            doc_id: "d".into(),
            event_id: "d:0".into(),
            action: Action { text: "came under fire".into(), cameo: "190".into() },
            actor: Some(Party {
                text: "Azerbaijani forces".into(),
                name: Some("Azerbaijan".into()),
                country: Some("AZE".into()),
                role: Some("MIL".into()),
            }),
            target: None,
            date: Some(DateRef { text: "On Feb. 13".into(), value: "2024-02-13".into() }),
            location: None,
            casualties: Casualties {
                killed: Some(Casualty { count: Some(4), qualifier: Qualifier::Exact, text: "four".into() }),
                injured: Some(Casualty { count: None, qualifier: Qualifier::Several, text: "several".into() }),
            },
            source: None,
            evidence: Evidence { start: 0, end: 10, sentence: "On Feb. 13".into() },
            confidence: None,
        }
    }

    #[test]
    fn every_key_is_written_and_nulls_stay_null() {
        let v = serde_json::to_value(sample()).unwrap();
        let obj = v.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let mut expected = RECORD_KEYS.to_vec();
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert!(obj["target"].is_null());
        assert_eq!(obj["casualties"]["injured"]["qualifier"], "several");
        assert!(obj["casualties"]["injured"]["count"].is_null());
    }

    #[test]
    fn serde_round_trip() {
        let e = sample();
        let line = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<Event>(&line).unwrap(), e);
        assert_eq!(e.action.root(), "19");
    }

    #[test]
    fn schema_example_parses() {
        let line = r#"{"doc_id":"001","event_id":"001:3","action":{"text":"came under fire","cameo":"190"},"actor":{"text":"Azerbaijani forces","name":"Azerbaijan","country":"AZE","role":"MIL"},"target":{"text":"their border post","name":"Armenia","country":"ARM","role":"MIL"},"date":{"text":"On Feb. 13","value":"2024-02-13"},"location":{"text":"near the border village of Nerkin Hand","name":"Nerkin Hand"},"casualties":{"killed":{"count":4,"qualifier":"exact","text":"four of its soldiers were killed"},"injured":{"count":null,"qualifier":"several","text":"several others injured"}},"source":{"text":"Armenia's defense ministry","name":"Armenia","country":"ARM","role":"GOV"},"evidence":{"start":1234,"end":1398,"sentence":"On Feb. 13, Armenia's defense ministry said ..."}}"#;
        let e: Event = serde_json::from_str(line).unwrap();
        assert_eq!(e.casualties.killed.unwrap().count, Some(4));
    }
}
