//! Whole-document extraction with the tiny random joint model (crates/models/tests/data/tiny-joint):
//! segmentation, the model, every extraction stage. Every record's evidence offsets point at its sentence in
//! the text, and every quoted field is text of the document.
#![no_main]
use casus_pipeline::{DateSources, ModelStage, Outcome, Pipeline, RawDoc};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/models/tests/data/tiny-joint");
        let stage = ModelStage::load(&dir).expect("the tiny model loads");
        let dates = DateSources { default: Some("2024-02-15".into()), ..DateSources::default() };
        Pipeline::new(Some(Box::new(stage)), dates)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let raw = RawDoc { id: "f".into(), text: text.to_string(), published: None, title: None };
    for outcome in pipeline().process(vec![Ok(raw)]) {
        let Outcome::Done { events, .. } = outcome else { continue };
        for e in events {
            let sentence: String =
                text.chars().skip(e.evidence.start).take(e.evidence.end - e.evidence.start).collect();
            assert_eq!(sentence, e.evidence.sentence);
            assert!(e.evidence.sentence.contains(&e.action.text), "{e:?}");
            for party in [&e.actor, &e.target, &e.source].into_iter().flatten() {
                assert!(text.contains(&party.text), "{e:?}");
            }
            for c in [&e.casualties.killed, &e.casualties.injured].into_iter().flatten() {
                assert!(text.contains(&c.text), "{e:?}");
            }
        }
    }
});
