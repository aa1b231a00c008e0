//! The words of dates and the parts they name: the date lexicon (data/date_words.tsv), word
//! classes, explicit dates ("Feb. 13, 2024", "2024-02-13"). The lowest layer of the date grammar:
//! its rules (grammar.rs, relative.rs) read these, and it reads neither of them (only the shared
//! date types of dates/mod.rs).
use super::{month_day, Res, Story, Unit};
use crate::numbers::words::{tsv, Word};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::sync::OnceLock;

pub(super) struct Hit {
    pub end: usize,
    pub res: Res,
    pub relative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Month(u32, bool),
    Weekday(u32),
    Daypart,
    Season,
    /// A part of a period ("the beginning of the year"); the value: how far into the period
    /// (percent) the part begins.
    Part(u32),
    /// Opens a noun phrase a year may modify: "a 2003 coup".
    Determiner,
    Trigger,
    /// A capitalized word that makes a weekday after it a name: always ("Bloody Sunday") or only as
    /// the modifier of a noun ("the Good Friday agreement"; "on Good Friday" is a day).
    Namer(bool),
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Rel {
    Day(i64),
    Week(i64),
    Weekend(i64),
    Month(i64),
    Year(i64),
    Past(i64),
}

pub(super) struct Lexicon {
    words: HashMap<&'static str, Kind>,
    pub relative: Vec<(Vec<&'static str>, Rel)>,
    /// Relative phrases that count from the story's current day, not the anchor ("the previous
    /// day", "a day later", "the previous year"): their count from it.
    pub story: Vec<(Vec<&'static str>, Story)>,
}

pub(super) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon { words: HashMap::new(), relative: Vec::new(), story: Vec::new() };
        for f in tsv(include_str!("../../data/date_words.tsv")) {
            let n = |s: &str| s.parse::<i64>().unwrap_or_else(|_| panic!("date_words.tsv: bad number in {f:?}"));
            let kind = match f[1] {
                "month" => Kind::Month(n(f[2]) as u32, f.get(3) == Some(&"abbr")),
                "weekday" => Kind::Weekday(n(f[2]) as u32),
                "daypart" => Kind::Daypart,
                "season" => Kind::Season,
                "part" => Kind::Part(n(f[2]) as u32),
                "determiner" => Kind::Determiner,
                "trigger" => Kind::Trigger,
                "namer" => Kind::Namer(f.get(2) == Some(&"always")),
                "relative" => {
                    let (unit, k) = f[2].split_once(':').expect("date_words.tsv: relative spec unit:N");
                    let rel = match unit {
                        "day" => Rel::Day(n(k)),
                        "week" => Rel::Week(n(k)),
                        "weekend" => Rel::Weekend(n(k)),
                        "month" => Rel::Month(n(k)),
                        "year" => Rel::Year(n(k)),
                        "past" => Rel::Past(n(k)),
                        other => panic!("date_words.tsv: bad unit {other}"),
                    };
                    if f.get(3) == Some(&"story") {
                        let count = match rel {
                            Rel::Day(k) => Story { n: k, unit: Unit::Day, some: false },
                            Rel::Month(k) => Story { n: k, unit: Unit::Month, some: false },
                            Rel::Year(k) => Story { n: k, unit: Unit::Year, some: false },
                            _ => panic!("date_words.tsv: a story count is in days, months or years: {f:?}"),
                        };
                        lex.story.push((f[0].split(' ').collect(), count));
                    }
                    lex.relative.push((f[0].split(' ').collect(), rel));
                    continue;
                }
                other => panic!("date_words.tsv: bad kind {other}"),
            };
            lex.words.insert(f[0], kind);
        }
        lex.relative.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        lex
    })
}

pub(super) fn kind(w: Option<&Word>) -> Option<Kind> {
    lexicon().words.get(w?.norm.as_str()).copied()
}

pub(super) fn norm(ws: &[Word], i: usize) -> &str {
    ws.get(i).map_or("", |w| w.norm.as_str())
}

/// Month names and weekdays count only capitalized ("May", "March", "Sun").
pub(super) fn month(w: Option<&Word>) -> Option<(u32, bool)> {
    match kind(w) {
        Some(Kind::Month(m, abbr)) if w?.is_cap() => Some((m, abbr)),
        _ => None,
    }
}

pub(super) fn weekday(w: Option<&Word>) -> Option<u32> {
    match kind(w) {
        Some(Kind::Weekday(d)) if w?.is_cap() => Some(d),
        _ => None,
    }
}

/// Whether lowercase `word` names a weekday (`Some(true)`) or a month (`Some(false)`).
pub(super) fn calendar_name(word: &str) -> Option<bool> {
    match lexicon().words.get(word)? {
        Kind::Weekday(_) => Some(true),
        Kind::Month(..) => Some(false),
        _ => None,
    }
}

pub(super) fn is(w: Option<&Word>, k: Kind) -> bool {
    kind(w) == Some(k)
}

/// A day of the month: "13", "13th", "1st", or the start of "24-25".
pub(super) fn daynum(w: Option<&Word>) -> Option<u32> {
    let s = w?.norm.as_str();
    let s = s.split_once(['-', '–']).map_or(s, |(a, b)| if daynum_str(b).is_some() { a } else { "" });
    daynum_str(s)
}

/// A day of the month written alone ("21", "21st").
pub(super) fn daynum_of(s: &str) -> Option<u32> {
    daynum_str(s)
}

fn daynum_str(s: &str) -> Option<u32> {
    let s = ["st", "nd", "rd", "th"].iter().find_map(|x| s.strip_suffix(x)).unwrap_or(s);
    let d: u32 = if s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()?
    } else {
        return None;
    };
    (1..=31).contains(&d).then_some(d)
}

pub(super) fn year(w: Option<&Word>) -> Option<i32> {
    let s = w?.norm.as_str();
    let s = s.strip_prefix("mid-").unwrap_or(s);
    let y: i32 = if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()?
    } else {
        return None;
    };
    (1800..=2100).contains(&y).then_some(y)
}

pub(super) fn is_range_sep(s: &str) -> bool {
    matches!(s, "to" | "and" | "through" | "until" | "-" | "–")
}

pub(super) fn is_prep(s: &str) -> bool {
    matches!(
        s,
        "on" | "in"
            | "at"
            | "during"
            | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "before"
            | "after"
            | "between"
            | "through"
            | "throughout"
            | "of"
            | "around"
            | "over"
            | "for"
    )
}

/// A date as written, before the anchor fills in what it leaves out.
#[derive(Debug, Clone, Copy)]
pub(super) enum Part {
    Full(NaiveDate),
    MonthDay(u32, u32),
    YearMonth(i32, u32),
    MonthOnly(u32),
    Year(i32),
}

pub(super) fn resolve(p: Part, anchor: Option<NaiveDate>, before: &str) -> Option<(Res, bool)> {
    Some(match p {
        Part::Full(d) => (Res::Day(d), false),
        Part::YearMonth(y, m) => (Res::Month(y, m), false),
        Part::Year(y) => (Res::Year(y), false),
        Part::MonthDay(m, d) => (Res::Day(month_day(anchor?, m, d)?), true),
        Part::MonthOnly(m) => {
            let a = anchor?;
            let y = match before {
                "last" if m < a.month() => a.year(),
                "last" => a.year() - 1,
                "this" => a.year(),
                "next" if m > a.month() => a.year(),
                "next" => a.year() + 1,
                _ if m <= a.month() => a.year(),
                _ => a.year() - 1,
            };
            (Res::Month(y, m), true)
        }
    })
}

pub(super) fn skip_period(ws: &[Word], k: usize) -> usize {
    if ws.get(k).is_some_and(|w| w.norm == "." && w.gap == 0) {
        k + 1
    } else {
        k
    }
}

/// An explicit date at word `i`: "2024-02-13", "2/13/2024", "Feb. 13, 2024", "13 February",
/// "September 2023", "March 24-25".
pub(super) fn explicit(ws: &[Word], i: usize) -> Option<(usize, Part)> {
    let w = ws.get(i)?;
    if let Some(p) = numeric(&w.norm) {
        return Some((i + 1, p));
    }
    if let Some((m, abbr)) = month(Some(w)) {
        // "Feb." split as "Feb" "." by a plain tokenizer; a full name's period ends the sentence
        let mut k = if abbr { skip_period(ws, i + 1) } else { i + 1 };
        if let Some(d) = daynum(ws.get(k)) {
            k += 1;
            if is_range_sep(norm(ws, k)) && daynum(ws.get(k + 1)).is_some() && month(ws.get(k + 2)).is_none() {
                k += 2;
            }
            let y_at = if norm(ws, k) == "," { k + 1 } else { k };
            return match year(ws.get(y_at)) {
                Some(y) => Some((y_at + 1, Part::Full(NaiveDate::from_ymd_opt(y, m, d)?))),
                None => Some((k, Part::MonthDay(m, d))),
            };
        }
        if abbr {
            return None;
        }
        let y_at = if matches!(norm(ws, i + 1), "," | "of") { i + 2 } else { i + 1 };
        return match year(ws.get(y_at)) {
            Some(y) => Some((y_at + 1, Part::YearMonth(y, m))),
            None => Some((i + 1, Part::MonthOnly(m))),
        };
    }
    let d = daynum(Some(w))?;
    let mut k = i + 1;
    if is_range_sep(norm(ws, k)) && daynum(ws.get(k + 1)).is_some() {
        k += 2;
    }
    if norm(ws, k) == "of" {
        k += 1;
    }
    let (m, abbr) = month(ws.get(k))?;
    k = if abbr { skip_period(ws, k + 1) } else { k + 1 };
    match year(ws.get(k)) {
        Some(y) => Some((k + 1, Part::Full(NaiveDate::from_ymd_opt(y, m, d)?))),
        None => Some((k, Part::MonthDay(m, d))),
    }
}

/// One-word numeric dates: ISO "2024-02-13" / "2024-02", US "2/13/2024" (day first when the
/// first number cannot be a month), year ranges "2020-2022" (their start).
fn numeric(s: &str) -> Option<Part> {
    let num = |p: &str| -> Option<i32> { p.bytes().all(|b| b.is_ascii_digit()).then(|| p.parse().ok()).flatten() };
    let dash: Vec<&str> = s.split('-').collect();
    let slash: Vec<&str> = s.split('/').collect();
    match (dash.as_slice(), slash.as_slice()) {
        ([y, m, d], _) if y.len() == 4 => {
            Some(Part::Full(NaiveDate::from_ymd_opt(num(y)?, num(m)? as u32, num(d)? as u32)?))
        }
        ([y, m], _) if y.len() == 4 && m.len() <= 2 => {
            let (y, m) = (num(y)?, num(m)? as u32);
            (1..=12).contains(&m).then_some(Part::YearMonth(y, m))
        }
        ([a, b], _) if a.len() == 4 && b.len() == 4 => {
            let (a, b) = (num(a)?, num(b)?);
            (a < b && year_ok(a) && year_ok(b)).then_some(Part::Year(a))
        }
        (_, [a, b, y]) if y.len() == 4 || y.len() == 2 => {
            let (a, b, y) = (num(a)? as u32, num(b)? as u32, num(y)?);
            let y = if y < 100 { 2000 + y } else { y };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            Some(Part::Full(NaiveDate::from_ymd_opt(y, m, d)?))
        }
        _ => None,
    }
}

pub(super) fn year_ok(y: i32) -> bool {
    (1800..=2100).contains(&y)
}
