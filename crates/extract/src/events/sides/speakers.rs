//! The last speaker, for a later "he said": every sentence whose main reporting verb names who
//! speaks updates it, also one that reports no event ("“There was a threat,” said Chaudhry."),
//! else a later "he" is a speaker named paragraphs before. With no reporting verb, a person named
//! as the sentence's subject ("Khoshbo believes her book was banned.") is who "she" is next.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words::is_pronoun;
use casus_core::Party;

/// Notes the subject of the sentence's main reporting verb (the one nearest the root; the first
/// on a tie), else a named person subject of the root, as the last speaker, unless a pronoun names
/// it, which keeps the one it stands for.
pub(crate) fn note(v: &View, ctx: &mut Context) {
    // The subject proper: after a quote the object of "told VOA" is who listens.
    let subject = |h: usize| v.kids_with(h, &["nsubj"]).next();
    let main = (0..v.len())
        .filter(|&h| v.is_reporting(h))
        .filter_map(|h| subject(h).map(|s| (v.ancestors(h).count(), s)))
        .min_by_key(|&(depth, _)| depth)
        .map(|(_, s)| s);
    let Some(s) = main.or_else(|| person_subject(v)) else { return };
    // "Before Ishiba was elected, he wrote …": a "he" the sentence itself names is noted as that
    // person; one that stands for the last speaker leaves it as it is.
    if is_pronoun(&v.lemmas[s]) && named_before(v, ctx, s, None).is_none() {
        return;
    }
    // A body that speaks is a party of the story even when what it said is no record ("Iraqi officials
    // said the strike was a violation" is a comment): "the officials" of a later sentence are they.
    // Only a state's body (a country and a role): a person is already known as the speaker, and a
    // body of no known state or role would become what a later "it" or "them" means.
    if let Some(p) = parties_of(v, ctx, &[s], None).into_iter().next() {
        ctx.heard(&p, false);
        if !v.is_person(s) && !is_pronoun(&v.lemmas[s]) && p.country.is_some() && p.role.is_some() {
            ctx.remember(&p);
        }
    }
}

/// "Trump hosted Erdogan for what he called a 'wonderful meeting'", "Barnier was an advocate of
/// Schengen and he emphasized …": a "he" or "she" after a person named as a subject earlier in its
/// own sentence is that person (the nearest one), not the last speaker of earlier sentences.
pub(crate) fn named_before(v: &View, ctx: &Context, pronoun: usize, avoid: Option<&str>) -> Option<Party> {
    // A person inside a quote is not whom the narration's "he" after it means (“Michel is in
    // contact with them,” he said), nor the other way round.
    let inside = crate::events::tense::quoted(v, pronoun);
    let person = |s: &usize| v.is_person(*s) && crate::events::tense::quoted(v, *s) == inside;
    let s = (0..pronoun).rev().filter(|&s| v.base_rel(s) == "nsubj").find(person)?;
    // "Kirkwood briefed reporters, and he said …": the speaker already known by that name keeps
    // the identity the fuller mention gave.
    // By whole surname: "Arthur" is not "MacArthur".
    let named = |n: &str| super::names::surname(n).is_some_and(|sur| sur == v.word(s).to_lowercase());
    let known = ctx.speaker().filter(|p| p.name.as_deref().is_some_and(named));
    let p = known.cloned().or_else(|| parties_of(v, ctx, &[s], None).into_iter().next())?;
    (avoid.is_none() || p.country.as_deref() != avoid).then_some(p)
}

/// The subject of the sentence's root when the model tags it as a person's name.
fn person_subject(v: &View) -> Option<usize> {
    let root = (0..v.len()).find(|&i| v.head(i).is_none())?;
    let s = v.kids_with(root, &["nsubj"]).next()?;
    v.is_person(s).then_some(s)
}
