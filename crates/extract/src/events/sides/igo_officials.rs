//! Officials of international bodies are named as themselves, with no country (GUIDELINES §5:
//! "António Guterres", "Josep Borrell"; §12.3), not by their body: a span of the body that ends in
//! the official's name ("Former top EU official Michel Barnier") is that person, and so is "the"
//! with one office noun ("the U.N. chief", "the U.N. envoy") in a story that names one such
//! official only. The body itself ("U.N. officials", "a U.N. spokesman") stays the body.
use super::context::Context;
use crate::events::view::View;
use crate::events::words;
use crate::parties::PartyInfo;
use casus_core::Party;
use std::ops::Range;

/// The official of an international body a span of that body (`info`: IGO, no country) names.
pub(crate) fn official(v: &View, ctx: &Context, head: usize, info: &PartyInfo) -> Option<Party> {
    // A known person ("U.N. Secretary-General Antonio Guterres") is already named as themselves.
    let person = info.name.as_deref().is_some_and(crate::parties::names_person_in_full);
    if info.role.as_deref() != Some("IGO") || info.country.is_some() || person {
        return None;
    }
    let range = v.phrase(head);
    named_in(v, ctx, head, range.clone()).or_else(|| titled(v, ctx, head, range))
}

/// "Former top European Union official Michel Barnier", "the 70-year-old Barnier": a person's name
/// closes the span as its head or as a name of the head (appos, flat, compound); named in full as
/// the story first gives it. A name behind a preposition ("the U.N. envoy to Ahmed Shah") is
/// someone else.
fn named_in(v: &View, ctx: &Context, head: usize, range: Range<usize>) -> Option<Party> {
    let e = v.sent.entities.iter().find(|e| {
        e.label == "PER" && e.tokens.end == range.end && e.tokens.start > range.start && names_head(v, head, e)
    })?;
    let name = v.text(e.tokens.clone());
    let known = ctx.office(name).filter(|p| igo(p)).and_then(|p| p.name.clone());
    let full = known.or_else(|| ctx.full_name(name).map(str::to_string)).unwrap_or_else(|| name.to_string());
    Some(Party { text: String::new(), name: Some(full), country: None, role: Some("IGO".into()) })
}

/// "The U.N. chief": one holder of an office (a singular office noun with "the"), who is the story's
/// only official of an international body named with an office; with two ("the U.N. chief" and his
/// spokesman) the noun says which body only.
fn titled(v: &View, ctx: &Context, head: usize, range: Range<usize>) -> Option<Party> {
    let lemma = v.lemmas[head].as_str();
    let singular = v.lower(head) == lemma;
    if !singular || !words::get("office_nouns").contains(&lemma) || v.lemmas[range.start] != "the" {
        return None;
    }
    let mut found = ctx.office_holders().filter(|p| igo(p));
    let first = found.next()?;
    found.all(|p| p.name == first.name).then(|| first.clone())
}

/// Entity `e` is the head itself or a name given to it, with no case word of its own.
fn names_head(v: &View, head: usize, e: &casus_core::Entity) -> bool {
    if e.tokens.contains(&head) {
        return true;
    }
    let top = v.top(e.tokens.clone());
    let given = v.head(top) == Some(head) && matches!(v.base_rel(top), "appos" | "flat" | "compound");
    given && v.kids_with(top, &["case"]).next().is_none()
}

fn igo(p: &Party) -> bool {
    p.role.as_deref() == Some("IGO") && p.country.is_none() && p.name.is_some()
}
