//! Yearly statistics: "launched 504 attacks in 2024, compared with 116 in 2023" reports one
//! figure per year, and GUIDELINES 12.9 records one event per year. An event dated by one year of
//! such a comparison gets a copy dated by each other year the sentence sets against it.
use crate::dates::{DateMention, Precision};
use crate::events::document::meta::Meta;
use crate::events::slots::date_ref;
use crate::events::view::View;
use crate::events::words;
use casus_core::Event;

/// Adds, after the events `out[first..]` of the sentence, one copy per compared year. Returns the
/// years only copies are dated by: a figure's year ("compared with 90 in 2021"), not a date the
/// sentence tells of its events.
pub(crate) fn per_year(
    v: &View,
    dates: &[DateMention],
    first: usize,
    out: &mut Vec<Event>,
    metas: &mut Vec<Meta>,
) -> Vec<String> {
    let compared = compared_years(v, dates);
    if compared.is_empty() {
        return Vec::new();
    }
    let last = out.len();
    for k in first..last {
        let Some(own) = out[k].date.as_ref().map(|d| d.value.clone()) else { continue };
        // Only an event dated by a year of the sentence that the comparison sets against another.
        if own.len() != 4 || !dates.iter().any(|d| d.value == own && d.precision == Precision::Year) {
            continue;
        }
        for (m, count) in compared.iter().filter(|(m, _)| m.value != own) {
            if out[first..]
                .iter()
                .any(|e| same_but_date(e, &out[k]) && e.date.as_ref().is_some_and(|d| d.value == m.value))
            {
                continue;
            }
            let mut copy = out[k].clone();
            copy.date = Some(date_ref(v, m));
            // The figure of the other year is its toll when the event counts the dead; "300 raids
            // that killed 50 people in 2022, compared with 90 in 2021" sets raids against raids.
            let toll = count.clone().filter(|_| !counted(v, &metas[k].lemma));
            copy.casualties.killed = copy.casualties.killed.take().and(toll);
            copy.casualties.injured = None;
            out.push(copy);
            metas.push(metas[k].clone());
        }
    }
    let own = |y: &String| out[first..last].iter().any(|e| e.date.as_ref().is_some_and(|d| &d.value == y));
    let mut copied: Vec<String> = out[last..].iter().filter_map(|e| e.date.as_ref().map(|d| d.value.clone())).collect();
    copied.retain(|y| !own(y));
    copied
}

/// Whether the sentence counts the events of trigger lemma `lemma` by a number ("300 raids"): a
/// compared figure then counts them, not their dead.
fn counted(v: &View, lemma: &str) -> bool {
    (0..v.len()).any(|i| v.lemmas[i] == lemma && v.kids_with(i, &["nummod"]).next().is_some())
}

fn same_but_date(a: &Event, b: &Event) -> bool {
    a.action == b.action && a.actor == b.actor && a.target == b.target
}

/// The year mentions that carry a compared figure ("compared with 116 in 2023", "from 88 in 2023
/// to 388 in 2024", "up from 300 in 2022"), each with its figure as a toll; none unless at least
/// one is set against another year of the sentence.
fn compared_years<'d>(v: &View, dates: &'d [DateMention]) -> Vec<(&'d DateMention, Option<casus_core::Casualty>)> {
    let years: Vec<_> = dates.iter().filter(|d| d.precision == Precision::Year && d.value.len() == 4).collect();
    // Most sentences name no two years: spare them the search for numbers.
    if years.len() < 2 {
        return Vec::new();
    }
    let numbers = crate::numbers::find_numbers(&v.sent.tokens);
    let marks = words::get("comparison_marks");
    let figured: Vec<_> = years
        .iter()
        .filter_map(|d| {
            let n = numbers.iter().find(|n| n.tokens.end == d.tokens.start)?;
            let before = n.tokens.start.saturating_sub(2)..n.tokens.start;
            before.clone().any(|i| marks.contains(&v.lemmas[i].as_str())).then(|| {
                let count = n.value.map(|c| casus_core::Casualty {
                    count: Some(c),
                    qualifier: n.qualifier,
                    text: v.text(n.tokens.clone()).to_string(),
                });
                (*d, count)
            })
        })
        .collect();
    let distinct = years.iter().any(|y| figured.iter().any(|(f, _)| f.value != y.value));
    if distinct {
        figured
    } else {
        Vec::new()
    }
}
