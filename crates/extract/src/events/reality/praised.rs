//! "praised ECOWAS for activating its standby force", "credited Britain for playing a role in the
//! talks": the act a praise is for is what the praise is about, the topic of another party's act
//! (GUIDELINES §2: "no record when the incident is the topic of another party's act"). The praise
//! is the record, as for a criticism ("condemned Thailand for sending Uyghurs back", which stage 1
//! already reads as the speech act's content). What is praised as an object ("praised the
//! withdrawal") is stage 1's content noun; a praise that names no reason ("praised the troops who
//! repelled the attack") leaves the act alone.
use crate::events::triggers::trigger::{argument_lemmas, pos};
use crate::events::view::View;

/// Trigger `head` lies in the "for" phrase or clause that gives a praise's reason.
pub(crate) fn praised_for(v: &View, head: usize) -> bool {
    let mut cur = head;
    for a in v.ancestors(head) {
        // Up through the phrase and clauses that hang under the praise, not out of a clause of its own.
        if !matches!(v.base_rel(cur), "advcl" | "acl" | "obl" | "nmod" | "obj" | "xcomp" | "conj") {
            return false;
        }
        // "praised Israel for intercepting the missiles, hours after Iran fired drones": a clause with
        // a subject of its own below the reason tells its own act (review 22a).
        if v.kids_with(cur, &["nsubj", "nsubj:pass"]).next().is_some() {
            return false;
        }
        if praise(v, a) {
            return v.kids_with(cur, &["mark", "case"]).any(|m| v.lemmas[m] == "for");
        }
        cur = a;
    }
    false
}

/// Word `a` is a praise (CAMEO 051) as its part of speech and arguments code it ("welcomed the
/// minister" hosts: 043; "took credit for" is a claim, the noun, not the verb "credited").
fn praise(v: &View, a: usize) -> bool {
    let Some(m) = crate::lexicon::lookup_pos(&v.lemmas, a, Some(pos(v, a))) else { return false };
    m.entry.code_for(&argument_lemmas(v, a)).is_some_and(|c| c.starts_with("051"))
}
