//! Questions that ask about an act rather than who did it: "What did you discuss there?", "How
//! concerned are you?", "How to interpret the military drills?". They report nothing (interviews
//! and rhetorical quotes restate what the story told or ask about what may be); only a question
//! whose question word is the doer ("Who attacked the convoy?") takes its act as given.
use super::tense;
use super::view::View;
use super::words;

/// The sentence is a wh-question and none of its question words stands for the subject of the
/// clause of the trigger at `head`.
pub(super) fn asked_about(v: &View, head: usize) -> bool {
    let closing = |t: usize| matches!(v.word(t), "\"" | "”" | "’" | "'" | ")" | "»");
    let Some(last) = (0..v.len()).rev().find(|&t| !closing(t)) else { return false };
    if v.word(last) != "?" {
        return false;
    }
    let wh: Vec<usize> = (0..v.len()).filter(|&t| words::get("wh_words").contains(&v.lower(t).as_str())).collect();
    let clause = tense::clause_verb(v, head);
    !wh.is_empty() && !wh.iter().any(|&w| asks_the_doer(v, w, clause))
}

/// Question word `w` is, or determines, the subject of `clause`: "Who attacked", "Which group
/// attacked".
fn asks_the_doer(v: &View, w: usize, clause: usize) -> bool {
    let subject = |t: usize| matches!(v.base_rel(t), "nsubj") && v.head(t) == Some(clause);
    subject(w) || v.head(w).is_some_and(|h| v.base_rel(w) == "det" && subject(h))
}
