//! The date slot of each gold event paired with a prediction (a tuning aid for the date rules), one
//! JSON object per pair, paired as `casus eval` pairs them:
//!   cargo run -p casus-eval --example date_pairs -- GOLD PRED > pairs.jsonl
use casus_eval::{match_events, read_events};
use std::collections::BTreeMap;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (gold, pred) = (read_events(Path::new(&args[0]))?, read_events(Path::new(&args[1]))?);
    let mut by_doc: BTreeMap<&str, (Vec<_>, Vec<_>)> = BTreeMap::new();
    gold.iter().for_each(|e| by_doc.entry(e.doc_id.as_str()).or_default().0.push(e));
    pred.iter().for_each(|e| by_doc.entry(e.doc_id.as_str()).or_default().1.push(e));
    for (doc, (g, p)) in &by_doc {
        for (gi, pi) in match_events(g, p) {
            let row = serde_json::json!({
                "doc": doc,
                "gold_date": g[gi].date, "pred_date": p[pi].date,
                "gold_cameo": g[gi].action.cameo, "pred_cameo": p[pi].action.cameo,
                "action": p[pi].action.text, "start": g[gi].evidence.start,
                "sentence": g[gi].evidence.sentence,
            });
            println!("{row}");
        }
    }
    Ok(())
}
