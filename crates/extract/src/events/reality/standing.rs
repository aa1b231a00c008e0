//! "Sanctions against Turkey enjoy bipartisan support", "sanctions are in Congress awaiting
//! ratification", "CAATSA sanctions are waiting", "leaders remain under sanctions": a sanction named
//! as pending, awaited or in force is a standing state or a plan, not the act of imposing it
//! (GUIDELINES §2: background states and plans are no records). "Imposed sanctions", "previous U.S.
//! sanctions triggered a crash" stay. Likewise forces a present passive says are deployed somewhere
//! ([`stationed`]).
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

/// "Some 9,000 AU troops are deployed in Mogadishu", "about 2,500 U.S. troops are stationed there":
/// a deployment (15x) in the present passive with no day of its own is where forces stand, a
/// background state (GUIDELINES §2), not the act of sending them ("were deployed on Monday").
pub(crate) fn stationed(v: &View, head: usize, cameo: &str) -> bool {
    let dated = v.kids(head).iter().any(|&k| v.is_dated(k));
    cameo.starts_with("15")
        && v.is_passive(head)
        && crate::events::tense::present_simple(v, head)
        && !dated
        && !crate::events::tense::headline(v)
}
