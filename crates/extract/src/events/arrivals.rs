//! Arrivals that are no visit: "Another wave of refugees arrived in Kenya", "peacekeepers arrived
//! in Bosnia", "when the vessel arrived in China". An arrival is a visit (042) only when an
//! official or a delegation arrives (GUIDELINES §12.9: visits to places, migration and movements
//! are no events; a visit to a party is 042).
use super::view::View;
use super::words;

/// The trigger at `head` is "arrive" and its subject is neither a person nor a phrase with an
/// office or delegation noun. With no subject found, or a personal pronoun, the arrival stays.
pub(super) fn no_visit(v: &View, head: usize) -> bool {
    if v.lemmas[head] != "arrive" {
        return false;
    }
    // "After arriving in the U.S., X was detained": the subject of the clause it modifies.
    let governing =
        || v.head(head).filter(|_| matches!(v.base_rel(head), "advcl" | "conj" | "xcomp")).and_then(|h| v.subject(h));
    let Some(s) = v.subject(head).or_else(governing) else { return false };
    if matches!(v.lemmas[s].as_str(), "he" | "she" | "they" | "who" | "i" | "we") {
        return false;
    }
    let phrase = v.subtree(s);
    let visitor = phrase.clone().any(|k| words::get("visitor_nouns").contains(&v.lemmas[k].as_str()));
    let person = phrase.into_iter().any(|k| v.is_person(k));
    !visitor && !person
}
