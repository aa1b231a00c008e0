//! Why casus's records of one gold incident end up in different predicted incidents (a tuning aid):
//! for each pair of labelled gold events of one incident whose paired predictions are grouped apart,
//! the rule that keeps the predictions apart, with counts by cause (news train and dev, or the seeds;
//! never test):
//!   cargo run -p casus-eval --example incident_split -- NEWS_PRED [train,dev|seeds] [-v]
use casus_core::Event;
use casus_eval::incidents::{bcubed, pairing};
use casus_eval::IncidentLabels;
use casus_incidents::group::{consistent, incompatibility, score};
use casus_incidents::{casualties_of, group_events, infos_of, Options};
use std::collections::BTreeMap;
use std::path::Path;

#[path = "common/sets.rs"]
mod sets;
use sets::load;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let set = args.get(1).map_or("train,dev", String::as_str);
    let verbose = args.iter().any(|a| a == "-v");
    let labels = IncidentLabels::read(Path::new("corpus/incidents.tsv"))?;
    let (gold, pred) = load(&args[0], set, &labels)?;
    let paired = pairing(&gold, &pred);
    let groups = group_events(&pred, &Options::default())?;
    let merged = split_pairs(&gold, &pred, &labels, &paired, &groups, verbose)?;
    // The best grouping can do: paired gold events grouped by their labels, unpaired ones alone.
    let labels_of: Vec<&str> = gold.iter().map(|e| labels.0[&e.event_id].as_str()).collect();
    let perfect: Vec<String> = (0..gold.len())
        .map(|i| if paired[i].is_some() { labels_of[i].to_string() } else { format!("alone {i}") })
        .collect();
    let b = bcubed(&labels_of, &perfect);
    println!(
        "{} of {} labelled gold events paired; paired events grouped perfectly: P {:.3} R {:.3} F1 {:.3}",
        paired.iter().flatten().count(),
        gold.len(),
        b.precision,
        b.recall,
        b.f1
    );
    if verbose {
        casualties(&gold, &pred, &labels, &paired, &groups);
    }
    println!("gold pairs of two incidents grouped together:");
    for (c, n) in merged {
        println!("{n:>5}  {c}");
    }
    Ok(())
}

/// Prints the co-incident gold pairs whose paired predictions are grouped apart, counted by the
/// rule that keeps them apart; returns the gold pairs of two incidents grouped together.
fn split_pairs(
    gold: &[Event],
    pred: &[Event],
    labels: &IncidentLabels,
    paired: &[Option<usize>],
    groups: &[Vec<usize>],
    verbose: bool,
) -> Result<BTreeMap<String, usize>, Box<dyn std::error::Error>> {
    let mut group_of = vec![0; pred.len()];
    for (g, m) in groups.iter().enumerate() {
        m.iter().for_each(|&i| group_of[i] = g);
    }
    let infos = infos_of(pred)?;
    let opts = Options::default();
    let mut merged: BTreeMap<String, usize> = BTreeMap::new();
    let (mut causes, mut unpaired, mut together): (BTreeMap<String, usize>, usize, usize) = (BTreeMap::new(), 0, 0);
    for i in 0..gold.len() {
        for j in i + 1..gold.len() {
            let (li, lj) = (&labels.0[&gold[i].event_id], &labels.0[&gold[j].event_id]);
            let (Some(p), Some(q)) = (paired[i], paired[j]) else {
                unpaired += usize::from(li == lj);
                continue;
            };
            if li != lj || group_of[p] == group_of[q] {
                if li != lj && group_of[p] == group_of[q] {
                    *merged.entry(format!("{li} + {lj}")).or_default() += 1;
                }
                together += usize::from(li == lj);
                continue;
            }
            let (a, b) = (&infos[p], &infos[q]);
            let cause = match incompatibility(a, b, &opts) {
                Some(rule) => rule.to_string(),
                None if !consistent(a, b, &opts) => "place/countries".to_string(),
                None if score(a, b, &opts) < opts.threshold => format!("score {}", score(a, b, &opts)),
                None => "group".to_string(),
            };
            let kind = match (a.violent, b.violent) {
                (true, true) => "violent",
                (false, false) => "statements",
                _ => "mixed",
            };
            let docs = if a.doc == b.doc { "same doc" } else { "two docs" };
            *causes.entry(format!("{cause:<16} {kind:<10} {docs}")).or_default() += 1;
            if verbose {
                println!("[{cause}] {li} ({docs})");
                [a, b].iter().for_each(|e| print_info(e));
            }
        }
    }
    println!("co-incident gold pairs: {together} together, {unpaired} with an unpaired event; apart by cause:");
    for (c, n) in causes {
        println!("{n:>5}  {c}");
    }
    Ok(merged)
}

fn print_info(e: &casus_incidents::features::EventInfo) {
    let place = e.place.as_ref().map(|p| format!("{}/{:?}/{}", p.name, p.kind, p.country));
    println!(
        "   {} {} {:?} {:?}/{:?} place {:?} killed {:?}\n      {}",
        e.event_id,
        e.code,
        e.date.map(|d| (d.0.start, d.1)),
        e.actor,
        e.target,
        place,
        e.killed,
        e.sentence.chars().take(160).collect::<String>()
    );
}

/// Each gold incident's best figures against those of the predicted incident holding most of its
/// paired events, with that incident's reports.
fn casualties(
    gold: &[Event],
    pred: &[Event],
    labels: &IncidentLabels,
    paired: &[Option<usize>],
    groups: &[Vec<usize>],
) {
    let mut incidents: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, e) in gold.iter().enumerate() {
        incidents.entry(labels.0[&e.event_id].as_str()).or_default().push(i);
    }
    for (label, members) in incidents {
        let want = casualties_of(&members.iter().map(|&i| &gold[i]).collect::<Vec<_>>());
        if want.killed.is_none() && want.injured.is_none() {
            continue;
        }
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &members {
            if let Some(p) = paired[i] {
                let g = groups.iter().position(|m| m.contains(&p)).unwrap_or(usize::MAX);
                *votes.entry(g).or_default() += 1;
            }
        }
        let top = votes.iter().max_by_key(|(g, n)| (**n, std::cmp::Reverse(**g))).map(|(g, _)| *g);
        let members: Vec<&Event> =
            top.and_then(|g| groups.get(g)).map(|m| m.iter().map(|&i| &pred[i]).collect()).unwrap_or_default();
        let got = casualties_of(&members);
        let best = |t: &Option<casus_incidents::Toll>| t.as_ref().map(|t| t.best);
        println!(
            "casualty {label}: gold killed {:?} injured {:?}; predicted killed {:?} injured {:?} ({} events)",
            best(&want.killed),
            best(&want.injured),
            best(&got.killed),
            best(&got.injured),
            members.len()
        );
        for e in members.iter().filter(|e| e.casualties.killed.is_some() || e.casualties.injured.is_some()) {
            let c = |x: &Option<casus_core::Casualty>| x.as_ref().map(|c| (c.count, c.text.clone()));
            println!(
                "    {} k {:?} i {:?} | {}",
                e.event_id,
                c(&e.casualties.killed),
                c(&e.casualties.injured),
                e.evidence.sentence.chars().take(120).collect::<String>()
            );
        }
    }
}
