//! Dates counted from another event (GUIDELINES §6.2, relative expressions): "rescued 190 passengers
//! Wednesday, a day after an attack on a train", "His comments come two days after Erdogan denounced
//! Israel", "hours after the attack". The event inside an after- or before-phrase that a count of days
//! or hours measures happens that many days before (or after) the clause the phrase modifies.
use super::view::View;
use std::ops::Range;

/// An event's place in a counted after/before phrase.
pub(super) struct Offset {
    /// The head of the clause the phrase modifies ("rescued", "come").
    pub governor: usize,
    /// Days from the governor's date to the event's: -1 for "a day after", +2 for "two days before".
    pub days: i64,
    /// Months likewise ("three months after he was seized": -3).
    pub months: i64,
    /// The count is too coarse for a day ("two weeks after", "three months after"): a month.
    pub month_only: bool,
    /// The count and its preposition ("a day after"), the date's text.
    pub text: Range<usize>,
}

/// The counted after/before phrase `head` lies in, if any: the first on its path to the root
/// (`ancestors` is bounded, so a cyclic parse ends the walk).
pub(super) fn offset(v: &View, head: usize) -> Option<Offset> {
    let mut cur = head;
    for g in v.ancestors(head) {
        if let Some(o) = counted(v, cur, g) {
            return Some(o);
        }
        cur = g;
    }
    None
}

/// `a` is an after/before phrase or clause of `g`, right after a count of days, weeks, months or
/// hours that also modifies `g` ("a day after an attack", "two days after Erdogan denounced"), or
/// that modifies a clause above `g` ("tried to storm the headquarters Wednesday, a day after
/// protesters clashed": "day" hangs on "tried"), or that the clause itself modifies ("on Monday,
/// three months after he was seized").
fn counted(v: &View, a: usize, g: usize) -> Option<Offset> {
    if !matches!(v.base_rel(a), "obl" | "advcl" | "nmod" | "acl") {
        return None;
    }
    let marker = v.kids_with(a, &["case", "mark"]).find(|&m| matches!(v.lemmas[m].as_str(), "after" | "before"))?;
    let measure = if g + 1 == marker && unit(v, g).is_some() {
        g
    } else {
        // two clauses up at most: the count still sits right before the marker
        std::iter::once(g)
            .chain(v.ancestors(g).take(2))
            .find_map(|h| v.kids_with(h, &["obl", "nmod"]).find(|&d| d < marker && v.phrase(d).end == marker))?
    };
    let sign = if v.lemmas[marker] == "after" { -1 } else { 1 };
    let n = count(v, measure);
    // As for "ago": a day or a week back is a day; several weeks or months back only a month.
    let (days, months, month_only) = match unit(v, measure)? {
        // "hours after the attack": the same day (a count past a day is left alone)
        Unit::Hours => (n.unwrap_or(1) < 24).then_some((0, 0, false))?,
        Unit::Days(k) => (sign * k * n?, 0, k > 1 && n? > 1),
        Unit::Months => (0, sign * n?, true),
    };
    let governor = if measure == g { v.head(g)? } else { v.head(measure)? };
    Some(Offset { governor, days, months, month_only, text: v.phrase(measure).start.min(measure)..marker + 1 })
}

enum Unit {
    Hours,
    /// Days per unit (a week is 7).
    Days(i64),
    Months,
}

/// The unit a measure noun counts in.
fn unit(v: &View, noun: usize) -> Option<Unit> {
    match v.lower(noun).as_str() {
        "hour" | "hours" => Some(Unit::Hours),
        "day" | "days" => Some(Unit::Days(1)),
        "week" | "weeks" => Some(Unit::Days(7)),
        "month" | "months" => Some(Unit::Months),
        _ => None,
    }
}

/// "a day", "one day", "two days", "3 days": the count of a measure noun.
fn count(v: &View, noun: usize) -> Option<i64> {
    if let Some(n) = v.kids_with(noun, &["nummod"]).next() {
        return crate::numbers::parse_number(&v.sent.tokens, n)?.value?.try_into().ok();
    }
    v.kids_with(noun, &["det"]).any(|d| matches!(v.lemmas[d].as_str(), "a" | "an")).then_some(1)
}

/// `value` (a day, `YYYY-MM-DD`) moved by `o`'s days and months; month and year values stay as they
/// are for a count of days, since a day or two may cross into the next. A coarse count gives a month.
pub(super) fn shift(value: &str, o: &Offset) -> Option<String> {
    if o.month_only {
        let first = if value.len() == 7 { format!("{value}-01") } else { value.to_string() };
        let day = chrono::NaiveDate::parse_from_str(&first, "%Y-%m-%d").ok()?;
        let day = crate::dates::shift_months(day + chrono::Duration::days(o.days), o.months)?;
        return Some(day.format("%Y-%m").to_string());
    }
    let day = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    Some((day + chrono::Duration::days(o.days)).format("%Y-%m-%d").to_string())
}
