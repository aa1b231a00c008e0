//! The verb dictionary (CAMEO.2.0.txt): synonym sets, then verb blocks, then transformations.
//!
//! ```text
//! &CURRENCY                  a synset: its members follow on '+' lines; a label ending in '_'
//! +DOLLAR                    (or a member ending in '_') gets no automatic plural
//! +CASH_
//!
//! ---  ACCUSE   [112]  ---   a block: name and default code ([---] or none: the null code)
//! ACCUSE [112]               its verbs, each with optional irregular forms {...} and own code [...]
//! SPEED {SPEEDING SPEEDS SPED }
//! +ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]   a multi-word verb: '+' marks the inflected word
//! - * (OF TORTURE)  [1122]   its patterns (see [`pattern`])
//!
//! ~ a (a b ATTACK) SAY = a b 015   a transformation
//! ```
//!
//! Patterns may name synsets defined anywhere in the file, so they are read once all lines are in
//! (in [`Mode::Strict`] a bad pattern is therefore reported after any other bad line).
pub mod pattern;

use crate::codes::EventCode;
use crate::error::{Error, LineError, Problem};
use crate::lines::{content_lines, decode, ends_consonant_y, plural_phrase, words, Collector, Line, Mode};
pub use pattern::{Element, Token};
use std::path::Path;

/// A verb dictionary as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VerbDictionary {
    /// The file name the lines are counted in.
    pub file: String,
    pub synsets: Vec<Synset>,
    pub blocks: Vec<VerbBlock>,
    pub transformations: Vec<Transformation>,
    /// Lines not taken (lenient mode), in line order.
    pub skipped: Vec<LineError>,
}

/// A synonym set: `&NAME` and its `+` members.
#[derive(Debug, Clone, PartialEq)]
pub struct Synset {
    /// Lower case, without `&` and a final `_`.
    pub name: String,
    /// Whether members get regular plurals (the label does not end in `_`).
    pub plurals: bool,
    pub members: Vec<SynsetMember>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SynsetMember {
    /// Lower case; consecutive in text.
    pub words: Vec<String>,
    /// Whether the regular plural is a member too (neither the label nor the member ends in `_`).
    pub plural: bool,
    pub line: usize,
}

impl SynsetMember {
    /// The member, and its plural when it has one.
    pub fn forms(&self) -> Vec<Vec<String>> {
        let mut out = vec![self.words.clone()];
        if self.plural {
            out.push(plural_phrase(&self.words));
        }
        out
    }
}

/// A block: verbs that share their patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbBlock {
    /// The header's description ("ACCELERATE").
    pub name: String,
    /// The header's code, the default of the block's verbs; null when the header has `[---]` or none.
    pub code: EventCode,
    pub verbs: Vec<Verb>,
    pub patterns: Vec<VerbPattern>,
    pub line: usize,
}

/// A verb of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Verb {
    /// The lemma, lower case: ["accuse"], ["ask", "for"].
    pub words: Vec<String>,
    /// Index in `words` of the inflected word (marked `+` in multi-word verbs).
    pub head: usize,
    /// The forms listed in `{...}` (then no regular forms are made); `None` when there are none.
    pub forms: Option<Vec<Vec<String>>>,
    /// The verb's own code; `None`: the block's.
    pub code: Option<EventCode>,
    pub line: usize,
}

impl Verb {
    /// The inflected forms: the listed ones, else the regular -s, -ed and -ing forms of the head.
    pub fn inflections(&self) -> Vec<Vec<String>> {
        if let Some(forms) = &self.forms {
            return forms.clone();
        }
        let Some(head) = self.words.get(self.head) else { return Vec::new() };
        regular_forms(head)
            .into_iter()
            .map(|form| {
                let mut w = self.words.clone();
                w[self.head] = form;
                w
            })
            .collect()
    }
}

/// -s, -ed, -ing of a regular English verb, as PETRARCH makes them (no doubled consonants: verbs
/// that double list their forms).
fn regular_forms(verb: &str) -> [String; 3] {
    let stem = &verb[..verb.len() - usize::from(ends_consonant_y(verb))];
    let third = if ends_consonant_y(verb) {
        format!("{stem}ies")
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| verb.ends_with(e)) {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    };
    let past = if ends_consonant_y(verb) {
        format!("{stem}ied")
    } else if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    };
    let silent_e = verb.len() > 2 && verb.ends_with('e') && !["ee", "ye", "oe"].iter().any(|e| verb.ends_with(e));
    let ing = if silent_e { format!("{}ing", &verb[..verb.len() - 1]) } else { format!("{verb}ing") };
    [third, past, ing]
}

/// A pattern of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbPattern {
    /// Lower case, `_` split, brackets dropped; `*` is the verb, `&name` a synset, `$ + ^ %` as written:
    /// "- * (OF {RIGHTS ABUSES})" → ["*", "of", "rights", "abuses"].
    pub words: Vec<String>,
    /// The pattern with its structure.
    pub tokens: Vec<Token>,
    pub code: EventCode,
    pub line: usize,
}

/// A verb transformation (`~ a (a b ATTACK) SAY = a b 015`), kept as its two sides' tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformation {
    pub pattern: Vec<String>,
    pub result: Vec<String>,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Context {
    Start,
    Synset,
    Block,
    /// After a header or label that was not taken: the lines under it are not taken either.
    Broken,
}

/// A pattern waiting for all synsets to be known.
struct Pending<'a> {
    block: usize,
    line: Line<'a>,
    body: String,
    code: EventCode,
}

/// Reading state: what the next line belongs to.
struct Reader<'a> {
    dict: VerbDictionary,
    context: Context,
    pending: Vec<Pending<'a>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, line: &Line<'a>) -> Result<(), Problem> {
        let content = line.content.trim();
        if content.starts_with("---") {
            self.context = Context::Broken;
            self.dict.blocks.push(parse_header(content, line.number)?);
            self.context = Context::Block;
        } else if let Some(body) = content.strip_prefix('-') {
            let block = self.block("pattern")?;
            let (body, code) = split_code(body)?;
            let code = code.ok_or(Problem::MissingCode)?;
            self.pending.push(Pending { block, line: line.clone(), body: body.to_string(), code });
        } else if content.starts_with('&') {
            self.context = Context::Broken;
            self.dict.synsets.push(parse_label(content, line.number)?);
            self.context = Context::Synset;
        } else if let (Some(member), Context::Synset) = (content.strip_prefix('+'), self.context) {
            let synset = self.dict.synsets.last_mut().ok_or(Problem::Outside("'+' line", "synset"))?;
            synset.members.push(parse_member(member, synset.plurals, line.number)?);
        } else if let Some(body) = content.strip_prefix('~') {
            self.dict.transformations.push(parse_transformation(body, line.number)?);
        } else if content.starts_with('+') && self.context != Context::Block {
            return Err(Problem::Outside("'+' line", "synset or verb block"));
        } else {
            let block = self.block("verb")?;
            self.dict.blocks[block].verbs.push(parse_verb(content, line.number)?);
        }
        Ok(())
    }

    /// The index of the block a verb or pattern line belongs to.
    fn block(&self, what: &'static str) -> Result<usize, Problem> {
        match (self.context, self.dict.blocks.len()) {
            (Context::Block, n) if n > 0 => Ok(n - 1),
            _ => Err(Problem::Outside(what, "verb block")),
        }
    }

    /// Tokenizes the patterns once every synset is known.
    fn read_patterns(&mut self, errors: &mut Collector) -> Result<(), Error> {
        let names: Vec<String> = self.dict.synsets.iter().map(|s| s.name.clone()).collect();
        for p in std::mem::take(&mut self.pending) {
            match pattern::parse_pattern(&p.body, &names) {
                Ok(tokens) => {
                    let words = pattern::pattern_words(&tokens);
                    let pattern = VerbPattern { words, tokens, code: p.code, line: p.line.number };
                    self.dict.blocks[p.block].patterns.push(pattern);
                }
                Err(problem) => errors.reject(&p.line, problem)?,
            }
        }
        Ok(())
    }
}

impl VerbDictionary {
    /// Reads a verb dictionary file.
    pub fn read(path: &Path, mode: Mode) -> Result<VerbDictionary, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let file = crate::file_name(path);
        VerbDictionary::parse(decode(&bytes, &file)?, &file, mode)
    }

    /// Reads a verb dictionary from text; `file` names it in errors.
    pub fn parse(text: &str, file: &str, mode: Mode) -> Result<VerbDictionary, Error> {
        let mut errors = Collector::new(file, mode);
        let dict = VerbDictionary { file: file.to_string(), ..Default::default() };
        let mut reader = Reader { dict, context: Context::Start, pending: Vec::new() };
        for line in content_lines(text) {
            if let Err(problem) = reader.take(&line) {
                errors.reject(&line, problem)?;
            }
        }
        reader.read_patterns(&mut errors)?;
        let mut dict = reader.dict;
        dict.skipped = errors.skipped;
        dict.skipped.sort_by_key(|e| e.line);
        Ok(dict)
    }

    /// The synset named `name` (any case, with or without `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        let name = name.trim_start_matches('&').trim_end_matches('_').to_lowercase();
        self.synsets.iter().find(|s| s.name == name)
    }
}

/// `CONTENT [CODE]` → content and code; nothing but blanks may follow the code.
fn split_code(text: &str) -> Result<(&str, Option<EventCode>), Problem> {
    let Some(open) = text.rfind('[') else {
        return match text.contains(']') {
            true => Err(Problem::Unbalanced(']')),
            false => Ok((text, None)),
        };
    };
    let (body, rest) = (&text[..open], &text[open + 1..]);
    let close = rest.find(']').ok_or(Problem::Unbalanced('['))?;
    let after = rest[close + 1..].trim();
    if !after.is_empty() {
        return Err(Problem::Unexpected(after.to_string()));
    }
    if body.contains(['[', ']']) {
        return Err(Problem::Unexpected("a second [...]".to_string()));
    }
    let code = EventCode::parse(&rest[..close]).ok_or_else(|| Problem::BadCode(rest[..close].to_string()))?;
    Ok((body, Some(code)))
}

/// `---  NAME   [CODE]  ---`; some headers glue the closing dashes to the code ("[110]---").
fn parse_header(content: &str, line: usize) -> Result<VerbBlock, Problem> {
    let inner = content.trim_start_matches('-').trim_end_matches(|c: char| c == '-' || c.is_whitespace()).trim();
    let (name, code) = split_code(inner)?;
    let name = name.trim().trim_end_matches('_');
    if name.is_empty() {
        return Err(Problem::EmptyPhrase);
    }
    let code = code.unwrap_or_default();
    Ok(VerbBlock { name: name.to_string(), code, verbs: Vec::new(), patterns: Vec::new(), line })
}

/// `&NAME`, or `&NAME_`: no plurals for its members.
fn parse_label(content: &str, line: usize) -> Result<Synset, Problem> {
    let label = content.trim_start_matches('&');
    let name = label.trim_end_matches('_');
    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
        return Err(Problem::Unexpected(content.to_string()));
    }
    Ok(Synset { name: name.to_lowercase(), plurals: !label.ends_with('_'), members: Vec::new(), line })
}

/// A `+` member; `plurals`: whether the synset allows them.
fn parse_member(text: &str, plurals: bool, line: usize) -> Result<SynsetMember, Problem> {
    if let Some(c) = text.chars().find(|c| "&{}()*$^%[]+!".contains(*c)) {
        return Err(Problem::Unexpected(c.to_string()));
    }
    let w = words(text);
    if w.is_empty() {
        return Err(Problem::EmptyPhrase);
    }
    Ok(SynsetMember { words: w, plural: plurals && !text.trim().ends_with('_'), line })
}

fn parse_transformation(body: &str, line: usize) -> Result<Transformation, Problem> {
    let (left, right) = body.split_once('=').ok_or_else(|| Problem::Unexpected("no '='".to_string()))?;
    let side = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let (pattern, result) = (side(left), side(right));
    if pattern.is_empty() || result.is_empty() {
        return Err(Problem::EmptyPhrase);
    }
    Ok(Transformation { pattern, result, line })
}

/// `VERB {FORMS} [CODE]`, `+VERB_PARTICLE {...} [CODE]`, `RE_+ARREST`.
fn parse_verb(content: &str, line: usize) -> Result<Verb, Problem> {
    let (body, code) = split_code(content)?;
    let (phrase, forms) = match body.find('{') {
        None if body.contains('}') => return Err(Problem::Unbalanced('}')),
        None => (body, None),
        Some(open) => {
            let close = body[open..].find('}').ok_or(Problem::Unbalanced('{'))? + open;
            let after = body[close + 1..].trim();
            if !after.is_empty() {
                return Err(Problem::Unexpected(after.to_string()));
            }
            (&body[..open], Some(&body[open + 1..close]))
        }
    };
    let mut tokens = phrase.split_whitespace();
    let (Some(token), None) = (tokens.next(), tokens.next()) else {
        return Err(Problem::Unexpected(phrase.trim().to_string()));
    };
    let (words, head) = verb_phrase(token)?;
    let forms = match forms {
        None => None,
        Some(list) => Some(
            list.split(|c: char| c.is_whitespace() || c == ',')
                .filter(|f| !f.is_empty())
                .map(|f| verb_phrase(f).map(|(w, _)| w))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    Ok(Verb { words, head, forms, code, line })
}

/// The words of a verb token and the index of its inflected word.
fn verb_phrase(token: &str) -> Result<(Vec<String>, usize), Problem> {
    if let Some(c) = token.chars().find(|c| "&{}()*$^%[]!~".contains(*c)) {
        return Err(Problem::Unexpected(c.to_string()));
    }
    let parts: Vec<&str> = token.split('_').filter(|p| !p.is_empty()).collect();
    let marked: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].starts_with('+')).collect();
    let head = match (parts.len(), marked.as_slice()) {
        (0, _) => return Err(Problem::EmptyPhrase),
        (_, [i]) => *i,
        (1, []) => 0,
        _ => return Err(Problem::VerbHead),
    };
    let words: Vec<String> = parts.iter().map(|p| p.trim_start_matches('+').to_lowercase()).collect();
    if words.iter().any(String::is_empty) {
        return Err(Problem::EmptyPhrase);
    }
    Ok((words, head))
}

#[cfg(test)]
mod tests;
