//! Acronyms a story defines: news names a body in full once, with its acronym ("Somalia's National
//! Intelligence and Security Agency, or NISA", "the Tigray People's Liberation Front (TPLF)"), and
//! by the acronym alone after that ("NISA said"). The acronym is the party the full name is.
use crate::events::view::View;
use crate::parties;
use casus_core::{Document, Party, Sentence};

/// Words inside a body's name that give no initial ("Center for Disease Control and Prevention").
const LINKS: &[&str] = &["of", "for", "and", "the", "on", "in", "de", "&", "'s", "’s", "-"];

/// Acronym → the party of its full name, from the story's first definition of each.
pub(crate) fn acronyms(doc: &Document) -> Vec<(String, Party)> {
    let mut out: Vec<(String, Party)> = Vec::new();
    for s in &doc.sentences {
        let words: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
        for i in 0..words.len() {
            let Some(full) = defined_at(&words, i) else { continue };
            if out.iter().any(|(a, _)| a == words[i]) {
                continue;
            }
            out.push((words[i].to_string(), full_party(doc, s, full)));
        }
    }
    out
}

/// The party a phrase stands for when its head is an acronym the story defined, or the name the
/// model tags around the head is a defined acronym's full name; `None` otherwise.
pub(crate) fn party(v: &View, table: &[(String, Party)], head: usize, text: &str) -> Option<Party> {
    let word = v.text(head..head + 1);
    let ent = v.sent.entities.iter().find(|e| e.label == "ORG" && e.tokens.contains(&head));
    let name = ent.map(|e| v.text(e.tokens.clone())).map(|n| n.strip_prefix("the ").unwrap_or(n));
    let (_, p) = table.iter().find(|(a, p)| a == word || Some(p.text.as_str()) == name)?;
    Some(Party { text: text.to_string(), ..p.clone() })
}

/// The tokens of the full name that token `i` abbreviates: "Full Name (ACR)" or "Full Name, or ACR".
fn defined_at(words: &[&str], i: usize) -> Option<std::ops::Range<usize>> {
    if !is_acronym(words[i]) || i < 2 {
        return None;
    }
    let next = words.get(i + 1).copied();
    let end = match (words[i - 1], words[i - 2], next) {
        ("(", _, Some(")")) => i - 1,
        ("or", ",", Some(",") | Some(".") | None) => i - 2,
        _ => return None,
    };
    let start = name_start(words, end, words[i])?;
    Some(start..end)
}

/// 2 to 6 capital letters.
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The first word of the name ending before `end` whose capitalized words' initials spell the
/// acronym (in order, as "NCDC" for "Nigeria Center for Disease Control and Prevention"); the
/// nearest such word, so a possessor ("Somalia's") stays out of the name.
fn name_start(words: &[&str], end: usize, acronym: &str) -> Option<usize> {
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let mut start = end;
    while start > 0 && end - start < 12 && (capital(words[start - 1]) || LINKS.contains(&words[start - 1])) {
        start -= 1;
    }
    let first = acronym.chars().next()?;
    (start..end).rev().filter(|&k| capital(words[k]) && words[k].starts_with(first)).find(|&k| {
        let initials: String = words[k..end].iter().filter(|w| capital(w)).filter_map(|w| w.chars().next()).collect();
        spells(&initials, acronym)
    })
}

/// Whether the acronym's letters appear in order in the initials, the first letters equal.
fn spells(initials: &str, acronym: &str) -> bool {
    let mut rest = initials.chars();
    acronym.chars().all(|a| rest.any(|c| c == a)) && initials.chars().next() == acronym.chars().next()
}

/// The full name's party: the gazetteer's reading of it with its possessor ("Somalia's"), named by
/// the full name when the gazetteer knows no name for it. A state's word inside a name makes no state
/// body ("Houston Asian American Archive"): a bare state reading (GOV) counts only for a name the
/// state possesses or that begins with the state's name ("Nigeria Center for Disease Control").
fn full_party(doc: &Document, s: &Sentence, full: std::ops::Range<usize>) -> Party {
    let mut start = full.start;
    let possessed = start >= 2 && matches!(s.tokens[start - 1].text.as_str(), "'s" | "’s");
    if possessed {
        start -= 2;
    }
    let mut name = doc.span_text(s, full.clone());
    if let Some(rest) = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")) {
        name = rest;
    }
    let own = |text: String| Party { text: name.to_string(), name: Some(text), country: None, role: None };
    let Some(info) = parties::normalize(doc.span_text(s, start..full.end)) else { return own(name.to_string()) };
    let state = info.country.as_deref().and_then(parties::country_name);
    let identity = info.name.is_some() && info.name.as_deref() != state;
    let state_named = possessed || state.is_some_and(|c| name.starts_with(c));
    if identity || state_named || info.role.as_deref().is_some_and(|r| r != "GOV") {
        let known = info.name.unwrap_or_else(|| name.to_string());
        return Party { text: name.to_string(), name: Some(known), country: info.country, role: info.role };
    }
    own(name.to_string())
}
