//! Appeals in the modal form of news (GUIDELINES §12.9: "must", "should" addressed to a party
//! are appeals, 02x): "Balkhi said Islamabad must address internal issues", "she said authorities
//! should declare a state of emergency", "says Washington needs to act". The speaker (the subject of
//! the reporting verb, the quote's source) appeals; the subject of the must-clause is the one
//! appealed to; what it must do is the appeal's content, not an event of its own. Stage 1 adds
//! them to the sentence's triggers; stage 2 reads their roles here.
use super::args::Roles;
use super::attribution;
use super::tense;
use super::triggers::{argument_lemmas, is_speech_act, Trigger};
use super::view::View;
use super::words;
use crate::lexicon::{self, ModalKind, ModalOutcome, Pos, TriggerMatch};

/// Adds the sentence's modal appeals to the `kept` triggers and drops the triggers of their content.
pub(super) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| appeal(v, i, kept)).collect();
    for a in &found {
        kept.retain(|t| !(t.head == a.head || v.ancestors(t.head).any(|x| x == a.head)));
    }
    kept.extend(found);
}

/// The appeal made by the must-clause of verb `i`, if it is one.
fn appeal(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    let (start, subject) = obligation(v, i)?;
    if !addressable(v, subject) || tense::conditional(v, i) {
        return None;
    }
    // Said by someone: a reporting verb or a quote. Narration's "must" is the writer's.
    if attribution::source(v, i).is_none() && !tense::quoted(v, i) {
        return None;
    }
    // "urged that Baku must withdraw": the governing appeal already says it.
    let governed = |a: usize| kept.iter().any(|t| t.head == a && is_speech_act(&t.cameo));
    if v.ancestors(i).any(governed) {
        return None;
    }
    let urge = lexicon::lookup_pos(&["urge".to_string()], 0, Some(Pos::Verb))?;
    let mut lemmas = argument_lemmas(v, i);
    lemmas.push(v.lemmas[i].clone());
    let refined = urge.entry.code_for(&lemmas).filter(|c| *c != "020").map(str::to_string);
    let cameo = refined.or_else(|| embedded(v, i)).unwrap_or_else(|| "020".to_string());
    let m = TriggerMatch { tokens: start..i + 1, head: i, entry: urge.entry };
    Some(Trigger { m, head: i, cameo, governor: None, agent: None, addressee: Some(subject) })
}

/// The code of an appeal to do what verb `i`'s own trigger codes ("must withdraw" → 0256-like
/// yields, "should negotiate" → 026).
fn embedded(v: &View, i: usize) -> Option<String> {
    let m = lexicon::lookup_pos(&v.lemmas, i, Some(Pos::Verb))?;
    let code = m.entry.code_for(&argument_lemmas(v, i))?;
    match lexicon::modal_code(ModalKind::Appeal, code) {
        ModalOutcome::Recode(c) => Some(c),
        _ => None,
    }
}

/// (first token of the modal phrase, subject) when verb `i` is what its subject must do: "must
/// address", "should declare" (not "should have done", a reproach), "needs to act", "has to leave".
fn obligation(v: &View, i: usize) -> Option<(usize, usize)> {
    let auxes: Vec<usize> = v.kids_with(i, &["aux"]).collect();
    let modal = auxes.iter().copied().find(|&a| words::get("obligation_aux").contains(&v.lemmas[a].as_str()));
    if let Some(a) = modal {
        let perfect = auxes.iter().any(|&x| v.lemmas[x] == "have");
        let subject = v.kids_with(i, &["nsubj"]).next();
        return subject.filter(|_| !perfect && !v.is_passive(i)).map(|s| (a, s));
    }
    // "Washington needs to act": the subject is the governor's. A "to" clause before the verb is a
    // purpose ("to make this work, they need …"); "will have to" tells what will follow, not an appeal.
    let h = v.head(i).filter(|&h| v.base_rel(i) == "xcomp" && h < i)?;
    let to = v.kids_with(i, &["mark"]).any(|m| v.lemmas[m] == "to");
    let future = v.kids_with(h, &["aux"]).any(|a| matches!(v.lemmas[a].as_str(), "will" | "would"));
    if !to || future || !words::get("obligation_verbs").contains(&v.lemmas[h].as_str()) || v.is_passive(i) {
        return None;
    }
    v.kids_with(h, &["nsubj"]).next().map(|s| (h, s))
}

/// A subject that can be appealed to: a party or a third person, not "we" (a resolve, not an
/// appeal), "you", "it", "there" or "everyone"; one party of a list will do ("the international
/// community — and the U.N. — should respond").
fn addressable(v: &View, s: usize) -> bool {
    let lemma = v.lemmas[s].as_str();
    if matches!(lemma, "he" | "she" | "they") {
        return true;
    }
    if words::get("not_addressees").contains(&lemma) {
        return false;
    }
    // The head's own words name the party: "Strong positions on the front line" names none.
    let party = |x: usize| {
        let end = v.kids_with(x, &["flat"]).chain([x]).max().unwrap_or(x);
        crate::parties::normalize(v.text(v.phrase(x).start..end + 1)).is_some()
    };
    v.conjuncts(s).into_iter().any(party)
}

/// Stage 2 for a modal appeal: the speaker appeals to the must-clause's subject (and its conjuncts).
pub(super) fn roles(v: &View, t: &Trigger) -> Option<Roles> {
    let subject = t.addressee?;
    let actors = attribution::source(v, t.head).into_iter().collect();
    Some(Roles { actors, targets: v.conjuncts(subject), ..Roles::default() })
}
