//! Conditional offers: "Hezbollah would stop firing rockets if Israel stops its raids", "we will
//! react positively if Washington does", "we will try to help if you take them back". A conditional
//! main clause ([`super::threats`]) with no trigger of its own promises what its verb and the verbs
//! it governs do: an end to force or an act of goodwill is an offer (03x, GUIDELINES §12.9: intent to
//! cooperate is 03x), anything else stays a threat (13x).
use super::trigger::{argument_lemmas, is_force, pos};
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, ModalKind, ModalOutcome, Pos};

/// The offer code (03x) of the conditional main clause of verb `i` (its condition the clause at
/// `condition`), when what it promises is cooperative.
pub(crate) fn offer_code(v: &View, i: usize, condition: usize) -> Option<String> {
    let acts = promised_acts(v, i);
    if acts.iter().any(|&j| v.is_negated(j)) {
        return None;
    }
    // "would stop firing rockets", "will halt their attacks": ending one's own force is de-escalation
    // (087); "will stop any attack on the capital" repels the other side's (a threat).
    let own_force = |k: usize| {
        // "stop firing": the verb's own doing; a noun only with its owner ("their attacks").
        let own = pos(v, k) == Pos::Verb || v.kids_with(k, &["nmod:poss"]).next().is_some();
        own && act_code(v, k).is_some_and(|c| is_force(&c))
    };
    let ceases = |j: usize| {
        words::get("ceasing_verbs").contains(&v.lemmas[j].as_str()) && v.kids_with(j, &["xcomp", "obj"]).any(own_force)
    };
    if acts.iter().any(|&j| ceases(j)) {
        return intent_code("087");
    }
    // The first act the lexicon codes decides: "will try to cooperate" (05) is an offer, "will
    // have to strike" (19) a threat.
    if let Some(code) = acts.iter().find_map(|&j| act_code(v, j)) {
        return if code.as_str() < "10" { intent_code(&code) } else { None };
    }
    // "will react positively", "will try to help": goodwill the lexicon has no code for, to the one
    // the condition is put to; helping a third party ("will help Syria if Israel attacks") is a threat.
    let helped = |j: usize| {
        let asked = v.kids_with(condition, &["nsubj", "nsubj:pass"]).next();
        let third = |o: usize| asked.is_none_or(|s| v.lemmas[s] != v.lemmas[o]);
        words::get("goodwill_verbs").contains(&v.lemmas[j].as_str()) && !v.kids_with(j, &["obj"]).any(third)
    };
    let goodwill = |j: usize| {
        helped(j) || v.kids_with(j, &["advmod"]).any(|a| words::get("goodwill_manners").contains(&v.lemmas[a].as_str()))
    };
    acts.iter().any(|&j| goodwill(j)).then(|| "030".to_string())
}

/// Verb `i` and the verbs its complements chain to: "try" → "help" in "will try to help",
/// "have" → "take" in "will have to take steps".
fn promised_acts(v: &View, i: usize) -> Vec<usize> {
    let mut acts = vec![i];
    while let Some(next) = acts.last().and_then(|&j| v.kids_with(j, &["xcomp"]).next()) {
        if acts.contains(&next) {
            break;
        }
        acts.push(next);
    }
    acts
}

/// The CAMEO code the lexicon gives the word at `k` with its own arguments.
fn act_code(v: &View, k: usize) -> Option<String> {
    let m = lexicon::lookup_with(&v.lemmas, k, &|j| Some(pos(v, j))).filter(|m| m.head == k)?;
    m.entry.code_for(&argument_lemmas(v, k)).map(String::from)
}

/// The intent (03x) that modal_codes.tsv gives a promise of an act of `code`.
fn intent_code(code: &str) -> Option<String> {
    match lexicon::modal_code(ModalKind::Intent, code) {
        ModalOutcome::Recode(c) if c.starts_with("03") => Some(c),
        _ => None,
    }
}
