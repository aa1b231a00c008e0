//! Incident evaluation (issue 15): how well predicted events are grouped into incidents, against the
//! hand-labelled incident ids of `corpus/incidents.tsv` (`event_id<TAB>incident_id`).
//!
//! 1. The documents scored are those with a labelled gold event; predictions of other documents are
//!    left out, and so are gold events without a label.
//! 2. The predictions are grouped by `casus-incidents` ([`casus_incidents::group_events`]) and paired
//!    with the gold events document by document as the event scorer pairs them
//!    ([`crate::matching::match_events`]).
//! 3. **B-cubed** over the labelled gold events: a gold event's predicted incident is that of its
//!    paired prediction (an unpaired gold event is alone); precision is the share of the gold events
//!    in its predicted incident that share its label, recall the share of its label's events that are
//!    in its predicted incident; both are averaged over gold events, F1 their harmonic mean.
//! 4. **Casualty accuracy**: for each gold incident and kind (killed, injured) whose best figure
//!    ([`casus_incidents::casualties_of`] over its gold events) is known, the predicted incident holding
//!    most of its paired predictions must give the same best figure.
//! 5. The same two scores with the gold events themselves grouped (`oracle`): the grouping's own
//!    accuracy, apart from extraction errors.
use crate::io::EvalError;
use crate::matching::match_events;
use casus_core::Event;
use casus_incidents::{casualties_of, group_events, Options};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;
use std::path::Path;

/// Incident id of each labelled gold event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IncidentLabels(pub BTreeMap<String, String>);

impl IncidentLabels {
    /// Reads `event_id<TAB>incident_id` lines; `#` comments, blank lines and an `event_id` header skipped.
    pub fn read(path: &Path) -> Result<IncidentLabels, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_owned(), source })?;
        IncidentLabels::parse(&text).map_err(|message| EvalError::Invalid { path: path.to_owned(), message })
    }

    pub fn parse(text: &str) -> Result<IncidentLabels, String> {
        let mut labels = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("event_id\t") {
                continue;
            }
            let (event, incident) = line.split_once('\t').ok_or(format!("line {}: no tab", i + 1))?;
            if labels.insert(event.trim().to_string(), incident.trim().to_string()).is_some() {
                return Err(format!("line {}: {event} labelled twice", i + 1));
            }
        }
        Ok(IncidentLabels(labels))
    }
}

/// B-cubed precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Correct best figures out of the gold incidents' known ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
    pub accuracy: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentScore {
    pub documents: usize,
    pub labelled_events: usize,
    pub gold_incidents: usize,
    pub predicted_incidents: usize,
    pub bcubed: BCubed,
    pub casualty: Accuracy,
    pub oracle_incidents: usize,
    pub oracle_bcubed: BCubed,
    pub oracle_casualty: Accuracy,
}

impl IncidentScore {
    /// The metrics the CI gate reads, as `casus eval` adds them to its headline.
    pub fn headline(&self) -> BTreeMap<String, f64> {
        BTreeMap::from([
            ("incident_bcubed_p".to_string(), self.bcubed.precision),
            ("incident_bcubed_r".to_string(), self.bcubed.recall),
            ("incident_bcubed_f1".to_string(), self.bcubed.f1),
            ("incident_casualty_acc".to_string(), self.casualty.accuracy),
            ("incident_oracle_bcubed_f1".to_string(), self.oracle_bcubed.f1),
            ("incident_oracle_casualty_acc".to_string(), self.oracle_casualty.accuracy),
        ])
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "incidents: {} documents, {} labelled gold events in {} incidents; predicted {} incidents (oracle: {})",
            self.documents, self.labelled_events, self.gold_incidents, self.predicted_incidents, self.oracle_incidents
        );
        let _ = writeln!(s, "{:<34} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
        for (name, b) in
            [("B-cubed (predicted events)", &self.bcubed), ("B-cubed (gold events, oracle)", &self.oracle_bcubed)]
        {
            let _ = writeln!(s, "{name:<34} {:>6.3} {:>6.3} {:>6.3}", b.precision, b.recall, b.f1);
        }
        for (name, a) in [
            ("best casualty figure (predicted)", &self.casualty),
            ("best casualty figure (oracle)", &self.oracle_casualty),
        ] {
            let _ = writeln!(s, "{name:<34} {:>6.3} ({}/{})", a.accuracy, a.correct, a.total);
        }
        s
    }
}

/// Scores the grouping of `pred` against the labels of `gold` (see the module doc).
pub fn score_incidents(
    gold: &[Event],
    pred: &[Event],
    labels: &IncidentLabels,
    opts: &Options,
) -> Result<IncidentScore, String> {
    let gold: Vec<Event> = gold.iter().filter(|e| labels.0.contains_key(&e.event_id)).cloned().collect();
    let docs: BTreeSet<&str> = gold.iter().map(|e| e.doc_id.as_str()).collect();
    let pred: Vec<Event> = pred.iter().filter(|e| docs.contains(e.doc_id.as_str())).cloned().collect();
    let label = |i: usize| labels.0[&gold[i].event_id].as_str();
    let gold_incidents = (0..gold.len()).map(label).collect::<BTreeSet<_>>().len();

    let pred_groups = group_events(&pred, opts).map_err(|e| e.to_string())?;
    let pred_of_gold = pairing(&gold, &pred);
    let mut pred_group_of = vec![usize::MAX; pred.len()];
    for (g, members) in pred_groups.iter().enumerate() {
        for &m in members {
            pred_group_of[m] = g;
        }
    }
    // A gold event's predicted incident; unpaired gold events are alone (ids past the groups).
    let assigned: Vec<usize> =
        (0..gold.len()).map(|i| pred_of_gold[i].map_or(pred_groups.len() + i, |p| pred_group_of[p])).collect();
    let casualty = casualty_accuracy(&gold, &label, &assigned, |g| {
        let members: Vec<&Event> =
            pred_groups.get(g).map(|m| m.iter().map(|&i| &pred[i]).collect()).unwrap_or_default();
        members
    });

    let oracle_groups = group_events(&gold, opts).map_err(|e| e.to_string())?;
    let mut oracle = vec![0; gold.len()];
    for (g, members) in oracle_groups.iter().enumerate() {
        for &m in members {
            oracle[m] = g;
        }
    }
    let oracle_casualty =
        casualty_accuracy(&gold, &label, &oracle, |g| oracle_groups[g].iter().map(|&i| &gold[i]).collect());
    Ok(IncidentScore {
        documents: docs.len(),
        labelled_events: gold.len(),
        gold_incidents,
        predicted_incidents: pred_groups.len(),
        bcubed: bcubed(&(0..gold.len()).map(label).collect::<Vec<_>>(), &assigned),
        casualty,
        oracle_incidents: oracle_groups.len(),
        oracle_bcubed: bcubed(&(0..gold.len()).map(label).collect::<Vec<_>>(), &oracle),
        oracle_casualty,
    })
}

/// The prediction paired with each gold event, document by document.
pub fn pairing(gold: &[Event], pred: &[Event]) -> Vec<Option<usize>> {
    let mut by_doc: BTreeMap<&str, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, e) in gold.iter().enumerate() {
        by_doc.entry(&e.doc_id).or_default().0.push(i);
    }
    for (i, e) in pred.iter().enumerate() {
        by_doc.entry(&e.doc_id).or_default().1.push(i);
    }
    let mut out = vec![None; gold.len()];
    for (g, p) in by_doc.values() {
        let (ge, pe): (Vec<&Event>, Vec<&Event>) =
            (g.iter().map(|&i| &gold[i]).collect(), p.iter().map(|&i| &pred[i]).collect());
        for (gi, pi) in match_events(&ge, &pe) {
            out[g[gi]] = Some(p[pi]);
        }
    }
    out
}

/// B-cubed of an assignment against labels, averaged over items.
pub fn bcubed<L: Eq + std::hash::Hash, A: Eq + std::hash::Hash>(labels: &[L], assigned: &[A]) -> BCubed {
    let n = labels.len();
    if n == 0 {
        return BCubed { precision: 1.0, recall: 1.0, f1: 1.0 };
    }
    let (p, r) = bcubed_items(labels, assigned).into_iter().fold((0.0, 0.0), |(p, r), (ip, ir)| (p + ip, r + ir));
    let (p, r) = (p / n as f64, r / n as f64);
    BCubed { precision: p, recall: r, f1: if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 } }
}

/// Each item's B-cubed precision and recall: the share of its assigned group that has its label,
/// and of its label's items that share its group.
pub fn bcubed_items<L: Eq + std::hash::Hash, A: Eq + std::hash::Hash>(labels: &[L], assigned: &[A]) -> Vec<(f64, f64)> {
    let mut both: HashMap<(&L, &A), usize> = HashMap::new();
    let (mut by_label, mut by_assigned): (HashMap<&L, usize>, HashMap<&A, usize>) = (HashMap::new(), HashMap::new());
    for (l, a) in labels.iter().zip(assigned) {
        *both.entry((l, a)).or_default() += 1;
        *by_label.entry(l).or_default() += 1;
        *by_assigned.entry(a).or_default() += 1;
    }
    labels
        .iter()
        .zip(assigned)
        .map(|(l, a)| {
            let common = both[&(l, a)] as f64;
            (common / by_assigned[a] as f64, common / by_label[l] as f64)
        })
        .collect()
}

/// Share of the gold incidents' known best figures that the incident assigned to most of their
/// events gives too. `members(g)`: the events of assigned incident `g`.
fn casualty_accuracy<'a>(
    gold: &[Event],
    label: &dyn Fn(usize) -> &'a str,
    assigned: &[usize],
    members: impl Fn(usize) -> Vec<&'a Event>,
) -> Accuracy
where
    Event: 'a,
{
    let mut incidents: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for i in 0..gold.len() {
        incidents.entry(label(i)).or_default().push(i);
    }
    let (mut correct, mut total) = (0, 0);
    for events in incidents.values() {
        let want = casualties_of(&events.iter().map(|&i| &gold[i]).collect::<Vec<_>>());
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in events {
            *votes.entry(assigned[i]).or_default() += 1;
        }
        let top = votes.iter().max_by_key(|(g, n)| (**n, std::cmp::Reverse(**g))).map(|(g, _)| *g);
        let got = top.map(|g| casualties_of(&members(g))).unwrap_or_default();
        for (w, g) in [(&want.killed, &got.killed), (&want.injured, &got.injured)] {
            if let Some(w) = w {
                total += 1;
                correct += usize::from(g.as_ref().is_some_and(|g| g.best == w.best));
            }
        }
    }
    let accuracy = if total == 0 { 1.0 } else { correct as f64 / total as f64 };
    Accuracy { correct, total, accuracy }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcubed_of_perfect_split_and_lumped_groupings() {
        let labels = ["a", "a", "b", "c"];
        assert_eq!(bcubed(&labels, &[1, 1, 2, 3]).f1, 1.0);
        let lumped = bcubed(&labels, &[1, 1, 1, 1]);
        assert!((lumped.precision - 0.375).abs() < 1e-9 && lumped.recall == 1.0);
        let split = bcubed(&labels, &[1, 2, 3, 4]);
        assert!(split.precision == 1.0 && (split.recall - 0.75).abs() < 1e-9);
    }

    #[test]
    fn labels_parse_with_comments_and_header() {
        let l = IncidentLabels::parse("# x\nevent_id\tincident_id\nd:0\ta\nd:1\ta\n").unwrap();
        assert_eq!(l.0.len(), 2);
        assert!(IncidentLabels::parse("d:0\ta\nd:0\tb\n").is_err());
    }
}
