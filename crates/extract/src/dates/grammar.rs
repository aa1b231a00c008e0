//! The date grammar: rules tried at each word, the longest match wins.
use super::relative::{ago, later, later_at, overnight, relative, weekday_rule};
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
    Trigger,
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
    /// day", "a day later"): their days from it.
    story: Vec<(Vec<&'static str>, i64)>,
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
                "trigger" => Kind::Trigger,
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
                    if let (Some(&"story"), Rel::Day(days)) = (f.get(3), rel) {
                        lex.story.push((f[0].split(' ').collect(), days));
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

/// How the phrase starting at word `i` counts from the story's current day, if it does ("the
/// previous day", "two days later").
pub(super) fn story(ws: &[Word], i: usize) -> Option<Story> {
    let longest = lexicon().relative.iter().find(|(p, _)| crate::numbers::matches(ws, i, p));
    let listed = lexicon().story.iter().find(|(p, _)| crate::numbers::matches(ws, i, p));
    match (longest, listed) {
        // the longest relative phrase at `i` must be this one ("the day before yesterday" is not "the day before")
        (Some(l), Some((p, days))) if l.0 == *p => Some(Story { n: *days, unit: Unit::Day, some: false }),
        _ => later_at(ws, i).map(|(s, _)| s),
    }
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

pub(super) fn is(w: Option<&Word>, k: Kind) -> bool {
    kind(w) == Some(k)
}

/// A day of the month: "13", "13th", "1st", or the start of "24-25".
pub(super) fn daynum(w: Option<&Word>) -> Option<u32> {
    let s = w?.norm.as_str();
    let s = s.split_once(['-', '–']).map_or(s, |(a, b)| if daynum_str(b).is_some() { a } else { "" });
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

fn is_range_sep(s: &str) -> bool {
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

/// A rule of the grammar: the date it matches at a word, if any.
type Rule = fn(&[Word], usize, Option<NaiveDate>) -> Option<Hit>;

/// The longest date starting at word `i`.
pub(super) fn at(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let rules: [Rule; 9] = [overnight, weekday_rule, relative, ago, later, explicit_rule, season, decade, year_alone];
    rules.iter().filter_map(|r| r(ws, i, anchor)).max_by_key(|h| h.end)
}

/// Words before a date that belong to it: "early", "late", "last", "the evening of", and "the"
/// of a decade or a part of a period ("the 1990s", "the early 1990s", "the fall of 2020"), not
/// the article of a noun a date modifies ("the November 9, 2020 agreement").
pub(super) fn extend_left(ws: &[Word], mut s: usize, res: Res) -> usize {
    loop {
        let the_of_part = matches!(res, Res::Decade(_))
            || matches!(norm(ws, s), "early" | "late" | "mid")
            || is(ws.get(s), Kind::Season)
            || is(ws.get(s), Kind::Daypart);
        if s >= 2 && norm(ws, s - 1) == "of" && is(ws.get(s - 2), Kind::Daypart) {
            s -= 2;
        } else if s >= 1
            && (matches!(norm(ws, s - 1), "early" | "late" | "mid" | "last" | "next" | "this" | "earlier" | "later")
                || norm(ws, s - 1) == "the" && the_of_part)
        {
            s -= 1;
        } else {
            return s;
        }
    }
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

fn year_ok(y: i32) -> bool {
    (1800..=2100).contains(&y)
}

fn explicit_rule(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let (mut end, mut p) = explicit(ws, i)?;
    let before = if i > 0 { norm(ws, i - 1) } else { "" };
    // a bare month is a date only after "in", "since", "last"...: "May", "March" alone are not
    if matches!(p, Part::MonthOnly(_)) && !is(ws.get(i.wrapping_sub(1)), Kind::Trigger) {
        return None;
    }
    // "from Feb. 12 to Feb. 14": the range gives its start, which takes the end's year
    if is_range_sep(norm(ws, end)) {
        if let Some((e2, p2)) = explicit(ws, end + 1) {
            end = e2;
            if let (Part::MonthDay(m, d), Part::Full(last)) = (p, p2) {
                let y = last.year();
                let start = NaiveDate::from_ymd_opt(y, m, d)
                    .filter(|s| *s <= last)
                    .or_else(|| NaiveDate::from_ymd_opt(y - 1, m, d));
                p = start.map_or(p, Part::Full);
            }
        }
    }
    let (res, relative) = resolve(p, anchor, before)?;
    Some(Hit { end, res, relative })
}

/// "the fall of 2020", "summer 2014": the year.
fn season(ws: &[Word], i: usize, _: Option<NaiveDate>) -> Option<Hit> {
    if !is(ws.get(i), Kind::Season) {
        return None;
    }
    let k = if norm(ws, i + 1) == "of" { i + 2 } else { i + 1 };
    Some(Hit { end: k + 1, res: Res::Year(year(ws.get(k))?), relative: false })
}

/// "the 1990s", "the early 1990s", "the mid-1990s": the decade's first year.
fn decade(ws: &[Word], i: usize, _: Option<NaiveDate>) -> Option<Hit> {
    let s = norm(ws, i);
    let s = s.strip_prefix("mid-").unwrap_or(s);
    let digits = s.strip_suffix('s').or_else(|| s.strip_suffix("'s"))?;
    let y = year_ok_str(digits).filter(|y| y % 10 == 0)?;
    Some(Hit { end: i + 1, res: Res::Decade(y), relative: false })
}

fn year_ok_str(s: &str) -> Option<i32> {
    let y: i32 = if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()?
    } else {
        return None;
    };
    year_ok(y).then_some(y)
}

/// A bare year after "in", "since", "early"...: "in 2020", "since 2009", "between 2020 and
/// 2022"; or "the 2004 bombing" (a singular noun after it: "the 2000 soldiers" is a count).
fn year_alone(ws: &[Word], i: usize, _: Option<NaiveDate>) -> Option<Hit> {
    let y = year(ws.get(i))?;
    let after_trigger = i > 0 && is(ws.get(i - 1), Kind::Trigger);
    let mid = norm(ws, i).starts_with("mid-");
    // "the 2020 war", "the 2020 Nagorno-Karabakh war"; a round hundred before a name is more
    // likely a count ("the 2000 Russian peacekeepers")
    let the_noun = i > 0
        && norm(ws, i - 1) == "the"
        && ws.get(i + 1).is_some_and(|w| {
            w.norm.starts_with(char::is_alphabetic) && !w.norm.ends_with('s') && (!w.is_cap() || y % 100 != 0)
        });
    if !(after_trigger || mid || the_noun) {
        return None;
    }
    let mut end = i + 1;
    if matches!(norm(ws, end), "to" | "and" | "-" | "–") && year(ws.get(end + 1)).is_some_and(|b| b > y) {
        end += 2;
    }
    Some(Hit { end, res: Res::Year(y), relative: false })
}
