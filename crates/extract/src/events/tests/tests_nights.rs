//! "overnight": the night just ended, dated to its end day (GUIDELINES §6.3): the publication day,
//! the day after a day its sentence names, or the day of the report that tells it; never the day
//! of the incident told before it.
use crate::events::testing::{date_of, doc_events};

/// "Gunmen stormed a border post on Sunday evening." (published Tuesday 2012-08-07)
const STORMED: &str =
    "Gunmen/2/nsubj stormed/0/root a/5/det border/5/compound post/2/obj on/8/case Sunday/8/compound evening/2/obl ./2/punct";
const TUESDAY: &str = "2012-08-07";

#[test]
fn a_night_told_after_another_incident_is_the_night_just_ended() {
    let fired = "In/4/case a/4/det separate/4/amod incident/8/obl overnight/4/advmod ,/8/punct gunmen/8/nsubj fired/0/root on/11/case a/11/det checkpoint/8/obl ./8/punct";
    let ev = doc_events(&[STORMED, fired], TUESDAY);
    assert_eq!(date_of(&ev, "stormed"), Some("2012-08-05"));
    assert_eq!(date_of(&ev, "fired"), Some(TUESDAY), "{ev:?}");
    // Alone, the night still has its day.
    let pounded = "Aircraft/2/nsubj pounded/0/root rebel/4/compound positions/2/obj overnight/2/advmod ./2/punct";
    assert_eq!(date_of(&doc_events(&[pounded], TUESDAY), "pounded"), Some(TUESDAY));
}

#[test]
fn a_night_with_a_day_its_sentence_names_ends_on_that_day() {
    // "Troops poured into the region on Monday after rebels launched an offensive overnight."
    let poured = "Troops/2/nsubj poured/0/root into/5/case the/5/det region/2/obl on/7/case Monday/2/obl after/10/mark rebels/10/nsubj launched/2/advcl an/12/det offensive/10/obj overnight/10/advmod ./2/punct";
    let ev = doc_events(&[poured], TUESDAY);
    assert_eq!(date_of(&ev, "offensive"), Some("2012-08-06"), "{ev:?}");
}

#[test]
fn a_night_a_report_tells_ends_on_the_report_day() {
    // "police said on Monday", the phrase hung by the parser on the reported verb.
    let attacked = "Gunmen/2/nsubj attacked/8/ccomp a/4/det post/2/obj overnight/2/advmod ,/8/punct police/8/nsubj said/0/root on/10/case Monday/2/obl ./8/punct";
    let ev = doc_events(&[attacked], TUESDAY);
    assert_eq!(date_of(&ev, "attacked"), Some("2012-08-06"), "{ev:?}");
}

#[test]
fn an_overnight_raid_does_not_say_which_night() {
    let raid = "Gunmen/2/nsubj killed/0/root 30/4/nummod villagers/2/obj in/8/case an/8/det overnight/8/amod raid/2/obl ./2/punct";
    let ev = doc_events(&[STORMED, raid], TUESDAY);
    // The story's incident day, as for any undated incident, not the publication day.
    assert_eq!(date_of(&ev, "raid"), Some("2012-08-05"), "{ev:?}");
}
