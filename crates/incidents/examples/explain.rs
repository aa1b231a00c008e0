//! Why two events are or are not one incident: for each pair of the given event ids, whether they
//! are compatible and consistent and what they score (events of the given stories only, as
//! `casus eval --incidents` groups them):
//!   cargo run -p casus-incidents --example explain -- EVENTS.jsonl DOC,DOC ID ID [ID...]
use casus_core::Event;
use casus_geo::Gazetteer;
use casus_incidents::group::{compatible, consistent, score};
use casus_incidents::{event_infos, Options};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, docs, ids @ ..] = args.as_slice() else {
        return Err("usage: explain EVENTS.jsonl DOCS ID ID...".into());
    };
    let docs: Vec<&str> = docs.split(',').collect();
    let mut events: Vec<Event> = Vec::new();
    for line in std::fs::read_to_string(path)?.lines().filter(|l| !l.trim().is_empty()) {
        let e: Event = serde_json::from_str(line)?;
        if docs.contains(&e.doc_id.as_str()) {
            events.push(e);
        }
    }
    let gazetteer = Gazetteer::embedded()?;
    let infos = event_infos(&events, gazetteer);
    let opts = Options::default();
    let find = |id: &str| infos.iter().find(|i| i.event_id == id);
    for (n, a) in ids.iter().enumerate() {
        for b in &ids[n + 1..] {
            let (Some(x), Some(y)) = (find(a), find(b)) else { continue };
            println!(
                "{a} ~ {b}: compatible {} consistent {} score {}",
                compatible(x, y, &opts),
                consistent(x, y, &opts),
                score(x, y, &opts)
            );
        }
    }
    for id in ids {
        if let Some(i) = find(id) {
            println!(
                "{id}: {:?} {:?} {:?}/{:?} place {:?}",
                i.root,
                i.date,
                i.actor,
                i.target,
                i.place.as_ref().map(|p| (&p.name, &p.kind, &p.admin1))
            );
        }
    }
    Ok(())
}
