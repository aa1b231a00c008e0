//! Run-in pieces at the start of a sentence that are not part of it: datelines ("WASHINGTON —")
//! and subheadings that whitespace-collapsed web text glues onto the next sentence
//! ("Difficult terrain Although just around 150 kilometers...").
use super::{is_space, lexicon};

/// A dateline at the start of a sentence, through its dash: "WASHINGTON —", "MARANCHON, SPAIN —",
/// "KYIV, Ukraine (AP) —", "ISLAMABAD/PENTAGON —". Returns the byte length through the dash.
pub(super) fn dateline_end(s: &str) -> Option<usize> {
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let mut pos = lead;
    let mut after_comma = false;
    // "GOMA, Democratic Republic of Congo, June 9 (Reuters) -" runs to ten words.
    for n in 0..10 {
        let rest = &s[pos..];
        let len = rest.find(is_space).unwrap_or(rest.len());
        let word = &rest[..len];
        let end = pos + len;
        let (core, dash) = match word.strip_suffix(['—', '–']).or_else(|| word.strip_suffix("--")) {
            Some(core) if n == 0 || !core.is_empty() => (core, true),
            _ if n > 0 && matches!(word, "—" | "–" | "--" | "-") => ("", true),
            _ => (word, false),
        };
        let capitalized = core.chars().next().is_some_and(char::is_uppercase);
        // "of" inside a place name after the comma: "Democratic Republic of Congo"
        let connector = after_comma && matches!(core, "of" | "and" | "the");
        let core_ok = core.is_empty() && n > 0
            || is_caps_word(core.trim_end_matches(','))
            || after_comma && capitalized
            || connector
            || n > 0 && core.starts_with('(') && core.ends_with(')')
            // "NAIROBI, June 9 (Reuters) -": the day and year of a wire dateline.
            || n > 1 && is_number(core.trim_end_matches(','));
        if !core_ok || n == 0 && core.is_empty() {
            return None;
        }
        if dash {
            let next = s[end..].trim_start_matches(is_space).chars().next()?;
            return (!next.is_lowercase() && end < s.len()).then_some(end);
        }
        // a place name after the comma goes on while its words do: "COLOMBO, Sri Lanka (AP) —"
        after_comma = core.ends_with(',') || after_comma && (capitalized || connector);
        pos = end + s[end..].find(|c: char| !is_space(c))?;
    }
    None
}

/// "9", "1994": a day or year of a dateline.
fn is_number(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
}

/// "WASHINGTON", "ISLAMABAD/PENTAGON", "U.S": capitals with at least two letters.
fn is_caps_word(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| c.is_uppercase() || matches!(c, '/' | '.' | '-' | '\'' | '’'))
}

/// A run-in subheading: a short capitalised phrase without punctuation, ending in a lowercase
/// word, then a capitalised sentence starter ("Since", "The" + lowercase) that begins a sentence
/// of at least four words. Returns the byte length of the heading.
pub(super) fn heading_end(s: &str) -> Option<usize> {
    quoted_heading_end(s).or_else(|| bare_heading_end(s))
}

/// A quoted subheading: "'Hostility is directed at women' Khoshbo believes...". A sentence that
/// opens with a quotation goes on with a comma or a verb, not straight into a capitalised word.
fn quoted_heading_end(text: &str) -> Option<usize> {
    let s = text.trim_start_matches(is_space);
    let lead = text.len() - s.len();
    let open = s.chars().next()?;
    let close = match open {
        '\'' | '‘' => ['\'', '’'],
        '"' | '“' => ['"', '”'],
        _ => return None,
    };
    let body_start = open.len_utf8();
    // The closing quote: one not followed by a letter ("women’s" is an apostrophe).
    let mut end = None;
    for (i, c) in s[body_start..].char_indices() {
        let at = body_start + i;
        if close.contains(&c) && !s[at + c.len_utf8()..].starts_with(char::is_alphabetic) {
            end = Some(at + c.len_utf8());
            break;
        }
        if matches!(c, '.' | '?' | '!' | ',' | ';' | ':' | '…' | '\n') {
            return None;
        }
    }
    let end = end?;
    let body = &s[body_start..end];
    let n_words = body.split(is_space).filter(|w| !w.is_empty()).count();
    let next = s[end..].strip_prefix(is_space)?.trim_start_matches(is_space);
    let rest_words = next.split(is_space).filter(|w| !w.is_empty()).count();
    let next_word = next.split(is_space).next().unwrap_or("");
    let capitalised = next_word.starts_with(char::is_uppercase);
    // Sentence case inside ("It reflects the fear"), unlike a quoted title ("Serious Blow").
    let sentence_case = body.split(is_space).skip(1).all(|w| !w.starts_with(char::is_uppercase));
    let heading = (2..=10).contains(&n_words) && sentence_case && capitalised && rest_words >= 4;
    (heading && !attribution_follows(next)).then_some(lead + end)
}

fn bare_heading_end(s: &str) -> Option<usize> {
    let lex = lexicon();
    let mut words = Vec::new(); // (start, end) byte offsets
    let mut pos = 0;
    while words.len() < 12 {
        let Some(from) = s[pos..].find(|c: char| !is_space(c)) else { break };
        let start = pos + from;
        let end = start + s[start..].find(is_space).unwrap_or(s.len() - start);
        words.push((start, end));
        pos = end;
    }
    let word = |k: usize| &s[words[k].0..words[k].1];
    if words.len() < 6 || !word(0).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    for k in 1..words.len().min(7) {
        let (prev, w) = (word(k - 1), word(k));
        // The heading so far: letters, digits, hyphens and commas only.
        if !prev.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | ',' | '’' | '\'')) {
            return None;
        }
        let mut cs = w.chars();
        let capitalised =
            cs.next().is_some_and(char::is_uppercase) && cs.clone().count() >= 1 && cs.all(char::is_lowercase);
        let prev_lower = prev.chars().all(char::is_lowercase);
        if !(capitalised && prev_lower && lex.is_starter(w)) || lex.is_continuer(prev) || lex.is_reporting(prev) {
            continue;
        }
        if words.len() < k + 4 {
            continue;
        }
        // "The Hague", "His Holiness": a determiner before a capital is part of a name or title.
        let determiner = matches!(
            w,
            "The" | "This" | "These" | "Those" | "An" | "Its" | "Their" | "His" | "Her" | "Our" | "My" | "Your"
        );
        if determiner && word(k + 1).starts_with(char::is_uppercase) {
            continue;
        }
        return Some(words[k - 1].1);
    }
    None
}

/// A speaker and a verb of saying: "Bugajski asked", "Prime Minister Nikol Pashinyan said".
pub(super) fn attribution_follows(s: &str) -> bool {
    let lex = lexicon();
    let mut ws = s.split(is_space).filter(|w| !w.is_empty());
    let Some(first) = ws.next() else { return false };
    if lex.is_starter(first) || !first.starts_with(char::is_uppercase) {
        return false;
    }
    for w in ws.take(4) {
        let core = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if lex.is_reporting(core) {
            return true;
        }
        if core.len() != w.len() || !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}
