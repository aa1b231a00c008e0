//! Which model stage a command runs with.
use anyhow::{bail, Context, Result};
use casus_pipeline::models::DEFAULT_MODEL;
use casus_pipeline::{default_model_dir, Annotator, ModelStage};
use std::path::Path;

/// The model in `dir`, else the default one; `None` only when the user asked for no model.
/// A missing model is an error: silently empty output is worse than a clear stop.
/// `ner_model`: a Hugging Face token classifier whose entities replace the model's (`--ner-model`).
pub fn annotator(dir: Option<&Path>, no_models: bool, ner_model: Option<&Path>) -> Result<Option<Box<dyn Annotator>>> {
    if no_models {
        return Ok(None);
    }
    let dir = match dir.map(Path::to_path_buf).or_else(default_model_dir) {
        Some(d) => d,
        None => bail!(
            "no model directory found (looked at $CASUS_MODELS and models/{DEFAULT_MODEL} above the executable); \
             pass --models DIR, or --no-models to run without entities and parse"
        ),
    };
    let mut stage = ModelStage::load(&dir).with_context(|| format!("cannot load the model in {}", dir.display()))?;
    if let Some(ner) = ner_model {
        stage = stage.with_ner_model(ner).with_context(|| format!("--ner-model {}", ner.display()))?;
    }
    Ok(Some(Box::new(stage)))
}
