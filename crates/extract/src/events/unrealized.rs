//! Triggers that the grammar of their own phrase leaves unrealized, in the ways `reality` does not
//! read: a non-finite condition ("if convicted"), what a party risks or fears ("the risk of being
//! deported", "threats of violence"), a speech act under a modal of possibility ("the deal could
//! threaten …", "they can appeal"), an adjunct of a possible act ("could escalate by testing
//! missiles"), an alternative not taken ("instead of calling for …") and an event noun that its
//! modifier puts ahead ("future negotiations", "the expected visit", "a planned offensive"). GUIDELINES §2 and §12.9:
//! plans, hypotheticals and statements about what may happen are no records.
use super::tense;
use super::trigger::Trigger;
use super::view::View;
use super::words;

/// `t` reports nothing that happened, by its own phrase.
pub(super) fn unrealized(v: &View, t: &Trigger, nominal: bool) -> bool {
    // A threat or intent recoded from its governor ("warned it could strike") is a statement made.
    let root = t.m.entry.cameo.as_deref().and_then(|c| c.get(..2));
    let recoded = t.governor.is_some() || root.is_some_and(|r| Some(r) != t.cameo.get(..2));
    let position = t.cameo.get(..2).is_some_and(|r| words::get("position_roots").contains(&r));
    // A threat recoded from a conditioned act ("threatening retaliation if hit") is the threat itself.
    let conditioned = !recoded && t.condition.is_none() && tense::conditional(v, t.head);
    if conditioned || alternative(v, t.head) {
        return true;
    }
    if !position && at_risk(v, t.head) {
        return true;
    }
    if nominal || recoded {
        return false;
    }
    (position && tense::possible(v, t.head)) || (!position && possible_adjunct(v, t.head))
}

/// "the risk of being deported", "daily threats of violence and sexual assault", "fears of a wider
/// war": the of-phrase of a noun of risk or fear names what may happen. A toll of its own tells a
/// past one it is likened to ("fears of a war like the one that killed 6,500 in 2020").
fn at_risk(v: &View, head: usize) -> bool {
    let span = v.subtree(head);
    if v.casualties().iter().any(|c| span.contains(&c.tokens.start)) {
        return false;
    }
    let mut cur = head;
    while v.base_rel(cur) == "conj" {
        let Some(h) = v.head(cur) else { return false };
        cur = h;
    }
    let of = v.case_of(cur).as_deref() == Some("of") || v.kids_with(cur, &["mark"]).any(|m| v.lemmas[m] == "of");
    of && matches!(v.base_rel(cur), "nmod" | "acl")
        && v.head(cur).is_some_and(|h| words::get("risk_nouns").contains(&v.lemmas[h].as_str()))
}

/// "instead of calling for an Asian NATO", "rather than attacking": the act not chosen.
fn alternative(v: &View, head: usize) -> bool {
    v.kids_with(head, &["mark"]).any(|m| words::get("alternative_marks").contains(&v.lemmas[m].as_str()))
}

/// "North Korea could escalate tensions by testing missiles": a non-finite adjunct of a verb under a
/// modal of possibility is as possible as that verb.
fn possible_adjunct(v: &View, head: usize) -> bool {
    let mut cur = head;
    while v.base_rel(cur) == "advcl" && v.kids_with(cur, &["nsubj", "aux"]).next().is_none() {
        let Some(h) = v.head(cur) else { return false };
        if tense::possible(v, h) {
            return true;
        }
        cur = h;
    }
    false
}

/// "future negotiations", "Suga's expected visit", "the upcoming talks", "a planned offensive": an
/// event noun whose modifier says it is still to come, whoever its party (`unrealized` reads only
/// unagented triggers).
pub(super) fn prospective(v: &View, head: usize, nominal: bool) -> bool {
    nominal && v.kids_with(head, &["amod"]).any(|k| words::get("prospective_modifiers").contains(&v.lower(k).as_str()))
}

