//! Judgments stated as a predicate ("This is unacceptable," the minister said; "it is a step
//! backwards"): one criticism of the speaker, however often the sentence restates it. A party's
//! failure to act, said by a speaker ("said Kabul was failing to rein in the militants"), is the
//! speaker's criticism of that party (111), as "X must act" is the speaker's appeal to X.
use super::appeals::{addressable, speaker};
use super::tense;
use super::trigger::{argument_lemmas, is_force, is_speech_act, Trigger};
use super::view::View;
use super::words;
use crate::lexicon::{self, Pos, TriggerMatch};
use casus_core::Event;

/// Whether trigger `t` is a criticism said as a copular predicate: "X is unacceptable", "it is an
/// unacceptable situation", "the decision is a step backwards".
pub(super) fn predicate_judgment(v: &View, t: &Trigger) -> bool {
    let copular = |i: usize| v.kids_with(i, &["cop"]).next().is_some();
    let head = t.head;
    let judged = copular(head) || (v.base_rel(head) == "amod" && v.head(head).is_some_and(copular));
    t.cameo.starts_with("11") && t.governor.is_none() && judged
}

/// "This is unacceptable …; it is an unacceptable situation," she said: the same judgment said twice
/// in one sentence by one speaker is one record. `earlier` are the sentence's records so far.
pub(super) fn repeated(earlier: &[Event], e: &Event) -> bool {
    earlier.iter().any(|o| {
        o.action.cameo == e.action.cameo
            && o.action.text.eq_ignore_ascii_case(&e.action.text)
            && o.actor == e.actor
            && o.target == e.target
            && o.evidence.start == e.evidence.start
    })
}

/// Adds the sentence's reported failures to the `kept` triggers and drops what the party failed to
/// do (a deed not done is no event).
pub(super) fn add_failures(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| failure(v, i, kept)).collect();
    for f in &found {
        kept.retain(|t| t.head != f.head && !v.ancestors(t.head).any(|x| x == f.head) || is_speech_act(&t.cameo));
    }
    kept.extend(found);
}

/// The criticism made by "X failed / is failing to do Y" at verb `i`, said by a speaker (a reporting
/// verb or a quote) of a party X. Not "never failed to", nor a failed act of force ("the rebels failed
/// to take the town" is fighting told by one side), nor the content of another speech act ("accused
/// the bloc of failing to protect its members" is the accusation).
fn failure(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    if !words::get("failure_verbs").contains(&v.lemmas[i].as_str()) || v.is_negated(i) || tense::conditional(v, i) {
        return None;
    }
    let deed = v.kids_with(i, &["xcomp"]).find(|&c| v.kids_with(c, &["mark"]).any(|m| v.lemmas[m] == "to"))?;
    let subject = v.kids_with(i, &["nsubj"]).next().filter(|&s| addressable(v, s))?;
    if speaker(v, i).is_none() && !tense::quoted(v, i) {
        return None;
    }
    // The deed is dropped as a modal's complement before this runs: look it up again.
    let forceful = lexicon::lookup_pos(&v.lemmas, deed, None)
        .and_then(|m| m.entry.code_for(&argument_lemmas(v, deed)).map(is_force))
        .unwrap_or(false);
    let governed = kept.iter().any(|t| is_speech_act(&t.cameo) && v.ancestors(i).any(|a| a == t.head));
    if forceful || governed {
        return None;
    }
    let entry = lexicon::lookup_pos(&["criticize".to_string()], 0, Some(Pos::Verb))?.entry;
    Some(Trigger {
        m: TriggerMatch { tokens: i..i + 1, head: i, entry },
        head: i,
        cameo: "111".to_string(),
        governor: None,
        agent: None,
        addressee: Some(subject),
        accused: None,
        condition: None,
    })
}
