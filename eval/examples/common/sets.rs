//! What the incident tuning examples share: loading a labelled set (never the news test split).
use casus_core::Event;
use casus_eval::{read_events, restrict, DocTable, IncidentLabels};
use std::collections::BTreeSet;
use std::path::Path;

/// The labelled gold events of the set (news splits, test left out, or the seeds) and the
/// predictions of their documents.
pub fn load(
    pred_path: &str,
    set: &str,
    labels: &IncidentLabels,
) -> Result<(Vec<Event>, Vec<Event>), Box<dyn std::error::Error>> {
    let (gold, pred) = if set == "seeds" {
        (read_events(Path::new("corpus/gold.jsonl"))?, read_events(Path::new(pred_path))?)
    } else {
        let split = DocTable::read(Path::new("corpus/news/split.tsv"))?;
        let mut docs = BTreeSet::new();
        for s in set.split(',').filter(|s| *s != "test") {
            docs.extend(split.select("split", s)?);
        }
        let (g, p) = (read_events(Path::new("corpus/news/gold.jsonl"))?, read_events(Path::new(pred_path))?);
        (restrict(g, &docs), restrict(p, &docs))
    };
    let gold: Vec<Event> = gold.into_iter().filter(|e| labels.0.contains_key(&e.event_id)).collect();
    let docs: BTreeSet<&str> = gold.iter().map(|e| e.doc_id.as_str()).collect();
    let pred: Vec<Event> = pred.into_iter().filter(|e| docs.contains(e.doc_id.as_str())).collect();
    Ok((gold, pred))
}
