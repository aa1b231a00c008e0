"""Readers for the open data in ../shared and the label conventions of the news model.

Everything here is pure Python (no torch) so that the teacher / evaluation scripts can share it.
"""
import json
import os
import re

from gazetteer import TITLES, is_demonym

SHARED = os.environ.get("CASUS_SHARED", "/work/shared")
UD = os.path.join(SHARED, "data", "ud")
UNER = os.path.join(SHARED, "data", "uner-ewt")
VOA = os.path.join(SHARED, "corpus", "voa", "voa_stories.jsonl")

# GUM genres licensed CC BY-NC-SA: never in anything that trains a shipped model
GUM_NC_GENRES = ("whow", "fiction")

# Entity types of the shipped model (BIO over these)
ENT_TYPES = ["PER", "ORG", "GPE", "LOC", "NORP"]
NER_LABELS = ["O"] + [f"{p}-{t}" for t in ENT_TYPES for p in ("B", "I")]

# Common evaluation set: our GPE+LOC -> LOC, NORP dropped; spaCy PERSON->PER, GPE/LOC/FAC->LOC
TO_COMMON = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
SPACY_TO_COMMON = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


# ---------------------------------------------------------------- word shape (FORMAT.md)
def word_shape(w):
    if any(c in "0123456789" for c in w):
        return 5
    letters = [c for c in w if c.isalpha()]
    if not letters:
        return 6
    if all(c.islower() for c in letters):
        return 1
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 2  # includes a single upper letter
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 3
    return 4


# ---------------------------------------------------------------- CoNLL-U
def read_conllu(path, doc_id=None):
    """Sentences with syntactic words only (multiword-token lines and empty nodes skipped)."""
    sents, cur, meta = [], None, {}
    doc = doc_id
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"# newdoc id = (.+)", line)
                if m:
                    doc = m.group(1).strip()
                m = re.match(r"# sent_id = (.+)", line)
                if m:
                    meta["sent_id"] = m.group(1).strip()
                continue
            if not line.strip():
                if cur and cur["words"]:
                    sents.append(cur)
                cur, meta = None, {}
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            if cur is None:
                cur = {"id": meta.get("sent_id"), "doc": doc, "words": [], "upos": [], "heads": [],
                       "deprels": [], "misc": []}
            cur["words"].append(cols[1])
            cur["upos"].append(cols[3])
            cur["heads"].append(int(cols[6]))
            cur["deprels"].append(cols[7])
            cur["misc"].append(cols[9])
    if cur and cur["words"]:
        sents.append(cur)
    return sents


def _file_list(corpus, split):
    with open(os.path.join(UD, corpus, "not-to-release", "file-lists", f"files.{split}")) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def ewt_docs(split):
    src = os.path.join(UD, "ewt", "not-to-release", "sources")
    out = []
    for rel in _file_list("ewt", split):
        out.extend(read_conllu(os.path.join(src, rel), doc_id=rel))
    return out


def gum_genre(doc):
    return doc.split("_")[1] if doc and doc.startswith("GUM_") else ""


def gum_docs(split, commercial_only=True):
    src = os.path.join(UD, "gum", "not-to-release", "sources")
    out = []
    for name in _file_list("gum", split):
        name = name.replace(".conllu", "")
        if commercial_only and gum_genre(name) in GUM_NC_GENRES:
            continue
        if not os.path.exists(os.path.join(src, name + ".conllu")):  # reddit docs are not distributed
            continue
        out.extend(read_conllu(os.path.join(src, name + ".conllu"), doc_id=name))
    return out


def ud_split_file(corpus, split):
    return read_conllu(os.path.join(UD, corpus, f"en_{corpus}-ud-{split}.conllu"))


# ---------------------------------------------------------------- GUM entities -> named-entity spans
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "PLACE"}


def gum_mentions(sent):
    """All entity mentions (start, end_exclusive, gum_type) from the MISC Entity= annotations."""
    stack, out = [], []
    for i, misc in enumerate(sent["misc"]):
        ent = None
        for kv in misc.split("|"):
            if kv.startswith("Entity="):
                ent = kv[len("Entity="):]
        if not ent:
            continue
        toks = re.findall(r"\(|\)|[^()]+", ent)
        k = 0
        while k < len(toks):
            if toks[k] == "(" and k + 1 < len(toks):
                eid, etype = toks[k + 1].split("-")[:2]
                if k + 2 < len(toks) and toks[k + 2] == ")":
                    out.append((i, i + 1, etype))
                    k += 3
                else:
                    stack.append((eid, etype, i))
                    k += 2
            elif toks[k] not in "()" and k + 1 < len(toks) and toks[k + 1] == ")":
                eid = toks[k]
                for j in range(len(stack) - 1, -1, -1):
                    if stack[j][0] == eid:
                        _, etype, s = stack.pop(j)
                        out.append((s, i + 1, etype))
                        break
                k += 2
            else:
                k += 1
    return out


def gum_named_spans(sent):
    """Named-entity spans from GUM mentions: mentions of person/organization/place whose head word is a
    proper noun; the name is the maximal run of PROPN words around the head inside the mention.
    Inner (shorter) mentions are resolved first, outer names stop at words already taken.
    Returns [(start, end_excl, 'PER'|'ORG'|'PLACE')]."""
    n = len(sent["words"])
    taken = [False] * n
    spans = []
    for s, e, t in sorted(gum_mentions(sent), key=lambda x: x[1] - x[0]):
        if t not in GUM_TYPES:
            continue
        head = None
        for i in range(s, e):
            h = sent["heads"][i] - 1
            if h < s or h >= e:
                head = i
                break
        if head is None or sent["upos"][head] != "PROPN" or taken[head]:
            continue
        words = sent["words"]

        def namey(i):
            return not taken[i] and (sent["upos"][i] == "PROPN" or (i > 0 and word_shape(words[i]) in (2, 3, 4)))

        a = head
        while a - 1 >= s and namey(a - 1):
            a -= 1
        b = head + 1
        while b < e and namey(b):
            b += 1
        typ = GUM_TYPES[t]
        while a < head and words[a] in TITLES:  # "President Donald Trump" -> "Donald Trump"
            a += 1
        if b - a == 1 and words[a] in TITLES:
            continue
        if typ == "PER" and b - a == 1 and is_demonym(words[a]):  # "Muslims", "Armenians"
            typ = "NORP"
        for i in range(a, b):
            taken[i] = True
        spans.append((a, b, typ))
    return sorted(spans)


# ---------------------------------------------------------------- UNER
def read_iob2(path):
    sents, cur, sid = [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"# sent_id = (.+)", line)
                if m:
                    sid = m.group(1).strip()
                continue
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = None
                continue
            cols = line.split("\t")
            if cur is None:
                cur = {"id": sid, "words": [], "tags": []}
            cur["words"].append(cols[1])
            tag = cols[2]
            cur["tags"].append(tag)
    if cur:
        sents.append(cur)
    return sents


def uner(split):
    return read_iob2(os.path.join(UNER, f"en_ewt-ud-{split}.iob2"))


# ---------------------------------------------------------------- BIO helpers
def spans_from_bio(tags):
    """BIO -> [(start, end_excl, type)] with the runner's repair: I-X without an open X starts a span."""
    spans, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[2] != t[2:])):
            if cur:
                spans.append(tuple(cur))
                cur = None
            if t != "O":
                cur = [i, i + 1, t[2:]]
        else:
            cur[1] = i + 1
    return spans


def bio_from_spans(n, spans):
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


# ---------------------------------------------------------------- VOA
def voa_stories():
    with open(VOA, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
