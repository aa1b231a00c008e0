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
