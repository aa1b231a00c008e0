//! The native module `casus._casus`: argument conversion around [`Engine`], nothing else. The public,
//! typed API (`casus.Extractor`, dicts out) is the pure-Python wrapper in `python/casus/__init__.py`.
use crate::engine::{DocIn, Engine};
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use std::path::PathBuf;

pyo3::create_exception!(
    casus,
    CasusError,
    PyException,
    "A document or the model could not be processed; the message says which and why."
);

/// The loaded model and pipeline. Use `casus.Extractor`, which wraps this.
#[pyclass(frozen, module = "casus._casus", name = "_Extractor")]
struct PyEngine {
    engine: Engine,
}

#[pymethods]
impl PyEngine {
    #[new]
    #[pyo3(signature = (models=None, threads=None, min_confidence=None))]
    fn new(
        py: Python<'_>,
        models: Option<PathBuf>,
        threads: Option<usize>,
        min_confidence: Option<f64>,
    ) -> PyResult<Self> {
        let mut engine = py.detach(|| Engine::load(models.as_deref(), threads)).map_err(CasusError::new_err)?;
        if let Some(min) = min_confidence {
            engine = engine.with_min_confidence(min).map_err(CasusError::new_err)?;
        }
        Ok(PyEngine { engine })
    }

    /// Records under this learned confidence are left out.
    #[getter]
    fn min_confidence(&self) -> f64 {
        self.engine.min_confidence()
    }

    /// The model directory in use.
    #[getter]
    fn models(&self) -> PathBuf {
        self.engine.models().to_path_buf()
    }

    #[getter]
    fn model_name(&self) -> String {
        self.engine.model_name()
    }

    #[getter]
    fn threads(&self) -> usize {
        self.engine.threads()
    }

    /// Runs `(doc_id, text, pub_date)` documents as one batch, in parallel, with the GIL released.
    /// Returns `(doc_id, event_json_lines, None)` or `(doc_id, None, reason)` per document, in order.
    fn run(&self, py: Python<'_>, docs: Vec<(String, String, Option<String>)>) -> PyResult<Vec<DocResult>> {
        let docs = docs.into_iter().map(|(doc_id, text, pub_date)| DocIn { doc_id, text, pub_date }).collect();
        let out = py.detach(|| self.engine.run(docs)).map_err(CasusError::new_err)?;
        Ok(out
            .into_iter()
            .map(|o| match o.result {
                Ok(lines) => (o.doc_id, Some(lines), None),
                Err(reason) => (o.doc_id, None, Some(reason)),
            })
            .collect())
    }
}

type DocResult = (String, Option<Vec<String>>, Option<String>);

/// Registers the `onnxruntime/capi` directory of the running Python (python/casus/_runtime.py finds it):
/// the ONNX Runtime search tries it before the standard library paths.
#[pyfunction]
fn _add_onnxruntime_dir(capi_dir: PathBuf) {
    casus_models::ortlib::add_python_package(&capi_dir);
}

#[pymodule]
fn _casus(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("CasusError", m.py().get_type::<CasusError>())?;
    m.add_class::<PyEngine>()?;
    m.add_function(wrap_pyfunction!(_add_onnxruntime_dir, m)?)?;
    Ok(())
}
