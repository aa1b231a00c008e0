//! Why each split gold incident's smaller groups stay apart from its main group, and which pair
//! joined two gold incidents into one group (a tuning aid; news train and dev, or the seeds; never test):
//!   cargo run -p casus-eval --example incident_why -- PRED [train|dev|seeds]
use casus_eval::incidents::pairing;
use casus_eval::IncidentLabels;
use casus_incidents::features::EventInfo;
use casus_incidents::group::{consistent, incompatibility, score};
use casus_incidents::{group_events, infos_of, Options};
use std::collections::BTreeMap;
use std::path::Path;

#[path = "common/sets.rs"]
mod sets;
use sets::load;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let set = args.get(1).map_or("train", String::as_str);
    let labels = IncidentLabels::read(Path::new("corpus/incidents.tsv"))?;
    let pred_path = args.first().ok_or("usage: incident_why PRED [train|dev|seeds]")?;
    let (gold, pred) = load(pred_path, set, &labels)?;
    let paired = pairing(&gold, &pred);
    let opts = Options::default();
    let groups = group_events(&pred, &opts)?;
    let infos = infos_of(&pred)?;
    let mut group_of = vec![0; pred.len()];
    for (g, m) in groups.iter().enumerate() {
        m.iter().for_each(|&i| group_of[i] = g);
    }
    // The gold label of each paired prediction.
    let mut label_of: BTreeMap<usize, &str> = BTreeMap::new();
    let mut by_label: BTreeMap<&str, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
    for (i, p) in paired.iter().enumerate() {
        if let Some(p) = p {
            let l = labels.0[&gold[i].event_id].as_str();
            label_of.insert(*p, l);
            by_label.entry(l).or_default().entry(group_of[*p]).or_default().push(*p);
        }
    }
    println!("== splits");
    for (label, gs) in &by_label {
        if gs.len() < 2 {
            continue;
        }
        let main = *gs.iter().max_by_key(|(g, m)| (m.len(), std::cmp::Reverse(**g))).unwrap().0;
        for (g, _) in gs.iter().filter(|(g, _)| **g != main) {
            let mut why: BTreeMap<String, usize> = BTreeMap::new();
            let mut best = (i32::MIN, 0, 0);
            for &x in &groups[*g] {
                for &y in &groups[main] {
                    let (a, b) = (&infos[x], &infos[y]);
                    let cause = match incompatibility(a, b, &opts) {
                        Some(r) => r.to_string(),
                        None if !consistent(a, b, &opts) => "place".into(),
                        None => {
                            let s = score(a, b, &opts);
                            if s > best.0 {
                                best = (s, x, y);
                            }
                            if s >= opts.threshold {
                                "ok".into()
                            } else {
                                format!("score{s}")
                            }
                        }
                    };
                    *why.entry(cause).or_default() += 1;
                }
            }
            println!("{label}: g{g} ({} ev) vs main g{main} ({} ev): {why:?}", groups[*g].len(), groups[main].len());
            for &x in &groups[*g] {
                show(&infos[x], label_of.get(&x).copied());
            }
            if best.0 > i32::MIN {
                println!("   best compatible pair {} :", best.0);
                show(&infos[best.2], label_of.get(&best.2).copied());
            }
        }
    }
    println!("== merges");
    for (g, m) in groups.iter().enumerate() {
        let ls: std::collections::BTreeSet<&str> = m.iter().filter_map(|x| label_of.get(x).copied()).collect();
        if ls.len() < 2 {
            continue;
        }
        println!("g{g}: {ls:?}");
        for &x in m {
            show(&infos[x], label_of.get(&x).copied());
        }
    }
    Ok(())
}

fn show(e: &EventInfo, label: Option<&str>) {
    let place = e.place.as_ref().map(|p| format!("{}/{:?}", p.name, p.kind));
    println!(
        "   {:<12} {:<28} {:<5} {:<16} {:?}/{:?} {:?} k{:?} | {}",
        e.event_id,
        label.unwrap_or("-"),
        e.code,
        e.date.map_or("-".to_string(), |d| format!("{}{:?}", d.0.start, d.1).chars().take(16).collect()),
        e.actor,
        e.target,
        place,
        e.killed,
        e.sentence.chars().take(110).collect::<String>()
    );
}
