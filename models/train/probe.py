"""A trigger head on a frozen encoder: a linear layer over the word states an exported joint model already
computes, trained on the gold triggers, and added to the same ONNX graph (issue 11, step 1, without
retraining the encoder: NER and parse outputs stay bit for bit those of the model it is added to).

    python models/train/probe.py --model models/news --out /tmp/news-probe [--epochs 300] [--l2 1e-3]

Needs only onnx, onnxruntime, numpy, tokenizers and spaCy sm (for the trigger labels of events.py: the head
word of each gold trigger). Stages:
  1. units and labels: events.build() (news gold train / dev, seed gold), the runner's sentences and words;
  2. word states: the model's graph with its word-state tensor (the input of the NER head) as an extra output,
     run one sentence at a time;
  3. a softmax layer, O + the 20 CAMEO roots, fitted on the news train split and the seeds (dev: report only);
  4. the graph gets `trigger_logits` (the layer), and constant-zero `code_logits` / `arg_logits` (one column:
     the probe has no code or argument head), config.json the labels and `event_thresholds` (`trigger` 1.0:
     the probe adds no triggers; `keep`: the extractor drops a lexicon trigger whose word scores below it).
"""
import argparse
import json
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import events  # noqa: E402
from feats import featurize, load_tokenizer  # noqa: E402

STATES = "/GatherElements_output_0"  # [batch, words, hidden]: the word states the NER head reads


def states_graph(model_path):
    """The model's graph with the word states as an extra output (bytes, for onnxruntime)."""
    m = onnx.load(model_path)
    if not any(STATES in n.output for n in m.graph.node):
        sys.exit(f"{model_path} has no tensor {STATES}")
    m.graph.output.append(helper.make_tensor_value_info(STATES, TensorProto.FLOAT, None))
    return m.SerializeToString()


def word_states(model_dir, units, threads=2):
    import onnxruntime as ort
    cfg = json.load(open(os.path.join(model_dir, "config.json")))
    tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    sess = ort.InferenceSession(states_graph(os.path.join(model_dir, cfg["onnx"])), so,
                                providers=["CPUExecutionProvider"])
    out = []
    for u in units:
        f = featurize(tok, u["words"], cfg["max_subtokens"])
        if f is None:  # longer than one window: the runner windows it; left out of training
            out.append(None)
            continue
        ids, shapes, first = f
        feed = {"input_ids": np.array([ids], np.int64), "attention_mask": np.ones((1, len(ids)), np.int64),
                "shape_ids": np.array([shapes], np.int64), "word_index": np.array([first], np.int64)}
        out.append(sess.run([STATES], feed)[0][0])
    return out


def matrix(units, states):
    xs, ys = [], []
    for u, s in zip(units, states):
        if s is None:
            continue
        for i, y in enumerate(u["trig"]):
            if y >= 0:
                xs.append(s[i])
                ys.append(y)
    return np.array(xs, np.float32), np.array(ys, np.int64)


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(x, y, classes, epochs, l2, lr=0.01, seed=0):
    """Full-batch Adam on the mean cross-entropy + l2 * |W|^2 (bias not penalised)."""
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, (x.shape[1], classes)).astype(np.float32)
    b = np.zeros(classes, np.float32)
    onehot = np.eye(classes, dtype=np.float32)[y]
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for t in range(1, epochs + 1):
        p = softmax(x @ w + b)
        g = (p - onehot) / len(y)
        grads = [x.T @ g + 2 * l2 * w, g.sum(axis=0)]
        for k, (param, grad) in enumerate(zip((w, b), grads)):
            m[k] = 0.9 * m[k] + 0.1 * grad
            v[k] = 0.999 * v[k] + 0.001 * grad * grad
            param -= lr * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def report(name, x, y, w, b):
    p = softmax(x @ w + b)
    yes = 1 - p[:, 0]
    gold = y > 0
    pred_root = 1 + p[:, 1:].argmax(axis=1)
    lines = [f"{name}: {len(y)} words, {gold.sum()} gold trigger words"]
    for keep in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5):
        kept = yes >= keep
        lines.append(f"  p(trigger) >= {keep:<4}: keeps {kept[gold].mean():.3f} of trigger words, "
                     f"{kept[~gold].mean():.3f} of the others")
    at = yes >= 0.5
    tp = (at & gold & (pred_root == y)).sum()
    prec, rec = tp / max(at.sum(), 1), tp / max(gold.sum(), 1)
    lines.append(f"  root F1 at 0.5: P {prec:.3f} R {rec:.3f} F1 {2 * prec * rec / max(prec + rec, 1e-9):.3f}")
    print("\n".join(lines))


def add_heads(model_path, out_path, w, b):
    """The graph with trigger_logits = states @ w + b and one-column zero code and argument logits."""
    m = onnx.load(model_path)
    g = m.graph
    hidden = w.shape[0]
    g.initializer.extend([
        numpy_helper.from_array(w.astype(np.float32), "probe.trigger.weight"),
        numpy_helper.from_array(b.astype(np.float32), "probe.trigger.bias"),
        numpy_helper.from_array(np.zeros((hidden, 1), np.float32), "probe.zero.weight"),
        numpy_helper.from_array(np.array([1], np.int64), "probe.axis1"),
        numpy_helper.from_array(np.array([2], np.int64), "probe.axis2"),
    ])
    g.node.extend([
        helper.make_node("MatMul", [STATES, "probe.trigger.weight"], ["probe.trigger.mm"], name="probe_trigger_mm"),
        helper.make_node("Add", ["probe.trigger.mm", "probe.trigger.bias"], ["trigger_logits"], name="probe_trigger"),
        helper.make_node("MatMul", [STATES, "probe.zero.weight"], ["code_logits"], name="probe_code"),
        # [b, w, 1] zeros -> [b, w, w, 1]: the sum of the two broadcast views.
        helper.make_node("Unsqueeze", ["code_logits", "probe.axis2"], ["probe.rows"], name="probe_rows"),
        helper.make_node("Unsqueeze", ["code_logits", "probe.axis1"], ["probe.cols"], name="probe_cols"),
        helper.make_node("Add", ["probe.rows", "probe.cols"], ["arg_logits"], name="probe_args"),
    ])
    shapes = {"trigger_logits": ["batch", "words", w.shape[1]], "code_logits": ["batch", "words", 1],
              "arg_logits": ["batch", "words", "words", 1]}
    for name, shape in shapes.items():
        g.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, shape))
    onnx.checker.check_model(m)
    onnx.save(m, out_path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--keep", type=float, default=0.05)
    ap.add_argument("--cache", help="an .npz file keeping the word states between runs (same model only)")
    a = ap.parse_args()
    data, _, _ = events.build()
    train = data["train"]  # the news train split and the seed gold
    dev = data["dev"]
    print(f"units: train+seeds {len(train)}, dev {len(dev)}", file=sys.stderr)
    if a.cache and os.path.exists(a.cache):
        c = np.load(a.cache)
        xt, yt, xd, yd = c["xt"], c["yt"], c["xd"], c["yd"]
    else:
        xt, yt = matrix(train, word_states(a.model, train))
        xd, yd = matrix(dev, word_states(a.model, dev))
        if a.cache:
            np.savez(a.cache, xt=xt, yt=yt, xd=xd, yd=yd)
    w, b = fit(xt, yt, len(events.TRIGGER_LABELS), a.epochs, a.l2)
    report("train+seeds", xt, yt, w, b)
    report("dev", xd, yd, w, b)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    shutil.copytree(a.model, a.out)
    cfg = json.load(open(os.path.join(a.model, "config.json")))
    add_heads(os.path.join(a.model, cfg["onnx"]), os.path.join(a.out, cfg["onnx"]), w, b)
    cfg["trigger_labels"] = events.TRIGGER_LABELS
    cfg["code_labels"] = ["other"]
    cfg["arg_labels"] = ["none"]
    cfg["event_thresholds"] = {"trigger": 1.0, "argument": 1.0, "keep": a.keep}
    cfg["probe"] = {"epochs": a.epochs, "l2": a.l2, "train_words": int(len(yt)),
                    "train_triggers": int((yt > 0).sum())}
    cfg["sha256"][cfg["onnx"]] = sha256(os.path.join(a.out, cfg["onnx"]))
    json.dump(cfg, open(os.path.join(a.out, "config.json"), "w"), indent=1)
    print(f"wrote {a.out}", file=sys.stderr)


def sha256(path):
    import hashlib
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


if __name__ == "__main__":
    main()
