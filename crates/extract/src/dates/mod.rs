//! Date expressions of news text, resolved to the schema's ISO values (`YYYY-MM-DD`, `YYYY-MM`,
//! `YYYY`) against an anchor: the publication date, or whatever date the caller decides.
//!
//! Decisions (each rule general, for any date of the kind):
//! - A weekday ("on Tuesday", "Monday evening") is the latest such day on or before the anchor;
//!   "last Tuesday" the latest strictly before it; an explicit date next to it wins ("Tuesday
//!   February 13", "Saturday (March 26)").
//! - A night across two days ("overnight from Sunday to Monday", "the night of Monday 12 to
//!   Tuesday 13 September", "the night of 12 to 13 September") is dated to its end day: what happens in such a night happens mostly
//!   after midnight and is reported as of the morning.
//! - A month and day without a year ("Feb. 13") is the latest such date not more than
//!   [`FUTURE_GRACE_DAYS`] after the anchor; a month alone ("in September") the latest such
//!   month up to the anchor's.
//! - A bare "overnight" is the night just ended: the anchor's day.
//! - A range of days ("between March 24 and 25", "March 24-25") gives its start; a
//!   start without a year takes the end's ("from Dec. 30 to Jan. 2, 2024" → 2023-12-30). Two
//!   days joined ("on Wednesday and Thursday", "Nov. 20 and 21") are one mention of the month (or
//!   year) that holds both; "late Saturday and early Sunday" is a night, dated to its end day.
//! - A part of the anchor's period named by "the" ("since the beginning of the year", "by the end
//!   of the month") gives that period (`2025`, `2025-03`); "the end of last year" is last year.
//! - A range of years ("from 2020 to 2022") is read as a decade, a span that dates nothing.
//! - A decade ("the 1990s", "the early 1990s") gives the decade's first year (`1990`) with
//!   precision [`Precision::Decade`]; a season ("the fall of 2020") gives the year.
//! - Periods ("last week", "this week", "over the weekend", "in recent days") give the most
//!   precise calendar unit that contains the whole period: usually the month (`YYYY-MM`), the year
//!   when the period straddles two months, nothing when it straddles two years. "a week ago",
//!   "three days ago" are single days (anchor − 7, − 3); "six weeks ago" a month.
//! - Without an anchor only absolute dates resolve: nothing relative is guessed.
//! - `tokens` include a governing "on", "in", "during", "at" or "between" (the schema's "On Feb.
//!   13"); `prep` names the governing preposition whatever it is, so callers can set aside
//!   "since 2009" or "until March".
mod grammar;
mod lexical;
mod relative;

use crate::numbers::words::{token_range, words};
use casus_core::{DateRef, Document, Sentence, Token};
use chrono::{Datelike, Days, Months, NaiveDate};
use std::ops::Range;

/// Days after the anchor a month-day without a year may still fall in the anchor's year
/// (announced events, a publication date a little early): later than that means last year.
pub const FUTURE_GRACE_DAYS: u64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
    /// A decade: `value` is its first year.
    Decade,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The phrase, with a governing "on"/"in"/"during"/"at" ("On Feb. 13").
    pub tokens: Range<usize>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    pub precision: Precision,
    /// Resolved against the anchor (weekdays, "yesterday", "Feb. 13" without a year).
    pub relative: bool,
    /// The preposition before the date, lowercase ("on", "since", "until"), if any.
    pub prep: Option<String>,
    /// How a phrase that counts from the story's current day counts ("the previous day", "two
    /// days later"): `value` counts from the anchor, and the caller may count again from the day
    /// the story has reached (see [`DateMention::from_story_day`]).
    pub story: Option<Story>,
    /// A range of days ("on Wednesday and Thursday", "Nov. 20 and 21"): the month, else the year,
    /// that holds it (GUIDELINES §6.4), the value an event takes; `value` stays its first day, from
    /// which the story's days are counted.
    pub held: Option<String>,
    /// A bare "overnight": the night just ended, dated to the anchor's day until the caller finds
    /// the day its sentence tells it after ("attacked on Sunday and fought on overnight").
    pub night: bool,
}

impl DateMention {
    /// The mention counted from the story's current day `day` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`):
    /// "the previous day" after "On Sunday, …" is Saturday, whatever the publication date. False
    /// when the story's count names no date ("days later" than December may be January): the value
    /// counted from the publication day would be wrong, so the caller drops the mention.
    #[must_use]
    pub fn from_story_day(&mut self, day: &str) -> bool {
        let Some(story) = self.story else { return true };
        let Some(res) = story.counted_on(day) else { return false };
        (self.value, self.precision) = res.value();
        true
    }

    /// The value an event the phrase dates takes: the unit that holds a range, else `value`.
    pub fn schema_value(&self) -> &str {
        self.held.as_deref().unwrap_or(&self.value)
    }

    /// The schema's date object, quoting the phrase from sentence `s` of `doc`.
    pub fn to_date_ref(&self, doc: &Document, s: &Sentence) -> DateRef {
        DateRef { text: doc.span_text(s, self.tokens.clone()).to_string(), value: self.schema_value().to_string() }
    }
}

/// A resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Res {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
    Decade(i32),
}

impl Res {
    fn value(self) -> (String, Precision) {
        match self {
            Res::Day(d) => (d.format("%Y-%m-%d").to_string(), Precision::Day),
            Res::Month(y, m) => (format!("{y:04}-{m:02}"), Precision::Month),
            Res::Year(y) => (format!("{y:04}"), Precision::Year),
            Res::Decade(y) => (format!("{y:04}"), Precision::Decade),
        }
    }
}

/// Every date expression of a sentence that resolves, left to right, without overlaps.
pub fn find_dates(tokens: &[Token], anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let ws = words(tokens);
    // Each mention with the words it spans.
    let mut out: Vec<(DateMention, Range<usize>)> = Vec::new();
    let (mut i, mut taken) = (0, 0);
    while i < ws.len() {
        let Some(hit) = grammar::at(&ws, i, anchor) else {
            i += 1;
            continue;
        };
        let mut start = grammar::extend_left(&ws, i, hit.res).max(taken);
        let prep = start.checked_sub(1).map(|p| ws[p].norm.clone()).filter(|p| lexical::is_prep(p));
        if matches!(prep.as_deref(), Some("on" | "in" | "during" | "at" | "between")) && start > taken {
            start -= 1;
        }
        let story = grammar::story(&ws, i);
        // A count forward from the story ("the next day", "a week later") resolved from the
        // publication day would lie after it: that day at the latest, until the story's day is known.
        let forward = story.is_some_and(|s| s.n > 0 && !s.some);
        let res = match (hit.res, anchor) {
            (Res::Day(d), Some(a)) if forward && d > a => Res::Day(a),
            // "five years later" than a past the story tells: not after the publication year either
            (Res::Month(y, m), Some(a)) if forward && (y, m) > (a.year(), a.month()) => Res::Month(a.year(), a.month()),
            (Res::Year(y), Some(a)) if forward && y > a.year() => Res::Year(a.year()),
            (res, _) => res,
        };
        let (value, precision) = res.value();
        let held = match res {
            Res::Day(a) => grammar::range_end(&ws, i, hit.end, a, anchor).and_then(|b| holding(a, b)),
            _ => None,
        };
        let tokens = token_range(&ws, start..hit.end);
        let night = hit.end == i + 1 && ws[i].norm == "overnight";
        let mention = DateMention { tokens, value, precision, relative: hit.relative, prep, story, held, night };
        match out.last_mut() {
            Some((last, words)) if joined_days(&ws, words, start) => join_days(last, words, mention, hit.end, &ws),
            _ => out.push((mention, start..hit.end)),
        }
        i = hit.end;
        taken = hit.end;
    }
    out.into_iter().map(|(m, _)| m).collect()
}

/// "on Wednesday and Thursday", "Nov. 20 and 21": two days joined into one span of time.
fn joined_days(ws: &[crate::numbers::words::Word], before: &Range<usize>, start: usize) -> bool {
    let between: Vec<&str> = ws[before.end..start].iter().map(|w| w.norm.as_str()).collect();
    matches!(between.as_slice(), ["and"] | ["and", "on"] | ["to"] | ["through"] | ["-"] | ["–"])
}

/// Two joined days as one mention (GUIDELINES §6.3–6.4): "late Saturday and early Sunday" is a night
/// dated to its end day; any other pair is held by the month (else the year) that holds both.
fn join_days(
    first: &mut DateMention,
    words: &mut Range<usize>,
    second: DateMention,
    end: usize,
    ws: &[crate::numbers::words::Word],
) {
    let day = |m: &DateMention| NaiveDate::parse_from_str(&m.value, "%Y-%m-%d").ok();
    let (Some(a), Some(b)) = (day(first), day(&second)) else { return };
    if b <= a {
        return;
    }
    let night = ws[words.clone()].iter().any(|w| w.norm == "late")
        && ws[words.end..end].iter().any(|w| w.norm == "early")
        && shift(a, 1) == Some(b);
    if night {
        first.value = second.value.clone();
    } else {
        first.held = holding(a, b);
    }
    first.tokens = first.tokens.start..second.tokens.end;
    first.relative |= second.relative;
    *words = words.start..end;
}

/// The finest unit that holds the days `a` to `b`: their month, else their year; none across years.
fn holding(a: NaiveDate, b: NaiveDate) -> Option<String> {
    if (a.year(), a.month()) == (b.year(), b.month()) {
        Some(Res::Month(a.year(), a.month()).value().0)
    } else {
        (a.year() == b.year()).then(|| Res::Year(a.year()).value().0)
    }
}

/// Whether lowercase `word` ("friday", "oct") names a weekday (`Some(true)`) or a month (`Some(false)`).
pub fn calendar_name(word: &str) -> Option<bool> {
    lexical::calendar_name(word)
}

/// Word ranges of the explicit dates of a sentence, resolvable or not ("Feb. 13", "2/13/2024"),
/// so other grammars can leave their numbers alone.
pub(crate) fn date_word_spans(ws: &[crate::numbers::words::Word]) -> Vec<Range<usize>> {
    // any anchor resolves what can be resolved; only the spans are used
    let anchor = NaiveDate::from_ymd_opt(2000, 6, 15);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match grammar::at(ws, i, anchor) {
            Some(hit) => {
                out.push(i..hit.end);
                i = hit.end;
            }
            None => i += 1,
        }
    }
    out
}

/// `d` moved by `n` days.
pub(crate) fn shift(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `d` moved by `n` months.
pub(crate) fn shift_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n as u32))
    } else {
        first.checked_sub_months(Months::new(n.unsigned_abs() as u32))
    }
}

/// A unit news counts time in: "three weeks ago", "two days after the attack", "hours after".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The unit a lowercase word names, singular or plural ("day", "weeks").
    pub(crate) fn of(word: &str) -> Option<Unit> {
        match word.strip_suffix('s').unwrap_or(word) {
            "hour" => Some(Unit::Hour),
            "day" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "year" => Some(Unit::Year),
            _ => None,
        }
    }
}

/// `from` moved by `n` units (negative: back), as precisely as such a count tells: days, or a
/// single week, give a day; several weeks or any months only the month; years the year. Hours
/// move no calendar date: `None`, for the caller to decide.
pub(crate) fn count_from(from: NaiveDate, n: i64, unit: Unit) -> Option<Res> {
    let month = |d: NaiveDate| Res::Month(d.year(), d.month());
    Some(match unit {
        Unit::Hour => return None,
        Unit::Day => Res::Day(shift(from, n)?),
        Unit::Week if n.unsigned_abs() <= 1 => Res::Day(shift(from, 7 * n)?),
        Unit::Week => month(shift(from, n.checked_mul(7)?)?),
        Unit::Month => month(shift_months(from, n)?),
        Unit::Year => Res::Year(from.year().checked_add(i32::try_from(n).ok()?).filter(|&y| y > 0)?),
    })
}

/// How a phrase counts from the story's current day: "the previous day" is -1 day, "two weeks
/// later" +2 weeks, "days later" some days on (`some`, with `n` +1; "days earlier" -1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Story {
    pub n: i64,
    pub unit: Unit,
    pub some: bool,
}

impl Story {
    /// The date this phrase names counted from `day` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). A count
    /// from a day moves it as [`count_from`] does, "days later" reaches up to a week on (the finest
    /// unit holding the whole reach), "hours later" is the same day. From a month or year, "days
    /// later" reaches past its end as well ("days later" than "last month" may be this month: the
    /// year; GUIDELINES 12.9, nested relative dates), and a fixed count stays in it.
    pub(crate) fn counted_on(self, day: &str) -> Option<Res> {
        let (a, b) = span_of(day)?;
        if a == b && self.unit == Unit::Hour && !self.some {
            // "48 hours later" is two days on; "hours later", "six hours later" the same day.
            return Some(Res::Day(shift(a, self.n / 24)?));
        }
        // A count in years from a month or year, or in months from a month, moves it ("the
        // previous year" after "in January 2013" is 2012); a finer fixed count stays in it: the month
        // often stands for a point the story placed in it ("a week later" than "the beginning of
        // December").
        let coarse = match self.unit {
            Unit::Year => true,
            Unit::Month => value_is_month(day),
            _ => false,
        };
        if a != b && !self.some && coarse {
            return count_from(a, self.n, self.unit);
        }
        if self.unit == Unit::Hour || (a != b && !self.some) {
            return common(a, b);
        }
        if !self.some {
            return count_from(a, self.n, self.unit);
        }
        // Only "days later" reaches: "hours later" returned above, "weeks later" is too vague.
        let reach = match self.unit {
            Unit::Day => 7,
            _ => return None,
        };
        if self.n > 0 {
            common(a, shift(b, reach)?)
        } else {
            common(shift(a, -reach)?, b)
        }
    }
}

/// Whether a date value is a month (`YYYY-MM`).
fn value_is_month(value: &str) -> bool {
    value.len() == 7
}

/// The first and last day of a date value: a day, a month or a year.
fn span_of(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parse = |v: &str| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    match value.len() {
        10 => parse(value).map(|d| (d, d)),
        7 => {
            let a = parse(&format!("{value}-01"))?;
            Some((a, shift(shift_months(a, 1)?, -1)?))
        }
        4 => Some((parse(&format!("{value}-01-01"))?, parse(&format!("{value}-12-31"))?)),
        _ => None,
    }
}

/// The most precise calendar unit containing the whole period `a..=b`.
pub(crate) fn common(a: NaiveDate, b: NaiveDate) -> Option<Res> {
    if a == b {
        Some(Res::Day(a))
    } else if (a.year(), a.month()) == (b.year(), b.month()) {
        Some(Res::Month(a.year(), a.month()))
    } else if a.year() == b.year() {
        Some(Res::Year(a.year()))
    } else {
        None
    }
}

/// The latest `month`/`day` not more than [`FUTURE_GRACE_DAYS`] after `anchor`.
pub(crate) fn month_day(anchor: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let limit = anchor.checked_add_days(Days::new(FUTURE_GRACE_DAYS))?;
    [anchor.year(), anchor.year() - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= limit)
}

/// The latest weekday `wd` (1 = Monday) on or before `anchor`; strictly before when `strict`.
pub(crate) fn weekday_before(anchor: NaiveDate, wd: u32, strict: bool) -> Option<NaiveDate> {
    let back = (anchor.weekday().number_from_monday() + 7 - wd) % 7;
    shift(anchor, -i64::from(if strict && back == 0 { 7 } else { back }))
}

#[cfg(test)]
mod tests;
