//! "Protests spread to the town of Karabi, where police arrested dozens of students":
//! what a where-clause reports happens at the place the clause follows, whether the parser hangs
//! the clause on that place or on the verb before it.
use super::places::{named_below, tagged};
use super::view::View;

/// The place word the where-clause of trigger `head` follows, if the trigger is in one.
pub(super) fn where_place(v: &View, head: usize) -> Option<usize> {
    let mut c = head;
    // Up from the trigger to the verb of its clause ("where clashes killed five": the noun's verb).
    for _ in 0..4 {
        if let Some(w) = v.kids_with(c, &["advmod"]).find(|&k| v.lemmas[k] == "where" && k < c) {
            return antecedent(v, w);
        }
        // A clause of its own that "where" does not open ("acl" takes in relative clauses).
        if matches!(v.base_rel(c), "root" | "ccomp" | "xcomp" | "advcl" | "parataxis" | "csubj" | "acl") {
            return None;
        }
        c = v.head(c)?;
    }
    None
}

/// The place word just before relative "where" (a comma between): a tagged name, or a generic
/// place noun that names one ("the capital, Bangui, where"); nothing else makes "where" relative
/// to a place ("It is unclear where the shells came from").
fn antecedent(v: &View, w: usize) -> Option<usize> {
    let mut i = w.checked_sub(1)?;
    if matches!(v.word(i), "," | "—" | "-") {
        i = i.checked_sub(1)?;
    }
    (tagged(v, i) || named_below(v, i).is_some()).then_some(i)
}
