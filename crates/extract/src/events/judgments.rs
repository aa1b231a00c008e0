//! Judgments stated as a predicate ("This is unacceptable," the minister said; "it is a step
//! backwards"): one criticism of the speaker, however often the sentence restates it.
use super::trigger::Trigger;
use super::view::View;
use casus_core::Event;

/// Whether trigger `t` is a criticism said as a copular predicate: "X is unacceptable", "it is an
/// unacceptable situation", "the decision is a step backwards".
pub(super) fn predicate_judgment(v: &View, t: &Trigger) -> bool {
    let copular = |i: usize| v.kids_with(i, &["cop"]).next().is_some();
    let head = t.head;
    let judged = copular(head) || (v.base_rel(head) == "amod" && v.head(head).is_some_and(copular));
    t.cameo.starts_with("11") && t.governor.is_none() && judged
}

/// "This is unacceptable …; it is an unacceptable situation," she said: the same judgment said twice
/// in one sentence by one speaker is one record. `earlier` are the sentence's records so far.
pub(super) fn repeated(earlier: &[Event], e: &Event) -> bool {
    earlier.iter().any(|o| {
        o.action.cameo == e.action.cameo
            && o.action.text.eq_ignore_ascii_case(&e.action.text)
            && o.actor == e.actor
            && o.target == e.target
            && o.evidence.start == e.evidence.start
    })
}
