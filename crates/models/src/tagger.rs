//! [`BertTokenTagger`] (feature `torch`): a plain BERT token classifier directory (Hugging Face layout) run
//! through rust-bert's `TokenClassificationModel` on libtorch (`tch`, weights from `model.safetensors` or
//! `*.ot`). Word labels come from each word's first sub-token. This is the backend of
//! `casus extract --ner-model DIR`: a user's own NER model in place of the joint model's entities.
use crate::{bio, ModelError, SentenceAnalysis, SentenceModel};
use rust_bert::pipelines::common::{ModelResource, ModelType};
use rust_bert::pipelines::token_classification::{
    LabelAggregationOption, TokenClassificationConfig, TokenClassificationModel,
};
use rust_bert::resources::LocalResource;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tch::Device;

/// Weight files libtorch loads, in order of preference.
pub const TCH_WEIGHTS: [&str; 3] = ["model.safetensors", "rust_model.ot", "model.ot"];

/// A BERT token classifier giving word-level labels (entities only, no parse).
pub struct BertTokenTagger {
    /// tch tensors are `Send` but not `Sync`: calls are serialized (libtorch parallelizes inside a call).
    model: Mutex<TokenClassificationModel>,
    name: String,
}

/// A word's label and its probability.
#[derive(Debug, Clone, PartialEq)]
pub struct WordTag {
    pub label: String,
    pub prob: f32,
}

impl BertTokenTagger {
    /// Loads `dir` (config.json with id2label, vocab.txt, and weights: one of [`TCH_WEIGHTS`]).
    pub fn load(dir: &Path) -> Result<BertTokenTagger, ModelError> {
        let need = |name: &str| -> Result<PathBuf, ModelError> {
            let p = dir.join(name);
            p.is_file().then_some(p).ok_or_else(|| ModelError::invalid(dir, format!("{name} is missing")))
        };
        let (config, vocab) = (need("config.json")?, need("vocab.txt")?);
        let weights = TCH_WEIGHTS
            .iter()
            .map(|f| dir.join(f))
            .find(|p| p.is_file())
            .ok_or_else(|| ModelError::invalid(dir, format!("no weights for libtorch (one of {TCH_WEIGHTS:?})")))?;
        let model_resource = ModelResource::Torch(Box::new(LocalResource::from(weights)));
        let lower_case = lowercases(dir);
        let name = crate::read_json::<serde_json::Value>(&config)?
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| dir.file_name().map_or("bert".into(), |n| n.to_string_lossy().into_owned()));
        let config = TokenClassificationConfig {
            model_type: ModelType::Bert,
            model_resource,
            config_resource: Box::new(LocalResource::from(config)),
            vocab_resource: Box::new(LocalResource::from(vocab)),
            merges_resource: None,
            lower_case,
            strip_accents: None,
            add_prefix_space: None,
            device: Device::Cpu,
            kind: None,
            label_aggregation_function: LabelAggregationOption::First,
            // One predict() call per analyze(): rust-bert 0.23 mis-indexes features after its first internal
            // batch, so the whole input must be a single batch.
            batch_size: usize::MAX,
        };
        let model = TokenClassificationModel::new(config)?;
        Ok(BertTokenTagger { model: Mutex::new(model), name })
    }

    /// Per sentence, per word: the label of the word's first sub-token and its probability
    /// (`O` with probability 1 for a word that yields no sub-token).
    pub fn word_tags(&self, batch: &[Vec<&str>]) -> Vec<Vec<WordTag>> {
        let mut out: Vec<Vec<WordTag>> =
            batch.iter().map(|ws| vec![WordTag { label: "O".into(), prob: 1.0 }; ws.len()]).collect();
        let mut texts = Vec::new();
        let mut spans = Vec::new(); // per text: (sentence, char range of each word)
        for (s, words) in batch.iter().enumerate() {
            if words.is_empty() {
                continue;
            }
            let mut text = String::new();
            let mut ranges = Vec::with_capacity(words.len());
            let mut pos = 0usize;
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                    pos += 1;
                }
                let len = w.chars().count();
                text.push_str(w);
                ranges.push((pos, pos + len));
                pos += len;
            }
            texts.push(text);
            spans.push((s, ranges));
        }
        if texts.is_empty() {
            return out;
        }
        let predicted = self.model.lock().unwrap_or_else(|e| e.into_inner()).predict(&texts, false, false);
        for ((s, ranges), tokens) in spans.iter().zip(predicted) {
            let mut seen = vec![false; ranges.len()];
            for token in tokens {
                let Some(offset) = token.offset else { continue };
                let begin = offset.begin as usize;
                let w = ranges.partition_point(|&(_, end)| end <= begin);
                if w < ranges.len() && ranges[w].0 <= begin && !seen[w] {
                    seen[w] = true;
                    out[*s][w] = WordTag { label: token.label, prob: token.score as f32 };
                }
            }
        }
        out
    }
}

impl SentenceModel for BertTokenTagger {
    fn analyze(&self, batch: &[Vec<&str>]) -> Result<Vec<SentenceAnalysis>, ModelError> {
        Ok(self
            .word_tags(batch)
            .iter()
            .map(|tags| {
                let labels: Vec<bio::WordLabel> =
                    tags.iter().map(|t| bio::WordLabel { label: &t.label, prob: t.prob }).collect();
                SentenceAnalysis { entities: bio::entities(&labels), parse: None, ..Default::default() }
            })
            .collect())
    }

    fn name(&self) -> &str {
        &self.name
    }
}

impl std::fmt::Debug for BertTokenTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BertTokenTagger").field("name", &self.name).finish()
    }
}

/// Whether the tokenizer lowercases: tokenizer.json's normalizer if present, else `do_lower_case` of
/// tokenizer_config.json, else true (uncased BERT).
fn lowercases(dir: &Path) -> bool {
    let read = |f: &str| crate::read_json::<serde_json::Value>(&dir.join(f)).ok();
    if let Some(v) = read("tokenizer.json").and_then(|t| t["normalizer"]["lowercase"].as_bool()) {
        return v;
    }
    read("tokenizer_config.json").and_then(|t| t["do_lower_case"].as_bool()).unwrap_or(true)
}
