"""reference.jsonl: the runner's parity test (crates/models) reads it; written from the graph that config.json names.

    python models/train/reference.py MODEL_DIR      # rewrite MODEL_DIR/reference.jsonl for its words

Needs onnxruntime, numpy and tokenizers only (no torch): after a graph rewrite (quantize_rows.py, s7weights.py)
the reference is rewritten from the same sentences. export.py writes the first one (export.reference_rows).
"""
import json
import os
import sys

import data
from decode import OnnxJoint, ruled_out
from feats import MAX_SUB, featurize


def round_rows(x, n=5):
    return [[round(float(v), n) for v in row] for row in x]


def event_reference(r, cfg):
    """Event fields of one reference line: decoded events, per-word argmax trigger label, and raw logits
    (first 3 words of trigger_logits / code_logits; the arg_logits row of the first decoded trigger, or of
    word 0, for its first 5 candidates) for the parity test."""
    row = r["events"][0]["head"] if r["events"] else 0
    return {"events": r["events"],
            "trigger_argmax": [int(j) for j in r["trigger_logits"].argmax(-1)],
            "trigger_logits_first": round_rows(r["trigger_logits"][:3]),
            "code_logits_first": round_rows(r["code_logits"][:3]),
            "arg_logits_row": row, "arg_logits_first": round_rows(r["arg_logits"][row][:5]),
            "ruled_out": ruled_out(r["trigger_logits"], cfg)}


def write_reference(out_dir, rows, path):
    p = OnnxJoint(out_dir, ner_decode="viterbi")
    sents = [r["words"] for r in rows]
    pred = p.predict(sents, batch=1)
    with open(path, "w", encoding="utf-8") as f:
        for ws, r in zip(sents, pred):
            feat = featurize(p.tok, ws, MAX_SUB)
            extra = event_reference(r, p.cfg) if "events" in r else {}
            f.write(json.dumps({
                "words": ws, "shape_ids": [data.word_shape(w) for w in ws],
                "input_ids": feat[0], "subtoken_shape_ids": feat[1], "word_index": feat[2],
                "ner": r["ner"], "ner_argmax": r["argmax_ner"],
                "entities": [[s, e, t] for s, e, t in data.spans_from_bio(r["ner"])],
                "heads": r["heads"], "deprels": r["deprels"],
                "ner_logits_first": [[round(float(v), 5) for v in row] for row in r["ner_logits"][:3]],
                **extra}, ensure_ascii=False) + "\n")


def main():
    model_dir = os.path.abspath(sys.argv[1])
    path = os.path.join(model_dir, "reference.jsonl")
    with open(path, encoding="utf-8") as f:
        rows = [{"words": json.loads(line)["words"]} for line in f if line.strip()]
    write_reference(model_dir, rows, path)
    print(f"{path}: {len(rows)} sentences")


if __name__ == "__main__":
    main()
