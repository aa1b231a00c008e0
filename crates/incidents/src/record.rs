//! The incident record (`docs/incidents.md`, `incident.schema.json`). Every key is always written.
use serde::{Deserialize, Serialize};

/// One real-world incident: the events that report it and what they agree on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// `inc-<n>`, numbered from 1 in the order of each incident's first event.
    pub incident_id: String,
    pub event_ids: Vec<String>,
    /// The documents (outlets, days of coverage) that report it, in input order.
    pub doc_ids: Vec<String>,
    /// CAMEO code: the most frequent code of the most frequent root.
    pub cameo: String,
    pub date: Option<IncidentDate>,
    pub place: Option<IncidentPlace>,
    pub parties: Vec<IncidentParty>,
    pub casualties: IncidentCasualties,
    /// Who claims it: the distinct sources of its events (the outlets are in `doc_ids`).
    pub sources: Vec<Claim>,
    /// A historical toll (a war or campaign ended well before publication), not news of the day.
    pub background: bool,
}

/// `best`: the most frequent of the most precise dates; `start` / `end`: the days all dates cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentDate {
    pub best: String,
    pub start: String,
    pub end: String,
}

/// The most specific place its events name, geocoded; country and the rest null when the
/// gazetteer lacks the name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentPlace {
    pub name: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `country`, `admin1`, `region`, `city`, `border`; null when not geocoded.
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentParty {
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// `actor` or `target` (a party that is both in different reports is listed once per side).
    pub side: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentCasualties {
    pub killed: Option<Toll>,
    pub injured: Option<Toll>,
}

/// A UCDP-style toll: best estimate, lowest and highest credible figure, and the event that gave each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toll {
    pub best: u64,
    pub low: u64,
    pub high: u64,
    pub best_from: String,
    pub low_from: String,
    pub high_from: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub name: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub event_ids: Vec<String>,
}
