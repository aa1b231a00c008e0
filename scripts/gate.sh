#!/usr/bin/env bash
# Accuracy gate: extract events, score them against the hand-labelled gold, print the reports, and
# fail when a headline metric is under its floor in eval/floor.json. Expects a release build.
#   1. the five seed articles (corpus/docs, corpus/gold.jsonl)                 floor section "seeds"
#   2. the news corpus's dev and test splits (corpus/news; texts in ../shared)  "news_dev", "news_test"
#      (skipped, saying so, when ../shared is absent: the story texts are not in the repo)
#   3. incidents (corpus/incidents.tsv): B-cubed of the grouping and best casualty figures, on the seeds
#      and the labelled news stories of each split                 "incidents_seeds", "incidents_news_dev", ...
#   4. agreement with PETRARCH-2 on its validation sentences (report only; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/cargo-env.sh
# test.sh has just built target/release/casus with the workspace's test features; building the bin
# alone would unify features differently and recompile half the dependency tree.
[ "${CASUS_BUILT:-}" = 1 ] || cargo build --release --bin casus
CASUS=./target/release/casus
SHARED="${CASUS_SHARED:-../shared}"
mkdir -p out
status=0

echo "== seeds (corpus/gold.jsonl)"
$CASUS extract --manifest corpus/docs.tsv -o out/corpus.jsonl corpus/docs
$CASUS eval --gold corpus/gold.jsonl --pred out/corpus.jsonl --floor eval/floor.json --floor-section seeds \
  || status=1
# The incident scores follow the event report; only their part is shown.
incidents() {
  $CASUS eval --gold "$1" --pred "$2" --incidents corpus/incidents.tsv --floor eval/floor.json --floor-section "$3" \
    "${@:4}" | sed -n '/^incidents:/,$p'
}
echo "== incidents, seeds"
incidents corpus/gold.jsonl out/corpus.jsonl incidents_seeds || status=1

if [ -f "$SHARED/corpus/news/stories.jsonl" ] && [ -f "$SHARED/corpus/voa/voa_stories.jsonl" ]; then
  CASUS_SHARED="$SHARED" python3 corpus/tools/news_gold.py texts out/news-stories.jsonl
  $CASUS extract --manifest corpus/news/docs.tsv -o out/news.jsonl out/news-stories.jsonl
  for split in dev test; do
    echo "== news corpus, $split split (corpus/news/gold.jsonl)"
    $CASUS eval --gold corpus/news/gold.jsonl --pred out/news.jsonl --split "$split" \
      --floor eval/floor.json --floor-section "news_$split" || status=1
    echo "== incidents, news corpus, $split split"
    incidents corpus/news/gold.jsonl out/news.jsonl "incidents_news_$split" --split "$split" || status=1
  done
else
  echo "news corpus gate skipped: $SHARED/corpus/{news,voa} absent (the story texts live there)"
fi

if [ -f "$SHARED/data/petrarch/universalpetrarch/PETR2_GSR_validation.xml" ]; then
  $CASUS eval --petrarch "$SHARED/data/petrarch/universalpetrarch/PETR2_GSR_validation.xml"
else
  echo "PETRARCH comparison skipped: $SHARED is absent"
fi
exit $status
