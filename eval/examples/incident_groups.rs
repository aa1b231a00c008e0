//! Prints the groups casus-incidents makes of an event file, one line per group (a tuning aid):
//!   cargo run -p casus-eval --example incident_groups -- EVENTS.jsonl [DOC...]
use casus_eval::read_events;
use casus_incidents::{group_events, Options};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let events: Vec<_> = read_events(Path::new(&args[0]))?
        .into_iter()
        .filter(|e| args.len() < 2 || args[1..].contains(&e.doc_id))
        .collect();
    for g in group_events(&events, &Options::default())? {
        println!("{}", g.iter().map(|&i| events[i].event_id.as_str()).collect::<Vec<_>>().join(" "));
    }
    Ok(())
}
