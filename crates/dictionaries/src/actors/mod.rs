//! The actor dictionaries (Phoenix.Countries / International / MilNonState .actors.txt): named
//! actors, their synonyms and their codes, which may hold only between dates.
//!
//! ```text
//! AL-SHABAAB  [SOMREB]             a record: the primary phrase, optionally with codes
//! +HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN      synonyms
//! HAMID_KARZAI_                    a record whose codes follow on their own lines:
//!     [AFGELI 19570101-011222]         between two dates (inclusive)
//!     [AFGGOV >011222]                 from a date on;  [CODE <DATE]: up to a date
//!     [AFGELI]                         the default, when no dated code holds
//! JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]    several codes on one line
//! ```
//!
//! Dates are YYYYMMDD or YYMMDD (YY up to 30 is 20YY, else 19YY, as PETRARCH reads them); `[---]` is
//! the null code.
use crate::codes::ActorCode;
use crate::error::{Error, LineError, Problem};
use crate::lines::{content_lines, decode, display_name, words, Collector, Mode};
use chrono::NaiveDate;
use std::path::Path;

/// An actor dictionary as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorDictionary {
    pub file: String,
    pub actors: Vec<Actor>,
    /// Lines not taken (lenient mode), in line order.
    pub skipped: Vec<LineError>,
}

/// A record: the primary phrase, its synonyms and its codes.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Lower case: ["al-shabaab"].
    pub words: Vec<String>,
    pub synonyms: Vec<Synonym>,
    pub codes: Vec<DatedCode>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Synonym {
    pub words: Vec<String>,
    pub line: usize,
}

/// A code and when it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedCode {
    /// `None` for the null code `[---]`.
    pub code: Option<ActorCode>,
    pub dates: DateRange,
    pub line: usize,
}

/// When a code holds; the limits are inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRange {
    /// No restriction: the default code.
    Always,
    /// `<DATE`.
    Until(NaiveDate),
    /// `>DATE`.
    From(NaiveDate),
    /// `DATE-DATE`.
    Between(NaiveDate, NaiveDate),
}

impl DateRange {
    pub fn contains(&self, date: NaiveDate) -> bool {
        match *self {
            DateRange::Always => true,
            DateRange::Until(end) => date <= end,
            DateRange::From(start) => date >= start,
            DateRange::Between(start, end) => start <= date && date <= end,
        }
    }
}

impl Actor {
    /// A display name from the primary phrase: "Al-Shabaab".
    pub fn name(&self) -> String {
        display_name(&self.words)
    }

    /// The primary phrase, then the synonyms.
    pub fn phrases(&self) -> impl Iterator<Item = &[String]> {
        std::iter::once(self.words.as_slice()).chain(self.synonyms.iter().map(|s| s.words.as_slice()))
    }

    /// The codes that hold on `date`: the dated ones whose range holds it, else the undated
    /// defaults (PETRARCH's rule). Null codes are left out, so an actor may have none.
    pub fn codes_on(&self, date: NaiveDate) -> Vec<&ActorCode> {
        let dated: Vec<&DatedCode> =
            self.codes.iter().filter(|c| c.dates != DateRange::Always && c.dates.contains(date)).collect();
        let chosen: Vec<&DatedCode> = match dated.is_empty() {
            true => self.codes.iter().filter(|c| c.dates == DateRange::Always).collect(),
            false => dated,
        };
        chosen.into_iter().filter_map(|c| c.code.as_ref()).collect()
    }
}

impl ActorDictionary {
    /// Reads an actor dictionary file.
    pub fn read(path: &Path, mode: Mode) -> Result<ActorDictionary, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let file = crate::file_name(path);
        ActorDictionary::parse(decode(&bytes, &file)?, &file, mode)
    }

    /// Reads an actor dictionary from text; `file` names it in errors.
    pub fn parse(text: &str, file: &str, mode: Mode) -> Result<ActorDictionary, Error> {
        let mut errors = Collector::new(file, mode);
        let mut dict = ActorDictionary { file: file.to_string(), ..Default::default() };
        // Whether the last record was taken: lines under one that was not are not taken either.
        let mut open = false;
        for line in content_lines(text) {
            let content = line.content.trim();
            let current = if open { dict.actors.last_mut() } else { None };
            let taken = match (content.chars().next(), current) {
                (Some('['), Some(actor)) => parse_codes(content, line.number).map(|c| actor.codes.extend(c)),
                (Some('['), None) => Err(Problem::Outside("code line", "actor record")),
                (Some('+'), Some(actor)) => parse_synonym(&content[1..], line.number).map(|s| actor.synonyms.push(s)),
                (Some('+'), None) => Err(Problem::Outside("synonym", "actor record")),
                _ => {
                    open = false;
                    parse_primary(content, line.number).map(|a| {
                        dict.actors.push(a);
                        open = true;
                    })
                }
            };
            if let Err(problem) = taken {
                errors.reject(&line, problem)?;
            }
        }
        dict.skipped = errors.skipped;
        Ok(dict)
    }
}

/// `PHRASE [CODE ...] [CODE ...]`.
fn parse_primary(content: &str, line: usize) -> Result<Actor, Problem> {
    let split = content.find('[').unwrap_or(content.len());
    let (phrase, codes) = content.split_at(split);
    let words = phrase_words(phrase)?;
    let codes = parse_codes(codes, line)?;
    Ok(Actor { words, synonyms: Vec::new(), codes, line })
}

fn parse_synonym(text: &str, line: usize) -> Result<Synonym, Problem> {
    Ok(Synonym { words: phrase_words(text)?, line })
}

fn phrase_words(phrase: &str) -> Result<Vec<String>, Problem> {
    if let Some(c) = phrase.chars().find(|c| "[]{}".contains(*c)) {
        return Err(Problem::Unbalanced(c));
    }
    let w = words(phrase);
    if w.is_empty() {
        return Err(Problem::EmptyPhrase);
    }
    Ok(w)
}

/// A run of `[CODE]`, `[CODE <DATE]`, `[CODE >DATE]`, `[CODE DATE-DATE]` groups.
fn parse_codes(text: &str, line: usize) -> Result<Vec<DatedCode>, Problem> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[').ok_or_else(|| Problem::Unexpected(rest.to_string()))?;
        let close = inner.find(']').ok_or(Problem::Unbalanced('['))?;
        out.push(parse_group(&inner[..close], line)?);
        rest = inner[close + 1..].trim_start();
    }
    Ok(out)
}

fn parse_group(inner: &str, line: usize) -> Result<DatedCode, Problem> {
    if inner.contains('[') {
        return Err(Problem::Unbalanced('['));
    }
    let mut tokens = inner.split_whitespace();
    let code_text = tokens.next().ok_or(Problem::MissingCode)?;
    let code = match code_text {
        "---" => None,
        c => Some(ActorCode::parse(c).ok_or_else(|| Problem::BadCode(c.to_string()))?),
    };
    let restriction: String = tokens.collect();
    Ok(DatedCode { code, dates: parse_restriction(&restriction)?, line })
}

fn parse_restriction(text: &str) -> Result<DateRange, Problem> {
    let bad = || Problem::BadDate(text.to_string());
    if text.is_empty() {
        return Ok(DateRange::Always);
    }
    if let Some(d) = text.strip_prefix('<') {
        return Ok(DateRange::Until(parse_date(d).ok_or_else(bad)?));
    }
    if let Some(d) = text.strip_prefix('>') {
        return Ok(DateRange::From(parse_date(d).ok_or_else(bad)?));
    }
    let (a, b) = text.split_once('-').ok_or_else(bad)?;
    let (start, end) = (parse_date(a).ok_or_else(bad)?, parse_date(b).ok_or_else(bad)?);
    if start > end {
        return Err(bad());
    }
    Ok(DateRange::Between(start, end))
}

/// YYYYMMDD, or YYMMDD with YY up to 30 in the 2000s (PETRARCH's dstr_to_ordate).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().ok();
    let (year, rest) = match text.len() {
        8 => (num(0..4)? as i32, 4),
        6 => {
            let yy = num(0..2)? as i32;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, 2)
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, num(rest..rest + 2)?, num(rest + 2..rest + 4)?)
}

#[cfg(test)]
mod tests;
