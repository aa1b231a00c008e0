//! Whom a retaliation strikes: "carried out an operation in response to a provocation by Armenian
//! forces", "shelled the town in retaliation for attacks by the rebels". A force event that names no
//! target of its own acts against the agent of the incident it answers.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// The agents ("by" phrase or possessive) of the incident that the force trigger at `head`, or its
/// clause, answers ("in response to", "in retaliation for"); empty when it answers none.
pub(crate) fn answered_agents(v: &View, head: usize) -> Vec<usize> {
    let clause = tense::clause_verb(v, head);
    // The answered incident itself ("in retaliation for an attack by the SPLA") answers nothing.
    let answers = |a: usize| {
        v.kids_with(a, &["obl", "nmod"]).filter(|&r| answer(v, r) && !v.subtree(r).contains(&head)).collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    for r in answers(head).into_iter().chain(if clause != head { answers(clause) } else { Vec::new() }) {
        for incident in answered_incidents(v, r) {
            let agents = v
                .kids_with(incident, &["nmod", "nmod:poss"])
                .filter(|&k| v.base_rel(k) == "nmod:poss" || v.case_of(k).as_deref() == Some("by"));
            for a in agents.collect::<Vec<_>>() {
                out.extend(v.conjuncts(a));
            }
        }
    }
    out
}

/// "in response", "in retaliation", "in revenge": the noun of an answer, as an adjunct.
fn answer(v: &View, r: usize) -> bool {
    words::get("answer_nouns").contains(&v.lemmas[r].as_str())
}

/// The incidents an answer noun at `r` names: its "to"/"for" phrase ("response to a provocation").
fn answered_incidents(v: &View, r: usize) -> Vec<usize> {
    v.kids_with(r, &["nmod"]).filter(|&k| matches!(v.case_of(k).as_deref(), Some("to" | "for"))).collect()
}
