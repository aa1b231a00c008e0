//! "Sanctions against Turkey enjoy bipartisan support", "sanctions are in Congress awaiting
//! ratification", "CAATSA sanctions are waiting", "leaders remain under sanctions": a sanction named
//! as pending, awaited or in force is a standing state or a plan, not the act of imposing it
//! (GUIDELINES §2: background states and plans are no records). "Imposed sanctions", "previous U.S.
//! sanctions triggered a crash" stay.
use crate::events::view::View;
use crate::events::words;

/// Sanction noun `head` (a 16x trigger) is only pending, awaited or in force.
pub(crate) fn in_force(v: &View, head: usize, cameo: &str) -> bool {
    if !cameo.starts_with("16") {
        return false;
    }
    let state = |k: usize| words::get("state_verbs_under").contains(&v.lemmas[k].as_str());
    let pending = |k: usize| words::get("pending_predicates").contains(&v.lemmas[k].as_str());
    // The subject of "enjoy", "wait", or of a predicate with "awaiting …" ("are in Congress awaiting").
    let subject = matches!(v.base_rel(head), "nsubj" | "nsubj:pass")
        && v.head(head).is_some_and(|h| pending(h) || v.kids_with(h, &["acl", "xcomp", "advcl"]).any(pending));
    // "remain under sanctions", "is under U.S. sanctions": a state; "placed under sanctions" an act.
    // With "is", the parse makes the noun the predicate and "is" its copula.
    let under = v.case_of(head).as_deref() == Some("under")
        && (v.head(head).is_some_and(state) || v.kids_with(head, &["cop"]).any(state));
    subject || under
}
