//! Event nouns that frame or characterise an act the sentence tells with another trigger, rather than
//! report one of their own (GUIDELINES §2: one predicate, one record; a restatement outside a clause
//! of its own is no record): "In a separate incident, …", "…, in the deadliest day of violence since
//! the war", "…, the first strike of an international campaign".
use super::nonacts::force_word;
use crate::events::view::View;
use crate::events::words;

/// Force noun `head` only frames the act another force word of the sentence tells.
pub(super) fn frames_an_act(v: &View, head: usize) -> bool {
    (opening_frame(v, head) || superlative_period(v, head) || restating_apposition(v, head)) && other_act(v, head)
}

/// "In a separate incident on Saturday, the army said it killed 17 militants", "In another attack,
/// …": an indefinite incident noun that opens the sentence as its setting is the act the clause tells.
fn opening_frame(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head).filter(|&h| h > head && v.base_rel(head) == "obl") else { return false };
    let indefinite = v.kids_with(head, &["det"]).any(|d| matches!(v.lemmas[d].as_str(), "a" | "an" | "another"));
    let marked = |k: usize| words::get("frame_adjectives").contains(&v.lemmas[k].as_str());
    let framed = v.kids_with(head, &["det", "amod"]).any(marked);
    v.case_of(head).as_deref() == Some("in") && indefinite && framed && v.is_clause(h)
}

/// "in the deadliest day of violence since the civil war", "the bloodiest week of fighting": a force
/// noun that measures a period ranked against others characterises the sentence's act.
fn superlative_period(v: &View, head: usize) -> bool {
    let Some(p) = v.head(head).filter(|_| v.base_rel(head) == "nmod" && v.case_of(head).as_deref() == Some("of"))
    else {
        return false;
    };
    words::get("frame_time_nouns").contains(&v.lemmas[p].as_str()) && v.kids_with(p, &["amod"]).any(|a| ranked(v, a))
}

/// "French warplanes destroyed four tanks …, the first strike of an international campaign": a
/// definite force noun set beside a clause of force, with an ordinal or superlative and no verb of
/// its own, names that act again.
fn restating_apposition(v: &View, head: usize) -> bool {
    let Some(h) = v.head(head).filter(|_| matches!(v.base_rel(head), "appos" | "parataxis")) else { return false };
    let ranked = v.kids_with(head, &["amod"]).any(|a| ranked(v, a));
    let own_clause = v.kids_with(head, &["nsubj", "cop"]).next().is_some();
    v.definite_det(head) && ranked && !own_clause && force_word(v, h) && !is_outcome(v, h)
}

/// Another word of force in the sentence, not a casualty verb, tells the act: it keeps the record
/// the frame would duplicate, and the toll ("In a separate incident, two soldiers were killed" has
/// only the frame to carry its toll).
fn other_act(v: &View, head: usize) -> bool {
    (0..v.len()).any(|k| k != head && force_word(v, k) && !is_outcome(v, k))
}

/// A superlative ("deadliest") or rank ("first") that compares an act with others.
fn ranked(v: &View, a: usize) -> bool {
    words::is_rank_word(&v.lower(a))
}

fn is_outcome(v: &View, k: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, k, None).is_some_and(|m| m.entry.outcome)
}
