//! "They" in a clause that hangs off another whose subject is plural ("Women and girls are not merely
//! unprotected, they are being targeted", "People lose their cards when they are convicted", "Some
//! told VOA they agree"): that subject, not the actors of an earlier sentence's event. So is "it" in
//! a clause that hangs off one whose subject is singular ("The convoy was passing when it came under
//! attack").
use super::context::Context;
use super::phrases::parties_of;
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
    if v.lemmas[head] != "they" {
        return None;
    }
    // "When the rebels reached the town, they burned it": a subordinate clause before "they" that
    // hangs off its own clause names the subject first, nearer than any clause above.
    let fronted = fronted_subject(v, head).filter(|&s| plural(v, s));
    let s = match fronted {
        Some(s) => s,
        None => governing_subject(v, head)?.1,
    };
    // "Fighters met little resistance when they swept into Abidjan, after an offensive in which they
    // captured town after town": a "they" that repeats a "they" repeats what that one repeats.
    if v.lemmas[s] == "they" {
        return enclosing_subject(v, s);
    }
    (plural(v, s) && !nearer_plural(v, s, head)).then_some(s)
}

/// The parties of the singular subject a subject "it" repeats ("The convoy was passing through Kalat
/// when it came under attack", "The group said it seized eight workers", "The movement broke away,
/// declaring it would fight on"): that subject, not the latest party named, and none when it names
/// no party. `None` when the head is no such "it": the subject is a person ("it" is never one), a
/// pronoun, plural, or a singular object stands between them ("The army shelled the town before it
/// fell": either may be meant).
pub(crate) fn bound_it(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    if v.lemmas[head] != "it" {
        return None;
    }
    let (verb, s) = governing_subject(v, head)?;
    let lemma = v.lemmas[s].as_str();
    let pronoun = is_pronoun(lemma) || words::get("stand_in_subjects").contains(&lemma);
    let person = v.is_person(s) || words::get("speaker_nouns").contains(&lemma);
    let object_between = v.kids_with(verb, &["obj"]).any(|o| o > s && o < head && !plural(v, o));
    if pronoun || person || plural(v, s) || object_between {
        return None;
    }
    let found = parties_of(v, ctx, &[s], avoid);
    Some(found.into_iter().map(|p| Party { text: text.to_string(), ..p }).collect())
}

/// (verb, subject) of the nearest clause a subject pronoun's clause hangs off, whose subject comes
/// before the pronoun.
fn governing_subject(v: &View, head: usize) -> Option<(usize, usize)> {
    if !v.rel(head).starts_with("nsubj") {
        return None;
    }
    let mut clause = v.head(head)?;
    // Up to three clauses: "People say that when they …" hangs two deep.
    for _ in 0..3 {
        // "an offensive in which they captured three towns", "the weapons that they seized": a relative
        // clause with a subject of its own hangs, through the object or oblique it modifies, off that
        // noun's clause.
        let noun = v.head(clause).filter(|&n| v.rel(clause) == "acl:relcl" && matches!(v.base_rel(n), "obj" | "obl"));
        if noun.is_none() && !CLAUSES.contains(&v.base_rel(clause)) {
            return None;
        }
        let up = v.head(noun.unwrap_or(clause))?;
        if let Some(s) = v.kids_with(up, &["nsubj", "nsubj:pass"]).find(|&s| s < head) {
            return Some((up, s));
        }
        clause = up;
    }
    None
}

/// The subject of a subordinate clause that opens the pronoun's own clause ("If the Taliban are
/// sincere, they must stop", "After the gunmen stormed the hotel, they took hostages"), when both
/// come before the pronoun.
fn fronted_subject(v: &View, head: usize) -> Option<usize> {
    if !v.rel(head).starts_with("nsubj") {
        return None;
    }
    let clause = v.head(head)?;
    let opening = v.kids_with(clause, &["advcl"]).find(|&c| c < head)?;
    v.kids_with(opening, &["nsubj", "nsubj:pass"]).find(|&s| s < head)
}

/// A plural noun phrase: inflected ("residents"), coordinated ("women and girls") or plural by its
/// word ("some", "people"); a pronoun subject is left to the usual reading.
pub(crate) fn plural(v: &View, s: usize) -> bool {
    plural_form(v, s) || v.kids_with(s, &["conj"]).next().is_some()
}

/// A noun phrase plural by its own word ("residents", "some"), whatever it is coordinated with.
pub(crate) fn plural_form(v: &View, s: usize) -> bool {
    let lemma = v.lemmas[s].as_str();
    if is_pronoun(lemma) || words::get("stand_in_subjects").contains(&lemma) {
        return false;
    }
    // "the United States" is one state; "Palestinians" (a nationality) are many.
    let named = v.sent.entities.iter().any(|e| e.tokens.contains(&s) && e.label != "NORP");
    // "-s" or "-men" off the lemma: "bombing" taken to "bomb" is no plural.
    let word = v.lower(s);
    let inflected = word != lemma && !named && (word.ends_with('s') || word.ends_with("men"));
    let listed = |w: &str| words::get("plural_words").contains(&w);
    inflected || listed(lemma) || listed(&word)
}

/// "Aid workers who negotiate with the militants say they …": a plural noun inside the subject, nearer
/// to "they", may be meant as well; such a "they" is left to the usual reading.
fn nearer_plural(v: &View, subject: usize, they: usize) -> bool {
    let own = v.conjuncts(subject);
    let nominal = |k: usize| matches!(v.base_rel(k), "obj" | "obl" | "nmod" | "nsubj" | "iobj" | "appos");
    v.subtree(subject).filter(|&k| k < they && !own.contains(&k)).any(|k| nominal(k) && plural(v, k))
}

/// The parties of the sentence's plural main subject ("The Tamil Tigers have been blamed for scores of
/// attacks", "Security officials say a gunbattle killed one"), for a "They" that opens the next
/// sentence; only parties of a state and role (not "media reports", nor a name the story never
/// placed). `None` when the main subject is "they" itself (wherever it stands), which goes on with the
/// same subject. Not a passive subject that the sentence says someone acted on ("Somali pirates were
/// captured by French commandos. They freed the hostages": the commandos, the latest actors).
pub(crate) fn main_subject(v: &View, ctx: &Context) -> Option<Vec<Party>> {
    let root = (0..v.len()).find(|&i| v.head(i).is_none())?;
    let Some(s) = v.kids_with(root, &["nsubj", "nsubj:pass"]).next() else { return Some(Vec::new()) };
    if v.lemmas[s] == "they" {
        return None;
    }
    let acted_on = v.rel(s) == "nsubj:pass" && v.kids(root).iter().any(|&k| v.rel(k) == "obl:agent");
    if !plural(v, s) || acted_on {
        return Some(Vec::new());
    }
    // "Kony and his commanders are believed to be hiding. They face charges": the leader and his own
    // people are one side, which "They" names once (as the leader's).
    let own = |c: usize| v.possessive_pronoun(c).is_some();
    let sides: Vec<usize> = v.conjuncts(s).into_iter().filter(|&c| c == s || !own(c)).collect();
    Some(parties_of(v, ctx, &sides, None).into_iter().filter(|p| p.role.is_some() && p.country.is_some()).collect())
}

/// "The Tamil Tigers have been blamed for scores of attacks. They were also accused of …": a "They"
/// that opens a sentence as its main subject goes on with the previous sentence's plural main subject,
/// also where that subject was no event's actor (a passive subject, a speaker, a clause with no event).
pub(crate) fn opening_they(
    v: &View,
    ctx: &Context,
    head: usize,
    avoid: Option<&str>,
    text: &str,
) -> Option<Vec<Party>> {
    let opens = (0..head).all(|k| matches!(v.base_rel(k), "punct" | "cc" | "advmod"));
    if v.lemmas[head] != "they" || !v.rel(head).starts_with("nsubj") || v.head(head).and_then(|h| v.head(h)).is_some() {
        return None;
    }
    // "Turkish officials said the soldiers fought back. They killed 15 rebels": the officials only
    // speak; a "They" that acts is whoever acted last.
    if ctx.last_subject_spoke && !reports(v) {
        return None;
    }
    let avoided = |p: &&Party| avoid.is_none() || p.country.as_deref() != avoid;
    let found: Vec<Party> =
        ctx.last_subject.iter().filter(avoided).map(|p| Party { text: text.to_string(), ..p.clone() }).collect();
    (opens && !found.is_empty()).then_some(found)
}

/// Whether the sentence's main verb reports speech ("Officials say ...", "They said ...").
pub(crate) fn reports(v: &View) -> bool {
    (0..v.len())
        .find(|&i| v.head(i).is_none())
        .is_some_and(|root| words::get("reporting").contains(&v.lemmas[root].as_str()))
}
