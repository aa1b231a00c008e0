//! The day of an event noun that names a span ("a six-week conflict", "three days of fighting")
//! widens to the finest calendar unit that holds the whole span (GUIDELINES §6.4), once the passes
//! before it have placed and restated incidents by their day (`slots::spans` reads the span).
use crate::events::slots::spans::Span;
use casus_core::Event;

/// Widens the day of each event whose noun names a span to the finest precision that holds the
/// whole span ("a six-week conflict" ended on November 9, 2020 → 2020; "calm on Saturday after three
/// days of fighting" → the month). Done after the document pass, which places and restates
/// incidents by their day.
pub(crate) fn widen(events: &mut [Event], metas: &[super::meta::Meta]) {
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
