//! Event dates read from the story rather than the sentence: wars named as a whole, days counted
//! from the story's current day.
use crate::events::testing::{date_of, doc_events};

#[test]
fn a_war_named_as_a_whole_takes_no_news_day() {
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "The/2/det war/3/nsubj killed/0/root thousands/3/obj ./3/punct",
        ],
        "2024-02-14",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-13"));
    // Not the day of Tuesday's attack, which an incident with no date of its own would take.
    assert_eq!(date_of(&ev, "war"), None);
}

#[test]
fn a_war_dated_in_its_own_sentence_keeps_its_date() {
    let ev = doc_events(&["The/2/det war/5/nsubj of/4/case 2020/2/nmod ended/0/root ./5/punct"], "2024-02-14");
    assert_eq!(date_of(&ev, "war"), Some("2020"));
}

#[test]
fn a_day_earlier_counts_from_the_day_the_story_has_reached() {
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "Police/2/nsubj arrested/0/root protesters/2/obj a/5/det day/6/obl:npmod earlier/2/advmod ./2/punct",
        ],
        "2024-02-15",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-13"));
    // Monday, the day before Tuesday's attack, not the day before publication.
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02-12"));
}

#[test]
fn the_previous_day_counts_from_the_sentence_own_day_first() {
    let ev = doc_events(
        &["Police/2/nsubj said/0/root on/4/case Sunday/2/obl that/7/mark rebels/7/nsubj attacked/2/ccomp troops/7/obj the/11/det previous/11/amod day/7/obl:npmod ./2/punct"],
        "2024-02-15",
    );
    // Saturday, the day before the Sunday of the report, not the day before publication.
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-10"));
}

#[test]
fn a_day_earlier_does_not_count_from_a_background_year() {
    // "Rebels attacked troops in 2019": background; "a day earlier" counts from the news, not 2019.
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "Rebels/2/nsubj attacked/0/root a/4/det base/2/obj in/6/case 2019/2/obl ./2/punct",
            "Police/2/nsubj arrested/0/root protesters/2/obj a/5/det day/6/obl:npmod earlier/2/advmod ./2/punct",
        ],
        "2024-02-15",
    );
    assert_eq!(date_of(&ev, "arrested").map(|d| d.starts_with("2024")), Some(true), "{ev:?}");
}

#[test]
fn a_reaction_reported_days_after_the_incident_has_no_date_of_its_own() {
    let attack = "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Monday/2/obl ./2/punct";
    let accused = "The/2/det government/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct";
    // Published on Monday itself: the reaction can only fall on the incident's day (GUIDELINES §6.6).
    let ev = doc_events(&[attack, accused], "2024-02-12");
    assert_eq!(date_of(&ev, "accused"), Some("2024-02-12"));
    // Published on Thursday: the accusation may have come on any day since Monday.
    let ev = doc_events(&[attack, accused], "2024-02-15");
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-12"));
    assert_eq!(date_of(&ev, "accused"), None);
    // Talks, like an incident, are held on the day the story reports.
    let talks = "The/2/det two/3/nsubj met/0/root in/5/case Geneva/3/obl ./3/punct";
    let ev = doc_events(&[attack, talks], "2024-02-15");
    assert_eq!(date_of(&ev, "met"), Some("2024-02-12"));
    // Any other undated act told days later has no day of its own either (GUIDELINES §6.6).
    let freed = "The/2/det army/3/nsubj released/0/root the/5/det prisoners/3/obj ./3/punct";
    let ev = doc_events(&[attack, freed], "2024-02-15");
    assert_eq!(date_of(&ev, "released"), None);
}

#[test]
fn days_of_fighting_told_up_to_a_day_take_the_unit_that_holds_them() {
    // Saturday 2 March after three days of fighting: from Wednesday 28 February, so only the year.
    let ev = doc_events(
        &["The/2/det town/4/nsubj was/4/cop calm/0/root on/6/case Saturday/4/obl after/9/case three/9/nummod days/4/obl of/11/case fighting/9/nmod between/13/case rebels/11/nmod and/15/cc troops/13/conj ./4/punct"],
        "2024-03-02",
    );
    assert_eq!(date_of(&ev, "fighting"), Some("2024"));
    // A span its clause starts runs on from its day: Friday 1 March and three days on.
    let ev = doc_events(
        &["A/3/det three-day/3/amod offensive/6/nsubj against/5/case rebels/3/nmod began/0/root on/8/case Friday/6/obl ./6/punct"],
        "2024-03-02",
    );
    assert_eq!(date_of(&ev, "offensive"), Some("2024-03"));
}

#[test]
fn a_date_written_before_another_noun_dates_that_noun_only() {
    // The election's year, not the arrests'.
    let ev = doc_events(
        &["Police/2/nsubj arrested/0/root 40/4/nummod activists/2/obj over/8/case the/8/det 2019/8/compound election/2/obl ./2/punct"],
        "2024-03-04",
    );
    assert_eq!(date_of(&ev, "arrested"), None);
    // A day of the news week before a noun is no background: the attack of Saturday.
    let ev = doc_events(
        &["Two/2/nummod soldiers/4/nsubj:pass were/4/aux:pass killed/0/root in/8/case Saturday/8/nmod:poss 's/6/case attack/4/obl ./4/punct"],
        "2024-03-04",
    );
    assert_eq!(date_of(&ev, "attack"), Some("2024-03-02"));
}

#[test]
fn a_span_no_allowed_precision_holds_has_no_date() {
    // The 20-year war that ended on 30 August 2021 began in 2001: no year holds it (GUIDELINES §6.5).
    let ev = doc_events(
        &["The/3/det 20-year/3/amod war/4/nsubj ended/0/root on/6/case Monday/4/obl ./4/punct"],
        "2021-09-01",
    );
    assert!(ev.iter().any(|e| e.action.text == "war"), "{ev:?}");
    assert_eq!(date_of(&ev, "war"), None);
}

#[test]
fn a_war_in_a_clause_dated_by_a_report_stays_undated() {
    // Thursday is the day of the statement, not of the war the children suffer from (GUIDELINES 12.9).
    let ev = doc_events(
        &["Officials/2/nsubj said/0/root on/4/case Thursday/2/obl that/7/mark children/7/nsubj suffer/2/ccomp from/11/case the/11/det civil/11/amod war/7/obl ./2/punct"],
        "2024-02-16",
    );
    assert_eq!(date_of(&ev, "war"), None);
    // Nor does the day of an attack date the insurgency it escalates.
    let ev = doc_events(
        &["Tuesday/3/nmod:poss 's/1/case attack/4/nsubj escalated/0/root the/7/det separatist/7/amod insurgency/4/obj ./4/punct"],
        "2024-02-16",
    );
    assert_eq!(date_of(&ev, "insurgency"), None);
}

#[test]
fn a_war_its_clause_starts_takes_that_clause_date() {
    // "ignited the war last week": the start of the war is dated, like "war broke out on Monday".
    let ev =
        doc_events(&["Rebels/2/nsubj ignited/0/root a/4/det war/2/obj on/6/case Monday/2/obl ./2/punct"], "2024-02-16");
    assert_eq!(date_of(&ev, "war"), Some("2024-02-12"));
}

#[test]
fn an_event_dated_only_by_a_decade_takes_no_news_day() {
    let met = "Officials/2/nsubj met/0/root on/4/case Tuesday/2/obl ./2/punct";
    // The 1990s cannot be written as a date (GUIDELINES §6.5): not Tuesday's news day either.
    let attacked = "Rebels/2/nsubj attacked/0/root the/4/det town/2/obj in/7/case the/7/det 1990s/2/obl ./2/punct";
    let ev = doc_events(&[met, attacked], "2024-02-14");
    assert_eq!(date_of(&ev, "met"), Some("2024-02-13"));
    assert_eq!(date_of(&ev, "attacked"), None);
}

#[test]
fn a_date_inside_the_event_phrase_beats_the_report_date() {
    let ev = doc_events(
        &["Police/2/nsubj said/0/root Friday/2/obl:unmarked that/7/mark they/7/nsubj had/7/aux arrested/2/ccomp 12/9/nummod people/7/obj during/13/case Tuesday/13/nmod:poss 's/11/case match/7/obl ./2/punct"],
        "2024-02-16",
    );
    // The arrests were made during Tuesday's match; Friday is the day police told of them.
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02-13"));
}

#[test]
fn a_date_of_a_clause_below_the_event_stays_that_clause_own() {
    let ev = doc_events(
        &["Police/2/nsubj said/0/root on/4/case Friday/2/obl they/6/nsubj killed/2/ccomp two/8/nummod men/6/obj who/11/nsubj had/11/aux escaped/8/acl:relcl on/13/case Tuesday/11/obl ./2/punct"],
        "2024-02-16",
    );
    // Tuesday is the escape's; the killing is dated by the report.
    assert_eq!(date_of(&ev, "killed"), Some("2024-02-16"));
}

#[test]
fn a_month_still_to_come_opens_no_past_for_the_next_sentence() {
    let due = "The/2/det deal/6/nsubj is/4/cop due/0/root to/6/case expire/4/obl in/8/case October/6/obl ./4/punct";
    let criticized = "Iran/2/nsubj criticized/0/root the/4/det meeting/2/obj ./2/punct";
    let ev = doc_events(&[due, criticized], "2025-03-13");
    // October 2025 is a plan, not last October's narrative that the criticism would continue.
    assert_ne!(date_of(&ev, "criticized"), Some("2024-10"));
}

#[test]
fn a_when_clause_after_a_comma_happens_at_the_date_before_it() {
    let ev = doc_events(
        &["Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
          "Rebels/3/nsubj have/3/aux fought/0/root since/5/case 2011/3/obl ,/10/punct when/10/advmod the/9/det government/10/nsubj sent/3/advcl soldiers/10/obj ./3/punct"],
        "2024-02-14",
    );
    // The sending happened in 2011, not on the news day.
    assert_eq!(date_of(&ev, "sent"), Some("2011"));
}

#[test]
fn a_past_sentence_without_events_goes_on_with_the_year_told() {
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "In/2/case 2017/5/obl ,/5/punct she/5/nsubj traveled/0/root to/7/case Garissa/5/obl ./5/punct",
            "She/2/nsubj boarded/0/root a/4/det bus/2/obj ./2/punct",
            "Gunmen/2/nsubj ambushed/0/root the/4/det bus/2/obj ./2/punct",
        ],
        "2024-02-14",
    );
    // The ambush is part of the 2017 account, not Tuesday's incident.
    assert_eq!(date_of(&ev, "ambushed"), Some("2017"));
}

#[test]
fn a_sentence_of_reported_speech_closes_the_year_told() {
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct",
            "In/2/case 2017/5/obl ,/5/punct she/5/nsubj traveled/0/root to/7/case Garissa/5/obl ./5/punct",
            "She/2/nsubj said/0/root it/4/nsubj was/6/cop a/6/det shock/2/ccomp ./2/punct",
            "Gunmen/2/nsubj ambushed/0/root the/4/det bus/2/obj ./2/punct",
        ],
        "2024-02-14",
    );
    // "She said ..." is the reporting of today's story, not the 2017 account.
    assert_ne!(date_of(&ev, "ambushed"), Some("2017"));
}

#[test]
fn an_event_dated_only_by_a_century_takes_no_news_day() {
    let met = "Officials/2/nsubj met/0/root on/4/case Tuesday/2/obl ./2/punct";
    let occupied = "Japan/2/nsubj occupied/0/root the/4/det island/2/obj in/9/case the/9/det early/9/amod 20th/9/amod century/2/obl ./2/punct";
    let ev = doc_events(&[met, occupied], "2024-02-14");
    assert_eq!(date_of(&ev, "occupied"), None);
}

#[test]
fn a_past_state_carries_no_historical_narrative_on() {
    let ev = doc_events(
        &[
            "Russia/2/nsubj annexed/0/root Crimea/2/obj in/5/case 2014/2/obl ./2/punct",
            "The/2/det peninsula/4/nsubj was/4/cop home/0/root to/7/case two/7/nummod million/7/nummod \
             people/4/nmod ./4/punct",
            "Ukrainian/2/amod drones/3/nsubj struck/0/root a/6/det Russian/6/amod base/3/obj in/8/case \
             Crimea/6/nmod ,/13/punct the/12/det Ukrainian/12/amod military/13/nsubj said/3/parataxis ./3/punct",
        ],
        "2025-03-10",
    );
    assert_ne!(date_of(&ev, "struck"), Some("2014"), "{ev:?}");
}

#[test]
fn a_date_ago_in_a_relative_clause_dates_only_that_clause() {
    // "Rebels, who seized the town two years ago, attacked a base.": the seizure's date, not the attack's.
    let ev = doc_events(
        &["Rebels/10/nsubj ,/4/punct who/4/nsubj seized/1/acl:relcl the/6/det town/4/obj two/8/nummod years/9/obl:unmarked ago/4/advmod attacked/0/root a/12/det base/10/obj ./10/punct"],
        "2024-02-15",
    );
    assert_eq!(date_of(&ev, "seized"), Some("2022"));
    // No news day is named, so the attack stays undated rather than taking the seizure's year.
    assert_eq!(date_of(&ev, "attacked"), None);
}

#[test]
fn a_year_in_a_relative_clause_opens_no_narrative() {
    let ev = doc_events(
        &[
            "Protesters/3/nsubj were/3/aux opposing/0/root troops/3/obj ,/7/punct which/7/nsubj:pass arrived/4/acl:relcl \
             in/9/case 2019/7/obl ./3/punct",
            "Gunmen/2/nsubj attacked/0/root the/4/det troops/2/obj ./2/punct",
        ],
        "2024-02-14",
    );
    // The troops' arrival is an aside; the attack is not part of a 2019 account.
    assert_ne!(date_of(&ev, "attacked"), Some("2019"));
}

#[test]
fn a_later_act_after_a_past_year_takes_no_date() {
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root the/4/det capital/2/obj in/6/case 2019/2/obl ./2/punct",
            "They/3/nsubj later/3/advmod seized/0/root the/5/det airport/3/obj ./3/punct",
        ],
        "2024-02-14",
    );
    // Some time after 2019, not in 2019 for certain.
    assert_eq!(date_of(&ev, "seized"), None);
}

#[test]
fn a_date_inside_an_event_noun_under_a_bound_dates_that_noun() {
    // "from" makes the attack a bound of another act, not Saturday a bound of the attack.
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Monday/2/obl ./2/punct",
            "Rescuers/2/nsubj searched/0/root for/4/case survivors/2/obl from/7/case an/7/det attack/4/nmod on/10/case a/10/det market/7/nmod Saturday/10/nmod:unmarked ./2/punct",
        ],
        "2024-02-12",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-12"));
    assert_eq!(date_of(&ev, "attack"), Some("2024-02-10"));
}

#[test]
fn a_possessive_date_after_a_bound_dates_its_own_noun() {
    // "from" is the case of "bombing", not of "Tuesday's".
    let ev = doc_events(
        &[
            "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Thursday/2/obl ./2/punct",
            "Officials/2/nsubj raised/0/root the/5/det death/5/compound toll/2/obj to/7/case 12/2/obl from/11/case Tuesday/11/nmod:poss 's/9/case bombing/2/obl of/14/case a/14/det market/11/nmod ./2/punct",
        ],
        "2024-02-15",
    );
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-15"));
    assert_eq!(date_of(&ev, "bombing"), Some("2024-02-13"));
}

#[test]
fn a_range_of_years_inside_a_bounded_war_does_not_date_it() {
    let ev = doc_events(
        &["The/2/det country/4/nsubj is/4/aux recovering/0/root from/7/case a/7/det war/4/obl against/9/case rebels/7/nmod between/11/case 1998/7/nmod and/13/cc 2002/11/conj ./4/punct"],
        "2008-09-24",
    );
    assert_eq!(date_of(&ev, "war"), None);
}

#[test]
fn an_undated_act_after_a_background_sentence_has_no_date() {
    let attack = "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct";
    let denied = "The/2/det government/4/nsubj has/4/aux denied/0/root the/6/det charges/4/obj ./4/punct";
    let accused = "The/2/det army/3/nsubj accused/0/root the/5/det rebels/3/obj ./3/punct";
    // Told right after the day's incident, the reaction falls on its day (GUIDELINES §6.6).
    let ev = doc_events(&[attack, accused], "2024-02-13");
    assert_eq!(date_of(&ev, "accused"), Some("2024-02-13"));
    // Told after a present perfect past the lead, it continues the story's background: no date.
    let ev = doc_events(&[attack, NO_EVENT, denied, accused], "2024-02-13");
    assert_eq!(date_of(&ev, "denied"), None);
    assert_eq!(date_of(&ev, "accused"), None);
    assert_eq!(date_of(&ev, "attacked"), Some("2024-02-13"));
}

#[test]
fn meanwhile_turns_back_from_the_background_to_the_news_day() {
    let attack = "Rebels/2/nsubj attacked/0/root troops/2/obj on/5/case Tuesday/2/obl ./2/punct";
    let accused = "Meanwhile/5/advmod ,/1/punct the/4/det army/5/nsubj accused/0/root the/7/det rebels/5/obj ./5/punct";
    let ev = doc_events(&[attack, NO_EVENT, PERFECT, accused], "2024-02-13");
    assert_eq!(date_of(&ev, "accused"), Some("2024-02-13"));
}

#[test]
fn a_date_in_a_since_clause_does_not_date_the_noun_it_bounds() {
    let attack = "Gunmen/2/nsubj attacked/0/root troops/2/obj on/5/case Wednesday/2/obl ./2/punct";
    let clash = "It/5/nsubj was/5/cop the/5/det first/5/amod clash/0/root since/8/mark they/8/nsubj agreed/5/advcl to/11/case a/11/det truce/8/obl three/13/nummod weeks/14/obl:unmarked ago/8/advmod ./5/punct";
    let ev = doc_events(&[attack, clash], "2024-03-07");
    // The clash is the day's incident, not the truce of three weeks before (a bound, like "since 2020").
    assert_eq!(date_of(&ev, "clash"), Some("2024-03-06"));
}

const KILLED: &str = "Gunmen/2/nsubj killed/0/root five/5/nummod police/5/compound officers/2/obj in/7/case Kabul/5/nmod on/9/case Sunday/2/obl ./2/punct";
const ARRESTED: &str =
    "Police/2/nsubj arrested/0/root three/4/nummod suspects/2/obj in/7/case the/7/det city/4/nmod ./2/punct";
const PERFECT: &str = "The/2/det government/4/nsubj has/4/aux denied/0/root the/6/det charges/4/obj ./4/punct";
const NO_EVENT: &str =
    "The/2/det city/4/nsubj is/4/cop home/0/root to/8/case two/7/compound million/8/nummod people/4/obl ./4/punct";

#[test]
fn a_present_comment_on_the_incident_is_no_background() {
    let condemns = "The/2/det government/3/nsubj condemns/0/root the/5/det attack/3/obj ./3/punct";
    let ev = doc_events(&[KILLED, condemns, ARRESTED], "2024-03-10");
    assert_eq!(date_of(&ev, "arrested"), Some("2024-03-10"), "{ev:?}");
}

#[test]
fn sentences_with_no_event_between_end_the_background() {
    // Right after a present perfect past the lead, or one aside after it: background, no date.
    let ev = doc_events(&[KILLED, NO_EVENT, PERFECT, ARRESTED], "2024-03-10");
    assert_eq!(date_of(&ev, "arrested"), None, "{ev:?}");
    let ev = doc_events(&[KILLED, NO_EVENT, PERFECT, NO_EVENT, ARRESTED], "2024-03-10");
    assert_eq!(date_of(&ev, "arrested"), None, "{ev:?}");
    // Two sentences with no event between end the run: the news day stays.
    let ev = doc_events(&[KILLED, NO_EVENT, PERFECT, NO_EVENT, NO_EVENT, ARRESTED], "2024-03-10");
    assert_eq!(date_of(&ev, "arrested"), Some("2024-03-10"), "{ev:?}");
}

#[test]
fn a_year_before_an_inner_noun_dates_that_noun_only() {
    let kidnapped = "Gunmen/2/nsubj kidnapped/0/root 300/4/nummod schoolgirls/2/obj on/6/case Friday/2/obl ./2/punct";
    let abduction = "Their/2/nmod:poss abduction/13/nsubj ,/4/punct resembling/2/acl the/6/det group/9/nmod:poss 's/6/case 2014/9/nummod abduction/4/obj of/11/case schoolgirls/9/nmod ,/4/punct drew/0/root condemnation/13/obj ./13/punct";
    let ev = doc_events(&[kidnapped, abduction], "2024-03-05");
    let mut dates: Vec<Option<&str>> =
        ev.iter().filter(|e| e.action.text == "abduction").map(|e| e.date.as_ref().map(|d| d.value.as_str())).collect();
    dates.sort();
    // The group's abduction of 2014; theirs is not of 2014.
    assert_eq!(dates.iter().filter(|d| **d == Some("2014")).count(), 1, "{ev:?}");
}

#[test]
fn a_range_of_years_leaves_its_event_undated() {
    let ev = doc_events(
        &[
            "A/2/det landmine/3/nsubj exploded/0/root in/5/case Grozny/3/obl on/7/case Monday/3/obl ./3/punct",
            "Russia/2/nsubj fought/0/root a/4/det war/2/obj in/6/case Chechnya/2/obl from/8/case 1994/2/obl to/10/case 1996/8/nmod ./2/punct",
        ],
        "2000-05-10",
    );
    let fought = ev.iter().find(|e| e.action.text.starts_with("fought")).expect("the fighting");
    // Not the Monday of the landmine: no year holds 1994 to 1996 (GUIDELINES §6.4).
    assert_eq!(fought.date, None, "{ev:?}");
}

#[test]
fn the_previous_year_counts_from_the_year_the_sentence_names() {
    let seized = "France/2/nsubj intervened/0/root in/4/case Mali/2/obl in/6/case January/2/obl 2013/6/nummod to/9/mark drive/2/advcl out/9/compound:prt fighters/9/obj who/14/nsubj had/14/aux seized/11/acl:relcl the/16/det north/14/obj the/19/det previous/19/amod year/14/obl:tmod ./2/punct";
    let ev = doc_events(&[seized], "2016-02-02");
    assert_eq!(date_of(&ev, "seized"), Some("2012"), "{ev:?}");
}

#[test]
fn an_undated_lead_takes_the_first_of_days_named_as_often() {
    // Published Wednesday 2024-02-14: Saturday (the lead's attack) and Monday (a later item) are
    // each named once; the lead is the story's news, not the last day it mentions.
    let ev = doc_events(
        &[
            "Rebels/2/nsubj killed/0/root six/4/nummod villagers/2/obj ./2/punct",
            "The/2/det attack/3/nsubj happened/0/root on/5/case Saturday/3/obl ./3/punct",
            "Police/2/nsubj arrested/0/root two/4/nummod men/2/obj on/6/case Monday/2/obl ./2/punct",
        ],
        "2024-02-14",
    );
    assert_eq!(date_of(&ev, "killed"), Some("2024-02-10"));
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02-12"));
}

#[test]
fn a_count_on_the_after_clause_dates_that_clause_before_the_one_it_modifies() {
    // "bombed positions on Wednesday, a day after the rebels raided a camp": "a day" hangs on "raided".
    let ev = doc_events(
        &["Jets/2/nsubj bombed/0/root positions/2/obj on/5/case Wednesday/2/obl ,/8/punct a/8/det day/11/obl:unmarked after/11/mark rebels/11/nsubj raided/2/advcl a/13/det camp/11/obj ./2/punct"],
        "2008-09-11",
    );
    assert_eq!(date_of(&ev, "bombed"), Some("2008-09-10"));
    assert_eq!(date_of(&ev, "raided"), Some("2008-09-09"));
}

#[test]
fn the_day_after_counts_one_day() {
    // "The kidnapping took place Sunday, the day after rebels blew up three towers": Saturday.
    let ev = doc_events(
        &["Gunmen/2/nsubj kidnapped/0/root workers/2/obj on/5/case Sunday/2/obl ,/8/punct the/8/det day/2/obl:unmarked after/11/mark rebels/11/nsubj attacked/8/acl a/13/det town/11/obj ./2/punct"],
        "2008-09-10",
    );
    assert_eq!(date_of(&ev, "kidnapped"), Some("2008-09-07"));
    assert_eq!(date_of(&ev, "attacked"), Some("2008-09-06"));
}

#[test]
fn a_headline_incident_takes_the_date_of_the_leads_incident() {
    // "Troops Attack Villagers" / "Troops attacked a village on Sunday." / "Police arrested two men on
    // Tuesday.": the headline tells the lead's Sunday attack, not the story's news of Tuesday.
    let headline = "Troops/2/nsubj Attack/0/root Villagers/2/obj";
    let lead = "Troops/2/nsubj attacked/0/root a/4/det village/2/obj on/6/case Sunday/2/obl ./2/punct";
    let later = "Police/2/nsubj arrested/0/root two/4/nummod men/2/obj on/6/case Tuesday/2/obl ./2/punct";
    let ev = doc_events(&[headline, lead, later], "2024-02-13");
    assert_eq!(date_of(&ev, "arrested"), Some("2024-02-13"));
    assert_eq!(date_of(&ev, "Attack"), Some("2024-02-11"));
    // A lead that its sentence does not date says nothing more than the story's day.
    let undated = "Troops/2/nsubj attacked/0/root a/4/det village/2/obj ./2/punct";
    let ev = doc_events(&[headline, undated, later], "2024-02-13");
    assert_eq!(date_of(&ev, "Attack"), Some("2024-02-13"));
}

#[test]
fn a_later_sentence_goes_on_with_the_day_that_dated_an_event() {
    // "Gunmen killed a candidate on Tuesday ahead of Sunday's elections. His bodyguards killed the
    // gunman.": Tuesday, not the day of the elections, which dates no event.
    let first = "Gunmen/2/nsubj killed/0/root a/4/det candidate/2/obj on/6/case Tuesday/2/obl ahead/11/case \
                 of/7/fixed Sunday/11/nmod:poss 's/9/case elections/2/obl ./2/punct";
    let second = "His/2/nmod:poss bodyguards/3/nsubj shot/0/root the/5/det gunman/3/obj ./3/punct";
    let ev = doc_events(&[first, second], "2024-05-29");
    assert_eq!(date_of(&ev, "killed"), Some("2024-05-28"));
    assert_eq!(date_of(&ev, "shot"), Some("2024-05-28"));
}

#[test]
fn a_when_clause_dates_the_undated_events_it_hangs_on() {
    // "Gunmen killed ten people and took hostages when they stormed the town on October 7."
    let ev = doc_events(
        &["Gunmen/2/nsubj killed/0/root ten/4/nummod people/2/obj and/6/cc took/2/conj hostages/6/obj when/10/advmod they/10/nsubj stormed/6/advcl the/12/det town/10/obj on/15/case October/15/nmod:unmarked 7/10/obl ./2/punct"],
        "2023-10-16",
    );
    assert_eq!(date_of(&ev, "killed"), Some("2023-10-07"), "{ev:?}");
    assert_eq!(date_of(&ev, "took hostages"), Some("2023-10-07"), "{ev:?}");
}
