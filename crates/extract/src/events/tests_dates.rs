//! Event dates read from the story rather than the sentence: wars named as a whole.
use super::testing::doc_events;

fn date_of<'e>(events: &'e [casus_core::Event], action: &str) -> Option<&'e str> {
    let e = events.iter().find(|e| e.action.text == action).unwrap_or_else(|| panic!("no {action} in {events:?}"));
    e.date.as_ref().map(|d| d.value.as_str())
}

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
