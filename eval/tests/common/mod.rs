//! Builders for hand-made events.
#![allow(dead_code)]
use casus_core::{Action, Casualties, Casualty, DateRef, Event, Evidence, Location, Party, Qualifier};

/// An event of `doc` with CAMEO `cameo` whose evidence is chars `start..end` (sentence of that length).
pub fn ev(doc: &str, n: usize, cameo: &str, start: usize, end: usize) -> Event {
    Event {
        doc_id: doc.into(),
        event_id: format!("{doc}:{n}"),
        action: Action { text: "did".into(), cameo: cameo.into() },
        actor: None,
        target: None,
        date: None,
        location: None,
        casualties: Casualties::default(),
        source: None,
        evidence: Evidence { start, end, sentence: "x".repeat(end - start) },
        confidence: None,
    }
}

pub fn party(country: Option<&str>, role: Option<&str>, name: Option<&str>) -> Party {
    Party {
        text: name.unwrap_or("someone").into(),
        name: name.map(Into::into),
        country: country.map(Into::into),
        role: role.map(Into::into),
    }
}

pub fn actor(mut e: Event, country: &str, role: &str) -> Event {
    e.actor = Some(party(Some(country), Some(role), None));
    e
}

pub fn target(mut e: Event, country: &str, role: &str) -> Event {
    e.target = Some(party(Some(country), Some(role), None));
    e
}

pub fn killed(mut e: Event, count: Option<u64>, qualifier: Qualifier) -> Event {
    e.casualties.killed = Some(Casualty { count, qualifier, text: "killed".into() });
    e
}

pub fn dated(mut e: Event, value: &str) -> Event {
    e.date = Some(DateRef { text: value.into(), value: value.into() });
    e
}

pub fn located(mut e: Event, name: &str) -> Event {
    e.location = Some(Location { text: name.into(), name: Some(name.into()), ..Default::default() });
    e
}

/// A rich gold-like sample: two documents, five events, every slot used somewhere.
pub fn sample() -> Vec<Event> {
    let a0 = killed(
        located(
            dated(target(actor(ev("a", 0, "190", 0, 80), "AZE", "MIL"), "ARM", "MIL"), "2024-02-13"),
            "Nerkin Hand",
        ),
        Some(4),
        Qualifier::Exact,
    );
    let mut a1 = target(actor(ev("a", 1, "112", 100, 160), "ARM", "GOV"), "AZE", "GOV");
    a1.source = Some(party(Some("ARM"), Some("GOV"), Some("Armenia")));
    let a2 = target(actor(ev("a", 2, "112", 100, 160), "AZE", "GOV"), "ARM", "GOV");
    let mut b0 = ev("b", 0, "0256", 0, 50);
    b0.actor = Some(party(None, Some("IGO"), Some("United Nations")));
    let mut b1 = killed(dated(actor(ev("b", 1, "19", 60, 120), "ARM", "MIL"), "2020"), Some(6500), Qualifier::MoreThan);
    b1.casualties.injured = Some(Casualty { count: None, qualifier: Qualifier::Several, text: "thousands".into() });
    vec![a0, a1, a2, b0, b1]
}
