#!/usr/bin/env bash
# Whole-pipeline throughput: casus against spaCy on the same stories, in one run, interleaved.
#
#   ./scripts/bench.sh [STORIES.jsonl]        # default ../shared/corpus/voa/voa_stories.jsonl (89 VOA stories)
#   BENCH_REPS=5 ./scripts/bench.sh           # repetitions per system (default 3); medians are reported
#   BENCH_THREADS=2                           # casus --threads (default 2, the issue-13 setting)
#   BENCH_REPEAT=20                           # also run casus once on the stories repeated N times (peak RSS)
#   CASUS_BIN=path/to/casus                   # default: ${CARGO_TARGET_DIR:-target}/release/casus (built if absent)
#
# Systems, each run as its own process, one after the other in every repetition (so load changes hit all):
#   casus          NER + dependency parse + events (`casus extract STORIES -o /dev/null --threads N`)
#   spacy-md-n1    spaCy 3.8 en_core_web_md, nlp.pipe(n_process=1)   NER + parse only, no events
#   spacy-md-n2    the same, n_process=2
#   spacy-sm-n1    en_core_web_sm, n_process=1
# Per run: documents/s and sentences/s over the processing time (casus: its summary's time; spaCy: nlp.pipe,
# model loading excluded), CPU seconds (user + system of the whole process and its children, loading
# included) and peak RSS (largest of the process and its children, from /usr/bin/time). Each system counts its
# own sentences. spaCy comes from scripts/bench/setup-spacy.sh (PyPI only). This is a wall-clock measure:
# the machine line (CPU model, vector flags, load before and after) is part of the result.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${1:-../shared/corpus/voa/voa_stories.jsonl}"
REPS="${BENCH_REPS:-3}"
THREADS="${BENCH_THREADS:-2}"
if [ ! -f "$STORIES" ]; then
  echo "bench: $STORIES not found (the VOA stories live in ../shared, which only CI and developers have)" >&2
  exit 0
fi
BIN="${CASUS_BIN:-${CARGO_TARGET_DIR:-target}/release/casus}"
if [ ! -x "$BIN" ]; then
  ./scripts/setup.sh >&2
  # shellcheck disable=SC1091
  source scripts/cargo-env.sh
  cargo build --release --bin casus >&2
fi
PY="$(./scripts/bench/setup-spacy.sh)"
OUT="out/bench"
mkdir -p "$OUT"
RAW="$OUT/runs.tsv"

echo "== machine"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
echo "vector flags: $(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -E '^(avx2|fma|avx512[a-z_]*|avx_vnni|amx[a-z_]*)$' | sort | tr '\n' ' ')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "casus: $BIN ($("$BIN" --version 2>/dev/null || echo unknown)), --threads $THREADS; model $(sed -n 's/.*"onnx": *"\([^"]*\)".*/\1/p' "${CASUS_MODELS:-models/news}/config.json")"
echo "spaCy: $("$PY" -c 'import spacy; print(spacy.__version__)') ($PY)"
echo "stories: $STORIES, $REPS repetitions"
echo

# One run: prints "system docs sentences seconds cpu_s rss_kb" to $RAW.
run_casus() {
  local err="$OUT/casus.err"
  /usr/bin/time -o "$OUT/time" -f "%U %S %M" "$BIN" extract "$STORIES" -o /dev/null --threads "$THREADS" 2>"$err"
  local docs sents secs
  docs=$(grep -oE 'documents: *[0-9]+' "$err" | grep -oE '[0-9]+' | head -1)
  sents=$(grep -oE 'sentences: *[0-9]+' "$err" | grep -oE '[0-9]+' | head -1)
  secs=$(grep -oE 'time: *[0-9.]+' "$err" | grep -oE '[0-9.]+' | head -1)
  record casus "$docs" "$sents" "$secs"
}
run_spacy() { # model n_process
  local json
  json=$(/usr/bin/time -o "$OUT/time" -f "%U %S %M" "$PY" scripts/bench/spacy_run.py "$1" "$2" "$STORIES" 2>"$OUT/spacy.err" | tail -1)
  # shellcheck disable=SC2046
  record "spacy-$1-n$2" $(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print(r["documents"], r["sentences"], r["seconds"])' "$json")
}
record() { # system docs sentences seconds  (+ $OUT/time: user sys rss)
  local user sys rss
  read -r user sys rss <"$OUT/time"
  awk -v s="$1" -v d="$2" -v n="$3" -v t="$4" -v u="$user" -v y="$sys" -v r="$rss" -v raw="$RAW" 'BEGIN {
    printf "%s\t%s\t%s\t%s\t%.2f\t%s\n", s, d, n, t, u + y, r >> raw
    printf "  %-12s %5d docs %6d sentences %7.2f s  %6.0f sentences/s  cpu %6.2f s  rss %4d MB\n", s, d, n, t, n / t, u + y, r / 1024
  }'
}

printf 'system\tdocuments\tsentences\tseconds\tcpu_s\tpeak_rss_kb\n' >"$RAW"
for rep in $(seq 1 "$REPS"); do
  echo "== repetition $rep (load $(cut -d' ' -f1 /proc/loadavg))"
  run_casus
  run_spacy md 1
  run_spacy md 2
  run_spacy sm 1
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== medians over $REPS repetitions (raw runs: $RAW)"
python3 scripts/bench/summarize.py "$RAW"

if [ -n "${BENCH_REPEAT:-}" ]; then
  big="$OUT/stories-x$BENCH_REPEAT.jsonl"
  python3 - "$STORIES" "$BENCH_REPEAT" "$big" <<'EOF'
import json, sys
src, n, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(dst, "w", encoding="utf-8") as f:
    for k in range(n):
        for r in rows:
            f.write(json.dumps(dict(r, id=f"{r['id']}#{k}"), ensure_ascii=False) + "\n")
EOF
  echo
  echo "== casus on the stories repeated $BENCH_REPEAT times (memory stays bounded by --batch-size)"
  /usr/bin/time -f "peak RSS %M KB" "$BIN" extract "$big" -o /dev/null --threads "$THREADS" 2>&1 | grep -E 'documents:|sentences:|time:|peak RSS'
fi
