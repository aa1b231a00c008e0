//! Who of the story's people is a man and who a woman, as far as the story says: a title before the
//! name ("Ms. Tajaroensuk", "spokeswoman Lina Ali") or the first "he" or "she" after the name in its
//! sentence with no other person between. A "she said" is then not given to a man quoted before.
use super::names::surname;
use crate::events::words;
use casus_core::Document;

/// Surname → whether that person is a woman, first evidence kept; a title outweighs a pronoun.
pub(crate) fn genders(doc: &Document) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for by_title in [true, false] {
        for s in &doc.sentences {
            let persons: Vec<_> = s.entities.iter().filter(|e| e.label == "PER").collect();
            for (i, e) in persons.iter().enumerate() {
                let Some(key) = surname(doc.span_text(s, e.tokens.clone())) else { continue };
                if out.iter().any(|(k, _)| *k == key) {
                    continue;
                }
                let word = |t: usize| s.tokens[t].text.trim_end_matches('.').to_lowercase();
                let found = if by_title {
                    // The word before the name, or the name's own first word ("Mr. Lutnick" tagged whole).
                    [e.tokens.start.checked_sub(1), Some(e.tokens.start)]
                        .into_iter()
                        .flatten()
                        .find_map(|t| female(&word(t)))
                } else {
                    let next = persons.get(i + 1).map_or(s.tokens.len(), |n| n.tokens.start);
                    (e.tokens.end..next).find_map(|t| pronoun_female(&word(t)))
                };
                if let Some(f) = found {
                    out.push((key, f));
                }
            }
        }
    }
    out
}

/// Whether a title or person noun is a woman's (`Some(true)`) or a man's (`Some(false)`).
fn female(word: &str) -> Option<bool> {
    if words::get("female_titles").contains(&word) {
        Some(true)
    } else if words::get("male_titles").contains(&word) {
        Some(false)
    } else {
        None
    }
}

fn pronoun_female(word: &str) -> Option<bool> {
    match word {
        "she" | "her" | "hers" | "herself" => Some(true),
        "he" | "him" | "his" | "himself" => Some(false),
        _ => None,
    }
}

/// Whether a full name's given name is a woman's (`Some(true)`) or a man's, by the common names of
/// the news (`female_given_names`, `male_given_names`).
pub(crate) fn by_given_name(name: &str) -> Option<bool> {
    let mut parts = name.split_whitespace();
    let given = parts.next()?.to_lowercase();
    parts.next()?;
    if words::get("female_given_names").contains(&given.as_str()) {
        Some(true)
    } else if words::get("male_given_names").contains(&given.as_str()) {
        Some(false)
    } else {
        None
    }
}
