//! casus-python: the optional Python binding, built into the `casus` wheel by maturin
//! (`scripts/build-wheel.sh`). It only wraps the Rust API: [`engine`] runs documents through
//! `casus_pipeline::Pipeline` and returns each event as the JSON line `casus extract` writes; with the
//! `python` feature (on only in the maturin build), `python.rs` exposes that as the native module
//! `casus._casus`, and `python/casus/__init__.py` turns it into the public Python API.
pub mod engine;

#[cfg(feature = "python")]
mod python;
