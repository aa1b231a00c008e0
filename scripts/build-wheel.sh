#!/usr/bin/env bash
# Builds the optional Python binding (crates/python) into a wheel and installs it into the project .venv:
#
#   ./scripts/build-wheel.sh            # then: .venv/bin/python -c 'import casus; print(casus.Extractor())'
#   ./scripts/build-wheel.sh --test     # and run the smoke test crates/python/tests/test_casus.py
#
# Idempotent: setup.sh skips what is there, maturin (pinned) is installed into .venv only when missing,
# cargo rebuilds only what changed, the wheel is reinstalled. Honours CARGO_TARGET_DIR (wheel goes to
# $CARGO_TARGET_DIR/wheels, default target/wheels). The wheel is tied to this checkout: the extension has an
# rpath to .libtorch/lib and finds libonnxruntime in .venv, as the casus binary does.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
MATURIN_PIN="maturin==1.16.0"
PY="$ROOT/.venv/bin/python"

./scripts/setup.sh
source scripts/cargo-env.sh

have="$("$PY" -m maturin --version 2>/dev/null || true)"
if [ "$have" != "maturin ${MATURIN_PIN##*==}" ]; then
  "$PY" -m pip install --disable-pip-version-check --no-input --only-binary :all: "$MATURIN_PIN" >/dev/null
  echo "maturin: installed $MATURIN_PIN into .venv"
else
  echo "maturin: $have"
fi

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
OUT="$TARGET/wheels"
mkdir -p "$OUT"
rm -f "$OUT"/casus-*.whl
# --locked: Cargo.lock pins ort 1.16.3, which is yanked; never re-resolve it here.
CARGO_TARGET_DIR="$TARGET" "$PY" -m maturin build --release --locked \
  --manifest-path crates/python/Cargo.toml --interpreter "$PY" --out "$OUT"

wheel="$(ls "$OUT"/casus-*.whl)"
"$PY" -m pip install --disable-pip-version-check --no-input --no-deps --force-reinstall "$wheel" >/dev/null
echo "wheel: $wheel ($(du -h "$wheel" | cut -f1)), installed into .venv"

if [ "${1:-}" = "--test" ]; then
  "$PY" crates/python/tests/test_casus.py
fi
