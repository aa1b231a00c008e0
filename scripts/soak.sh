#!/usr/bin/env bash
# Soak test (issue 12): VOA stories (not the gold stories under review, see corpus/news/docs.tsv) repeated
# 20 times with 5% broken documents of every kind mixed in. Checks that every document is accounted for,
# that peak memory for 20x is that for 2x (flat), that every record is schema-valid with unique event ids,
# and that --threads 1 and 2 give identical output. Takes about half an hour on two cores.
#   scripts/soak.sh [CASUS_BINARY] [WORK_DIR] [SMALL,LARGE repeats, default 2,20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
casus="${1:-$root/target/release/casus}"
work="${2:-$root/out/soak}"
voa="$root/../shared/corpus/voa/voa_stories.jsonl"
[ -x "$casus" ] || { echo "soak: no casus binary at $casus (cargo build --release)" >&2; exit 2; }
[ -f "$voa" ] || { echo "soak: $voa is missing" >&2; exit 2; }
exec python3 "$root/scripts/soak.py" "$casus" "$voa" "$work" "${3:-2,20}"
