//! Tests of undated violence in a story that dates its news: two acts of one undated sentence tell
//! one time, two undated sentences may tell two.
use super::tests::{info, told};
use super::*;

/// Two violent acts of sentence `no` of a dated story, undated and of no named party.
fn undated_pair(no: (usize, usize), codes: (&str, &str), text: &str) -> Vec<EventInfo> {
    let mut events =
        vec![told(info("d", no.0, codes.0, None, None), text), told(info("d", no.1, codes.1, None, None), text)];
    for e in &mut events {
        e.date = None;
        e.trigger = e.code.clone();
    }
    events
}

#[test]
fn two_acts_of_one_undated_sentence_are_one_time() {
    let opts = Options::default();
    let sentences = [
        (("190", "190"), "a clearance operation has been going on for hours with frequent exchange of fire"),
        (("195", "190"), "troops shelled rebel positions as fighting raged around the town"),
        (("183", "180"), "a suicide bomber blew himself up at the gate and gunmen then stormed the compound"),
    ];
    for (codes, text) in sentences {
        let events = undated_pair((4, 4), codes, text);
        assert!(events[0].story_dated && compatible(&events[0], &events[1], &opts));
        assert_eq!(group(&events, &opts), vec![vec![0, 1]], "{text}");
    }
}

#[test]
fn undated_acts_of_two_sentences_of_a_dated_story_stay_apart() {
    let opts = Options::default();
    // A story's undated background ("the army has fought the rebels for years") is not its other
    // undated acts: without a party, a place or a toll in common, two sentences say too little.
    let mut events = undated_pair((4, 9), ("190", "190"), "fighting raged in the hills");
    events[1] = told(events[1].clone(), "the army has battled the insurgents for years");
    assert_eq!(group(&events, &opts), vec![vec![0], vec![1]]);
    // In a story that dates nothing, both are its one day's news.
    let mut undated_story = events.clone();
    for e in &mut undated_story {
        e.story_dated = false;
    }
    assert_eq!(score(&undated_story[0], &undated_story[1], &opts), score(&events[0], &events[1], &opts) + 1);
}
