//! The default build (no `torch` feature) has no runner for a Hugging Face token classifier: loading one
//! is an error that names the folder and says how to build casus that runs it.
#![cfg(not(feature = "torch"))]
use std::path::PathBuf;

#[test]
fn a_token_classifier_folder_says_to_build_with_torch() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/tiny-bert");
    let err = casus_models::load(&dir).err().expect("no torch feature: no token classifier").to_string();
    assert!(err.contains("tiny-bert"), "{err}");
    assert!(err.contains("`torch` cargo feature") && err.contains("setup.sh --torch"), "{err}");
}
