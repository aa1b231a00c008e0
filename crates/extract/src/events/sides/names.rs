//! People's names as news writes them: the surname a span ends in ("President Mahinda Rajapakse" is
//! Rajapakse), two-letter surnames ("Fu"), family names written first ("Fu" after "Fu Cong"), and the
//! story's people named in full, by surname.
use super::context::Context;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// The surname of a span that ends in a capitalized name ("President Mahinda Rajapakse" →
/// "rajapakse"); `None` for spans that end in a common noun ("Azerbaijani forces").
pub(crate) fn surname(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut last = words.last()?.trim_matches(|c: char| !c.is_alphanumeric());
    // "Ban Ki-moon", "Kim Jong-un": a hyphenated given name with a lower-case second syllable
    // follows the family name, which comes first.
    let given_last = last.split_once('-').is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase));
    if let (true, [.., family, _]) = (given_last, words.as_slice()) {
        last = family.trim_matches(|c: char| !c.is_alphanumeric());
    }
    let capital = last.chars().next().is_some_and(char::is_uppercase);
    (capital && (last.chars().count() > 2 || short_surname(last))).then(|| last.to_lowercase())
}

/// "Fu" after "Fu Cong", "Mao" after "Mao Ning": a one-word name that is the first of the two words
/// of exactly one of the story's full names, as the family name comes first in Chinese, Korean and
/// Vietnamese names (a surname key finds none of them).
pub(crate) fn family_first<'a>(names: impl Iterator<Item = &'a str>, name: &str) -> Option<&'a str> {
    let mut found = names.filter(|n| {
        let words: Vec<&str> = n.split_whitespace().collect();
        words.len() == 2 && words[0] == name
    });
    let first = found.next()?;
    found.all(|n| n == first).then_some(first)
}

/// "Fu", "Wu", "Li": a two-letter surname, written with a lower-case second letter (acronyms such as
/// "UN" are all capitals) and no common two-letter English word ("He", "We", "In").
fn short_surname(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().count() == 2
        && word.chars().nth(1).is_some_and(char::is_lowercase)
        && !words::get("two_letter_words").contains(&lower.as_str())
}

/// Names of two or more words the model tags as people, keyed by surname; a surname two people share
/// is left out, as it names neither.
pub(crate) fn full_names(doc: &casus_core::Document) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    for s in &doc.sentences {
        for e in s.entities.iter().filter(|e| e.label == "PER") {
            let name = doc.span_text(s, e.tokens.clone());
            let Some(key) = surname(name).filter(|_| name.split_whitespace().count() >= 2) else { continue };
            match out.iter().find(|(k, _)| *k == key) {
                Some((_, n)) if n != name => shared.push(key),
                Some(_) => {}
                None => out.push((key, name.to_string())),
            }
        }
    }
    out.retain(|(k, _)| !shared.contains(k));
    out
}

/// "Wood called on both sides" after "spokesman Robert Wood": a surname the model leaves untagged (a
/// common word, often at a sentence's start) standing alone as the phrase is still the story's person
/// of that surname named in full, with the office the story gave them.
pub(crate) fn untagged_surname(v: &View, ctx: &Context, head: usize, text: &str) -> Option<Party> {
    let word = v.word(head);
    let alone = v.phrase(head).len() == 1;
    if !alone || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let full = ctx.full_name(word)?;
    let text = text.to_string();
    if let Some(known) = ctx.person(full).or_else(|| ctx.office(word)) {
        return Some(Party { text, ..known.clone() });
    }
    if let Some(known) = Some(full).filter(|f| crate::parties::names_person_in_full(f)).and_then(crate::parties::person)
    {
        return Some(Party { text, name: known.name, country: known.country, role: known.role });
    }
    Some(Party { text, name: Some(full.to_string()), country: None, role: None })
}

/// Whether the given names of `name` ("Daud" of "Daud Ahmadi"; titles such as "Mr." are none) all
/// appear in `known`, the phrase a person was introduced with: a surname alone always agrees.
pub(super) fn given_names_agree(name: &str, known: &str) -> bool {
    let titles = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        words::get("male_titles").contains(&w.as_str()) || words::get("female_titles").contains(&w.as_str())
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let known: Vec<String> = known.split_whitespace().map(str::to_lowercase).collect();
    let given = &words[..words.len().saturating_sub(1)];
    given
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with('.') && !titles(w))
        .all(|w| known.contains(&w.to_lowercase()))
}
