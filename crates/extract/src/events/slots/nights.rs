//! A bare "overnight" (the date grammar gives it the publication day) is the night just ended as
//! its sentence tells it (GUIDELINES §6.3: a night takes its end day): the night into a day the
//! sentence names ("troops poured in on Friday after rebels launched an offensive overnight",
//! "ordered an offensive on Wednesday, accusing them of attacking a base overnight": that day),
//! else the night a report of the sentence closes ("shelled the town overnight, police said
//! Friday": Friday), else the night before the news day. Before a noun it says that an act came at
//! night, not which night ("killed 14 in an overnight raid"): no date.
use super::reported_on;
use crate::dates::{DateMention, Precision};
use crate::events::view::View;
use crate::events::words;
use chrono::NaiveDate;

pub(crate) fn settle(v: &View, dates: &mut Vec<DateMention>) {
    dates.retain(|d| !(d.night && v.base_rel(v.top(d.tokens.clone())) == "amod"));
    let day = |d: &DateMention| {
        let own = d.precision == Precision::Day && !d.night;
        own.then(|| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok()).flatten()
    };
    for k in 0..dates.len() {
        let Some(anchor) = NaiveDate::parse_from_str(&dates[k].value, "%Y-%m-%d").ok().filter(|_| dates[k].night)
        else {
            continue;
        };
        let told = dates.iter().filter(|d| !reports(v, d)).find_map(day).filter(|d| *d <= anchor);
        let report = || dates.iter().filter(|d| reports(v, d)).find_map(day);
        if let Some(end) = told.or_else(report) {
            dates[k].value = end.format("%Y-%m-%d").to_string();
        }
    }
}

/// The phrase dates a report: a verb of saying governs it, or it follows one ("police said on
/// Thursday", which the parser may hang on the reported verb).
fn reports(v: &View, d: &DateMention) -> bool {
    let after_saying =
        d.tokens.start.checked_sub(1).is_some_and(|k| words::get("reporting").contains(&v.lemmas[k].as_str()));
    reported_on(v, d).is_some() || after_saying
}
