//! ONNX Runtime plumbing shared by the ONNX models, through `ort` 2 (`load-dynamic`): one process-wide
//! environment, a pool of sessions per graph, and a run helper that feeds int64 inputs by name and copies
//! the float outputs it is asked for.
//!
//! Why a pool: `ort` 2 runs a session through `&mut Session` (ONNX Runtime's `Run` is not guaranteed to be
//! thread-safe), while the pipeline calls a model from several rayon workers at once. Each concurrent
//! caller takes a session of its own from the pool (made on first need, kept for reuse), so the number of
//! sessions is the number of callers that ever ran at the same time. The sessions share one container of
//! prepacked weights, so each further session costs little more than its activations.
//!
//! On CPUs with VNNI the graph is loaded with its uint8 weights turned back to int8 ([`signed`]): the
//! same integers through ONNX Runtime's fastest int8 kernel.
use crate::{ortlib, signed, ModelError};
use ort::environment::Environment;
use ort::session::builder::{BuilderResult, GraphOptimizationLevel, PrepackedWeights, SessionBuilder};
use ort::session::Session;
use ort::value::Tensor;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static ENV: Mutex<Option<Environment>> = Mutex::new(None);

/// The process-wide ONNX Runtime environment (after finding the library, see [`ortlib`]).
pub fn environment() -> Result<Environment, ModelError> {
    let path = ortlib::ensure_onnxruntime()?;
    let mut env = ENV.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(env) = env.as_ref() {
        return Ok(env.clone());
    }
    let builder = ort::init_from(&path).map_err(|e| ModelError::OnnxRuntimeNotFound {
        searched: vec![format!("{} (found, but ort could not use it: {e})", path.display())],
    })?;
    let built = builder.with_name("casus").build()?;
    *env = Some(built.clone());
    Ok(built)
}

/// A float output copied out of a run: its shape and its data in row-major order.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

/// An int64 input: name, shape and row-major data.
pub struct Input<'a> {
    pub name: &'a str,
    pub shape: Vec<usize>,
    pub data: Vec<i64>,
}

/// Sessions of one graph, each used by one caller at a time.
pub struct SessionPool {
    path: PathBuf,
    graph: Graph,
    intra_threads: Option<usize>,
    inputs: Vec<String>,
    outputs: Vec<String>,
    prepacked: PrepackedWeights,
    free: Mutex<Vec<Session>>,
}

impl SessionPool {
    /// Loads the graph at `path` once (to check it and learn its inputs and outputs).
    /// `intra_threads`: ONNX Runtime threads per call (`None`: its default, one per core).
    pub fn new(path: &Path, intra_threads: Option<usize>) -> Result<SessionPool, ModelError> {
        SessionPool::with_weights(path, intra_threads, signed::wanted())
    }

    /// As [`SessionPool::new`], choosing whether to run uint8 weights as int8 (`signed`, [`signed`]).
    pub fn with_weights(path: &Path, intra_threads: Option<usize>, signed: bool) -> Result<SessionPool, ModelError> {
        environment()?;
        let mut graph = Graph::load(path, signed)?;
        let prepacked = PrepackedWeights::new();
        let session = match graph.session(intra_threads, Some(&prepacked)) {
            // A patched graph ONNX Runtime refuses: the file as it is (its own errors are reported).
            Err(_) if matches!(graph, Graph::Signed(_)) => {
                graph = Graph::File(path.to_path_buf());
                graph.session(intra_threads, Some(&prepacked))?
            }
            result => result?,
        };
        let inputs = session.inputs().iter().map(|i| i.name().to_string()).collect();
        let outputs = session.outputs().iter().map(|o| o.name().to_string()).collect();
        let free = Mutex::new(vec![session]);
        Ok(SessionPool { path: path.to_path_buf(), graph, intra_threads, inputs, outputs, prepacked, free })
    }

    /// Names of the graph's inputs, in its order.
    pub fn inputs(&self) -> &[String] {
        &self.inputs
    }

    /// Names of the graph's outputs, in its order.
    pub fn outputs(&self) -> &[String] {
        &self.outputs
    }

    /// Runs the graph on `inputs` (given in any order; every graph input must be there) and returns the
    /// float outputs named in `wanted`, in that order.
    pub fn run(&self, mut inputs: Vec<Input>, wanted: &[&str]) -> Result<Vec<Output>, ModelError> {
        let mut values = Vec::with_capacity(self.inputs.len());
        for name in &self.inputs {
            let at = inputs
                .iter()
                .position(|i| i.name == name)
                .ok_or_else(|| self.bad(format!("the graph wants an input {name} the runner does not provide")))?;
            let input = inputs.swap_remove(at);
            let tensor = Tensor::from_array((input.shape, input.data))?;
            values.push((name.clone(), tensor));
        }
        let mut session = self.take()?;
        let result = run_session(&mut session, values, wanted).map_err(|e| match e {
            RunError::Ort(e) => ModelError::from(e),
            RunError::Missing(name) => self.bad(format!("no output {name}")),
        });
        self.free.lock().unwrap_or_else(|e| e.into_inner()).push(session);
        result
    }

    /// A free session, or a new one when every session is in use.
    fn take(&self) -> Result<Session, ModelError> {
        if let Some(s) = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            return Ok(s);
        }
        self.graph.session(self.intra_threads, Some(&self.prepacked))
    }

    /// The same graph in a new pool, with weights signed or not as `signed` says ([`signed`]).
    pub fn reloaded(&self, signed: bool) -> Result<SessionPool, ModelError> {
        SessionPool::with_weights(&self.path, self.intra_threads, signed)
    }

    /// Whether the sessions run the graph with int8 weights made from its uint8 ones ([`signed`]).
    pub fn signed_weights(&self) -> bool {
        matches!(self.graph, Graph::Signed(_))
    }

    fn bad(&self, message: String) -> ModelError {
        ModelError::Output { model: self.path.display().to_string(), message }
    }
}

enum RunError {
    Ort(ort::Error),
    Missing(String),
}

fn run_session(
    session: &mut Session,
    values: Vec<(String, Tensor<i64>)>,
    wanted: &[&str],
) -> Result<Vec<Output>, RunError> {
    let outputs = session.run(values).map_err(RunError::Ort)?;
    wanted
        .iter()
        .map(|&name| {
            let value = outputs.get(name).ok_or_else(|| RunError::Missing(name.to_string()))?;
            let (shape, data) = value.try_extract_tensor::<f32>().map_err(RunError::Ort)?;
            let shape = shape.iter().map(|&d| usize::try_from(d).unwrap_or(0)).collect();
            Ok(Output { shape, data: data.to_vec() })
        })
        .collect()
}

/// Where a pool's sessions get their graph: the file, or its bytes with signed weights (kept, about the
/// size of the file, because a pool makes a further session whenever more callers run at once).
enum Graph {
    File(PathBuf),
    Signed(Vec<u8>),
}

impl Graph {
    fn load(path: &Path, signed: bool) -> Result<Graph, ModelError> {
        if !signed {
            return Ok(Graph::File(path.to_path_buf()));
        }
        let bytes = std::fs::read(path).map_err(|e| ModelError::io(path, e))?;
        Ok(match signed::signed_weights(&bytes) {
            Some((patched, _)) => Graph::Signed(patched),
            None => Graph::File(path.to_path_buf()),
        })
    }

    fn session(
        &self,
        intra_threads: Option<usize>,
        prepacked: Option<&PrepackedWeights>,
    ) -> Result<Session, ModelError> {
        let mut builder = builder(intra_threads, prepacked)?;
        Ok(match self {
            Graph::File(path) => builder.commit_from_file(path)?,
            Graph::Signed(bytes) => builder.commit_from_memory(bytes)?,
        })
    }
}

/// A session builder with full graph optimizations, `intra_threads` and shared prepacked weights.
fn builder(intra_threads: Option<usize>, prepacked: Option<&PrepackedWeights>) -> Result<SessionBuilder, ModelError> {
    let env = environment()?;
    let mut builder = built(Session::builder(&env)?.with_optimization_level(GraphOptimizationLevel::All))?;
    if let Some(n) = intra_threads {
        builder = built(builder.with_intra_threads(n.max(1)))?;
    }
    if let Some(p) = prepacked {
        builder = built(builder.with_prepacked_weights(p))?;
    }
    Ok(builder)
}

/// A session-builder step's error as a [`ModelError`] (the builder's own error type carries the builder).
fn built(step: BuilderResult) -> Result<SessionBuilder, ModelError> {
    step.map_err(|e| ModelError::Ort(e.into()))
}
