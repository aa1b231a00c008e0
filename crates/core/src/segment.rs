//! Sentence splitting and word tokenization for news text. Both return byte ranges into the text.
use std::ops::Range;

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let boundary = c == '\n' || (matches!(c, '.' | '!' | '?') && bytes.get(end).map_or(true, |b| b.is_ascii_whitespace()));
        if boundary {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Byte ranges of the words in `text[range]`: letters/digits runs, punctuation split off.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in text[range.clone()].char_indices() {
        let i = i + range.start;
        if c.is_alphanumeric() {
            cur.get_or_insert(i);
        } else {
            if let Some(s) = cur.take() {
                out.push(s..i);
            }
            if !c.is_whitespace() {
                out.push(i..i + c.len_utf8());
            }
        }
    }
    if let Some(s) = cur {
        out.push(s..range.end);
    }
    out
}
