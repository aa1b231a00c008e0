//! Capitalized words beside a known place's name in a tagged place span: whether they make a longer
//! name ("Lower Juba", a Somali region, not South Sudan's capital) or not ("Kashmir Clashes" of a
//! title-case headline).
use crate::parties;
use casus_geo::names::key;

/// "in the Lower Juba region", "Middle Shabelle": capitalized words right before the known name that
/// with it make a place the geographic gazetteer knows by that very name; the longest such name.
pub(super) fn longer_place(before: &[&str], known: &str) -> Option<String> {
    let words: Vec<&str> = before.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let capitalized = words.iter().rev().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let gazetteer = casus_geo::Gazetteer::embedded().ok()?;
    (1..=capitalized).rev().find_map(|k| {
        let name = words[words.len() - k..].iter().copied().chain([known]).collect::<Vec<_>>().join(" ");
        let place = gazetteer.geocode(&name, &[])?;
        (key(&place.name) == key(&name)).then_some(name)
    })
}

/// "Kashmir Clashes", "Darfur Rebels": a title-case headline capitalizes the event's or the party's
/// word after a place's name too; such a word (a trigger, or a role word that names no state) makes
/// no longer name.
pub(super) fn no_name_part(word: &str) -> bool {
    let lemma = crate::lemma::lemma(&word.to_lowercase());
    let party = parties::normalize(word).is_some_and(|p| p.role.is_some() && p.name.is_none());
    party || crate::lexicon::lookup(&[lemma], 0).is_some()
}
