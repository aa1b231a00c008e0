//! Property: in every record, the evidence offsets are char offsets of its sentence in the document text,
//! the trigger is text of that sentence, and every quoted party, date, place and casualty is text of the
//! document. Texts are built from news words, numbers, dates, quotes, line breaks and multi-byte characters
//! and run through the whole pipeline with the tiny random joint model (crates/models/tests/data/tiny-joint).
use casus_core::Event;
use casus_pipeline::{DateSources, ModelStage, Outcome, Pipeline, RawDoc};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models/tests/data/tiny-joint");
        let stage = ModelStage::load(&dir).unwrap_or_else(|e| panic!("loading tiny-joint: {e}"));
        let dates = DateSources { default: Some("2024-02-15".into()), ..DateSources::default() };
        Pipeline::new(Some(Box::new(stage)), dates)
    })
}

const WORDS: &[&str] = &[
    "Azerbaijani",
    "forces",
    "fired",
    "on",
    "Armenian",
    "positions",
    "near",
    "Nerkin",
    "Hand",
    "killing",
    "four",
    "soldiers",
    ",",
    ".",
    "said",
    "the",
    "ministry",
    "on Tuesday",
    "Feb. 13",
    "at least 12",
    "civilians",
    "were",
    "killed",
    "and",
    "injured",
    "\n\n",
    "“",
    "”",
    "\"",
    "Kyiv’s",
    "Zürich",
    "😀",
    "—",
    "20,000,000,000 billion",
    "U.S.",
    "Ukraine",
    "Russia",
    "attacked",
    "shelled",
    "dozens",
    "in 2020",
    "last week",
    "according to",
    "Baku",
    "denied",
    "(",
    ")",
    "\u{feff}",
    "\u{200b}",
    "Mr.",
    "Putin",
    "troops",
    "clashed",
    "with",
    "rebels",
    "\t",
];

fn text() -> impl Strategy<Value = String> {
    let word = prop_oneof![4 => prop::sample::select(WORDS).prop_map(str::to_string), 1 => "[a-zA-Zéü0-9]{1,9}"];
    prop::collection::vec(word, 1..160).prop_map(|ws| ws.join(" "))
}

fn events(text: &str) -> Vec<Event> {
    let raw = RawDoc { id: "p".into(), text: text.to_string(), published: None, title: None };
    match pipeline().process(vec![Ok(raw)]).pop() {
        Some(Outcome::Done { events, .. }) => events,
        _ => Vec::new(),
    }
}

fn check(text: &str, events: &[Event]) {
    let chars: Vec<char> = text.chars().collect();
    for e in events {
        let ev = &e.evidence;
        assert!(ev.start < ev.end && ev.end <= chars.len(), "{ev:?} in a text of {} chars", chars.len());
        assert_eq!(chars[ev.start..ev.end].iter().collect::<String>(), ev.sentence, "{text:?}");
        assert!(ev.sentence.contains(&e.action.text), "{e:?}");
        let quoted = [&e.actor, &e.target, &e.source].into_iter().flatten().map(|p| p.text.as_str());
        let quoted = quoted
            .chain(e.date.iter().map(|d| d.text.as_str()))
            .chain(e.location.iter().map(|l| l.text.as_str()))
            .chain([&e.casualties.killed, &e.casualties.injured].into_iter().flatten().map(|c| c.text.as_str()));
        for q in quoted {
            assert!(text.contains(q), "{q:?} is not in {text:?}");
        }
    }
}

#[test]
fn the_generator_gives_events() {
    let text = "Azerbaijani forces fired on Armenian positions near Nerkin Hand on Tuesday , killing four soldiers .";
    let found = events(text);
    assert!(!found.is_empty(), "the property below must see records");
    check(text, &found);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn offsets_point_into_the_text(text in text()) {
        check(&text, &events(&text));
    }
}
