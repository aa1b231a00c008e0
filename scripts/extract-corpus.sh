#!/usr/bin/env bash
# Setup, release build, and extraction over the bundled corpus (corpus/docs) into out/corpus.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/cargo-env.sh
cargo build --release --bin casus
mkdir -p out
./target/release/casus extract --manifest corpus/docs.tsv -o out/corpus.jsonl corpus/docs
echo "events written to out/corpus.jsonl ($(wc -l < out/corpus.jsonl) records)"
