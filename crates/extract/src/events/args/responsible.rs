//! Who a predicate of responsibility or an accusation holds to have done an event noun: "two men were
//! responsible for the attack", "the bombing was blamed on the rebels", "two soldiers stand accused of
//! the bombing" (GUIDELINES 12.5: the accused, the one blamed did the act). Read where the noun's own
//! phrase and the clause's light verbs name no doer.
use super::*;

/// The party held responsible for event noun `t` by the word that governs it, if any.
pub(super) fn held_responsible(v: &View, t: usize) -> Vec<usize> {
    let held = governing_party(v, t);
    // "suicide bombers were responsible for the attacks": a doer noun that is a trigger of its own
    // already stands for the act; naming it here too would tell the attacks twice.
    if held.iter().any(|&s| names_own_act(v, s)) {
        return Vec::new();
    }
    held
}

/// Whether party phrase `s` is itself an event trigger up to its head ("suicide bombers").
fn names_own_act(v: &View, s: usize) -> bool {
    (v.phrase(s).start..=s).any(|k| crate::lexicon::lookup_pos(&v.lemmas, k, Some(Pos::Noun)).is_some())
}

/// Who the word governing `t` holds responsible for it: the subject of "responsible for", the "on"
/// phrase of a passive "blamed", the one accused of it.
fn governing_party(v: &View, t: usize) -> Vec<usize> {
    let Some(h) = v.head(t) else { return Vec::new() };
    let lemma = v.lemmas[h].as_str();
    let case = v.case_of(t).unwrap_or_default();
    match v.rel(t) {
        // "two men were responsible for the attack", "the militants responsible for the attack"; not
        // "claimed responsibility for" (a claim, read elsewhere).
        "obl" | "obl:arg" if case == "for" && words::get("responsible_words").contains(&lemma) => {
            let subjects: Vec<usize> = v.kids_with(h, &["nsubj"]).map(|s| v.antecedent(h, s)).collect();
            match v.head(h) {
                Some(n) if subjects.is_empty() && matches!(v.base_rel(h), "amod" | "acl") => vec![n],
                _ => subjects,
            }
        }
        // "the bombing was blamed on the rebels" (the participle form, "the deadliest bombing blamed on
        // the rebels", is read with the accusation: `triggers::accused`).
        "nsubj:pass" if lemma == "blame" => crate::events::triggers::accused::blamed_on(v, h),
        "obl" | "obl:arg" if case == "of" && words::get("accused_of_verbs").contains(&lemma) => accused(v, h),
        _ => Vec::new(),
    }
}

/// Who accusation verb `h` says did its of-phrase, when no object names them ("accused the army of
/// the killings" is read with the accusation): the passive subject ("were accused of"), a subject
/// parsed on the participle ("stand accused of"), the noun it describes ("two men accused of").
fn accused(v: &View, h: usize) -> Vec<usize> {
    if v.kids_with(h, &["obj"]).next().is_some() {
        return Vec::new();
    }
    // "two men who were accused of the bombing": the relative pronoun stands for the men.
    let subjects: Vec<usize> = v.kids_with(h, &["nsubj:pass", "nsubj"]).map(|s| v.antecedent(h, s)).collect();
    if !subjects.is_empty() {
        return subjects;
    }
    match v.head(h) {
        Some(n) if v.base_rel(h) == "acl" => vec![n],
        _ => Vec::new(),
    }
}
