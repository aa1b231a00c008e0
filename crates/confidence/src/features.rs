//! Stage 1: the named features of each record, read off all the records of its document (what the
//! output says, before any cut), so that the trainer sees exactly what the pipeline computes
//! (`examples/features.rs` dumps them from a run with `--min-confidence 0`).
use casus_core::Event;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A record's features: name and value (1.0 for a present indicator, a share in [0, 1] otherwise).
pub type Features = Vec<(String, f64)>;

const CUE_WORDS: &str = include_str!("../data/cue_words.txt");

/// Roots of material conflict: the share of a document's records with one of them tells a story
/// about fighting from one that only mentions it.
const FORCE_ROOTS: [&str; 3] = ["18", "19", "20"];

fn cue_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| CUE_WORDS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// The features of every record of one document, in the records' order.
pub fn document_features(events: &[Event]) -> Vec<Features> {
    let context = DocumentContext::new(events);
    events.iter().map(|e| record_features(e, &context)).collect()
}

/// What a record's features read from the rest of its document.
struct DocumentContext {
    records: usize,
    force_share: f64,
    /// Distinct sentence starts of the document's records, in text order.
    sentences: Vec<usize>,
    per_sentence: HashMap<usize, usize>,
}

impl DocumentContext {
    fn new(events: &[Event]) -> DocumentContext {
        let force = events.iter().filter(|e| FORCE_ROOTS.contains(&e.action.root())).count();
        let mut per_sentence = HashMap::new();
        for e in events {
            *per_sentence.entry(e.evidence.start).or_insert(0) += 1;
        }
        let mut sentences: Vec<usize> = per_sentence.keys().copied().collect();
        sentences.sort_unstable();
        DocumentContext {
            records: events.len(),
            force_share: if events.is_empty() { 0.0 } else { force as f64 / events.len() as f64 },
            sentences,
            per_sentence,
        }
    }

    /// Where the record's sentence falls among the document's record sentences, 0 (first) to < 1.
    fn position(&self, start: usize) -> f64 {
        let rank = self.sentences.partition_point(|&s| s < start);
        rank as f64 / self.sentences.len().max(1) as f64
    }
}

fn record_features(e: &Event, doc: &DocumentContext) -> Features {
    let mut f: Features = Vec::new();
    let mut flag = |name: String| f.push((name, 1.0));
    flag(format!("root={}", e.action.root()));
    flag(format!("code={}", e.action.cameo));
    flag(format!("trigger={}", e.action.text.to_lowercase()));
    let role =
        |p: &Option<casus_core::Party>| p.as_ref().and_then(|p| p.role.clone()).unwrap_or_else(|| "none".to_string());
    flag(format!("actor_role={}", role(&e.actor)));
    flag(format!("target_role={}", role(&e.target)));
    let has_country = |p: &Option<casus_core::Party>| p.as_ref().is_some_and(|p| p.country.is_some());
    let slots = [
        ("actor", e.actor.is_some()),
        ("target", e.target.is_some()),
        ("source", e.source.is_some()),
        ("date", e.date.is_some()),
        ("location", e.location.is_some()),
        ("casualties", e.casualties.killed.is_some() || e.casualties.injured.is_some()),
        ("actor_country", has_country(&e.actor)),
        ("target_country", has_country(&e.target)),
        // The headline where the document has a title, else the lede.
        ("first_sentence", e.evidence.start == 0),
        ("quoted", e.evidence.sentence.contains(['"', '\u{201c}', '\u{201d}'])),
    ];
    for (name, present) in slots {
        if present {
            flag(name.to_string());
        }
    }
    for word in sentence_cues(&e.evidence.sentence) {
        flag(format!("word={word}"));
    }
    let share = |n: usize, cap: usize| n.min(cap) as f64 / cap as f64;
    f.push(("position".into(), doc.position(e.evidence.start)));
    f.push(("force_share".into(), doc.force_share));
    f.push(("doc_records".into(), share(doc.records, 60)));
    f.push(("sentence_records".into(), share(doc.per_sentence.get(&e.evidence.start).copied().unwrap_or(1), 6)));
    f.push(("sentence_length".into(), share(e.evidence.sentence.chars().count(), 400)));
    f
}

/// The cue words the sentence holds, each once, sorted. A capitalised word inside the sentence is a
/// name, not a cue ("in May"); "didn't" and "can't" hold "not".
fn sentence_cues(sentence: &str) -> Vec<&'static str> {
    let is_quote = |c: char| c == '\'' || c == '\u{2019}';
    let tokens = sentence.split(|c: char| !c.is_alphabetic() && !is_quote(c)).map(|w| w.trim_matches(is_quote));
    let mut words: HashSet<String> = HashSet::new();
    for (i, token) in tokens.filter(|w| !w.is_empty()).enumerate() {
        if i > 0 && token.starts_with(char::is_uppercase) {
            continue;
        }
        let word = token.to_lowercase().replace('\u{2019}', "'");
        if word.ends_with("n't") || word == "cannot" {
            words.insert("not".to_string());
        }
        words.insert(word);
    }
    let mut cues: Vec<&'static str> = cue_words().iter().copied().filter(|w| words.contains(*w)).collect();
    cues.sort_unstable();
    cues
}
