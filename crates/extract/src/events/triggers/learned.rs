//! Where triggers come from: the lexicon (`data/triggers.tsv`), the model's event heads
//! ([`casus_core::TriggerHint`], models/FORMAT.md), or both. A trigger of the model is read like a
//! lexicon trigger from then on (arguments off the parse, modality, reality filter, parties), with
//! the model's CAMEO code; where the lexicon knows the words, its entry lends the trigger its
//! behaviour (passive, mutual, report, outcome flags).
use crate::events::view::View;
use crate::lexicon::{self, Pos, TriggerEntry, TriggerMatch};
use std::sync::OnceLock;

/// Which triggers the events stage reads. `Both` (the default) drops the lexicon's triggers that the
/// model rules out (`Sentence::ruled_out`; not a refusal its party states, `super::stated_refusal`) and adds the model's triggers where the lexicon finds none;
/// see models/news-events/MODEL_CARD.md for the measured ablation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TriggerSource {
    /// The lexicon only (no model triggers even when the model has event heads).
    Rules,
    /// The model's event heads only.
    Model,
    #[default]
    Both,
}

impl std::str::FromStr for TriggerSource {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "rules" => Ok(TriggerSource::Rules),
            "model" => Ok(TriggerSource::Model),
            "both" => Ok(TriggerSource::Both),
            _ => Err(format!("trigger source must be rules, model or both, not {s:?}")),
        }
    }
}

/// A trigger found in the sentence, with the code the model gave it (`None`: the lexicon's).
pub(crate) struct Found {
    pub(crate) m: TriggerMatch,
    pub(crate) model_code: Option<String>,
}

/// The sentence's triggers from `source`, in token order.
pub(crate) fn found(v: &View, source: TriggerSource, pos: &dyn Fn(usize) -> Option<Pos>) -> Vec<Found> {
    let mut rules = if source == TriggerSource::Model { Vec::new() } else { lexicon_matches(v, pos) };
    if source == TriggerSource::Both {
        rules.retain(|m| !ruled_out(v, &m.tokens) || super::stated_refusal(v, m));
    }
    let mut out: Vec<Found> = rules.into_iter().map(|m| Found { m, model_code: None }).collect();
    if source != TriggerSource::Rules {
        for hint in &v.sent.triggers {
            if hint.tokens.end > v.len() || out.iter().any(|f| overlaps(&f.m.tokens, &hint.tokens)) {
                continue;
            }
            let entry = lexicon::lookup_with(&v.lemmas, hint.tokens.start, &|_| None)
                .filter(|m| m.tokens.contains(&hint.head))
                .map_or_else(plain_entry, |m| m.entry);
            let m = TriggerMatch { tokens: hint.tokens.clone(), head: hint.head, entry };
            out.push(Found { m, model_code: Some(hint.code.clone()) });
        }
        out.sort_by_key(|f| f.m.tokens.start);
    }
    out
}

fn lexicon_matches(v: &View, pos: &dyn Fn(usize) -> Option<Pos>) -> Vec<TriggerMatch> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let plain = lexicon::lookup_with(&v.lemmas, i, pos);
        let across = across_object(v, i, pos).filter(|a| plain.as_ref().is_none_or(|p| a.tokens.end > p.tokens.end));
        match across.or(plain) {
            Some(m) => {
                i = m.tokens.end;
                found.push(m);
            }
            None => i += 1,
        }
    }
    found
}

/// A verb phrase whose words sit on both sides of the verb's object, matched with the object read as
/// one word: "held the prime minister and about 30 other lawmakers hostage", "placed Prime Minister
/// Bartholomew Ulufa'alu under house arrest", "took more than 130 guards and workers hostage". A
/// gap of the lexicon covers a few words only; an object, however long, is one argument of the verb.
/// Only an object longer than a gap, right after the verb, and a match that goes on past it.
fn across_object(v: &View, i: usize, pos: &dyn Fn(usize) -> Option<Pos>) -> Option<TriggerMatch> {
    let object = v.kids_with(i, &["obj"]).next()?;
    // The object with its conjuncts: "the governor, his two deputies and a driver".
    let end = v.conjuncts(object).into_iter().map(|c| v.phrase(c).end).max()?;
    let span = v.phrase(object).start..end;
    if span.start != i + 1 || span.len() <= lexicon::MAX_GAP {
        return None;
    }
    // The sentence with the object's words reduced to its head word, and back.
    let mut lemmas: Vec<String> = v.lemmas[..=i].to_vec();
    lemmas.push(v.lemmas[object].clone());
    lemmas.extend_from_slice(&v.lemmas[span.end..]);
    let back = |j: usize| match j {
        j if j <= i => j,
        j if j == i + 1 => object,
        j => j - (i + 2) + span.end,
    };
    let m = lexicon::lookup_with(&lemmas, i, &|j| pos(back(j)))?;
    if m.entry.pos == Pos::Noun || m.tokens.end <= i + 2 {
        return None;
    }
    Some(TriggerMatch { tokens: i..back(m.tokens.end - 1) + 1, head: i, entry: m.entry })
}

/// Whether the event heads rule out every word of a lexicon trigger (`Sentence::ruled_out`).
fn ruled_out(v: &View, tokens: &std::ops::Range<usize>) -> bool {
    let words = &v.sent.ruled_out;
    !words.is_empty() && tokens.clone().all(|i| words.get(i).copied().unwrap_or(false))
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The entry of a model trigger whose words the lexicon does not know: no special behaviour.
fn plain_entry() -> &'static TriggerEntry {
    static PLAIN: OnceLock<TriggerEntry> = OnceLock::new();
    PLAIN.get_or_init(|| {
        TriggerEntry::plain(vec!["(model)".into()], Pos::Any, "010", "a trigger of the model's event heads")
    })
}
