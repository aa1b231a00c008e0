//! "fighters for President Ouattara battled …", "gunmen in military uniforms stormed …": the parser
//! may take the noun of a phrase that modifies the subject for the subject itself, and hang the real
//! subject elsewhere. A subject that opens with its own preposition is such a noun: the subject is
//! the noun just before that preposition.
use super::*;

/// The subject the parser gave as `s`: `s` itself, or, when `s` opens with a preposition of
/// membership, origin or dress (event_words `subject_modifier_cases`: "for", "from", "in", "with"),
/// the noun right before it ("fighters [for President Ouattara]").
pub(super) fn real_subject(v: &View, s: usize) -> usize {
    // The preposition opens the subject's phrase: "fighters for President Ouattara", not a noun
    // inside it.
    let Some(c) = v.kids_with(s, &["case"]).find(|&c| c == v.subtree(s).start) else { return s };
    let member = words::get("subject_modifier_cases").contains(&v.lower(c).as_str());
    let Some(k) = c.checked_sub(1).filter(|_| member) else { return s };
    let nominal = matches!(v.base_rel(k), "obl" | "obj" | "nmod" | "nsubj" | "appos" | "conj" | "root");
    if nominal && !v.is_punct(k) && !v.is_clause(k) && v.head(k) != Some(s) {
        k
    } else {
        s
    }
}
