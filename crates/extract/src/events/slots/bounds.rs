//! The span a bound gives an event: "have been engaged in talks since 2020", "have been killed since
//! the fighting began", "said 300 had been arrested since April" (GUIDELINES §6.4–6.5): the month or
//! year that holds it up to publication, or no date when none does.
use super::{bounded_nouns, date_ref, ends_since_phrase, since_clauses, superlative, usable_in, DateFrom};
use crate::dates::DateMention;
use crate::events::sides::context::Context;
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use casus_core::DateRef;

/// The span a bound of the event's clause or a since-clause gives it ("have been engaged in talks
/// since 2020", "have been killed since the fighting began"); `None` when none bounds it.
pub(super) fn span_date(
    v: &View,
    ctx: &Context,
    path: &[usize],
    (head, ours): (usize, usize),
    (nominal, force): (bool, bool),
    dates: &[DateMention],
) -> Option<(Option<DateRef>, DateFrom)> {
    // "have been engaged in talks since 2020", "the talks since 2020": a span up to now. A simple
    // past cannot span, and a superlative compares ("the deadliest fighting since 2020").
    let own_bounded = |d: &DateMention| bounded_nouns::own_date_of_bounded_noun(v, d, head);
    let bound = own_bound(v, path, ours, dates, &own_bounded);
    // Only a span some month or year holds: "had negotiated a ceasefire, in force since Tuesday"
    // told on Tuesday is that day's act.
    let own_span = |d: &DateMention| {
        v.head(v.top(d.tokens.clone())) == Some(ours) && since_until_now(v, d, ctx.published).is_some()
    };
    let reported = bound.is_some_and(own_span) && reported_perfect(v, ours);
    let spans = (nominal || !tense::past(v, ours) || reported) && !superlative(v, head);
    // "have been killed since the fighting began (three weeks ago)": the clause bounds the span. Under
    // a simple present it gives a reason ("blames the rebels since they attacked a convoy"), no span.
    // A past perfect spans up to the report: "said 25,700 had been killed since the war began".
    let clause_spans = (spans || tense::past_perfect(v, ours) && !superlative(v, head))
        && (nominal || !tense::present_simple(v, ours));
    if let Some(res) = clause_spans.then(|| since_clauses::span_date(v, path, dates, ctx.published)).flatten() {
        return Some(res);
    }
    if let (true, Some(d)) = (spans, bound) {
        // "have kidnapped 20 workers since late Wednesday": the span up to publication, when one
        // month or year holds it (GUIDELINES §6.4); "since 2020" in 2024 has no such date.
        return Some(spanned(v, d, since_until_now(v, d, ctx.published)));
    }
    (spans && force).then(|| since_phrase(v, path, ours, dates)).flatten()
}

/// "More than 800 people have been killed since the disputed election", "have shelled villages since
/// the start of the war": a since-phrase on an act of force of the clause bounds an open span, as
/// "since then" does (GUIDELINES §6.5: "Since the 2020 war" → null), whatever date it holds. A bare
/// date ("since April") is a bound, read above.
fn since_phrase(v: &View, path: &[usize], ours: usize, dates: &[DateMention]) -> Option<(Option<DateRef>, DateFrom)> {
    let since = |k: &usize| !path.contains(k) && v.case_of(*k).as_deref() == Some("since");
    let phrase = [path[0], ours].into_iter().find_map(|p| v.kids_with(p, &["obl", "nmod"]).find(since))?;
    let within = |t: usize| t == phrase || v.ancestors(t).any(|a| a == phrase);
    // "the deadliest day since the civil war", "the first time since the end of the conflict that
    // Moscow has accused": a rank compares with the stretch, it does not span it.
    let ranked = (0..v.len())
        .filter(|&t| !within(t) && matches!(v.base_rel(t), "amod" | "advmod"))
        .any(|t| words::is_rank_word(&v.lower(t)));
    let bare_date = dates.iter().any(|d| v.top(d.tokens.clone()) == phrase);
    (!ranked && !bare_date).then_some((None, DateFrom::Open))
}

/// A bound ("since 2020") of the event's own clause: not one of a clause it is joined to ("Sanaa has
/// been held by the rebels since 2014, and the airstrikes come days after …").
fn own_bound<'d>(
    v: &View,
    path: &[usize],
    ours: usize,
    dates: &'d [DateMention],
    own_bounded: &dyn Fn(&DateMention) -> bool,
) -> Option<&'d DateMention> {
    let own_path = &path[..=path.iter().position(|&p| p == ours).unwrap_or(path.len() - 1)];
    let bounds_own = |d: &&DateMention| v.head(v.top(d.tokens.clone())).is_some_and(|h| own_path.contains(&h));
    dates.iter().filter(|d| !usable_in(v, d) && !own_bounded(d)).find(bounds_own)
}

/// "said 300 demonstrators had been arrested since April": a past perfect reported by a verb of
/// saying is a present perfect told in the past, which its own bound spans up to the report.
fn reported_perfect(v: &View, ours: usize) -> bool {
    let had = v.kids_with(ours, &["aux", "aux:pass"]).any(|a| v.lower(a) == "had");
    let said = v.head(ours).is_some_and(|g| words::get("reporting").contains(&v.lemmas[g].as_str()));
    had && v.base_rel(ours) == "ccomp" && said
}

/// The finest month or year that holds the span from a "since" date to `published` ("since late
/// Wednesday", "since the beginning of the year"); `None` for other bounds ("until Monday") and
/// for spans across a year's end.
fn since_until_now(v: &View, d: &DateMention, published: Option<chrono::NaiveDate>) -> Option<String> {
    let top = v.top(d.tokens.clone());
    let clause = tense::clause_verb(v, top);
    let since = d.prep.as_deref() == Some("since")
        || ends_since_phrase(v, d)
        || v.ancestors(top).take_while(|&a| a != clause).any(|a| v.case_of(a).as_deref() == Some("since"));
    since.then(|| span_up_to(d, published)).flatten()
}

/// The date of a span up to now that starts at date `d`: `value`, the month or year that holds it,
/// told by its start, a day or a month or year (not by the value, which is a year for a few days
/// across a month's end); no month or year holds it: undated.
pub(super) fn spanned(v: &View, d: &DateMention, value: Option<String>) -> (Option<DateRef>, DateFrom) {
    match value {
        Some(value) if d.precision == crate::dates::Precision::Day => {
            (Some(DateRef { value, ..date_ref(v, d) }), DateFrom::DaySpan)
        }
        Some(value) => (Some(DateRef { value, ..date_ref(v, d) }), DateFrom::Span),
        None => (None, DateFrom::Open),
    }
}

/// The finest month or year that holds the span from date `d` to `published`; `None` for a span
/// across a year's end or one that does not start before publication.
pub(super) fn span_up_to(d: &DateMention, published: Option<chrono::NaiveDate>) -> Option<String> {
    let start = match d.precision {
        crate::dates::Precision::Day => d.value.clone(),
        crate::dates::Precision::Month => format!("{}-01", d.value),
        crate::dates::Precision::Year => format!("{}-01-01", d.value),
        crate::dates::Precision::Decade => return None,
    };
    let start = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").ok()?;
    let end = published?;
    if start >= end {
        return None;
    }
    match crate::dates::common(start, end)? {
        crate::dates::Res::Month(y, m) => Some(format!("{y:04}-{m:02}")),
        crate::dates::Res::Year(y) => Some(format!("{y:04}")),
        _ => None,
    }
}
