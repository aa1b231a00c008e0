#!/usr/bin/env python3
"""Validate corpus/gold.jsonl against corpus/docs/ and corpus/docs.tsv.

Usage: python3 corpus/tools/check_gold.py [CORPUS_DIR]   (default: the corpus/ dir above this file)

Checks (see shared EVENT_SCHEMA.md and corpus/GUIDELINES.md):
  - docs/*.txt are byte-identical to ../shared/seeds/*.txt when that folder exists beside the repo
  - docs.tsv: header, one row per docs/*.txt, ISO pub_date
  - every gold line parses as a JSON object with exactly the schema's keys
  - doc_id names a document; event_id is "<doc_id>:<n>", dense from 0 in file order per document
  - evidence: 0 <= start < end <= len(text) in Unicode scalar (char) offsets, and
    text[start:end] == sentence; sentences are single lines without outer whitespace;
    records of a document are in document order (non-decreasing start)
  - action: text non-empty and inside the sentence; cameo ^[0-2][0-9]{1,3}$ with root 01..20
  - actor/target/source: null or {text, name, country, role}; text inside the sentence;
    country ^[A-Z]{3}$ or null; role ^[A-Z]{3}$ or null
  - date: null or {text, value}; value YYYY, YYYY-MM or YYYY-MM-DD (a real date); text in the document
  - location: null or {text, name}; text in the document
  - casualties: object with exactly killed and injured, each null or {count, qualifier, text};
    qualifier in the allowed set; count is null iff qualifier == "several", otherwise an int >= 0;
    text inside the sentence
Exit status 0 when everything passes, 1 otherwise. Prints a summary (events per document and per CAMEO root).
"""
import collections
import datetime
import json
import os
import re
import sys

KEYS = ["doc_id", "event_id", "action", "actor", "target", "date", "location", "casualties", "source", "evidence"]
PARTY_KEYS = {"text", "name", "country", "role"}
QUALIFIERS = {"exact", "at_least", "more_than", "approx", "at_most", "several"}
CAMEO_RE = re.compile(r"^[0-2][0-9]{1,3}$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def valid_date(value):
    m = DATE_RE.match(value) if isinstance(value, str) else None
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def check_lines(lines, texts, err, name="gold.jsonl"):
    """Validates the lines of a gold file against `texts` (doc_id -> text); returns (events per doc,
    events per CAMEO root). Problems go to `err` as strings naming the line and event."""
    per_doc = collections.defaultdict(int)
    last_start = {}
    roots = collections.Counter()
    seen_ids = set()
    for ln, line in enumerate(lines, 1):
        where = f"{name}:{ln}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: not JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r.keys()) != set(KEYS):
            err(f"{where}: keys must be exactly {KEYS}")
            if isinstance(r, dict) and r.get("doc_id") in texts:
                per_doc[r["doc_id"]] += 1  # keep the event_id check of later lines meaningful
            continue
        doc = r["doc_id"]
        if doc not in texts:
            err(f"{where}: unknown doc_id {doc!r}")
            continue
        text = texts[doc]
        where = f"{where} ({r.get('event_id')})"
        exp_id = f"{doc}:{per_doc[doc]}"
        if r["event_id"] != exp_id:
            err(f"{where}: event_id should be {exp_id}")
        if r["event_id"] in seen_ids:
            err(f"{where}: duplicate event_id")
        seen_ids.add(r["event_id"])
        per_doc[doc] += 1

        ev = r["evidence"]
        sent = ""
        if not isinstance(ev, dict) or set(ev.keys()) != {"start", "end", "sentence"}:
            err(f"{where}: evidence must be {{start, end, sentence}}")
        else:
            s, e, sent = ev["start"], ev["end"], ev["sentence"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"{where}: evidence span {s}..{e} outside document (len {len(text)})")
            elif text[s:e] != sent:
                err(f"{where}: text[{s}:{e}] != evidence.sentence")
            if sent != sent.strip() or "\n" in sent:
                err(f"{where}: sentence has outer whitespace or a line break")
            if isinstance(s, int):
                if s < last_start.get(doc, -1):
                    err(f"{where}: records not in document order")
                last_start[doc] = s

        a = r["action"]
        if not isinstance(a, dict) or set(a.keys()) != {"text", "cameo"}:
            err(f"{where}: action must be {{text, cameo}}")
        else:
            if not a["text"] or a["text"] not in sent:
                err(f"{where}: action.text {a['text']!r} not in sentence")
            c = a["cameo"]
            if not isinstance(c, str) or not CAMEO_RE.match(c) or not 1 <= int(c[:2]) <= 20:
                err(f"{where}: bad cameo {c!r}")
            else:
                roots[c[:2]] += 1

        for role in ("actor", "target", "source"):
            p = r[role]
            if p is None:
                continue
            if not isinstance(p, dict) or set(p.keys()) != PARTY_KEYS:
                err(f"{where}: {role} must be null or {sorted(PARTY_KEYS)}")
                continue
            if not p["text"] or p["text"] not in sent:
                err(f"{where}: {role}.text {p['text']!r} not in sentence")
            if not p["name"]:
                err(f"{where}: {role}.name empty")
            if p["country"] is not None and not ISO3_RE.match(str(p["country"])):
                err(f"{where}: {role}.country {p['country']!r}")
            if p["role"] is not None and not ISO3_RE.match(str(p["role"])):
                err(f"{where}: {role}.role {p['role']!r}")

        d = r["date"]
        if d is not None:
            if not isinstance(d, dict) or set(d.keys()) != {"text", "value"}:
                err(f"{where}: date must be null or {{text, value}}")
            else:
                if not valid_date(d["value"]):
                    err(f"{where}: bad date.value {d['value']!r}")
                if not d["text"] or d["text"] not in text:
                    err(f"{where}: date.text {d['text']!r} not in document")

        loc = r["location"]
        if loc is not None:
            if not isinstance(loc, dict) or set(loc.keys()) != {"text", "name"}:
                err(f"{where}: location must be null or {{text, name}}")
            elif not loc["text"] or loc["text"] not in text or not loc["name"]:
                err(f"{where}: location.text {loc['text']!r} not in document (or empty name)")

        cas = r["casualties"]
        if not isinstance(cas, dict) or set(cas.keys()) != {"killed", "injured"}:
            err(f"{where}: casualties must be {{killed, injured}}")
        else:
            for kind in ("killed", "injured"):
                c = cas[kind]
                if c is None:
                    continue
                if not isinstance(c, dict) or set(c.keys()) != {"count", "qualifier", "text"}:
                    err(f"{where}: casualties.{kind} must be null or {{count, qualifier, text}}")
                    continue
                q, n = c["qualifier"], c["count"]
                if q not in QUALIFIERS:
                    err(f"{where}: casualties.{kind}.qualifier {q!r}")
                if q == "several":
                    if n is not None:
                        err(f"{where}: casualties.{kind}: count must be null when qualifier is 'several'")
                elif not (isinstance(n, int) and not isinstance(n, bool) and n >= 0):
                    err(f"{where}: casualties.{kind}.count must be an integer >= 0")
                if not c["text"] or c["text"] not in sent:
                    err(f"{where}: casualties.{kind}.text {c['text']!r} not in sentence")

    return per_doc, roots


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def main(corpus):
    errors = []
    err = errors.append
    docs_dir = os.path.join(corpus, "docs")
    texts = {}
    for fn in sorted(os.listdir(docs_dir)):
        if fn.endswith(".txt"):
            with open(os.path.join(docs_dir, fn), encoding="utf-8", newline="") as f:
                texts[fn[:-4]] = f.read()
    if not texts:
        err("no documents in docs/")
    # the documents must stay byte-exact copies of the seeds when those are at hand (../shared beside the repo)
    seeds = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(corpus))), "shared", "seeds")
    if os.path.isdir(seeds):
        for d in texts:
            src = os.path.join(seeds, d + ".txt")
            if os.path.exists(src):
                with open(src, "rb") as a, open(os.path.join(docs_dir, d + ".txt"), "rb") as b:
                    if a.read() != b.read():
                        err(f"docs/{d}.txt differs from {src}")

    # docs.tsv
    with open(os.path.join(corpus, "docs.tsv"), encoding="utf-8", newline="") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    if not rows or rows[0] != ["doc_id", "pub_date", "outlet"]:
        err("docs.tsv: header must be doc_id<TAB>pub_date<TAB>outlet")
    listed = set()
    for r in rows[1:]:
        if len(r) != 3:
            err(f"docs.tsv: bad row {r!r}")
            continue
        listed.add(r[0])
        if r[0] not in texts:
            err(f"docs.tsv: {r[0]} has no docs/{r[0]}.txt")
        if r[1] and not valid_date(r[1]):
            err(f"docs.tsv: {r[0]} bad pub_date {r[1]!r}")
    for d in texts:
        if d not in listed:
            err(f"docs.tsv: docs/{d}.txt not listed")

    per_doc, roots = check_lines(read_lines(os.path.join(corpus, "gold.jsonl")), texts, err)

    for e in errors:
        print("ERROR", e)
    total = sum(per_doc.values())
    print(f"{total} events in {len(per_doc)} documents")
    for doc in sorted(texts):
        print(f"  {doc}\t{per_doc.get(doc, 0)}")
    print("per CAMEO root: " + ", ".join(f"{k}:{v}" for k, v in sorted(roots.items())))
    print(f"{'FAIL' if errors else 'OK'}: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here))
