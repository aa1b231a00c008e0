#!/usr/bin/env bash
# Builds the Python binding (crates/python) into a manylinux wheel that carries the model (models/news)
# and depends on `onnxruntime`, and installs it into the project .venv:
#
#   ./scripts/build-wheel.sh            # then: .venv/bin/python -c 'import casus; print(casus.Extractor())'
#   ./scripts/build-wheel.sh --test     # and run the smoke test crates/python/tests/test_casus.py
#
# The wheel goes to $CARGO_TARGET_DIR/wheels (default target/wheels). It links no libtorch and nothing
# of this checkout: scripts/test-wheel.sh installs it in a fresh venv with the checkout hidden.
# Idempotent: setup.sh skips what is there, maturin (pinned) is installed into .venv only when missing,
# cargo rebuilds only what changed, the wheel is reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
MATURIN_PIN="maturin==1.16.0"
# The extension is linked by zig against glibc 2.17's symbols (manylinux2014: RHEL/CentOS 7 and later,
# the usual Spark workers) instead of this machine's glibc (2.36 here, which made it manylinux_2_34).
# CASUS_WHEEL_NATIVE=1 links with the system toolchain instead (the tag then follows the build machine).
ZIG_PIN="ziglang==0.13.0"
PY="$ROOT/.venv/bin/python"

./scripts/setup.sh >/dev/null
source scripts/cargo-env.sh

have="$("$PY" -m maturin --version 2>/dev/null || true)"
if [ "$have" != "maturin ${MATURIN_PIN##*==}" ]; then
  "$PY" -m pip install --disable-pip-version-check --no-input --only-binary :all: "$MATURIN_PIN" >/dev/null
  echo "maturin: installed $MATURIN_PIN into .venv"
else
  echo "maturin: $have"
fi

zig_args=()
if [ -z "${CASUS_WHEEL_NATIVE:-}" ]; then
  have_zig="$("$PY" -m pip show ziglang 2>/dev/null | sed -n 's/^Version: //p' || true)"
  if [ "$have_zig" != "${ZIG_PIN##*==}" ]; then
    "$PY" -m pip install --disable-pip-version-check --no-input --only-binary :all: "$ZIG_PIN" >/dev/null
    echo "zig: installed $ZIG_PIN into .venv"
  fi
  zig_args=(--zig --compatibility manylinux2014)
fi

# The model inside the wheel: the files config.json names (its graph and tokenizer, checked against the
# SHA-256 it records when loaded), copied fresh into the package (ignored by git).
MODEL_SRC="$ROOT/models/news"
MODEL_DST="$ROOT/crates/python/python/casus/model"
rm -rf "$MODEL_DST"
mkdir -p "$MODEL_DST"
graph="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["onnx"])' "$MODEL_SRC/config.json")"
for f in config.json "$graph" tokenizer.json MODEL_CARD.md; do
  [ -f "$MODEL_SRC/$f" ] || { echo "build-wheel.sh: $MODEL_SRC/$f is missing" >&2; exit 1; }
  cp "$MODEL_SRC/$f" "$MODEL_DST/$f"
done

# The flat table's columns, shared with the CLI's --format csv (docs/flat-output.md).
DATA_DST="$ROOT/crates/python/python/casus/data"
rm -rf "$DATA_DST"
mkdir -p "$DATA_DST"
cp crates/pipeline/data/flat_columns.tsv crates/pipeline/data/quad_class.tsv "$DATA_DST/"

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
OUT="$TARGET/wheels"
mkdir -p "$OUT"
rm -f "$OUT"/casus-*.whl
# --locked: build what Cargo.lock pins; never re-resolve it here.
# .venv/bin first on PATH: maturin runs zig as `python3 -m ziglang` from there.
PATH="$ROOT/.venv/bin:$PATH" CARGO_TARGET_DIR="$TARGET" "$PY" -m maturin build --release --locked \
  --manifest-path crates/python/Cargo.toml --interpreter "$PY" --out "$OUT" "${zig_args[@]}"

wheel="$(ls "$OUT"/casus-*.whl)"
# --no-deps: .venv has onnxruntime from setup.sh already (the wheel's dependency, same pin).
"$PY" -m pip install --disable-pip-version-check --no-input --no-deps --force-reinstall "$wheel" >/dev/null
echo "wheel: $wheel ($(du -h "$wheel" | cut -f1)), installed into .venv"

if [ "${1:-}" = "--test" ]; then
  "$PY" crates/python/tests/test_casus.py
fi
