//! Incidents of an event file, as JSON Lines on stdout (what `casus incidents FILE` writes, without
//! the model runtimes the `casus` binary links):
//!   cargo run -p casus-incidents --example group_file -- EVENTS.jsonl
use casus_incidents::{build_incidents, Options};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: group_file EVENTS.jsonl")?;
    let text = std::fs::read_to_string(path)?;
    let mut events = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        events.push(serde_json::from_str(line)?);
    }
    for incident in build_incidents(&events, &Default::default(), &Options::default())? {
        println!("{}", serde_json::to_string(&incident)?);
    }
    Ok(())
}
