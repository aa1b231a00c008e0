#!/usr/bin/env bash
# Runs the cargo-fuzz targets of fuzz/ (issue 12): builds them once, then runs each for SECONDS, JOBS at a
# time (default 1: the machine has two cores shared with others), at the lowest CPU priority.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 600 s each, every target;  JOBS=2 scripts/fuzz.sh
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Built without a sanitizer: the
# code under test is safe Rust (the one `unsafe` block loads ONNX Runtime), and the extract target links
# libtorch and ONNX Runtime, which are not built with AddressSanitizer; panics, failed assertions,
# arithmetic overflow (debug assertions are on), timeouts and memory blow-ups are what is looked for. Seeds come from the paragraphs
# of corpus/docs; corpora grow under fuzz/corpus/<target>, crashes land in fuzz/artifacts/<target>, logs
# in fuzz/logs (all ignored by git: a crash is committed as a regression test in the normal suite).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/cargo-env.sh
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(segment numbers dates casualties jsonl extract)
jobs=${JOBS:-1}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/fuzz/target}
bin=$CARGO_TARGET_DIR/x86_64-unknown-linux-gnu/release

seed() {  # one seed per paragraph of the seed articles; JSON Lines for the reader
  local dir=fuzz/corpus/$1
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  python3 - "$dir" "$1" <<'PY'
import glob, json, os, sys
out, target = sys.argv[1], sys.argv[2]
paras = [p.strip() for f in sorted(glob.glob("corpus/docs/*.txt")) for p in open(f, encoding="utf-8").read().split("\n\n") if p.strip()]
for i, p in enumerate(paras):
    data = p.encode()
    if target == "jsonl":
        data = (json.dumps({"id": f"d{i}", "text": p, "published": "2024-02-15"}) + "\n").encode()
    elif target == "dates":
        data = i.to_bytes(4, "little") + data
    open(os.path.join(out, f"seed{i:04d}"), "wb").write(data)
PY
}

# Release builds with debug assertions and overflow checks (cargo-fuzz's default); the grammar targets
# without the pipeline feature, so they need neither libtorch nor ONNX Runtime.
for t in "${targets[@]}"; do
  case $t in
    jsonl | extract) features=() ;;
    *) features=(--no-default-features) ;;
  esac
  (cd fuzz && nice -n 19 cargo +nightly fuzz build --sanitizer none "${features[@]}" "$t")
done
mkdir -p fuzz/logs
running=0
for t in "${targets[@]}"; do
  seed "$t"
  mkdir -p "fuzz/artifacts/$t"
  echo "== $t: $secs s (log fuzz/logs/$t.log)"
  nice -n 19 "$bin/$t" "fuzz/corpus/$t" -artifact_prefix="fuzz/artifacts/$t/" -max_total_time="$secs" \
    -max_len=4096 -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1 &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || echo "fuzz: a target stopped with a finding (see fuzz/logs, fuzz/artifacts)"
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || echo "fuzz: a target stopped with a finding (see fuzz/logs, fuzz/artifacts)"
  running=$((running - 1))
done
for t in "${targets[@]}"; do
  echo "$t: $(grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "fuzz/logs/$t.log" | tail -1)"
  ls "fuzz/artifacts/$t" | sed 's/^/  finding: /'
done
