//! "locating people wounded in the fighting", "visited victims injured in the blasts": a definite
//! event noun inside a participle phrase that picks out people by what befell them names an incident
//! the story has told, as "the victims of the attack" does (`topic_of`). The sentence reports what is
//! done with those people now; the incident gets no record of its own there (GUIDELINES §2: an
//! incident named only to refer to it). A counted toll ("18 soldiers were among those killed in the
//! attack"), a day or detail of the noun's own ("wounded in Tuesday's attack"), a bare noun ("wounded
//! in violent confrontations with police", which may be the only report) or the lead (which may tell
//! the incident first) keep it. Those "involved in" an incident are its parties, not its victims.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;

/// Event noun `head` only identifies the people a participle phrase names by what befell them.
pub(crate) fn identifies(v: &View, head: usize) -> bool {
    let Some(participle) = v.head(head) else { return false };
    let reduced_relative = v.base_rel(head) == "obl"
        && v.rel(participle) == "acl"
        && v.head(participle).is_some_and(|n| n < participle)
        && words::get("identifying_participles").contains(&v.lemmas[participle].as_str());
    if !reduced_relative {
        return false;
    }
    // "the fighting", not "Tuesday's attack" (a day tells which incident, as a new report would) nor
    // "the group's attacks". A day or a detail of the noun's own ("the attack on Monday", "the attack
    // on the convoy", "the deadly blasts") may tell a new incident too.
    let own = |k: usize| {
        (v.is_dated(k) && !matches!(v.base_rel(k), "case" | "det"))
            || matches!(v.base_rel(k), "nummod" | "nmod" | "amod" | "compound" | "acl" | "appos")
    };
    let counted = v.casualties().iter().any(|c| c.count.is_some());
    v.definite_det(head) && !v.kids(head).iter().any(|&k| own(k)) && !counted && !tense::in_lead(v, 1)
}

/// "A British contractor and a South African worker were among those killed", "foreigners are among
/// the dead": victims' make-up restated with no count of its own is no record (GUIDELINES §12.9,
/// like "including"). A count keeps it, of the people named ("two officials are among the dead") or
/// of the dead ("was among 12 people killed").
pub(crate) fn among_the_dead(v: &View, head: usize) -> bool {
    let among = |k: &usize| {
        v.case_of(*k).as_deref() == Some("among") && words::get("among_dead_heads").contains(&v.lemmas[*k].as_str())
    };
    // The among-phrase: the trigger ("among the dead"), the noun its participle modifies ("among those
    // killed"), or, as the parser may hang it, a dependent of the trigger or of its governor.
    let governor = v.head(head);
    let near = governor.into_iter().chain(governor.into_iter().flat_map(|g| v.kids(g).iter().copied()));
    let candidates = std::iter::once(head).chain(near).chain(v.kids(head).iter().copied());
    let Some(phrase) = candidates.into_iter().find(among) else { return false };
    // The subject may hang on the among-phrase as predicate ("were among those") or on the trigger.
    let subjects: Vec<usize> = [phrase, head]
        .into_iter()
        .flat_map(|p| v.kids_with(p, &["nsubj", "nsubj:pass"]).collect::<Vec<_>>())
        .filter(|&s| s != phrase)
        .flat_map(|s| v.conjuncts(s))
        .collect();
    let counted =
        |x: usize| v.kids_with(x, &["nummod"]).next().is_some() || v.lemmas[x].chars().all(|c| c.is_ascii_digit());
    !subjects.is_empty() && !subjects.iter().any(|&s| counted(s)) && !counted(phrase)
}
