// The extension module (and this crate's tests) link libtorch through casus-models: embed the rpath to
// it, so `import casus` finds libtorch without LD_LIBRARY_PATH (see ../models/rpath.rs).
include!("../models/rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
