//! The word tokenizer, following UD English EWT conventions: punctuation is split off, clitics
//! are split ("do" "n't", "Armenia" "'s"), while abbreviations ("U.S.", "Feb."), numbers
//! ("6,500", "3.5", "2/13/2024", "9:00"), hyphenated words, URLs, emails, @handles and #tags
//! stay whole.
use super::{char_at, char_before, is_dotted_abbrev, is_mark, is_opener, is_space, is_word_char, lexicon, Abbrev};
use std::ops::Range;

pub(super) fn tokenize(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let base = range.start;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        // URLs, emails, handles and tags start a chunk or follow an opening bracket or quote.
        let fresh = char_before(s, i).is_none_or(|p| is_space(p) || is_opener(p));
        let whole =
            if fresh { url_len(&s[i..]).or_else(|| email_len(&s[i..])).or_else(|| tag_len(&s[i..])) } else { None };
        let n = if let Some(n) = whole {
            out.push(base + i..base + i + n);
            n
        } else if is_word_char(c) {
            let n = word_len(s, i);
            push_word(&mut out, base + i, &s[i..i + n]);
            n
        } else if let Some(n) = clitic_len(s, i) {
            out.push(base + i..base + i + n);
            n
        } else {
            let n = punct_len(&s[i..]);
            out.push(base + i..base + i + n);
            n
        };
        i += n;
    }
    out
}

/// Length of the word starting at byte `i`: word chars, joined by the connectors numbers,
/// hyphenated words and abbreviations use, plus an abbreviation's final period.
fn word_len(s: &str, i: usize) -> usize {
    let mut j = i;
    loop {
        while let Some(c) = char_at(s, j).filter(|&c| is_word_char(c)) {
            j += c.len_utf8();
        }
        let Some(c) = char_at(s, j) else { break };
        let after = j + c.len_utf8();
        let next = char_at(s, after);
        if next.is_some_and(is_word_char) && joins(s, i, j, c) {
            j = after;
            continue;
        }
        if c == '.' && keeps_period(&s[i..j], &s[after..]) {
            j = after;
            // "U.S.-backed", "U.K.-U.S." go on as one hyphenated word.
            if char_at(s, j) == Some('-') && char_at(s, j + 1).is_some_and(is_word_char) {
                j += 1;
                continue;
            }
        }
        break;
    }
    j - i
}

/// Whether connector `c` at byte `j` joins the word begun at `i` with the word char after it.
fn joins(s: &str, i: usize, j: usize, c: char) -> bool {
    let prev = char_before(s, j).unwrap_or(' ');
    let next = char_at(s, j + c.len_utf8()).unwrap_or(' ');
    match c {
        '-' | '\u{2011}' | '\u{AD}' => true,
        '.' => {
            // "end.The" is two sentences glued together, not one word.
            let seg = &s[i..j];
            let seg = seg.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let glued = seg.chars().count() >= 2
                && seg.chars().all(char::is_lowercase)
                && next.is_uppercase()
                && char_at(s, j + 1 + next.len_utf8()).is_some_and(char::is_lowercase);
            prev.is_alphanumeric() && !glued
        }
        // "6,500" but not "1,2": a thousands group is three digits.
        ',' => {
            let group = s[j + 1..].chars().take_while(char::is_ascii_digit).count();
            prev.is_ascii_digit() && group == 3
        }
        ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '\'' | '’' => prev.is_alphabetic() && next.is_alphabetic(),
        '&' => prev.is_uppercase() && next.is_uppercase(),
        _ => false,
    }
}

/// Whether `word` keeps the period after it: listed abbreviations, dotted ones, initials.
fn keeps_period(word: &str, rest: &str) -> bool {
    if rest.starts_with('.') {
        return false; // "..." is an ellipsis, not an abbreviation's period.
    }
    let seg = &word[word.rfind('-').map_or(0, |p| p + 1)..];
    // An initial, listed or not ("S. Sudan", "John F. Kennedy"), unless the period ends the text
    // ("attacked Sector S."); listed compass letters are only its sentence splitting's concern.
    let initial = seg.chars().count() == 1 && seg.chars().all(char::is_uppercase);
    if initial {
        return !rest.chars().all(|c| is_space(c) || super::is_closer(c));
    }
    match lexicon().abbrev(seg) {
        Some(Abbrev::Title | Abbrev::Month | Abbrev::General) => return true,
        Some(Abbrev::Number) => return rest.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_digit()),
        None => {}
    }
    if is_dotted_abbrev(seg) {
        return true;
    }
    false
}

/// Pushes a word, split EWT style into stem and clitic: "do" "n't", "ca" "n't", "Armenia" "'s",
/// "they" "'re", "can" "not".
fn push_word(out: &mut Vec<Range<usize>>, at: usize, w: &str) {
    let lower = w.to_lowercase();
    let split = if lower.len() == w.len() { clitic_split(&lower) } else { None };
    match split {
        Some(p) if p > 0 && p < w.len() => {
            out.push(at..at + p);
            out.push(at + p..at + w.len());
        }
        _ => out.push(at..at + w.len()),
    }
}

/// Byte position where the clitic of lowercased word `w` starts.
fn clitic_split(w: &str) -> Option<usize> {
    for suffix in ["n't", "n’t"] {
        if w.len() > suffix.len() + 1 && w.ends_with(suffix) {
            return Some(w.len() - suffix.len());
        }
    }
    if let Some(p) = w.rfind(['\'', '’']) {
        let tail = &w[p + char_at(w, p)?.len_utf8()..];
        if matches!(tail, "s" | "re" | "ve" | "ll" | "d" | "m") {
            return Some(p);
        }
    }
    for (word, p) in [("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)] {
        if w == word {
            return Some(p);
        }
    }
    None
}

/// A clitic after a token that is not a plain word, as in "U.S.'s": the apostrophe and letters.
fn clitic_len(s: &str, i: usize) -> Option<usize> {
    let c = char_at(s, i).filter(|&c| matches!(c, '\'' | '’'))?;
    if char_before(s, i).is_none_or(is_space) {
        return None;
    }
    let rest = &s[i + c.len_utf8()..];
    let n = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    matches!(rest[..n].to_lowercase().as_str(), "s" | "re" | "ve" | "ll" | "d" | "m").then_some(c.len_utf8() + n)
}

/// A punctuation or symbol token: runs of "...", "--", "?!", "``" stay together; an emoji keeps its
/// modifiers and ZWJ sequence; a flag is two regional indicators.
fn punct_len(s: &str) -> usize {
    let mut cs = s.char_indices();
    let Some((_, c)) = cs.next() else { return 0 };
    if matches!(c, '.' | '-' | '?' | '!' | '`' | '*' | '=' | '>' | '<') {
        let n = s.find(|x: char| x != c && !(matches!(c, '?' | '!') && matches!(x, '?' | '!'))).unwrap_or(s.len());
        return n;
    }
    let regional = |x: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&x);
    let mut end = c.len_utf8();
    if regional(c) {
        if let Some(x) = char_at(s, end).filter(|&x| regional(x)) {
            end += x.len_utf8();
        }
        return end;
    }
    // Marks, variation selectors, skin tones, keycaps; after a ZWJ, the next char too.
    while let Some(x) = char_at(s, end) {
        if x == '\u{200D}' {
            end += x.len_utf8();
            if let Some(y) = char_at(s, end).filter(|&y| !is_space(y)) {
                end += y.len_utf8();
            }
        } else if is_mark(x) || x == '\u{20E3}' {
            end += x.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// "http://…", "https://…", "www.…" through the end of the chunk, less trailing punctuation.
fn url_len(s: &str) -> Option<usize> {
    let head = super::head(s, 8).to_ascii_lowercase();
    if !["http://", "https://", "ftp://", "www."].iter().any(|p| head.starts_with(p)) {
        return None;
    }
    let chunk = &s[..s.find(is_space).unwrap_or(s.len())];
    Some(trim_trailing(chunk).len()).filter(|&n| n > 4)
}

/// Drops sentence punctuation and unbalanced closing brackets/quotes from the end of a URL.
fn trim_trailing(mut u: &str) -> &str {
    loop {
        let Some(c) = u.chars().next_back() else { return u };
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | '>' => true,
            ')' => u.matches('(').count() < u.matches(')').count(),
            ']' => u.matches('[').count() < u.matches(']').count(),
            '}' => true,
            _ => false,
        };
        if !strip {
            return u;
        }
        u = &u[..u.len() - c.len_utf8()];
    }
}

/// "name@example.org": local part, "@", dotted domain of word characters.
fn email_len(s: &str) -> Option<usize> {
    let local = s.find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')))?;
    if local == 0 || !s[local..].starts_with('@') {
        return None;
    }
    let dom = &s[local + 1..];
    let mut n = 0;
    let mut parts = 0;
    loop {
        let part = dom[n..].find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(dom.len() - n);
        if part == 0 {
            break;
        }
        n += part;
        parts += 1;
        if dom[n..].starts_with('.') && dom[n + 1..].starts_with(char::is_alphanumeric) {
            n += 1;
        } else {
            break;
        }
    }
    (parts >= 2).then_some(local + 1 + n)
}

/// "@VOANews", "#Ukraine": a handle or hashtag whose name starts with a letter.
fn tag_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(['@', '#'])?;
    if !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    Some(1 + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len()))
}
