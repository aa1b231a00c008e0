"""Trains the record scorer of casus-confidence (data/scorer.json) and reports it on held-out stories.

Labels (never the news test split):
  * records of the news corpus's train and dev stories and of the five seed articles: right when a gold
    event of the same CAMEO root is stated in the same sentence (one gold event pairs one record);
  * records of the 69 unlabelled VOA stories: the audits' judgments (corpus/audits/voa69.tsv).
Features: what `cargo run --release -p casus-confidence --example features -- RECORDS.jsonl` dumps,
so the trainer sees exactly what the pipeline computes. Records must be written with --min-confidence 0.

Model: L2-regularised logistic regression (scikit-learn). Held-out reports: the 69 stories in two halves
(train on everything but one half), and the dev split. The model written is trained on everything but
the dev split, so that dev stays a held-out check of the scorer in `casus eval` too.

    python train.py --news NEWS_FEATURES --seeds SEED_FEATURES --voa VOA_FEATURES -o ../data/scorer.json
"""
import argparse, collections, json, sys
from pathlib import Path
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[3]
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


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


def label_by_audit(records, audit_path):
    """Audit judgments by (doc, start, root), taken in order; records no audit judged get None."""
    judged = collections.defaultdict(list)
    for line in open(audit_path):
        if line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, start, cameo, _trigger, judgment, _audit = line.rstrip("\n").split("\t")
        judged[(doc, int(start), cameo[:2])].append(judgment == "R")
    taken = collections.Counter()
    labels = []
    for r in records:
        key = (r["doc_id"], r["start"], r["cameo"][:2])
        labels.append(judged[key][taken[key]] if taken[key] < len(judged[key]) else None)
        taken[key] += 1
    return labels


def load(args):
    split = dict(l.rstrip("\n").split("\t")[:2] for l in open(ROOT / "corpus/news/split.tsv") if "\t" in l)
    tuned = {d for d, s in split.items() if s in ("train", "dev")}
    news = [r for r in rows(args.news) if r["doc_id"] in tuned]  # the test split is never read
    data = []  # (group, doc, features, label)
    for r, y in zip(news, label_by_gold(news, gold_counts(ROOT / "corpus/news/gold.jsonl", tuned))):
        data.append((split[r["doc_id"]], r["doc_id"], r["features"], y))
    seeds = rows(args.seeds)
    for r, y in zip(seeds, label_by_gold(seeds, gold_counts(ROOT / "corpus/gold.jsonl", {r["doc_id"] for r in seeds}))):
        data.append(("seeds", r["doc_id"], r["features"], y))
    voa = rows(args.voa)
    for r, y in zip(voa, label_by_audit(voa, ROOT / "corpus/audits/voa69.tsv")):
        if y is not None:
            data.append(("voa", r["doc_id"], r["features"], y))
    return data


def fit(X, y, c):
    return LogisticRegression(C=c, max_iter=5000).fit(X, y)


def held_out(data, X, y, c):
    """Probabilities for every record from a model that did not see its fold: two halves of the VOA
    stories, the dev split; train and seeds records are always training data."""
    groups = np.array([d[0] for d in data])
    voa_docs = sorted({d[1] for d in data if d[0] == "voa"})
    half = {doc: i % 2 for i, doc in enumerate(voa_docs)}
    fold = np.array([f"voa{half[d[1]]}" if d[0] == "voa" else d[0] for d in data])
    p = np.full(len(y), np.nan)
    for f in ("voa0", "voa1", "dev"):
        test = fold == f
        p[test] = fit(X[~test], y[~test], c).predict_proba(X[test])[:, 1]
    return fold, p


def report(fold, p, y, dev_gold):
    print("held-out folds: records, right, AUC; records under each threshold (right ones among them)")
    for f in ("voa0", "voa1", "dev"):
        m = fold == f
        cells = [f"{t}: {int((p[m] < t).sum())} ({int(y[m][p[m] < t].sum())})" for t in THRESHOLDS]
        print(f"  {f:5} n {m.sum():4} right {int(y[m].sum()):4} AUC {roc_auc_score(y[m], p[m]):.3f} | " + "  ".join(cells))
    m = fold == "dev"
    line = []
    for t in (0.0,) + THRESHOLDS:
        keep = p[m] >= t
        tp, n = int(y[m][keep].sum()), int(keep.sum())
        prec, rec = tp / n, tp / dev_gold
        line.append(f"{t}: {2 * prec * rec / (prec + rec):.3f}")
    print("  dev event F1 (same-sentence, same-root pairing) by threshold: " + "  ".join(line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--voa", required=True)
    ap.add_argument("--threshold", type=float, default=0.3)
    ap.add_argument("--c", type=float, default=None, help="regularisation (default: best mean held-out AUC)")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    data = load(args)
    vec = DictVectorizer()
    X = vec.fit_transform([d[2] for d in data])
    y = np.array([d[3] for d in data], dtype=int)
    print("records:", dict(collections.Counter((d[0], bool(d[3])) for d in data)))
    dev_docs = {d[1] for d in data if d[0] == "dev"}
    dev_gold = sum(sum(c.values()) for c in gold_counts(ROOT / "corpus/news/gold.jsonl", dev_docs).values())
    best = None
    for c in ([args.c] if args.c else [0.1, 0.3, 1.0]):
        fold, p = held_out(data, X, y, c)
        aucs = [roc_auc_score(y[fold == f], p[fold == f]) for f in ("voa0", "voa1", "dev")]
        print(f"C {c}: held-out AUC voa0 {aucs[0]:.3f} voa1 {aucs[1]:.3f} dev {aucs[2]:.3f}")
        if best is None or np.mean(aucs) > best[0]:
            best = (np.mean(aucs), c, fold, p)
    _, c, fold, p = best
    print(f"chosen C {c}")
    report(fold, p, y, dev_gold)
    final = fold != "dev"
    model = fit(X[final], y[final], c)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 5) for n, w in zip(names, model.coef_[0]) if abs(w) >= 1e-5}
    scorer = {
        "bias": round(float(model.intercept_[0]), 5),
        "threshold": args.threshold,
        "weights": dict(sorted(weights.items())),
        "trained": {"records": int(final.sum()), "right": int(y[final].sum()), "C": c,
                    "groups": dict(collections.Counter(d[0] for d in data if d[0] != "dev"))},
    }
    Path(args.output).write_text(json.dumps(scorer, indent=1) + "\n")
    # Parity rows for the Rust scorer's test: features of 24 records and the model's own probability.
    picks = np.linspace(0, len(y) - 1, 24).astype(int)
    probs = model.predict_proba(X[picks])[:, 1]  # dev rows too: parity does not need training rows
    with open(Path(args.output).with_name("reference.jsonl"), "w") as out:
        for i, prob in zip(picks, probs):
            out.write(json.dumps({"features": data[i][2], "probability": round(float(prob), 6)}) + "\n")
    print(f"wrote {args.output}: {len(weights)} weights, and reference.jsonl")


if __name__ == "__main__":
    sys.exit(main())
