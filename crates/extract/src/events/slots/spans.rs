//! Event nouns that name a span ("a six-week conflict", "three days of fighting"): their day widens
//! to the finest calendar unit that holds the whole span (GUIDELINES §6.4), once the document pass
//! has placed and restated incidents by their day.
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use casus_core::Event;

/// How long an event noun says it lasted ("a six-week conflict", "three days of fighting"), and
/// whether its clause starts it ("a three-day offensive began on Monday") rather than report it
/// over (news dates a period by the day it is told up to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) days: i64,
    pub(crate) starts: bool,
}

/// The [`Span`] event noun `head` names, if any.
pub(crate) fn span_of(v: &View, head: usize) -> Option<Span> {
    let own = v.kids_with(head, &["amod", "compound", "nummod"]).find_map(|k| duration_days(v.word(k)));
    let days = own.or_else(|| duration_of(v, head))?;
    let clause = tense::clause_verb(v, head);
    Some(Span { days, starts: words::get("span_starts").contains(&v.lemmas[clause].as_str()) })
}

/// Widens the day of each event whose noun names a span to the finest precision that holds the
/// whole span ("a six-week conflict" ended on November 9, 2020 → 2020; "calm on Saturday after three
/// days of fighting" → the month). Done after the document pass, which places and restates
/// incidents by their day.
pub(crate) fn widen(events: &mut [Event], metas: &[crate::events::document::meta::Meta]) {
    for (e, m) in events.iter_mut().zip(metas) {
        let (Some(span), Some(date)) = (m.span, e.date.as_ref()) else { continue };
        let Ok(day) = chrono::NaiveDate::parse_from_str(&date.value, "%Y-%m-%d") else { continue };
        let value = span_range(day, span).and_then(|(a, b)| crate::dates::common(a, b)).and_then(|r| match r {
            crate::dates::Res::Day(d) => Some(d.format("%Y-%m-%d").to_string()),
            crate::dates::Res::Month(y, m) => Some(format!("{y:04}-{m:02}")),
            crate::dates::Res::Year(y) => Some(format!("{y:04}")),
            crate::dates::Res::Decade(_) => None,
        });
        match (value, e.date.as_mut()) {
            (Some(v), Some(d)) => d.value = v,
            // "the 20-year war ended on August 30, 2021": no allowed precision holds it (GUIDELINES §6.5).
            (None, _) => e.date = None,
            _ => {}
        }
    }
}

/// The first and last day of a span of `span.days` days that ends (or, when its clause starts it,
/// begins) on `day`; `None` for a span no calendar can hold (spans come from user text: "a million
/// years of war").
fn span_range(day: chrono::NaiveDate, span: Span) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    // A span of n days covers n days, the day itself one of them: "a one-day strike" is that day.
    let rest = chrono::Duration::try_days(span.days.checked_sub(1).filter(|d| (0..=MAX_SPAN_DAYS).contains(d))?)?;
    if span.starts {
        Some((day, day.checked_add_signed(rest)?))
    } else {
        Some((day.checked_sub_signed(rest)?, day))
    }
}

/// Longer spans than a few centuries are no calendar fact a news event can be dated by.
const MAX_SPAN_DAYS: i64 = 1_000 * 366;

/// Days in "three days of fighting", "a week of protests": the event noun counted by a unit of time
/// it hangs from with "of". Vague counts ("several days of") give none.
fn duration_of(v: &View, head: usize) -> Option<i64> {
    let unit = v.head(head).filter(|_| v.base_rel(head) == "nmod" && v.case_of(head).as_deref() == Some("of"))?;
    let per = match crate::dates::Unit::of(&v.lower(unit))? {
        crate::dates::Unit::Day => 1,
        crate::dates::Unit::Week => 7,
        crate::dates::Unit::Month => 30,
        crate::dates::Unit::Year => 365,
        crate::dates::Unit::Hour => return None,
    };
    if let Some(k) = v.kids_with(unit, &["nummod"]).next() {
        let n: i64 = crate::numbers::parse_number(&v.sent.tokens[k..k + 1], 0)?.value?.try_into().ok()?;
        return n.checked_mul(per);
    }
    let one = v.kids_with(unit, &["det"]).any(|k| matches!(v.lower(k).as_str(), "a" | "an"));
    one.then_some(per)
}

/// Days in "six-week", "44-day", "three-month" (a compound adjective of duration).
fn duration_days(word: &str) -> Option<i64> {
    let (count, unit) = word.to_lowercase().rsplit_once('-').map(|(c, u)| (c.to_string(), u.to_string()))?;
    let per = match unit.trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        _ => return None,
    };
    let n: i64 = match count.parse() {
        Ok(n) => n,
        Err(_) => {
            let token =
                casus_core::Token { text: count.clone(), start: 0, end: count.chars().count(), bytes: 0..count.len() };
            crate::numbers::parse_number(&[token], 0)?.value?.try_into().ok()?
        }
    };
    n.checked_mul(per)
}

#[cfg(test)]
mod tests {
    use super::{span_range, Span};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_span_of_n_days_covers_n_days_with_its_own_day_and_none_past_any_calendar() {
        // "a one-day strike" on 1 March is that day, not the month (nor the year).
        let one = Span { days: 1, starts: false };
        assert_eq!(span_range(day("2024-03-01"), one), Some((day("2024-03-01"), day("2024-03-01"))));
        // "a two-day revolt" ended on 2 March: 1 and 2 March.
        let two = Span { days: 2, starts: false };
        assert_eq!(span_range(day("2024-03-02"), two), Some((day("2024-03-01"), day("2024-03-02"))));
        let begun = Span { days: 3, starts: true };
        assert_eq!(span_range(day("2024-03-01"), begun), Some((day("2024-03-01"), day("2024-03-03"))));
        // "a million years of war" (user text): no range, no panic.
        assert_eq!(span_range(day("2024-03-01"), Span { days: 365_000_000, starts: false }), None);
        assert_eq!(span_range(day("2024-03-01"), Span { days: i64::MAX, starts: true }), None);
        assert_eq!(span_range(day("2024-03-01"), Span { days: 0, starts: false }), None);
    }
}
