//! A party named by what it is believed to be: "gunmen believed to be Taliban militants", "men
//! suspected of being Boko Haram fighters", "attackers thought to be separatists". The hedged noun
//! ("gunmen", "men") says nothing of whose side it is on; the group the to-be phrase names does.
//! The party keeps the hedge in its text, so a reader sees the attribution is not certain.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// The party of the noun `head` from the group its hedging participle names, when that names one.
pub(super) fn party(v: &View, ctx: &Context, head: usize, avoid: Option<&str>) -> Option<Party> {
    let (hedge, named) = hedged(v, head)?;
    let p = parties_of(v, ctx, &[named], avoid).into_iter().next()?;
    // "men believed to be in their twenties" names no side: the noun is read as it stands.
    p.country.as_ref().or(p.role.as_ref())?;
    let text = v.text(v.phrase(head).start.min(hedge)..v.phrase(named).end.max(hedge + 1)).to_string();
    Some(Party { text, ..p })
}

/// The hedging participle on `head` and the noun it says `head` is. "Gunmen believed to be X
/// attacked" is parsed with the participle on the noun (acl), or with the noun as the participle's
/// subject ("Gunmen" nsubj of "believed"); either way the named noun carries a copula ("to be",
/// "of being"), which tells "believed to be militants" from "believed to have fled".
fn hedged(v: &View, head: usize) -> Option<(usize, usize)> {
    let hedge = |k: usize| k > head && words::get("hedge_verbs").contains(&v.lemmas[k].as_str());
    let on_noun = v.kids_with(head, &["acl"]).find(|&a| hedge(a));
    // Not "Police believed the men to be …": a hedge verb with an object hedges that object.
    let subject_of = v
        .head(head)
        .filter(|&h| matches!(v.rel(head), "nsubj" | "nsubj:pass") && hedge(h))
        .filter(|&h| v.kids_with(h, &["obj"]).next().is_none());
    let verb = on_noun.or(subject_of)?;
    let named = v
        .kids_with(verb, &["xcomp", "obl"])
        .filter(|&n| n > verb && v.kids_with(n, &["cop"]).next().is_some())
        // "suspected of being fighters", "to" read as a preposition, but not "believed to be in
        // their twenties".
        .find(|&n| v.case_of(n).is_none_or(|c| c == "of" || c == "to"))?;
    Some((verb, named))
}
