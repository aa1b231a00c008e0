//! The date grammar: rules tried at each word, the longest match wins.
use super::lexical::{
    daynum, daynum_of, explicit, is, is_range_sep, lexicon, norm, resolve, year, year_ok, Hit, Kind, Part,
};
use super::relative::{ago, later, later_at, overnight, past_count, period_part, relative, weekday_rule};
use super::{Res, Story};
use crate::numbers::words::Word;
use chrono::{Datelike, NaiveDate};

/// How the phrase starting at word `i` counts from the story's current day, if it does ("the
/// previous day", "two days later").
pub(super) fn story(ws: &[Word], i: usize) -> Option<Story> {
    let longest = lexicon().relative.iter().find(|(p, _)| crate::numbers::matches(ws, i, p));
    let listed = lexicon().story.iter().find(|(p, _)| crate::numbers::matches(ws, i, p));
    match (longest, listed) {
        // the longest relative phrase at `i` must be this one ("the day before yesterday" is not "the day before")
        (Some(l), Some((p, count))) if l.0 == *p => Some(*count),
        _ => later_at(ws, i).map(|(s, _)| s),
    }
}

/// A rule of the grammar: the date it matches at a word, if any.
type Rule = fn(&[Word], usize, Option<NaiveDate>) -> Option<Hit>;

/// The longest date starting at word `i`.
pub(super) fn at(ws: &[Word], i: usize, anchor: Option<NaiveDate>) -> Option<Hit> {
    let rules: [Rule; 12] = [
        overnight,
        weekday_rule,
        relative,
        past_count,
        ago,
        later,
        period_part,
        explicit_rule,
        season,
        decade,
        century,
        year_alone,
    ];
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

/// The last day of a range of days a date phrase at `i..end` spans ("Nov. 20 and 21", "24-25 March",
/// "from Feb. 12 to Feb. 14"), given its first day `start`.
pub(super) fn range_end(
    ws: &[Word],
    i: usize,
    end: usize,
    start: NaiveDate,
    anchor: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let sep = (i..end).find(|&k| is_range_sep(norm(ws, k)));
    let later = sep.and_then(|k| explicit(ws, k + 1)).and_then(|(_, p)| match resolve(p, anchor, "")? {
        (Res::Day(d), _) => Some(d),
        _ => None,
    });
    let day = || same_month_end(ws, i, end).and_then(|d| start.with_day(d));
    later.or_else(day).filter(|b| *b > start)
}

/// The end day of a range of days the explicit date at `i..end` holds ("Nov. 20 and 21", "24-25").
fn same_month_end(ws: &[Word], i: usize, end: usize) -> Option<u32> {
    (i..end).find_map(|k| {
        if is_range_sep(norm(ws, k)) {
            return daynum(ws.get(k + 1));
        }
        let (_, second) = norm(ws, k).split_once(['-', '–'])?;
        daynum_of(second).filter(|_| daynum(ws.get(k)).is_some())
    })
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

/// "the 20th century", "the early 19th century", "the 19th and early 20th centuries": like a
/// decade, a span no date of the schema's precisions holds, so it is read as one (the first
/// century's first year) and dates nothing.
fn century(ws: &[Word], i: usize, _: Option<NaiveDate>) -> Option<Hit> {
    let first = ordinal(norm(ws, i))?;
    let mut k = i + 1;
    while ordinal(norm(ws, k)).is_some() || matches!(norm(ws, k), "and" | "to" | "-" | "early" | "late" | "mid") {
        k += 1;
    }
    matches!(norm(ws, k), "century" | "centuries").then_some(Hit {
        end: k + 1,
        res: Res::Decade((first - 1) * 100),
        relative: false,
    })
}

/// The number of an ordinal of a century written in figures ("19th", "21st"), 1 to 21.
fn ordinal(s: &str) -> Option<i32> {
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|x| s.strip_suffix(x))?;
    digits.parse::<i32>().ok().filter(|n| (1..=21).contains(n))
}

/// Word `k` ends a possessive: "group's", or "'s", or "s" after a split-off "'".
fn possessive(ws: &[Word], k: usize) -> bool {
    norm(ws, k).ends_with("'s") || (norm(ws, k) == "s" && k >= 1 && norm(ws, k - 1) == "'")
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
    // "the 2020 war", "a 2003 coup", "Boko Haram's 2014 abduction"; a round hundred there is more
    // likely a count ("the 2000 Russian peacekeepers", "a 2000 strong force", "a 2000 year old monk")
    let the_noun = i > 0
        && (is(ws.get(i - 1), Kind::Determiner) || possessive(ws, i - 1))
        && y % 100 != 0
        && ws.get(i + 1).is_some_and(|w| w.norm.starts_with(char::is_alphabetic) && !w.norm.ends_with('s'));
    if !(after_trigger || mid || the_noun) {
        return None;
    }
    // "from 1994 to 1996", "between 1998 and 2002": a range of years, which no allowed precision
    // holds (GUIDELINES §6.4), read like a decade: a span that dates nothing.
    if matches!(norm(ws, i + 1), "to" | "and" | "-" | "–") && year(ws.get(i + 2)).is_some_and(|b| b > y) {
        return Some(Hit { end: i + 3, res: Res::Decade(y), relative: false });
    }
    Some(Hit { end: i + 1, res: Res::Year(y), relative: false })
}
