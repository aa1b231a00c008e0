//! Sentence splitting and word tokenization for news text. Both return byte ranges into the text.
//!
//! [`sentences`] is a hand-written scanner: hard breaks (blank lines, headline/caption/list lines)
//! first, then sentence-final punctuation judged by the word before it and the word after it;
//! datelines and run-in subheadings of whitespace-collapsed web text become sentences of their own.
//! [`words`] tokenizes the way UD English EWT does, because the dependency parser downstream was
//! trained on EWT/GUM. Word lists live in `crates/core/data/`.
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

mod runin;
mod sentences;
mod words;

#[cfg(test)]
mod tests_props;
#[cfg(test)]
mod tests_sentences;
#[cfg(test)]
mod tests_words;

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding whitespace. Together
/// they cover every non-space character of the text.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences::split(text)
}

/// Byte ranges of the words in `text[range]`, EWT style: punctuation split off, clitics split
/// ("Armenia's" → "Armenia" "'s"), abbreviations, numbers, hyphenated words and URLs kept whole.
/// A range outside the text or off a char boundary is clamped rather than panicking.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let end = floor_boundary(text, range.end.min(text.len()));
    let start = floor_boundary(text, range.start.min(end));
    words::tokenize(text, start..end)
}

/// Most words in one sentence. Text without sentence ends (tables, lists, scraped pages) can run to
/// thousands of words; the model and the extraction stages work sentence by sentence, so such a run is
/// cut into sentences of at most this many words, which bounds the work and memory of each.
pub const MAX_SENTENCE_WORDS: usize = 1000;

/// `words` (of one sentence of `text`) as ranges of word indices of at most [`MAX_SENTENCE_WORDS`]
/// words each: one range when the sentence is short enough, else cut after the last comma, semicolon,
/// colon or dash, or before the last line break, of the last quarter of each piece, or at the limit.
pub fn pieces(text: &str, words: &[Range<usize>]) -> Vec<Range<usize>> {
    pieces_of(text, words, MAX_SENTENCE_WORDS)
}

fn pieces_of(text: &str, words: &[Range<usize>], max: usize) -> Vec<Range<usize>> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    while words.len() - start > max {
        let limit = start + max;
        let breaks = |i: &usize| {
            let word = text.get(words[*i].clone()).unwrap_or("");
            let gap = text.get(words[*i].end..words[*i + 1].start).unwrap_or("");
            matches!(word, "," | ";" | ":" | "-" | "–" | "—") || gap.contains('\n')
        };
        let cut = (limit - max / 4..limit).rev().find(breaks).map_or(limit, |i| i + 1);
        out.push(start..cut);
        start = cut;
    }
    if start < words.len() {
        out.push(start..words.len());
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How an abbreviation's period behaves (see `data/abbreviations.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    Title,
    Month,
    Number,
    General,
}

pub(crate) struct Lexicon {
    abbrevs: HashMap<&'static str, Abbrev>,
    starters: HashSet<&'static str>,
    continuers: HashSet<&'static str>,
    reporting: HashSet<&'static str>,
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let abbrevs = data_lines(include_str!("../../data/abbreviations.tsv"))
            .filter_map(|l| {
                let (word, kind) = l.split_once('\t')?;
                let kind = match kind.trim() {
                    "title" => Abbrev::Title,
                    "month" => Abbrev::Month,
                    "number" => Abbrev::Number,
                    _ => Abbrev::General,
                };
                Some((word.trim(), kind))
            })
            .collect();
        Lexicon {
            abbrevs,
            starters: data_lines(include_str!("../../data/sentence_starters.txt")).collect(),
            continuers: data_lines(include_str!("../../data/line_continuers.txt")).collect(),
            reporting: data_lines(include_str!("../../data/reporting_verbs.txt")).collect(),
        }
    })
}

impl Lexicon {
    /// The kind of a listed abbreviation, `word` given without its period.
    pub(crate) fn abbrev(&self, word: &str) -> Option<Abbrev> {
        self.abbrevs.get(word).copied().or_else(|| {
            let lower = word.to_lowercase();
            (lower != word).then(|| self.abbrevs.get(lower.as_str()).copied()).flatten()
        })
    }

    /// Whether a word (any case) mostly starts sentences: "The", "He", "But".
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        !word.is_empty() && self.starters.contains(word.to_lowercase().as_str())
    }

    /// Whether a line ending in this word must go on in the next line: "the", "of".
    pub(crate) fn is_continuer(&self, word: &str) -> bool {
        self.continuers.contains(word.to_lowercase().as_str())
    }

    /// Whether a word is a verb of saying: "said", "asked", "told".
    pub(crate) fn is_reporting(&self, word: &str) -> bool {
        self.reporting.contains(word)
    }
}

/// Dotted abbreviation such as "U.S", "a.m", "e.g", "C.A.R", "Ph.D" (without the final period):
/// letter groups joined by dots, each of at most two letters or a short capitalised group, so that
/// domain names ("bbc.co.uk", "voanews.com") are not abbreviations.
pub(crate) fn is_dotted_abbrev(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| {
            let n = p.chars().count();
            let letters = n > 0 && p.chars().all(char::is_alphabetic);
            letters && (n <= 2 || n <= 4 && p.starts_with(char::is_uppercase))
        })
}

/// Whitespace, plus invisible format characters that separate words (zero-width space, BOM).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{180E}')
}

/// Combining marks and joiners that belong to the letter before them. std has no general
/// category, so this lists the common blocks; Indic and Thai signs are treated as letters.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0963 | 0x0966..=0x096F | 0x0971..=0x0DFF | 0x0E00..=0x0E3E
        | 0x0E40..=0x0E4E | 0x0E50..=0x0E59 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

/// Letters, digits, marks and '_': the stuff words are made of.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c) || c == '_'
}

/// Punctuation that closes a quotation or bracket and stays with the sentence before it.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '】' | '》' | '〉' | '〕')
}

/// Punctuation that opens a quotation or bracket before a word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '（'
            | '【'
            | '《'
            | '〈'
            | '〔'
            | '¿'
            | '¡'
            | '„'
            | '‚'
    )
}

pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '«' | '›' | '‹' | '」' | '』')
}

/// At most the first `max` bytes of `s`, cut at a char boundary.
pub(crate) fn head(s: &str, max: usize) -> &str {
    &s[..floor_boundary(s, max.min(s.len()))]
}

/// At most the last `max` bytes of `s`, cut at a char boundary.
pub(crate) fn tail(s: &str, max: usize) -> &str {
    let mut i = s.len().saturating_sub(max);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The char starting at byte `i`, if any.
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The char ending at byte `i`, if any.
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// Whether the whitespace-delimited chunk around byte `i` looks like a URL or an email address,
/// where dots and capitals glued together are not sentence breaks.
pub(crate) fn in_url_like(text: &str, i: usize) -> bool {
    // Only a window around `i`: a URL's telling parts are near, and long texts stay linear.
    let lo = floor_boundary(text, i.saturating_sub(256));
    let hi = floor_boundary(text, (i + 256).min(text.len()));
    let (s, i) = (&text[lo..hi], i - lo);
    let a = s[..i].rfind(is_space).map_or(0, |p| p + char_at(s, p).map_or(1, char::len_utf8));
    let b = s[i..].find(is_space).map_or(s.len(), |p| p + i);
    let chunk = &s[a..b];
    chunk.contains("://") || chunk.contains('@') || chunk.to_ascii_lowercase().contains("www.")
}
