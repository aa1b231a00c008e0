//! The gold's named places (seed and news corpus `location.name`) geocode to the country they lie in
//! (`tests/gold_places.tsv`, decided by hand), with the document's countries as context: the
//! countries of the parties of the document's gold events, most frequent first.
use casus_geo::geocode;
use std::collections::HashMap;
use std::path::Path;

/// Share of gold events whose place must geocode to the right country.
const FLOOR: f64 = 0.90;

/// Countries of the parties of each document's gold events, most frequent first.
fn contexts(gold: &Path) -> HashMap<String, Vec<String>> {
    let mut counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    let text = std::fs::read_to_string(gold).expect("gold file");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("gold record");
        let doc = v["doc_id"].as_str().unwrap_or_default().to_string();
        for slot in ["actor", "target", "source"] {
            if let Some(c) = v[slot]["country"].as_str() {
                *counts.entry(doc.clone()).or_default().entry(c.to_string()).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|(doc, c)| {
            let mut c: Vec<(String, usize)> = c.into_iter().collect();
            c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (doc, c.into_iter().map(|x| x.0).collect())
        })
        .collect()
}

struct Score {
    places: (usize, usize),
    events: (usize, usize),
    misses: Vec<String>,
}

fn score(seeds: bool) -> Score {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut ctx = contexts(&root.join("corpus/gold.jsonl"));
    ctx.extend(contexts(&root.join("corpus/news/gold.jsonl")));
    let table = std::fs::read_to_string(root.join("crates/geo/tests/gold_places.tsv")).expect("gold_places.tsv");
    let mut s = Score { places: (0, 0), events: (0, 0), misses: Vec::new() };
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (doc, name, want, events) = (cols[0], cols[1], cols[2], cols[3].parse::<usize>().expect("events"));
        if doc.starts_with('0') != seeds {
            continue;
        }
        let context: Vec<&str> = ctx.get(doc).map(|c| c.iter().map(String::as_str).collect()).unwrap_or_default();
        let got = geocode(name, &context);
        let right = got.as_ref().is_some_and(|p| want.split('|').any(|w| w == p.country));
        s.places = (s.places.0 + usize::from(right), s.places.1 + 1);
        s.events = (s.events.0 + if right { events } else { 0 }, s.events.1 + events);
        if !right {
            let got = got.map_or("none".to_string(), |p| format!("{} ({}, {})", p.country, p.name, p.kind.as_str()));
            s.misses.push(format!("{doc} {name:?}: want {want}, got {got} [{events} events]"));
        }
    }
    s
}

fn report(label: &str, s: &Score) -> f64 {
    let share = |(a, b): (usize, usize)| a as f64 / b.max(1) as f64;
    println!(
        "{label}: right country for {}/{} places ({:.3}), {}/{} events ({:.3})",
        s.places.0,
        s.places.1,
        share(s.places),
        s.events.0,
        s.events.1,
        share(s.events)
    );
    for m in &s.misses {
        println!("  {m}");
    }
    share(s.events)
}

#[test]
fn gold_places_geocode_to_their_country() {
    let seeds = score(true);
    let news = score(false);
    report("seeds", &seeds);
    report("news", &news);
    let all = Score {
        places: (seeds.places.0 + news.places.0, seeds.places.1 + news.places.1),
        events: (seeds.events.0 + news.events.0, seeds.events.1 + news.events.1),
        misses: Vec::new(),
    };
    let share = report("all", &all);
    assert!(share >= FLOOR, "{share:.3} of gold events geocoded to the right country, floor {FLOOR}");
}
