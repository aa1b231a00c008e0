//! A reaction with no date phrase (a condemnation, a denial, an appeal) falls on the publication
//! day only in a story published on its main incident's own day (GUIDELINES §6.6). When the story
//! leads with an incident of an earlier day of the news week ("Gunmen attacked a train on Friday
//! …", in Monday's story), its undated reactions may have come on any day since: they are undated
//! ("otherwise null"), not given the day the story was filed. A lead that dates an act of its own
//! on the publication day ("The Taliban leader Sunday praised …", "were freed Tuesday", "rejected
//! the allegation in a statement Thursday") makes the story that day's news, and its reactions
//! stay on it. A reaction that goes on with a dated one takes its day instead: a pronoun's statement
//! right after its party's dated act ("… on Saturday. He promised …"), a headline's statement that
//! the body restates with a day (GUIDELINES §3, §6.6).
use super::meta::Meta;
use crate::dates::{DateMention, Precision};
use crate::events::slots::{self, DateFrom};
use crate::events::tense;
use crate::events::view::View;
use crate::events::words;
use casus_core::Event;
use chrono::NaiveDate;

/// The days an incident may lie before publication and still be the news the story reports.
const NEWS_WEEK: i64 = 7;

/// A story told after its main incident's day, and the speakers whose report of the publication
/// day leads it ("Pakistani officials confirmed Friday that 31 people died in Tuesday's attack"):
/// what they say later in the story continues that report and keeps its day (GUIDELINES §6.6).
pub(crate) struct Late {
    speakers: Vec<Key>,
}

/// A party as one speaker: its country and role, else its name.
type Key = (Option<String>, Option<String>, Option<String>);

fn key(p: &casus_core::Party) -> Key {
    match &p.country {
        Some(_) => (p.country.clone(), p.role.clone(), None),
        None => (None, p.role.clone(), Some(p.name.clone().unwrap_or_else(|| p.text.to_lowercase()))),
    }
}

/// The story is told late when its first incident that its own sentence dates (not by the day of a
/// report) fell on an earlier day of the news week, and no act of its lead is dated to the
/// publication day by a phrase of its own. Read before the document pass counts a report's day as
/// the sentence's own (`reported::redate`).
pub(crate) fn told_late(
    events: &[Event],
    metas: &[Meta],
    published: Option<NaiveDate>,
    lead: &LeadDays,
) -> Option<Late> {
    let published = published?;
    let day = |e: &Event| e.date.as_ref().and_then(|d| NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").ok());
    let own = |m: &Meta| m.date_from == DateFrom::Sentence;
    let pairs = || events.iter().zip(metas);
    let (main, _) = pairs().find(|(e, m)| m.incident && !m.headline && own(m) && e.date.is_some())?;
    let main = day(main)?;
    let lead_of_the_day = pairs().any(|(e, m)| m.lead && own(m) && day(e) == Some(published));
    if main >= published || (published - main).num_days() > NEWS_WEEK || lead_of_the_day || lead.act {
        return None;
    }
    let reported = |(_, m): &(&Event, &Meta)| lead.reports.contains(&m.sentence);
    let speakers = pairs().filter(reported).filter_map(|(e, _)| e.source.as_ref().map(key)).collect();
    Some(Late { speakers })
}

/// What the lead's phrases of the publication day say: an act of that day (`act`), or the
/// sentences whose report is of that day (`reports`).
#[derive(Default)]
pub(crate) struct LeadDays {
    act: bool,
    reports: Vec<usize>,
}

impl LeadDays {
    /// Reads sentence `index` when it is of the lead. An act's own verb dated to the publication
    /// day, one that gave no record of its own ("schoolgirls kidnapped last week were freed by their
    /// captors Tuesday"), makes the story that day's news; not a verb that names no act ("Funerals
    /// were held Monday"). A verb of saying so dated ("officials confirmed Friday that …") makes
    /// the sentence's sources speakers of that day.
    pub(crate) fn read(&mut self, v: &View, index: usize, dates: &[DateMention], published: Option<NaiveDate>) {
        let Some(day) = published.map(|p| p.format("%Y-%m-%d").to_string()) else { return };
        if !tense::in_lead(v, slots::LEAD) {
            return;
        }
        let act = |d: &DateMention| {
            let verb = v.head(v.top(d.tokens.clone()));
            verb.is_some_and(|h| crate::lexicon::verb_entry(&v.lemmas[h]).is_some())
        };
        for d in dates.iter().filter(|d| d.precision == Precision::Day && d.value == day) {
            if slots::reported_on(v, d).is_some() {
                self.reports.push(index);
            } else if act(d) {
                self.act = true;
            }
        }
    }
}

/// Undates, in a story told late, the reactions that carry the publication day only by default (no
/// phrase of their own), but for those of the speakers whose report of that day leads the story.
/// A reaction that goes on with a dated one takes its day instead (`continued`, `restated`).
pub(crate) fn undate(events: &mut [Event], metas: &[Meta], late: Option<Late>) {
    let Some(late) = late else { return };
    for i in 0..events.len() {
        let (e, m) = (&events[i], &metas[i]);
        let speaker = e.actor.as_ref().is_some_and(|a| late.speakers.contains(&key(a)));
        if m.date_from != DateFrom::Fallback || !reaction(&e.action.cameo) || speaker {
            continue;
        }
        let day = continued(events, metas, i).or_else(|| restated(events, metas, i));
        events[i].date = day.and_then(|k| events[k].date.clone());
    }
}

/// "The governor visited the wounded in hospital on Saturday. He promised to punish the
/// attackers.": a statement whose subject is a pronoun standing for the party of a dated act or
/// statement of the sentence before goes on with it, and takes its phrase (GUIDELINES §6.6,
/// continuations of a dated statement).
fn continued(events: &[Event], metas: &[Meta], i: usize) -> Option<usize> {
    let actor = events[i].actor.as_ref()?;
    let pronoun = words::get("personal_pronouns").contains(&actor.text.to_lowercase().as_str());
    let before = metas[i].sentence.checked_sub(1)?;
    let dated = |k: &usize| metas[*k].sentence == before && own_date(&events[*k], &metas[*k]);
    let same = |k: &usize| events[*k].actor.as_ref().is_some_and(|a| same_party(a, actor));
    (0..i).filter(dated).find(same).filter(|_| pronoun)
}

/// "Group Claims Attacks on Capital" / "… claimed responsibility on Saturday": a headline states
/// what its body tells, and its statement takes the day the body gives the same act by the same
/// party (GUIDELINES §3: a headline's date comes from the body).
fn restated(events: &[Event], metas: &[Meta], i: usize) -> Option<usize> {
    if !metas[i].headline {
        return None;
    }
    let e = &events[i];
    let agrees = |k: &Event| match (&e.actor, &k.actor) {
        (Some(a), Some(b)) => same_party(a, b),
        _ => true,
    };
    let body = |k: &usize| metas[*k].sentence > metas[i].sentence && !metas[*k].headline;
    let same_act = |k: &usize| events[*k].action.cameo == e.action.cameo && agrees(&events[*k]);
    (0..events.len()).filter(body).find(same_act).filter(|&k| own_date(&events[k], &metas[k]))
}

/// The event is dated by a phrase of its own sentence.
fn own_date(e: &Event, m: &Meta) -> bool {
    m.date_from == DateFrom::Sentence && e.date.is_some()
}

/// The same party however it is written ("the governor", "he"): its country and role, and its name
/// where both have one.
fn same_party(a: &casus_core::Party, b: &casus_core::Party) -> bool {
    let names = match (&a.name, &b.name) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    a.country == b.country && a.role == b.role && names
}

/// Words and stances (statements, appeals, demands, accusations, denials, threats, cutting ties):
/// what a party says or decides about an incident. Not a meeting (held on the day the story
/// reports), nor a material act (aid, a release, an investigation), which is part of an episode
/// the story dates (GUIDELINES §6.6, the incident's date), nor force or protest.
fn reaction(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("01" | "02" | "03" | "05" | "06" | "10" | "11" | "12" | "13" | "16"))
}
