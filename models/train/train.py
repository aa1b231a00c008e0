"""Train the joint NER + dependency model on CPU (with event heads when the data has events_meta.json).

    .venv-train/bin/python models/train/train.py --run news --epochs 3
    .venv-train/bin/python models/train/train.py --run events --data models/train/runs/data-events --epochs 3
    (after prep.py; logs to models/train/runs/<run>/train.log, checkpoints epoch<k>.pt and last.pt)
"""
import argparse
import collections
import json
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

import data
import distill
from feats import MAX_SUB, featurize, load_tokenizer
from model import JointModel

HERE = os.path.dirname(os.path.abspath(__file__))


def encoder_dir():
    return open(os.path.join(HERE, ".cache", "minilm", "ENCODER_DIR")).read().strip()


def collate(items):
    """items: dicts with ids, shapes, widx, (ner, heads, rels as lists or None). Returns tensors."""
    B = len(items)
    T = max(len(x["ids"]) for x in items)
    W = max(len(x["widx"]) for x in items)
    ids = torch.zeros(B, T, dtype=torch.long)
    am = torch.zeros(B, T, dtype=torch.long)
    sh = torch.zeros(B, T, dtype=torch.long)
    wi = torch.zeros(B, W, dtype=torch.long)
    ner = torch.full((B, W), -100, dtype=torch.long)
    heads = torch.full((B, W), -100, dtype=torch.long)
    rels = torch.full((B, W), -100, dtype=torch.long)
    trig = torch.full((B, W), -100, dtype=torch.long)
    code = torch.full((B, W), -100, dtype=torch.long)
    args = torch.full((B, W, W), -100, dtype=torch.long)
    for b, x in enumerate(items):
        n, m = len(x["ids"]), len(x["widx"])
        ids[b, :n] = torch.tensor(x["ids"])
        am[b, :n] = 1
        sh[b, :n] = torch.tensor(x["shapes"])
        wi[b, :m] = torch.tensor(x["widx"])
        if x.get("ner") is not None:
            ner[b, :m] = torch.tensor(x["ner"])
        if x.get("heads") is not None:
            heads[b, :m] = torch.tensor(x["heads"])
            rels[b, :m] = torch.tensor(x["rels"])
        if x.get("trig") is not None:
            trig[b, :m] = torch.tensor(x["trig"])
            code[b, :m] = torch.tensor(x["code"])
            for t in range(m):  # argument rows: gold trigger words; every other word of the sentence is "none"
                if x["trig"][t] > 0:
                    args[b, t, :m] = 0
            for t, c, r in x["args"]:
                args[b, t, c] = r
    return ids, am, sh, wi, ner, heads, rels, trig, code, args


def make_items(rows, tok, ner_ix, rel_ix, code_ix=None):
    """Encoder features + label indices; a None NER tag (an uncertain word) is ignored in the loss."""
    items, skipped = [], 0
    for r in rows:
        f = featurize(tok, r["words"])
        if f is None:
            skipped += 1
            continue
        it = {"ids": f[0], "shapes": f[1], "widx": f[2], "src": r["src"]}
        if r.get("ner"):
            it["ner"] = [ner_ix.get(t, -100) for t in r["ner"]]
        if r.get("heads"):
            it["heads"] = r["heads"]
            it["rels"] = [rel_ix.get(d, -100) for d in r["deprels"]]
        if r.get("trig") is not None and code_ix is not None:
            it["trig"] = r["trig"]
            it["code"] = [code_ix.get(c, 0) if t > 0 else -100 for t, c in zip(r["trig"], r["code"])]
            it["args"] = r["args"]
        items.append(it)
    return items, skipped


def batches(items, max_tokens, shuffle, rng):
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]) + (rng.random() if shuffle else 0))
    out, cur, cur_max = [], [], 0
    for i in order:
        L = len(items[i]["ids"])
        if cur and max(cur_max, L) * (len(cur) + 1) > max_tokens:
            out.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, L)
    if cur:
        out.append(cur)
    if shuffle:
        rng.shuffle(out)
    return out


def masked_ce(logits, labels):
    """Mean cross-entropy over labelled positions; 0 (with a graph) when none is labelled."""
    if (labels >= 0).any():
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), labels.reshape(-1))
    return logits.sum() * 0


def losses(model, batch):
    """(l_ner, l_arc, l_rel, l_trig, l_code, l_arg, outputs); the event losses are 0 without event heads."""
    ids, am, sh, wi, ner, heads, rels, trig, code, args = batch
    out = model(ids, am, sh, wi)
    ner_logits, arc, rel = out[:3]
    zero = arc.sum() * 0
    l_ner = F.cross_entropy(ner_logits.reshape(-1, ner_logits.size(-1)), ner.reshape(-1)) if (ner >= 0).any() else zero
    if (heads >= 0).any():
        l_arc = F.cross_entropy(arc.reshape(-1, arc.size(-1)), heads.reshape(-1))
        g = heads.clamp(min=0)
        rel_g = torch.gather(rel, 2, g[:, :, None, None].expand(-1, -1, 1, rel.size(-1))).squeeze(2)
        l_rel = F.cross_entropy(rel_g.reshape(-1, rel_g.size(-1)), rels.reshape(-1))
    else:
        l_arc = l_rel = zero
    if len(out) > 3:
        l_trig, l_code, l_arg = masked_ce(out[3], trig), masked_ce(out[4], code), masked_ce(out[5], args)
    else:
        l_trig = l_code = l_arg = zero
    return l_ner, l_arc, l_rel, l_trig, l_code, l_arg, out


@torch.no_grad()
def dev_eval(model, items, max_tokens=4000):
    """Quick dev numbers: LAS/UAS with argmax heads (all words), NER token accuracy on non-O gold."""
    model.eval()
    tot = uas = las = 0
    ner_ok = ner_tot = 0
    ev = collections.Counter()
    for b in batches(items, max_tokens, False, None):
        batch = collate([items[i] for i in b])
        out = losses(model, batch)[-1]
        nl, arc, rel = out[:3]
        ner, heads, rels = batch[4], batch[5], batch[6]
        if len(out) > 3:
            event_counts(ev, out, batch)
        ph = arc.argmax(-1)
        pr = torch.gather(rel, 2, ph[:, :, None, None].expand(-1, -1, 1, rel.size(-1))).squeeze(2).argmax(-1)
        m = heads >= 0
        tot += m.sum().item()
        uas += ((ph == heads) & m).sum().item()
        las += ((ph == heads) & (pr == rels) & m).sum().item()
        pn = nl.argmax(-1)
        mn = (ner > 0)
        ner_tot += mn.sum().item()
        ner_ok += ((pn == ner) & mn).sum().item()
    model.train()
    res = {"uas": uas / max(tot, 1), "las": las / max(tot, 1), "ner_tok_recall": ner_ok / max(ner_tot, 1)}
    if ev:
        f = lambda tp, p, g: round(2 * tp / max(1, p + g), 4)
        res.update({"trig_word_f1": f(ev["t_tp"], ev["t_pred"], ev["t_gold"]),
                    "trig_word_id_f1": f(ev["i_tp"], ev["t_pred"], ev["t_gold"]),
                    "code_acc": round(ev["c_ok"] / max(1, ev["c_n"]), 4),
                    "arg_f1_gold_trig": f(ev["a_tp"], ev["a_pred"], ev["a_gold"])})
    return res


def event_counts(ev, out, batch):
    """Word-level trigger counts (argmax) and argument counts on gold trigger rows (argmax), for dev logs."""
    trig, code, args = batch[7], batch[8], batch[9]
    pt = out[3].argmax(-1)
    lab = trig >= 0
    ev["t_pred"] += ((pt > 0) & lab).sum().item()
    ev["t_gold"] += (trig > 0).sum().item()
    ev["t_tp"] += ((pt == trig) & (trig > 0)).sum().item()
    ev["i_tp"] += ((pt > 0) & (trig > 0)).sum().item()
    m = code >= 0
    ev["c_n"] += m.sum().item()
    ev["c_ok"] += ((out[4].argmax(-1) == code) & m).sum().item()
    pa = out[5].argmax(-1)
    rows = args >= 0
    ev["a_pred"] += ((pa > 0) & rows).sum().item()
    ev["a_gold"] += (args > 0).sum().item()
    ev["a_tp"] += ((pa == args) & (args > 0)).sum().item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="news")
    ap.add_argument("--data", default=os.path.join(HERE, "runs", "data"),
                    help="directory with train.jsonl / dev.jsonl from prep.py (e.g. runs/data-nogum)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--max-tokens", type=int, default=2500)
    ap.add_argument("--lr-enc", type=float, default=5e-5)
    ap.add_argument("--lr-head", type=float, default=1e-3)
    ap.add_argument("--no-shape", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="use only N training rows (smoke test)")
    ap.add_argument("--save-every-min", type=float, default=20)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2,
                    help="torch threads; 1 is faster per CPU-second when the machine is busy (measured)")
    ap.add_argument("--init", default=None, help="start from this checkpoint (e.g. runs/news/epoch3.pt)")
    ap.add_argument("--train-word-emb", action="store_true", help="also fine-tune the 30k x 384 word embeddings")
    ap.add_argument("--event-repeat", type=int, default=2, help="copies of each event row per epoch")
    ap.add_argument("--w-code", type=float, default=0.5, help="weight of the 3-digit code loss")
    ap.add_argument("--layers", type=int, default=0,
                    help="keep only the encoder's first N layers (0 = all 6; a faster student, issue 13)")
    ap.add_argument("--teacher", default=None,
                    help="exported model dir (e.g. models/news) whose soft outputs are added as targets (distill.py)")
    ap.add_argument("--kd-weight", type=float, default=1.0, help="weight of the distillation loss (--teacher)")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    run_dir = os.path.join(HERE, "runs", args.run)
    os.makedirs(run_dir, exist_ok=True)
    log = open(os.path.join(run_dir, "train.log"), "a", buffering=1)

    def say(*a):
        s = time.strftime("%H:%M:%S ") + " ".join(str(x) for x in a)
        print(s, flush=True)
        log.write(s + "\n")

    train_rows = data.read_jsonl(os.path.join(args.data, "train.jsonl"))
    dev_rows = data.read_jsonl(os.path.join(args.data, "dev.jsonl"))
    if args.limit:
        rng.shuffle(train_rows)
        train_rows = train_rows[: args.limit]
        dev_rows = dev_rows[: args.limit // 4]
    deprels = sorted({d for r in train_rows if r["deprels"] for d in r["deprels"]})
    ner_labels = data.NER_LABELS
    enc_dir = encoder_dir()
    tok = load_tokenizer(os.path.join(enc_dir, "tokenizer.json"))
    ner_ix = {l: i for i, l in enumerate(ner_labels)}
    rel_ix = {d: i for i, d in enumerate(deprels)}
    ev_meta_path = os.path.join(args.data, "events_meta.json")
    ev_meta = json.load(open(ev_meta_path)) if os.path.exists(ev_meta_path) else None
    code_ix = {c: i for i, c in enumerate(ev_meta["code_labels"])} if ev_meta else None
    train_items, sk = make_items(train_rows, tok, ner_ix, rel_ix, code_ix)
    dev_items, _ = make_items(dev_rows, tok, ner_ix, rel_ix, code_ix)
    ev_items = [it for it in train_items if "trig" in it]
    train_items += ev_items * (args.event_repeat - 1)  # the event rows are few: show them more than once an epoch
    say(f"train {len(train_items)} (skipped {sk} > {MAX_SUB} pieces; {len(ev_items)} event rows x "
        f"{args.event_repeat}), dev {len(dev_items)}, "
        f"{len(deprels)} deprels, {len(ner_labels)} ner labels, args {vars(args)}")

    targets = None
    if args.teacher:
        targets = distill.teacher_targets(args.teacher, train_items, (ner_labels, deprels), os.path.join(run_dir, "teacher.pkl"), say)

    ev_kw = {}
    if ev_meta:
        ev_kw = {"n_trig": len(ev_meta["trigger_labels"]), "n_code": len(ev_meta["code_labels"]),
                 "n_arg": len(ev_meta["arg_labels"])}
    model = JointModel.from_encoder(enc_dir, len(ner_labels), len(deprels), use_shape=not args.no_shape,
                                    layers=args.layers, **ev_kw)
    if args.init:
        model.load_state_dict(torch.load(args.init, map_location="cpu", weights_only=True))
    meta = {"ner_labels": ner_labels, "deprels": deprels, "use_shape": not args.no_shape,
            "encoder_dir": enc_dir, "args": vars(args)}
    if args.layers:  # export.py rebuilds the same truncated encoder from this
        meta["layers"] = args.layers
    if ev_meta:
        meta.update({k: ev_meta[k] for k in ("trigger_labels", "code_labels", "arg_labels", "gold")})
    json.dump(meta, open(os.path.join(run_dir, "meta.json"), "w"), indent=1)
    if not args.train_word_emb:  # frozen: saves the optimizer step over 11.7M parameters
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    enc_params = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.requires_grad]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr_enc}, {"params": head_params, "lr": args.lr_head}],
                            weight_decay=0.01, betas=(0.9, 0.98))
    n_batches = len(batches(train_items, args.max_tokens, True, random.Random(0)))
    total = n_batches * args.epochs
    warm = max(1, int(0.05 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.02, (total - s) / max(1, total - warm))))
    say(f"{n_batches} batches/epoch, {total} steps")

    step, t0, last_save = 0, time.time(), time.time()
    model.train()
    for ep in range(1, args.epochs + 1):
        agg, agg_kd = np.zeros(6), 0.0
        for k, b in enumerate(batches(train_items, args.max_tokens, True, rng)):
            l_ner, l_arc, l_rel, l_trig, l_code, l_arg, out = losses(model, collate([train_items[i] for i in b]))
            loss = l_ner + l_arc + l_rel + l_trig + args.w_code * l_code + l_arg
            if targets is not None:
                l_kd = distill.kd_loss(out, [targets[i] for i in b])
                loss = loss + args.kd_weight * l_kd
                agg_kd += l_kd.item()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            sched.step()
            step += 1
            agg += [l_ner.item(), l_arc.item(), l_rel.item(), l_trig.item(), l_code.item(), l_arg.item()]
            if step % 50 == 0:
                el = time.time() - t0
                evl = f" trig {agg[3]/(k+1):.3f} code {agg[4]/(k+1):.3f} arg {agg[5]/(k+1):.3f}" if ev_meta else ""
                evl += f" kd {agg_kd/(k+1):.3f}" if targets is not None else ""
                say(f"ep {ep} step {step}/{total} loss ner {agg[0]/ (k+1):.3f} arc {agg[1]/(k+1):.3f} "
                    f"rel {agg[2]/(k+1):.3f}{evl} elapsed {el/60:.1f} min eta {el/step*(total-step)/60:.1f} min")
            if time.time() - last_save > args.save_every_min * 60:
                torch.save(model.state_dict(), os.path.join(run_dir, "last.pt"))
                last_save = time.time()
                say(f"saved last.pt at step {step}")
        torch.save(model.state_dict(), os.path.join(run_dir, f"epoch{ep}.pt"))
        torch.save(model.state_dict(), os.path.join(run_dir, "last.pt"))
        last_save = time.time()
        say(f"epoch {ep} done; dev {json.dumps(dev_eval(model, dev_items))}")
    say("finished")


if __name__ == "__main__":
    main()
