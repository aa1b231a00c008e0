//! Casualty figures of an incident, as UCDP keeps them: a best estimate with its low and high.
//!
//! 1. Each report is a count of one kind (killed or injured) from one sentence. A count repeated on
//!    several events of one sentence with different victims is one joint toll ("286 dead on both
//!    sides"), counted once and for no victim group in particular; with the same victims (one
//!    record each way of "clashes between A and B killed 30 A fighters") it is one report, not
//!    several: a sentence's records do not outvote the other reports of the incident.
//! 2. Reports are grouped by victim (the target's key); a group's best is its most frequent count
//!    (ties: the larger, as later reports grow), its low and high the smallest and largest.
//! 3. The incident's figures: the victim groups summed, against the tolls of no group ("the attack
//!    killed 26"): best and high the larger of the two, low the smaller.
use crate::features::{party_key, sentence_words, word_overlap};
use crate::group::SAME_REPORT_OVERLAP;
use crate::record::Toll;
use casus_core::{Casualty, Event, Qualifier};
use std::collections::{BTreeMap, BTreeSet};

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
    let mut joint_keys = BTreeSet::new();
    let mut copies: Vec<Copy> = Vec::new();
    for e in events {
        let Some(c) = kind(e).as_ref().filter(|c| c.qualifier != Qualifier::Several) else { continue };
        let Some(count) = c.count else { continue };
        let words = sentence_words(&e.evidence.sentence);
        let victim = copied_victim(&copies, e, &words, count).unwrap_or_else(|| party_key(&e.target));
        copies.push(Copy { doc: e.doc_id.clone(), words, count, victim: victim.clone() });
        let key = (e.evidence.sentence.clone(), count);
        if joint_keys.contains(&key) {
            continue;
        }
        match seen.get(&key) {
            Some(first) if *first == victim => continue,
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

/// A report as another story may copy it.
struct Copy {
    doc: String,
    words: BTreeSet<String>,
    count: u64,
    victim: Option<String>,
}

/// The victims of the report `e` copies from another story: wire copy reworded slightly ("one
/// security worker" here, "one security personnel" there) names the same victims, whatever
/// victims the extraction read into each copy, so the copies do not add up as two victim groups.
fn copied_victim(copies: &[Copy], e: &Event, words: &BTreeSet<String>, count: u64) -> Option<Option<String>> {
    copies
        .iter()
        .find(|c| c.doc != e.doc_id && c.count == count && word_overlap(&c.words, words) >= SAME_REPORT_OVERLAP)
        .map(|c| c.victim.clone())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An event of sentence `sentence` with `killed` victims of `target` (a country key or none).
    fn ev(id: &str, sentence: &str, target: Option<&str>, killed: Option<(u64, &str)>) -> Event {
        let party = target.map(|c| serde_json::json!({"text": c, "name": null, "country": c, "role": "MIL"}));
        let casualty = killed.map(|(n, q)| serde_json::json!({"count": n, "qualifier": q, "text": "t"}));
        serde_json::from_value(serde_json::json!({
            "doc_id": id.split(':').next().unwrap(), "event_id": id, "action": {"text": "killed", "cameo": "190"}, "actor": null,
            "target": party, "date": null, "location": null,
            "casualties": {"killed": casualty, "injured": null}, "source": null,
            "evidence": {"start": 0, "end": sentence.len(), "sentence": sentence}
        }))
        .unwrap()
    }

    fn best(events: &[Event]) -> Option<u64> {
        let refs: Vec<&Event> = events.iter().collect();
        toll(&refs, |e| &e.casualties.killed).map(|t| t.best)
    }

    #[test]
    fn toll_of_one_group_is_its_most_frequent_count() {
        let e = [
            ev("d:0", "a", Some("ARM"), Some((2, "exact"))),
            ev("d:1", "b", Some("ARM"), Some((4, "exact"))),
            ev("d:2", "c", Some("ARM"), Some((4, "at_least"))),
        ];
        assert_eq!(best(&e), Some(4));
        // ties: the larger, as later reports grow
        assert_eq!(best(&e[..2]), Some(4));
    }

    #[test]
    fn toll_sums_victim_groups_and_keeps_joint_tolls_apart() {
        let groups = [ev("d:0", "a", Some("ARM"), Some((4, "exact"))), ev("d:1", "b", Some("AZE"), Some((1, "exact")))];
        assert_eq!(best(&groups), Some(5));
        // "286 dead on both sides": one figure on both sides' records of a sentence
        let joint =
            [ev("d:0", "a", Some("ARM"), Some((286, "exact"))), ev("d:1", "a", Some("AZE"), Some((286, "exact")))];
        assert_eq!(best(&joint), Some(286));
    }

    #[test]
    fn wire_copy_in_another_story_adds_no_victim_group() {
        let copy = |doc: &str, victim: &str, role_word: &str| {
            let sentence =
                format!("a suicide bomber detonated her explosives, killing at least one security {role_word}");
            ev(&format!("{doc}:0"), &sentence, Some(victim), Some((1, "at_least")))
        };
        // The extraction read other victims into the two copies: still one victim.
        assert_eq!(best(&[copy("a", "PAK", "worker"), copy("b", "AFG", "personnel")]), Some(1));
        // In one story, two sentences' victims are two groups.
        let other = ev("a:1", "one soldier died in the clash", Some("AFG"), Some((1, "exact")));
        assert_eq!(best(&[copy("a", "PAK", "worker"), other]), Some(2));
    }

    #[test]
    fn toll_counts_one_report_per_sentence() {
        // the two records of one sentence naming 30 do not outvote two stories' 33
        let e = [
            ev("d:0", "killed 30 A fighters", Some("AFG"), Some((30, "exact"))),
            ev("d:1", "killed 30 A fighters", Some("AFG"), Some((30, "exact"))),
            ev("d:2", "killed 30 A fighters", Some("AFG"), Some((30, "exact"))),
            ev("e:0", "33 fighters were killed", Some("AFG"), Some((33, "exact"))),
            ev("f:0", "33 fighters died", Some("AFG"), Some((33, "exact"))),
        ];
        assert_eq!(best(&e), Some(33));
        let low = toll(&e.iter().collect::<Vec<_>>(), |e| &e.casualties.killed).unwrap().low;
        assert_eq!(low, 30);
    }
}
