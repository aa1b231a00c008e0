//! Whose "its", "their", "his" or "her" is: the subject of its own clause, or of a clause it hangs
//! off, when that subject agrees ("the government ordered its military", "Khoshbo believes her book
//! was banned", "the group and its allies"); else "his"/"her" is who "he"/"she" would be. Not the
//! latest party named, which is as often a place or a state the clause only mentions.
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use crate::events::words::is_pronoun;
use casus_core::Party;

/// Clause heads climbed from the possessed noun: "his group has negotiated" sits in a relative
/// clause of "a deal he signs", two deep.
const DEPTH: usize = 4;

/// The party the possessive `k` (a child of `head`) stands for, when its own sentence names it.
pub(crate) fn owner(v: &View, ctx: &Context, k: usize, head: usize, avoid: Option<&str>) -> Option<Party> {
    let word = v.lower(k);
    let person = matches!(word.as_str(), "his" | "her");
    // "Pakistan's army says its forces killed …": a body's "their" is bound only in a subject ("ten
    // of their fighters were killed" too); in an object it is as often another's ("militants attacked
    // their post"). "Its" is one body's, which a singular subject above it names ("Belgium has
    // withdrawn its troops") and the plural subject of its own clause cannot be.
    if !person && !in_subject(v, head) && v.rel(head) != "conj" && word != "its" {
        return None;
    }
    if !person && !matches!(word.as_str(), "its" | "their") {
        return None;
    }
    let agrees = |s: usize| {
        if v.phrase(head).contains(&s) || v.phrase(s).contains(&head) || s > k {
            return false;
        }
        let (he_she, plural) = (matches!(v.lemmas[s].as_str(), "he" | "she"), super::antecedents::plural(v, s));
        if person {
            // "The army chief said his forces …": "he", a person's name or a singular noun; a body's
            // name ("the Taliban banned her book") only when it is a known person's ("Trump").
            let body = v.sent.entities.iter().any(|e| e.tokens.contains(&s) && e.label != "PER");
            let known = || parties_of(v, ctx, &[s], avoid).first().is_some_and(|p| ctx.is_person(p));
            return he_she || v.is_person(s) || !(plural || is_pronoun(&v.lemmas[s]) || (body && !known()));
        }
        // "its" for a body, "their" for a body or a crowd: never a person. "The group and its allies":
        // the conjunct the possessed noun makes of the group does not make the group plural.
        let own_conjunct = conjoined(v, head) == Some(s) && v.kids_with(s, &["conj"]).all(|c| c == head);
        let plural = if own_conjunct { super::antecedents::plural_form(v, s) } else { plural };
        !(v.is_person(s) || he_she || (word == "its" && plural))
    };
    // "Its" outside a subject is bound only by its own clause's subject: in "residents said Russian
    // vehicles patrolled its streets" the town's streets are no "Moscow" a clause above names.
    let object = !person && !in_subject(v, head) && v.rel(head) != "conj";
    let found = if object {
        own_clause_subject(v, head).filter(|&s| agrees(s))
    } else {
        conjoined(v, head).filter(|&s| agrees(s)).or_else(|| clause_subject(v, head, agrees))
    }?;
    let p = parties_of(v, ctx, &[found], avoid).into_iter().next()?;
    (!person || ctx.agrees(&p, word == "her")).then_some(p)
}

/// The party "his wife", "its forces", "their leader" names: the owner's state, the noun's own role
/// (else the owner's; kin are civilians), and the owner's name only when the owner is a body: a
/// person's wife or colleague is someone else ("his colleague Chengeto Chidi" keeps that name).
pub(crate) fn possessed(v: &View, k: usize, head: usize, owner: &Party, role: Option<String>, text: String) -> Party {
    let ally = role.is_none() && words::get("ally_nouns").contains(&v.lemmas[head].as_str());
    if let Some(p) = ally.then(|| allies(owner, &text)).flatten() {
        return p;
    }
    let kin = words::get("kin_nouns").contains(&v.lemmas[head].as_str());
    let role = if kin { Some("CVL".to_string()) } else { role.or_else(|| owner.role.clone()) };
    let name = if kin || matches!(v.lower(k).as_str(), "his" | "her") {
        let phrase = v.phrase(head);
        let inside = v.sent.entities.iter().find(|e| e.label == "PER" && phrase.contains(&e.tokens.start));
        inside.map(|e| v.text(e.tokens.clone()).to_string())
    } else {
        owner.name.clone()
    };
    Party { text, name, country: owner.country.clone(), role }
}

/// "Rwanda's rebel Patriotic Front said its soldiers had killed …": the soldiers, commanders or
/// spokesmen of an armed group that the possessive's own clause names (`owner`) are the group's own
/// (GUIDELINES §12.2: a group's fighters, leaders and spokesmen take its role), not a state's forces.
/// Not for a possessive read as the latest party named, which is as often another side.
pub(crate) fn group_own(owner: &Party, p: Party) -> Party {
    let group = owner.role.as_deref().is_some_and(|r| matches!(r, "REB" | "SEP" | "UAF" | "CRM"));
    let state_role = p.role.as_deref().is_some_and(|r| matches!(r, "MIL" | "GOV"));
    if group && state_role && p.country == owner.country {
        return Party { role: owner.role.clone(), ..p };
    }
    p
}

/// "its allies", "their partners": others on the owner's side, not the owner. An armed group's are
/// armed groups of its country, rebels (the story calls the group separatist, not its allies); a
/// person's or any other body's are of its country and role ("the ousted leader and his allies").
/// Named after the owner ("Baloch Liberation Army allies") to keep them apart from it. A state's
/// allies are other states the phrase does not name, with no key of their own: `None`, and they are
/// read as the state's side, as before.
fn allies(owner: &Party, text: &str) -> Option<Party> {
    let state_name = owner.country.as_deref().and_then(crate::parties::country_name);
    if state_name.is_some() && state_name == owner.name.as_deref() {
        return None;
    }
    let role = match owner.role.as_deref() {
        Some("SEP") => Some("REB".to_string()),
        _ => owner.role.clone(),
    };
    let name = owner.name.as_ref().map(|n| format!("{n} allies"));
    Some(Party { text: text.to_string(), name, country: owner.country.clone(), role })
}

/// "The separatist group and its allies": the first of a coordination the possessed noun closes.
fn conjoined(v: &View, head: usize) -> Option<usize> {
    (v.rel(head) == "conj").then(|| v.head(head)).flatten().filter(|&h| !is_pronoun(&v.lemmas[h]))
}

/// The subject of the nearest clause above `head` that has one `agrees` takes.
fn clause_subject(v: &View, head: usize, agrees: impl Fn(usize) -> bool) -> Option<usize> {
    let mut at = head;
    for _ in 0..DEPTH {
        at = v.head(at)?;
        if let Some(s) = v.kids_with(at, &["nsubj", "nsubj:pass"]).find(|&s| s != head) {
            if agrees(s) {
                return Some(s);
            }
        }
    }
    None
}

/// Whether `head` is a subject or inside one as the of-phrase of its head ("ten of its paratroopers
/// were killed", "the families of their soldiers said").
fn in_subject(v: &View, head: usize) -> bool {
    let mut at = head;
    for _ in 0..DEPTH {
        if v.rel(at).starts_with("nsubj") {
            return true;
        }
        match (v.rel(at), v.head(at)) {
            ("nmod", Some(h)) => at = h,
            _ => return false,
        }
    }
    false
}

/// The subject of the nearest clause above `head` that has one.
fn own_clause_subject(v: &View, head: usize) -> Option<usize> {
    let mut at = head;
    for _ in 0..DEPTH {
        at = v.head(at)?;
        if let Some(s) = v.kids_with(at, &["nsubj", "nsubj:pass"]).find(|&s| s != head) {
            return Some(s);
        }
    }
    None
}
