//! `--ner-model DIR` (ModelStage::with_ner_model): a Hugging Face token classifier's entities replace the
//! main model's, which still gives the parse. With the `torch` feature, on models/tiny-bert (a random
//! BERT) over the tiny joint model; without it, loading one is an error that says how to build casus.
use casus_pipeline::ModelStage;
use std::path::PathBuf;

fn dir(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[cfg(feature = "torch")]
const TEXT: &str = "John Smith lives in New York. Azerbaijani forces fired on Armenian positions near Nerkin Hand.";

#[cfg(feature = "torch")]
#[test]
fn the_ner_models_entities_replace_the_models() {
    use casus_core::Document;
    use casus_models::SentenceModel;
    use casus_pipeline::Annotator;
    let joint = dir("../models/tests/data/tiny-joint");
    let stage = ModelStage::load(&joint).unwrap().with_ner_model(&dir("../../models/tiny-bert")).unwrap();
    assert!(stage.name().contains("(entities: tiny-bert)"), "{}", stage.name());
    let mut doc = Document::new("t", TEXT, None, None).unwrap();
    let mut sentences: Vec<&mut casus_core::Sentence> = doc.sentences.iter_mut().collect();
    stage.annotate(&mut sentences).unwrap();
    // The same batch as the stage's call: libtorch pads a batch to its longest sentence, and on some
    // CPUs padding moves a score's last bits, so a sentence tagged alone is not the comparison.
    let tagger = casus_models::BertTokenTagger::load(&dir("../../models/tiny-bert")).unwrap();
    let words: Vec<Vec<&str>> =
        doc.sentences.iter().map(|s| s.tokens.iter().map(|t| t.text.as_str()).collect()).collect();
    let expected = tagger.analyze(&words).unwrap();
    assert_eq!(expected.len(), doc.sentences.len());
    for (s, e) in doc.sentences.iter().zip(&expected) {
        assert_eq!(s.entities, e.entities, "entities are the NER model's");
        assert!(s.parse.is_some(), "the main model still parses");
    }
    assert!(doc.sentences.iter().any(|s| !s.entities.is_empty()), "the random model tags something here");
}

#[cfg(not(feature = "torch"))]
#[test]
fn without_torch_a_ner_model_is_an_error_that_says_how_to_build() {
    let joint = dir("../models/tests/data/tiny-joint");
    let err = ModelStage::load(&joint).unwrap().with_ner_model(&dir("../../models/tiny-bert")).err().unwrap();
    let msg = err.to_string();
    assert!(msg.contains("tiny-bert") && msg.contains("--features torch"), "{msg}");
}
