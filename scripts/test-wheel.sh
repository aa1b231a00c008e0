#!/usr/bin/env bash
# The wheel installs anywhere: builds it (scripts/build-wheel.sh), checks it with auditwheel (from PyPI),
# installs it with its dependencies into a fresh venv in a temporary folder, then, with this checkout and
# the cargo target folder hidden (a private mount namespace: `unshare --user --mount`, tmpfs over both),
# extracts events from a seed article and compares them with what the `casus` binary writes for it.
#
#   ./scripts/test-wheel.sh
#
# Where unshare is not permitted the run happens from the temporary folder with a cleared environment
# instead, and the checks that hold in both modes decide: the extension has no RPATH/RUNPATH, no library
# the process loaded lies in the checkout, the model and libonnxruntime come from the fresh venv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
PY="$ROOT/.venv/bin/python"
DOC=000_c7c1347b81c6e334   # a seed article (corpus/docs) and its publication date (corpus/docs.tsv)
DATE=2024-02-13
die() { echo "test-wheel.sh: FAIL: $*" >&2; exit 1; }

./scripts/build-wheel.sh >/dev/null 2>&1 || die "scripts/build-wheel.sh"
wheel="$(ls "$TARGET"/wheels/casus-*.whl)"
case "$(basename "$wheel")" in
  *manylinux*) ;;
  *) die "$(basename "$wheel") is not manylinux-tagged" ;;
esac

TMP="$(mktemp -d /tmp/casus-wheel-test.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
python3 -m venv "$TMP/tools"
"$TMP/tools/bin/pip" install -q --disable-pip-version-check auditwheel==6.8.2 >/dev/null
"$TMP/tools/bin/auditwheel" show "$wheel" > "$TMP/auditwheel.txt" 2>&1 || { cat "$TMP/auditwheel.txt"; die "auditwheel show"; }
# auditwheel wraps its text at a width: read it as one line. Linked against glibc 2.17 (build-wheel.sh,
# zig) unless built natively on purpose.
consistent="$(tr '\n' ' ' < "$TMP/auditwheel.txt" | sed -n 's/.*following platform tag: *"\([^"]*\)".*/\1/p')"
case "$consistent:${CASUS_WHEEL_NATIVE:-}" in
  manylinux_2_17_x86_64:* | manylinux_*:?*) ;;
  *) cat "$TMP/auditwheel.txt"; die "auditwheel: consistent with '$consistent', not manylinux_2_17_x86_64" ;;
esac
# auditwheel's own ELF reader: no RPATH / RUNPATH (nothing points into this checkout or anywhere).
"$TMP/tools/bin/python" - "$wheel" <<'PYEOF' || die "the extension carries a library path"
import sys, zipfile, io
from elftools.elf.elffile import ELFFile
with zipfile.ZipFile(sys.argv[1]) as z:
    names = [n for n in z.namelist() if n.endswith(".so")]
    assert names, "no extension module in the wheel"
    for n in names:
        elf = ELFFile(io.BytesIO(z.read(n)))
        dyn = elf.get_section_by_name(".dynamic")
        tags = [t.entry.d_tag for t in dyn.iter_tags()] if dyn else []
        bad = [t for t in tags if t in ("DT_RPATH", "DT_RUNPATH")]
        needed = [t.needed for t in dyn.iter_tags() if t.entry.d_tag == "DT_NEEDED"]
        print(f"{n}: needs {', '.join(needed)}; {'no rpath' if not bad else bad}")
        assert not bad, f"{n} has {bad}"
    models = [n for n in z.namelist() if "/model/" in n]
    assert any(n.endswith("/model/config.json") for n in models), "no model in the wheel"
PYEOF
echo "auditwheel: consistent with $consistent"

# A fresh venv with the wheel and its declared dependencies (onnxruntime) from the package index.
python3 -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install -q --disable-pip-version-check "$wheel" || die "pip install of the wheel"

# What the CLI says about the article, to compare with.
[ -x "$TARGET/release/casus" ] || (source scripts/cargo-env.sh && cargo build --release --bin casus)
"$TARGET/release/casus" extract --quiet --pub-date "$DATE" "corpus/docs/$DOC.txt" > "$TMP/cli.jsonl"
cp "corpus/docs/$DOC.txt" "$TMP/article.txt"
cat > "$TMP/check.py" <<PYEOF
import json, os, sys
root, target, venv = sys.argv[1:4]
import casus
ex = casus.Extractor()
events = ex.extract(open("article.txt", encoding="utf-8").read(), doc_id="$DOC", pub_date="$DATE")
cli = [json.loads(l) for l in open("cli.jsonl", encoding="utf-8")]
assert events, "no events"
assert [e.to_dict() for e in events] == cli, "the wheel's events differ from the CLI's"
assert ex.models.startswith(venv), f"model from {ex.models}, not from the wheel"
maps = open("/proc/self/maps").read()
ort = sorted({l.split()[-1] for l in maps.splitlines() if "libonnxruntime" in l})
assert ort and all(p.startswith(venv) for p in ort), f"ONNX Runtime from {ort}"
inside = sorted({l.split()[-1] for l in maps.splitlines() if l.split()[-1].startswith((root + "/", target + "/"))})
assert not inside, f"loaded from the checkout: {inside}"
print(f"wheel: {len(events)} events from {sys.argv[4]} (same as the CLI), model {ex.models}, {ort[0]}")
PYEOF
# Run as in a fresh shell: no variables of this one (CASUS_MODELS, ORT_DYLIB_PATH, VIRTUAL_ENV, ...).
run=(env -i PATH=/usr/bin:/bin HOME="$TMP" LANG=C.UTF-8 "$TMP/venv/bin/python" check.py "$ROOT" "$TARGET" "$TMP/venv")
cd "$TMP"
if unshare --user --map-root-user --mount true 2>/dev/null; then
  hide="mount -t tmpfs none '$ROOT'"
  case "$TARGET/" in "$ROOT"/*) ;; *) hide="$hide && mount -t tmpfs none '$TARGET'" ;; esac
  unshare --user --map-root-user --mount sh -c "$hide && test ! -e '$ROOT/Cargo.toml' && exec \"\$@\"" sh \
    "${run[@]}" "checkout hidden (mount namespace)" || die "extraction with the checkout hidden"
else
  echo "test-wheel.sh: unshare not permitted here; running from $TMP with a cleared environment" >&2
  "${run[@]}" "a temporary folder" || die "extraction from a temporary folder"
fi
