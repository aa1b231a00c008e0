#!/usr/bin/env bash
# Retrains the record scorer (crates/confidence/data/scorer.json and reference.jsonl) on this
# checkout's records; docs/confidence.md says what it learns from and how it is measured. Needs
# ../shared (the story texts; CASUS_SHARED elsewhere). Run it after a change to the rules, then
# rebuild: the scorer is part of the build.
#   1. records of the news train/dev stories (the test split is not even extracted), the seed articles
#      and the 69 unlabelled VOA stories, every record kept (--min-confidence 0)
#   2. their features, as the pipeline computes them (crates/confidence/examples/features.rs)
#   3. crates/confidence/train/train.py (numpy + scikit-learn in .venv-scorer): held-out report, scorer file
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/cargo-env.sh
SHARED="${CASUS_SHARED:-../shared}"
OUT=out/scorer
mkdir -p "$OUT"
cargo build --release -p casus-cli
cargo build --release -p casus-confidence --example features
CASUS=./target/release/casus
FEATURES=./target/release/examples/features

CASUS_SHARED="$SHARED" python3 corpus/tools/news_gold.py texts "$OUT/all-news-stories.jsonl"
# The train and dev stories, and the VOA benchmark stories that are not in the labelled corpus (the
# audits of corpus/audits judge them).
python3 - "$OUT" "$SHARED/corpus/voa/voa_stories.jsonl" <<'PY'
import json, sys
out_dir, voa = sys.argv[1], sys.argv[2]
split = dict(l.rstrip("\n").split("\t")[:2] for l in open("corpus/news/split.tsv") if "\t" in l)
with open(f"{out_dir}/news-stories.jsonl", "w") as out:
    for line in open(f"{out_dir}/all-news-stories.jsonl"):
        if split.get(json.loads(line)["id"]) in ("train", "dev"):
            out.write(line)
labelled = {line.split("\t")[0] for line in open("corpus/news/docs.tsv")}
with open(f"{out_dir}/voa69.jsonl", "w") as out:
    for line in open(voa):
        if json.loads(line)["id"] not in labelled:
            out.write(line)
PY
rm "$OUT/all-news-stories.jsonl"
$CASUS extract -q --min-confidence 0 --manifest corpus/news/docs.tsv -o "$OUT/news.jsonl" "$OUT/news-stories.jsonl"
$CASUS extract -q --min-confidence 0 --manifest corpus/docs.tsv -o "$OUT/seeds.jsonl" corpus/docs
$CASUS extract -q --min-confidence 0 -o "$OUT/voa69.jsonl.events" "$OUT/voa69.jsonl"
$FEATURES "$OUT/news.jsonl" > "$OUT/news.features.jsonl"
$FEATURES "$OUT/seeds.jsonl" > "$OUT/seeds.features.jsonl"
$FEATURES "$OUT/voa69.jsonl.events" > "$OUT/voa69.features.jsonl"

if [ ! -x .venv-scorer/bin/python ]; then
  python3 -m venv .venv-scorer
  .venv-scorer/bin/pip install -q numpy==2.4.6 scikit-learn==1.9.1
fi
.venv-scorer/bin/python crates/confidence/train/train.py --news "$OUT/news.features.jsonl" \
  --seeds "$OUT/seeds.features.jsonl" --voa "$OUT/voa69.features.jsonl" -o crates/confidence/data/scorer.json
