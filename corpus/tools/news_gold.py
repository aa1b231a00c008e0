#!/usr/bin/env python3
"""The news gold corpus (corpus/news): read stories, build gold files from label files, check them.

The story texts stay in ../shared (never copied into the repo): the 67 stories of
shared/corpus/news/stories.jsonl and the 20 VOA stories of shared/corpus/voa/voa_stories.jsonl that
corpus/news/docs.tsv lists. A document's text is its JSONL record's `text`, exactly as stored;
offsets are Python str (Unicode scalar) indices into it.

Usage (python3 corpus/tools/news_gold.py ...):
  show DOC_ID                 print a story with its publication date, country and numbered paragraphs
  build LABEL_DIR OUT.jsonl   assemble LABEL_DIR/<doc_id>.jsonl label files into one gold file
  check [GOLD.jsonl]          validate a gold file (default corpus/news/gold.jsonl), print counts
  texts OUT.jsonl             write the labelled stories as casus input (id, text, published)

Label files hold one record per line in the format of shared/EVENT_SCHEMA.md, in document order;
`doc_id` and `event_id` may be left out and `evidence` may be just {"sentence": ...}: `build`
finds each sentence in the text (the first occurrence at or after the previous record's sentence,
so a repeated line is found again) and fills in the offsets and dense event ids, then validates
everything with the rules of check_gold.py.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_gold  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NEWS = os.path.join(REPO, "corpus", "news")
SHARED = os.environ.get("CASUS_SHARED", os.path.join(os.path.dirname(REPO), "shared"))
SOURCES = [("corpus", "news", "stories.jsonl"), ("corpus", "voa", "voa_stories.jsonl")]


def docs_table():
    """doc_id -> {pub_date, country, region}, in docs.tsv order."""
    with open(os.path.join(NEWS, "docs.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    if rows[0] != ["doc_id", "pub_date", "country", "region"]:
        sys.exit("docs.tsv: header must be doc_id, pub_date, country, region")
    return {r[0]: {"pub_date": r[1], "country": r[2], "region": r[3]} for r in rows[1:]}


def load_texts(wanted):
    """doc_id -> text for the documents in `wanted`; exits when ../shared is missing."""
    texts = {}
    for parts in SOURCES:
        path = os.path.join(SHARED, *parts)
        if not os.path.exists(path):
            sys.exit(f"{path} not found: the news texts live in ../shared (set CASUS_SHARED)")
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in wanted:
                    texts[rec["id"]] = rec["text"]
    missing = sorted(set(wanted) - set(texts))
    if missing:
        sys.exit(f"stories not found in ../shared: {missing}")
    return texts


def show(doc_id):
    docs = docs_table()
    if doc_id not in docs:
        sys.exit(f"{doc_id} is not in corpus/news/docs.tsv")
    text = load_texts({doc_id})[doc_id]
    d = docs[doc_id]
    print(f"# {doc_id}  published {d['pub_date']}  country {d['country']}  region {d['region']}")
    for i, para in enumerate(text.split("\n\n")):
        print(f"[{i}] {para}\n")


def place(records, text, doc_id, err):
    """Fills evidence offsets, doc_id and event ids of one document's label records."""
    pos = 0
    out = []
    for n, r in enumerate(records):
        sent = (r.get("evidence") or {}).get("sentence", "")
        at = text.find(sent, pos) if sent else -1
        if at < 0:
            at = text.find(sent) if sent else -1
            if at >= 0:
                err(f"{doc_id} record {n}: sentence found only before the previous record's (order?): {sent[:60]!r}")
            else:
                err(f"{doc_id} record {n}: sentence not in the text: {sent[:80]!r}")
                continue
        pos = at
        r = dict(r)
        r["doc_id"] = doc_id
        r["event_id"] = f"{doc_id}:{len(out)}"
        r["evidence"] = {"start": at, "end": at + len(sent), "sentence": sent}
        out.append({k: r.get(k) for k in check_gold.KEYS})
    return out


def build(label_dir, out_path):
    docs = docs_table()
    errors = []
    files = sorted(f[:-6] for f in os.listdir(label_dir) if f.endswith(".jsonl"))
    unknown = [d for d in files if d not in docs]
    if unknown:
        sys.exit(f"label files for documents not in docs.tsv: {unknown}")
    texts = load_texts(set(files))
    lines = []
    for doc_id in [d for d in docs if d in texts]:
        with open(os.path.join(label_dir, doc_id + ".jsonl"), encoding="utf-8") as f:
            records = []
            for ln, line in enumerate(f, 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        errors.append(f"{doc_id}.jsonl:{ln}: not JSON ({e})")
        for r in place(records, texts[doc_id], doc_id, errors.append):
            lines.append(json.dumps(r, ensure_ascii=False))
    check_gold.check_lines(lines, texts, errors.append, name=os.path.basename(out_path))
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAIL: {len(errors)} error(s); {out_path} not written")
        return 1
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
    print(f"wrote {len(lines)} events of {len(texts)} documents to {out_path}")
    return 0


def check(path):
    docs = docs_table()
    lines = check_gold.read_lines(path)
    ids = {json.loads(line).get("doc_id") for line in lines if line.strip()}
    texts = load_texts({d for d in ids if d in docs})
    errors = []
    per_doc, roots = check_gold.check_lines(lines, texts, errors.append, name=os.path.basename(path))
    for e in errors:
        print("ERROR", e)
    region = collections.Counter()
    for d, n in per_doc.items():
        region[docs[d]["region"]] += n
    print(f"{sum(per_doc.values())} events in {len(per_doc)} documents")
    print("per region: " + ", ".join(f"{k}: {v}" for k, v in sorted(region.items())))
    print("per CAMEO root: " + ", ".join(f"{k}:{v}" for k, v in sorted(roots.items())))
    print(f"{'FAIL' if errors else 'OK'}: {len(errors)} error(s)")
    return 1 if errors else 0


def write_texts(out_path):
    docs = docs_table()
    texts = load_texts(set(docs))
    with open(out_path, "w", encoding="utf-8") as f:
        for d, meta in docs.items():
            f.write(json.dumps({"id": d, "text": texts[d], "published": meta["pub_date"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} stories to {out_path}")
    return 0


def main(argv):
    if len(argv) == 2 and argv[0] == "show":
        show(argv[1])
        return 0
    if len(argv) == 3 and argv[0] == "build":
        return build(argv[1], argv[2])
    if argv[:1] == ["check"] and len(argv) <= 2:
        return check(argv[1] if len(argv) == 2 else os.path.join(NEWS, "gold.jsonl"))
    if len(argv) == 2 and argv[0] == "texts":
        return write_texts(argv[1])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
