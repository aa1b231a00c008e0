//! A headline or lead incident told before the story names any day ("At least 12 dead in protests",
//! "Clashes between police and protesters killed several people in the capital") took the news
//! day by default; the story usually dates it in the sentences that follow ("as many as 12 people
//! were killed Tuesday"). GUIDELINES §6.6: an incident the document dates elsewhere takes the
//! nearest phrase, preceding preferred, else following: here there is none preceding, so the first
//! following incident of the lead that its own sentence dates to a day of the news week gives its day,
//! when it is the same incident (`same_incident`). A lead often tells two: the attack and the
//! retaliation it answers, a round-up's other country, an arrest after a protest, "in a separate
//! attack"; the first dated one is then another incident, and the lead one keeps the news day.
//! Only the lead's: further on, a dated incident is as often another one.
use super::meta::Meta;
use crate::events::slots::DateFrom;
use crate::events::words;
use casus_core::{Event, Party};
use casus_geo::{Gazetteer, Kind, Place};
use chrono::NaiveDate;

/// How many days before the default date a following day may lie and still be the lead's incident.
const NEWS_WEEK: i64 = 7;

pub(crate) fn forward(events: &mut [Event], metas: &[Meta]) {
    for i in 0..events.len() {
        if !metas[i].lead_default {
            continue;
        }
        let Some(default) = events[i].date.as_ref().and_then(|d| day(&d.value)) else { continue };
        // The first incident after it that its own sentence dates: the story's first dated news.
        let Some(k) =
            (i + 1..events.len()).find(|&k| dated_incident(&metas[k]) && metas[k].sentence > metas[i].sentence)
        else {
            continue;
        };
        let Some(found) = events[k].date.as_ref().and_then(|d| day(&d.value)) else { continue };
        // Only an earlier day of the same news week: a later one is not the day's news already
        // reported, an older one another story told as background.
        let before = (default - found).num_days();
        if (1..=NEWS_WEEK).contains(&before) && same_incident(events, metas, i, k) {
            events[i].date = events[k].date.clone();
        }
    }
}

/// An incident of the lead dated by a phrase of its own sentence, not an earlier one it responds to, not
/// another item of the news ("Elsewhere, ...").
fn dated_incident(m: &Meta) -> bool {
    m.lead && m.incident && m.date_from == DateFrom::Sentence && !m.earlier && !m.new_item && !m.headline
}

/// Whether event `k` tells the same incident as event `i`: no other incident announced ("in a
/// separate attack", "another bombing"), compatible codes (violence with violence, a protest with a
/// protest, an arrest with an arrest), no two different places its own sentences give, and the same
/// parties in the same direction for some record of each trigger (a clash told both ways matches; a
/// retaliation, the attacker of the other attacked, does not).
fn same_incident(events: &[Event], metas: &[Meta], i: usize, k: usize) -> bool {
    if announces_another(&events[k].evidence.sentence) || !compatible_codes(&events[i], &events[k]) {
        return false;
    }
    let place = |n: usize| events[n].location.as_ref().filter(|_| metas[n].located).and_then(|l| l.name.as_deref());
    if let (Some(a), Some(b)) = (place(i), place(k)) {
        if !one_place(a, b) {
            return false;
        }
    }
    let twins = |n: usize| {
        (0..events.len())
            .filter(move |&m| metas[m].sentence == metas[n].sentence && events[m].action.text == events[n].action.text)
    };
    twins(i).any(|a| {
        twins(k).any(|b| {
            same_party(&events[a].actor, &events[b].actor, true)
                && same_party(&events[a].target, &events[b].target, false)
        })
    })
}

/// Whether two place names may name the incident's one place: the same name, or one that holds
/// the other ("Mali" and "Mopti", "Balochistan" and "Sibi", by the `casus-geo` gazetteer). Two towns,
/// two countries, or a name the gazetteer lacks: two places.
fn one_place(a: &str, b: &str) -> bool {
    let (x, y) = (a.to_lowercase(), b.to_lowercase());
    if x.contains(&y) || y.contains(&x) {
        return true;
    }
    let Ok(gazetteer) = Gazetteer::embedded() else { return false };
    let Some(pa) = gazetteer.geocode(a, &[]) else { return false };
    let Some(pb) = gazetteer.geocode(b, &[pa.country.as_str()]) else { return false };
    let holds = |wide: &Place, inner: &Place| match wide.kind {
        Kind::Country => true,
        Kind::Admin1 => inner.admin1 == wide.admin1 && inner.kind != Kind::Admin1,
        _ => false,
    };
    pa.country == pb.country && (holds(&pa, &pb) || holds(&pb, &pa))
}

/// "In a separate attack", "Another bombing", "Elsewhere": the sentence tells an incident of its own.
fn announces_another(sentence: &str) -> bool {
    let other = words::get("other_incident_words");
    sentence.split(|c: char| !c.is_alphabetic()).any(|w| other.contains(&w.to_lowercase().as_str()))
}

/// Codes of one kind of incident: both violence (`violent_codes`: force, and violent protest or its
/// repression), else neither and the same CAMEO root (a protest, an arrest). Seizing a town or
/// blockading it is no violence of its own: it comes after the fighting ("Rebels have seized the
/// town after heavy fighting. Troops shelled their positions on Monday").
fn compatible_codes(a: &Event, b: &Event) -> bool {
    let violent = |e: &Event| words::get("violent_codes").iter().any(|c| e.action.cameo.starts_with(c));
    match (violent(a), violent(b)) {
        (true, true) => true,
        (false, false) => a.action.cameo.get(..2) == b.action.cameo.get(..2),
        _ => false,
    }
}

/// Whether party `lead` of the lead's incident may be party `dated` of the dated one: either unknown,
/// or both known and one: the same state (its government and forces are one side), else the same
/// role, else the same name. An attacker (`actor`) the dated incident names and the lead's does not
/// is as often the other side, whom the lead's incident answers ("A drone strike killed five.
/// Militants attacked a checkpoint on Monday"); a victim it names only says more of the same one.
fn same_party(lead: &Option<Party>, dated: &Option<Party>, actor: bool) -> bool {
    let (a, b) = match (known(lead), known(dated)) {
        (Some(a), Some(b)) => (a, b),
        (None, Some(_)) => return !actor,
        _ => return true,
    };
    let organ = |p: &Party| p.role.as_deref().is_none_or(|r| words::get("state_organs").contains(&r));
    match (&a.country, &b.country) {
        (Some(x), Some(y)) => x == y && (a.role == b.role || (organ(a) && organ(b))),
        _ => match (&a.role, &b.role) {
            (Some(x), Some(y)) => x == y,
            _ => a.name.as_deref().zip(b.name.as_deref()).is_none_or(|(x, y)| x.eq_ignore_ascii_case(y)),
        },
    }
}

/// A party the story identifies (a state, a role or a name), not one told only by a word ("Gunmen").
fn known(p: &Option<Party>) -> Option<&Party> {
    p.as_ref().filter(|p| p.country.is_some() || p.role.is_some() || p.name.is_some())
}

/// A day's date ("2024-02-13"); a month or a year names no day.
fn day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}
