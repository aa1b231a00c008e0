//! "They" in a clause that hangs off another whose subject is plural ("Women and girls are not merely
//! unprotected, they are being targeted", "People lose their cards when they are convicted", "Some
//! told VOA they agree"): that subject, not the actors of an earlier sentence's event.
use super::context::{parties_of, Context};
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use casus_core::Party;

/// Relations by which a clause hangs off the clause whose subject its "they" may repeat.
const CLAUSES: &[&str] = &["ccomp", "advcl", "parataxis", "conj", "xcomp"];

/// The parties of the plural subject "they" repeats (empty when that subject names no party, as
/// "people" does not); `None` when the head is no such "they".
pub(crate) fn bound_they(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    let subject = enclosing_subject(v, head)?;
    let found = parties_of(v, ctx, &v.conjuncts(subject), avoid);
    Some(found.into_iter().map(|p| Party { text: text.to_string(), ..p }).collect())
}

/// The nearest enclosing clause's subject before "they", when it is a plural noun phrase.
fn enclosing_subject(v: &View, head: usize) -> Option<usize> {
    if v.lemmas[head] != "they" || !v.rel(head).starts_with("nsubj") {
        return None;
    }
    let mut clause = v.head(head)?;
    // Up to three clauses: "People say that when they …" hangs two deep.
    for _ in 0..3 {
        if !CLAUSES.contains(&v.base_rel(clause)) {
            return None;
        }
        let up = v.head(clause)?;
        if let Some(s) = v.kids_with(up, &["nsubj", "nsubj:pass"]).find(|&s| s < head) {
            return (plural(v, s) && !nearer_plural(v, s, head)).then_some(s);
        }
        clause = up;
    }
    None
}

/// A plural noun phrase: inflected ("residents"), coordinated ("women and girls") or plural by its
/// word ("some", "people"); a pronoun subject is left to the usual reading.
pub(crate) fn plural(v: &View, s: usize) -> bool {
    let lemma = v.lemmas[s].as_str();
    if is_pronoun(lemma) || matches!(lemma, "they" | "we" | "you" | "who" | "which" | "that") {
        return false;
    }
    // "the United States" is one state; "Palestinians" (a nationality) are many.
    let named = v.sent.entities.iter().any(|e| e.tokens.contains(&s) && e.label != "NORP");
    // "-s" or "-men" off the lemma: "bombing" taken to "bomb" is no plural.
    let word = v.lower(s);
    let inflected = word != lemma && !named && (word.ends_with('s') || word.ends_with("men"));
    let listed = |w: &str| words::get("plural_words").contains(&w);
    inflected || v.kids_with(s, &["conj"]).next().is_some() || listed(lemma) || listed(&word)
}

/// "Aid workers who negotiate with the militants say they …": a plural noun inside the subject, nearer
/// to "they", may be meant as well; such a "they" is left to the usual reading.
fn nearer_plural(v: &View, subject: usize, they: usize) -> bool {
    let own = v.conjuncts(subject);
    let nominal = |k: usize| matches!(v.base_rel(k), "obj" | "obl" | "nmod" | "nsubj" | "iobj" | "appos");
    v.subtree(subject).filter(|&k| k < they && !own.contains(&k)).any(|k| nominal(k) && plural(v, k))
}
