//! Hand-made evaluation cases: perfect, empty, partial, duplicated, shifted, wrong root, ...
mod common;
use casus_core::Qualifier;
use casus_eval::{evaluate, EvalOptions, EvalReport, SLOTS};
use common::*;

fn eval(gold: &[casus_core::Event], pred: &[casus_core::Event]) -> EvalReport {
    evaluate(gold, pred, &EvalOptions::default())
}

fn assert_no_nan(r: &EvalReport) {
    for (k, v) in &r.headline {
        assert!(v.is_finite() && (0.0..=1.0).contains(v), "{k} = {v}");
    }
    for s in r.slots.values() {
        for p in [s.matched, s.overall] {
            assert!(p.precision.is_finite() && p.recall.is_finite() && p.f1.is_finite());
        }
    }
}

#[test]
fn headline_has_the_stable_keys() {
    let r = eval(&sample(), &sample());
    let mut want: Vec<String> = ["event_f1", "triple_f1", "casualty_f1"].map(String::from).to_vec();
    want.extend(SLOTS.iter().map(|s| format!("{s}_f1")));
    want.sort();
    assert_eq!(r.headline.keys().cloned().collect::<Vec<_>>(), want);
}

#[test]
fn perfect_predictions_score_one_everywhere() {
    let r = eval(&sample(), &sample());
    assert_no_nan(&r);
    for (k, v) in &r.headline {
        assert_eq!(*v, 1.0, "{k}");
    }
    assert_eq!(r.totals.matched_pairs, 5);
    assert!(r.worst_misses.is_empty());
    assert_eq!(r.confusion.get("19", "19"), 2);
    assert_eq!(r.confusion.get("11", "11"), 2);
    assert_eq!(r.confusion.get("02", "02"), 1);
    assert_eq!(r.casualty.correct, 3);
    assert_eq!(r.documents.len(), 2);
    assert!(r.documents.iter().all(|d| d.event.f1 == 1.0));
}

#[test]
fn empty_predictions_give_zero_recall_and_no_nan() {
    let r = eval(&sample(), &[]);
    assert_no_nan(&r);
    assert_eq!((r.event.precision, r.event.recall, r.event.f1), (0.0, 0.0, 0.0));
    assert!(r.headline.values().all(|v| *v == 0.0));
    assert_eq!(r.worst_misses.len(), 5);
    assert_eq!(r.confusion.get("19", "none"), 2);
    // Casualty events first, the violent one with most slots on top.
    assert_eq!(r.worst_misses[0].event_id, "a:0");
    assert_eq!(r.worst_misses[0].sentence.len(), 80);
}

#[test]
fn empty_against_empty_is_perfect() {
    let r = eval(&[], &[]);
    assert_no_nan(&r);
    assert!(r.headline.values().all(|v| *v == 1.0));
}

#[test]
fn predictions_without_gold_are_all_wrong() {
    let r = eval(&[], &sample());
    assert_no_nan(&r);
    assert!(r.headline.values().all(|v| *v == 0.0));
    assert_eq!(r.totals.pred_only_docs, vec!["a", "b"]);
    assert!(r.to_text().contains("predictions for documents without gold: a, b"));
}

#[test]
fn partial_predictions() {
    let gold = sample();
    let mut spurious = ev("b", 9, "040", 200, 230);
    spurious.event_id = "b:9".into();
    let pred = vec![gold[0].clone(), gold[3].clone(), spurious];
    let r = eval(&gold, &pred);
    assert_no_nan(&r);
    assert_eq!((r.event.correct, r.event.predicted, r.event.gold), (2, 3, 5));
    assert!((r.event.precision - 2.0 / 3.0).abs() < 1e-12 && (r.event.recall - 0.4).abs() < 1e-12);
    assert_eq!((r.casualty.correct, r.casualty.predicted, r.casualty.gold), (1, 1, 3));
    assert_eq!(r.confusion.get("none", "04"), 1);
    assert_eq!(r.worst_misses.len(), 3);
    assert_eq!(r.worst_misses[0].event_id, "b:1", "the 6,500-dead background war is the worst miss");
}

#[test]
fn a_duplicate_cannot_match_twice() {
    let gold = vec![sample().remove(0)];
    let pred = vec![gold[0].clone(), gold[0].clone()];
    let r = eval(&gold, &pred);
    assert_eq!(r.totals.matched_pairs, 1);
    assert_eq!((r.event.correct, r.event.predicted, r.event.gold), (1, 2, 1));
    assert_eq!(r.event.precision, 0.5);
    assert_eq!(r.event.recall, 1.0);
    assert_eq!(r.confusion.get("none", "19"), 1);
    // The killed slot: one correct, two predicted.
    assert_eq!((r.slots["killed"].overall.correct, r.slots["killed"].overall.predicted), (1, 2));
}

#[test]
fn shifted_evidence_does_not_match() {
    let gold = sample();
    let mut shifted = gold[0].clone();
    shifted.evidence.start = 80; // gold is 0..80: touching, not overlapping
    shifted.evidence.end = 90;
    let r = eval(&gold[..1], &[shifted]);
    assert_eq!(r.totals.matched_pairs, 0);
    assert_eq!(r.event.f1, 0.0);
    assert_eq!(r.casualty.correct, 0);
    assert_eq!(r.worst_misses[0].overlapping_predictions, 0);
    // Triples are compared per document, regardless of evidence (documented): still agree.
    assert_eq!(r.triple.f1, 1.0);
}

#[test]
fn wrong_root_pairs_but_is_not_a_correct_event() {
    let gold = sample();
    let mut wrong = gold[0].clone();
    wrong.action.cameo = "112".into();
    let r = eval(&gold[..1], &[wrong]);
    assert_eq!(r.totals.matched_pairs, 1);
    assert_eq!(r.event.correct, 0);
    assert_eq!(r.confusion.get("19", "11"), 1);
    assert_eq!(r.triple.correct, 0);
    assert_eq!(r.slots["cameo_root"].matched.f1, 0.0);
    assert_eq!(r.slots["actor"].matched.f1, 1.0, "other slots still score over the pair");
    assert_eq!(r.slots["killed"].overall.f1, 1.0);
}

#[test]
fn two_events_in_one_sentence_pair_by_agreement_not_order() {
    // "A fired at B and B returned fire": same evidence, reversed in the prediction.
    let g0 = target(actor(ev("d", 0, "190", 0, 50), "AZE", "MIL"), "ARM", "MIL");
    let g1 = target(actor(ev("d", 1, "190", 0, 50), "ARM", "MIL"), "AZE", "MIL");
    let r = eval(&[g0.clone(), g1.clone()], &[g1, g0]);
    assert_eq!(r.slots["actor"].matched.f1, 1.0);
    assert_eq!(r.slots["target"].matched.f1, 1.0);
}

#[test]
fn assignment_is_optimal_where_greedy_fails() {
    // P0 overlaps G0 and G1 and agrees best with G0; P1 overlaps G0 only. Greedy by score pairs
    // P0-G0 and leaves G1 and P1 alone; the optimum pairs P0-G1 and P1-G0.
    let g0 = located(actor(ev("d", 0, "190", 0, 50), "AZE", "MIL"), "Sotk");
    let g1 = ev("d", 1, "190", 40, 90);
    let p0 = located(actor(ev("d", 0, "190", 30, 60), "AZE", "MIL"), "Sotk");
    let p1 = ev("d", 1, "190", 0, 20);
    let r = eval(&[g0, g1], &[p0, p1]);
    assert_eq!(r.totals.matched_pairs, 2);
    assert_eq!(r.event.f1, 1.0);
}

#[test]
fn root_agreement_outweighs_other_slots_in_pairing() {
    let g0 = ev("d", 0, "190", 0, 50);
    let g1 = target(actor(ev("d", 1, "112", 0, 50), "AZE", "GOV"), "ARM", "GOV");
    // Agrees with g1 on actor and target but has g0's root: must pair with g0.
    let p = target(actor(ev("d", 0, "193", 0, 50), "AZE", "GOV"), "ARM", "GOV");
    let r = eval(&[g0, g1], &[p]);
    assert_eq!(r.event.correct, 1);
    assert_eq!(r.confusion.get("11", "none"), 1);
}

#[test]
fn parties_compare_by_country_and_role_else_name() {
    let mut g = ev("d", 0, "02", 0, 10);
    let mut p = g.clone();
    g.actor = Some(party(None, Some("IGO"), Some("United Nations")));
    p.actor = Some(party(None, None, Some("united  NATIONS")));
    g.target = Some(party(Some("ARM"), Some("GOV"), Some("Armenia")));
    p.target = Some(party(Some("ARM"), Some("GOV"), Some("Yerevan")));
    g.source = Some(party(Some("ARM"), Some("GOV"), None));
    p.source = Some(party(Some("ARM"), Some("MIL"), None));
    let r = eval(&[g.clone()], &[p.clone()]);
    assert_eq!(r.slots["actor"].overall.f1, 1.0, "no country: names compared case-insensitively");
    assert_eq!(r.slots["target"].overall.f1, 1.0, "country + role equal, names ignored");
    assert_eq!(r.slots["source"].overall.f1, 0.0, "roles differ");
    // Country-keyed never equals name-keyed.
    p.target = Some(party(None, None, Some("Armenia")));
    assert_eq!(eval(&[g], &[p]).slots["target"].overall.f1, 0.0);
}

#[test]
fn null_equals_null_only_in_triples() {
    let g = ev("d", 0, "190", 0, 10);
    let r = eval(std::slice::from_ref(&g), std::slice::from_ref(&g));
    assert_eq!(r.triple.f1, 1.0, "(null, 19, null) agrees with itself");
    let actor = &r.slots["actor"];
    assert_eq!((actor.overall.correct, actor.overall.predicted, actor.overall.gold), (0, 0, 0));
    assert_eq!(actor.overall.f1, 1.0, "nothing to find and nothing claimed");
}

#[test]
fn slot_precision_and_recall_use_non_null_counts() {
    let g = dated(ev("d", 0, "190", 0, 10), "2024-02-13");
    let g2 = ev("d", 1, "190", 20, 30);
    let p = dated(ev("d", 0, "190", 0, 10), "2024-02-13");
    let p2 = dated(ev("d", 1, "190", 20, 30), "2024-02-14");
    let r = eval(&[g, g2], &[p, p2]);
    let d = &r.slots["date"].overall;
    assert_eq!((d.correct, d.predicted, d.gold), (1, 2, 1));
    assert_eq!((d.precision, d.recall), (0.5, 1.0));
}

#[test]
fn casualty_fact_needs_count_slot_needs_qualifier_too() {
    let g = killed(ev("d", 0, "190", 0, 10), Some(4), Qualifier::Exact);
    let p = killed(ev("d", 0, "190", 0, 10), Some(4), Qualifier::AtLeast);
    let r = eval(&[g], &[p]);
    assert_eq!(r.casualty.f1, 1.0);
    assert_eq!(r.slots["killed"].overall.f1, 0.0);
}

#[test]
fn location_compares_names_case_insensitively() {
    let g = located(ev("d", 0, "190", 0, 10), "Nerkin Hand");
    let p = located(ev("d", 0, "190", 0, 10), "nerkin hand");
    assert_eq!(eval(&[g], &[p]).slots["location"].overall.f1, 1.0);
}

#[test]
fn worst_misses_are_capped() {
    let r = evaluate(&sample(), &[], &EvalOptions { worst_n: 2 });
    assert_eq!(r.worst_misses.len(), 2);
}

#[test]
fn json_round_trips_and_text_has_every_section() {
    let gold = sample();
    let r = eval(&gold, &gold[..3]);
    let back: EvalReport = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(back, r);
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert!(v["headline"]["event_f1"].is_number());
    let text = r.to_text();
    for needle in ["event (span+root)", "per document", "CAMEO root confusion", "worst misses", "headline"] {
        assert!(text.contains(needle), "missing {needle}:\n{text}");
    }
    println!("{text}");
}

#[test]
fn evaluate_files_reports_bad_lines() {
    let dir = std::env::temp_dir().join(format!("casus-eval-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.jsonl");
    let lines: Vec<String> = sample().iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    std::fs::write(&gold, lines.join("\n") + "\n").unwrap();
    let pred = dir.join("pred.jsonl");
    std::fs::write(&pred, format!("{}\n\nnot json\n", lines[0])).unwrap();
    let err = casus_eval::evaluate_files(&gold, &pred, &EvalOptions::default()).unwrap_err();
    assert!(err.to_string().contains("pred.jsonl:3:"), "{err}");
    std::fs::write(&pred, format!("{}\n", lines[0])).unwrap();
    let r = casus_eval::evaluate_files(&gold, &pred, &EvalOptions::default()).unwrap();
    assert_eq!(r.event.correct, 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn per_root_rows_count_paired_same_root_events_against_each_side() {
    let gold = sample();
    // a:0 predicted as 19 (right), a:1 as 11 (right), a:2 missed, b:0 predicted as 04 (wrong), b:1 right.
    let mut wrong = gold[3].clone();
    wrong.action.cameo = "040".into();
    let pred = vec![gold[0].clone(), gold[1].clone(), wrong, gold[4].clone()];
    let r = eval(&gold, &pred);
    let row = |root: &str| r.per_root.iter().find(|x| x.root == root).map(|x| x.event).unwrap();
    assert_eq!((row("19").correct, row("19").predicted, row("19").gold), (2, 2, 2));
    assert_eq!((row("11").correct, row("11").predicted, row("11").gold), (1, 1, 2));
    assert_eq!((row("02").correct, row("02").predicted, row("02").gold), (0, 0, 1));
    assert_eq!((row("04").correct, row("04").predicted, row("04").gold), (0, 1, 0));
    assert!(r.per_root.iter().all(|x| x.root != casus_eval::report::NONE));
}

#[test]
fn breakdown_scores_each_group_on_its_own() {
    use std::collections::{BTreeMap, BTreeSet};
    let gold = sample();
    let pred: Vec<_> = gold.iter().filter(|e| e.doc_id == "a").cloned().collect();
    let groups: BTreeMap<String, BTreeSet<String>> = [
        ("east".to_string(), ["a".to_string()].into()),
        ("west".to_string(), ["b".to_string()].into()),
        ("empty".to_string(), ["z".to_string()].into()),
    ]
    .into();
    let rows = casus_eval::breakdown(&gold, &pred, "region", &groups);
    assert_eq!(rows.iter().map(|g| g.value.as_str()).collect::<Vec<_>>(), ["east", "west"], "empty groups left out");
    assert_eq!(rows[0].headline["event_f1"], 1.0);
    assert_eq!(rows[1].headline["event_f1"], 0.0);
    assert_eq!((rows[1].gold_events, rows[1].pred_events, rows[1].column.as_str()), (2, 0, "region"));
}
