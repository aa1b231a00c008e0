//! Incident scores of the seeds and of the labelled news stories per split, with the grouping
//! options given on the command line (for tuning on train and dev; test only with INCIDENT_TEST=1):
//!   cargo run -p casus-eval --example incident_scores -- SEED_PRED NEWS_PRED [threshold slack_days max_km]
use casus_eval::{read_events, restrict, score_incidents, DocTable, IncidentLabels};
use casus_incidents::Options;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Options::default();
    if let Some(t) = args.get(2) {
        opts.threshold = t.parse()?;
    }
    if let Some(s) = args.get(3) {
        opts.slack_days = s.parse()?;
    }
    if let Some(k) = args.get(4) {
        opts.max_km = k.parse()?;
    }
    let labels = IncidentLabels::read(Path::new("corpus/incidents.tsv"))?;
    let seeds = score_incidents(
        &read_events(Path::new("corpus/gold.jsonl"))?,
        &read_events(Path::new(&args[0]))?,
        &labels,
        &opts,
    )?;
    println!("== seeds\n{}", seeds.to_text());
    let (gold, pred) = (read_events(Path::new("corpus/news/gold.jsonl"))?, read_events(Path::new(&args[1]))?);
    let split = DocTable::read(Path::new("corpus/news/split.tsv"))?;
    // Test is scored only when asked for (INCIDENT_TEST=1), once the options are fixed.
    let mut sets = vec![("train+dev", vec!["train", "dev"]), ("train", vec!["train"]), ("dev", vec!["dev"])];
    if std::env::var("INCIDENT_TEST").is_ok_and(|v| v == "1") {
        sets.push(("test", vec!["test"]));
    }
    for (name, splits) in sets {
        let mut docs = std::collections::BTreeSet::new();
        for s in splits {
            docs.extend(split.select("split", s)?);
        }
        let s = score_incidents(&restrict(gold.clone(), &docs), &restrict(pred.clone(), &docs), &labels, &opts)?;
        println!("== news {name}\n{}", s.to_text());
    }
    Ok(())
}
