//! Document pass: an incident event placed from elsewhere in the story (`incidents::spread`,
//! `place`, `link`) at a province or a country takes the town inside it where a sentence of the
//! story places that incident (GUIDELINES §7, §12.7: the most specific place the story gives).
//! "An attack on a train in Balochistan province" spreads Balochistan to "the brazen attack";
//! "the train remains blocked in a tunnel near Sibi" says where it was: Sibi.
//!
//! The finer place must lie inside the wider one (the `casus-geo` gazetteer says so), be given for
//! the same incident (the same date, or a span of days from it) and be the nearest place told
//! before the event (a headline: the first after it); a sentence that again places the incident
//! in the province keeps the province. A round-up names several towns of the day inside the
//! province; then none is the incident's and the wider place stays. A month or a year of its own
//! ("earlier this month, a bomb in Kalat") is background, another incident.
use super::meta::Meta;
use crate::events::slots::DateFrom;
use casus_core::Event;
use casus_geo::{Gazetteer, Kind, Place};

/// Narrows the borrowed wide places of incident events to the one town of the story inside them.
pub(crate) fn narrow(events: &mut [Event], metas: &[Meta]) {
    let Ok(gazetteer) = Gazetteer::embedded() else { return };
    for i in 0..events.len() {
        // Only a borrowed place: a sentence that names the province itself is placed as it says.
        if metas[i].located || !metas[i].incident {
            continue;
        }
        let Some(wide) = wide_place(gazetteer, &events[i]) else { continue };
        if let Some(k) = finer(gazetteer, events, metas, i, &wide) {
            events[i].location = events[k].location.clone();
        }
    }
}

/// The place of event `i` when it is a country or a first-level division: one that holds towns.
fn wide_place(gazetteer: &Gazetteer, event: &Event) -> Option<Place> {
    let name = event.location.as_ref()?.name.as_deref()?;
    gazetteer.geocode(name, &[]).filter(|p| matches!(p.kind, Kind::Country | Kind::Admin1))
}

/// The event whose own sentence places event `i`'s incident inside `wide`: the nearest before it
/// that places the incident at all, when that one names a town inside `wide` (GUIDELINES §7: the
/// nearest phrase locating the incident); for a headline, the first such town after it.
fn finer(gazetteer: &Gazetteer, events: &[Event], metas: &[Meta], i: usize, wide: &Place) -> Option<usize> {
    let wide_name = events[i].location.as_ref().and_then(|l| l.name.clone());
    let name = |k: usize| events[k].location.as_ref().and_then(|l| l.name.clone());
    let of_incident = |k: usize| k != i && metas[k].incident && metas[k].located && same_incident(events, metas, i, k);
    let inside = |k: usize| of_incident(k) && holds(gazetteer, wide, &events[k]);
    let towns: Vec<usize> = (0..events.len()).filter(|&k| inside(k)).collect();
    // A round-up: several towns inside the province on the day.
    if towns.iter().any(|&k| name(k) != name(towns[0])) {
        return None;
    }
    if metas[i].headline {
        return towns.first().copied();
    }
    let earlier = |k: usize| metas[k].sentence < metas[i].sentence;
    let nearest =
        (0..i).rev().filter(|&k| earlier(k)).find(|&k| inside(k) || (of_incident(k) && name(k) == wide_name))?;
    inside(nearest).then_some(nearest)
}

/// Whether event `k` may tell the incident of event `i`: the same date, or a span of days up to
/// now that starts on it ("the train remains blocked since Tuesday afternoon"). A month or a year
/// of its own ("earlier this month", "last year") is another incident of the story's background.
fn same_incident(events: &[Event], metas: &[Meta], i: usize, k: usize) -> bool {
    let date = |k: usize| events[k].date.as_ref().map(|d| d.value.as_str());
    let holds_day = |span: usize, day: usize| {
        metas[span].date_from == DateFrom::DaySpan && date(day).zip(date(span)).is_some_and(|(d, s)| d.starts_with(s))
    };
    date(i) == date(k) || holds_day(k, i) || holds_day(i, k)
}

/// Whether the place of `event` is a named place below `wide` and inside it.
fn holds(gazetteer: &Gazetteer, wide: &Place, event: &Event) -> bool {
    let Some(name) = event.location.as_ref().and_then(|l| l.name.as_deref()) else { return false };
    let Some(place) = gazetteer.geocode(name, std::slice::from_ref(&wide.country.as_str())) else { return false };
    if place.country != wide.country || matches!(place.kind, Kind::Country | Kind::Border) || place.name == wide.name {
        return false;
    }
    match wide.kind {
        Kind::Admin1 => place.kind != Kind::Admin1 && place.admin1 == wide.admin1,
        _ => true,
    }
}
