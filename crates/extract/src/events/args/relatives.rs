//! Object relative clauses: "the army, which Aristide disbanded in 1994", "a police station the
//! militants had taken over". The noun the clause modifies is what its verb acts on.

use super::*;

/// The noun a relative clause `t` with no object modifies, when the clause begins with its own
/// subject: "a town the rebels seized" (not "the town where rebels attacked", nor a time: "the day
/// rebels attacked"). A relative pronoun object ("which Aristide disbanded") is read in `objects`.
pub(super) fn object_antecedent(v: &View, t: usize) -> Option<usize> {
    let h = v.head(t).filter(|&h| h < t && v.rel(t) == "acl:relcl" && !v.is_dated(h))?;
    let relative = |k: usize| words::get("relative_pronouns").contains(&v.lemmas[k].as_str());
    if v.kids_with(t, &["obj"]).next().is_some() {
        return None;
    }
    let s = v.kids_with(t, &["nsubj"]).next().filter(|&s| !relative(s))?;
    (v.phrase(s).start == h + 1).then_some(h)
}
