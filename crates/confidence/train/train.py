"""Trains the record scorer of casus-confidence (data/scorer.json) and reports it on held-out stories.

Labels (never the news test split: `--news` may hold only train and dev stories, checked):
  * records of the news corpus's train stories: right when a gold event of the same CAMEO root is stated
    in the same sentence (one gold event pairs one record);
  * records of the 69 unlabelled VOA stories: the audits' judgments (corpus/audits/voa69.tsv), one audit
    per record: the latest audit that judged the record's sentence and root, matched on the trigger
    where the audit kept it, else in order.
Held out of the shipped model: the dev split (`casus eval --split dev` stays a check of the scorer) and
the seed articles (the CI gate's own set).
Features: what `cargo run --release -p casus-confidence --example features -- RECORDS.jsonl` dumps,
so the trainer sees exactly what the pipeline computes. Records must be written with --min-confidence 0.

Model: L2-regularised logistic regression (scikit-learn); its strength is chosen on the two halves of
the VOA stories (each fold model trained as the shipped one, without dev and seeds). Threshold: a
record is worth keeping when its probability of being right is above half the F1 of the records
(Lipton, Elkan and Naryanaswamy 2014, "Thresholding classifiers to maximize F1 score"); F1 is the dev
split's, held out, with every record kept, and the cut is rounded down to 0.05.

    python train.py --news NEWS_FEATURES --seeds SEED_FEATURES --voa VOA_FEATURES -o ../data/scorer.json
"""
import argparse, collections, json, math, sys
from pathlib import Path
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[3]
GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
AUDIT_ORDER = ("s22", "s18b", "s18a")  # latest first


def rows(path):
    return [json.loads(l) for l in open(path) if l.strip()]


def gold_counts(gold_path, docs):
    """(doc, sentence start) -> Counter of gold roots, for the given documents only."""
    counts = collections.defaultdict(collections.Counter)
    for line in open(gold_path):
        g = json.loads(line)
        if g["doc_id"] in docs:
            counts[(g["doc_id"], g["evidence"]["start"])][g["action"]["cameo"][:2]] += 1
    return counts


def label_by_gold(records, counts):
    used = collections.defaultdict(collections.Counter)
    labels = []
    for r in records:
        key, root = (r["doc_id"], r["start"]), r["cameo"][:2]
        labels.append(used[key][root] < counts[key][root])
        used[key][root] += 1
    return labels


def read_audits(path):
    """(doc, start, root) -> the latest audit's judgments there: [(trigger or "", right?)]."""
    by_audit = collections.defaultdict(lambda: collections.defaultdict(list))
    for line in open(path):
        if line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, start, cameo, trigger, judgment, audit = line.rstrip("\n").split("\t")
        by_audit[(doc, int(start), cameo[:2])][audit].append((trigger, judgment == "R"))
    return {key: next(audits[a] for a in AUDIT_ORDER if a in audits) for key, audits in by_audit.items()}


def label_by_audit(records, audits):
    """One judgment per record and each judgment used once; records no audit judged get None."""
    left = {key: list(js) for key, js in audits.items()}
    labels = []
    for r in records:
        js = left.get((r["doc_id"], r["start"], r["cameo"][:2]), [])
        at = next((i for i, (t, _) in enumerate(js) if t and t == r["trigger"]), None)
        if at is None:
            at = next((i for i, (t, _) in enumerate(js) if not t), None)
        labels.append(js.pop(at)[1] if at is not None else None)
    unused = sum(len(js) for js in left.values())
    return labels, unused


def load(args):
    split = dict(l.rstrip("\n").split("\t")[:2] for l in open(ROOT / "corpus/news/split.tsv") if "\t" in l)
    news = rows(args.news)
    bad = sorted({r["doc_id"] for r in news if split.get(r["doc_id"]) not in ("train", "dev")})
    if bad:
        sys.exit(f"--news holds stories outside the train and dev splits: {bad[:5]} ...")
    data = []  # (group, doc, features, label)
    docs = {r["doc_id"] for r in news}
    for r, y in zip(news, label_by_gold(news, gold_counts(ROOT / "corpus/news/gold.jsonl", docs))):
        data.append((split[r["doc_id"]], r["doc_id"], r["features"], y))
    seeds = rows(args.seeds)
    for r, y in zip(seeds, label_by_gold(seeds, gold_counts(ROOT / "corpus/gold.jsonl", {r["doc_id"] for r in seeds}))):
        data.append(("seeds", r["doc_id"], r["features"], y))
    voa = rows(args.voa)
    labels, unused = label_by_audit(voa, read_audits(ROOT / "corpus/audits/voa69.tsv"))
    print(f"VOA records: {len(voa)}, judged {sum(y is not None for y in labels)}; audit judgments matching no record: {unused}")
    for r, y in zip(voa, labels):
        if y is not None:
            data.append(("voa", r["doc_id"], r["features"], y))
    return data


def fit(X, y, c):
    return LogisticRegression(C=c, max_iter=5000).fit(X, y)


def folds(data):
    """voa0 / voa1 (alternate VOA stories), dev, seeds, train."""
    voa_docs = sorted({d[1] for d in data if d[0] == "voa"})
    half = {doc: i % 2 for i, doc in enumerate(voa_docs)}
    return np.array([f"voa{half[d[1]]}" if d[0] == "voa" else d[0] for d in data])


def held_out(fold, X, y, c):
    """Every held-out fold scored by a model trained as the shipped one (train + the other VOA half)."""
    p = np.full(len(y), np.nan)
    for f in ("voa0", "voa1"):
        train = (fold == "train") | (np.char.startswith(fold.astype(str), "voa") & (fold != f))
        test = fold == f
        p[test] = fit(X[train], y[train], c).predict_proba(X[test])[:, 1]
    shipped = (fold == "train") | np.char.startswith(fold.astype(str), "voa")
    rest = ~shipped
    p[rest] = fit(X[shipped], y[shipped], c).predict_proba(X[rest])[:, 1]
    return p


def event_f1(p, y, gold, t):
    keep = p >= t
    tp, n = int(y[keep].sum()), int(keep.sum())
    prec, rec = tp / max(n, 1), tp / gold
    return 2 * prec * rec / max(prec + rec, 1e-9)


def report(fold, p, y, gold):
    print("held-out folds: records, right, AUC; records under each cut (right ones among them)")
    for f in ("voa0", "voa1", "dev", "seeds"):
        m = fold == f
        cells = [f"{t}: {int((p[m] < t).sum())} ({int(y[m][p[m] < t].sum())})" for t in THRESHOLDS]
        print(f"  {f:5} n {m.sum():4} right {int(y[m].sum()):4} AUC {roc_auc_score(y[m], p[m]):.3f} | " + "  ".join(cells))
    for f in ("dev", "seeds"):
        m = fold == f
        cells = [f"{t}: {event_f1(p[m], y[m], gold[f], t):.3f}" for t in (0.0,) + THRESHOLDS]
        print(f"  {f} event F1 (same-sentence, same-root pairing) by cut: " + "  ".join(cells))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--voa", required=True)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    data = load(args)
    vec = DictVectorizer()
    X = vec.fit_transform([d[2] for d in data])
    y = np.array([d[3] for d in data], dtype=int)
    fold = folds(data)
    print("records:", dict(collections.Counter((d[0], bool(d[3])) for d in data)))
    dev_docs = {d[1] for d in data if d[0] == "dev"}
    gold = {"dev": sum(sum(c.values()) for c in gold_counts(ROOT / "corpus/news/gold.jsonl", dev_docs).values()),
            "seeds": sum(1 for _ in open(ROOT / "corpus/gold.jsonl"))}
    best = None
    for c in GRID:
        p = held_out(fold, X, y, c)
        aucs = [roc_auc_score(y[fold == f], p[fold == f]) for f in ("voa0", "voa1")]
        print(f"C {c}: held-out AUC voa0 {aucs[0]:.3f} voa1 {aucs[1]:.3f}")
        if best is None or np.mean(aucs) > best[0]:
            best = (np.mean(aucs), c, p)
    _, c, p = best
    dev_f1 = event_f1(p[fold == "dev"], y[fold == "dev"], gold["dev"], 0.0)
    threshold = math.floor(dev_f1 / 2 / 0.05) * 0.05
    print(f"chosen C {c}; dev event F1 with every record {dev_f1:.3f} -> cut {threshold:.2f}")
    report(fold, p, y, gold)
    shipped = (fold == "train") | np.char.startswith(fold.astype(str), "voa")
    model = fit(X[shipped], y[shipped], c)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 5) for n, w in zip(names, model.coef_[0]) if abs(w) >= 1e-5}
    scorer = {
        "bias": round(float(model.intercept_[0]), 5),
        "threshold": round(threshold, 2),
        "weights": dict(sorted(weights.items())),
        "trained": {"records": int(shipped.sum()), "right": int(y[shipped].sum()), "C": c,
                    "groups": dict(collections.Counter(d[0] for d, s in zip(data, shipped) if s)),
                    "dev_f1_all_records": round(dev_f1, 3)},
    }
    Path(args.output).write_text(json.dumps(scorer, indent=1) + "\n")
    # Parity rows for the Rust scorer's test: features of 24 records and the model's own probability.
    picks = np.linspace(0, len(y) - 1, 24).astype(int)
    probs = model.predict_proba(X[picks])[:, 1]
    with open(Path(args.output).with_name("reference.jsonl"), "w") as out:
        for i, prob in zip(picks, probs):
            out.write(json.dumps({"features": data[i][2], "probability": round(float(prob), 6)}) + "\n")
    print(f"wrote {args.output}: {len(weights)} weights, and reference.jsonl")


if __name__ == "__main__":
    sys.exit(main())
