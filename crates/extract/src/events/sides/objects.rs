//! "Them" bound in its own sentence ("imposed measures against women, barring them from work",
//! "the suspects were never caught, and warrants against them ..."): the nearest plural noun before
//! it that English lets it stand for, not the actors of an earlier sentence's event. A pronoun is
//! never its own clause's subject (that is "themselves"), nor a co-argument of its own predicate;
//! the "them" of crowd control is a crowd.
use super::antecedents::plural;
use super::context::Context;
use super::phrases::parties_of;
use crate::events::view::View;
use crate::events::words;
use casus_core::Party;

/// Relations by which a clause without a subject of its own takes the subject above it ("The army
/// raided villages, burning them": "burning" is the army's).
pub(super) const CONTROLLED: &[&str] = &["advcl", "xcomp", "conj", "acl"];

/// Relations of a noun phrase that may be an antecedent.
pub(super) const NOMINAL: &[&str] = &["obj", "obl", "nmod", "nsubj", "iobj", "appos", "conj"];

/// The parties of the nearest plural noun phrase before "them" at `head` that names any ("dragged
/// the bodies of soldiers through the streets and set them on fire": the soldiers, not the streets);
/// `None` when the sentence has none or the head is no "them": the usual reading.
pub(crate) fn bound_them(v: &View, ctx: &Context, head: usize, avoid: Option<&str>, text: &str) -> Option<Vec<Party>> {
    if v.lower(head) != "them" {
        return None;
    }
    let predicate = v.head(head)?;
    let subjects = clause_subject(v, predicate)?;
    let excluded: Vec<_> = subjects.iter().map(|&s| v.subtree(s)).collect();
    // "Officials said some countries had offered, and Thailand turned them down": not whatever
    // names the subject's own party ("Thai officials") either.
    let own = parties_of(v, ctx, &subjects, avoid);
    let same = |p: &Party| own.iter().any(|q| q.country == p.country && q.role == p.role);
    let inside = crate::events::tense::quoted(v, head);
    let ancestors: Vec<usize> = v.ancestors(head).collect();
    let crowd = crowd_fit(v, predicate);
    let first = (0..head).rev().find_map(|k| {
        let k = first_conjunct(v, k);
        let fits = NOMINAL.contains(&v.base_rel(k))
            && crowd(k)
            && plural(v, k)
            && !ancestors.contains(&k)
            && !excluded.iter().any(|r| r.contains(&k))
            && v.head(k) != Some(predicate)
            && !v.is_dated(k)
            && !words::get("time_nouns").contains(&v.lemmas[k].as_str())
            && !owned_thing(v, k)
            && crate::events::tense::quoted(v, k) == inside;
        let found = if fits { parties_of(v, ctx, &v.conjuncts(k), avoid) } else { Vec::new() };
        (!found.is_empty() && !found.iter().any(same)).then_some(found)
    })?;
    Some(first.into_iter().map(|p| Party { text: text.to_string(), ..p }).collect())
}

/// Which nouns "them" may stand for as the object of `predicate`: any, unless the predicate is crowd
/// control (a lexicon verb of code 175, as is or refined: "disperse", "break up", "quell"), whose
/// "them" is a crowd (`crowd_subjects`, by the head or its of-phrase: "residents", "hundreds of
/// protesters"), not the embassies or the rebels the crowd attacked or blamed ("rioters attacked
/// traders whom they blamed for the rebels' atrocities; police fired tear gas to disperse them").
fn crowd_fit<'v>(v: &'v View, predicate: usize) -> impl Fn(usize) -> bool + 'v {
    let entry = crate::lexicon::lookup_pos(&v.lemmas, predicate, Some(crate::lexicon::Pos::Verb)).map(|m| m.entry);
    let dispersal =
        entry.is_some_and(|e| e.cameo.as_deref() == Some("175") || e.refine.iter().any(|r| r.cameo == "175"));
    let crowd_word = |k: usize| words::get("crowd_subjects").contains(&v.lemmas[k].as_str());
    move |k: usize| !dispersal || crowd_word(k) || v.kids_with(k, &["nmod"]).any(crowd_word)
}

/// "tied their hands", "burned their homes": a thing a pronoun owns, which "them" after it does not
/// stand for ("tied their hands and shot them" shoots the owners); people or a body the noun names
/// ("their fighters", "their children", "its allies") may be meant.
fn owned_thing(v: &View, k: usize) -> bool {
    let lemma = v.lemmas[k].as_str();
    let people = crate::parties::normalize(v.word(k)).is_some_and(|i| i.role.is_some())
        || words::get("kin_nouns").contains(&lemma)
        || words::get("ally_nouns").contains(&lemma);
    v.possessive_pronoun(k).is_some() && !people
}

/// "girls" in "women and girls" stands for the whole coordination, headed by "women".
fn first_conjunct(v: &View, k: usize) -> usize {
    match v.head(k) {
        Some(h) if v.base_rel(k) == "conj" && !v.is_clause(k) => h,
        _ => k,
    }
}

/// The heads "them" cannot stand for: the subject of its own clause, or of the clause a subjectless
/// one hangs off ("a lot of people were coming to fight them", all of it), or for a relative "who"
/// the noun it stands for. A pronoun subject is excluded the same way, with the party it stands for
/// ("They picked out police officers and shot them": the officers, never the gunmen "they" are).
fn clause_subject(v: &View, predicate: usize) -> Option<Vec<usize>> {
    subject_heads(v, predicate)
}

/// The subject of the clause of `predicate`, or of the clause a subjectless one hangs off, with its
/// conjuncts; for a relative "who" the noun it stands for ("met Senator Jones, who accused him":
/// Jones). Shared with `object_persons` ("him", "her").
pub(super) fn subject_heads(v: &View, predicate: usize) -> Option<Vec<usize>> {
    let mut clause = predicate;
    for _ in 0..3 {
        if let Some(s) = v.kids_with(clause, &["nsubj"]).next() {
            if words::get("relative_pronouns").contains(&v.lemmas[s].as_str()) {
                let noun = v.head(clause).filter(|_| v.rel(clause) == "acl:relcl");
                return Some(noun.map(|n| v.conjuncts(n)).unwrap_or_default());
            }
            return Some(v.conjuncts(s));
        }
        if !CONTROLLED.contains(&v.base_rel(clause)) {
            break;
        }
        clause = v.head(clause)?;
    }
    Some(Vec::new())
}
