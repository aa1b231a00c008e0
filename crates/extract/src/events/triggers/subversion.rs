//! Charges of subversion told as claims: "Micheletti said his rivals have been trying to block the
//! elections", "'Kabul has repeatedly tried to sabotage the peace process,' the Taliban leader
//! said". Saying that a party works against a process is the speaker's accusation of it (112,
//! GUIDELINES §4: the quoted charge "is consistently trying to thwart the efforts" is 112), not an
//! act the speaker reports: the process is not harmed by force.
use super::appeals::{addressable, speaker};
use super::judgments::same_party;
use super::trigger::{is_speech_act, Trigger};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use crate::lexicon::{self, ModalKind, TriggerMatch};

/// Adds the sentence's charges of subversion to `kept`, dropping any other trigger on their verb
/// ("sabotage" is physical sabotage, 180, only with a thing as its object).
pub(crate) fn add(v: &View, kept: &mut Vec<Trigger>) {
    let found: Vec<Trigger> = (0..v.len()).filter_map(|i| charge(v, i, kept)).collect();
    kept.retain(|t| !found.iter().any(|f| f.m.tokens.contains(&t.head)));
    kept.extend(found);
}

/// The charge made by subversion verb `i` ("block", "sabotage", "undermine") of a process noun, said
/// of a party other than the speaker: asserted, not negated, not the content of another speech act
/// ("accused the rebels of trying to derail the talks" is the accusation only).
fn charge(v: &View, i: usize, kept: &[Trigger]) -> Option<Trigger> {
    if !words::get("subversion_verbs").contains(&v.lemmas[i].as_str()) || v.is_negated(i) {
        return None;
    }
    let process = |o: usize| words::get("subverted_nouns").contains(&v.lemmas[o].as_str());
    v.kids_with(i, &["obj"]).find(|&o| process(o))?;
    // "have been trying to block": the one who tries is the one charged.
    let tries = |h: usize| matches!(lexicon::modal(&v.lemmas[h]), Some(ModalKind::Attempt));
    let attempt = v.head(i).filter(|&h| v.base_rel(i) == "xcomp" && tries(h));
    if attempt.is_none() && !persistent(v, i) {
        return None;
    }
    let clause = attempt.unwrap_or(i);
    let subject = v.kids_with(clause, &["nsubj"]).next().filter(|&s| addressable(v, s))?;
    if v.is_negated(clause) || tense::conditional(v, clause) || tense::future(v, clause) {
        return None;
    }
    let said_by = speaker(v, clause).filter(|&sp| !same_party(v, sp, subject))?;
    let governed = kept.iter().any(|t| is_speech_act(&t.cameo) && v.ancestors(i).any(|a| a == t.head));
    if governed || v.ancestors(i).any(|a| a == said_by) {
        return None;
    }
    let entry = lexicon::verb_entry("accuse")?.entry;
    // "trying to block": the charge is the whole attempt, said of the one who tries.
    let m = TriggerMatch { tokens: clause..i + 1, head: clause, entry };
    Some(Trigger { addressee: Some(subject), ..Trigger::new(m, clause, "112".to_string()) })
}

/// Verb `i` says a party keeps working against the process, not one act of an institution ("the
/// Senate blocked the agreement" is a report): a perfect progressive ("have been blocking the
/// talks") or an adverb of persistence ("repeatedly blocked", "consistently undermines").
fn persistent(v: &View, i: usize) -> bool {
    let perfect_progressive = tense::present_perfect(v, i) && v.lower(i).ends_with("ing");
    let adverb = |a: usize| words::get("persistence_adverbs").contains(&v.lemmas[a].as_str());
    perfect_progressive || v.kids_with(i, &["advmod"]).any(adverb)
}
