//! "him" and "her" as objects ("the Taliban had barred him", "accused him of graft", "a letter to
//! Rubio, urging him to act"): a person, as "he" and "she" are, but never the subject of its own
//! clause (that would be "himself"). The nearest person named before it in its sentence, else the
//! latest speaker who may be; nothing when neither fits.
use super::context::Context;
use super::objects::{subject_heads, NOMINAL};
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// The person the object pronoun at `head` stands for; `None` when the head is no object "him" or
/// "her" (a possessive "her" is `possessors`'), or when no person fits.
pub(crate) fn bound_person(
    v: &View,
    ctx: &Context,
    head: usize,
    avoid: Option<&str>,
    text: &str,
) -> Option<Vec<Party>> {
    let word = v.lower(head);
    if !words::get("object_person_pronouns").contains(&word.as_str())
        || !matches!(v.base_rel(head), "obj" | "iobj" | "obl")
    {
        return None;
    }
    let female = word == "her";
    // "they had barred him": a plural or first- or second-person subject cannot be the same person.
    let mut subjects = subject_heads(v, v.head(head)?).unwrap_or_default();
    subjects.retain(|&s| !words::get("not_one_person").contains(&v.lemmas[s].as_str()));
    let own = parties_of(v, ctx, &subjects, avoid);
    let excluded: Vec<_> = subjects.iter().map(|&s| v.subtree(s)).collect();
    let fits = |p: &Party| {
        ctx.agrees(p, female) && !own.iter().any(|q| (&q.name, &q.country, &q.role) == (&p.name, &p.country, &p.role))
    };
    let inside = crate::events::tense::quoted(v, head);
    let named = (0..head)
        .rev()
        .filter(|&k| v.is_person(k) && NOMINAL.contains(&v.base_rel(k)) && !excluded.iter().any(|r| r.contains(&k)))
        .filter(|&k| crate::events::tense::quoted(v, k) == inside)
        .find_map(|k| parties_of(v, ctx, &[k], avoid).into_iter().next().filter(|p| fits(p)));
    let found = named.or_else(|| ctx.speakers().find(|p| ctx.is_person(p) && fits(p)).cloned())?;
    Some(vec![Party { text: text.to_string(), ..found }])
}
