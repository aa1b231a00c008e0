#!/usr/bin/env bash
# The project's test command (README, CI): setup, the whole workspace's tests, the Python wheel's
# smoke test, then the accuracy gate: extract over the bundled corpus, score against the gold, fail
# under eval/floor.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/cargo-env.sh
cargo test --workspace --release
# The optional Python binding (crates/python): build the wheel into .venv, run its smoke test.
./scripts/build-wheel.sh --test
CASUS_BUILT=1 ./scripts/gate.sh
