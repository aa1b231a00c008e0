//! A group's short name for the branch a story names: "the Taliban" of a story about the
//! Pakistani Taliban (Tehrik-i-Taliban Pakistan) are that group, not the Afghan movement the
//! gazetteer knows by the short name; likewise "al-Qaida" in a story on al-Qaida in the Arabian
//! Peninsula. The story must name the branch by a name that contains the short one, and must not
//! also name the general group by a qualified name ("the Afghan Taliban"), which keeps the two apart.
use crate::parties::{self, PartyInfo};
use casus_core::{Document, Event};

/// The named parties of a document's entities other than states: (the entity's words, the party).
fn groups(doc: &Document) -> Vec<(String, PartyInfo)> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        for e in s.entities.iter().filter(|e| matches!(e.label.as_str(), "ORG" | "NORP" | "PER")) {
            // "the Pakistani Taliban", "the Afghan Taliban": the model tags the state's adjective
            // apart from the group's name, which with it names the branch or the qualified group.
            let adjective = s.entities.iter().find(|a| a.tokens.end == e.tokens.start && a.label == "NORP");
            let joined = adjective.map(|a| doc.span_text(s, a.tokens.start..e.tokens.end));
            let named = |text: &str| {
                parties::normalize(text).filter(|p| p.name.as_deref().is_some_and(|n| !parties::is_country_name(n)))
            };
            // A state's name is no group's ("Pakistan" in "Tehrik-i-Taliban Pakistan").
            let found = joined.and_then(|t| Some((t, named(t)?))).or_else(|| {
                let text = doc.span_text(s, e.tokens.clone());
                Some((text, named(text)?))
            });
            if let Some((text, p)) = found {
                out.push((text.trim_start_matches("the ").to_string(), p));
            }
        }
    }
    out
}

/// The one armed branch the story names for the group called `short` (a name the story gives an
/// entity), unless it also names
/// `short`'s own group with a qualifier (more words than its name, or another state's adjective).
fn branch<'a>(found: &'a [(String, PartyInfo)], text: &str, short: &str) -> Option<&'a PartyInfo> {
    if !found.iter().any(|(_, p)| p.name.as_deref() == Some(short)) {
        return None;
    }
    let words = short.split_whitespace().count();
    let qualified = found.iter().any(|(t, p)| p.name.as_deref() == Some(short) && t.split_whitespace().count() > words);
    let contains = |t: &str| t.to_lowercase().contains(&short.to_lowercase());
    let armed = |p: &PartyInfo| matches!(p.role.as_deref(), Some("REB" | "SEP"));
    let mut branches = found.iter().filter(|(t, p)| {
        armed(p)
            && p.name.as_deref().is_some_and(|n| n != short)
            && (contains(t) || p.name.as_deref().is_some_and(contains))
    });
    let (_, first) = branches.next()?;
    let one = branches.all(|(_, p)| p.name == first.name);
    (one && !qualified && !of_other_state(text, short, first.country.as_deref())).then_some(first)
}

/// Whether `text` names the group `short` with another state's adjective or name than the branch's
/// ("the Afghan Taliban" in a story on the Pakistani Taliban).
fn of_other_state(text: &str, short: &str, branch: Option<&str>) -> bool {
    text.match_indices(short).any(|(i, _)| {
        let before = text[..i].split_whitespace().last().unwrap_or_default();
        let state = parties::normalize(before).filter(|p| p.name.as_deref().is_some_and(parties::is_country_name));
        state.is_some_and(|p| p.country.as_deref() != branch)
    })
}

/// Gives every party named by a group's short name the branch the story names (see the module doc).
pub fn narrow(events: &mut [Event], doc: &Document) {
    let found = groups(doc);
    if found.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        for p in [&mut e.actor, &mut e.target, &mut e.source].into_iter().flatten() {
            let Some(b) = p.name.as_deref().and_then(|n| branch(&found, &doc.text, n)) else { continue };
            p.name = b.name.clone();
            p.country = b.country.clone();
            p.role = b.role.clone();
        }
    }
}
