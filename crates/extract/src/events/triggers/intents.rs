//! Stated intent with no verb of promise: "ECOWAS has stated it will maintain trade and security
//! relations with the trio", "'I will continue to engage with the people of Afghanistan,' the envoy
//! said", "they said they will no longer recognize the president". What a party says it will do in
//! its relations with another is a statement of intent (03: GUIDELINES §2, §12.9, "will reduce
//! troops" is 03x); what it says it will no longer do there, a rejection (12). A clause that holds
//! a trigger keeps that trigger's reading (force said of oneself is a threat), and a condition makes
//! a threat or a promise in `threats`.
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
/// "we will") and what it will do is a relation (intent_words: "maintain ties", "engage with").
fn intent(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    if pos(v, i) != Pos::Verb || !tense::future(v, i) || tense::conditional(v, i) || has_condition(v, i) {
        return None;
    }
    let subject = v.kids_with(i, &["nsubj"]).next()?;
    if !words::get("threat_pronouns").contains(&v.lemmas[subject].as_str()) || speaker(v, i).is_none() {
        return None;
    }
    // Reported by a verb of saying ("stated it will"), or quoted ("'we will …,' he said").
    if v.base_rel(i) != "ccomp" && !tense::quoted(v, i) {
        return None;
    }
    let content = content(v, i);
    let relation = content.iter().any(|&k| words::get("intent_words").contains(&v.lemmas[k].as_str()));
    if !relation || kept.iter().any(|t| content.contains(&t.head)) {
        return None;
    }
    let party = content
        .iter()
        .copied()
        .find(|&k| matches!(v.base_rel(k), "obj" | "obl" | "nmod" | "iobj") && k != subject && addressable(v, k));
    let refused = v.is_negated(i) || lexicon::negated(&v.lemmas, i);
    let (word, cameo) = if refused { ("reject", "120") } else { ("promise", "030") };
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry: lexicon::verb_entry(word)?.entry };
    // No party named: the verb marks it as said (the speaker is the actor, no target).
    Some(Trigger { addressee: Some(party.unwrap_or(i)), ..Trigger::new(m, i, cameo.to_string()) })
}

/// Verb `i` has an "if" / "unless" clause: a conditional threat or promise (`threats`).
fn has_condition(v: &View, i: usize) -> bool {
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
