//! Dates counted from another event (GUIDELINES §6.2, relative expressions): "rescued 190 passengers
//! Wednesday, a day after an attack on a train", "His comments come two days after Erdogan denounced
//! Israel", "hours after the attack". The event inside an after- or before-phrase that a count of days
//! or hours measures happens that many days before (or after) the clause the phrase modifies.
use crate::dates::{count_from, Res, Unit};
use crate::events::view::View;
use std::ops::Range;

/// An event's place in a counted after/before phrase.
pub(crate) struct Offset {
    /// The head of the clause the phrase modifies ("rescued", "come").
    pub governor: usize,
    /// Units from the governor's date to the event's: -1 for "a day after", +2 for "two days
    /// before", -3 for "three months after he was seized"; hours move no date.
    pub n: i64,
    pub unit: Unit,
    /// The count and its preposition ("a day after"), the date's text.
    pub text: Range<usize>,
}

/// The counted after/before phrase `head` lies in, if any: the first on its path to the root
/// (`ancestors` is bounded, so a cyclic parse ends the walk).
pub(crate) fn offset(v: &View, head: usize) -> Option<Offset> {
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
    let right_before = |h: usize| v.kids_with(h, &["obl", "nmod"]).find(|&d| d < marker && v.phrase(d).end == marker);
    // "bombed positions on Wednesday, a day after the rebels raided a complex": the count may hang
    // on the after-clause itself, which still modifies `g`.
    let on_clause = right_before(a).filter(|_| v.base_rel(a) == "advcl");
    let measure = if g + 1 == marker && unit(v, g).is_some() {
        g
    } else if let Some(m) = on_clause {
        m
    } else {
        // two clauses up at most: the count still sits right before the marker
        std::iter::once(g).chain(v.ancestors(g).take(2)).find_map(right_before)?
    };
    let sign = if v.lemmas[marker] == "after" { -1 } else { 1 };
    let n = count(v, measure);
    let unit = unit(v, measure)?;
    let n = match unit {
        // "hours after the attack": the same day (a count past a day is left alone)
        Unit::Hour => (n.unwrap_or(1) < 24).then_some(0)?,
        _ => sign * n?,
    };
    let governor = if measure == g {
        v.head(g)?
    } else if on_clause.is_some() {
        g
    } else {
        v.head(measure)?
    };
    Some(Offset { governor, n, unit, text: v.phrase(measure).start.min(measure)..marker + 1 })
}

/// The unit a measure noun counts in; years are not counted from an event here.
fn unit(v: &View, noun: usize) -> Option<Unit> {
    Unit::of(&v.lower(noun)).filter(|&u| u != Unit::Year)
}

/// "a day", "one day", "two days", "3 days", "the day (after)", "the week (before)": the count of a
/// measure noun; a singular one with "the" counts one.
fn count(v: &View, noun: usize) -> Option<i64> {
    if let Some(n) = v.kids_with(noun, &["nummod"]).next() {
        return crate::numbers::parse_number(&v.sent.tokens, n)?.value?.try_into().ok();
    }
    let singular = v.lower(noun) == v.lemmas[noun];
    v.kids_with(noun, &["det"])
        .any(|d| matches!(v.lemmas[d].as_str(), "a" | "an") || (singular && v.lemmas[d] == "the"))
        .then_some(1)
}

/// `value` (a day, `YYYY-MM-DD`) moved by `o`'s count (`dates::count_from`); month and year values
/// stay as they are for a count of days, since a day or two may cross into the next. A coarse
/// count gives a month, from a month's first day as well.
pub(crate) fn shift(value: &str, o: &Offset) -> Option<String> {
    let first = if value.len() == 7 { format!("{value}-01") } else { value.to_string() };
    let day = chrono::NaiveDate::parse_from_str(&first, "%Y-%m-%d").ok()?;
    let moved = match o.unit {
        Unit::Hour => Res::Day(day),
        unit => count_from(day, o.n, unit)?,
    };
    match moved {
        Res::Day(d) if first == value => Some(d.format("%Y-%m-%d").to_string()),
        Res::Month(y, m) => Some(format!("{y:04}-{m:02}")),
        _ => None,
    }
}
