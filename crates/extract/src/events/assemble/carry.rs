//! What a sentence hands on to the sentences after it: the day of the story's incident
//! (`Context::last_date`, which an undated incident of a later sentence takes) and the historical
//! date a past-tense narrative goes on with (`Context::narrative`). Both are the date of the
//! sentence's main event, the one its main clause tells, when a phrase of the sentence dates it: a
//! date inside an aside (a relative or adverbial clause, a noun's modifier: "a crisis that began
//! the day before", "in retaliation for a bombing that killed 40 on Feb. 14", "claimed the Feb. 14
//! attack") dates an earlier incident the story recalls, not the one it goes on with. A bound ("have
//! been killed since Thursday") names no day of an incident at all.
use super::super::document::meta::Meta;
use super::super::sides::context::{in_news_window, Context};
use super::super::slots::{self, date_ref, usable, DateFrom};
use super::super::view::View;
use crate::dates::DateMention;
use casus_core::Event;
use std::ops::Range;

/// The events one trigger gave: its head word and their range in the document's events.
pub(super) struct Made {
    pub(super) head: usize,
    pub(super) events: Range<usize>,
}

/// The first event of the trigger nearest the root of the parse (the first of a tie): what the
/// sentence's main clause tells.
pub(super) fn main_event(v: &View, made: &[Made]) -> Option<usize> {
    made.iter().filter(|m| !m.events.is_empty()).min_by_key(|m| v.ancestors(m.head).count()).map(|m| m.events.start)
}

/// The date phrase of the sentence that dates its main event, if one does.
fn main_date<'d>(v: &View, dates: &'d [DateMention], main: Option<&Event>) -> Option<&'d DateMention> {
    let date = main?.date.as_ref()?;
    dates.iter().find(|d| {
        let r = date_ref(v, d);
        r.text == date.text && r.value == date.value
    })
}

/// Sets the day and the narrative that the next sentences go on with (see the module doc).
/// `events` are the sentence's events, `metas` theirs; `compared` the years of compared figures.
pub(super) fn hand_on(
    v: &View,
    ctx: &mut Context,
    dates: &[DateMention],
    (events, metas): (&[Event], &[Meta]),
    main: Option<&Event>,
    compared: &[String],
) {
    let told = main_date(v, dates, main);
    // A report's day ("…, aid workers said Friday") dates the report, not the incident the story
    // goes on with (GUIDELINES §6: the date of the event).
    let incident_day = told.filter(|d| in_news_window(ctx.published, d) && slots::reported_on(v, d).is_none());
    let day = incident_day.or_else(|| latest_day(v, ctx, dates, events));
    if let Some(d) = day {
        ctx.last_date = Some(date_ref(v, d));
    }
    // A compared year ("compared with 90 in 2021") is a figure's year, not the sentence's date.
    let own = |d: &&DateMention| !slots::nested_dates::past_aside(v, d, ctx.published) && !compared.contains(&d.value);
    // With a main event that another sentence dates, the sentence's own date phrases are all asides;
    // with none (or an undated one: a position, a war as a whole), its latest phrase tells the time.
    let narrated = match (main.and_then(|e| e.date.as_ref()), told) {
        (Some(_), told) => told.filter(own),
        (None, _) => usable(v, dates).into_iter().filter(own).last(),
    };
    match narrated {
        // a plan ("due to expire in October") is no past that the next sentences narrate
        Some(d) if slots::future_dates::after(ctx.published, d) => ctx.narrative = None,
        Some(d) if !in_news_window(ctx.published, d) => ctx.narrative = Some(date_ref(v, d)),
        Some(_) => ctx.narrative = None,
        None if metas.iter().any(|m| m.date_from == DateFrom::Narrative) => {}
        // "She and six others got into a police vehicle.": a past-tense sentence that reports no
        // event goes on with the story being told; the next one's events still belong to its year.
        None if events.is_empty() && narrates(v) => {}
        None => ctx.narrative = None,
    }
}

/// With no phrase dating the main event: the latest news-week day of the sentence that dates one
/// of its events and is not a report's ("…, on Sunday, officials said Monday. Ten others were
/// wounded.": Sunday), else any such day that dates an event, else any not a report's, else any;
/// never a bound ("since Thursday").
fn latest_day<'d>(v: &View, ctx: &Context, dates: &'d [DateMention], events: &[Event]) -> Option<&'d DateMention> {
    let usable = usable(v, dates);
    let news = || usable.iter().copied().rev().filter(|d| in_news_window(ctx.published, d));
    let dates_event = |d: &&DateMention| {
        let r = date_ref(v, d);
        events.iter().filter_map(|e| e.date.as_ref()).any(|e| e.text == r.text && e.value == r.value)
    };
    let own = || news().filter(dates_event);
    let told = own().find(|d| slots::reported_on(v, d).is_none()).or_else(|| own().next());
    told.or_else(|| news().find(|d| slots::reported_on(v, d).is_none())).or_else(|| news().next())
}

/// Whether the main clause of the sentence tells a past act ("got into", "had fled"), not what
/// someone said or told (news reporting, of the news day as often as of the past), nor a state
/// ("The peninsula was home to two million people", "it had a port"), which holds of the news day
/// as well as of the past and carries no narrative on.
fn narrates(v: &View) -> bool {
    use super::super::words;
    let eventive = |r: usize| {
        v.kids_with(r, &["cop"]).next().is_none()
            && !words::get("stative_verbs").contains(&v.lemmas[r].as_str())
            && !words::get("reporting").contains(&v.lemmas[r].as_str())
    };
    (0..v.len()).find(|&i| v.base_rel(i) == "root").is_some_and(|r| super::super::tense::past(v, r) && eventive(r))
}
