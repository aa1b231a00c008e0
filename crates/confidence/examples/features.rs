//! Dumps the scorer's features of every record of a JSON Lines file of casus records, for
//! `train/train.py`: one line per record, `{"doc_id", "event_id", "start", "cameo", "trigger",
//! "features": {name: value}}`, records grouped by document as casus wrote them.
//!
//!     cargo run --release -p casus-confidence --example features -- RECORDS.jsonl > FEATURES.jsonl
use casus_confidence::document_features;
use casus_core::Event;
use std::io::{BufRead, BufReader, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: features RECORDS.jsonl")?;
    let mut docs: Vec<Vec<Event>> = Vec::new();
    for (n, line) in BufReader::new(std::fs::File::open(&path)?).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let event: Event = serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        if let Some(doc) = docs.last_mut().filter(|d| d[0].doc_id == event.doc_id) {
            doc.push(event);
        } else if docs.iter().any(|d| d[0].doc_id == event.doc_id) {
            return Err(format!("{path}:{}: {} again after another document", n + 1, event.doc_id).into());
        } else {
            docs.push(vec![event]);
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in &docs {
        for (event, features) in doc.iter().zip(document_features(doc)) {
            let features: serde_json::Map<String, serde_json::Value> =
                features.into_iter().map(|(k, v)| (k, v.into())).collect();
            let row = serde_json::json!({
                "doc_id": event.doc_id, "event_id": event.event_id, "start": event.evidence.start,
                "cameo": event.action.cameo, "trigger": event.action.text, "features": features,
            });
            writeln!(out, "{row}")?;
        }
    }
    Ok(())
}
