// Tests, examples and benches of this crate link libtorch: give them an rpath to it (see rpath.rs).
include!("rpath.rs");

fn main() {
    emit_libtorch_rpath();
}
