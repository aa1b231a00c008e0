//! The sentence splitter. Two passes: lines are grouped into chunks that no sentence crosses
//! (blank lines, and newlines after headline, byline, caption and list lines), then each chunk
//! is split at sentence-final punctuation.
use super::runin::{attribution_follows, dateline_end, heading_end};
use super::{
    char_at, char_before, head, in_url_like, is_closer, is_dotted_abbrev, is_opener, is_quote, is_space, lexicon, tail,
    Abbrev,
};
use std::ops::Range;

pub(super) fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for chunk in chunks(text) {
        split_chunk(text, chunk, &mut out);
    }
    out
}

/// A line: `start..end` without its line terminator.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}') {
            out.push(Line { start, end: i });
            start = i + c.len_utf8();
            if c == '\r' && it.peek().map(|&(_, n)| n) == Some('\n') {
                it.next();
                start += 1;
            }
        }
    }
    out.push(Line { start, end: text.len() });
    out
}

/// Byte ranges no sentence may cross.
fn chunks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let all = lines(text);
    // Paragraph blocks: runs of non-blank lines.
    for block in all.split(|l| text[l.start..l.end].trim_matches(is_space).is_empty()) {
        let Some(first) = block.first() else { continue };
        let wrapped = is_wrapped(text, block);
        let mut start = first.start;
        for pair in block.windows(2) {
            if !continues(text, pair[0], pair[1], wrapped) {
                out.push(start..pair[0].end);
                start = pair[1].start;
            }
        }
        out.push(start..block[block.len() - 1].end);
    }
    out
}

fn line_text(text: &str, l: Line) -> &str {
    text[l.start..l.end].trim_matches(is_space)
}

/// A hard-wrapped block: at least three lines, the non-last ones of similar length (40–100
/// chars), some not ending in punctuation and some beginning in lowercase. Headline, byline and
/// link-list blocks have ragged lengths or capitalised lines.
fn is_wrapped(text: &str, block: &[Line]) -> bool {
    if block.len() < 3 {
        return false;
    }
    let body = &block[..block.len() - 1];
    let lens: Vec<usize> = body.iter().map(|&l| line_text(text, l).chars().count()).collect();
    let max = lens.iter().copied().max().unwrap_or(0);
    let even = lens.iter().filter(|&&n| n >= 40 && n * 4 >= max * 3).count();
    let open = body.iter().filter(|&&l| !ends_sentence(line_text(text, l))).count();
    let lower = block[1..].iter().any(|&l| line_text(text, l).starts_with(char::is_lowercase));
    max <= 100
        && even * 5 >= body.len() * 4
        && open > 0
        && lower
        && !block.iter().any(|&l| is_list_item(line_text(text, l)))
}

/// Whether the sentence on line `a` goes on in line `b` (one newline between them).
fn continues(text: &str, a: Line, b: Line, wrapped: bool) -> bool {
    let (a, b) = (line_text(text, a), line_text(text, b));
    // "Rebel mortars kill 14 as Uribe sworn in" over "BOGOTA, Colombia (Reuters) — …": a line that
    // opens with a dateline opens the story, whatever word the headline above it ends in.
    if is_list_item(b) || dateline_end(b).is_some() {
        return false;
    }
    let b_first = b.chars().next().unwrap_or(' ');
    if b_first.is_lowercase() {
        return true;
    }
    if ends_sentence(a) {
        // Outside hard-wrapped text a line ending in a period ends the sentence, even after
        // "U.S.", unless the period is a title's ("Gen.") or precedes a number ("Feb." / "13").
        if wrapped {
            return true;
        }
        return a.strip_suffix('.').is_some_and(|w| match classify(word_before(tail(w, 64))) {
            Kind::Title => true,
            Kind::Number | Kind::Ambiguous => b_first.is_ascii_digit(),
            _ => false,
        });
    }
    let last = a.chars().next_back();
    if matches!(last, Some(',' | ';' | '&' | '(' | '[' | '“' | '‘')) {
        return true;
    }
    let last_word = a.rsplit(is_space).next().unwrap_or("");
    wrapped || lexicon().is_continuer(last_word)
}

/// Ends in sentence punctuation, possibly followed by closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_closer).chars().next_back().is_some_and(is_terminal)
}

/// "- item", "• item", "1. item", "2) item", "(a) item", ">> item".
fn is_list_item(line: &str) -> bool {
    let mut cs = line.chars();
    match cs.next() {
        Some('-' | '*' | '•' | '·' | '‣' | '▪' | '◦' | '–' | '—' | '>' | '+') => {
            cs.as_str().trim_start_matches(['>', '-']).starts_with(is_space)
        }
        Some('(') => {
            let rest = cs.as_str();
            let marker = rest.find(')').map(|p| &rest[..p]).unwrap_or("");
            (1..=3).contains(&marker.len()) && marker.chars().all(char::is_alphanumeric)
        }
        Some(c) if c.is_ascii_alphanumeric() => {
            let n = line.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(line.len());
            let digits = line[..n].chars().all(|c| c.is_ascii_digit());
            let rest = &line[n..];
            (digits && n <= 3 || n == 1 && c.is_ascii_lowercase())
                && (rest.starts_with(") ") || digits && rest.starts_with(". "))
        }
        _ => false,
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '。' | '！' | '？' | '؟' | '۔' | '।' | '॥' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Scripts without spaces end sentences with no space after the mark.
fn is_unspaced_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let t = s.trim_start_matches(is_space);
    let lead = s.len() - t.len();
    let t = t.trim_end_matches(is_space);
    if !t.is_empty() {
        out.push(r.start + lead..r.start + lead + t.len());
    }
}

fn split_chunk(text: &str, chunk: Range<usize>, out: &mut Vec<Range<usize>>) {
    let end = chunk.end;
    let mut start = chunk.start;
    let mut i = start;
    // Datelines open an article or paragraph, so only a chunk's start is checked; run-in
    // subheadings ("Difficult terrain Although ...") may open any sentence.
    let mut dateline = true;
    let mut at_start = true;
    let mut has_letter = false;
    while i < end {
        if at_start {
            at_start = false;
            has_letter = false;
            // Run-ins are short: looking at a bounded window keeps long texts linear.
            let window = head(&text[start..end], 600);
            let found = if dateline { dateline_end(window) } else { None };
            if let Some(e) = found.or_else(|| heading_end(window)) {
                push_trimmed(text, start..start + e, out);
                start += e;
                i = start;
                at_start = found.is_some();
                dateline = false;
                continue;
            }
            dateline = false;
        }
        let c = char_at(text, i).unwrap_or(' ');
        if !is_terminal(c) {
            has_letter |= c.is_alphabetic();
            i += c.len_utf8();
            continue;
        }
        let run_end = i + text[i..end].find(|c: char| !is_terminal(c)).unwrap_or(end - i);
        let close_end = run_end + text[run_end..end].find(|c: char| !is_closer(c)).unwrap_or(end - run_end);
        // A sentence needs a letter: "1." list numbers and a leading "..." are not sentences.
        if has_letter && is_break(text, start, i, run_end, close_end, end) {
            push_trimmed(text, start..close_end, out);
            start = close_end;
            at_start = true;
        }
        i = close_end;
    }
    push_trimmed(text, start..end, out);
}

/// Decides whether the terminal run `text[p..run_end]` (closers up to `close_end`) ends the
/// sentence begun at `start`.
fn is_break(text: &str, start: usize, p: usize, run_end: usize, close_end: usize, end: usize) -> bool {
    let run = &text[p..run_end];
    let next_at = close_end + text[close_end..end].find(|c: char| !is_space(c)).unwrap_or(end - close_end);
    if next_at >= end {
        return true;
    }
    let next = char_at(text, next_at).unwrap_or(' ');
    if run.chars().next_back().is_some_and(is_unspaced_terminal) {
        return true;
    }
    let closers = &text[run_end..close_end];
    let quoted = closers.chars().any(is_quote);
    let before = char_before(text, p).unwrap_or(' ');
    // Abbreviations are short: the last 32 bytes hold any word that matters here.
    let word = || word_before(tail(&text[start..p], 32));
    if next_at == close_end {
        return glued_break(text, run, word, is_closer(before) || !closers.is_empty(), next_at);
    }
    // The next word, past opening quotes and brackets.
    let word_at = next_at + text[next_at..end].find(|c: char| !is_opener(c)).unwrap_or(0);
    let first = char_at(text, word_at).unwrap_or(' ');
    if first.is_lowercase() || matches!(next, ',' | ';' | ':' | '%') || is_closer(next) && !is_opener(next) {
        return false;
    }
    let next_word = &text[word_at..end];
    let next_word = &next_word[..next_word.find(|c: char| !c.is_alphabetic()).unwrap_or(next_word.len())];
    let starter = lexicon().is_starter(next_word) && first.is_uppercase();
    let dots = run.chars().filter(|&c| c == '.').count();
    if run.contains('…') || dots >= 3 {
        // Ellipsis: "(...)" never ends a sentence; after a sentence's end ("deal. ... It's") it
        // goes with that sentence; elsewhere it ends one only before a clear starter.
        let after_end = text[start..p].trim_end_matches(is_space).ends_with(is_terminal);
        return !matches!(before, '(' | '[') && (starter || (quoted || after_end) && first.is_uppercase());
    }
    if text[next_at..end].starts_with(['…']) || text[next_at..end].starts_with("...") {
        return false; // "deal. ... It's": the ellipsis decides.
    }
    if run.contains(['?', '!']) || dots == 0 {
        // "...countries?” Bugajski asked." is one sentence.
        return !(quoted && attribution_follows(head(&text[word_at..end], 200)));
    }
    match classify(word()) {
        Kind::Ordinary => true,
        Kind::Title => false,
        Kind::Number => !first.is_ascii_digit(),
        Kind::Ambiguous => {
            !first.is_ascii_digit()
                && (starter
                    || quoted && first.is_uppercase()
                    || next != first && is_quote(next) && first.is_uppercase())
        }
        // "on X. Militants..." is the letter as a noun; "analyst C. Raja Mohan", "the S.
        // Rajaratnam School" are initials.
        Kind::Initial => starter || matches!(prev_word(tail(&text[start..p], 64)), "on" | "in" | "at"),
    }
}

/// The word before the last one of `s`.
fn prev_word(s: &str) -> &str {
    let mut ws = s.rsplit(is_space).filter(|w| !w.is_empty());
    ws.next();
    ws.next().unwrap_or("")
}

/// A break with no space after it: "reality”.The", "end.The", but not "Node.js", "ASP.NET",
/// "U.S.The", URLs or emails.
fn glued_break<'a>(text: &str, run: &str, word: impl Fn() -> &'a str, closed: bool, next_at: usize) -> bool {
    let mut cs = text[next_at..].chars();
    let (a, b) = (cs.next(), cs.next());
    let capital_word = a.is_some_and(char::is_uppercase) && b.is_some_and(char::is_lowercase);
    if !capital_word || run.chars().nth(1).is_some() {
        return false;
    }
    let lower_word = || word().chars().nth(1).is_some() && word().chars().all(char::is_lowercase);
    (closed || lower_word()) && !in_url_like(text, next_at)
}

#[derive(Debug, PartialEq)]
enum Kind {
    Ordinary,
    Title,
    Number,
    Ambiguous,
    Initial,
}

/// The word right before a period: letters, digits, dots and apostrophes, after any hyphen or
/// bracket ("Kenya-U.S" → "U.S", "[U.N" → "U.N", "al-Rufay'i" → "Rufay'i"), closing quotes dropped
/// ("reality”" → "reality").
fn word_before(s: &str) -> &str {
    let s = s.trim_end_matches(is_closer);
    let from = s.rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’') || super::is_mark(c)));
    let from = from.map_or(0, |p| p + char_at(s, p).map_or(1, char::len_utf8));
    s[from..].trim_start_matches('.')
}

fn classify(word: &str) -> Kind {
    match lexicon().abbrev(word) {
        Some(Abbrev::Title) => Kind::Title,
        Some(Abbrev::Number) => Kind::Number,
        Some(Abbrev::Month | Abbrev::General) => Kind::Ambiguous,
        None if is_dotted_abbrev(word) => Kind::Ambiguous,
        None if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) => Kind::Initial,
        None => Kind::Ordinary,
    }
}
