//! A headline or lead incident told before the story names any day takes the first day the lead
//! gives the same incident (`document/lead_dates.rs`); reactions, incidents with a day of their own
//! sentence, days named past the lead and another incident of the lead (a retaliation's cause, a
//! round-up's other place, "in a separate attack") leave it on the news day.
use crate::events::testing::{date_of, doc_events, parsed_doc};

/// A Wednesday story.
const WED: &str = "2024-02-14";
const TUE: &str = "2024-02-13";

/// "Rebels attacked a village in the north."
const UNDATED_ATTACK: &str =
    "Rebels/2/nsubj attacked/0/root a/4/det village/2/obj in/7/case the/7/det north/4/nmod ./2/punct";
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
    // "Police said Wednesday rebels attacked a village.": its own sentence dates the news.
    let said = "Police/2/nsubj said/0/root Wednesday/2/obl:tmod rebels/5/nsubj attacked/2/ccomp a/7/det village/5/obj ./2/punct";
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

#[test]
fn the_attack_a_retaliation_answers_is_another_incident() {
    // "Soldiers shelled rebel positions. The rebels raided the town on Tuesday.": the shelling
    // answers the raid; its attacker is the raid's target side, not the raiders.
    let shelling = "Soldiers/2/nsubj shelled/0/root rebel/4/compound positions/2/obj ./2/punct";
    let ev = doc_events(&[shelling, TUESDAY_RAID, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "shelled"), Some(WED), "{ev:?}");
    // "An airstrike hit a village.": no attacker named, and the dated incident names one.
    let strike = "An/2/det airstrike/3/nsubj hit/0/root a/5/det village/3/obj ./3/punct";
    let ev = doc_events(&[strike, TUESDAY_RAID, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "airstrike"), Some(WED), "{ev:?}");
}

#[test]
fn a_separate_attack_is_another_incident() {
    // "In a separate attack, the rebels raided the town on Tuesday."
    let separate = "In/4/case a/4/det separate/4/amod attack/8/obl ,/4/punct the/7/det rebels/8/nsubj raided/0/root \
                    the/10/det town/8/obj on/12/case Tuesday/8/obl ./8/punct";
    let ev = doc_events(&[UNDATED_ATTACK, separate, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "attacked"), Some(WED), "{ev:?}");
}

#[test]
fn a_seizure_is_not_the_fighting_before_it() {
    // "Rebels seized the town. The rebels shelled the town on Tuesday.": a town is taken after the
    // fighting for it, on a day of its own.
    let seized = "Rebels/2/nsubj seized/0/root the/4/det town/2/obj ./2/punct";
    let shelled = "The/2/det rebels/3/nsubj shelled/0/root the/5/det town/3/obj on/7/case Tuesday/3/obl ./3/punct";
    let ev = doc_events(&[seized, shelled, WEDNESDAY_TALK], WED);
    assert_eq!(date_of(&ev, "shelled"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "seized"), Some(WED), "{ev:?}");
}

/// "Rebels attacked a village in PLACE." and "The rebels raided Kidal on Tuesday.", places tagged.
fn placed_story(lead_place: &str) -> Vec<casus_core::Event> {
    let lead = format!("Rebels/2/nsubj attacked/0/root a/4/det village/2/obj in/6/case {lead_place}/4/nmod ./2/punct");
    let raid = "The/2/det rebels/3/nsubj raided/0/root Kidal/3/obj on/6/case Tuesday/3/obl ./3/punct";
    let mut doc = parsed_doc(&[&lead, raid, WEDNESDAY_TALK]);
    let gpe = |tokens| casus_core::Entity { label: "GPE".into(), tokens, score: 1.0 };
    doc.sentences[0].entities = vec![gpe(5..6)];
    doc.sentences[1].entities = vec![gpe(3..4)];
    doc.published = Some(chrono::NaiveDate::parse_from_str(WED, "%Y-%m-%d").unwrap());
    crate::events::extract(&doc)
}

#[test]
fn a_country_holds_the_town_the_lead_dates() {
    // "Rebels attacked a village in Mali. The rebels raided Kidal on Tuesday.": Kidal is in Mali.
    let ev = placed_story("Mali");
    assert_eq!(date_of(&ev, "attacked"), Some(TUE), "{ev:?}");
}

#[test]
fn a_round_up_of_another_country_is_another_incident() {
    // "Rebels attacked a village in Niger. The rebels raided Kidal on Tuesday.": Kidal is in Mali.
    let ev = placed_story("Niger");
    assert_eq!(date_of(&ev, "raided"), Some(TUE), "{ev:?}");
    assert_eq!(date_of(&ev, "attacked"), Some(WED), "{ev:?}");
}
