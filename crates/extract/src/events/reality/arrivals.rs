//! Arrivals that are no visit: "Another wave of refugees arrived in Kenya", "peacekeepers arrived
//! in Bosnia", "when the vessel arrived in China". An arrival is a visit (042) only when an
//! official or a delegation arrives (GUIDELINES §12.9: visits to places, migration and movements
//! are no events; a visit to a party is 042).
use crate::events::view::View;
use crate::events::words;

/// The trigger at `head` is "arrive" and its subject is neither a person nor a phrase with an
/// office or delegation noun. With no subject found, or a personal pronoun other than "it", the
/// arrival stays.
pub(crate) fn no_visit(v: &View, head: usize) -> bool {
    if v.lemmas[head] != "arrive" {
        return false;
    }
    // "After arriving in the U.S., X was detained": the subject of the clause it modifies.
    let governing =
        || v.head(head).filter(|_| matches!(v.base_rel(head), "advcl" | "conj" | "xcomp")).and_then(|h| v.subject(h));
    let Some(s) = v.subject(head).or_else(governing).map(|s| v.antecedent(head, s)) else { return false };
    // "he arrived", "they arrived" may be a delegation; "it" is a thing ("when it arrived in
    // China", a vessel), whose arrival is no visit.
    let pronoun = v.lemmas[s].as_str();
    if pronoun != "it" && words::get("personal_pronouns").contains(&pronoun) {
        return false;
    }
    // The subject's head and the nouns that name it ("Iran's foreign minister", "the delegation of
    // Iran"), not every word below it: "Refugees fleeing the president's crackdown" are no visitors.
    let named = std::iter::once(s).chain(v.kids_with(s, &["compound", "nmod", "flat", "appos"]));
    !named.into_iter().any(|k| visitor(v, k) || v.is_person(k))
}

/// An office holder ("the foreign minister") or a delegation ("a Chinese delegation").
fn visitor(v: &View, k: usize) -> bool {
    let lemma = v.lemmas[k].as_str();
    words::get("office_nouns").contains(&lemma) || words::get("visitor_nouns").contains(&lemma)
}
