// Binaries and tests of this crate link libtorch through casus-models: embed the rpath to it.
include!("../models/rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
