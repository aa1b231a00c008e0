//! Computing an [`EvalReport`] from gold and predicted events.
use crate::matching::{match_events, slot_key, PartyKey, SLOTS};
use crate::metrics::{multiset_overlap, Counts};
use crate::report::{Confusion, DocumentRow, EvalReport, GroupRow, Miss, SlotScore, Totals, NONE};
use casus_core::{Casualty, Event};
use std::collections::{BTreeMap, BTreeSet};

/// Knobs of [`evaluate`].
#[derive(Debug, Clone)]
pub struct EvalOptions {
    /// How many unmatched gold events to list under "worst misses".
    pub worst_n: usize,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions { worst_n: 20 }
    }
}

type Triple = (Option<PartyKey>, String, Option<PartyKey>);

fn triple(e: &Event) -> Triple {
    (e.actor.as_ref().map(PartyKey::of), e.action.root().to_string(), e.target.as_ref().map(PartyKey::of))
}

fn casualty_facts(e: &Event) -> [Option<&Casualty>; 2] {
    [e.casualties.killed.as_ref(), e.casualties.injured.as_ref()]
}

/// Gold and predicted events of each document.
type ByDoc<'a> = BTreeMap<&'a str, (Vec<&'a Event>, Vec<&'a Event>)>;

/// The events by document, and the documents in report order: gold order, then predicted-only ones
/// (returned on their own too).
fn group_by_doc<'a>(gold: &'a [Event], pred: &'a [Event]) -> (Vec<&'a str>, ByDoc<'a>, Vec<String>) {
    let mut doc_ids: Vec<&str> = Vec::new();
    let mut by_doc: ByDoc = BTreeMap::new();
    for e in gold {
        if !by_doc.contains_key(e.doc_id.as_str()) {
            doc_ids.push(&e.doc_id);
        }
        by_doc.entry(&e.doc_id).or_default().0.push(e);
    }
    let mut pred_only_docs = Vec::new();
    for e in pred {
        if !by_doc.contains_key(e.doc_id.as_str()) {
            doc_ids.push(&e.doc_id);
            pred_only_docs.push(e.doc_id.clone());
        }
        by_doc.entry(&e.doc_id).or_default().1.push(e);
    }
    (doc_ids, by_doc, pred_only_docs)
}

/// Running counts over the documents scored so far.
struct Tally {
    event: Counts,
    triple: Counts,
    casualty: Counts,
    slot_matched: BTreeMap<&'static str, Counts>,
    slot_overall: BTreeMap<&'static str, Counts>,
    confusion: BTreeMap<String, BTreeMap<String, usize>>,
    misses: Vec<Miss>,
    documents: Vec<DocumentRow>,
    matched_pairs: usize,
}

impl Tally {
    fn new() -> Self {
        let slot_matched: BTreeMap<&'static str, Counts> = SLOTS.iter().map(|s| (*s, Counts::default())).collect();
        Tally {
            event: Counts::default(),
            triple: Counts::default(),
            casualty: Counts::default(),
            slot_overall: slot_matched.clone(),
            slot_matched,
            confusion: BTreeMap::new(),
            misses: Vec::new(),
            documents: Vec::new(),
            matched_pairs: 0,
        }
    }

    fn bump(&mut self, g: &str, p: &str) {
        *self.confusion.entry(g.into()).or_default().entry(p.into()).or_default() += 1;
    }

    /// Adds one document: its matched pairs, slots, triples, casualties, misses and row.
    fn add_document(&mut self, doc_id: &str, g: &[&Event], p: &[&Event]) {
        let pairs = match_events(g, p);
        self.matched_pairs += pairs.len();
        let mut ev = Counts { correct: 0, predicted: p.len(), gold: g.len() };
        let mut ca = Counts { correct: 0, predicted: count_facts(p), gold: count_facts(g) };
        for &(gi, pi) in &pairs {
            let (ge, pe) = (g[gi], p[pi]);
            ev.correct += usize::from(ge.action.root() == pe.action.root());
            self.bump(ge.action.root(), pe.action.root());
            for (gc, pc) in casualty_facts(ge).into_iter().zip(casualty_facts(pe)) {
                if let (Some(gc), Some(pc)) = (gc, pc) {
                    ca.correct += usize::from(gc.count == pc.count);
                }
            }
            self.add_matched_slots(ge, pe);
        }
        for slot in SLOTS {
            let c = self.slot_overall.get_mut(slot).unwrap();
            c.predicted += p.iter().filter(|e| slot_key(e, slot).is_some()).count();
            c.gold += g.iter().filter(|e| slot_key(e, slot).is_some()).count();
        }
        let (gt, pt): (Vec<Triple>, Vec<Triple>) =
            (g.iter().map(|e| triple(e)).collect(), p.iter().map(|e| triple(e)).collect());
        let tr = Counts { correct: multiset_overlap(&gt, &pt), predicted: pt.len(), gold: gt.len() };
        self.add_unmatched(g, p, &pairs);
        self.documents.push(DocumentRow {
            doc_id: doc_id.to_string(),
            gold: g.len(),
            predicted: p.len(),
            matched: pairs.len(),
            event: ev.prf(),
            triple: tr.prf(),
            casualty: ca.prf(),
        });
        self.event.add(ev);
        self.triple.add(tr);
        self.casualty.add(ca);
    }

    fn add_matched_slots(&mut self, ge: &Event, pe: &Event) {
        for slot in SLOTS {
            let (gk, pk) = (slot_key(ge, slot), slot_key(pe, slot));
            let c = self.slot_matched.get_mut(slot).unwrap();
            c.predicted += usize::from(pk.is_some());
            c.gold += usize::from(gk.is_some());
            let correct = usize::from(gk.is_some() && gk == pk);
            c.correct += correct;
            self.slot_overall.get_mut(slot).unwrap().correct += correct;
        }
    }

    /// Unmatched gold events become misses (confusion row NONE); unmatched predictions, column NONE.
    fn add_unmatched(&mut self, g: &[&Event], p: &[&Event], pairs: &[(usize, usize)]) {
        for (i, ge) in g.iter().enumerate() {
            if pairs.iter().any(|&(gi, _)| gi == i) {
                continue;
            }
            self.bump(ge.action.root(), NONE);
            let overlapping = p.iter().filter(|pe| crate::matching::overlap(ge, pe) > 0).count();
            self.misses.push(Miss::of(ge, overlapping));
        }
        for (j, pe) in p.iter().enumerate() {
            if !pairs.iter().any(|&(_, pj)| pj == j) {
                self.bump(NONE, pe.action.root());
            }
        }
    }
}

/// Scores `pred` against `gold`. Documents are those of either file, in gold order then
/// predicted-only ones (whose predictions all count as false positives and are listed in
/// `totals.pred_only_docs`).
pub fn evaluate(gold: &[Event], pred: &[Event], opts: &EvalOptions) -> EvalReport {
    let (doc_ids, by_doc, pred_only_docs) = group_by_doc(gold, pred);
    let mut t = Tally::new();
    for doc_id in &doc_ids {
        let (g, p) = &by_doc[doc_id];
        t.add_document(doc_id, g, p);
    }
    t.misses.sort_by_key(|m| std::cmp::Reverse(m.severity));
    t.misses.truncate(opts.worst_n);
    let slots: BTreeMap<String, SlotScore> = SLOTS
        .iter()
        .map(|s| (s.to_string(), SlotScore { matched: t.slot_matched[s].prf(), overall: t.slot_overall[s].prf() }))
        .collect();
    let mut headline = BTreeMap::new();
    headline.insert("event_f1".to_string(), t.event.prf().f1);
    headline.insert("triple_f1".to_string(), t.triple.prf().f1);
    headline.insert("casualty_f1".to_string(), t.casualty.prf().f1);
    for (s, score) in &slots {
        headline.insert(format!("{s}_f1"), score.overall.f1);
    }
    EvalReport {
        headline,
        totals: Totals {
            documents: doc_ids.len(),
            gold_events: gold.len(),
            pred_events: pred.len(),
            matched_pairs: t.matched_pairs,
            pred_only_docs,
        },
        event: t.event.prf(),
        triple: t.triple.prf(),
        casualty: t.casualty.prf(),
        slots,
        documents: t.documents,
        per_root: Confusion::from_counts(t.confusion.clone()).per_root(),
        confusion: Confusion::from_counts(t.confusion),
        groups: Vec::new(),
        worst_misses: t.misses,
    }
}

/// The headline metrics of each group of documents, each scored on its own (`column` names the
/// grouping, e.g. "region"). Groups without gold or predicted events are left out.
pub fn breakdown(
    gold: &[Event],
    pred: &[Event],
    column: &str,
    groups: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<GroupRow> {
    let opts = EvalOptions { worst_n: 0 };
    groups
        .iter()
        .filter_map(|(value, docs)| {
            let pick = |events: &[Event]| -> Vec<Event> {
                events.iter().filter(|e| docs.contains(&e.doc_id)).cloned().collect()
            };
            let (g, p) = (pick(gold), pick(pred));
            if g.is_empty() && p.is_empty() {
                return None;
            }
            let r = evaluate(&g, &p, &opts);
            Some(GroupRow {
                column: column.to_string(),
                value: value.clone(),
                documents: r.totals.documents,
                gold_events: g.len(),
                pred_events: p.len(),
                headline: r.headline,
            })
        })
        .collect()
}

fn count_facts(events: &[&Event]) -> usize {
    events.iter().map(|e| casualty_facts(e).iter().flatten().count()).sum()
}
