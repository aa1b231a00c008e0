//! ONNX Runtime plumbing shared by the ONNX models: one process-wide environment, sessions, and a run
//! helper that feeds inputs by name.
use crate::{ortlib, ModelError};
use ndarray::{Array2, CowArray};
use ort::{Environment, GraphOptimizationLevel, LoggingLevel, Session, SessionBuilder, Value};
use std::path::Path;
use std::sync::{Arc, Mutex};

static ENV: Mutex<Option<Arc<Environment>>> = Mutex::new(None);

/// The process-wide ONNX Runtime environment (after finding the library, see [`ortlib`]).
pub fn environment() -> Result<Arc<Environment>, ModelError> {
    ortlib::ensure_onnxruntime()?;
    let mut env = ENV.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(env) = env.as_ref() {
        return Ok(env.clone());
    }
    let built = Environment::builder().with_name("casus").with_log_level(LoggingLevel::Warning).build()?.into_arc();
    *env = Some(built.clone());
    Ok(built)
}

/// A session for the graph at `path` with full graph optimizations.
pub fn session(path: &Path, intra_threads: Option<usize>) -> Result<Session, ModelError> {
    let env = environment()?;
    let mut builder = SessionBuilder::new(&env)?.with_optimization_level(GraphOptimizationLevel::Level3)?;
    if let Some(n) = intra_threads {
        builder = builder.with_intra_threads(n.clamp(1, i16::MAX as usize) as i16)?;
    }
    Ok(builder.with_model_from_file(path)?)
}

/// Runs `session` on named int64 inputs (in whatever order the graph declares them).
pub fn run(session: &Session, inputs: &[(&str, Array2<i64>)]) -> Result<Vec<Value<'static>>, ModelError> {
    let arrays: Vec<CowArray<i64, ndarray::IxDyn>> = session
        .inputs
        .iter()
        .map(|input| {
            inputs
                .iter()
                .find(|(name, _)| *name == input.name)
                .map(|(_, a)| CowArray::from(a.view().into_dyn()))
                .ok_or_else(|| ModelError::Output {
                    model: path_name(session),
                    message: format!("the graph wants an input {} the runner does not provide", input.name),
                })
        })
        .collect::<Result<_, _>>()?;
    let values: Vec<Value> =
        arrays.iter().map(|a| Value::from_array(session.allocator(), a)).collect::<Result<_, _>>()?;
    Ok(session.run(values)?)
}

fn path_name(session: &Session) -> String {
    session.metadata().and_then(|m| m.name()).unwrap_or_else(|_| "onnx graph".into())
}
