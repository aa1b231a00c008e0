#!/usr/bin/env bash
# Accuracy gate: extract events from corpus/docs, score them against corpus/gold.jsonl, print the
# report, and fail when a headline metric is under eval/floor.json. Expects a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/cargo-env.sh
# test.sh has just built target/release/casus with the workspace's test features; building the bin
# alone would unify features differently and recompile half the dependency tree.
[ "${CASUS_BUILT:-}" = 1 ] || cargo build --release --bin casus
mkdir -p out
./target/release/casus extract --manifest corpus/docs.tsv -o out/corpus.jsonl corpus/docs
./target/release/casus eval --gold corpus/gold.jsonl --pred out/corpus.jsonl --floor eval/floor.json
if [ -f ../shared/data/petrarch/universalpetrarch/PETR2_GSR_validation.xml ]; then
  ./target/release/casus eval --petrarch ../shared/data/petrarch/universalpetrarch/PETR2_GSR_validation.xml
else
  echo "PETRARCH comparison skipped: ../shared is absent"
fi
