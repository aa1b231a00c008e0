//! The pattern language of the verb dictionary (dictionaries.rst; PETRreader.py):
//!
//! ```text
//! - [pre-verb part] * [post-verb part] [CODE]
//! ```
//!
//! `*` stands for the verb of the block; bare words are noun heads; `{...}` is a longer noun phrase
//! (its last word the head), `(...)` a prepositional phrase (the preposition first); `&NAME` is a
//! synset; `$` marks the source, `+` the target, `^` skips a noun phrase and `%` marks a compound
//! actor (TABARI legacy). Words joined by `_` must be consecutive; a blank lets other words come
//! between.
use crate::error::Problem;

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Element {
    /// `*`: the verb of the block.
    Verb,
    /// A word, lower case.
    Word(String),
    /// `&NAME`: any member of the synset `name` (lower case, without `&`).
    Synset(String),
    /// `$`.
    Source,
    /// `+`.
    Target,
    /// `^`.
    Skip,
    /// `%`.
    Compound,
    /// `{`.
    NounStart,
    /// `}`.
    NounEnd,
    /// `(`.
    PrepStart,
    /// `)`.
    PrepEnd,
}

/// An element and whether `_` joins it to the element before (no words may come between).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    pub element: Element,
    pub joined: bool,
}

const SPECIAL: &str = "(){}*$+^%&_";

/// Reads a pattern body (the text between the leading `-` and the code). `synsets` are the
/// defined names, lower case: `&FIGHT_GAMES` is the synset `fight` followed by the word "games"
/// when only `fight` is defined (the longest defined name wins).
pub(crate) fn parse_pattern(body: &str, synsets: &[String]) -> Result<Vec<Token>, Problem> {
    let mut tokens = Vec::new();
    for chunk in body.split_whitespace() {
        let chars: Vec<char> = chunk.chars().collect();
        let mut joined = false;
        let mut i = 0;
        while i < chars.len() {
            let (element, used) = match chars[i] {
                '_' => {
                    joined = true;
                    i += 1;
                    continue;
                }
                '&' => synset_at(&chars[i + 1..], synsets)?,
                c if SPECIAL.contains(c) => (symbol(c), 1),
                _ => word_at(&chars[i..]),
            };
            let used = if matches!(element, Element::Synset(_)) { used + 1 } else { used };
            tokens.push(Token { element, joined });
            joined = false;
            i += used;
        }
    }
    check_structure(&tokens)?;
    Ok(tokens)
}

fn symbol(c: char) -> Element {
    match c {
        '(' => Element::PrepStart,
        ')' => Element::PrepEnd,
        '{' => Element::NounStart,
        '}' => Element::NounEnd,
        '*' => Element::Verb,
        '$' => Element::Source,
        '+' => Element::Target,
        '^' => Element::Skip,
        _ => Element::Compound,
    }
}

/// A word up to the next special character; returns it and the characters used.
fn word_at(chars: &[char]) -> (Element, usize) {
    let len = chars.iter().position(|c| SPECIAL.contains(*c)).unwrap_or(chars.len());
    let word: String = chars[..len].iter().collect();
    (Element::Word(word.to_lowercase()), len)
}

/// The synset named after `&`: the longest defined name that the run of name characters equals or
/// starts with, followed by `_`.
fn synset_at(chars: &[char], synsets: &[String]) -> Result<(Element, usize), Problem> {
    let run_len = chars.iter().position(|c| !(c.is_alphanumeric() || *c == '_' || *c == '-')).unwrap_or(chars.len());
    let run: String = chars[..run_len].iter().collect::<String>().to_lowercase();
    let fits = |name: &String| run == *name || run.strip_prefix(name.as_str()).is_some_and(|r| r.starts_with('_'));
    let best = synsets.iter().filter(|n| fits(n)).max_by_key(|n| n.len());
    match best {
        Some(name) => Ok((Element::Synset(name.clone()), name.chars().count())),
        None => Err(Problem::UndefinedSynset(run.trim_end_matches('_').to_uppercase())),
    }
}

/// One verb marker, outside brackets; `(...)` may hold `{...}`, nothing else nests.
fn check_structure(tokens: &[Token]) -> Result<(), Problem> {
    let mut open: Vec<char> = Vec::new();
    let mut verbs = 0;
    for t in tokens {
        match t.element {
            Element::NounStart if open.contains(&'{') => return Err(Problem::Unbalanced('{')),
            Element::NounStart => open.push('{'),
            Element::PrepStart if !open.is_empty() => return Err(Problem::Unbalanced('(')),
            Element::PrepStart => open.push('('),
            Element::NounEnd if open.pop() != Some('{') => return Err(Problem::Unbalanced('}')),
            Element::PrepEnd if open.pop() != Some('(') => return Err(Problem::Unbalanced(')')),
            Element::Verb if !open.is_empty() => return Err(Problem::VerbMarker),
            Element::Verb => verbs += 1,
            _ => {}
        }
    }
    if let Some(c) = open.last() {
        return Err(Problem::Unbalanced(*c));
    }
    if verbs != 1 {
        return Err(Problem::VerbMarker);
    }
    Ok(())
}

/// The pattern as words: lower case, brackets dropped, `*` for the verb, `&name` for a synset and
/// `$ + ^ %` as written.
pub(crate) fn pattern_words(tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter_map(|t| match &t.element {
            Element::Verb => Some("*".to_string()),
            Element::Word(w) => Some(w.clone()),
            Element::Synset(n) => Some(format!("&{n}")),
            Element::Source => Some("$".to_string()),
            Element::Target => Some("+".to_string()),
            Element::Skip => Some("^".to_string()),
            Element::Compound => Some("%".to_string()),
            _ => None,
        })
        .collect()
}
