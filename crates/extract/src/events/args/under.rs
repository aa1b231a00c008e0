//! "The train came under a bomb and gun attack", "the convoy came under intense fire": whoever comes
//! under an event noun undergoes it. The triggers lexicon matches only the bare phrases ("come under
//! fire"); a modifier in between leaves the noun as the trigger, whose own phrase names no target.
use super::*;

/// The subjects of the verb of coming under (event_words `under_verbs`) whose under-phrase holds
/// event noun `t`; empty when `t` is in no such phrase.
pub fn undergoers(v: &View, t: usize) -> Vec<usize> {
    // "artillery fire", "bomb and gun attack": a modifier or conjunct stands in its noun's place.
    let mut n = t;
    while matches!(v.base_rel(n), "compound" | "conj") {
        match v.head(n) {
            Some(h) if !v.is_clause(h) => n = h,
            _ => break,
        }
    }
    let Some(h) = v.head(n).filter(|&h| words::get("under_verbs").contains(&v.lemmas[h].as_str())) else {
        return Vec::new();
    };
    if v.base_rel(n) != "obl" || !(is_under(v, n) || after_under(v, h, n)) {
        return Vec::new();
    }
    let subjects: Vec<usize> = v.kids_with(h, &["nsubj"]).map(|s| v.antecedent(h, s)).collect();
    if subjects.is_empty() {
        return inherited_subject(v, h);
    }
    subjects
}

fn is_under(v: &View, n: usize) -> bool {
    v.case_of(n).as_deref() == Some("under")
}

/// "came under a bomb and gun attack" parsed with "bomb" a caseless oblique of its own: a noun between
/// "under" and the under-phrase's head is in that phrase.
fn after_under(v: &View, h: usize, n: usize) -> bool {
    v.case_of(n).is_none()
        && v.kids_with(h, &["obl"])
            .any(|u| u > n && is_under(v, u) && v.kids(u).iter().any(|&k| k < n && v.lower(k) == "under"))
}

/// "its peacekeepers had come under fire from Gbagbo's special forces": the from-phrase of a verb of
/// coming under (on the verb or on its under-phrase) names who fired, as a by-phrase would. Only a verb
/// with an under-phrase: "died from his wounds" names no one.
pub fn from_agents(v: &View, t: usize) -> Vec<usize> {
    let unders: Vec<usize> = v.kids_with(t, &["obl"]).filter(|&c| is_under(v, c)).collect();
    let from = |c: &usize| {
        matches!(v.base_rel(*c), "obl" | "nmod") && v.case_of(*c).as_deref() == Some("from") && !v.is_dated(*c)
    };
    let on_nouns = unders.iter().flat_map(|&u| v.kids(u).iter().copied().filter(from));
    let on_verb = v.kids(t).iter().copied().filter(from).filter(|_| !unders.is_empty());
    on_verb.chain(on_nouns).take(1).collect()
}
