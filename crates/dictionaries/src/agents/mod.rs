//! The agent dictionary (Phoenix.agents.txt): nouns for kinds of actor and the role code each adds.
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON    a substitution set
//! POLICE {} [~COP]                             {}: no plural
//! THIEF {THIEVES} [~CRM]                       {...}: the plural
//! SOLDIER [~MIL]                               no {...}: the regular plural
//! CONGRESS!PERSON! [~LEG]                      one agent per member of the set, no plurals
//! PEACEKEEPING_TROOPS {} [IGO~]                '~' after the code: it goes before the actor's
//! ```
//!
//! Words are split on `_` and blanks. A phrase ending in `_` ("MINISTRY_": TABARI's mark of a whole
//! word rather than a stem) still gets its regular plural.
use crate::codes::AgentCode;
use crate::error::{Error, LineError, Problem};
use crate::lines::{content_lines, decode, plural_phrase, words, Collector, Mode};
use std::path::Path;

/// An agent dictionary as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgentDictionary {
    pub file: String,
    pub substitutions: Vec<Substitution>,
    /// In file order; a line with a substitution marker gives one agent per member, on that line.
    pub agents: Vec<Agent>,
    /// Lines not taken (lenient mode), in line order.
    pub skipped: Vec<LineError>,
}

/// `!NAME! = A, B, C`.
#[derive(Debug, Clone, PartialEq)]
pub struct Substitution {
    /// Upper case, without the `!`.
    pub name: String,
    /// As written, blanks around them removed.
    pub items: Vec<String>,
    pub line: usize,
}

/// What the plural of an agent is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plural {
    /// None given: the regular plural of the last word.
    Regular,
    /// `{...}`: this one (lower case words).
    Listed(Vec<String>),
    /// `{}`, or a phrase made from a substitution set: none.
    Nothing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    /// Lower case: ["riot", "police"].
    pub words: Vec<String>,
    pub plural: Plural,
    pub code: AgentCode,
    pub line: usize,
}

impl Agent {
    /// The phrase and its plural, when it has one.
    pub fn forms(&self) -> Vec<Vec<String>> {
        let mut out = vec![self.words.clone()];
        match &self.plural {
            Plural::Regular => out.push(plural_phrase(&self.words)),
            Plural::Listed(p) => out.push(p.clone()),
            Plural::Nothing => {}
        }
        out
    }
}

impl AgentDictionary {
    /// Reads an agent dictionary file.
    pub fn read(path: &Path, mode: Mode) -> Result<AgentDictionary, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let file = crate::file_name(path);
        AgentDictionary::parse(decode(&bytes, &file)?, &file, mode)
    }

    /// Reads an agent dictionary from text; `file` names it in errors.
    pub fn parse(text: &str, file: &str, mode: Mode) -> Result<AgentDictionary, Error> {
        let mut errors = Collector::new(file, mode);
        let mut dict = AgentDictionary { file: file.to_string(), ..Default::default() };
        for line in content_lines(text) {
            let content = line.content.trim();
            let taken = if content.contains('!') && content.contains('=') {
                parse_substitution(content, line.number).map(|s| dict.substitutions.push(s))
            } else {
                parse_agents(content, &dict.substitutions, line.number).map(|a| dict.agents.extend(a))
            };
            if let Err(problem) = taken {
                errors.reject(&line, problem)?;
            }
        }
        dict.skipped = errors.skipped;
        Ok(dict)
    }
}

fn parse_substitution(content: &str, line: usize) -> Result<Substitution, Problem> {
    let bad = || Problem::Unexpected(content.to_string());
    let rest = content.strip_prefix('!').ok_or_else(bad)?;
    let (name, rest) = rest.split_once('!').ok_or(Problem::Unbalanced('!'))?;
    let list = rest.trim().strip_prefix('=').ok_or_else(bad)?;
    let items: Vec<String> = list.split(',').map(|i| i.trim().to_string()).collect();
    // An item with a marker of its own could expand without end.
    if name.trim().is_empty() || items.iter().any(|i| i.is_empty() || i.contains('!')) {
        return Err(bad());
    }
    Ok(Substitution { name: name.trim().to_uppercase(), items, line })
}

/// `PHRASE {PLURAL} [CODE]`; several agents when the phrase has a substitution marker.
fn parse_agents(content: &str, subs: &[Substitution], line: usize) -> Result<Vec<Agent>, Problem> {
    let open = content.find('[').ok_or(Problem::MissingCode)?;
    let (head, rest) = (&content[..open], &content[open + 1..]);
    let close = rest.find(']').ok_or(Problem::Unbalanced('['))?;
    let after = rest[close + 1..].trim();
    if !after.is_empty() {
        return Err(Problem::Unexpected(after.to_string()));
    }
    let code = AgentCode::parse(&rest[..close]).ok_or_else(|| Problem::BadCode(rest[..close].to_string()))?;
    let (phrase, plural) = split_plural(head)?;
    if let Some(c) = phrase.chars().find(|c| "[]{}".contains(*c)) {
        return Err(Problem::Unbalanced(c));
    }
    let phrases = expand_markers(phrase, subs)?;
    let plural = if phrases.len() > 1 || phrase.contains('!') { Plural::Nothing } else { plural };
    phrases
        .iter()
        .map(|p| {
            let w = words(p);
            match w.is_empty() {
                true => Err(Problem::EmptyPhrase),
                false => Ok(Agent { words: w, plural: plural.clone(), code: code.clone(), line }),
            }
        })
        .collect()
}

/// The phrase and its plural from `PHRASE {PLURAL}`.
fn split_plural(head: &str) -> Result<(&str, Plural), Problem> {
    let Some(open) = head.find('{') else { return Ok((head, Plural::Regular)) };
    let close = head[open..].find('}').ok_or(Problem::Unbalanced('{'))? + open;
    let after = head[close + 1..].trim();
    if !after.is_empty() {
        return Err(Problem::Unexpected(after.to_string()));
    }
    let listed = words(&head[open + 1..close]);
    let plural = if listed.is_empty() { Plural::Nothing } else { Plural::Listed(listed) };
    Ok((&head[..open], plural))
}

/// Every phrase a phrase with `!NAME!` markers stands for.
fn expand_markers(phrase: &str, subs: &[Substitution]) -> Result<Vec<String>, Problem> {
    let Some(start) = phrase.find('!') else { return Ok(vec![phrase.to_string()]) };
    let len = phrase[start + 1..].find('!').ok_or(Problem::Unbalanced('!'))?;
    let name = phrase[start + 1..start + 1 + len].trim().to_uppercase();
    let set = subs.iter().find(|s| s.name == name).ok_or(Problem::UndefinedMarker(name))?;
    let (before, after) = (&phrase[..start], &phrase[start + len + 2..]);
    let mut out = Vec::new();
    for item in &set.items {
        out.extend(expand_markers(&format!("{before}{item}{after}"), subs)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
