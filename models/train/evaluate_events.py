"""Event heads on the news gold: trigger and argument scores of an exported model, with baselines.

    .venv-train/bin/python models/train/evaluate_events.py --model models/news-events --split dev --tune --run RUN
    .venv-train/bin/python models/train/evaluate_events.py --model models/news-events --split test   # once, at the end

Units: runs/<data>/events_<split>.jsonl from prep.py --events (the runner's sentences and words).
  * Triggers, per word-span: the model's trigger words (P(not "O") >= threshold), adjacent words of one root
    merged into one span. A predicted trigger is correct when its chars overlap a gold action.text of the same
    sentence with the same CAMEO root ("identification": any root). Gold triggers are the distinct
    (action span, root) pairs of the sentence (mutual records share one).
  * 3-digit code: accuracy on the correct predicted triggers (gold code cut to 3 digits).
  * Arguments given gold triggers: for each gold trigger head word, predicted (candidate head word, role)
    against the gold head words of actor / target / source / place / time; P/R/F1 per role and micro.
--tune (dev only) picks both thresholds on this split and writes them to runs/<run>/event_thresholds.json and
into <model>/config.json. Baselines (lexicon-free): word-majority triggers learned from the training rows
(threshold on the word's trigger rate tuned on dev), and dependency-rule arguments on the model's own parse.
"""
import argparse
import collections
import json
import os

import numpy as np

import data
from decode import OnnxJoint, arguments, merge_triggers, softmax, trigger_code, trigger_words

HERE = os.path.dirname(os.path.abspath(__file__))
GRID = [round(float(x), 2) for x in np.arange(0.05, 0.96, 0.05)]


def prf(tp_p, n_pred, tp_g, n_gold):
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "pred": n_pred, "gold": n_gold}


# ---------------------------------------------------------------- triggers
def pred_spans(u, spans):
    """[(char start, char end, root, head word)] of predicted trigger spans [(first, last, root, head)]."""
    off = u["offsets"]
    return [(off[a][0], off[b][1], r, h) for a, b, r, h in spans]


def score_triggers(units, preds):
    """preds: per unit [(cs, ce, root, code)] -> overall (root and identification), per root, code accuracy."""
    c = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    code_ok = code_n = 0
    for u, ps in zip(units, preds):
        gold = [tuple(g) for g in u["gold_triggers"]]
        c["gold"] += len(gold)
        c["pred"] += len(ps)
        for g in gold:
            per[g[2]]["gold"] += 1
        for cs, ce, root, code in ps:
            per[root]["pred"] += 1
            hit = [g for g in gold if cs < g[1] and g[0] < ce]
            if hit:
                c["id_tp_p"] += 1
            same = [g for g in hit if g[2] == root]
            if same:
                c["tp_p"] += 1
                per[root]["tp_p"] += 1
                code_n += 1
                code_ok += any(g[3][:3] == code for g in same)
        for g in gold:
            hit = [p for p in ps if p[0] < g[1] and g[0] < p[1]]
            if hit:
                c["id_tp_g"] += 1
            if any(p[2] == g[2] for p in hit):
                c["tp_g"] += 1
                per[g[2]]["tp_g"] += 1
    return {"root": prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"]),
            "identification": prf(c["id_tp_p"], c["pred"], c["id_tp_g"], c["gold"]),
            "code_acc": round(code_ok / max(1, code_n), 4), "code_n": code_n,
            "per_root": {r: prf(v["tp_p"], v["pred"], v["tp_g"], v["gold"]) for r, v in sorted(per.items())}}


def model_triggers(units, outs, cfg, th):
    res = []
    for u, o in zip(units, outs):
        spans = merge_triggers(trigger_words(o["trigger_logits"], th))
        res.append([(cs, ce, cfg["trigger_labels"][r], trigger_code(o["code_logits"][h], cfg["trigger_labels"][r],
                                                                     cfg["code_labels"]))
                    for cs, ce, r, h in pred_spans(u, spans)])
    return res


def word_majority(train_rows):
    """lowercased word -> (root label index, trigger rate, count) from the training event rows."""
    seen = collections.Counter()
    trig = collections.defaultdict(collections.Counter)
    for r in train_rows:
        for w, t in zip(r["words"], r["trig"]):
            seen[w.lower()] += 1
            if t > 0:
                trig[w.lower()][t] += 1
    out = {}
    for w, cnt in trig.items():
        t, n = cnt.most_common(1)[0]
        out[w] = (t, sum(cnt.values()) / seen[w], seen[w])
    return out


def baseline_triggers(units, table, labels, rate, min_count=2):
    res = []
    for u in units:
        words_ = []
        for i, w in enumerate(u["words"]):
            e = table.get(w.lower())
            if e and e[1] >= rate and e[2] >= min_count:
                words_.append((i, e[0], e[1]))
        res.append([(cs, ce, labels[r], labels[r] + "0") for cs, ce, r, h in pred_spans(u, merge_triggers(words_))])
    return res


# ---------------------------------------------------------------- arguments (given gold triggers)
def gold_trigger_rows(u):
    return [i for i, t in enumerate(u["trig"]) if t > 0]


def score_args(units, preds, roles):
    """preds: per unit {(t, j, role)}; gold from the unit's args on its gold trigger rows."""
    c = collections.defaultdict(collections.Counter)
    for u, ps in zip(units, preds):
        gold = {(t, j, roles[r]) for t, j, r in u["args"]}
        for key, s in (("pred", ps), ("gold", gold)):
            for x in s:
                c[x[2]][key] += 1
        for x in ps & gold:
            c[x[2]]["tp"] += 1
    out = {r: prf(c[r]["tp"], c[r]["pred"], c[r]["tp"], c[r]["gold"]) for r in roles[1:]}
    tot = {k: sum(c[r][k] for r in roles[1:]) for k in ("tp", "pred", "gold")}
    out["micro"] = prf(tot["tp"], tot["pred"], tot["tp"], tot["gold"])
    return out


def model_args(units, outs, cfg, th):
    res = []
    for u, o in zip(units, outs):
        res.append({(t, j, role) for t in gold_trigger_rows(u)
                    for j, role in arguments(o["arg_logits"], t, th, cfg["arg_labels"])})
    return res


REPORT = {"said", "says", "say", "told", "reported", "announced", "claimed", "stated", "added", "confirmed"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "week", "month", "year", "day", "night", "morning", "evening", "afternoon", "weekend", "overnight",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
PLACE_CASES = {"in", "near", "at", "outside", "across", "inside", "around", "into"}


def rule_args(u, o):
    """Dependency-rule baseline on the model's own parse: subject/agent -> actor, object/passive subject ->
    target, time-word obliques -> time, located obliques (place preposition + entity) -> place, the subject of
    a governing report verb or 'according to X' -> source."""
    ws, heads, rels = u["words"], o["heads"], o["deprels"]
    ents = {i for s, e, t in data.spans_from_bio(o["ner"]) if t in ("GPE", "LOC") for i in range(s, e)}
    kids = collections.defaultdict(list)
    for i, h in enumerate(heads):
        kids[h - 1].append(i)
    out = set()
    for t in gold_trigger_rows(u):
        for k in kids[t]:
            rel = rels[k]
            cases = {ws[c].lower() for c in kids[k] if rels[c] == "case"}
            if rel in ("nsubj", "obl:agent"):
                out.add((t, k, "actor"))
            elif rel in ("obj", "nsubj:pass"):
                out.add((t, k, "target"))
            elif rel in ("obl:unmarked", "obl:tmod", "nmod:unmarked", "nmod:tmod") or (
                    rel in ("obl", "nmod") and ws[k].lower() in TIME_WORDS):
                out.add((t, k, "time"))
            elif rel in ("obl", "nmod") and "according" in {ws[c].lower() for c in kids[k]} | cases:
                out.add((t, k, "source"))
            elif rel in ("obl", "nmod") and cases & PLACE_CASES and k in ents:
                out.add((t, k, "place"))
        h = heads[t] - 1
        if h >= 0 and rels[t] in ("ccomp", "parataxis") and ws[h].lower() in REPORT:
            for k in kids[h]:
                if rels[k] == "nsubj":
                    out.add((t, k, "source"))
    return out


# ---------------------------------------------------------------- main
def tune(f, grid=GRID):
    best = max(grid, key=lambda x: (f(x), -abs(x - 0.5)))
    return float(best), f(best)


def md_prf(x):
    return f"{x['p']:.3f} / {x['r']:.3f} / **{x['f1']:.3f}**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=os.path.join(HERE, "..", "news-events"))
    ap.add_argument("--onnx", default=None)
    ap.add_argument("--data", default=os.path.join(HERE, "runs", "data-events"))
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--tune", action="store_true", help="pick the thresholds on this split (dev only)")
    ap.add_argument("--run", default=None, help="training run whose event_thresholds.json --tune writes")
    ap.add_argument("--out", default=None)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if args.tune and args.split != "dev":
        raise SystemExit("thresholds are chosen on dev only")
    units = data.read_jsonl(os.path.join(args.data, f"events_{args.split}.jsonl"))
    m = OnnxJoint(args.model, args.onnx, threads=args.threads, ner_decode="viterbi")
    cfg = m.cfg
    outs = m.predict([u["words"] for u in units])
    th = dict(cfg.get("event_thresholds", {"trigger": 0.5, "argument": 0.5}))
    res = {"model": args.model, "split": args.split, "sentences": len(units)}
    if args.tune:
        th["trigger"], _ = tune(lambda x: score_triggers(units, model_triggers(units, outs, cfg, x))["root"]["f1"])
        th["argument"], _ = tune(lambda x: score_args(units, model_args(units, outs, cfg, x),
                                                      cfg["arg_labels"])["micro"]["f1"])
        cfg["event_thresholds"] = th
        json.dump(cfg, open(os.path.join(args.model, "config.json"), "w"), indent=1)
        if args.run:
            json.dump(th, open(os.path.join(HERE, "runs", args.run, "event_thresholds.json"), "w"), indent=1)
    res["thresholds"] = th
    res["model_triggers"] = score_triggers(units, model_triggers(units, outs, cfg, th["trigger"]))
    res["model_args"] = score_args(units, model_args(units, outs, cfg, th["argument"]), cfg["arg_labels"])

    train_rows = [r for r in data.read_jsonl(os.path.join(args.data, "train.jsonl")) if r.get("trig") is not None]
    table = word_majority(train_rows)
    base_path = os.path.join(args.data, "baseline_rate.json")
    if args.split == "dev":
        rate, _ = tune(lambda x: score_triggers(units, baseline_triggers(units, table, cfg["trigger_labels"], x))
                       ["root"]["f1"])
        json.dump({"rate": rate}, open(base_path, "w"))
    else:
        rate = json.load(open(base_path))["rate"]
    res["baseline_rate"] = rate
    res["baseline_triggers"] = score_triggers(units, baseline_triggers(units, table, cfg["trigger_labels"], rate))
    res["baseline_args"] = score_args(units, [rule_args(u, o) for u, o in zip(units, outs)], cfg["arg_labels"])
    out = args.out or os.path.join(args.model, f"events_eval_{args.split}.json")
    json.dump(res, open(out, "w"), indent=1)
    print_tables(res)


def print_tables(res):
    mt, bt = res["model_triggers"], res["baseline_triggers"]
    print(f"## {res['split']} ({res['sentences']} sentences), thresholds {res['thresholds']}\n")
    print("| triggers (span overlap) | P / R / F1 root | P / R / F1 identification | 3-digit code acc |")
    print("|---|---|---|---|")
    print(f"| model | {md_prf(mt['root'])} | {md_prf(mt['identification'])} | {mt['code_acc']:.3f} ({mt['code_n']}) |")
    print(f"| word-majority baseline (rate >= {res['baseline_rate']}) | {md_prf(bt['root'])} | "
          f"{md_prf(bt['identification'])} | |")
    print("\n| root | gold | model P / R / F1 | baseline P / R / F1 |")
    print("|---|---|---|---|")
    for r in sorted(set(mt["per_root"]) | set(bt["per_root"])):
        a = mt["per_root"].get(r, prf(0, 0, 0, 0))
        b = bt["per_root"].get(r, prf(0, 0, 0, 0))
        g = a["gold"] or b["gold"]
        print(f"| {r} | {g} | {a['p']:.2f} / {a['r']:.2f} / {a['f1']:.2f} | {b['p']:.2f} / {b['r']:.2f} / {b['f1']:.2f} |")
    ma, ba = res["model_args"], res["baseline_args"]
    print("\n| arguments (gold triggers) | gold | model P / R / F1 | parse-rule baseline P / R / F1 |")
    print("|---|---|---|---|")
    for k in list(ma):
        print(f"| {k} | {ma[k]['gold']} | {md_prf(ma[k])} | {md_prf(ba[k])} |")


if __name__ == "__main__":
    main()
