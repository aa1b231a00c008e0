//! The evaluation report: a serde structure (the JSON the CI gate reads) and its text rendering.
use crate::matching::{slot_key, SLOTS};
use crate::metrics::Prf;
use casus_core::Event;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Label of "no event" in the confusion table (an unmatched gold or predicted event).
pub const NONE: &str = "none";

/// Everything `casus eval` reports. Field names are stable; the CI gate reads `headline`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// `event_f1`, `triple_f1`, `casualty_f1` and `<slot>_f1` for every slot of [`SLOTS`]
    /// (the slot's `overall` F1).
    pub headline: BTreeMap<String, f64>,
    pub totals: Totals,
    /// Predicted event correct = paired with a gold event (overlapping evidence) of the same root.
    pub event: Prf,
    /// (actor, CAMEO root, target) multiset agreement per document, parties by `PartyKey`.
    pub triple: Prf,
    /// (kind, count) facts, kind = killed / injured; correct when paired events both state the
    /// kind with the same count (null = null for vague amounts).
    pub casualty: Prf,
    /// Per slot: `matched` counts over paired events only, `overall` over all events.
    pub slots: BTreeMap<String, SlotScore>,
    pub documents: Vec<DocumentRow>,
    pub confusion: Confusion,
    /// Event P/R/F1 per CAMEO root (from the confusion table), roots of either side, sorted.
    pub per_root: Vec<RootRow>,
    /// Headline metrics of each group of documents (e.g. per region), when asked for.
    #[serde(default)]
    pub groups: Vec<GroupRow>,
    pub worst_misses: Vec<Miss>,
}

/// Event scores of one CAMEO root: a gold event of the root is found when paired with a prediction
/// of the same root; a prediction of the root is correct likewise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RootRow {
    pub root: String,
    pub event: Prf,
}

/// The headline metrics of the documents whose `column` is `value` (scored on their own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub column: String,
    pub value: String,
    pub documents: usize,
    pub gold_events: usize,
    pub pred_events: usize,
    pub headline: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub documents: usize,
    pub gold_events: usize,
    pub pred_events: usize,
    pub matched_pairs: usize,
    /// Documents that have predictions but no gold event (their predictions are all wrong).
    pub pred_only_docs: Vec<String>,
}

/// Slot scores. correct = paired events whose slot is non-null on both sides and equal.
/// `matched`: P = correct / paired predictions with the slot non-null, R = correct / paired gold
/// events with the slot non-null. `overall`: the same correct count over all predictions / all gold
/// events with the slot non-null (unpaired events count as misses).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SlotScore {
    pub matched: Prf,
    pub overall: Prf,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRow {
    pub doc_id: String,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub event: Prf,
    pub triple: Prf,
    pub casualty: Prf,
}

/// CAMEO-root confusion: `counts[gold root][predicted root]` over paired events, with [`NONE`] as
/// the predicted root of unpaired gold events and the gold root of unpaired predictions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// Every label of either axis, sorted, [`NONE`] last.
    pub labels: Vec<String>,
    pub counts: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Confusion {
    pub fn from_counts(counts: BTreeMap<String, BTreeMap<String, usize>>) -> Confusion {
        let mut labels: Vec<String> =
            counts.iter().flat_map(|(g, row)| std::iter::once(g).chain(row.keys())).cloned().collect();
        labels.sort_by_key(|l| (l == NONE, l.clone()));
        labels.dedup();
        Confusion { labels, counts }
    }

    pub fn get(&self, gold: &str, pred: &str) -> usize {
        self.counts.get(gold).and_then(|r| r.get(pred)).copied().unwrap_or(0)
    }

    /// Event P/R/F1 of every root (the diagonal against row and column sums; [`NONE`] left out).
    pub fn per_root(&self) -> Vec<RootRow> {
        let roots = self.labels.iter().filter(|l| *l != NONE);
        roots
            .map(|r| {
                let gold = self.labels.iter().map(|p| self.get(r, p)).sum();
                let predicted = self.labels.iter().map(|g| self.get(g, r)).sum();
                RootRow { root: r.clone(), event: Prf::new(self.get(r, r), predicted, gold) }
            })
            .collect()
    }
}

/// A gold event no prediction was paired with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Miss {
    pub doc_id: String,
    pub event_id: String,
    pub cameo: String,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub killed: Option<String>,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// Predictions whose evidence overlaps this event's (0: nothing was predicted in the sentence;
    /// > 0: they were paired with other gold events).
    pub overlapping_predictions: usize,
    /// Ranking key: 100 if the event states casualties, + 10 for a violent root (18, 19, 20),
    /// + the number of non-null slots. Misses are listed by decreasing severity, then in gold order.
    pub severity: u32,
}

impl Miss {
    pub fn of(e: &Event, overlapping_predictions: usize) -> Miss {
        let has_cas = e.casualties.killed.is_some() || e.casualties.injured.is_some();
        let violent = matches!(e.action.root(), "18" | "19" | "20");
        let filled = SLOTS.iter().filter(|s| slot_key(e, s).is_some()).count() as u32;
        Miss {
            doc_id: e.doc_id.clone(),
            event_id: e.event_id.clone(),
            cameo: e.action.cameo.clone(),
            actor: slot_key(e, "actor"),
            target: slot_key(e, "target"),
            killed: slot_key(e, "killed"),
            sentence: e.evidence.sentence.clone(),
            start: e.evidence.start,
            end: e.evidence.end,
            overlapping_predictions,
            severity: 100 * u32::from(has_cas) + 10 * u32::from(violent) + filled,
        }
    }
}

fn prf_cells(p: &Prf) -> String {
    format!("{:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}", p.precision, p.recall, p.f1, p.correct, p.predicted, p.gold)
}

impl EvalReport {
    /// Pretty JSON (stable key order).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report serializes")
    }

    /// The human-readable report printed by `casus eval` and in the CI log.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let t = &self.totals;
        let _ = writeln!(
            s,
            "casus eval: {} documents, {} gold events, {} predicted, {} paired",
            t.documents, t.gold_events, t.pred_events, t.matched_pairs
        );
        if !t.pred_only_docs.is_empty() {
            let _ = writeln!(s, "warning: predictions for documents without gold: {}", t.pred_only_docs.join(", "));
        }
        let _ =
            writeln!(s, "\n{:<24} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}", "metric", "P", "R", "F1", "ok", "pred", "gold");
        let _ = writeln!(s, "{:<24} {}", "event (span+root)", prf_cells(&self.event));
        let _ = writeln!(s, "{:<24} {}", "triple (actor,root,tgt)", prf_cells(&self.triple));
        let _ = writeln!(s, "{:<24} {}", "casualty (kind,count)", prf_cells(&self.casualty));
        for slot in SLOTS {
            if let Some(score) = self.slots.get(slot) {
                let _ = writeln!(s, "{:<24} {}", format!("{slot} (overall)"), prf_cells(&score.overall));
                let _ = writeln!(s, "{:<24} {}", format!("{slot} (paired)"), prf_cells(&score.matched));
            }
        }

        let _ = writeln!(
            s,
            "\n{:<36} {:>5} {:>5} {:>5} {:>8} {:>8} {:>8}",
            "per document", "gold", "pred", "pair", "event F1", "tripleF1", "cas. F1"
        );
        for d in &self.documents {
            let _ = writeln!(
                s,
                "{:<36} {:>5} {:>5} {:>5} {:>8.3} {:>8.3} {:>8.3}",
                d.doc_id, d.gold, d.predicted, d.matched, d.event.f1, d.triple.f1, d.casualty.f1
            );
        }

        let labels = &self.confusion.labels;
        let _ = writeln!(s, "\nCAMEO root confusion (rows gold, columns predicted; {NONE} = unpaired)");
        let _ = write!(s, "{:>6}", "");
        for l in labels {
            let _ = write!(s, "{l:>5}");
        }
        let _ = writeln!(s);
        for g in labels {
            let _ = write!(s, "{g:>6}");
            for p in labels {
                match self.confusion.get(g, p) {
                    0 => s.push_str("    ."),
                    n => {
                        let _ = write!(s, "{n:>5}");
                    }
                }
            }
            let _ = writeln!(s);
        }

        self.write_roots(&mut s);
        self.write_groups(&mut s);
        let _ = writeln!(s, "\nworst misses (gold events with no paired prediction): {}", self.worst_misses.len());
        for m in &self.worst_misses {
            let _ = writeln!(
                s,
                "- {} [{}] {} -> {}{}{}\n    \"{}\"",
                m.event_id,
                m.cameo,
                m.actor.as_deref().unwrap_or("?"),
                m.target.as_deref().unwrap_or("?"),
                m.killed.as_deref().map(|k| format!(", killed {k}")).unwrap_or_default(),
                if m.overlapping_predictions > 0 { ", sentence had predictions" } else { "" },
                m.sentence.replace('\n', " ")
            );
        }
        let _ = writeln!(s, "\nheadline");
        for (k, v) in &self.headline {
            let _ = writeln!(s, "  {k:<16} {v:.3}");
        }
        s
    }

    fn write_roots(&self, s: &mut String) {
        let _ = writeln!(
            s,
            "\nper CAMEO root (event: span + root)\n{:<6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}",
            "root", "P", "R", "F1", "ok", "pred", "gold"
        );
        for r in &self.per_root {
            let _ = writeln!(s, "{:<6} {}", r.root, prf_cells(&r.event));
        }
    }

    fn write_groups(&self, s: &mut String) {
        const COLS: [&str; 8] =
            ["event_f1", "triple_f1", "casualty_f1", "actor_f1", "target_f1", "date_f1", "location_f1", "source_f1"];
        let Some(first) = self.groups.first() else { return };
        let _ = write!(s, "\nper {:<32} {:>4} {:>5} {:>5}", first.column, "docs", "gold", "pred");
        for c in COLS {
            let _ = write!(s, " {:>8}", c.trim_end_matches("_f1"));
        }
        let _ = writeln!(s);
        for g in &self.groups {
            let _ = write!(s, "    {:<32} {:>4} {:>5} {:>5}", g.value, g.documents, g.gold_events, g.pred_events);
            for c in COLS {
                let _ = write!(s, " {:>8.3}", g.headline.get(c).copied().unwrap_or(f64::NAN));
            }
            let _ = writeln!(s);
        }
    }
}
