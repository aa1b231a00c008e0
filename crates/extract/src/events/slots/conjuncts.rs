//! "rebels and troops fought in the old city of Aleppo, and a mortar shell killed three civilians
//! in the Christian quarter of Bab Touma": clauses joined by "and", each with a subject of its own,
//! tell two events, each at the place its own clause names; a clause that names none is set at the
//! place its partner names ("exchanged fire in Bamako, and six people were killed").
use crate::events::view::View;

/// Orders a sentence's place candidates for trigger `head`: those of its own conjunct clause first,
/// each group nearest first.
pub(super) fn own_conjunct_first(v: &View, head: usize, places: &mut [usize]) {
    let ours = conjunct(v, head);
    places.sort_by_key(|&p| (conjunct(v, p) != ours, p.abs_diff(head)));
}

/// Moves the places of trigger `head`'s own conjunct clause ahead of the rest, keeping the order of
/// each group (the argument head's places come surest first, and may reach into the other clause).
pub(super) fn own_clause_places_first(v: &View, head: usize, places: &[usize]) -> Vec<usize> {
    let ours = conjunct(v, head);
    let mut out = places.to_vec();
    out.sort_by_key(|&p| conjunct(v, p) != ours);
    out
}

/// The clause word `i` belongs to, a conjoined verb with a subject of its own counted as a clause.
fn conjunct(v: &View, i: usize) -> usize {
    const CLAUSE: &[&str] = &["root", "ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl"];
    let subject = |k: usize| v.kids_with(k, &["nsubj", "nsubj:pass", "expl"]).next().is_some();
    let mut cur = i;
    while !(CLAUSE.contains(&v.base_rel(cur)) || (v.base_rel(cur) == "conj" && subject(cur))) {
        match v.head(cur) {
            Some(h) => cur = h,
            None => break,
        }
    }
    cur
}
