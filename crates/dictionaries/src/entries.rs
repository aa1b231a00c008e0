//! The dictionaries in the shape casus loads: phrase → CAMEO code pairs for the trigger lexicon
//! ([`VerbEntry`]), agent nouns → roles ([`AgentEntry`]) and named actors → name, country and role
//! on a given day ([`ActorEntry`]), like the party gazetteer's lines.
use crate::actors::ActorDictionary;
use crate::agents::AgentDictionary;
use crate::codes::{EventCode, Placement};
use crate::verbs::{Element, Token, VerbDictionary, VerbPattern};
use chrono::NaiveDate;
use std::collections::HashSet;

/// In [`VerbEntry::words`]: other words may come here (the lexicon's `*`, a gap of a few words).
pub const GAP: &str = "*";

/// A verb, or a verb pattern with one verb of its block put in, and its event code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VerbEntry {
    /// Lemmas, lower case, [`GAP`] where the pattern lets other words come between (a blank in
    /// the dictionary, or a `$ + ^ %` placeholder), never first or last; synsets expanded into
    /// their members: "- * (OF &CRIME)" under ACCUSE gives ["accuse", "*", "of", "*", "crime"],
    /// ["accuse", "*", "of", "*", "offense"], ...
    pub words: Vec<String>,
    /// The event of the subject on the object; `None` when only `reverse` is given (":173").
    pub code: Option<String>,
    /// The event of the object on the subject in return ("042:043" → "043").
    pub reverse: Option<String>,
    pub file: String,
    pub line: usize,
}

/// An agent noun (or its plural) and its role.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgentEntry {
    /// Lower case: ["riot", "police"].
    pub words: Vec<String>,
    /// The CAMEO role the code gives ("~GOVMED" → GOV); `None` when it has none ("~MUS").
    pub role: Option<String>,
    /// The whole code without '~': "GOVMED".
    pub code: String,
    pub placement: Placement,
    pub file: String,
    pub line: usize,
}

/// A phrase naming an actor, and who that is on the day asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActorEntry {
    /// Lower case: ["harakat", "al-shabaab", "al-mujahideen"].
    pub words: Vec<String>,
    /// From the record's primary phrase: "Al-Shabaab".
    pub name: String,
    /// ISO3; `None` for international bodies and codes without a state.
    pub country: Option<String>,
    /// CAMEO role; `None` for a bare state ("AFG") or a code without a role part.
    pub role: Option<String>,
    /// The whole code: "SOMREB".
    pub code: String,
    pub file: String,
    /// The line of the phrase (the primary line or the synonym's).
    pub line: usize,
}

/// The most phrases [`verb_entries`] makes of one pattern for one verb; patterns whose synsets
/// multiply past it ("- &AIRCRAFT * &WEAPON": 80 × 115) are left out, see [`oversized_patterns`].
pub const MAX_PHRASES: usize = 256;

/// Every verb and pattern with an event code (null codes, which say "no event", are left out), in
/// file order, repeats dropped. Each pattern is given once per verb of its block, its synsets
/// expanded into their members as written (no made plurals: the lexicon matches lemmas), unless
/// that makes more than [`MAX_PHRASES`] phrases.
pub fn verb_entries(dict: &VerbDictionary) -> Vec<VerbEntry> {
    verb_entries_with(dict, MAX_PHRASES)
}

/// [`verb_entries`] with another limit on the phrases of one pattern and verb.
pub fn verb_entries_with(dict: &VerbDictionary, max_phrases: usize) -> Vec<VerbEntry> {
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut push = |words: Vec<String>, code: &EventCode, line: usize| {
        if code.is_null() || !seen.insert(format!("{} {code}", words.join(" "))) {
            return;
        }
        let (code, reverse) = (code.forward.clone(), code.reverse.clone());
        out.push(VerbEntry { words, code, reverse, file: dict.file.clone(), line });
    };
    for block in &dict.blocks {
        for verb in &block.verbs {
            push(verb.words.clone(), verb.code.as_ref().unwrap_or(&block.code), verb.line);
        }
        for pattern in block.patterns.iter().filter(|p| !p.code.is_null()) {
            if phrase_count(&pattern.tokens, dict) > max_phrases {
                continue;
            }
            for verb in &block.verbs {
                for words in pattern_phrases(&pattern.tokens, &verb.words, dict) {
                    push(words, &pattern.code, pattern.line);
                }
            }
        }
    }
    out
}

/// The patterns with an event code that [`verb_entries`] leaves out for making too many phrases.
pub fn oversized_patterns(dict: &VerbDictionary) -> Vec<&VerbPattern> {
    let patterns = dict.blocks.iter().flat_map(|b| &b.patterns);
    patterns.filter(|p| !p.code.is_null() && phrase_count(&p.tokens, dict) > MAX_PHRASES).collect()
}

/// How many phrases a pattern makes for one verb: the product of its synsets' sizes.
pub fn phrase_count(tokens: &[Token], dict: &VerbDictionary) -> usize {
    let sizes = tokens.iter().filter_map(|t| match &t.element {
        Element::Synset(name) => Some(dict.synset(name).map_or(0, |s| s.members.len())),
        _ => None,
    });
    sizes.fold(1usize, usize::saturating_mul)
}

/// The word sequences a pattern stands for with `verb` in place of `*` (synset members as
/// written); as many as [`phrase_count`] says.
pub fn pattern_phrases(tokens: &[Token], verb: &[String], dict: &VerbDictionary) -> Vec<Vec<String>> {
    let mut phrases: Vec<Vec<String>> = vec![Vec::new()];
    let mut gap = false;
    for token in tokens {
        let choices: Vec<&[String]> = match &token.element {
            Element::Verb => vec![verb],
            Element::Word(w) => vec![std::slice::from_ref(w)],
            Element::Synset(name) => {
                dict.synset(name).map(|s| s.members.iter().map(|m| m.words.as_slice()).collect()).unwrap_or_default()
            }
            Element::Source | Element::Target | Element::Skip | Element::Compound => {
                gap = true;
                continue;
            }
            _ => continue,
        };
        let sep = gap || !token.joined;
        gap = false;
        phrases = phrases
            .iter()
            .flat_map(|p| {
                choices.iter().map(move |c| {
                    let mut next = p.clone();
                    if sep && !next.is_empty() {
                        next.push(GAP.to_string());
                    }
                    next.extend(c.iter().cloned());
                    next
                })
            })
            .collect();
    }
    phrases.retain(|p| !p.is_empty());
    phrases
}

/// Every agent noun and its plural, in file order, repeats dropped.
pub fn agent_entries(dict: &AgentDictionary) -> Vec<AgentEntry> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for agent in &dict.agents {
        for words in agent.forms() {
            if seen.insert((words.clone(), agent.code.code.clone())) {
                out.push(AgentEntry {
                    words,
                    role: agent.code.role().map(str::to_string),
                    code: agent.code.code.clone(),
                    placement: agent.code.placement,
                    file: dict.file.clone(),
                    line: agent.line,
                });
            }
        }
    }
    out
}

/// Every phrase of every actor with each code that holds on `on` (see
/// [`crate::actors::Actor::codes_on`]); actors with none that day give nothing.
pub fn actor_entries(dict: &ActorDictionary, on: NaiveDate) -> Vec<ActorEntry> {
    let mut out = Vec::new();
    for actor in &dict.actors {
        let codes = actor.codes_on(on);
        if codes.is_empty() {
            continue;
        }
        let name = actor.name();
        let lines = std::iter::once(actor.line).chain(actor.synonyms.iter().map(|s| s.line));
        for (words, line) in actor.phrases().zip(lines) {
            for code in &codes {
                out.push(ActorEntry {
                    words: words.to_vec(),
                    name: name.clone(),
                    country: code.country.clone(),
                    role: code.role().map(str::to_string),
                    code: code.code.clone(),
                    file: dict.file.clone(),
                    line,
                });
            }
        }
    }
    out
}
