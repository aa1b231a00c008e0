//! casus-pipeline: the batch engine behind `casus extract`.
//!
//! [`Inputs`] reads documents lazily from files, folders, JSON Lines and stdin; [`Pipeline`] turns
//! each batch into [`casus_core::Document`]s in parallel, runs the [`Annotator`] (the model stage)
//! over all their sentences in length-sorted batches, extracts events with `casus-extract`, geocodes
//! their places, scores each record with `casus-confidence` and leaves out those under the cut;
//! [`run`] drives the two in bounded memory and hands every [`Outcome`], in input order, to a sink
//! while it keeps the [`Summary`].
pub mod casing;
pub mod flat;
pub mod input;
pub mod manifest;
pub mod models;
pub mod run;
pub mod summary;
pub mod vocabulary;

pub use casus_extract::events::{Options as EventOptions, TriggerSource};
pub use flat::{EventWriter, Format};
pub use input::{InputError, InputItem, Inputs, RawDoc, DEFAULT_MAX_DOC_BYTES};
pub use manifest::Manifest;
pub use models::{default_model_dir, ModelStage};
pub use run::{Annotator, DateSources, Outcome, Pipeline};
pub use summary::Summary;
pub use vocabulary::{install_dictionaries, Added, DictionaryError, Part as DictionaryPart};

/// Reads `inputs` in batches of `batch_docs` documents, processes each batch, and passes every
/// outcome to `sink` in input order. Only one batch is held in memory at a time.
pub fn run<I, F, E>(inputs: I, pipeline: &Pipeline, batch_docs: usize, sink: F) -> Result<Summary, E>
where
    I: Iterator<Item = InputItem>,
    F: FnMut(&Outcome) -> Result<(), E>,
{
    run_until(inputs, pipeline, batch_docs, || false, sink)
}

/// [`run`] that stops early once `stop()` says so: it is asked before each batch is read, so every
/// document read is processed and handed to `sink` whole, and nothing after is read. The summary says
/// whether the run was cut short ([`Summary::interrupted`]).
pub fn run_until<I, S, F, E>(
    inputs: I,
    pipeline: &Pipeline,
    batch_docs: usize,
    stop: S,
    mut sink: F,
) -> Result<Summary, E>
where
    I: Iterator<Item = InputItem>,
    S: Fn() -> bool,
    F: FnMut(&Outcome) -> Result<(), E>,
{
    let mut summary = Summary::start();
    let mut inputs = inputs.peekable();
    loop {
        if stop() {
            summary.interrupted = true;
            break;
        }
        if inputs.peek().is_none() {
            break;
        }
        let batch: Vec<InputItem> = inputs.by_ref().take(batch_docs.max(1)).collect();
        for outcome in pipeline.process(batch) {
            summary.add(&outcome);
            sink(&outcome)?;
        }
    }
    summary.finish();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn raw(id: &str) -> InputItem {
        Ok(RawDoc { id: id.into(), text: "Troops clashed.".into(), published: None, title: None })
    }

    #[test]
    fn a_stop_request_ends_the_run_between_batches() {
        let pipeline = Pipeline::new(None, DateSources::default());
        let (read, written) = (Cell::new(0), Cell::new(0));
        let inputs = ["a", "b", "c", "d", "e"].into_iter().map(|id| {
            read.set(read.get() + 1);
            raw(id)
        });
        let sink = |_: &Outcome| {
            written.set(written.get() + 1);
            Ok::<(), ()>(())
        };
        let summary = run_until(inputs, &pipeline, 2, || written.get() >= 1, sink).unwrap();
        assert!(summary.interrupted);
        // The batch in hand is finished whole; nothing after it is read.
        assert_eq!((summary.documents, written.get(), read.get()), (2, 2, 2));
        let summary = run(["a", "b", "c"].into_iter().map(raw), &pipeline, 2, |_| Ok::<(), ()>(())).unwrap();
        assert_eq!((summary.documents, summary.interrupted), (3, false));
    }
}
