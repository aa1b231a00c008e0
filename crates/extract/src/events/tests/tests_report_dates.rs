//! The day of a report is not the day of what it reports (GUIDELINES §6): an incident a sentence
//! dates only by "…, police said Monday" takes the day the story dated it by, and the sentences after
//! go on with that day.
use crate::events::testing::{date_of, doc_events};

/// "Rebels killed 20 soldiers on Sunday, officials said Monday." (published Tuesday 13 February)
const KILLED: &str = "Rebels/2/nsubj killed/9/ccomp 20/4/nummod soldiers/2/obj on/6/case Sunday/2/obl ,/9/punct officials/9/nsubj said/0/root Monday/9/obl:tmod ./9/punct";
const TUESDAY: &str = "2024-02-13";

#[test]
fn an_incident_dated_only_by_its_report_takes_the_day_the_story_gave_it() {
    let returned =
        "Troops/2/nsubj returned/6/ccomp fire/2/obj ,/6/punct police/6/nsubj said/0/root Monday/6/obl:tmod ./6/punct";
    let ev = doc_events(&[KILLED, returned], TUESDAY);
    assert_eq!(date_of(&ev, "killed"), Some("2024-02-11"));
    assert_eq!(date_of(&ev, "returned fire"), Some("2024-02-11"), "{ev:?}");
    // The lead of a story, with no incident told before it, is dated by its report.
    let ev = doc_events(&[returned], TUESDAY);
    assert_eq!(date_of(&ev, "returned fire"), Some("2024-02-12"));
}

#[test]
fn a_night_told_by_its_report_ends_on_the_report_day() {
    let fired = "Guerrillas/2/nsubj fired/7/ccomp rockets/2/obj overnight/2/advmod ,/7/punct police/7/nsubj said/0/root Monday/7/obl:tmod ./7/punct";
    let ev = doc_events(&[KILLED, fired], TUESDAY);
    assert_eq!(date_of(&ev, "fired"), Some("2024-02-12"), "{ev:?}");
}

#[test]
fn another_item_of_the_news_keeps_its_report_day() {
    let separate = "In/4/case a/4/det separate/4/amod incident/7/obl ,/7/punct gunmen/7/nsubj killed/12/ccomp two/9/nummod soldiers/7/obj ,/12/punct police/12/nsubj said/0/root Monday/12/obl:tmod ./12/punct";
    let ev = doc_events(&[KILLED, separate], TUESDAY);
    let days: Vec<_> = ev.iter().map(|e| e.date.as_ref().map(|d| d.value.as_str())).collect();
    assert_eq!(days, vec![Some("2024-02-11"), Some("2024-02-12")], "{ev:?}");
}

#[test]
fn a_sentence_after_goes_on_with_the_incident_day_not_the_report_day() {
    let wounded = "Ten/3/nummod other/3/amod soldiers/5/nsubj:pass were/5/aux:pass wounded/0/root ./5/punct";
    let ev = doc_events(&[KILLED, wounded], TUESDAY);
    assert_eq!(date_of(&ev, "wounded"), Some("2024-02-11"), "{ev:?}");
}

#[test]
fn news_with_a_place_of_its_own_keeps_its_report_day() {
    // "A soldier was killed by a sniper in Chiyah, police said Monday": other news than Sunday's.
    let sniper = "A/2/det soldier/4/nsubj:pass was/4/aux:pass killed/12/ccomp by/7/case a/7/det sniper/4/obl in/9/case Chiyah/4/obl ,/12/punct police/12/nsubj said/0/root Monday/12/obl:tmod ./12/punct";
    let mut doc = crate::events::testing::parsed_doc(&[KILLED, sniper]);
    doc.sentences[1].entities = vec![casus_core::Entity { label: "GPE".into(), tokens: 8..9, score: 1.0 }];
    doc.published = Some(chrono::NaiveDate::parse_from_str(TUESDAY, "%Y-%m-%d").unwrap());
    let ev = crate::events::extract(&doc);
    let sniped = ev.iter().find(|e| e.evidence.sentence.contains("sniper")).expect("the sniper's record");
    assert!(sniped.location.is_some(), "{sniped:?}");
    assert_eq!(sniped.date.as_ref().map(|d| d.value.as_str()), Some("2024-02-12"));
}

#[test]
fn a_day_right_after_the_verb_of_saying_is_the_reports_even_when_hung_on_the_act() {
    // "Soldiers stormed the village, residents said on Monday." parsed with "Monday" on "stormed":
    // the storming takes the day the story gave before, not the report's
    let stormed = "Soldiers/2/nsubj stormed/7/ccomp the/4/det village/2/obj ,/7/punct residents/7/nsubj said/0/root \
                   on/9/case Monday/2/obl ./7/punct";
    let ev = doc_events(&[KILLED, stormed], TUESDAY);
    assert_eq!(date_of(&ev, "stormed"), Some("2024-02-11"), "{ev:?}");
}
