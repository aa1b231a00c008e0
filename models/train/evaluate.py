"""Side-by-side evaluation on held-out data (test splits are used here only, never for training).

    .venv-train/bin/python models/train/evaluate.py --model models/news [--onnx model.onnx] [--spacy]

NER: entity F1 (exact span + type) on the common label set PER / ORG / LOC:
  ours  PER->PER, ORG->ORG, GPE+LOC->LOC, NORP dropped
  spaCy PERSON->PER, ORG->ORG, GPE+LOC+FAC->LOC, everything else dropped
  gold  UNER EWT test PER/ORG/LOC as is; GUM test: named mentions (data.gum_named_spans) person->PER,
        organization->ORG, place->LOC
  on UNER EWT test, GUM test (all 30 documents, incl. the genres left out of training) and GUM test news docs.
Parsing: UAS / LAS of the MST tree on EWT test and GUM test, over all words and without punctuation (UPOS PUNCT).
All systems read the same gold word tokenization. Results -> <model>/eval.json and a markdown table on stdout.
--dev scores the dev sets instead (GUM dev named mentions, EWT / GUM dev trees): for choosing between
checkpoints of a licence-clean model, which never trains on GUM (a number to choose by, no training signal).
"""
import argparse
import json
import os
import time

import data
from decode import OnnxJoint, common_spans, viterbi_bio


def prf(gold, pred):
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng = sum(len(g) for g in gold)
    np_ = sum(len(p) for p in pred)
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "gold": ng, "pred": np_}


def attach(gold_sents, preds):
    out = {}
    for name, skip in (("all", lambda u: False), ("nopunct", lambda u: u == "PUNCT")):
        n = uas = las = 0
        for s, p in zip(gold_sents, preds):
            for h, d, u, ph, pd in zip(s["heads"], s["deprels"], s["upos"], p["heads"], p["deprels"]):
                if skip(u):
                    continue
                n += 1
                uas += h == ph
                las += h == ph and d == pd
        out[name] = {"uas": round(uas / n, 4), "las": round(las / n, 4), "words": n}
    return out


def spacy_ner(which, sents):
    from spacy.tokens import Doc
    from prep import load_spacy
    nlp = load_spacy(which)
    t0 = time.time()
    out = []
    for doc in nlp.pipe((Doc(nlp.vocab, words=ws) for ws in sents), batch_size=128):
        out.append({(e.start, e.end, data.SPACY_TO_COMMON[e.label_]) for e in doc.ents
                    if e.label_ in data.SPACY_TO_COMMON})
    return out, time.time() - t0


def dev_scores(model, onnx=None, threads=2):
    """NER F1 (Viterbi, common set) on GUM dev, all and news; UAS / LAS on EWT dev and GUM dev."""
    m = OnnxJoint(model, onnx, threads=threads, ner_decode="viterbi")
    ewt, gum = data.ud_split_file("ewt", "dev"), data.ud_split_file("gum", "dev")
    gold = [{(a, b, {"PLACE": "LOC"}.get(t, t)) for a, b, t in data.gum_named_spans(s) if t != "NORP"} for s in gum]
    p_gum = m.predict([s["words"] for s in gum])
    pred = [common_spans(p["ner"]) for p in p_gum]
    news = [i for i, s in enumerate(gum) if data.gum_genre(s["doc"]) == "news"]
    return {"gum_dev_ner": prf(gold, pred), "gum_dev_news_ner": prf([gold[i] for i in news], [pred[i] for i in news]),
            "ewt_dev_parse": attach(ewt, m.predict([s["words"] for s in ewt])), "gum_dev_parse": attach(gum, p_gum)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/news")
    ap.add_argument("--onnx", default=None)
    ap.add_argument("--spacy", action="store_true", help="also run the spaCy sm/md baselines")
    ap.add_argument("--out", default=None)
    ap.add_argument("--skip-ours", action="store_true", help="only the spaCy baselines (cached in runs/)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dev", action="store_true", help="dev sets only (checkpoint choice), see the docstring")
    args = ap.parse_args()
    if args.dev:
        res = dev_scores(args.model, args.onnx, args.threads)
        json.dump(res, open(args.out or os.path.join(args.model, "eval_dev.json"), "w"), indent=1)
        print(json.dumps(res, indent=1))
        return

    uner = data.uner("test")
    ewt = data.ud_split_file("ewt", "test")
    gum = data.ud_split_file("gum", "test")
    gum_gold = [{(a, b, {"PLACE": "LOC"}.get(t, t)) for a, b, t in data.gum_named_spans(s) if t != "NORP"}
                for s in gum]
    uner_gold = [common_spans(s["tags"], {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}) for s in uner]
    news = [i for i, s in enumerate(gum) if data.gum_genre(s["doc"]) == "news"]

    res = {"model": args.model, "onnx": args.onnx}
    if not args.skip_ours:
        m = OnnxJoint(args.model, args.onnx, threads=args.threads)
        t0 = time.time()
        p_uner = m.predict([s["words"] for s in uner])
        t1 = time.time()
        cache = {tuple(s["words"]): p for s, p in zip(uner, p_uner)}  # UNER test = EWT test sentences
        todo = [s["words"] for s in ewt if tuple(s["words"]) not in cache]
        cache.update({tuple(w): p for w, p in zip(todo, m.predict(todo))})
        p_ewt = [cache[tuple(s["words"])] for s in ewt]
        p_gum = m.predict([s["words"] for s in gum])
        res["seconds_uner_test"] = round(t1 - t0, 1)
        ours_uner = [common_spans(p["ner"]) for p in p_uner]
        ours_gum = [common_spans(p["ner"]) for p in p_gum]
        res["ours"] = {"uner_test": prf(uner_gold, ours_uner), "gum_test": prf(gum_gold, ours_gum),
                       "gum_test_news": prf([gum_gold[i] for i in news], [ours_gum[i] for i in news]),
                       "ewt_test_parse": attach(ewt, p_ewt), "gum_test_parse": attach(gum, p_gum)}
        # alternative decoding (not the runner's): BIO-constrained Viterbi
        vu = [common_spans(viterbi_bio(p["ner_logits"], m.cfg["ner_labels"])) for p in p_uner]
        vg = [common_spans(viterbi_bio(p["ner_logits"], m.cfg["ner_labels"])) for p in p_gum]
        res["ours_viterbi"] = {"uner_test": prf(uner_gold, vu), "gum_test": prf(gum_gold, vg),
                               "gum_test_news": prf([gum_gold[i] for i in news], [vg[i] for i in news])}
    cache = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runs", "eval_spacy.json")
    if args.spacy and not os.path.exists(cache):
        sp = {}
        for which in ("sm", "md"):
            su, t = spacy_ner(which, [s["words"] for s in uner])
            sg, _ = spacy_ner(which, [s["words"] for s in gum])
            sp["spacy_" + which] = {"uner_test": prf(uner_gold, su), "gum_test": prf(gum_gold, sg),
                                    "gum_test_news": prf([gum_gold[i] for i in news], [sg[i] for i in news]),
                                    "seconds_uner_test_ner_only": round(t, 1)}
        json.dump(sp, open(cache, "w"), indent=1)
    if args.spacy:
        res.update(json.load(open(cache)))
    if args.skip_ours:
        print(json.dumps(res, indent=1))
        return
    out = args.out or os.path.join(args.model, "eval.json")
    json.dump(res, open(out, "w"), indent=1)

    rows = [("ours", res["ours"]), ("ours (Viterbi BIO)", res["ours_viterbi"])] + [(f"spaCy {w}", res["spacy_" + w]) for w in ("sm", "md") if "spacy_" + w in res]
    print("| system | UNER EWT test F1 (P/R) | GUM test F1 (P/R) | GUM test news F1 |")
    print("|---|---|---|---|")
    for name, r in rows:
        f = lambda k: f"{r[k]['f1']:.3f} ({r[k]['p']:.3f}/{r[k]['r']:.3f})"
        print(f"| {name} | {f('uner_test')} | {f('gum_test')} | {r['gum_test_news']['f1']:.3f} |")
    o = res["ours"]
    print()
    print("| parse | UAS | LAS | UAS no punct | LAS no punct |")
    print("|---|---|---|---|---|")
    for k, name in (("ewt_test_parse", "EWT test"), ("gum_test_parse", "GUM test")):
        a, b = o[k]["all"], o[k]["nopunct"]
        print(f"| {name} | {a['uas']:.3f} | {a['las']:.3f} | {b['uas']:.3f} | {b['las']:.3f} |")


if __name__ == "__main__":
    main()
