//! The model stage: a `casus-models` [`SentenceModel`] behind the pipeline's [`Annotator`] trait,
//! and where the default model directory is found.
use crate::run::{model_words, Annotator};
use casus_core::Sentence;
use casus_models::{LoadOptions, ModelError, SentenceModel};
use std::path::{Path, PathBuf};

/// Name of the shipped model directory under `models/`.
pub const DEFAULT_MODEL: &str = "news";

pub struct ModelStage {
    model: Box<dyn SentenceModel>,
    /// `--ner-model`: a user's token classifier whose entities replace the main model's.
    ner: Option<Box<dyn SentenceModel>>,
}

impl ModelStage {
    /// Loads `dir`. ONNX Runtime gets one thread per call: the pipeline runs calls in parallel
    /// on its own pool, and single-threaded calls give the same numbers whatever `--threads` is.
    pub fn load(dir: &Path) -> Result<ModelStage, ModelError> {
        let options = LoadOptions { intra_threads: Some(1) };
        Ok(ModelStage { model: casus_models::load_with(dir, &options)?, ner: None })
    }

    /// Also loads `ner_dir`, a Hugging Face token-classification folder (config.json with id2label): its
    /// entities replace those of the main model, which still gives the parse and event triggers. Running
    /// it needs casus built with the `torch` feature; without it this is an error that says so.
    pub fn with_ner_model(mut self, ner_dir: &Path) -> Result<ModelStage, ModelError> {
        self.ner = Some(casus_models::load(ner_dir)?);
        Ok(self)
    }
}

impl Annotator for ModelStage {
    fn annotate(&self, batch: &mut [&mut Sentence]) -> Result<(), String> {
        self.annotate_as(batch, &[])
    }

    fn annotate_as(&self, batch: &mut [&mut Sentence], views: &[Option<&[String]>]) -> Result<(), String> {
        let words: Vec<Vec<&str>> =
            batch.iter().enumerate().map(|(k, s)| model_words(s, views.get(k).copied().flatten())).collect();
        let mut analyses = self.model.analyze(&words).map_err(|e| e.to_string())?;
        if analyses.len() != batch.len() {
            return Err(format!("model returned {} analyses for {} sentences", analyses.len(), batch.len()));
        }
        if let Some(ner) = &self.ner {
            let tagged = ner.analyze(&words).map_err(|e| format!("--ner-model {}: {e}", ner.name()))?;
            if tagged.len() != batch.len() {
                return Err(format!("NER model returned {} analyses for {} sentences", tagged.len(), batch.len()));
            }
            for (a, t) in analyses.iter_mut().zip(tagged) {
                a.entities = t.entities;
            }
        }
        for (s, a) in batch.iter_mut().zip(analyses) {
            s.entities = a.entities;
            s.parse = a.parse;
            s.triggers = a.triggers;
            s.argument_hints = a.argument_hints;
            s.ruled_out = a.ruled_out;
        }
        Ok(())
    }

    fn name(&self) -> String {
        match &self.ner {
            Some(ner) => format!("{} (entities: {})", self.model.name(), ner.name()),
            None => self.model.name().to_string(),
        }
    }
}

/// The model directory to use when none is given: `$CASUS_MODELS`, else `models/news` in the
/// checkout the executable was built in or runs from.
pub fn default_model_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CASUS_MODELS") {
        return Some(PathBuf::from(dir));
    }
    let exe = std::env::current_exe().ok();
    let from_exe = exe.iter().flat_map(|e| e.ancestors().skip(1)).map(|d| d.join("models").join(DEFAULT_MODEL));
    let from_build = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().map(|d| d.join("models").join(DEFAULT_MODEL));
    from_exe.chain(from_build).find(|d| d.join("config.json").is_file())
}
