//! "The army repelled an attack by rebels", "beat back a Taliban assault": who is driven back is the
//! one whose attack it was (GUIDELINES §12.5: "the rebels said they had repelled the attack" is 190
//! rebels → army), not the attack, nor what the attack was aimed at.
use super::*;

/// The doers of event noun `c`, object of verb of repelling `t` (event_words `repel_verbs`): its
/// by-phrase, possessor, or a modifier that names a party ("a Taliban assault").
pub fn attackers(v: &View, t: usize, c: usize) -> Vec<usize> {
    let repel = words::get("repel_verbs").contains(&v.lemmas[t].as_str());
    if !repel || crate::lexicon::lookup_pos(&v.lemmas, c, Some(Pos::Noun)).is_none() {
        return Vec::new();
    }
    // Only a by-phrase or a possessor does it, and not a date ("Saturday's attack on the base").
    let by = |k: &usize| (v.rel(*k) == "nmod:poss" || v.case_of(*k).as_deref() == Some("by")) && !v.is_dated(*k);
    let party = |k: &usize| {
        v.rel(*k) == "nmod:poss"
            || crate::parties::normalize(v.word(*k)).is_some_and(|p| p.role.is_some() || p.country.is_some())
    };
    let doers = v.kids_with(c, &["nmod", "nmod:poss"]).filter(by).filter(party);
    let modifiers = v.kids_with(c, &["amod", "compound"]).filter(|&k| k < c).filter(party);
    doers.chain(modifiers).take(1).collect()
}
