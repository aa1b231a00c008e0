//! Casualty figures of an incident, as UCDP keeps them: a best estimate with its low and high.
//!
//! 1. Each report is a count of one kind (killed or injured) from one event. A count repeated on
//!    several events of one sentence with different victims is one joint toll ("286 dead on both
//!    sides"), counted once and for no victim group in particular.
//! 2. Reports are grouped by victim (the target's key); a group's best is its most frequent count
//!    (ties: the larger, as later reports grow), its low and high the smallest and largest.
//! 3. The incident's figures: the victim groups summed, against the tolls of no group ("the attack
//!    killed 26"): best and high the larger of the two, low the smaller.
use crate::features::party_key;
use crate::record::Toll;
use casus_core::{Casualty, Event, Qualifier};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Report {
    count: u64,
    event_id: String,
}

/// A figure with the event that gave it.
type Figure = (u64, String);

#[derive(Debug, Default)]
struct Sum {
    best: Option<Figure>,
    low: Option<Figure>,
    high: Option<Figure>,
}

/// The toll of one kind over an incident's events; `None` when no event gives a figure.
pub fn toll(events: &[&Event], kind: fn(&Event) -> &Option<Casualty>) -> Option<Toll> {
    let mut by_victim: BTreeMap<Option<String>, Vec<Report>> = BTreeMap::new();
    let mut seen: BTreeMap<(String, u64), Option<String>> = BTreeMap::new();
    let mut joint_keys = std::collections::BTreeSet::new();
    for e in events {
        let Some(c) = kind(e).as_ref().filter(|c| c.qualifier != Qualifier::Several) else { continue };
        let Some(count) = c.count else { continue };
        let victim = party_key(&e.target);
        let key = (e.evidence.sentence.clone(), count);
        if joint_keys.contains(&key) {
            continue;
        }
        match seen.get(&key) {
            Some(first) if *first == victim => {}
            Some(_) => {
                // The same figure for other victims in one sentence: a joint toll.
                for reports in by_victim.values_mut() {
                    reports.retain(|r| !(r.count == count && events_sentence(events, &r.event_id) == Some(&key.0)));
                }
                by_victim.entry(None).or_default().push(Report { count, event_id: e.event_id.clone() });
                joint_keys.insert(key);
                continue;
            }
            None => {
                seen.insert(key, victim.clone());
            }
        }
        by_victim.entry(victim).or_default().push(Report { count, event_id: e.event_id.clone() });
    }
    by_victim.retain(|_, r| !r.is_empty());
    let joint = by_victim.remove(&None).map(|r| group(&r));
    let mut sum = Sum::default();
    for reports in by_victim.values() {
        let g = group(reports);
        sum.best = add(sum.best, g.best);
        sum.low = add(sum.low, g.low);
        sum.high = add(sum.high, g.high);
    }
    let pick = |a: Option<Figure>, b: Option<Figure>, larger: bool| match (a, b) {
        (Some(a), Some(b)) => Some(if (a.0 >= b.0) == larger { a } else { b }),
        (a, b) => a.or(b),
    };
    let (jb, jl, jh) = joint.map_or((None, None, None), |j| (j.best, j.low, j.high));
    let (best, low, high) = (pick(sum.best, jb, true)?, pick(sum.low, jl, false)?, pick(sum.high, jh, true)?);
    Some(Toll { best: best.0, low: low.0, high: high.0, best_from: best.1, low_from: low.1, high_from: high.1 })
}

fn events_sentence<'a>(events: &'a [&Event], id: &str) -> Option<&'a String> {
    events.iter().find(|e| e.event_id == id).map(|e| &e.evidence.sentence)
}

/// A victim group's figures: best the most frequent count (ties: the larger), low and high.
fn group(reports: &[Report]) -> Sum {
    let mut freq: BTreeMap<u64, usize> = BTreeMap::new();
    for r in reports {
        *freq.entry(r.count).or_default() += 1;
    }
    let best = freq.iter().max_by_key(|(c, n)| (**n, **c)).map(|(c, _)| *c);
    let of = |count: Option<u64>| {
        count.and_then(|c| reports.iter().find(|r| r.count == c)).map(|r| (r.count, r.event_id.clone()))
    };
    Sum { best: of(best), low: of(freq.keys().next().copied()), high: of(freq.keys().next_back().copied()) }
}

/// Adds a group's figure to a running sum; the sum names the event of its largest part.
fn add(sum: Option<Figure>, part: Option<Figure>) -> Option<Figure> {
    match (sum, part) {
        (Some(s), Some(p)) => {
            let from = if p.0 > s.0 { p.1.clone() } else { s.1.clone() };
            Some((s.0.saturating_add(p.0), from))
        }
        (s, p) => s.or(p),
    }
}
