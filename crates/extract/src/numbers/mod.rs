//! Cardinal numbers in news text: digits ("6,500", "30 000", "1.5 million"), words ("forty-nine",
//! "one hundred and twenty", "a dozen"), vague amounts ("dozens", "tens of thousands"), with the
//! qualifier that bounds them ("at least", "more than", "nearly", "up to") and ranges
//! ("between 11 and 17", "two or three", "11-17").
//!
//! Decisions:
//! - A range keeps both ends: `value` is the lower bound, `upper` the higher one, and the
//!   qualifier is `AtLeast` unless the text gives another ("about 10 to 15" stays `Approx`): the
//!   schema has no range qualifier, and the low figure with "at least" is the conservative reading
//!   (the ACLED convention). "from 10 to 15" is a change, not a range, and gives no range.
//! - "up to", "as many as", "fewer than", "less than" give `AtMost`; "some", "about" `Approx`.
//! - "no", "none", "nobody", "no one", "zero" are the number 0, so "no casualties" counts 0;
//!   callers decide from context whether the 0 counts anything.
//! - A decimal without a scale word ("3.5") and digits glued to words ("24-hour", "620-mile",
//!   "7th", "1990s") are not cardinals.
//! - Arithmetic saturates, so no spelling of a number can overflow: a figure beyond `u64`
//!   ("20,000,000,000 billion billion") is a number whose value is unknown (`value: None`, not vague),
//!   its phrase kept. Callers bound what they believe (casualties: [`crate::casualties::MAX_COUNT`]).
pub(crate) mod words;

use casus_core::{Qualifier, Token};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;
use words::{token_range, tsv, word_at_token, Word};

/// A number found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// The tokens of the whole phrase, qualifier included ("at least seven").
    pub tokens: Range<usize>,
    /// The count; `None` for vague amounts and figures too large for `u64`. For a range, the lower bound.
    pub value: Option<u64>,
    /// The upper bound of a range ("between 11 and 17" → 17).
    pub upper: Option<u64>,
    pub qualifier: Qualifier,
    /// A vague amount ("dozens", "several"): `value` is `None` and `qualifier` is `Several`.
    pub vague: bool,
}

/// A number over the word view: `words` indexes [`words::words`], `mention` the tokens.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub words: Range<usize>,
    pub mention: NumberMention,
}

/// The number whose phrase starts at token `i` (its qualifier or its first word), if any.
pub fn parse_number(tokens: &[Token], i: usize) -> Option<NumberMention> {
    let ws = words::words(tokens);
    parse_at(&ws, word_at_token(&ws, i)?).map(|f| f.mention)
}

/// Every number of a sentence, left to right, without overlaps.
pub fn find_numbers(tokens: &[Token]) -> Vec<NumberMention> {
    find_in(&words::words(tokens)).into_iter().map(|f| f.mention).collect()
}

pub(crate) fn find_in(ws: &[Word]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match parse_at(ws, i) {
            Some(f) => {
                i = f.words.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Zero,
    Unit,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Article,
    Vague,
    NoStop,
}

#[derive(Debug, Clone, Copy)]
enum Qual {
    Is(Qualifier),
    Between,
}

struct Lexicon {
    words: HashMap<&'static str, (u64, Kind)>,
    /// Multi-word vague amounts ("a few"), as word lists.
    vague_phrases: Vec<Vec<&'static str>>,
    pre: Vec<(Vec<&'static str>, Qual)>,
    post: Vec<(Vec<&'static str>, Qualifier)>,
}

/// Whether `word` (lower case) is a written count: digits, "eight", "dozens", "hundreds".
pub(crate) fn is_count_word(word: &str) -> bool {
    let digits = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == ',');
    let plural = word.strip_suffix('s').unwrap_or(word);
    let kind = |w: &str| lexicon().words.get(w).map(|(_, k)| *k);
    let counted =
        |w: &str| matches!(kind(w), Some(Kind::Unit | Kind::Tens | Kind::Hundred | Kind::Scale | Kind::Dozen));
    digits || counted(word) || counted(plural)
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon { words: HashMap::new(), vague_phrases: Vec::new(), pre: Vec::new(), post: Vec::new() };
        for f in tsv(include_str!("../../data/number_words.tsv")) {
            let kind = match f.get(2).copied() {
                Some("zero") => Kind::Zero,
                Some("unit") => Kind::Unit,
                Some("tens") => Kind::Tens,
                Some("hundred") => Kind::Hundred,
                Some("scale") => Kind::Scale,
                Some("dozen") => Kind::Dozen,
                Some("article") => Kind::Article,
                Some("vague") => Kind::Vague,
                Some("no_stop") => Kind::NoStop,
                other => panic!("number_words.tsv: bad kind {other:?}"),
            };
            if f[0].contains(' ') {
                assert_eq!(kind, Kind::Vague, "number_words.tsv: only vague amounts have several words");
                lex.vague_phrases.push(f[0].split(' ').collect());
            } else {
                lex.words.insert(f[0], (f[1].parse().unwrap_or(0), kind));
            }
        }
        for f in tsv(include_str!("../../data/qualifiers.tsv")) {
            let q = match f[1] {
                "at_least" => Qual::Is(Qualifier::AtLeast),
                "more_than" => Qual::Is(Qualifier::MoreThan),
                "approx" => Qual::Is(Qualifier::Approx),
                "at_most" => Qual::Is(Qualifier::AtMost),
                "exact" => Qual::Is(Qualifier::Exact),
                "range" => Qual::Between,
                other => panic!("qualifiers.tsv: bad qualifier {other:?}"),
            };
            let phrase = f[0].split(' ').collect();
            match (f.get(2).copied(), q) {
                (Some("post"), Qual::Is(q)) => lex.post.push((phrase, q)),
                _ => lex.pre.push((phrase, q)),
            }
        }
        // longest phrase first, so "no more than" wins over "no"
        lex.pre.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        lex.vague_phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        lex
    })
}

fn kind(w: &str) -> Option<(u64, Kind)> {
    lexicon().words.get(w).copied()
}

/// Whether words `i..` spell `phrase`.
pub(crate) fn matches(ws: &[Word], i: usize, phrase: &[&str]) -> bool {
    phrase.iter().enumerate().all(|(k, p)| ws.get(i + k).is_some_and(|w| w.norm == *p))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Core {
    Count(u64),
    Range(u64, u64),
    Vague,
}

/// The number phrase starting at word `i`.
pub(crate) fn parse_at(ws: &[Word], i: usize) -> Option<Found> {
    let lex = lexicon();
    let (j, qual) = match lex.pre.iter().find(|(p, _)| matches(ws, i, p)) {
        Some((p, q)) if core(ws, i + p.len()).is_some() => (i + p.len(), Some(*q)),
        _ => (i, None),
    };
    let (mut end, mut c) = core(ws, j)?;
    if let Some(Qual::Between) = qual {
        if let (Some("and"), Some((e2, Core::Count(b)))) = (ws.get(end).map(|w| w.norm.as_str()), core(ws, end + 1)) {
            if let Core::Count(a) = c {
                c = Core::Range(a, b);
                end = e2;
            }
        }
    } else if let (Core::Count(a), Some(sep)) = (c, ws.get(end)) {
        // "5 to 10", "two or three"; not "from 10 to 15", which is a change
        let from = i > 0 && ws[i - 1].norm == "from";
        if matches!(sep.norm.as_str(), "to" | "or" | "-" | "–") && !from {
            if let Some((e2, Core::Count(b))) = core(ws, end + 1) {
                if b > a {
                    c = Core::Range(a, b);
                    end = e2;
                }
            }
        }
    }
    let mut qualifier = match qual {
        Some(Qual::Is(q)) => q,
        Some(Qual::Between) => Qualifier::AtLeast,
        None => Qualifier::Exact,
    };
    if qualifier == Qualifier::Exact && matches!(c, Core::Range(..)) {
        qualifier = Qualifier::AtLeast;
    }
    if qualifier == Qualifier::Exact && ws[j].norm.ends_with("-plus") {
        qualifier = Qualifier::AtLeast; // "50-plus"
    }
    if let (Qualifier::Exact, Core::Count(_)) = (qualifier, c) {
        if let Some((p, q)) = lex.post.iter().find(|(p, _)| matches(ws, end, p)) {
            qualifier = *q;
            end += p.len();
        }
    }
    let (value, upper, vague) = match c {
        Core::Count(n) => (known(n), None, false),
        Core::Range(a, b) => (known(a), known(b), false),
        Core::Vague => (None, None, true),
    };
    if vague {
        qualifier = Qualifier::Several;
    }
    let mention = NumberMention { tokens: token_range(ws, i..end), value, upper, qualifier, vague };
    Some(Found { words: i..end, mention })
}

/// `n` unless the saturating arithmetic of the grammar ran out of range (`u64::MAX`).
fn known(n: u64) -> Option<u64> {
    (n < u64::MAX).then_some(n)
}

/// The bare number at word `i` (no qualifier) and the word index after it.
fn core(ws: &[Word], i: usize) -> Option<(usize, Core)> {
    let w = ws.get(i)?;
    if let Some(r) = digits(ws, i) {
        return Some(r);
    }
    if let Some(r) = vague(ws, i) {
        return Some((r, Core::Vague));
    }
    match kind(&w.norm) {
        Some((_, Kind::Zero)) if w.norm == "no" => {
            // "no one", "no casualties"; not "no longer", not "No," at a clause start
            let next = ws.get(i + 1)?;
            if next.norm == "one" {
                return Some((i + 2, Core::Count(0)));
            }
            let stop = matches!(kind(&next.norm), Some((_, Kind::NoStop)));
            (next.norm.chars().all(char::is_alphabetic) && !stop).then_some((i + 1, Core::Count(0)))
        }
        Some((_, Kind::Zero)) => Some((i + 1, Core::Count(0))),
        _ => spelled(ws, i).map(|(e, n)| (e, Core::Count(n))),
    }
}

/// Digits: "6,500", "30 000" (two words, the second exactly three digits), "1.5 million",
/// "11-17" (a range), "50-plus".
fn digits(ws: &[Word], i: usize) -> Option<(usize, Core)> {
    let s = ws[i].norm.as_str();
    if let Some((a, b)) = s.split_once(['-', '–']) {
        let (a, b) = (a.parse::<u64>().ok()?, b);
        if b == "plus" {
            return Some((i + 1, Core::Count(a)));
        }
        let b = b.parse::<u64>().ok()?;
        return (b > a).then_some((i + 1, Core::Range(a, b)));
    }
    let grouped = s.contains(',');
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let ok_groups = groups.iter().enumerate().all(|(k, g)| {
        g.bytes().all(|b| b.is_ascii_digit())
            && !g.is_empty()
            && (!grouped || if k == 0 { g.len() <= 3 } else { g.len() == 3 })
    });
    if !ok_groups || frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    // Every group is digits, so only overflow fails: too many digits to believe.
    let mut value: u64 = groups.concat().parse().unwrap_or(u64::MAX);
    let mut end = i + 1;
    // "30 000": thousands separated by one space
    if !grouped && frac.is_none() && int.len() <= 3 {
        while let Some(w) = ws.get(end) {
            if w.gap == 1 && w.norm.len() == 3 && w.is_digits() {
                value = value.saturating_mul(1000).saturating_add(w.norm.parse::<u64>().ok()?);
                end += 1;
            } else {
                break;
            }
        }
    }
    let scale = match ws.get(end).and_then(|w| kind(&w.norm)) {
        Some((n, Kind::Scale | Kind::Hundred | Kind::Dozen)) => Some(n),
        _ => None,
    };
    match (frac, scale) {
        (Some(f), Some(n)) => {
            let x: f64 = format!("{value}.{f}").parse().ok()?;
            Some((end + 1, Core::Count((x * n as f64).round() as u64)))
        }
        (Some(_), None) => None,
        (None, Some(n)) => Some((end + 1, Core::Count(value.saturating_mul(n)))),
        (None, None) => Some((end, Core::Count(value))),
    }
}

/// Number words: "two", "forty-nine", "one hundred and twenty", "three thousand", "a dozen".
fn spelled(ws: &[Word], i: usize) -> Option<(usize, u64)> {
    let (mut total, mut group, mut end) = (0u64, 0u64, i);
    let mut last: Option<Kind> = None;
    let mut j = i;
    while let Some(w) = ws.get(j) {
        let k = if w.norm.contains('-') {
            // "forty-nine": every part a number word
            let parts: Option<Vec<(u64, Kind)>> = w.norm.split('-').map(kind).collect();
            match parts.as_deref() {
                Some([(t, Kind::Tens), (u, Kind::Unit)]) if *u < 10 => Some((t + u, Kind::Tens)),
                _ => None,
            }
        } else {
            kind(&w.norm)
        };
        let next_scales = || {
            matches!(ws.get(j + 1).and_then(|w| kind(&w.norm)), Some((_, Kind::Hundred | Kind::Scale | Kind::Dozen)))
        };
        match k {
            Some((n, Kind::Unit))
                if matches!(last, None | Some(Kind::Hundred | Kind::Scale))
                    || (last == Some(Kind::Tens) && n < 10 && group % 10 == 0) =>
            {
                group = group.saturating_add(n)
            }
            Some((n, Kind::Tens)) if matches!(last, None | Some(Kind::Hundred | Kind::Scale)) => {
                group = group.saturating_add(n)
            }
            Some((n, Kind::Hundred))
                if last.is_some() && group % 100 != 0 || group == 0 && last == Some(Kind::Article) =>
            {
                group = group.max(1).saturating_mul(n)
            }
            Some((n, Kind::Scale)) if last.is_some() && last != Some(Kind::Scale) => {
                total = total.saturating_add(group.max(1).saturating_mul(n));
                group = 0;
            }
            Some((n, Kind::Dozen)) if matches!(last, Some(Kind::Unit | Kind::Article)) => {
                group = group.max(1).saturating_mul(n)
            }
            Some((_, Kind::Article)) if last.is_none() && next_scales() => group = 1,
            _ if w.norm == "and" && matches!(last, Some(Kind::Hundred | Kind::Scale)) => {
                // "one hundred and twenty": "and" only inside a number
                match ws.get(j + 1).and_then(|w| kind(w.norm.split('-').next().unwrap_or(""))) {
                    Some((_, Kind::Unit | Kind::Tens)) => {
                        j += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            _ => break,
        }
        last = k.map(|(_, k)| k);
        j += 1;
        if last != Some(Kind::Article) {
            end = j;
        }
    }
    (end > i).then_some((end, total.saturating_add(group)))
}

/// A vague amount at word `i` and the word after it: "dozens", "a few", "tens of thousands",
/// "several hundred", "hundreds of thousands".
fn vague(ws: &[Word], i: usize) -> Option<usize> {
    let lex = lexicon();
    // "how many were killed" asks; it does not count
    if i > 0 && matches!(ws[i - 1].norm.as_str(), "how" | "so" | "too") {
        return None;
    }
    let mut end = match lex.vague_phrases.iter().find(|p| matches(ws, i, p)) {
        Some(p) => i + p.len(),
        None => match kind(&ws[i].norm) {
            Some((_, Kind::Vague)) => i + 1,
            _ => return None,
        },
    };
    let plural_scale = |w: &Word| matches!(w.norm.as_str(), "hundreds" | "thousands" | "millions" | "dozens");
    loop {
        match ws.get(end) {
            Some(w) if w.norm == "of" && ws.get(end + 1).is_some_and(plural_scale) => end += 2,
            Some(w) if matches!(kind(&w.norm), Some((_, Kind::Hundred | Kind::Scale | Kind::Dozen))) => end += 1,
            _ => break,
        }
    }
    // "tens" is an amount only as "tens of thousands"
    (ws[i].norm != "tens" || end > i + 1).then_some(end)
}

#[cfg(test)]
mod tests;
