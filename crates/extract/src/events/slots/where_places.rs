//! "Protests spread to the town of Karabi, where police arrested dozens of students":
//! what a where-clause reports happens at the place the clause follows, whether the parser hangs
//! the clause on that place or on the verb before it.
use crate::events::args::place_names::named_below;
use crate::events::view::View;
use crate::events::words;

/// The place word the where-clause of trigger `head` follows, if the trigger is in one.
pub(crate) fn where_place(v: &View, head: usize) -> Option<usize> {
    let mut c = head;
    // Up from the trigger to the verb of its clause ("where clashes killed five": the noun's verb).
    for _ in 0..4 {
        if let Some(w) = v.kids_with(c, &["advmod"]).find(|&k| v.lemmas[k] == "where" && k < c) {
            return (!asked(v, c)).then(|| antecedent(v, w)).flatten();
        }
        // A clause of its own that "where" does not open ("acl" takes in relative clauses).
        if matches!(v.base_rel(c), "root" | "ccomp" | "xcomp" | "advcl" | "parataxis" | "csubj" | "acl") {
            return None;
        }
        c = v.head(c)?;
    }
    None
}

/// Whether the where-clause headed by `c` is what a verb of saying, asking or knowing takes
/// ("told reporters in Kabul where the attack happened"): an indirect question, whose "where"
/// refers to no place before it.
fn asked(v: &View, c: usize) -> bool {
    matches!(v.base_rel(c), "ccomp" | "obj")
        && v.head(c).is_some_and(|h| words::get("question_verbs").contains(&v.lemmas[h].as_str()))
}

/// The place word just before relative "where" (a comma between): a tagged name, or a generic
/// place noun that names one ("the capital, Bangui, where"); nothing else makes "where" relative
/// to a place ("It is unclear where the shells came from").
fn antecedent(v: &View, w: usize) -> Option<usize> {
    let mut i = w.checked_sub(1)?;
    if matches!(v.word(i), "," | "—" | "-") {
        i = i.checked_sub(1)?;
    }
    (v.is_place_name(i) || named_below(v, i).is_some()).then_some(i)
}
