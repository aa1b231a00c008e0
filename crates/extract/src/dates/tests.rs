use super::*;
use crate::numbers::words::test_tokens::{all, ud};

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// (quoted text, value) of every date of `text`, the same under every tokenizer.
fn dates(text: &str, anchor: Option<NaiveDate>) -> Vec<(String, String)> {
    let run = |toks: &[Token]| -> Vec<(String, String)> {
        find_dates(toks, anchor)
            .into_iter()
            .map(|m| {
                (
                    text[toks[m.tokens.start].bytes.start..toks[m.tokens.end - 1].bytes.end].to_string(),
                    m.schema_value().to_string(),
                )
            })
            .collect()
    };
    let [a, b, c] = all(text).map(|t| run(&t));
    assert_eq!(a, b, "core and UD tokenizers disagree on {text:?}");
    assert_eq!(a, c, "core and plain tokenizers disagree on {text:?}");
    a
}

fn value(text: &str, anchor: Option<NaiveDate>) -> Option<String> {
    dates(text, anchor).into_iter().next().map(|(_, v)| v)
}

fn pair(t: &str, v: &str) -> (String, String) {
    (t.to_string(), v.to_string())
}

#[test]
fn dates_month_day_news_style() {
    assert_eq!(
        dates("On Feb. 13, Armenia's defense ministry said", ymd(2024, 2, 13)),
        vec![pair("On Feb. 13", "2024-02-13")]
    );
    assert_eq!(value("on February 13", ymd(2024, 2, 14)).as_deref(), Some("2024-02-13"));
    assert_eq!(
        value("deadly violence that began March 6 in Syria's coastal region", ymd(2025, 3, 14)).as_deref(),
        Some("2025-03-06")
    );
    assert_eq!(value("on April 2nd", ymd(2024, 4, 5)).as_deref(), Some("2024-04-02"));
}

#[test]
fn dates_month_day_year() {
    assert_eq!(value("near Terter, Azerbaijan, on Oct. 23, 2020.", None).as_deref(), Some("2020-10-23"));
    assert_eq!(value("it was signed on November 9, 2020, in Moscow", None).as_deref(), Some("2020-11-09"));
    assert_eq!(value("the offensive on Sept. 27, 2023, ended", None).as_deref(), Some("2023-09-27"));
}

#[test]
fn dates_day_month_european_style() {
    assert_eq!(value("on 13 February 2024", None).as_deref(), Some("2024-02-13"));
    assert_eq!(value("on 13 February", ymd(2024, 2, 14)).as_deref(), Some("2024-02-13"));
    assert_eq!(value("on the 12th of September", ymd(2022, 9, 14)).as_deref(), Some("2022-09-12"));
    assert_eq!(dates("signed on 17 September.", ymd(2020, 9, 20)), vec![pair("on 17 September", "2020-09-17")]);
}

#[test]
fn dates_numeric() {
    assert_eq!(value("Adam Morrow 2/13/2024 Updated:", None).as_deref(), Some("2024-02-13"));
    assert_eq!(value("published 2024-02-13 at noon", None).as_deref(), Some("2024-02-13"));
    assert_eq!(value("dated 13/2/2024", None).as_deref(), Some("2024-02-13"), "day first when it cannot be a month");
    assert_eq!(value("dated 2/14/24", None).as_deref(), Some("2024-02-14"));
    assert_eq!(value("the 2024-02 report", None).as_deref(), Some("2024-02"));
}

#[test]
fn dates_months_and_years() {
    assert_eq!(value("clashes in September 2023 killed", None).as_deref(), Some("2023-09"));
    assert_eq!(dates("In 2020, the two countries fought a major war", None), vec![pair("In 2020", "2020")]);
    assert_eq!(value("by mid-2018", None).as_deref(), Some("2018"));
    assert_eq!(value("in late January", ymd(2025, 3, 14)).as_deref(), Some("2025-01"));
    assert_eq!(value("last September", ymd(2025, 9, 20)).as_deref(), Some("2024-09"));
}

#[test]
fn dates_decades() {
    assert_eq!(
        dates("since the collapse of the Soviet Union in the early 1990s.", None),
        vec![pair("in the early 1990s", "1990")]
    );
    assert_eq!(find_dates(&ud("a first war in the 1990s"), None)[0].precision, Precision::Decade);
    assert_eq!(value("in the mid-1990s", None).as_deref(), Some("1990"));
    // a century, like a decade, has no date of the schema's precisions
    let c = find_dates(&ud("life under the occupation in the early 20th century"), None);
    assert_eq!(c.iter().map(|d| d.precision).collect::<Vec<_>>(), [Precision::Decade]);
    let c = find_dates(&ud("annexed during the 19th and early 20th centuries"), None);
    assert_eq!(c.iter().map(|d| d.precision).collect::<Vec<_>>(), [Precision::Decade]);
    assert!(find_dates(&ud("the 20th anniversary"), None).is_empty());
}

#[test]
fn dates_seasons() {
    assert_eq!(
        dates("a conflict broke out for six weeks in the fall of 2020.", None),
        vec![pair("in the fall of 2020", "2020")]
    );
    assert_eq!(value("in the summer of 2014", None).as_deref(), Some("2014"));
    assert_eq!(value("since spring 2021", None).as_deref(), Some("2021"));
}

#[test]
fn dates_years_before_a_noun() {
    assert_eq!(dates("over the 2004 bombing of a French military base", None), vec![pair("2004", "2004")]);
    assert_eq!(value("after the 2020 Nagorno-Karabakh war", None).as_deref(), Some("2020"));
    assert_eq!(dates("The November 9, 2020 agreement", None), vec![pair("November 9, 2020", "2020-11-09")]);
    assert_eq!(dates("since taking power in a 2003 coup", None), vec![pair("2003", "2003")]);
    assert_eq!(dates("resembling the group's 2014 abduction of schoolgirls", None), vec![pair("2014", "2014")]);
    assert_eq!(dates("Russia’s 2022 invasion", None), vec![pair("2022", "2022")]);
    assert_eq!(value("cuts to its 2020 budget", None).as_deref(), Some("2020"));
}

#[test]
fn dates_prepositions_are_reported() {
    let since = find_dates(&ud("Since 2009, hundreds of people have been killed"), None);
    assert_eq!(
        (since[0].value.as_str(), since[0].prep.as_deref(), since[0].tokens.clone()),
        ("2009", Some("since"), 1..2)
    );
    let on = find_dates(&ud("fired on Tuesday"), ymd(2024, 2, 13));
    assert_eq!((on[0].prep.as_deref(), on[0].tokens.clone(), on[0].relative), (Some("on"), 1..3, true));
}

#[test]
fn dates_weekdays_resolve_to_the_latest_on_or_before_the_anchor() {
    let tue = ymd(2024, 2, 13); // a Tuesday
    assert_eq!(value("on Friday, Karabakh authorities reported", tue).as_deref(), Some("2024-02-09"));
    assert_eq!(value("Monday's attack", tue).as_deref(), Some("2024-02-12"));
    assert_eq!(value("on Tuesday", tue).as_deref(), Some("2024-02-13"), "the anchor's own weekday is the anchor");
    // VOA, published Friday 2025-03-14: "announcing on social media Friday", "killed Thursday"
    let fri = ymd(2025, 3, 14);
    assert_eq!(value("announcing on social media Friday that", fri).as_deref(), Some("2025-03-14"));
    assert_eq!(value("al-Rufay'i was killed Thursday in an airstrike", fri).as_deref(), Some("2025-03-13"));
}

#[test]
fn dates_weekdays_with_a_part_of_the_day() {
    let tue = ymd(2024, 2, 13);
    assert_eq!(
        dates("Tuesday morning, fire by the Azerbaijani armed forces", tue),
        vec![pair("Tuesday morning", "2024-02-13")]
    );
    assert_eq!(
        dates("a provocation committed Monday evening according to Baku", tue),
        vec![pair("Monday evening", "2024-02-12")]
    );
    assert_eq!(dates("clashes broke out late Sunday night", tue), vec![pair("late Sunday night", "2024-02-11")]);
}

#[test]
fn dates_last_and_next_weekday() {
    let tue = ymd(2024, 2, 13);
    assert_eq!(value("last Tuesday", tue).as_deref(), Some("2024-02-06"));
    assert_eq!(value("last Monday", tue).as_deref(), Some("2024-02-12"));
    assert_eq!(value("talks next Tuesday", tue).as_deref(), Some("2024-02-20"));
}

#[test]
fn dates_a_named_weekday_is_no_day() {
    let thu = ymd(1998, 8, 20);
    assert_eq!(value("a splinter group opposed to the Good Friday peace agreement", thu), None);
    assert_eq!(value("the anniversary of Bloody Sunday", thu), None);
    // a weekday alone is still a day, and so is a holiday named as the day
    assert_eq!(value("the rebels attacked on Friday", thu).as_deref(), Some("1998-08-14"));
    let fri = ymd(2012, 4, 6);
    assert_eq!(value("On Good Friday, gunmen attacked a church", fri).as_deref(), Some("2012-04-06"));
}

#[test]
fn dates_weekdays_need_an_anchor() {
    assert_eq!(value("on Tuesday", None), None);
    assert_eq!(value("Tuesday morning", None), None);
}

#[test]
fn dates_explicit_date_next_to_a_weekday_wins() {
    assert_eq!(
        dates("accused each other of new border bombings on Monday (November 7th), ahead of talks", ymd(2022, 11, 8)),
        vec![pair("on Monday (November 7th)", "2022-11-07")]
    );
    assert_eq!(
        value("Moscow on Saturday (March 26) accused Azerbaijan", ymd(2022, 3, 28)).as_deref(),
        Some("2022-03-26")
    );
    assert_eq!(
        dates("The two countries accused each other on Tuesday February 13 of shooting", ymd(2024, 2, 14)),
        vec![pair("on Tuesday February 13", "2024-02-13")]
    );
    assert_eq!(value("on Tuesday, Feb. 13, 2024", None).as_deref(), Some("2024-02-13"));
}

#[test]
fn dates_nights_across_two_days_give_the_end_day() {
    let tue = ymd(2022, 9, 13);
    assert_eq!(
        dates("Clashes broke out overnight from Sunday to Monday", tue),
        vec![pair("overnight from Sunday to Monday", "2022-09-12")]
    );
    assert_eq!(
        dates("during the night of Monday 12 to Tuesday 13 September", tue),
        vec![pair("during the night of Monday 12 to Tuesday 13 September", "2022-09-13")]
    );
    assert_eq!(value("in the night from Saturday to Sunday", tue).as_deref(), Some("2022-09-11"));
    assert_eq!(
        dates("shelled on the night of 12 to 13 September", tue),
        vec![pair("on the night of 12 to 13 September", "2022-09-13")]
    );
    assert_eq!(value("during the night of Monday 12 to Tuesday 13 September", None), None, "no year, no anchor");
}

#[test]
fn dates_relative_days() {
    let fri = ymd(2025, 3, 14);
    assert_eq!(value("where our soldiers were fired upon yesterday", fri).as_deref(), Some("2025-03-13"));
    assert_eq!(value("Today the fugitive leader was killed", fri).as_deref(), Some("2025-03-14"));
    assert_eq!(dates("yesterday evening", fri), vec![pair("yesterday evening", "2025-03-13")]);
    assert_eq!(value("the day before yesterday", fri).as_deref(), Some("2025-03-12"));
    assert_eq!(value("yesterday", None), None);
}

#[test]
fn dates_ago() {
    let fri = ymd(2025, 3, 14);
    assert_eq!(value("a week ago", fri).as_deref(), Some("2025-03-07"));
    assert_eq!(value("three days ago", fri).as_deref(), Some("2025-03-11"));
    assert_eq!(value("six weeks ago", fri).as_deref(), Some("2025-01"));
    assert_eq!(value("two years ago", fri).as_deref(), Some("2023"));
}

#[test]
fn dates_months_and_years_relative_to_the_anchor() {
    let fri = ymd(2025, 3, 14);
    assert_eq!(
        dates("Earlier this month, a female suicide bomber detonated", fri),
        vec![pair("Earlier this month", "2025-03")]
    );
    assert_eq!(value("Last month, BLA insurgents ambushed a bus", fri).as_deref(), Some("2025-02"));
    assert_eq!(value("last month", ymd(2025, 1, 10)).as_deref(), Some("2024-12"));
    assert_eq!(value("terrorism deaths last year", fri).as_deref(), Some("2024"));
    assert_eq!(dates("since late last year", fri), vec![pair("late last year", "2024")]);
}

#[test]
fn dates_a_part_of_the_current_period() {
    let wed = ymd(2025, 3, 12);
    assert_eq!(
        dates("Since the beginning of the year, the group has stepped up attacks", wed),
        vec![pair("the beginning of the year", "2025")]
    );
    assert_eq!(value("fighting since the start of the month", wed).as_deref(), Some("2025-03"));
    // A part the anchor has not reached is a period to come or a past one's: in March, "the end of
    // the year" is no date; in December it is this year.
    assert_eq!(value("troops will leave by the end of the year", wed), None);
    assert_eq!(value("At the end of the year, rebels attacked the town", wed), None);
    assert_eq!(value("troops will leave by the end of the year", ymd(2025, 12, 20)).as_deref(), Some("2025"));
    // Monday 10 to Sunday 16 March: its end (the last 15 %) is reached on Sunday 16.
    assert_eq!(value("talks at the end of the week", wed), None);
    assert_eq!(value("talks at the end of the week", ymd(2025, 3, 16)).as_deref(), Some("2025-03"));
    // A year of its own is the phrase's date, not the anchor's.
    assert_ne!(value("since the beginning of the year 2023", wed).as_deref(), Some("2025"));
    // A part of another period ("the end of the war") is no date; "the end of last year" is last year.
    assert_eq!(dates("since the end of the war", wed), vec![]);
    assert_eq!(value("at the end of last year", wed).as_deref(), Some("2024"));
    // The anchor's period only: without an anchor, nothing.
    assert_eq!(dates("since the beginning of the year", None), vec![]);
}

#[test]
fn dates_weeks_give_the_unit_that_contains_them() {
    let fri = ymd(2025, 3, 14);
    assert_eq!(value("erupted again this week", fri).as_deref(), Some("2025-03"));
    assert_eq!(value("released last week", fri).as_deref(), Some("2025-03"));
    // last week of Tuesday 2025-03-04 runs from Feb. 24 to Mar. 2: only the year is sure
    assert_eq!(value("released last week", ymd(2025, 3, 4)).as_deref(), Some("2025"));
    assert_eq!(value("last week", ymd(2025, 1, 8)), None, "Dec. 30 to Jan. 5 straddles two years");
    assert_eq!(value("in recent days", fri).as_deref(), Some("2025-03"));
    // "several days" reach back up to a week: from Mar. 3 (Monday) it crosses into February.
    assert_eq!(value("fighting of the last several days", fri).as_deref(), Some("2025-03"));
    assert_eq!(value("over the past several days", ymd(2025, 3, 3)).as_deref(), Some("2025"));
    assert_eq!(value("over the weekend", fri).as_deref(), Some("2025-03"));
}

#[test]
fn dates_counted_spans_up_to_the_anchor_give_the_unit_that_holds_them() {
    let mon = ymd(2009, 5, 11);
    assert_eq!(value("killed 200 militants in the past four days", mon).as_deref(), Some("2009-05"));
    assert_eq!(value("in the last 48 hours", mon).as_deref(), Some("2009-05"));
    // two weeks back from May 11 reach into April: only the year holds them
    assert_eq!(value("over the past two weeks", mon).as_deref(), Some("2009"));
    assert_eq!(value("in the past three years", mon), None, "a span across years dates nothing");
    assert_eq!(value("the past four days", None), None);
    // "Earlier in the week": the seven days up to the anchor
    assert_eq!(value("Earlier in the week, rebels attacked Hinche", mon).as_deref(), Some("2009-05"));
}

#[test]
fn dates_without_a_year_take_the_latest_year_up_to_the_anchor() {
    assert_eq!(value("on Dec. 28", ymd(2025, 1, 3)).as_deref(), Some("2024-12-28"));
    assert_eq!(value("talks on Jan. 5", ymd(2025, 1, 3)).as_deref(), Some("2025-01-05"), "a few days ahead stays");
    assert_eq!(value("on March 10", ymd(2025, 2, 14)).as_deref(), Some("2024-03-10"));
    assert_eq!(value("In September, fighting left 286 dead", ymd(2022, 11, 8)).as_deref(), Some("2022-09"));
    assert_eq!(value("Feb. 13", None), None);
}

#[test]
fn dates_ranges_give_the_unit_that_holds_them() {
    let a = ymd(2022, 3, 28);
    assert_eq!(
        dates("fighting between March 24 and 25 near Farukh", a),
        vec![pair("between March 24 and 25", "2022-03")]
    );
    // A range of days is the month that holds it (GUIDELINES §6.4).
    assert_eq!(value("on March 24-25", a).as_deref(), Some("2022-03"));
    assert_eq!(value("on 24-25 March", a).as_deref(), Some("2022-03"));
    assert_eq!(value("on Nov. 20 and 21", a).as_deref(), Some("2021-11"));
    assert_eq!(value("on Wednesday and Thursday", a).as_deref(), Some("2022-03"));
    assert_eq!(value("on March 31 and April 1", a).as_deref(), Some("2022"));
    // A night across two days is dated to its end day (GUIDELINES §6.3).
    assert_eq!(value("late Saturday and early Sunday", a).as_deref(), Some("2022-03-27"));
    assert_eq!(value("between 2020 and 2022", None).as_deref(), Some("2020"));
}

#[test]
fn dates_range_start_takes_the_year_of_its_end() {
    assert_eq!(value("from Feb. 12 to Feb. 14, 2024", None).as_deref(), Some("2024-02"));
    // across a year's end no unit holds the range: its start
    assert_eq!(value("from Dec. 30 to Jan. 2, 2024", None).as_deref(), Some("2023-12-30"));
}

#[test]
fn dates_not_dates() {
    let a = ymd(2024, 2, 13);
    for s in [
        "May God protect them",
        "troops march toward the city",
        "2 000 Russian blue helmets deployed",
        "the Global Terrorism Index 2025 released",
        "killed 30 terrorists",
        "The Sun reported",
        "the 2000 soldiers",
        "their 1500 fighters",
        "a 2000 Russian convoy",
        "a 2000 strong rebel force",
        "killing a 2000 year old monk",
        "a 24-hour ceasefire",
    ] {
        assert_eq!(dates(s, a), vec![], "{s}");
    }
}

#[test]
fn dates_to_the_schema_object() {
    let doc = casus_core::Document::new("d", "On Feb. 13, the ministry said.", ymd(2024, 2, 14), None).unwrap();
    let s = &doc.sentences[0];
    let d = find_dates(&s.tokens, doc.published)[0].to_date_ref(&doc, s);
    assert_eq!((d.text.as_str(), d.value.as_str()), ("On Feb. 13", "2024-02-13"));
}

#[test]
fn dates_ago_beyond_any_calendar_give_nothing() {
    // "-7 * n" overflowed (a panic in debug builds, a wrong date in release) and years went negative.
    let fri = ymd(2025, 3, 14);
    assert_eq!(value("9223372036854775807 weeks ago", fri), None);
    assert_eq!(value("3000000000 years ago", fri), None);
    assert_eq!(value("5000 years ago", fri), None, "year 0 and before cannot be written");
    assert_eq!(value("20 years ago", fri).as_deref(), Some("2005"));
}

#[test]
fn counts_of_units_move_a_date_as_precisely_as_they_tell() {
    // One helper serves "three weeks ago" and "three weeks after the attack".
    let fri = ymd(2025, 3, 14).unwrap();
    let day = |d| Some(Res::Day(ymd(2025, 3, d).unwrap()));
    assert_eq!(Unit::of("weeks"), Some(Unit::Week));
    assert_eq!(Unit::of("fortnight"), None);
    assert_eq!(count_from(fri, -2, Unit::Day), day(12));
    assert_eq!(count_from(fri, 1, Unit::Week), day(21));
    assert_eq!(count_from(fri, -3, Unit::Week), Some(Res::Month(2025, 2)));
    assert_eq!(count_from(fri, 2, Unit::Month), Some(Res::Month(2025, 5)));
    assert_eq!(count_from(fri, -1, Unit::Year), Some(Res::Year(2024)));
    assert_eq!(count_from(fri, 3, Unit::Hour), None, "hours are the caller's to place");
}

#[test]
fn days_counted_from_the_story_are_marked_and_recounted() {
    let thu = ymd(2024, 2, 15);
    let toks = crate::numbers::words::test_tokens::core("The rebels had warned a day earlier.");
    let mut found = find_dates(&toks, thu);
    let back = Story { n: -1, unit: Unit::Day, some: false };
    assert_eq!((found[0].value.as_str(), found[0].story), ("2024-02-14", Some(back)));
    assert!(found[0].from_story_day("2024-02-13"));
    assert_eq!(found[0].value, "2024-02-12");
    assert!(found[0].from_story_day("2024-02"));
    assert_eq!((found[0].value.as_str(), found[0].precision), ("2024-02", Precision::Month));
    // "the day before yesterday" counts from the anchor, not the story.
    let toks = crate::numbers::words::test_tokens::core("It happened the day before yesterday.");
    assert_eq!(find_dates(&toks, thu)[0].story, None);
    // Counted from the publication day (Thursday) it would be Friday, after it: Thursday at the latest.
    assert_eq!(value("the following day", thu).as_deref(), Some("2024-02-15"));
}

#[test]
fn counts_later_or_earlier_than_the_story_day() {
    let later = |text: &str, day: &str| {
        let toks = crate::numbers::words::test_tokens::core(text);
        let mut d = find_dates(&toks, ymd(2025, 3, 13)).into_iter().next()?;
        d.from_story_day(day).then_some(d.value)
    };
    assert_eq!(later("Two days later, troops withdrew.", "2025-03-05").as_deref(), Some("2025-03-07"));
    assert_eq!(later("Three weeks earlier, troops withdrew.", "2025-03-05").as_deref(), Some("2025-02"));
    // some days after a month may fall in the next: the year; a fixed count stays in the month
    assert_eq!(later("Days later, a bomb killed 11 miners.", "2025-02").as_deref(), Some("2025"));
    assert_eq!(later("Days earlier, a bomb killed 11 miners.", "2025-02").as_deref(), Some("2025"));
    let some_days = Story { n: 1, unit: Unit::Day, some: true };
    assert_eq!(some_days.counted_on("2024-12"), None, "may be next year");
    assert_eq!(some_days.counted_on("2024"), None);
    assert_eq!(later("A week later, troops withdrew.", "2023-12").as_deref(), Some("2023-12"));
    // Counted from December or January "days later/earlier" may cross the year: no date, not the
    // publication day's count (2025-03).
    assert_eq!(later("Days later, rebels attacked the town.", "2024-12"), None);
    assert_eq!(later("Days earlier, rebels attacked the town.", "2025-01"), None);
    assert_eq!(later("Days earlier, rebels attacked the town.", "2024-01-02").as_deref(), None);
    assert_eq!(later("Days later, a bomb killed 11 miners.", "2025-03-05").as_deref(), Some("2025-03"));
    assert_eq!(later("Hours later, a bomb exploded.", "2025-03-05").as_deref(), Some("2025-03-05"));
    assert_eq!(later("The day later, nothing.", "2025-03-05"), None, "no count, no plural: no date");
    assert_eq!(later("Months later, nothing.", "2025-03-05"), None, "some months: too vague");
    assert_eq!(later("Forty-eight hours later, a bomb exploded.", "2025-03-05").as_deref(), Some("2025-03-07"));
    // With no story day, a forward count stops at the publication day (2025-03-13), never after it.
    let toks = crate::numbers::words::test_tokens::core("A week later, troops withdrew.");
    let d = find_dates(&toks, ymd(2025, 3, 13)).into_iter().next().map(|d| d.value);
    assert_eq!(d.as_deref(), Some("2025-03-13"));
    // nor a count in years or months ("nearly five years later" than 2015, told in 2025)
    let toks = crate::numbers::words::test_tokens::core("Five years later, troops withdrew.");
    let d = find_dates(&toks, ymd(2025, 3, 13)).into_iter().next().map(|d| d.value);
    assert_eq!(d.as_deref(), Some("2025"));
}

#[test]
fn overnight_before_a_weekday_is_the_night_after_it() {
    let wed = ymd(2007, 9, 26);
    assert_eq!(value("Overnight Tuesday, police arrested him.", wed).as_deref(), Some("2007-09-26"));
    // in Tuesday's news the night after Tuesday has not come: the night before it
    assert_eq!(value("Overnight Tuesday, police arrested him.", ymd(2007, 9, 25)).as_deref(), Some("2007-09-25"));
    assert_eq!(value("overnight from Sunday to Monday", ymd(2022, 11, 7)).as_deref(), Some("2022-11-07"));
}

#[test]
fn a_bare_overnight_is_the_night_just_ended() {
    let wed = ymd(2013, 7, 24);
    let night = |text: &str| {
        let toks = crate::numbers::words::test_tokens::core(text);
        find_dates(&toks, wed).into_iter().map(|d| (d.value, d.night)).collect::<Vec<_>>()
    };
    assert_eq!(night("Rebels shelled a checkpoint overnight, activists said."), [("2013-07-24".to_string(), true)]);
    assert_eq!(dates("Overnight, jets struck Aleppo.", wed), vec![pair("Overnight", "2013-07-24")]);
    // A day next to it names the night: that day's phrase alone dates it.
    assert_eq!(dates("Clashes went on overnight into Tuesday.", wed), vec![pair("Tuesday", "2013-07-23")]);
    assert_eq!(
        dates("Rebels attacked on Monday night and overnight.", wed),
        vec![pair("on Monday night", "2013-07-22")]
    );
    // No anchor, no night to date.
    assert_eq!(value("Jets struck Aleppo overnight.", None), None);
}

#[test]
fn a_range_of_years_dates_nothing() {
    let toks = crate::numbers::words::test_tokens::core("Russia fought a war in Chechnya from 1994 to 1996.");
    let found = find_dates(&toks, ymd(2000, 5, 10));
    assert_eq!(found.iter().map(|d| d.precision).collect::<Vec<_>>(), [Precision::Decade]);
    let toks = crate::numbers::words::test_tokens::core("Rebels took the town in 1994.");
    assert_eq!(find_dates(&toks, ymd(2000, 5, 10))[0].precision, Precision::Year);
}

#[test]
fn a_previous_year_or_month_counts_from_the_story() {
    let toks = crate::numbers::words::test_tokens::core("They had seized the north the previous year.");
    let mut found = find_dates(&toks, ymd(2016, 2, 2));
    assert_eq!(found[0].value, "2015", "from the publication day until the story's is known");
    assert!(found[0].from_story_day("2013-01"));
    assert_eq!(found[0].value, "2012");
    let toks = crate::numbers::words::test_tokens::core("Fighting had erupted the previous month.");
    let mut found = find_dates(&toks, ymd(2016, 2, 2));
    assert!(found[0].from_story_day("2013-03"));
    assert_eq!(found[0].value, "2013-02");
    // "a year later" than a month is the next year's
    assert_eq!(Story { n: 1, unit: Unit::Year, some: false }.counted_on("2011-03"), Some(Res::Year(2012)));
    // a finer count stays in the month: "a week later" than "the beginning of December"
    assert_eq!(Story { n: 1, unit: Unit::Week, some: false }.counted_on("2023-12"), Some(Res::Month(2023, 12)));
}
