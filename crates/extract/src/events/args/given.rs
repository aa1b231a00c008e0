//! "pledged support for the civilian government", "suspended military aid to Kyiv", "promised an
//! amnesty for troops who surrendered": what is given, granted or withheld names no party; whom it
//! goes to (its to- or for-phrase) is the target (GUIDELINES §4: targets are parties).
use super::*;

/// Puts, for a trigger coded `cameo` (event_words `given_roots`), the party a given thing goes to in
/// place of the thing (event_words `given_nouns`). A thing given to no party stays ("support for the
/// ceasefire" names no recipient).
pub fn recipients(v: &View, cameo: &str, roles: &mut Roles) {
    if !words::get("given_roots").iter().any(|r| cameo.starts_with(r)) {
        return;
    }
    let given = |x: &usize| words::get("given_nouns").contains(&v.lemmas[*x].as_str());
    let Some(k) = roles.targets.iter().position(given) else { return };
    let to =
        |c: &usize| matches!(v.case_of(*c).as_deref(), Some("to" | "for")) && !v.is_dated(*c) && !is_place_noun(v, *c);
    let party = |x: &usize| v.names_party(*x) || words::is_pronoun(&v.lemmas[*x]) || v.entity_label(*x).is_some();
    let found: Vec<usize> =
        v.kids_with(roles.targets[k], &["nmod"]).filter(to).flat_map(|c| v.conjuncts(c)).filter(party).collect();
    if found.is_empty() {
        return;
    }
    roles.targets.splice(k..k + 1, found.iter().copied());
    // Whom it goes to is not where.
    let phrases: Vec<std::ops::Range<usize>> = found.iter().map(|&x| v.phrase(x)).collect();
    roles.places.retain(|p| !phrases.iter().any(|r| r.contains(p)));
}
