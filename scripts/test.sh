#!/usr/bin/env bash
# The project's test command (README, CI): setup, the whole workspace's tests, then the accuracy
# gate: extract over the bundled corpus, score against the gold, fail under eval/floor.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/cargo-env.sh
cargo test --workspace --release
CASUS_BUILT=1 ./scripts/gate.sh
