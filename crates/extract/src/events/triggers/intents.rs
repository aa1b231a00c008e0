//! Stated intent with no verb of promise: "ECOWAS has stated it will maintain trade and security
//! relations with the trio", "'I will continue to engage with the people of Afghanistan,' the envoy
//! said", "they said they will no longer recognize the president". What a party says it will do in
//! its relations with another is a statement of intent (03: GUIDELINES §2, §12.9, "will reduce
//! troops" is 03x); what it says it will no longer do there, a rejection (12). A clause that holds
//! a trigger keeps that trigger's reading (force said of oneself is a threat), and a condition makes
//! a threat or a promise in `threats`. A prediction ("it will hurt ties with China") promises nothing.
use super::appeals::{addressable, speaker};
use super::trigger::{pos, Trigger};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};

/// Adds the intent or rejection each future clause of the sentence states, if any.
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| intent(v, i, kept)).collect();
    kept.extend(found);
}

/// The statement future verb `i` makes, when its subject is the speaker ("said it will", a quoted
/// "we will"), the verb itself keeps or restores a relation (intent_verbs: "will maintain ties",
/// "will continue to engage with") and a party is named. "Analysts said it will hurt ties" is a
/// prediction, "they will engage the enemy" a fight.
fn intent(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    if pos(v, i) != Pos::Verb || !tense::future(v, i) || !own_statement(v, i) {
        return None;
    }
    let subject = v.kids_with(i, &["nsubj"]).next()?;
    let act = relation_verb(v, i)?;
    let party = party(v, act).filter(|&p| p != subject)?;
    if kept.iter().any(|t| content(v, i).contains(&t.head)) {
        return None;
    }
    let refused = v.is_negated(i) || lexicon::negated(&v.lemmas, i);
    let (word, cameo) = if refused { ("reject", "120") } else { ("promise", "030") };
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry: lexicon::verb_entry(word)?.entry };
    Some(Trigger { addressee: Some(party), ..Trigger::new(m, i, cameo.to_string()) })
}

/// Verb `i` is what its speaker says the speaker's own side will do: its subject is a pronoun for
/// the speaker ("said it will", a quoted "we will") or the speaker's state ("Kenya's president said
/// Kenya would send troops"), and it is reported by a verb of saying ("stated
/// it will") or quoted ("'we will …,' he said"), with no condition (a conditional is a threat or an
/// offer, `threats`).
pub(super) fn own_statement(v: &View, i: usize) -> bool {
    if tense::conditional(v, i) || has_condition(v, i) {
        return false;
    }
    let Some(subject) = v.kids_with(i, &["nsubj"]).next() else { return false };
    let Some(said_by) = speaker(v, i) else { return false };
    let pronoun = words::get("threat_pronouns").contains(&v.lemmas[subject].as_str()) && agrees(v, subject, said_by);
    (pronoun || super::state_of(v, said_by, subject)) && (v.base_rel(i) == "ccomp" || tense::quoted(v, i))
}

/// Pronoun `p` may stand for speaker `s`: "they" for a plural speaker ("Those leaders said they
/// will"), "it", "he", "she" for a single one; "The president said they will …" speaks of others.
/// "we" and "I" speak for the speaker's side, and a name may take either ("the Houthis said they",
/// "the United States said it").
pub(super) fn agrees(v: &View, p: usize, s: usize) -> bool {
    agrees_as(v, &v.lemmas[p], s)
}

/// [`agrees`] for a pronoun given by its lemma ("they" for the possessive "their").
pub(super) fn agrees_as(v: &View, pronoun: &str, s: usize) -> bool {
    let named = v.word(s).starts_with(char::is_uppercase) && s > 0;
    let plural = matches!(v.lemmas[s].as_str(), "they" | "we")
        || v.lower(s) != v.lemmas[s]
        || v.kids_with(s, &["conj"]).next().is_some();
    match pronoun {
        "they" => named || plural,
        "it" | "he" | "she" => named || !plural,
        _ => true,
    }
}

/// The verb that keeps or restores the relation, down a chain of infinitives ("will continue to
/// engage"): every verb of it must be one of intent_verbs.
fn relation_verb(v: &View, i: usize) -> Option<usize> {
    let verbs = words::get("intent_verbs");
    let mut cur = i;
    loop {
        if !verbs.contains(&v.lemmas[cur].as_str()) {
            return None;
        }
        match v.kids_with(cur, &["xcomp"]).next() {
            Some(next) => cur = next,
            None => return Some(cur),
        }
    }
}

/// The party the relation of verb `act` is with: the one recognized ("recognize Farmajo"), the one
/// engaged or cooperated with, or the one of a relation noun ("maintain relations with Iran").
fn party(v: &View, act: usize) -> Option<usize> {
    let relation_words = words::get("intent_words");
    let with = |h: usize| {
        v.kids_with(h, &["obl", "nmod"]).find(|&k| v.case_of(k).as_deref() == Some("with") && addressable(v, k))
    };
    let objects: Vec<usize> = v.kids_with(act, &["obj"]).flat_map(|o| v.conjuncts(o)).collect();
    if words::get("intent_object_verbs").contains(&v.lemmas[act].as_str()) {
        return objects.into_iter().find(|&o| addressable(v, o));
    }
    let mut relations = objects.into_iter().filter(|&o| relation_words.contains(&v.lemmas[o].as_str()));
    match relations.next() {
        Some(noun) => with(noun).or_else(|| with(act)),
        // "cooperate with", "engage with": the verb names the relation itself.
        None if relation_words.contains(&v.lemmas[act].as_str()) => with(act),
        None => None,
    }
}

/// Verb `i` has an "if" / "unless" clause: a conditional threat or promise (`threats`).
pub(super) fn has_condition(v: &View, i: usize) -> bool {
    v.kids_with(i, &["advcl"])
        .any(|c| v.kids_with(c, &["mark"]).any(|m| words::get("threat_conditions").contains(&v.lemmas[m].as_str())))
}

/// Verb `i` and what it will do: its dependents down through infinitives ("will continue to
/// engage with") and conjoined nouns ("trade and security relations"), not its subject nor
/// clauses of their own.
fn content(v: &View, i: usize) -> Vec<usize> {
    let mut out = vec![i];
    let mut stack = vec![i];
    while let Some(t) = stack.pop() {
        for &c in v.kids(t) {
            let clause = matches!(v.base_rel(c), "advcl" | "ccomp" | "parataxis" | "acl")
                || (v.base_rel(c) == "conj" && pos(v, c) == Pos::Verb);
            if !clause && !matches!(v.base_rel(c), "nsubj" | "punct") {
                out.push(c);
                stack.push(c);
            }
        }
    }
    out
}
