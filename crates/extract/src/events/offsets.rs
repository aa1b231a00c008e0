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

/// `a` is an after/before phrase or clause of `g`, right after a count of days or hours that also
/// modifies `g` ("a day after an attack", "two days after Erdogan denounced").
fn counted(v: &View, a: usize, g: usize) -> Option<Offset> {
    if !matches!(v.base_rel(a), "obl" | "advcl" | "nmod") {
        return None;
    }
    let marker = v.kids_with(a, &["case", "mark"]).find(|&m| matches!(v.lemmas[m].as_str(), "after" | "before"))?;
    let measure = v.kids_with(g, &["obl", "nmod"]).find(|&d| d < marker && v.phrase(d).end == marker)?;
    let days = match v.lower(measure).as_str() {
        "day" | "days" => count(v, measure)?,
        // "hours after the attack": the same day (a count past a day is left alone)
        "hour" | "hours" => (count(v, measure).unwrap_or(1) < 24).then_some(0)?,
        _ => return None,
    };
    let sign = if v.lemmas[marker] == "after" { -1 } else { 1 };
    Some(Offset { governor: g, days: sign * days, text: v.phrase(measure).start..marker + 1 })
}

/// "a day", "one day", "two days", "3 days": the count of a measure noun.
fn count(v: &View, noun: usize) -> Option<i64> {
    if let Some(n) = v.kids_with(noun, &["nummod"]).next() {
        return crate::numbers::parse_number(&v.sent.tokens, n)?.value?.try_into().ok();
    }
    v.kids_with(noun, &["det"]).any(|d| matches!(v.lemmas[d].as_str(), "a" | "an")).then_some(1)
}

/// `value` (a day, `YYYY-MM-DD`) moved by `days`; month and year values stay as they are, since a
/// day or two may cross into the next.
pub(super) fn shift(value: &str, days: i64) -> Option<String> {
    let day = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    Some((day + chrono::Duration::days(days)).format("%Y-%m-%d").to_string())
}
