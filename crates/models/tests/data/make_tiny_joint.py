"""Write crates/models/tests/data/tiny-joint/: a tiny RANDOM joint model (models/FORMAT.md) for the runner's
tests: the trainer's JointModel (models/train/model.py) on the tiny-bert encoder with small random heads.

    .venv-train/bin/python crates/models/tests/data/make_tiny_joint.py     (after models/train/setup.sh)

Files: config.json, tokenizer.json (tiny-bert's), model.onnx, reference.jsonl (one sentence per line, run
alone through ONNX Runtime: words, word_index, ner_logits, arc_scores, word labels, entities, the exact
single-root maximum spanning tree found by trying every root with Chu-Liu-Edmonds, deprels).
Decoding as models/train/decode.py: NER by its BIO-constrained Viterbi (imported); the tree over each word's log-softmax of its head scores (here the
exact best single-root tree), deprel = argmax relation for the chosen head.
Seed fixed: output is reproducible. Not a real model.
"""
import hashlib
import json
import os
import shutil
import sys

import numpy as np
import onnxruntime as ort
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "models", "train"))
from data import NER_LABELS, word_shape  # noqa: E402
from decode import viterbi_bio  # noqa: E402
from model import JointModel  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

ENC = os.path.join(ROOT, "models", "tiny-bert")
OUT = os.path.join(HERE, "tiny-joint")
DEPRELS = ["root", "nsubj", "obj", "obl", "det", "amod", "case", "punct", "compound", "dep"]
MAX_SUB = 64  # small, so that the runner windows the long sentence of the tests
SENTENCES = [
    "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand .".split(),
    "The two countries accused each other on Tuesday of shooting at the border .".split(),
    "John Smith lives in New York .".split(),
    "Four soldiers were killed and one was injured , the ministry said .".split(),
    ["Fire"],
    ["UN", "chief", "António", "Guterres", "visited", "Kyiv", "on", "2024-05-01", "."],
]


def featurize(tok, words):
    enc = tok.encode(words, is_pretokenized=True, add_special_tokens=True)
    first = [-1] * len(words)
    shapes = [0] * len(enc.ids)
    for p, w in enumerate(enc.word_ids):
        if w is None:
            continue
        shapes[p] = word_shape(words[w])
        if first[w] < 0:
            first[w] = p
    for i in range(len(words)):
        if first[i] < 0:
            first[i] = first[i - 1] if i > 0 else 0
    assert len(enc.ids) <= MAX_SUB, (words, len(enc.ids))
    return enc.ids, shapes, first


def cle(s):
    """Chu-Liu-Edmonds on s[dep, head] (node 0 = ROOT); returns heads (heads[0] = 0)."""
    n = s.shape[0]
    s = s.copy()
    np.fill_diagonal(s, -np.inf)
    s[0] = -np.inf
    s[0, 0] = 0
    heads = s.argmax(1)
    # find a cycle
    for start in range(1, n):
        seen, v = [], start
        while v != 0 and v not in seen:
            seen.append(v)
            v = heads[v]
        if v != 0:
            cyc = seen[seen.index(v):]
            break
    else:
        return heads
    cyc_set = set(cyc)
    rest = [v for v in range(n) if v not in cyc_set]
    cyc_score = sum(s[c, heads[c]] for c in cyc)
    k = len(rest)
    sub = np.full((k + 1, k + 1), -np.inf)
    sub[:k, :k] = s[np.ix_(rest, rest)]
    enter, leave = {}, {}
    for b, h in enumerate(rest):
        vals = [s[c, h] - s[c, heads[c]] + cyc_score for c in cyc]
        enter[b] = cyc[int(np.argmax(vals))]
        sub[k, b] = max(vals)
    for a, d in enumerate(rest):
        if a == 0:
            continue
        vals = [s[d, c] for c in cyc]
        leave[a] = cyc[int(np.argmax(vals))]
        sub[a, k] = max(vals)
    ct = cle(sub)
    new = heads.copy()
    for a, d in enumerate(rest):
        if a == 0:
            continue
        new[d] = rest[ct[a]] if ct[a] < k else leave[a]
    new[enter[ct[k]]] = rest[ct[k]]
    return new


def single_root_tree(arc):
    """arc[i, j] for words i (0..n-1), columns j (0 = ROOT): best tree with one root, by trying each root."""
    n = arc.shape[0]
    best = None
    for r in range(n):
        s = np.full((n + 1, n + 1), -np.inf)
        s[1:, :] = arc
        s[1:, 0] = -np.inf
        s[r + 1, 0] = arc[r, 0]
        heads = cle(s)[1:]
        total = sum(arc[i, heads[i]] for i in range(n))
        if best is None or total > best[0]:
            best = (total, [int(h) for h in heads])
    return best[1]


def bio_entities(labels):
    out, cur = [], None
    for i, l in enumerate(labels + ["O"]):
        kind = None if l == "O" else l[2:]
        if kind is None or l.startswith("B-") or (cur and cur[0] != kind):
            if cur:
                out.append([cur[0], cur[1], i])
            cur = [kind, i] if kind else None
        elif cur is None:
            cur = [kind, i]
    return out


def main():
    torch.manual_seed(4321)
    os.makedirs(OUT, exist_ok=True)
    shutil.copy(os.path.join(ENC, "tokenizer.json"), os.path.join(OUT, "tokenizer.json"))
    tok = Tokenizer.from_file(os.path.join(OUT, "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    model = JointModel.from_encoder(ENC, len(NER_LABELS), len(DEPRELS), arc_dim=16, rel_dim=8, dropout=0.0)
    with torch.no_grad():
        for p in [model.arc_U, model.arc_b, model.rel_U, model.shape_emb.weight]:
            p.normal_(0, 0.5)
        model.ner.weight.normal_(0, 0.5)
    model.eval()

    feats = [featurize(tok, w) for w in SENTENCES[:2]]
    T, W = max(len(f[0]) for f in feats), max(len(f[2]) for f in feats)
    def pad(rows, n):
        return torch.tensor([r + [0] * (n - len(r)) for r in rows])
    ids, shapes, widx = pad([f[0] for f in feats], T), pad([f[1] for f in feats], T), pad([f[2] for f in feats], W)
    mask = pad([[1] * len(f[0]) for f in feats], T)
    onnx_path = os.path.join(OUT, "model.onnx")
    torch.onnx.export(model, (ids, mask, shapes, widx), onnx_path,
                      input_names=["input_ids", "attention_mask", "shape_ids", "word_index"],
                      output_names=["ner_logits", "arc_scores", "rel_logits"], opset_version=14,
                      dynamic_axes={"input_ids": {0: "B", 1: "T"}, "attention_mask": {0: "B", 1: "T"},
                                    "shape_ids": {0: "B", 1: "T"}, "word_index": {0: "B", 1: "W"},
                                    "ner_logits": {0: "B", 1: "W"}, "arc_scores": {0: "B", 1: "W", 2: "W1"},
                                    "rel_logits": {0: "B", 1: "W", 2: "W1"}})
    json.dump({"name": "tiny-joint", "onnx": "model.onnx", "max_subtokens": MAX_SUB, "ner_labels": NER_LABELS,
               "deprels": DEPRELS, "shape_classes": 7,
               "note": "random weights for tests; made by crates/models/tests/data/make_tiny_joint.py",
               "sha256": {f: hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
                          for f in ("model.onnx", "tokenizer.json")}},
              open(os.path.join(OUT, "config.json"), "w"), indent=1)

    sess = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    max_diff = 0.0
    with open(os.path.join(OUT, "reference.jsonl"), "w") as f:
        for words in SENTENCES:
            i, s, w = featurize(tok, words)
            feed = {"input_ids": np.array([i]), "attention_mask": np.ones((1, len(i)), dtype=np.int64),
                    "shape_ids": np.array([s]), "word_index": np.array([w])}
            ner, arc, rel = (x[0] for x in sess.run(None, feed))
            with torch.no_grad():
                pt = model(*(torch.tensor(feed[k]) for k in ["input_ids", "attention_mask", "shape_ids", "word_index"]))
            max_diff = max(max_diff, float(np.abs(pt[1][0].numpy() - arc).max()))
            labels = viterbi_bio(ner, NER_LABELS)  # the trainer's decoder (models/FORMAT.md)
            a = arc.astype(np.float64)
            a = a - a.max(1, keepdims=True)
            logp = a - np.log(np.exp(a).sum(1, keepdims=True))
            heads = single_root_tree(logp)
            rels = [DEPRELS[int(rel[d, h].argmax())] for d, h in enumerate(heads)]
            f.write(json.dumps({"words": words, "input_ids": i, "shape_ids": s, "word_index": w,
                                "ner_labels": labels, "entities": bio_entities(labels), "heads": heads,
                                "deprels": rels, "ner_logits": np.round(ner, 6).tolist(),
                                "arc_scores": np.round(arc, 6).tolist()}) + "\n")
    sizes = {n: os.path.getsize(os.path.join(OUT, n)) for n in sorted(os.listdir(OUT))}
    print(json.dumps(sizes), "torch vs onnx max arc diff", max_diff)


if __name__ == "__main__":
    main()
