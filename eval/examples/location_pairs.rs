//! The location slot of each gold event paired with a prediction, and of each unpaired event, sorted
//! by cause (a tuning aid for the place rules; news train and dev only, never test), one JSON object
//! per event, paired as `casus eval` pairs them:
//!   cargo run -p casus-eval --example location_pairs -- PRED [train|dev|train,dev] > places.jsonl
use casus_core::{Event, Location};
use casus_eval::{match_events, read_events, restrict, DocTable};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// How a predicted place compares with the gold one.
fn cause(gold: Option<&Location>, pred: Option<&Location>) -> &'static str {
    let name = |l: &Location| l.name.as_deref().unwrap_or(&l.text).to_lowercase();
    match (gold, pred) {
        (None, None) => "none",
        (Some(_), None) => "missing",
        (None, Some(_)) => "extra",
        (Some(g), Some(p)) if name(g) == name(p) => "ok",
        (Some(g), Some(p)) if name(g).contains(&name(p)) => "narrow",
        (Some(g), Some(p)) if name(p).contains(&name(g)) => "wide",
        _ => "wrong",
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pred_path = args.first().ok_or("usage: location_pairs PRED [train|dev|train,dev]")?;
    let split = DocTable::read(Path::new("corpus/news/split.tsv"))?;
    let mut docs = BTreeSet::new();
    for s in args.get(1).map_or("train,dev", String::as_str).split(',').filter(|s| *s != "test") {
        docs.extend(split.select("split", s)?);
    }
    let gold = restrict(read_events(Path::new("corpus/news/gold.jsonl"))?, &docs);
    let pred = restrict(read_events(Path::new(pred_path))?, &docs);
    let mut by_doc: BTreeMap<&str, (Vec<&Event>, Vec<&Event>)> = BTreeMap::new();
    gold.iter().for_each(|e| by_doc.entry(e.doc_id.as_str()).or_default().0.push(e));
    pred.iter().for_each(|e| by_doc.entry(e.doc_id.as_str()).or_default().1.push(e));
    for (doc, (g, p)) in &by_doc {
        let pairs = match_events(g, p);
        let (paired_g, paired_p): (BTreeSet<usize>, BTreeSet<usize>) = pairs.iter().copied().unzip();
        let rows = pairs
            .iter()
            .map(|&(gi, pi)| ("paired", Some(g[gi]), Some(p[pi])))
            .chain((0..g.len()).filter(|i| !paired_g.contains(i)).map(|i| ("gold only", Some(g[i]), None)))
            .chain((0..p.len()).filter(|i| !paired_p.contains(i)).map(|i| ("pred only", None, Some(p[i]))));
        for (kind, ge, pe) in rows {
            let (gl, pl) = (ge.and_then(|e| e.location.as_ref()), pe.and_then(|e| e.location.as_ref()));
            let any = ge.or(pe).ok_or("no event")?;
            let row = serde_json::json!({
                "doc": doc, "kind": kind, "cause": cause(gl, pl),
                "gold": gl, "pred": pl,
                "gold_id": ge.map(|e| &e.event_id), "pred_id": pe.map(|e| &e.event_id),
                "action": any.action.text, "start": any.evidence.start,
                "sentence": any.evidence.sentence,
            });
            println!("{row}");
        }
    }
    Ok(())
}
