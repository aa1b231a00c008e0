//! A headline or lead incident told before the story names any day takes the first day the lead
//! gives an incident (`document/lead_dates.rs`); reactions, incidents with a day of their own
//! sentence and days named past the lead leave it on the news day.
use crate::events::testing::{date_of, doc_events};

/// A Wednesday story.
const WED: &str = "2024-02-14";
const TUE: &str = "2024-02-13";

/// "Gunmen attacked a village in the north."
const UNDATED_ATTACK: &str =
    "Gunmen/2/nsubj attacked/0/root a/4/det village/2/obj in/7/case the/7/det north/4/nmod ./2/punct";
/// "The rebels raided the town on Tuesday."
const TUESDAY_RAID: &str =
    "The/2/det rebels/3/nsubj raided/0/root the/5/det town/3/obj on/7/case Tuesday/3/obl ./3/punct";
/// "The governor spoke to reporters on Wednesday.": names the news day, reports no event.
const WEDNESDAY_TALK: &str =
    "The/2/det governor/3/nsubj spoke/0/root to/5/case reporters/3/obl on/7/case Wednesday/3/obl ./3/punct";
/// "The village is remote.": no event, no day.
const FILLER: &str = "The/2/det village/4/nsubj is/4/cop remote/0/root ./4/punct";

#[test]
fn a_lead_incident_told_before_any_day_takes_the_day_the_lead_gives() {
    let ev = doc_events(&[UNDATED_ATTACK, TUESDAY_RAID, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "attacked"), Some(TUE), "{ev:?}");
}

#[test]
fn a_reaction_in_the_lead_keeps_the_news_day() {
    // "The government condemned the violence.": a reaction of the day the story is published.
    let reaction = "The/2/det government/3/nsubj condemned/0/root the/5/det violence/3/obj ./3/punct";
    let ev = doc_events(&[reaction, TUESDAY_RAID, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "condemned"), Some(WED), "{ev:?}");
}

#[test]
fn an_incident_whose_sentence_names_the_news_day_keeps_it() {
    // "Police said Wednesday gunmen attacked a village.": its own sentence dates the news.
    let said = "Police/2/nsubj said/0/root Wednesday/2/obl:tmod gunmen/5/nsubj attacked/2/ccomp a/7/det village/5/obj ./2/punct";
    let ev = doc_events(&[said, TUESDAY_RAID], WED);
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "attacked"), Some(WED), "{ev:?}");
}

#[test]
fn a_day_named_past_the_lead_is_another_incident() {
    // The Tuesday raid is told in the third sentence of the body: not the lead's news.
    let ev = doc_events(&[UNDATED_ATTACK, FILLER, TUESDAY_RAID, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "attacked"), Some(WED), "{ev:?}");
}
