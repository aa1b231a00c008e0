//! Questions that ask about an act rather than who did it: "What did you discuss there?", "How
//! concerned are you?", "How to interpret the military drills?". They report nothing (interviews
//! and rhetorical quotes restate what the story told or ask about what may be); only a question
//! whose question word is the doer ("Who attacked the convoy?") takes its act as given, and acts
//! told in a relative or subordinate clause of the question are not asked about.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// The sentence is a wh-question, the trigger at `head` is in its main clause, and none of the
/// question words that open that clause stands for the subject of the trigger's clause. A
/// relative or subordinate clause ("the schoolgirls whom Boko Haram abducted", "after the army and
/// the RSF clashed") reports its act whatever the question asks.
pub(crate) fn asked_about(v: &View, head: usize) -> bool {
    if !tense::question_mark(v) || !in_main_clause(v, head) {
        return false;
    }
    let wh_word = |t: usize| words::get("wh_words").contains(&v.lower(t).as_str()) && in_main_clause(v, t);
    let wh: Vec<usize> = (0..v.len()).filter(|&t| wh_word(t)).collect();
    let clause = tense::clause_verb(v, head);
    !wh.is_empty() && !wh.iter().any(|&w| asks_the_doer(v, w, clause))
}

/// Token `t` is outside every relative, adjectival and adverbial clause of the sentence.
fn in_main_clause(v: &View, t: usize) -> bool {
    !std::iter::once(t).chain(v.ancestors(t)).any(|a| matches!(v.base_rel(a), "acl" | "advcl"))
}

/// Question word `w` is, or determines, the subject of `clause`: "Who attacked", "Which group
/// attacked".
fn asks_the_doer(v: &View, w: usize, clause: usize) -> bool {
    let subject = |t: usize| matches!(v.base_rel(t), "nsubj") && v.head(t) == Some(clause);
    subject(w) || v.head(w).is_some_and(|h| v.base_rel(w) == "det" && subject(h))
}
