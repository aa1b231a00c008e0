//! casus-incidents: event records (one per mention) grouped into incidents (one per real-world
//! occurrence), the way ACLED and UCDP code by hand: the restatements of an incident within a story
//! and its reports across outlets and days of coverage become one record with a date range, a
//! geocoded place, its parties, UCDP-style casualty figures (best, low, high, each with the event that
//! gave it), the sources that claim it and a `background` flag for historical tolls.
//!
//! [`build_incidents`] runs the stages:
//!
//! 1. **Context** ([`features::document_countries`]): the countries each document is about (its
//!    parties', most frequent first), which settle ambiguous place names.
//! 2. **Features** ([`features::EventInfo`]): per event, violent or which kind of statement, its date
//!    as a day interval at its precision ([`dates`]), its place geocoded with `casus-geo`, its
//!    parties' keys and countries, its casualty figures and its sentence.
//! 3. **Grouping** ([`group`]): two events may be one incident when their actions are compatible (both
//!    violent, or one speaker's statements of one kind), their dates overlap (a day of slack), their
//!    places can hold each other and their countries meet; a pair joins when its evidence (same day,
//!    place, parties, toll, document, sentence, code) scores at least [`Options::threshold`], the
//!    strongest pairs first, and two groups join only when all their events are compatible.
//! 4. **Records** ([`summary`], [`toll`]): each group becomes an [`Incident`].
//!
//! The record format is `docs/incidents.md`; `incident.schema.json` checks it.
pub mod dates;
pub mod features;
pub mod group;
pub mod places;
pub mod record;
pub mod summary;
pub mod toll;

pub use group::Options;
pub use record::{Claim, Incident, IncidentCasualties, IncidentDate, IncidentParty, IncidentPlace, Toll};

use casus_core::Event;
use casus_geo::{Gazetteer, GeoError};
use chrono::NaiveDate;
use features::EventInfo;
use std::collections::HashMap;

/// The JSON Schema of an incident record.
pub const INCIDENT_SCHEMA_JSON: &str = include_str!("../incident.schema.json");

/// Groups events (any order, any number of documents) into incidents. `pub_dates` maps document
/// ids to their publication day (`YYYY-MM-DD`); a document without one is taken to be published on
/// the latest day its events name.
pub fn build_incidents(
    events: &[Event],
    pub_dates: &HashMap<String, String>,
    opts: &Options,
) -> Result<Vec<Incident>, GeoError> {
    let infos = event_infos(events, Gazetteer::embedded()?);
    let groups = group::group(&infos, opts);
    let published = publication_days(&infos, pub_dates);
    Ok(groups
        .iter()
        .enumerate()
        .map(|(n, g)| {
            let evs: Vec<&Event> = g.iter().map(|&i| &events[i]).collect();
            let inf: Vec<&EventInfo> = g.iter().map(|&i| &infos[i]).collect();
            summary::summarize(n + 1, &evs, &inf, &published)
        })
        .collect())
}

/// The groups of event indices [`build_incidents`] makes records of, in order of their first event.
pub fn group_events(events: &[Event], opts: &Options) -> Result<Vec<Vec<usize>>, GeoError> {
    let gazetteer = Gazetteer::embedded()?;
    Ok(group::group(&event_infos(events, gazetteer), opts))
}

/// What grouping reads of each event, with the embedded gazetteer (for tuning aids).
pub fn infos_of(events: &[Event]) -> Result<Vec<EventInfo>, GeoError> {
    Ok(event_infos(events, Gazetteer::embedded()?))
}

/// The casualty figures of a set of events taken as one incident (as [`Incident::casualties`]).
pub fn casualties_of(events: &[&Event]) -> IncidentCasualties {
    IncidentCasualties {
        killed: toll::toll(events, |e| &e.casualties.killed),
        injured: toll::toll(events, |e| &e.casualties.injured),
    }
}

/// What grouping reads of each event (its story's countries resolved, stories marked), in order.
pub fn event_infos(events: &[Event], gazetteer: &Gazetteer) -> Vec<EventInfo> {
    let contexts = features::document_countries(events, gazetteer);
    let mut infos: Vec<EventInfo> = events
        .iter()
        .map(|e| {
            let context: Vec<&str> =
                contexts.get(&e.doc_id).map(|c| c.iter().map(String::as_str).collect()).unwrap_or_default();
            EventInfo::of(e, &context, gazetteer)
        })
        .collect();
    features::mark_stories(&mut infos);
    infos
}

fn publication_days(infos: &[EventInfo], given: &HashMap<String, String>) -> HashMap<String, NaiveDate> {
    let mut days: HashMap<String, NaiveDate> = HashMap::new();
    for i in infos {
        if let Some((span, _)) = i.date {
            let day = days.entry(i.doc.clone()).or_insert(span.end);
            *day = (*day).max(span.end);
        }
    }
    for (doc, value) in given {
        if let Ok(day) = NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d") {
            days.insert(doc.clone(), day);
        }
    }
    days
}
