//! Casualty counts of conflict news: killed, injured and missing, with their qualifier, from the
//! cue words and patterns of `data/casualty_words.tsv` ("killing 12 civilians", "four of its
//! soldiers were killed", "more than 30 000 deaths", "a death toll of 42", "no casualties").
//!
//! Decisions:
//! - A number counts only next to a cue, in one of the cue's patterns, and only if it counts
//!   people: "250 miles", "six weeks", "45 percent", a bare year and numbers inside dates are
//!   never counts; "2 000 Russian blue helmets deployed" has no cue and gives nothing.
//! - A passive with a singular subject and no number ("al-Rufay'i was killed", "a soldier was
//!   injured") counts 1, exact: one named or singular victim is one casualty; so does "a British
//!   soldier died" and the headline "UN Soldier Killed". A bare plural without a number
//!   ("massacred civilians", "civilians were killed") counts {null, several}; a definite one ("the
//!   officers were killed") restates victims counted before and gives nothing.
//! - "a"/"an" before a noun for people counts 1 ("injured an Azerbaijani soldier").
//! - Coordinated counts add up ("killed an American scientist and nine French soldiers" = 10,
//!   each group kept in `parts`, so that the events stage can give groups of different sides a
//!   record each; so before the verb: "22 soldiers and 225 rebels were killed" = 247 in two
//!   parts, "18 personnel, three railway staff and five passengers were among those killed" = 26
//!   in three); a count after "including" is part of one before it and is not added.
//! - A range ("between 11 and 17 people") gives its lower bound with `AtLeast`, the upper bound
//!   kept in `upper`; vague amounts ("dozens", "hundreds") give `count: None`, `Several`.
//! - Negated nouns count 0: "no casualties", "no deaths", "no one was killed"; a denied report
//!   ("without reporting any losses") gives nothing. "losses" count as killed; "casualties" count
//!   killed and injured both: "no casualties" is 0 of each, "50 casualties" and "heavy
//!   casualties" {null, several} of each (GUIDELINES 12.9).
//! - A figure for killed and injured together ("killed and injured 1,000") does not say which:
//!   {null, several} of each (GUIDELINES 12.9).
//! - A toll ("a death toll of 42", "the number of people killed rose to 20") gives its figure,
//!   never the old one of "rose from 10 to 15".
//! - A count above [`MAX_COUNT`] ("killed 20,000,000,000 billion people") is kept with its phrase and
//!   qualifier but `count: None`: the figure is a typo, a garbled table or a hostile input.
mod lexicon;
mod scan;
mod subject;
mod vague;

use crate::numbers::words::{token_range, words};
use casus_core::{Casualty, Document, Qualifier, Sentence, Token};
use std::ops::Range;

/// The largest casualty count believed: a billion, more people than any conflict has touched.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// `n` when it is a believable count of people.
pub(crate) fn plausible(n: u64) -> Option<u64> {
    (n <= MAX_COUNT).then_some(n)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CasualtyKind {
    Killed,
    Injured,
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasualtyMention {
    pub kind: CasualtyKind,
    /// `None` for vague amounts ("dozens") and counts above [`MAX_COUNT`]; for a range, its lower bound.
    pub count: Option<u64>,
    /// The upper bound of a range ("between 11 and 17" → 17).
    pub upper: Option<u64>,
    pub qualifier: Qualifier,
    /// The phrase to quote: "four of its soldiers were killed", "killing 12 civilians".
    pub tokens: Range<usize>,
    /// The number inside it ("four"); for a singular victim, the verb's auxiliary ("was").
    pub number: Range<usize>,
    /// Coordinated victim groups counted one by one ("killing nine civilians and two police
    /// officers"): each group's own mention, when there are several; this mention is their sum.
    pub parts: Vec<CasualtyMention>,
}

impl CasualtyMention {
    /// The schema's casualty object, quoting the phrase from sentence `s` of `doc`.
    pub fn to_casualty(&self, doc: &Document, s: &Sentence) -> Casualty {
        Casualty {
            count: self.count,
            qualifier: self.qualifier,
            text: doc.span_text(s, self.tokens.clone()).to_string(),
        }
    }
}

/// Every casualty count of a sentence, in text order.
pub fn find_casualties(tokens: &[Token]) -> Vec<CasualtyMention> {
    let ws = words(tokens);
    let mut out: Vec<CasualtyMention> = Vec::new();
    for hit in scan::scan(&ws) {
        let mention = |h: &scan::Hit| CasualtyMention {
            kind: h.kind,
            count: h.count,
            upper: h.upper,
            qualifier: h.qualifier,
            tokens: token_range(&ws, h.span.clone()),
            number: token_range(&ws, h.number.clone()),
            parts: Vec::new(),
        };
        let m = CasualtyMention { parts: hit.parts.iter().map(mention).collect(), ..mention(&hit) };
        // one number, one count: "One of the leaders is dead, killed in ..."
        if !out.iter().any(|o| o.kind == m.kind && o.number == m.number) {
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    out
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_makeup;
#[cfg(test)]
mod tests_negative;
#[cfg(test)]
mod tests_several;
#[cfg(test)]
mod tests_titles;
