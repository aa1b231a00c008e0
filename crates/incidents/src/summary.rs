//! An incident record from the events grouped into it.
use crate::dates::{iso, Precision, Span};
use crate::features::{party_key, EventInfo};
use crate::record::{Claim, Incident, IncidentCasualties, IncidentDate, IncidentParty, IncidentPlace};
use crate::toll::toll;
use casus_core::{Event, Party};
use casus_geo::Kind;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// How long before publication an incident must have ended to be background (a past war's toll).
const BACKGROUND_DAYS: i64 = 365;
/// An undated toll this large is a war's or a campaign's, not an incident of the day.
const BACKGROUND_TOLL: u64 = 1000;

/// The record of one group. `pub_dates`: each document's publication day.
pub fn summarize(
    id: usize,
    events: &[&Event],
    infos: &[&EventInfo],
    pub_dates: &HashMap<String, NaiveDate>,
) -> Incident {
    let mut doc_ids: Vec<String> = Vec::new();
    for e in events {
        if !doc_ids.contains(&e.doc_id) {
            doc_ids.push(e.doc_id.clone());
        }
    }
    let casualties = IncidentCasualties {
        killed: toll(events, |e| &e.casualties.killed),
        injured: toll(events, |e| &e.casualties.injured),
    };
    let date = date(infos);
    let background = background(infos, pub_dates, casualties.killed.as_ref().map(|t| t.best));
    Incident {
        incident_id: format!("inc-{id}"),
        event_ids: events.iter().map(|e| e.event_id.clone()).collect(),
        doc_ids,
        cameo: cameo(events),
        date,
        place: place(events, infos),
        parties: parties(events),
        casualties,
        sources: sources(events),
        background,
    }
}

/// The most frequent code of the most frequent root (ties: the earlier one).
fn cameo(events: &[&Event]) -> String {
    let root = most_frequent(events.iter().map(|e| e.action.root().to_string()));
    most_frequent(events.iter().filter(|e| e.action.root() == root).map(|e| e.action.cameo.clone()))
}

fn most_frequent(values: impl Iterator<Item = String>) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let top = counts.iter().map(|c| c.1).max().unwrap_or(0);
    counts.into_iter().find(|c| c.1 == top).map(|c| c.0).unwrap_or_default()
}

fn date(infos: &[&EventInfo]) -> Option<IncidentDate> {
    let dated: Vec<(Span, Precision)> = infos.iter().filter_map(|i| i.date).collect();
    let finest = dated.iter().map(|d| d.1).max()?;
    let mut freq: BTreeMap<Span, usize> = BTreeMap::new();
    for d in dated.iter().filter(|d| d.1 == finest) {
        *freq.entry(d.0).or_default() += 1;
    }
    let best = freq.iter().max_by_key(|(s, n)| (**n, std::cmp::Reverse(**s))).map(|(s, _)| *s)?;
    let best = match finest {
        Precision::Day => iso(best.start),
        Precision::Month => iso(best.start)[..7].to_string(),
        Precision::Year => iso(best.start)[..4].to_string(),
    };
    let start = dated.iter().map(|d| d.0.start).min()?;
    let end = dated.iter().map(|d| d.0.end).max()?;
    Some(IncidentDate { best, start: iso(start), end: iso(end) })
}

/// The most specific place named (a town before its province, its country, a border), the most
/// frequent among equals; an unknown name only when nothing is geocoded.
fn place(events: &[&Event], infos: &[&EventInfo]) -> Option<IncidentPlace> {
    let rank = |k: Kind| match k {
        Kind::City => 0,
        Kind::Region => 1,
        Kind::Admin1 => 2,
        Kind::Border => 3,
        Kind::Country => 4,
    };
    let geocoded = infos.iter().filter_map(|i| i.place.as_ref());
    let best = geocoded.clone().min_by_key(|p| {
        let same = geocoded.clone().filter(|q| q.name == p.name).count();
        (rank(p.kind), std::cmp::Reverse(same))
    });
    if let Some(p) = best {
        return Some(IncidentPlace {
            name: p.name.clone(),
            country: Some(p.country.clone()),
            admin1: p.admin1.clone(),
            lat: p.lat,
            lon: p.lon,
            kind: Some(p.kind.as_str().to_string()),
        });
    }
    let name =
        events.iter().find_map(|e| e.location.as_ref().map(|l| l.name.clone().unwrap_or_else(|| l.text.clone())))?;
    Some(IncidentPlace { name, country: None, admin1: None, lat: None, lon: None, kind: None })
}

fn parties(events: &[&Event]) -> Vec<IncidentParty> {
    let mut out: Vec<(String, IncidentParty)> = Vec::new();
    for e in events {
        for (side, p) in [("actor", &e.actor), ("target", &e.target)] {
            let (Some(key), Some(party)) = (party_key(p), p.as_ref()) else { continue };
            let key = format!("{side}:{key}");
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, party_record(party, side)));
            }
        }
    }
    out.into_iter().map(|(_, p)| p).collect()
}

fn party_record(p: &Party, side: &str) -> IncidentParty {
    IncidentParty { name: p.name.clone(), country: p.country.clone(), role: p.role.clone(), side: side.to_string() }
}

fn sources(events: &[&Event]) -> Vec<Claim> {
    let mut out: Vec<(String, Claim)> = Vec::new();
    for e in events {
        let (Some(key), Some(p)) = (party_key(&e.source), e.source.as_ref()) else { continue };
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, c)) => c.event_ids.push(e.event_id.clone()),
            None => out.push((
                key,
                Claim {
                    name: p.name.clone(),
                    country: p.country.clone(),
                    role: p.role.clone(),
                    event_ids: vec![e.event_id.clone()],
                },
            )),
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// Every dated event ended a year before its story's publication, or nothing is dated and the toll
/// is a war's (a figure, or a vague amount: "fighting has killed thousands").
fn background(infos: &[&EventInfo], pub_dates: &HashMap<String, NaiveDate>, killed: Option<u64>) -> bool {
    let dated: Vec<&&EventInfo> = infos.iter().filter(|i| i.date.is_some()).collect();
    if dated.is_empty() {
        return killed.is_some_and(|k| k >= BACKGROUND_TOLL) || infos.iter().any(|i| i.vague_war_toll);
    }
    dated.iter().all(|i| match (i.date, pub_dates.get(&i.doc)) {
        (Some((span, _)), Some(published)) => (*published - span.end).num_days() >= BACKGROUND_DAYS,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use crate::{build_incidents, Options};
    use casus_core::Event;
    use std::collections::HashMap;

    fn event(id: &str, killed: serde_json::Value, sentence: &str) -> Event {
        serde_json::from_value(serde_json::json!({
            "doc_id": "d", "event_id": id, "action": {"text": "fighting", "cameo": "190"}, "actor": null,
            "target": null, "date": null, "location": null,
            "casualties": {"killed": killed, "injured": null}, "source": null,
            "evidence": {"start": 0, "end": sentence.len(), "sentence": sentence}
        }))
        .unwrap()
    }

    #[test]
    fn an_undated_war_s_toll_is_background_with_or_without_a_figure() {
        let background = |killed: serde_json::Value| {
            let events = [event("d:0", killed, "Fighting has killed them during the past 16 months.")];
            build_incidents(&events, &HashMap::new(), &Options::default()).unwrap()[0].background
        };
        assert!(background(serde_json::json!({"count": null, "qualifier": "several", "text": "killed thousands"})));
        assert!(background(serde_json::json!({"count": 30000, "qualifier": "exact", "text": "30,000 dead"})));
        assert!(!background(serde_json::json!({"count": null, "qualifier": "several", "text": "killed dozens"})));
    }
}
