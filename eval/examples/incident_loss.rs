//! Where the grouping loses B-cubed (a tuning aid): for each gold incident, the recall its events
//! lose and the precision they lose against the paired events grouped perfectly (unpaired gold
//! events alone in both), summed over its events and divided by the set's labelled events, so the
//! rows add up to the gap between the perfect and the actual P and R (news train and dev, or the
//! seeds; never test):
//!   cargo run -p casus-eval --example incident_loss -- PRED [train|dev|seeds] [-v] [-s] [-c]
//! `-v` lists the predicted groups that hold several gold incidents, `-s` the groups each split gold
//! incident's events fall in, `-c` each gold incident's best casualty figures against its group's.
use casus_core::Event;
use casus_eval::incidents::{bcubed_items, pairing};
use casus_eval::IncidentLabels;
use casus_incidents::{group_events, Options};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[path = "common/sets.rs"]
mod sets;
use sets::load;

const USAGE: &str = "usage: incident_loss PRED [train|dev|seeds] [-v] [-s] [-c]";
/// The flags: merged groups, split incidents, casualty figures.
const FLAGS: [&str; 3] = ["-v", "-s", "-c"];

/// The command line: the predictions, the set (train unless given) and what to list.
struct Args {
    pred: String,
    set: String,
    verbose: bool,
    split: bool,
    casualty: bool,
}

/// Reads the arguments in any order ("PRED -v" is PRED on train, listing groups); `None` when they are wrong.
fn parse_args(args: &[String]) -> Option<Args> {
    let flag = |f: &str| args.iter().any(|a| a == f);
    let (verbose, split, casualty) = (flag("-v"), flag("-s"), flag("-c"));
    let positional: Vec<&String> = args.iter().filter(|a| !FLAGS.contains(&a.as_str())).collect();
    if positional.iter().any(|a| a.starts_with('-')) {
        return None;
    }
    match positional.as_slice() {
        [pred] => Some(Args { pred: pred.to_string(), set: "train".into(), verbose, split, casualty }),
        [pred, set] => Some(Args { pred: pred.to_string(), set: set.to_string(), verbose, split, casualty }),
        _ => None,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(Args { pred, set, verbose, split, casualty }) = parse_args(&args) else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let set = set.as_str();
    let labels = IncidentLabels::read(Path::new("corpus/incidents.tsv"))?;
    let (gold, pred) = load(&pred, set, &labels)?;
    let paired = pairing(&gold, &pred);
    let groups = group_events(&pred, &Options::default())?;
    let mut group_of = vec![0; pred.len()];
    for (g, m) in groups.iter().enumerate() {
        m.iter().for_each(|&i| group_of[i] = g);
    }
    let label: Vec<&str> = gold.iter().map(|e| labels.0[&e.event_id].as_str()).collect();
    let n = gold.len();
    let assigned: Vec<String> =
        (0..n).map(|i| paired[i].map_or(format!("alone {i}"), |p| format!("g{}", group_of[p]))).collect();
    let perfect: Vec<String> =
        (0..n).map(|i| if paired[i].is_some() { label[i].to_string() } else { format!("alone {i}") }).collect();
    let mut rows: BTreeMap<&str, (usize, f64, f64, BTreeSet<String>)> = BTreeMap::new();
    let (actual, best) = (bcubed_items(&label, &assigned), bcubed_items(&label, &perfect));
    for i in 0..n {
        let ((p, r), (pp, pr)) = (actual[i], best[i]);
        let row = rows.entry(label[i]).or_insert((0, 0.0, 0.0, BTreeSet::new()));
        row.0 += 1;
        row.1 += (pr - r) / n as f64;
        row.2 += (pp - p) / n as f64;
        row.3.insert(assigned[i].clone());
    }
    let mut rows: Vec<_> = rows.into_iter().collect();
    rows.sort_by(|a, b| (b.1 .1 + b.1 .2).total_cmp(&(a.1 .1 + a.1 .2)));
    println!("{:<40} {:>4} {:>7} {:>7}  groups", "gold incident", "n", "R lost", "P lost");
    for (l, (k, r, p, g)) in rows.iter().filter(|r| r.1 .1 + r.1 .2 > 1e-9) {
        let g: Vec<&str> = g.iter().filter(|s| s.starts_with('g')).map(String::as_str).collect();
        println!("{l:<40} {k:>4} {r:>7.4} {p:>7.4}  {}", g.join(" "));
    }
    if verbose {
        print_groups(&gold, &pred, &paired, &groups, &label);
    }
    if split {
        // The gold incidents that lose recall, each with the groups its paired events fall in.
        for (l, (_, _, _, g)) in rows.iter().filter(|r| r.1 .1 > 1e-9) {
            println!("split {l}:");
            for g in g.iter().filter_map(|g| g.strip_prefix('g')?.parse::<usize>().ok()) {
                print_group(&gold, &pred, &paired, &groups, &label, g);
            }
        }
    }
    if casualty {
        print_casualties(&gold, &pred, &paired, &groups, &label);
    }
    Ok(())
}

/// Each gold incident's known best figures against those of the predicted group holding most of its
/// paired events, as `casus eval` scores them (`BAD` where one differs).
fn print_casualties(gold: &[Event], pred: &[Event], paired: &[Option<usize>], groups: &[Vec<usize>], label: &[&str]) {
    let mut group_of = vec![0; pred.len()];
    for (g, m) in groups.iter().enumerate() {
        m.iter().for_each(|&i| group_of[i] = g);
    }
    let mut incidents: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, l) in label.iter().enumerate() {
        incidents.entry(l).or_default().push(i);
    }
    for (l, events) in incidents {
        let want = casus_incidents::casualties_of(&events.iter().map(|&i| &gold[i]).collect::<Vec<_>>());
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &events {
            if let Some(p) = paired[i] {
                *votes.entry(group_of[p]).or_default() += 1;
            }
        }
        let top = votes.iter().max_by_key(|(g, n)| (**n, std::cmp::Reverse(**g))).map(|(g, _)| *g);
        let got = top.map(|g| casus_incidents::casualties_of(&groups[g].iter().map(|&i| &pred[i]).collect::<Vec<_>>()));
        let best = |t: &Option<casus_incidents::Toll>| t.as_ref().map(|t| t.best);
        let (wk, wi) = (best(&want.killed), best(&want.injured));
        let (gk, gi) = got.as_ref().map_or((None, None), |g| (best(&g.killed), best(&g.injured)));
        if wk.is_some() || wi.is_some() {
            let ok = (wk.is_none() || wk == gk) && (wi.is_none() || wi == gi);
            println!(
                "{} {l:<36} killed {wk:?} got {gk:?}  injured {wi:?} got {gi:?}  group {top:?}",
                if ok { "ok " } else { "BAD" }
            );
        }
    }
}

/// Each predicted group holding paired events of more than one gold incident, with its members.
fn print_groups(gold: &[Event], pred: &[Event], paired: &[Option<usize>], groups: &[Vec<usize>], label: &[&str]) {
    let gold_of: BTreeMap<usize, usize> = paired.iter().enumerate().filter_map(|(g, p)| p.map(|p| (p, g))).collect();
    for (g, members) in groups.iter().enumerate() {
        let labels: BTreeSet<&str> = members.iter().filter_map(|m| gold_of.get(m).map(|&i| label[i])).collect();
        if labels.len() < 2 {
            continue;
        }
        print_group(gold, pred, paired, groups, label, g);
    }
}

/// The members of predicted group `g`: each one's gold incident and event (`-` when unpaired).
fn print_group(
    gold: &[Event],
    pred: &[Event],
    paired: &[Option<usize>],
    groups: &[Vec<usize>],
    label: &[&str],
    g: usize,
) {
    let gold_of: BTreeMap<usize, usize> = paired.iter().enumerate().filter_map(|(g, p)| p.map(|p| (p, g))).collect();
    println!("group g{g}:");
    for &m in &groups[g] {
        let e = &pred[m];
        let l = gold_of.get(&m).map_or("-", |&i| label[i]);
        let gid = gold_of.get(&m).map_or("-", |&i| gold[i].event_id.as_str());
        println!(
            "   {l:<28} {gid:<12} {} {} {:?} | {}",
            e.event_id,
            e.action.cameo,
            e.date.as_ref().map(|d| d.value.clone()),
            e.evidence.sentence.chars().take(110).collect::<String>()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::parse_args;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_flag_is_no_set_name_and_missing_predictions_are_an_error() {
        let p = parse_args(&args(&["pred.jsonl", "-v"])).unwrap();
        assert_eq!((p.pred.as_str(), p.set.as_str(), p.verbose), ("pred.jsonl", "train", true));
        let p = parse_args(&args(&["pred.jsonl", "dev"])).unwrap();
        assert_eq!((p.set.as_str(), p.verbose), ("dev", false));
        assert!(parse_args(&[]).is_none() && parse_args(&args(&["-v"])).is_none());
        assert!(parse_args(&args(&["pred.jsonl", "dev", "extra"])).is_none());
        assert!(parse_args(&args(&["pred.jsonl", "-x"])).is_none());
        let p = parse_args(&args(&["-s", "pred.jsonl", "dev", "-c"])).unwrap();
        assert_eq!((p.set.as_str(), p.verbose, p.split, p.casualty), ("dev", false, true, true));
    }
}
