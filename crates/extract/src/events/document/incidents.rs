//! Document pass over the events of one article: a definite event noun that restates an earlier
//! incident ("the incident", "this border clash", "The 24-hour offensive") takes that incident's
//! date when its own sentence gives none, and the place where an incident of that date happened;
//! then every incident named as a whole that the text neither dates nor places ("Nearly 100 dead
//! in clashes", "49 soldiers were killed") takes the place of the nearest incident of the same date
//! that a sentence does place, preceding preferred; last, any other unplaced incident event of that
//! day takes the place of one its own sentence or an earlier one places, a headline of one the body
//! places, or one dated more coarsely (a month, a year) that of the latest placed incident of a day
//! it holds (`spread`).
use super::meta::Meta;
use crate::events::slots::places;
use crate::events::slots::DateFrom;
use casus_core::Event;

pub(crate) fn link(events: &mut [Event], metas: &mut [Meta]) {
    for i in 0..events.len() {
        if !metas[i].anaphor || !metas[i].force {
            continue;
        }
        let dated = matches!(
            metas[i].date_from,
            DateFrom::Sentence | DateFrom::Span | DateFrom::DaySpan | DateFrom::Period | DateFrom::Open
        );
        if dated && events[i].location.is_some() {
            continue;
        }
        let Some(a) = antecedent(metas, i) else { continue };
        if !dated {
            events[i].date = events[a].date.clone();
            // Resolved: a later restatement may chain onto it.
            metas[i].date_from = DateFrom::Sentence;
        }
        if events[i].location.is_none() {
            let day = events[i].date.as_ref().map(|d| d.value.clone());
            events[i].location = (0..=a)
                .rev()
                // Located by a sentence that dates it too: not a headline's or a toll's restatement.
                .filter(|&k| metas[k].force && metas[k].date_from == DateFrom::Sentence)
                .filter(|&k| events[k].date.as_ref().map(|d| &d.value) == day.as_ref())
                .find_map(|k| events[k].location.clone());
        }
    }
}

/// The incident event `i` restates: the latest dated one of an earlier sentence named by the same
/// noun ("the incident" … "The incident"), else the latest dated armed incident.
pub(crate) fn antecedent(metas: &[Meta], i: usize) -> Option<usize> {
    let candidates = || {
        (0..i).rev().filter(|&k| {
            metas[k].sentence < metas[i].sentence
                && metas[k].force
                && matches!(metas[k].date_from, DateFrom::Sentence | DateFrom::Narrative)
        })
    };
    candidates().find(|&k| metas[k].lemma == metas[i].lemma).or_else(|| candidates().next())
}

/// Places unplaced incidents from the nearest placed incident of the same date (see the module doc).
pub(crate) fn place(events: &mut [Event], metas: &[Meta]) {
    for i in 0..events.len() {
        // Only restatements: an incident its sentence dates is reported with its own details.
        let whole = metas[i].incident && metas[i].whole;
        if !whole || summary(&metas[i]) || events[i].location.is_some() || metas[i].date_from == DateFrom::Sentence {
            continue;
        }
        let Some(day) = events[i].date.as_ref().map(|d| d.value.clone()) else { continue };
        // A month or year holds the days in it ("since last Wednesday": that month).
        let source = |k: &usize| *k != i && placed_day(events, metas, *k).is_some_and(|d| d.starts_with(&day));
        // "Elsewhere, ...": another item of the news, placed only by what follows it.
        let fresh = metas[i].new_item;
        let found = (0..i).rev().filter(|_| !fresh).find(source).or_else(|| (i + 1..events.len()).find(source));
        if let Some(k) = found {
            events[i].location = events[k].location.clone();
        }
    }
}

/// The date of event `k` when it is an incident that its own sentence places: a source of places.
fn placed_day<'a>(events: &'a [Event], metas: &[Meta], k: usize) -> Option<&'a str> {
    events[k].date.as_ref().filter(|_| placed(events, metas, k)).map(|d| d.value.as_str())
}

/// The day event `k` is set on for `spread`: its date, or none at all in a story that names no
/// day ("Chadian rebels have attacked an eastern city", in a story dated only by its dateline): its
/// incidents are told as one day's news. `None` when it is undated for another reason (a position,
/// a war as a whole).
fn day_of(event: &Event, meta: &Meta) -> Option<Option<String>> {
    match &event.date {
        Some(d) => Some(Some(d.value.clone())),
        None => (meta.date_from == DateFrom::Fallback).then_some(None),
    }
}

/// Whether event `k` is an incident that its own sentence places: a source of places.
fn placed(events: &[Event], metas: &[Meta], k: usize) -> bool {
    metas[k].incident && metas[k].located && events[k].location.is_some()
}

/// A present perfect or progressive past the lead has no date of its own (see
/// [`DateFrom::Perfect`]), nor do events told as earlier than the news ([`DateFrom::Earlier`]);
/// they kept the date found for them only to be placed.
pub(crate) fn undate(events: &mut [Event], metas: &[Meta]) {
    for (e, m) in events.iter_mut().zip(metas) {
        if matches!(m.date_from, DateFrom::Perfect | DateFrom::Earlier) {
            e.date = None;
        }
    }
}

/// An incident event with no place of its own takes the place of a same-date incident that a
/// sentence places: one of its own sentence first ("attacked a train near Sibi, taking hundreds
/// hostage"), else the nearest before it (GUIDELINES §7: the nearest phrase locating the incident;
/// a later sentence more often starts another incident of the day than it places this one), else,
/// for the headline, the first after it; a sentence that opens another item ("Elsewhere, ...")
/// takes only the first after it.
pub(crate) fn spread(events: &mut [Event], metas: &[Meta]) {
    for i in 0..events.len() {
        if !receives(&events[i], &metas[i]) {
            continue;
        }
        let Some(day) = day_of(&events[i], &metas[i]) else { continue };
        let source =
            |k: &usize| *k != i && placed(events, metas, *k) && day_of(&events[*k], &metas[*k]).as_ref() == Some(&day);
        let same = (0..events.len()).filter(|&k| metas[k].sentence == metas[i].sentence).find(source);
        // "Elsewhere, ...": another item of the news, not placed by the incident before it.
        let fresh = metas[i].new_item;
        let before = || (0..i).rev().filter(|_| !fresh).find(source);
        // A headline's place, and a new item's, comes from the sentences after it (GUIDELINES §3):
        // the first placed incident of its day.
        let after = || (i + 1..events.len()).filter(|_| metas[i].headline || fresh).find(source);
        let coarser = || day.as_deref().filter(|_| !fresh).and_then(|d| latest_within(events, metas, i, d));
        if let Some(k) = same.or_else(before).or_else(after).or_else(coarser) {
            events[i].location = events[k].location.clone();
        }
    }
}

/// The latest placed incident before event `i`, when its date falls within `within`, a coarser
/// date ("Last month, ... in Kalat. Days later, a bomb killed miners": the year, GUIDELINES 12.9):
/// the story is still where it last placed an incident. Only the latest one, so that a year does
/// not reach back past another placed incident to any of its days.
fn latest_within(events: &[Event], metas: &[Meta], i: usize, within: &str) -> Option<usize> {
    let k = (0..i).rev().find(|&k| placed(events, metas, k))?;
    let day = events[k].date.as_ref()?.value.as_str();
    let inside = day.len() > within.len() && day.starts_with(within) && day[within.len()..].starts_with('-');
    inside.then_some(k)
}

/// An unplaced incident event, but not a summary ([`summary`]), not the earlier incident an act responds
/// to ("in response to a provocation"), nor coercion by decree or from afar (`decree_codes`:
/// designations, curfews, arrests, expulsions, cyberattacks), which is decided away from the scene of
/// the day's incident. Looting and burning (171) are done at the scene: "Part of the market was
/// burned down and then looted" (confiscation shares looting's code, 1711, and so takes the place too).
fn receives(event: &Event, meta: &Meta) -> bool {
    let cameo = event.action.cameo.as_str();
    let decree = crate::events::words::get("decree_codes").iter().any(|c| cameo.starts_with(c));
    meta.incident && !meta.earlier && !decree && !summary(meta) && event.location.is_none()
}

/// Whether an event sums up a stretch of time, at no one place, so that it takes no place of the
/// day's incident: a span up to now from a month's or a year's start ("Since the start of the year,
/// the group has ramped up attacks") or a present perfect past the lead ("the factions have been
/// locked in skirmishes"). A span of days ("the toll has risen since Wednesday") is still the news
/// of the incident it starts from, whatever month or year holds it.
fn summary(meta: &Meta) -> bool {
    matches!(meta.date_from, DateFrom::Span | DateFrom::Perfect)
}

/// "killed 11 coal miners in the city": a place named only by a definite generic noun is the
/// latest place below a state that an earlier event of the story names ("the province": the latest
/// province or region); with none, no place.
/// "The capital" is the capital of the state of the latest place whose state is known, else of
/// the story's main state `home`.
pub(crate) fn resolve(events: &mut [Event], home: Option<&str>) {
    for i in 0..events.len() {
        if events[i].location.as_ref().is_none_or(|l| l.name.is_some()) {
            continue;
        }
        let below_state = |n: &String| !crate::parties::names_state(n);
        // "imposed martial law on the province": a province or region named before, not a town in it.
        let wide = events[i].location.as_ref().is_some_and(|l| wide_words(&l.text).next().is_some());
        let fits = |l: &casus_core::Location| {
            !wide || wide_words(&l.text).next().is_some() || l.name.as_deref().is_some_and(places::is_wide)
        };
        let mut named = (0..i)
            .rev()
            .filter_map(|k| events[k].location.as_ref().filter(|l| fits(l)))
            .find_map(|l| l.name.clone().filter(below_state));
        // "police stations in Mosul ... kidnapped three relatives in the capital": Baghdad.
        // "the capital's Bakara market": the possessive too.
        let capital = events[i].location.as_ref().is_some_and(|l| {
            l.text.to_lowercase().trim_end_matches("'s").trim_end_matches("’s").trim_end().ends_with("capital")
        });
        let seat = (0..i)
            .rev()
            .filter(|_| capital)
            .find_map(|k| capital_of_place(events[k].location.as_ref()?.name.as_deref()?, home))
            .or_else(|| home.filter(|_| capital).and_then(crate::parties::capital_of));
        if let Some(seat) = seat {
            named = Some(seat.to_string());
        }
        match (named, events[i].location.as_mut()) {
            (Some(n), Some(l)) => l.name = Some(n),
            _ => events[i].location = None,
        }
    }
}

/// The nouns of a province or region in a place phrase ("across Aceh province").
fn wide_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|w| crate::events::words::get("wide_place_nouns").contains(&w.to_lowercase().as_str()))
}

/// The capital of the state a place lies in, where the gazetteer knows that state.
fn capital_of_place(name: &str, home: Option<&str>) -> Option<&'static str> {
    let country = crate::events::sides::home::known_place_country(name, home)?;
    crate::parties::capital_of(&country)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::document::meta::Meta;
    use casus_core::{Action, Casualties, DateRef, Evidence, Location};

    fn event(date: &str, place: Option<&str>) -> Event {
        Event {
            doc_id: "d".into(),
            event_id: "d:0".into(),
            action: Action { text: "attacked".into(), cameo: "190".into() },
            actor: None,
            target: None,
            date: Some(DateRef { text: date.into(), value: date.into() }),
            location: place.map(|p| Location { text: p.into(), name: Some(p.into()), ..Location::default() }),
            casualties: Casualties::default(),
            source: None,
            evidence: Evidence { start: 0, end: 1, sentence: "x".into() },
            confidence: None,
        }
    }

    fn meta(sentence: usize, located: bool, date_from: DateFrom) -> Meta {
        Meta {
            sentence,
            lemma: "attack".into(),
            anaphor: false,
            force: true,
            outcome: false,
            incident: true,
            located,
            whole: false,
            earlier: false,
            protest: false,
            date_from,
            span: None,
            headline: false,
            lead: false,
            new_item: false,
        }
    }

    /// The place `spread` gives an unplaced attack over a span up to now dated `from`, told after
    /// an attack near Tovuz on 12 February.
    fn spread_over(from: DateFrom) -> Option<String> {
        let mut events = vec![event("2024-02-12", Some("Tovuz")), event("2024-02", None)];
        spread(&mut events, &[meta(0, true, DateFrom::Sentence), meta(1, false, from)]);
        events[1].location.as_ref().and_then(|l| l.name.clone())
    }

    #[test]
    fn spread_gives_no_place_to_what_sums_up() {
        // "Since Sunday, the rebels have attacked soldiers": the incident's news, as for `place`.
        assert_eq!(spread_over(DateFrom::DaySpan).as_deref(), Some("Tovuz"));
        // "Since January, ...", or a present perfect past the lead: a summary, at no one place.
        assert_eq!(spread_over(DateFrom::Span), None);
        assert_eq!(spread_over(DateFrom::Perfect), None);
    }
}
