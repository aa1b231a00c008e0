//! A span bounded by an event: "have been killed since the fighting began", "more than 1,000
//! members arrested since the party staged a strike on Tuesday", "have accused the coalition of
//! bombing civilians since launching its operation in March 2015". The clause after "since" tells
//! when the span started, not when the event happened: a date in it bounds the span like "since
//! Tuesday" does (the month or year that holds the span up to publication, GUIDELINES §6.4), and
//! with no date the span is open like "since then" (no date, §6.5).
use super::DateFrom;
use crate::dates::DateMention;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use casus_core::DateRef;

/// The since-clause hanging on the trigger's `path` (not one the trigger sits in), with the date
/// it gives the event: `Some((Some(date), Span or DaySpan))` for a dated bound whose span one month or year
/// holds, `Some((None, Open))` for an open span; `None` when no such clause bounds it.
pub(super) fn span_date(
    v: &View,
    path: &[usize],
    dates: &[DateMention],
    published: Option<chrono::NaiveDate>,
) -> Option<(Option<DateRef>, DateFrom)> {
    // On the trigger itself, or on a clause above it that is not a simple past: "carried out the
    // most attacks since 2001" compares, it does not span.
    let spanning = |p: usize| p == path[0] || !tense::past(v, p);
    let (depth, clause) = path.iter().enumerate().filter(|&(_, &p)| spanning(p)).find_map(|(k, &p)| {
        v.kids_with(p, &["advcl"]).find(|&c| !path.contains(&c) && opens_span(v, c)).map(|c| (k, c))
    })?;
    let inside = |d: &DateMention| {
        let top = v.top(d.tokens.clone());
        top == clause || v.ancestors(top).any(|a| a == clause)
    };
    // A date phrase of the clause the span is told in, or below it, dates the event ("have attacked
    // the town on Tuesday"); one of a clause above is the report's ("said Friday that ...").
    let on_path = |d: &DateMention| v.head(v.top(d.tokens.clone())).is_some_and(|h| path[..=depth].contains(&h));
    if dates.iter().any(|d| !inside(d) && on_path(d) && super::usable_in(v, d)) {
        return None;
    }
    let Some(d) = dates.iter().find(|d| inside(d)) else { return Some((None, DateFrom::Open)) };
    Some(super::bounds::spanned(v, d, super::bounds::span_up_to(d, published)))
}

/// Whether clause `c` is introduced by a mark that opens a span ("since").
fn opens_span(v: &View, c: usize) -> bool {
    v.kids_with(c, &["mark"]).any(|m| words::get("span_marks").contains(&v.lemmas[m].as_str()))
}
