//! A gerund that sets a passive verb: "five soldiers were killed in fighting" names those who fell,
//! not who fought; a shared subject would make the victims the fight's actor.
use crate::events::view::View;
use crate::events::words;

/// "Five soldiers were killed in fighting", "militants killed in clashes": a gerund that says in what
/// setting a passive verb's subject underwent it has not that subject as its actor (the victims do not
/// fight). "were pushed back after attacking the town" does: only setting prepositions (`gerund_settings`).
pub(super) fn setting(v: &View, t: usize) -> bool {
    let Some(h) = v.head(t).filter(|_| v.rel(t) == "advcl") else { return false };
    let setting =
        v.kids_with(t, &["mark", "case"]).any(|m| words::get("gerund_settings").contains(&v.lemmas[m].as_str()));
    // "22 soldiers and 225 rebels were killed in fighting": two groups that fell are the two sides.
    let subject = v.kids_with(h, &["nsubj:pass"]).next().or_else(|| v.head(h).filter(|_| v.rel(h) == "acl"));
    let sides = subject.is_some_and(|s| v.kids_with(s, &["conj"]).next().is_some());
    let victims_act = names_opponent(v, t) || protest(v, t);
    setting && !sides && !victims_act && (v.is_passive(h) || super::reduced_relative(v, h))
}

/// "were killed in fighting with Taliban insurgents", "were wounded in fighting Hezbollah", "killed in
/// attacking an army post": a gerund that names whom it is against makes the fallen one of its sides.
fn names_opponent(v: &View, t: usize) -> bool {
    let opposed = |k: usize| words::get("opponent_cases").contains(&v.case_of(k).unwrap_or_default().as_str());
    v.kids_with(t, &["obj"]).next().is_some() || v.kids_with(t, &["obl", "nmod"]).any(opposed)
}

/// "were shot dead amid protesting over fuel prices": a protest is what those who fell were doing.
fn protest(v: &View, t: usize) -> bool {
    let act = crate::lexicon::lookup_pos(&v.lemmas, t, Some(crate::lexicon::Pos::Verb));
    act.and_then(|m| m.entry.cameo.as_deref()).is_some_and(|code| code.starts_with("14"))
}
