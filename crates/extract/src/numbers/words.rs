//! A word view over one sentence's tokens, shared by the number, date and casualty grammars.
//!
//! The grammars must not depend on how finely the tokenizer splits: a UD-style tokenizer keeps
//! "6,500", "2/13/2024", "forty-nine" and "Feb." whole, a plain one splits them at every
//! punctuation mark. Tokens glued together (no whitespace between them) are merged back here
//! when they form a number ("6" "," "500"), a date ("2" "/" "13" "/" "2024") or a hyphenated
//! word ("forty" "-" "nine"), so both tokenizations give the same words.
use casus_core::Token;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The text as written (merged tokens concatenated; they are glued, so nothing is lost).
    pub text: String,
    /// Lowercase, curly apostrophes straightened, an abbreviation's final period dropped.
    pub norm: String,
    /// The token indices this word covers.
    pub toks: Range<usize>,
    /// Chars of whitespace between the previous word and this one (0 for the first word).
    pub gap: usize,
}

impl Word {
    /// First letter uppercase, as written: month and weekday names must be capitalized
    /// ("May", "March" are also a verb and a modal).
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_digits(&self) -> bool {
        !self.norm.is_empty() && self.norm.bytes().all(|b| b.is_ascii_digit())
    }

    /// Punctuation only (",", "—", "(", ...).
    pub fn is_punct(&self) -> bool {
        !self.norm.chars().any(char::is_alphanumeric)
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn alnum(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphanumeric)
}

fn glued(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

/// Whether `sep` between two glued pieces `left` and `right` joins them into one word.
fn joins(left: &str, sep: &str, right: &str) -> bool {
    let left_last = left.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    match sep {
        // 6,500 · 3.5 · 2/13/2024 · 0:00: separators inside digit groups only
        "," | "." | "/" | ":" => digits(left_last) && digits(right),
        // forty-nine · 24-hour · al-Shabab · 2024-02-13 · 11-17
        "-" | "‐" | "‑" => alnum(left_last) && alnum(right),
        // 24–25 (en dash) between digits only; between words it is punctuation
        "–" => digits(left_last) && digits(right),
        _ => false,
    }
}

fn normalize(text: &str) -> String {
    let mut s = text.to_lowercase().replace(['’', '‘', '`'], "'");
    if s.len() > 1 && s.ends_with('.') && s[..s.len() - 1].chars().all(char::is_alphabetic) {
        s.pop();
    }
    s
}

/// The words of a sentence, in order, each covering one or more glued tokens.
pub(crate) fn words(tokens: &[Token]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let start = i;
        let mut text = tokens[i].text.clone();
        while i + 2 < tokens.len()
            && glued(&tokens[i], &tokens[i + 1])
            && glued(&tokens[i + 1], &tokens[i + 2])
            && joins(&text, &tokens[i + 1].text, &tokens[i + 2].text)
        {
            text.push_str(&tokens[i + 1].text);
            text.push_str(&tokens[i + 2].text);
            i += 2;
        }
        let gap = if start == 0 { 0 } else { tokens[start].start.saturating_sub(tokens[start - 1].end) };
        out.push(Word { norm: normalize(&text), text, toks: start..i + 1, gap });
        i += 1;
    }
    out
}

/// The token range covered by words `r`.
pub(crate) fn token_range(ws: &[Word], r: Range<usize>) -> Range<usize> {
    match (ws.get(r.start), r.end.checked_sub(1).and_then(|e| ws.get(e))) {
        (Some(a), Some(b)) if r.start < r.end => a.toks.start..b.toks.end,
        _ => 0..0,
    }
}

/// The index of the word that starts at token `i`, if any.
pub(crate) fn word_at_token(ws: &[Word], i: usize) -> Option<usize> {
    ws.iter().position(|w| w.toks.start == i)
}

/// Loads a tab-separated lexicon: `#` comments and blank lines skipped, fields trimmed.
pub(crate) fn tsv(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
pub(crate) mod test_tokens {
    //! Three tokenizations of test sentences: casus-core's own, a UD-style one that keeps
    //! numbers, dates, hyphenated words and abbreviations whole, and a plain one that splits at
    //! every punctuation mark. Every grammar test runs on all three and must agree.
    use casus_core::{Document, Token};

    /// A plain tokenizer: runs of letters and digits, every other non-space char a token
    /// ("6" "," "500", "Feb" ".", "forty" "-" "nine").
    pub fn plain(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut cur: Option<usize> = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            if c.is_alphanumeric() {
                cur.get_or_insert(i);
                continue;
            }
            if let Some(s) = cur.take() {
                out.push(tok(text, s, i));
            }
            if !c.is_whitespace() {
                out.push(tok(text, i, i + c.len_utf8()));
            }
        }
        out
    }

    /// The same sentence under the three tokenizations.
    pub fn all(text: &str) -> [Vec<Token>; 3] {
        [core(text), ud(text), plain(text)]
    }

    pub fn core(text: &str) -> Vec<Token> {
        let doc = Document::new("t", text, None, None).unwrap();
        doc.sentences.into_iter().flat_map(|s| s.tokens).collect()
    }

    pub fn ud(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        // whitespace-separated pieces, with dashes, quotes and brackets split off everywhere
        let mut pieces = Vec::new();
        let mut at = 0;
        for (i, c) in text.char_indices() {
            let split = "—“”\"()[]".contains(c);
            if c.is_whitespace() || split {
                if at < i {
                    pieces.push((at, &text[at..i]));
                }
                if split {
                    pieces.push((i, &text[i..i + c.len_utf8()]));
                }
                at = i + c.len_utf8();
            }
        }
        if at < text.len() {
            pieces.push((at, &text[at..]));
        }
        for (b, piece) in pieces {
            let word = piece.trim_end();
            let (mut lo, mut hi) = (0, word.len());
            // split leading and trailing punctuation off; keep a final period after letters
            // ("Feb.") unless it ends the text
            while lo < hi && !word[lo..].starts_with(char::is_alphanumeric) {
                let n = word[lo..].chars().next().unwrap().len_utf8();
                out.push(tok(text, b + lo, b + lo + n));
                lo += n;
            }
            let mut tail = Vec::new();
            while hi > lo && !word[..hi].ends_with(char::is_alphanumeric) {
                let c = word[..hi].chars().last().unwrap();
                let abbrev = c == '.' && b + hi < text.trim_end().len() && word[lo..hi - 1].len() <= 4;
                if abbrev {
                    break;
                }
                hi -= c.len_utf8();
                tail.push(tok(text, b + hi, b + hi + c.len_utf8()));
            }
            if lo < hi {
                let core = &word[lo..hi];
                // the clitic 's is its own token
                match core.rfind(['\'', '’']) {
                    Some(q) if core[q..].chars().count() == 2 && core.ends_with('s') => {
                        out.push(tok(text, b + lo, b + lo + q));
                        out.push(tok(text, b + lo + q, b + hi));
                    }
                    _ => out.push(tok(text, b + lo, b + hi)),
                }
            }
            out.extend(tail.into_iter().rev());
        }
        out
    }

    fn tok(text: &str, a: usize, b: usize) -> Token {
        let start = text[..a].chars().count();
        Token { text: text[a..b].to_string(), start, end: start + text[a..b].chars().count(), bytes: a..b }
    }
}

#[cfg(test)]
mod tests {
    use super::test_tokens::all;
    use super::*;

    fn norms(toks: &[Token]) -> Vec<String> {
        words(toks).into_iter().map(|w| w.norm).collect()
    }

    #[test]
    fn numbers_words_glued_tokens_merge_the_same_way_under_every_tokenizer() {
        let s = "On Feb. 13, 2/13/2024, forty-nine of 6,500 and 30 000 died in al-Rufay’i’s 24-hour raid.";
        for toks in all(s) {
            let n = norms(&toks);
            for w in ["13", "2/13/2024", "forty-nine", "6,500", "30", "000", "24-hour"] {
                assert!(n.contains(&w.to_string()), "{w} in {n:?}");
            }
            let ws = words(&toks);
            let k = ws.iter().position(|w| w.norm == "000").unwrap();
            assert_eq!((ws[k].gap, ws[k - 1].norm.as_str()), (1, "30"));
            assert_eq!(token_range(&ws, k - 1..k + 1), ws[k - 1].toks.start..ws[k].toks.end);
        }
    }

    #[test]
    fn numbers_words_abbreviation_period_is_dropped_from_the_norm() {
        assert_eq!(normalize("Feb."), "feb");
        assert_eq!(normalize("U.S."), "u.s.");
        assert_eq!(normalize("Armenia’s"), "armenia's");
    }
}
