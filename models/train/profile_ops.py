"""Where the model stage's time goes: ONNX Runtime's per-operator profile of an exported model, and what
batching sentences into one call would buy, on sentences of real stories.

    .venv-train/bin/python models/train/profile_ops.py models/news [--stories FILE] [--sentences 400]
        [--weights stored|signed] [--threads 1] [--batching]

Runs the graph as the Rust runner does: full graph optimizations, one intra-op thread (the pipeline runs
one session per worker), one sentence per call. `--weights signed` turns the uint8 weights back to int8 as
`crates/models/src/signed.rs` does on CPUs with AVX-512 VNNI / AVX-VNNI (same integers, faster kernel
there). Prints the share of kernel time per operator type and per node (top 20), then with `--batching`
sentences per CPU second one sentence per call against sentences grouped by word count (padded in
sub-tokens, as a batch-invariant graph would allow). Sentences come from a crude split of the stories'
text (enough for timing, not for accuracy). Measured numbers and the machine are in docs/speed.md.
"""
import argparse
import collections
import json
import os
import re
import tempfile
import time

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper

from feats import MAX_SUB, featurize, load_tokenizer

HERE = os.path.dirname(os.path.abspath(__file__))
STORIES = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "voa", "voa_stories.jsonl")
OUTPUTS = ["ner_logits", "arc_scores", "rel_logits"]


def signed(model):
    """uint8 weights read only as MatMulInteger's B or B zero point -> int8 (value - 128), in place."""
    readers = collections.defaultdict(list)
    for node in model.graph.node:
        for slot, name in enumerate(node.input):
            readers[name].append((node.op_type, slot))
    for t in model.graph.initializer:
        uses = readers.get(t.name, [])
        if t.data_type == onnx.TensorProto.UINT8 and uses and all(op == "MatMulInteger" and s in (1, 3) for op, s in uses):
            a = numpy_helper.to_array(t).astype(np.int16) - 128
            t.CopyFrom(numpy_helper.from_array(a.astype(np.int8), t.name))
    return model


def story_sentences(path, limit):
    """Word lists from the stories' text: sentence ends at . ! ? followed by space, words and punctuation."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            for s in re.split(r"(?<=[.!?])\s+", text):
                words = re.findall(r"\w+(?:'\w+)?|[^\w\s]", s)
                if 2 <= len(words) <= 100:
                    out.append(words)
                if len(out) >= limit:
                    return out
    return out


def inputs(rows):
    """The runner's four inputs for rows of (input_ids, shape_ids, word_index), padded with zeros."""
    b, t, w = len(rows), max(len(r[0]) for r in rows), max(len(r[2]) for r in rows)
    ids, mask, shapes, widx = (np.zeros((b, n), np.int64) for n in (t, t, t, w))
    for i, (row_ids, row_shapes, row_words) in enumerate(rows):
        ids[i, : len(row_ids)] = row_ids
        mask[i, : len(row_ids)] = 1
        shapes[i, : len(row_shapes)] = row_shapes
        widx[i, : len(row_words)] = row_words
    return {"input_ids": ids, "attention_mask": mask, "shape_ids": shapes, "word_index": widx}


def session(model, threads, profile_prefix=None):
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if profile_prefix:
        so.enable_profiling = True
        so.profile_file_prefix = profile_prefix
    return ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])


def profile(model, rows, threads):
    with tempfile.TemporaryDirectory() as tmp:
        s = session(model, threads, os.path.join(tmp, "prof"))
        for r in rows:
            s.run(OUTPUTS, inputs([r]))
        with open(s.end_profiling()) as f:
            events = json.load(f)
    by_op, by_node = collections.Counter(), collections.Counter()
    for e in events:
        if e.get("cat") == "Node" and e["name"].endswith("_kernel_time"):
            by_op[e["args"]["op_name"]] += e["dur"]
            by_node[e["name"][: -len("_kernel_time")]] += e["dur"]
    total = sum(by_op.values())
    print(f"kernel time per sentence: {total / len(rows) / 1000:.2f} ms ({len(rows)} sentences, one per call)")
    for name, counter in (("operator", by_op), ("node", by_node)):
        print(f"\nshare by {name}")
        for k, v in counter.most_common(20):
            print(f"  {k[-72:]:<72} {100 * v / total:5.1f} %")


def by_word_count(rows, cap):
    """Calls of up to `cap` rows of equal word count (padded in sub-tokens)."""
    calls, current = [], []
    for r in sorted(rows, key=lambda r: (len(r[2]), len(r[0]))):
        if current and (len(current[0][2]) != len(r[2]) or len(current) >= cap):
            calls.append(current)
            current = []
        current.append(r)
    return calls + [current] if current else calls


def batching(model, rows, threads):
    s = session(model, threads)
    plans = [("one sentence per call", [[r] for r in rows])]
    plans += [(f"equal word count, up to {cap} per call", by_word_count(rows, cap)) for cap in (8, 32)]
    for _, calls in plans[:1]:  # warm-up
        for c in calls[:50]:
            s.run(OUTPUTS, inputs(c))
    print(f"\nsentences per CPU second ({threads} intra-op thread(s)), two rounds")
    for round_ in (1, 2):
        for name, calls in plans:
            t = time.process_time()
            for c in calls:
                s.run(OUTPUTS, inputs(c))
            rate = len(rows) / (time.process_time() - t)
            print(f"  round {round_}: {name:<36} {len(calls):5d} calls {rate:7.1f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model_dir")
    ap.add_argument("--stories", default=STORIES)
    ap.add_argument("--sentences", type=int, default=400)
    ap.add_argument("--weights", choices=["stored", "signed"], default="signed")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batching", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(args.model_dir, "config.json")) as f:
        cfg = json.load(f)
    model = onnx.load(os.path.join(args.model_dir, cfg["onnx"]))
    if args.weights == "signed":
        model = signed(model)
    tok = load_tokenizer(os.path.join(args.model_dir, "tokenizer.json"))
    rows = [f for f in (featurize(tok, w, MAX_SUB) for w in story_sentences(args.stories, args.sentences)) if f]
    print(f"{args.model_dir}: {len(rows)} sentences, {np.mean([len(r[0]) for r in rows]):.1f} sub-tokens on average")
    profile(model, rows, args.threads)
    if args.batching:
        batching(model, rows, args.threads)


if __name__ == "__main__":
    main()
