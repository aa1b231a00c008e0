//! Judgments stated as a predicate ("This is unacceptable," the minister said; "it is a step
//! backwards"): one criticism of the speaker, however often the sentence restates it. A party's
//! failure to act, said by a speaker ("said Kabul was failing to rein in the militants"), is the
//! speaker's criticism of that party (111), as "X must act" is the speaker's appeal to X.
use super::appeals::{addressable, speaker};
use super::trigger::{argument_lemmas, is_force, is_speech_act, Trigger};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, Pos, TriggerMatch};
use casus_core::Event;

/// Whether trigger `t` is a criticism said as a copular predicate: "X is unacceptable", "it is an
/// unacceptable situation", "the decision is a step backwards", "is horrifying and unacceptable".
pub(crate) fn predicate_judgment(v: &View, t: &Trigger) -> bool {
    let copular = |i: usize| v.kids_with(i, &["cop"]).next().is_some();
    let head = t.head;
    // "is horrifying and unacceptable": a conjunct of a copular predicate is one too, when it is a
    // judgment word itself; "was in Nairobi and criticized the rebels" is a verb with its own object.
    let joined = match v.base_rel(head) {
        "amod" => true,
        "conj" => t.m.entry.pos != Pos::Verb && v.kids_with(head, &["obj"]).next().is_none(),
        _ => false,
    };
    let judged = copular(head) || (joined && v.head(head).is_some_and(copular));
    t.cameo.starts_with("11") && t.governor.is_none() && judged
}

/// "This is unacceptable …; it is an unacceptable situation," she said: the same judgment said twice
/// in one sentence by one speaker is one record. `earlier` are the sentence's records so far.
pub(crate) fn repeated(earlier: &[Event], e: &Event) -> bool {
    earlier.iter().any(|o| {
        o.action.cameo == e.action.cameo
            && o.action.text.eq_ignore_ascii_case(&e.action.text)
            && o.actor == e.actor
            && o.target == e.target
            && o.evidence.start == e.evidence.start
    })
}

/// Adds the sentence's reported failures to the `kept` triggers, dropping any other trigger on the
/// failing verb or on the deed itself (modals.tsv drops the deed already: a deed not done is no
/// event). Other triggers under "fail" stay: "failed to protect civilians when militants attacked
/// the camp" still tells the attack.
pub(crate) fn add_failures(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| failure(v, i, kept)).collect();
    let failed: Vec<usize> = found.iter().flat_map(|f| std::iter::once(f.head).chain(deed(v, f.head))).collect();
    kept.retain(|t| !failed.contains(&t.head));
    kept.extend(found);
}

/// What the subject of `i` failed to do: its "to" complement ("failing to rein in").
fn deed(v: &View, i: usize) -> Option<usize> {
    v.kids_with(i, &["xcomp"]).find(|&c| v.kids_with(c, &["mark"]).any(|m| v.lemmas[m] == "to"))
}

/// The criticism made by "X failed / is failing to do Y" at verb `i`, said by a speaker (a reporting
/// verb or a quote) of a party X, when Y is a duty (protect, rein in, pay: "failed to find the
/// hikers" or "to win a majority" is an outcome, no reproach). Not "never failed to", nor a failed
/// act of force ("the rebels failed to take the town" is fighting told by one side), nor the content
/// of another speech act ("accused the bloc of failing to protect its members" is the accusation),
/// nor a speaker's own failure ("the minister admitted he had failed to act" is no criticism).
fn failure(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    if !words::get("failure_verbs").contains(&v.lemmas[i].as_str()) || v.is_negated(i) || tense::conditional(v, i) {
        return None;
    }
    let deed = deed(v, i).filter(|&d| words::get("duty_verbs").contains(&v.lemmas[d].as_str()))?;
    let subject = v.kids_with(i, &["nsubj"]).next().filter(|&s| addressable(v, s))?;
    let said_by = speaker(v, i);
    if (said_by.is_none() && !tense::quoted(v, i)) || said_by.is_some_and(|sp| same_party(v, sp, subject)) {
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
    let entry = lexicon::verb_entry("criticize")?.entry;
    let m = TriggerMatch { tokens: i..i + 1, head: i, entry };
    Some(Trigger { addressee: Some(subject), ..Trigger::new(m, i, "111".to_string()) })
}

/// Whether the failing party `subject` is the speaker `sp`: the same words, or a pronoun ("the
/// minister admitted he had failed") with no other nominal between the speaker and it, so that the
/// speaker is the party it most likely refers to.
pub(crate) fn same_party(v: &View, sp: usize, subject: usize) -> bool {
    if sp == subject || v.text(v.phrase(sp)).eq_ignore_ascii_case(v.text(v.phrase(subject))) {
        return true;
    }
    let pronoun = words::get("third_person_pronouns").contains(&v.lemmas[subject].as_str());
    let between = v.phrase(sp).end..subject;
    let nominal = |k: usize| matches!(v.base_rel(k), "nsubj" | "obj" | "iobj" | "obl" | "nmod" | "appos");
    pronoun && sp < subject && !between.into_iter().any(nominal)
}
