//! casus-pipeline: the batch engine behind `casus extract`.
//!
//! [`Inputs`] reads documents lazily from files, folders, JSON Lines and stdin; [`Pipeline`] turns
//! each batch into [`casus_core::Document`]s in parallel, runs the [`Annotator`] (the model stage)
//! over all their sentences in length-sorted batches, and extracts events with `casus-extract`;
//! [`run`] drives the two in bounded memory and hands every [`Outcome`], in input order, to a sink
//! while it keeps the [`Summary`].
pub mod input;
pub mod manifest;
pub mod models;
pub mod run;
pub mod summary;

pub use input::{InputError, InputItem, Inputs, RawDoc, DEFAULT_MAX_DOC_BYTES};
pub use manifest::Manifest;
pub use models::{default_model_dir, ModelStage};
pub use run::{Annotator, DateSources, Outcome, Pipeline};
pub use summary::Summary;

/// Reads `inputs` in batches of `batch_docs` documents, processes each batch, and passes every
/// outcome to `sink` in input order. Only one batch is held in memory at a time.
pub fn run<I, F, E>(inputs: I, pipeline: &Pipeline, batch_docs: usize, mut sink: F) -> Result<Summary, E>
where
    I: Iterator<Item = InputItem>,
    F: FnMut(&Outcome) -> Result<(), E>,
{
    let mut summary = Summary::start();
    let mut inputs = inputs.peekable();
    while inputs.peek().is_some() {
        let batch: Vec<InputItem> = inputs.by_ref().take(batch_docs.max(1)).collect();
        for outcome in pipeline.process(batch) {
            summary.add(&outcome);
            sink(&outcome)?;
        }
    }
    summary.finish();
    Ok(summary)
}
