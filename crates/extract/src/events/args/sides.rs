//! The sides of a fight read off its phrase: "between A and B" (each on each, or one plural party
//! within itself: "clashes between rival gangs"), "A clashed with B" and "killed in clashes with B"
//! (one side each way), the partner of a clash noun ("fought battles with gunmen").
use super::*;

pub(super) fn is_clash(v: &View, t: usize) -> bool {
    // A mutual force entry of the lexicon: "clash", "battle", "firefight", "exchange of fire", "war".
    crate::lexicon::lookup_pos(&v.lemmas, t, None)
        .is_some_and(|m| m.entry.mutual && m.entry.cameo.as_deref().is_some_and(is_force))
}

/// "between A and B": every party in it acts on every other.
pub(super) fn between(v: &View, c: usize, r: &mut Roles) {
    let mut sides = first_conjuncts(v, c);
    sides.extend(v.conjuncts(c));
    if sides.len() == 1 {
        sides.extend(next_side(v, c));
    }
    // "fighting between rival factions": one plural names both sides ("the two sides" and "both
    // rivals" are pairs the context resolves).
    let counted = |x: usize| v.kids_with(x, &["nummod", "det"]).any(|k| matches!(v.lemmas[k].as_str(), "two" | "both"));
    r.within = matches!(sides[..], [x] if v.inflected_plural(x) && !counted(x));
    r.actors.extend(sides);
    r.actors.dedup();
    r.targets.clear();
    r.reciprocal = true;
}

/// Whether verb `h` says that someone was killed or hurt (an outcome of the lexicon).
pub(super) fn outcome_verb(v: &View, h: usize) -> bool {
    crate::lexicon::lookup_pos(&v.lemmas, h, Some(Pos::Verb)).is_some_and(|m| m.entry.outcome)
}

/// "A clashed with B", "killed in clashes with B": the with-phrase and its conjuncts are the other
/// side of the actors (GUIDELINES 12.9: "A clashed / battled with B" is one record each way).
pub(super) fn with_side(v: &View, c: usize, r: &mut Roles) {
    r.targets = v.conjuncts(c);
    r.reciprocal = false;
    r.each_way = true;
}

/// "battles with gunmen" as the object of "fought": the with-phrase of a clash noun; "fire with
/// militants" as the object of "exchanged": the with-phrase of a word of the verb's own mutual
/// phrase ("exchange * fire"). Any other object's with-phrase is its own ("fought the rebels with
/// tanks").
pub(super) fn clash_partner(v: &View, t: usize, noun: usize) -> Option<usize> {
    let own_word = || {
        crate::lexicon::lookup_pos(&v.lemmas, t, None).is_some_and(|m| {
            m.entry.mutual && m.entry.cameo.as_deref().is_some_and(is_force) && noun != t && m.tokens.contains(&noun)
        })
    };
    if !is_clash(v, noun) && !own_word() {
        return None;
    }
    v.kids_with(noun, &["nmod"]).find(|&k| v.case_of(k).as_deref() == Some("with"))
}

/// "Fighting Between Militants, Ethiopian Forces", "Talks Between Uganda and the LRA" parsed with the
/// second party a sibling of the first (or a conjunct of the noun): "between" needs two, so the next
/// caseless dependent joined by "and" or a comma is the other.
fn next_side(v: &View, c: usize) -> Option<usize> {
    let h = v.head(c)?;
    let caseless = |s: usize| v.kids_with(s, &["case"]).next().is_none();
    // The "and" or comma before the second party, on it or on its first word ("and government troops").
    let joined = |s: usize| {
        (c + 1..s).any(|k| matches!(v.base_rel(k), "cc" | "punct") && v.head(k).is_some_and(|g| g > k && g <= s))
    };
    v.kids(h)
        .iter()
        .copied()
        .filter(|&s| s > c && matches!(v.base_rel(s), "nmod" | "obl" | "appos" | "conj"))
        .find(|&s| caseless(s) && joined(s) && !v.is_dated(s))
}

/// "fighting between NATO and Taleban forces" parsed with "between" and "and" on the last noun and the
/// first one left a sibling: the siblings between the case word and that noun are its conjuncts.
fn first_conjuncts(v: &View, c: usize) -> Vec<usize> {
    let (Some(case), Some(h)) = (v.kids_with(c, &["case"]).next(), v.head(c)) else { return Vec::new() };
    if v.conjuncts(c).len() > 1 || v.kids_with(c, &["cc"]).next().is_none() {
        return Vec::new();
    }
    v.kids(h)
        .iter()
        .copied()
        .filter(|&s| s > case && s < c && matches!(v.base_rel(s), "nmod" | "obl" | "appos"))
        .collect()
}
