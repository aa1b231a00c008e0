//! Event nouns under another clause: told as events of their own, or only background.
//!
//! One decision read both ways (GUIDELINES §2): a force noun that names its own sides ("an attack
//! by Chadian rebels", "the 2002 killing of a U.S. diplomat") is an event even as the object or
//! complement of another trigger, unless it is the cause of a state ("plagued by attacks by the
//! Taliban"), which tells what a place or people suffer, not an incident.
use super::super::view::View;
use super::super::words;

/// The noun at `head` names its own doer ("by X") or the people or place it was done to ("of X",
/// "on X", "against X"), and is no state's cause ([`cause_of_a_state`]) nor a time anchor.
pub(crate) fn names_its_sides(v: &View, head: usize) -> bool {
    // Not one that only anchors the time of its governor ("struck Gaza after an attack by Hamas").
    let anchor = |c: String| ["time_reference", "anchor_cases"].iter().any(|l| words::get(l).contains(&c.as_str()));
    if cause_of_a_state(v, head) || v.case_of(head).is_some_and(anchor) {
        return false;
    }
    let party =
        |k: usize| crate::parties::normalize(v.word(k)).is_some_and(|p| p.role.is_some() || p.country.is_some());
    v.kids_with(head, &["nmod", "obl:agent"]).filter(|&k| !v.is_dated(k)).any(|k| match v.case_of(k).as_deref() {
        Some("by") => party(k),
        Some("of" | "on" | "against") => party(k) && !is_event_noun(v, k),
        _ => false,
    })
}

/// "has been plagued by attacks", "displaced by fighting", "a region ravaged by war": a noun (or a
/// bare gerund) in the by-phrase of a verb of a lasting state (event_words `state_passives`, lemmas)
/// is what the state comes from, not an incident told, unless the noun or the state is dated
/// ("displaced this week by fighting between rebels and the army") or the sentence counts its dead.
pub(super) fn cause_of_a_state(v: &View, head: usize) -> bool {
    let Some(verb) = v.head(head) else { return false };
    let by_phrase = v.case_of(head).as_deref() == Some("by") && matches!(v.base_rel(head), "obl" | "nmod");
    // "displaced by fighting" comes parsed as a clause marked "by" too; one with an object acts.
    let by_clause = v.base_rel(head) == "advcl"
        && v.kids_with(head, &["mark"]).any(|m| v.lemmas[m] == "by")
        && v.kids_with(head, &["obj", "nsubj"]).next().is_none();
    (by_phrase || by_clause)
        && words::get("state_passives").contains(&v.lemmas[verb].as_str())
        && !v.kids(head).iter().chain(v.kids(verb)).any(|&k| v.is_dated(k))
        && v.casualties().is_empty()
}

/// "too much killing and too much destruction", "enough bloodshed": violence measured as a mass
/// amount (event_words `mass_amounts`) is a judgment of a whole conflict, no incident (GUIDELINES §2,
/// vague aggregates).
pub(super) fn mass_amount(v: &View, head: usize) -> bool {
    v.kids_with(head, &["amod", "det", "advmod"]).any(|k| words::get("mass_amounts").contains(&v.lemmas[k].as_str()))
        && v.casualties().is_empty()
}

fn is_event_noun(v: &View, k: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, k, Some(crate::lexicon::Pos::Noun)).is_some()
}
