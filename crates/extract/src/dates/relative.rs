//! The relative rules of the date grammar: weekdays, nights, "yesterday", "last week", "ago".
use super::lexical::{
    daynum, explicit, is, kind, lexicon, month, norm, resolve, skip_period, weekday, year, Hit, Kind, Part, Rel,
};
use super::{common, count_from, shift, shift_months, weekday_before, Res, Story, Unit};
use crate::numbers::{self, words::Word};
use chrono::{Datelike, NaiveDate};

/// "Tuesday", "Monday evening", "last Tuesday", "Tuesday February 13", "Saturday (March 26)".
pub(super) fn weekday_rule(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let wd = weekday(ws.get(i))?;
    // "the Good Friday agreement", "Bloody Sunday": a name, no day
    if i > 0 && ws[i - 1].is_cap() {
        let modifier = i > 1 && matches!(norm(ws, i - 2), "the" | "a" | "an");
        match kind(ws.get(i - 1)) {
            Some(Kind::Namer(always)) if always || modifier => return None,
            _ => {}
        }
    }
    let mut end = i + 1;
    let (open, j) = match norm(ws, end) {
        "," => (false, end + 1),
        "(" => (true, end + 1),
        _ => (false, end),
    };
    if let Some((e, p @ (Part::Full(_) | Part::MonthDay(..)))) = explicit(ws, j) {
        let e = if open && norm(ws, e) == ")" { e + 1 } else { e };
        let (res, relative) = resolve(p, anchor, "")?;
        return Some(Hit { end: e, res, relative });
    }
    let a = anchor?;
    let before = if i > 0 { norm(ws, i - 1) } else { "" };
    let date = if before == "next" {
        let ahead = (wd + 7 - a.weekday().number_from_monday()) % 7;
        shift(a, i64::from(if ahead == 0 { 7 } else { ahead }))?
    } else {
        weekday_before(a, wd, before == "last")?
    };
    // "Monday 12": a day number that agrees with the weekday belongs to it
    if daynum(ws.get(end)) == Some(date.day()) {
        end += 1;
    }
    if is(ws.get(end), Kind::Daypart) {
        end += 1;
    }
    Some(Hit { end, res: Res::Day(date), relative: true })
}

/// A night across two days, dated to its end day: "overnight from Sunday to Monday", "the night
/// of Monday 12 to Tuesday 13 September".
pub(super) fn overnight(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    if !matches!(norm(ws, i), "overnight" | "night") {
        return None;
    }
    let mut k = i + 1;
    if matches!(norm(ws, k), "from" | "of" | "between") {
        k += 1;
    }
    // the first day: "Sunday", "Monday 12", "12", "12 September"
    let named = weekday(ws.get(k)).is_some();
    if named {
        k += 1;
    }
    let numbered = daynum(ws.get(k)).is_some();
    if numbered {
        k += 1;
        if let Some((_, abbr)) = month(ws.get(k)) {
            k = if abbr { skip_period(ws, k + 1) } else { k + 1 };
        }
    }
    if named && !numbered && norm(ws, i) == "overnight" && k == i + 2 {
        if let Some(hit) = overnight_of(ws, i + 1, anchor) {
            return Some(hit);
        }
    }
    if !(named || numbered) || !matches!(norm(ws, k), "to" | "into" | "and" | "-" | "–") {
        return bare_overnight(ws, i, anchor);
    }
    // the second day: "Monday", "Tuesday 13 September", "13 September"
    weekday_rule(ws, k + 1, anchor).or_else(|| match explicit(ws, k + 1)? {
        (end, p @ (Part::Full(_) | Part::MonthDay(..))) => {
            let (res, relative) = resolve(p, anchor, "")?;
            Some(Hit { end, res, relative })
        }
        _ => None,
    })
}

/// "Rebels shelled the town overnight": the night just ended, dated to the anchor's day (GUIDELINES
/// §6.3 and 12.1; the caller may date it after a day its sentence names). Not where a day next to it
/// names the night ("overnight into Tuesday", "on Monday overnight": that day's phrase dates it).
fn bare_overnight(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let dated = |k: usize| weekday(ws.get(k)).is_some() || explicit(ws, k).is_some() || is(ws.get(k), Kind::Daypart);
    let linked = |k: usize| matches!(norm(ws, k), "on" | "into" | "to" | "of" | "from" | "and" | "until" | "till");
    let day_after = dated(i + 1) || (linked(i + 1) && dated(i + 2));
    let day_before = i >= 1 && (dated(i - 1) || (i >= 2 && norm(ws, i - 1) == "and" && dated(i - 2)));
    if norm(ws, i) != "overnight" || day_after || day_before {
        return None;
    }
    Some(Hit { end: i + 1, res: Res::Day(anchor?), relative: true })
}

/// "Overnight Tuesday": the night that follows that day, dated to its end (the next morning), unless
/// that is past the anchor ("overnight Tuesday" in Tuesday's news is the night before it).
fn overnight_of(ws: &[Word], day: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    if matches!(norm(ws, day + 1), "to" | "into" | "and" | "-" | "–") {
        return None;
    }
    let hit = weekday_rule(ws, day, anchor)?;
    let Res::Day(d) = hit.res else { return None };
    let next = shift(d, 1)?;
    let res = Res::Day(if anchor.is_some_and(|a| next > a) { d } else { next });
    Some(Hit { res, ..hit })
}

/// "yesterday", "last week", "earlier this month", "in recent days" (see date_words.tsv).
pub(super) fn relative(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let (phrase, rel) = lexicon().relative.iter().find(|(p, _)| numbers::matches(ws, i, p))?;
    let a = anchor?;
    let monday = |a: NaiveDate| shift(a, -i64::from(a.weekday().num_days_from_monday()));
    let res = match *rel {
        Rel::Day(n) => Res::Day(shift(a, n)?),
        Rel::Week(n) => {
            let start = shift(monday(a)?, 7 * n)?;
            common(start, shift(start, 6)?)?
        }
        Rel::Weekend(n) => {
            let mut sat = weekday_before(a, 6, false)?;
            if n < 0 && a.weekday().number_from_monday() >= 6 {
                sat = shift(sat, -7)?;
            }
            common(sat, shift(sat, 1)?.min(a.max(sat)))?
        }
        Rel::Month(n) => {
            let d = shift_months(a, n)?;
            Res::Month(d.year(), d.month())
        }
        Rel::Year(n) => Res::Year(a.year() + n as i32),
        Rel::Past(n) => common(shift(a, -n)?, a)?,
    };
    let mut end = i + phrase.len();
    if matches!(rel, Rel::Day(_)) && is(ws.get(end), Kind::Daypart) {
        end += 1; // "yesterday evening"
    }
    Some(Hit { end, res, relative: true })
}

/// "the beginning of the year", "the end of the month": a part of the anchor's period, which "the"
/// names after a part word, dated to that period ("this year", "this month"); "the end of last
/// year" is the relative phrase "last year".
pub(super) fn period_part(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let k = if norm(ws, i) == "the" { i + 1 } else { i };
    let Some(Kind::Part(begins)) = kind(ws.get(k)) else { return None };
    // "the beginning of the year 2023" names its own year: the year grammar's.
    if norm(ws, k + 1) != "of" || norm(ws, k + 2) != "the" || year(ws.get(k + 4)).is_some() {
        return None;
    }
    let a = anchor?;
    let (res, elapsed) = match norm(ws, k + 3) {
        "year" => (Res::Year(a.year()), a.ordinal0() * 100 / 365),
        "month" => (Res::Month(a.year(), a.month()), a.day0() * 100 / 31),
        "week" => {
            let monday = shift(a, -i64::from(a.weekday().num_days_from_monday()))?;
            (common(monday, shift(monday, 6)?)?, a.weekday().num_days_from_monday() * 100 / 7)
        }
        _ => return None,
    };
    // A part the anchor has not reached is one to come or a past period's: no date.
    (elapsed >= begins).then_some(Hit { end: k + 4, res, relative: true })
}

/// "the past four days", "the last two weeks", "the previous 48 hours", "the past three months":
/// a counted span up to the anchor, dated like "in recent days" by the unit that holds it all (a
/// month, a year, or nothing across years). Vague counts ("the past few days") are the word list's.
pub(super) fn past_count(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    if norm(ws, i) != "the" || !matches!(norm(ws, i + 1), "past" | "last" | "previous") {
        return None;
    }
    let f = numbers::parse_at(ws, i + 2)?;
    let n = i64::try_from(f.mention.value.filter(|_| f.mention.upper.is_none())?).ok().filter(|&n| n <= MAX_AGO)?;
    let k = f.words.end;
    let a = anchor?;
    let start = match Unit::of(norm(ws, k))? {
        Unit::Hour => shift(a, -(n / 24))?,
        Unit::Day => shift(a, -n)?,
        Unit::Week => shift(a, -7 * n)?,
        Unit::Month => shift_months(a, -n)?,
        Unit::Year => shift_months(a, -12 * n)?,
    };
    Some(Hit { end: k + 1, res: common(start, a)?, relative: true })
}

/// Most units back an "ago" phrase may count.
const MAX_AGO: i64 = 9999;

/// "a week ago", "three days ago", "two months ago".
pub(super) fn ago(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let (n, k) = match norm(ws, i) {
        "a" | "an" => (1, i + 1),
        _ => {
            let f = numbers::parse_at(ws, i)?;
            (f.mention.value.filter(|_| f.mention.upper.is_none())?, f.words.end)
        }
    };
    if norm(ws, k + 1) != "ago" {
        return None;
    }
    let a = anchor?;
    // Further back than any calendar the output can write ("a billion years ago") is no date.
    let n = i64::try_from(n).ok().filter(|&n| n <= MAX_AGO)?;
    // "a week ago" is a day; "six weeks ago" is not that precise (`count_from`); no hours
    let res = match Unit::of(norm(ws, k))? {
        Unit::Hour => return None,
        unit => count_from(a, -n, unit)?,
    };
    Some(Hit { end: k + 2, res, relative: true })
}

/// "two days later", "a week earlier", "days later", "hours later": a count from the story's
/// current day (see [`Story`]), and the word after the phrase.
pub(super) fn later_at(ws: &[Word], i: usize) -> Option<(Story, usize)> {
    let (n, k) = match norm(ws, i) {
        "a" | "an" => (Some(1), i + 1),
        _ => match numbers::parse_at(ws, i) {
            Some(f) => (Some(f.mention.value.filter(|_| f.mention.upper.is_none())?), f.words.end),
            None => (None, i),
        },
    };
    let unit = Unit::of(norm(ws, k))?;
    // "days later" counts some days; "day later" is no phrase
    if n.is_none() && (!norm(ws, k).ends_with('s') || !matches!(unit, Unit::Day | Unit::Hour)) {
        return None;
    }
    let sign = match norm(ws, k + 1) {
        "later" => 1,
        "earlier" => -1,
        _ => return None,
    };
    let some = n.is_none();
    let n = i64::try_from(n.unwrap_or(1)).ok().filter(|&n| n <= MAX_AGO)?;
    Some((Story { n: sign * n, unit, some }, k + 2))
}

/// "two days later", "days later": resolved from the anchor until the caller counts it from the
/// story's current day.
pub(super) fn later(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let (story, end) = later_at(ws, i)?;
    let res = story.counted_on(&anchor?.format("%Y-%m-%d").to_string())?;
    Some(Hit { end, res, relative: true })
}
