//! Test helper: documents from hand-written parses, `word/head/deprel` per token (head 0 = root),
//! so argument rules are tested on known trees.
use casus_core::{Document, Parse, Sentence, Token};

/// The events of a one-sentence document, published on `published` (YYYY-MM-DD) when given.
pub fn events_of(spec: &str, published: Option<&str>) -> Vec<casus_core::Event> {
    let mut doc = parsed(spec);
    doc.published = published.map(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
    super::extract(&doc)
}

/// A model entity of `label` over `tokens`, as the tagger would give it.
pub fn entity(label: &str, tokens: std::ops::Range<usize>) -> casus_core::Entity {
    casus_core::Entity { label: label.into(), tokens, score: 1.0 }
}

/// (code, actor, target, source) texts of a record.
pub type Brief = (String, Option<String>, Option<String>, Option<String>);

/// (code, actor, target, source) texts of the events of a one-sentence document.
pub fn briefs(spec: &str, published: Option<&str>) -> Vec<Brief> {
    let text = |p: Option<casus_core::Party>| p.map(|p| p.text);
    events_of(spec, published)
        .into_iter()
        .map(|e| (e.action.cameo, text(e.actor), text(e.target), text(e.source)))
        .collect()
}

/// The events of a document of one sentence per spec, published on `published` (YYYY-MM-DD).
pub fn doc_events(specs: &[&str], published: &str) -> Vec<casus_core::Event> {
    let mut doc = parsed_doc(specs);
    doc.published = Some(chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap());
    super::extract(&doc)
}

/// The CAMEO codes of the events of a one-sentence document, in order.
pub fn codes_of(spec: &str, published: Option<&str>) -> Vec<String> {
    events_of(spec, published).into_iter().map(|e| e.action.cameo).collect()
}

/// The CAMEO codes of the events of a one-sentence document with no publication date.
pub fn codes(spec: &str) -> Vec<String> {
    codes_of(spec, None)
}

/// The trigger texts of the events of a one-sentence document, in order.
pub fn texts_of(spec: &str, published: Option<&str>) -> Vec<String> {
    events_of(spec, published).into_iter().map(|e| e.action.text).collect()
}

/// Whether some event's trigger text is `text`.
pub fn has(ev: &[casus_core::Event], text: &str) -> bool {
    ev.iter().any(|e| e.action.text == text)
}

/// (trigger text, code) of every event, for assertion messages.
pub fn actions(ev: &[casus_core::Event]) -> Vec<(&str, &str)> {
    ev.iter().map(|e| (e.action.text.as_str(), e.action.cameo.as_str())).collect()
}

/// The trigger texts of `ev`, for assertion messages.
pub fn triggers(ev: &[casus_core::Event]) -> Vec<&str> {
    ev.iter().map(|e| e.action.text.as_str()).collect()
}

/// (CAMEO code, actor text, target text) of every event.
pub fn party_texts(ev: &[casus_core::Event]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    ev.iter().map(|e| (e.action.cameo.as_str(), party_text(&e.actor), party_text(&e.target))).collect()
}

fn party_text(p: &Option<casus_core::Party>) -> Option<&str> {
    p.as_ref().map(|p| p.text.as_str())
}

/// (trigger text, target text) of every event.
pub fn trigger_targets(ev: &[casus_core::Event]) -> Vec<(&str, Option<&str>)> {
    ev.iter().map(|e| (e.action.text.as_str(), party_text(&e.target))).collect()
}

/// (actor role, target role) of the events whose CAMEO starts with `root`.
pub fn role_pairs(ev: &[casus_core::Event], root: &str) -> Vec<(Option<String>, Option<String>)> {
    let role = |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.role.clone());
    ev.iter().filter(|e| e.action.cameo.starts_with(root)).map(|e| (role(&e.actor), role(&e.target))).collect()
}

/// An (actor role, target role) pair with both roles given.
pub fn roles_pair(a: &str, b: &str) -> (Option<String>, Option<String>) {
    (Some(a.to_string()), Some(b.to_string()))
}

/// A one-sentence document.
pub fn parsed(spec: &str) -> Document {
    parsed_doc(&[spec])
}

/// A document of one sentence per spec, in order.
pub fn parsed_doc(specs: &[&str]) -> Document {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for spec in specs {
        if !text.is_empty() {
            text.push(' ');
        }
        let (start, byte) = (text.chars().count(), text.len());
        let mut tokens = Vec::new();
        let mut parse = Parse { heads: Vec::new(), deprels: Vec::new() };
        for item in spec.split_whitespace() {
            let mut parts = item.rsplitn(3, '/');
            let rel = parts.next().unwrap();
            let head: usize = parts.next().unwrap().parse().unwrap();
            let word = parts.next().unwrap().replace('_', " ");
            if !tokens.is_empty() {
                text.push(' ');
            }
            let (s, b) = (text.chars().count(), text.len());
            text.push_str(&word);
            tokens.push(Token { start: s, end: s + word.chars().count(), bytes: b..text.len(), text: word });
            parse.heads.push(head);
            parse.deprels.push(rel.to_string());
        }
        let end = text.chars().count();
        sentences.push(Sentence {
            start,
            end,
            bytes: byte..text.len(),
            tokens,
            entities: Vec::new(),
            parse: Some(parse),
            triggers: Vec::new(),
            argument_hints: Vec::new(),
            ruled_out: Vec::new(),
        });
    }
    let mut doc = Document::new("t", text, None, None).unwrap();
    doc.sentences = sentences;
    doc
}

/// The date value of the event whose trigger text is `action` (it must exist).
pub fn date_of<'e>(events: &'e [casus_core::Event], action: &str) -> Option<&'e str> {
    let e = events.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action} in {events:?}"));
    e.date.as_ref().map(|d| d.value.as_str())
}

/// (CAMEO code, target text, target role) of every event.
pub fn target_roles(ev: &[casus_core::Event]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    ev.iter()
        .map(|e| {
            let t = e.target.as_ref();
            (e.action.cameo.as_str(), t.map(|t| t.text.as_str()), t.and_then(|t| t.role.as_deref()))
        })
        .collect()
}

/// (CAMEO code, target country, target role) of every event.
pub fn target_keys(ev: &[casus_core::Event]) -> Vec<(&str, Option<&str>, Option<&str>)> {
    ev.iter()
        .map(|e| {
            let t = e.target.as_ref();
            (e.action.cameo.as_str(), t.and_then(|t| t.country.as_deref()), t.and_then(|t| t.role.as_deref()))
        })
        .collect()
}

/// A bare "attacked" record between `actor` and `target`, set in `place` ("in {place}"), for the
/// document passes' tests.
pub fn record(
    actor: Option<casus_core::Party>,
    target: Option<casus_core::Party>,
    place: Option<&str>,
) -> casus_core::Event {
    use casus_core::{Action, Casualties, Evidence, Location};
    casus_core::Event {
        doc_id: "d".into(),
        event_id: "d:0".into(),
        action: Action { text: "attacked".into(), cameo: "190".into() },
        actor,
        target,
        date: None,
        location: place.map(|p| Location { text: format!("in {p}"), name: Some(p.into()), ..Default::default() }),
        casualties: Casualties::default(),
        source: None,
        evidence: Evidence { start: 0, end: 1, sentence: "x".into() },
        confidence: None,
    }
}

/// The events of a story of one sentence per spec, published on Tuesday 13 February 2024, where the
/// (first, end) token spans of each sentence are tagged as places.
pub fn placed_story(sentences: &[(&str, &[(usize, usize)])]) -> Vec<casus_core::Event> {
    let specs: Vec<&str> = sentences.iter().map(|(spec, _)| *spec).collect();
    let mut doc = parsed_doc(&specs);
    doc.published = chrono::NaiveDate::from_ymd_opt(2024, 2, 13);
    for (sent, (_, places)) in doc.sentences.iter_mut().zip(sentences) {
        sent.entities =
            places.iter().map(|&(a, b)| casus_core::Entity { label: "GPE".into(), tokens: a..b, score: 1.0 }).collect();
    }
    crate::events::extract(&doc)
}

/// (trigger text, actor text, killed count) of every event.
pub fn actor_tolls(ev: &[casus_core::Event]) -> Vec<(&str, Option<&str>, Option<u64>)> {
    ev.iter()
        .map(|e| {
            let actor = e.actor.as_ref().map(|a| a.text.as_str());
            (e.action.text.as_str(), actor, e.casualties.killed.as_ref().and_then(|k| k.count))
        })
        .collect()
}

/// (CAMEO code, actor text, target text) of every event of one hand-parsed sentence.
pub fn cameo_records(spec: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let text = |p: &Option<casus_core::Party>| p.as_ref().map(|p| p.text.clone());
    events_of(spec, None).iter().map(|e| (e.action.cameo.clone(), text(&e.actor), text(&e.target))).collect()
}

/// The killed count of the first event whose trigger text holds `action`.
pub fn killed_of(ev: &[casus_core::Event], action: &str) -> Option<u64> {
    let e = ev.iter().find(|e| e.action.text.contains(action))?;
    e.casualties.killed.as_ref().and_then(|k| k.count)
}
