#!/usr/bin/env bash
# Model graphs against each other: `casus extract` over the same stories with each model folder, interleaved.
#
#   ./scripts/bench-graphs.sh LABEL=DIR [LABEL=DIR ...]           # e.g. shipped=models/news row=/tmp/row
#   LABEL=DIR@VAR=VALUE                    # that variant runs with the environment variable VAR=VALUE set
#   BENCH_STORIES=...                      # default ../shared/corpus/voa/voa_stories.jsonl (89 VOA stories)
#   BENCH_REPS=3 BENCH_THREADS=2           # repetitions (medians reported), casus --threads
#   CASUS_BIN=path/to/casus                # default: ${CARGO_TARGET_DIR:-target}/release/casus
#
# Why a second script: on the shared 2-core machine the load changes by the minute, so variants are compared
# only within one run, one process after the other in every repetition (bench.sh compares casus with spaCy).
# Per run: wall seconds, user and system CPU seconds, peak RSS (/usr/bin/time, model loading included).
# Raw runs: out/bench/graphs.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${BENCH_STORIES:-../shared/corpus/voa/voa_stories.jsonl}"
REPS="${BENCH_REPS:-3}"
THREADS="${BENCH_THREADS:-2}"
BIN="${CASUS_BIN:-${CARGO_TARGET_DIR:-target}/release/casus}"
[ $# -gt 0 ] || { sed -n '2,13p' "$0"; exit 2; }
[ -f "$STORIES" ] || { echo "bench-graphs: $STORIES not found" >&2; exit 0; }
[ -x "$BIN" ] || { echo "bench-graphs: no binary $BIN (cargo build --release --bin casus)" >&2; exit 1; }
OUT="out/bench"
mkdir -p "$OUT"
RAW="$OUT/graphs.tsv"
: >"$RAW"

echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "stories: $STORIES, $REPS repetitions, --threads $THREADS, $BIN"
for rep in $(seq 1 "$REPS"); do
  for spec in "$@"; do
    label="${spec%%=*}"
    rest="${spec#*=}"
    dir="${rest%%@*}"
    envs=()
    [ "$rest" != "$dir" ] && envs=("${rest#*@}")
    env "${envs[@]}" /usr/bin/time -o "$OUT/time" -f "%e %U %S %M" \
      "$BIN" extract "$STORIES" -o /dev/null --quiet --threads "$THREADS" --models "$dir"
    read -r wall user sys rss <"$OUT/time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rep" "$wall" "$user" "$sys" "$rss" \
      "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RAW"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 - "$RAW" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    label, _, wall, user, sys_, rss, _load = line.split("\t")
    runs.setdefault(label, []).append((float(wall), float(user), float(sys_), int(rss)))
print("| graph | wall s | user CPU s | system CPU s | peak RSS MB | runs |")
print("|---|---|---|---|---|---|")
for label, r in runs.items():
    med = [statistics.median(x[i] for x in r) for i in range(4)]
    print(f"| {label} | {med[0]:.1f} | {med[1]:.1f} | {med[2]:.1f} | {med[3] / 1024:.0f} | {len(r)} |")
EOF
