#!/usr/bin/env bash
# casus.spark on pyspark local[2]: the seed corpus (corpus/docs, dates from corpus/docs.tsv) as a Spark
# DataFrame through casus.spark.extract must give the events `casus extract` gives (same flat rows),
# and casus.to_pandas the same table. Installs what it needs in its own venv ($TARGET/spark-venv:
# pyspark, pandas, pyarrow from PyPI, and the wheel of scripts/build-wheel.sh). Needs Java 17+ (the
# machine's): without `java` it is skipped, saying so.
#
#   ./scripts/test-spark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
PINS=(pyspark==4.0.1 pandas==2.2.3 pyarrow==21.0.0)

if ! command -v java >/dev/null 2>&1; then
  echo "test-spark.sh: SKIPPED: no java on PATH (pyspark needs Java 17+; Debian: apt-get install openjdk-17-jre-headless)"
  exit 0
fi

./scripts/build-wheel.sh >/dev/null
wheel="$(ls "$TARGET"/wheels/casus-*.whl)"
[ -x "$TARGET/release/casus" ] || (source scripts/cargo-env.sh && cargo build --release --bin casus)

VENV="$TARGET/spark-venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -c 'import pyspark, pandas, pyarrow' 2>/dev/null; then
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PINS[@]}"
fi
"$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
"$VENV/bin/pip" install -q --disable-pip-version-check "$wheel"   # its dependencies (onnxruntime)

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$TARGET/release/casus" extract --quiet --manifest corpus/docs.tsv -o "$out/cli.jsonl" corpus/docs
env -u CASUS_MODELS -u ORT_DYLIB_PATH PYSPARK_PYTHON="$VENV/bin/python" \
  "$VENV/bin/python" crates/python/tests/test_spark.py corpus/docs corpus/docs.tsv "$out/cli.jsonl"
