// Embeds an rpath to libtorch into the binaries, tests, examples and benches of the crate whose build
// script includes this file, so they run without LD_LIBRARY_PATH. Cargo applies `rustc-link-arg` only to
// the package that emits it, so every crate with binaries that link casus-models (tch) needs a build.rs:
//
//     include!("../models/rpath.rs");   // path relative to that crate's build.rs
//     fn main() { emit_libtorch_rpath(); }
//
// The libtorch dir is $LIBTORCH (set by scripts/cargo-env.sh), else the checkout's .libtorch/ made by
// scripts/setup.sh. --disable-new-dtags writes DT_RPATH (searched for indirect dependencies too, unlike
// DT_RUNPATH), so libtorch_cpu.so finds libc10.so, libgomp and the CUDA stubs next to it.
//
// Only when the including crate is built with its `torch` feature (which links libtorch): the default build
// has no libtorch and its binaries carry no rpath at all.
#[allow(dead_code)]
fn emit_libtorch_rpath() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if std::env::var_os("CARGO_FEATURE_TORCH").is_none() {
        return;
    }
    let manifest = std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let libtorch = std::env::var_os("LIBTORCH")
        .map(std::path::PathBuf::from)
        .or_else(|| manifest.ancestors().map(|d| d.join(".libtorch")).find(|d| d.is_dir()));
    if let Some(dir) = libtorch {
        let lib = dir.join("lib");
        println!("cargo:rustc-link-arg=-Wl,--disable-new-dtags");
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", lib.display());
    }
}
