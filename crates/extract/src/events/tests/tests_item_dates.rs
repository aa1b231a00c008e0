//! Dates of a news item: a date inside the event's time frame, a span reported in the past perfect.
use crate::events::testing::{date_of, doc_events};

#[test]
fn a_date_before_the_noun_of_a_time_frame_dates_the_event() {
    let ev = doc_events(
        &[
            "Troops/2/nsubj stormed/0/root the/4/det residence/2/obj on/6/case Tuesday/2/obl ./2/punct",
            "The/2/det rebels/3/nsubj seized/0/root the/5/det residence/3/obj during/10/case a/10/det Dec./9/nmod:unmarked 17/10/compound reception/3/obl ,/13/punct initially/13/advmod taking/3/advcl hundreds/13/obj of/16/case people/14/nmod captive/16/acl ./3/punct",
        ],
        "1997-04-23",
    );
    assert_eq!(date_of(&ev, "seized"), Some("1996-12-17"));
    // A date before a noun the verb acts on stays that noun's ("for the 2002 killing").
    let ev = doc_events(
        &[
            "Troops/2/nsubj stormed/0/root the/4/det residence/2/obj on/6/case Tuesday/2/obl ./2/punct",
            "Police/2/nsubj arrested/0/root him/2/obj for/7/case the/7/det 2002/7/nmod killing/2/obl ./2/punct",
        ],
        "2003-04-23",
    );
    assert_ne!(date_of(&ev, "arrested"), Some("2002"));
    // A future act is no event of that day: the warning is not dated by the election.
    let ev = doc_events(
        &["He/2/nsubj warned/0/root that/6/mark militants/6/nsubj will/6/aux attack/2/ccomp stations/6/obj during/12/case the/12/det August/12/compound 20/10/nummod election/6/obl ./2/punct"],
        "2009-08-10",
    );
    assert!(ev.iter().all(|e| e.date.as_ref().is_none_or(|d| d.value != "2009-08-20")), "{ev:?}");
}

#[test]
fn a_reported_past_perfect_since_a_month_spans_up_to_the_report() {
    let ev = doc_events(
        &[
            "Police/2/nsubj fired/0/root on/4/case protesters/2/obl on/6/case Wednesday/2/obl ./2/punct",
            "Lawmakers/2/nsubj said/0/root 300/4/nummod demonstrators/7/nsubj:pass had/7/aux been/7/aux:pass arrested/2/ccomp since/9/case April/7/obl ./2/punct",
        ],
        "2017-05-04",
    );
    assert_eq!(date_of(&ev, "fired"), Some("2017-05-03"));
    // April to May 2017: the year holds the span (GUIDELINES §6.4), not Wednesday's incident.
    assert_eq!(date_of(&ev, "arrested"), Some("2017"));
    // Since the publication day ("a ceasefire, in force since Tuesday morning", told on Tuesday):
    // no month or year span, the day's act.
    let ev = doc_events(
        &["Russia/2/nsubj said/0/root it/5/nsubj had/5/aux negotiated/2/ccomp a/7/det ceasefire/5/obj since/10/case Tuesday/10/compound morning/5/obl ./2/punct"],
        "2022-09-13",
    );
    assert_eq!(date_of(&ev, "negotiated"), Some("2022-09-13"));
}
