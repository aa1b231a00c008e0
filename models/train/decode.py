"""Decoding shared by evaluation and reference writing: ONNX predictor, BIO repair, MST (Chu-Liu-Edmonds).

The tree decoder follows Dozat / Stanza (chuliu_edmonds_one_root): maximum spanning tree over the
row-wise log-softmax of arc_scores with exactly one word attached to ROOT.
"""
import json
import os

import numpy as np

import data
from feats import featurize, load_tokenizer


# ---------------------------------------------------------------- MST
def _tarjan(tree):
    indices = -np.ones_like(tree)
    lowlinks = -np.ones_like(tree)
    onstack = np.zeros_like(tree, dtype=bool)
    stack, index, cycles = [], [0], []

    def strong_connect(i):
        index[0] += 1
        indices[i] = lowlinks[i] = index[0] - 1
        stack.append(i)
        onstack[i] = True
        for j in np.where(np.equal(tree, i))[0]:
            if indices[j] == -1:
                strong_connect(j)
                lowlinks[i] = min(lowlinks[i], lowlinks[j])
            elif onstack[j]:
                lowlinks[i] = min(lowlinks[i], indices[j])
        if lowlinks[i] == indices[i]:
            cycle = np.zeros_like(indices, dtype=bool)
            while stack[-1] != i:
                j = stack.pop()
                onstack[j] = False
                cycle[j] = True
            stack.pop()
            onstack[i] = False
            cycle[i] = True
            if cycle.sum() > 1:
                cycles.append(cycle)

    for i in range(len(tree)):
        if indices[i] == -1:
            strong_connect(i)
    return cycles


def _chuliu_edmonds(scores):
    np.fill_diagonal(scores, -np.inf)
    scores[0] = -np.inf
    scores[0, 0] = 0
    tree = np.argmax(scores, axis=1)
    cycles = _tarjan(tree)
    if not cycles:
        return tree
    cycle = cycles.pop()
    cycle_locs = np.where(cycle)[0]
    cycle_subtree = tree[cycle]
    cycle_scores = scores[cycle, cycle_subtree]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.where(noncycle)[0]
    metanode_head_scores = scores[cycle][:, noncycle] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[noncycle][:, cycle]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    subscores = scores[noncycle][:, noncycle]
    subscores = np.pad(subscores, ((0, 1), (0, 1)), "constant")
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, np.arange(len(noncycle_locs))]
    subscores[:-1, -1] = metanode_dep_scores[np.arange(len(noncycle_locs)), metanode_deps]
    contracted_tree = _chuliu_edmonds(subscores)
    cycle_head = contracted_tree[-1]
    contracted_tree = contracted_tree[:-1]
    new_tree = -np.ones_like(tree)
    sub = contracted_tree < len(contracted_tree)
    new_tree[noncycle_locs[sub]] = noncycle_locs[contracted_tree[sub]]
    sub = np.logical_not(sub)
    new_tree[noncycle_locs[sub]] = cycle_locs[metanode_deps[sub]]
    new_tree[cycle_locs] = tree[cycle_locs]
    cycle_root = metanode_heads[cycle_head]
    new_tree[cycle_locs[cycle_root]] = noncycle_locs[cycle_head]
    return new_tree


def mst_heads(arc):
    """arc: [n, n+1] scores for n words -> heads (0 = ROOT, k = word k), a tree with one root."""
    n = arc.shape[0]
    a = arc[:, : n + 1].astype(np.float64)
    a = a - a.max(1, keepdims=True)
    logp = a - np.log(np.exp(a).sum(1, keepdims=True))
    scores = np.zeros((n + 1, n + 1))
    scores[1:] = logp
    tree = _chuliu_edmonds(scores.copy())
    roots = np.where(tree[1:] == 0)[0] + 1
    if len(roots) != 1:
        best, best_tree = -np.inf, None
        for r in roots:
            s = scores.copy()
            root_score = s[r, 0]
            s[1:, 0] = -np.inf
            s[r] = -np.inf
            s[r, 0] = 0
            t = _chuliu_edmonds(s)
            tp = s[np.arange(len(s)), t]
            sc = tp.sum() + root_score if (tp > -np.inf).all() else -np.inf
            if sc > best:
                best, best_tree = sc, t
        tree = best_tree
    return [int(h) for h in tree[1:]]


# ---------------------------------------------------------------- predictor
class OnnxJoint:
    def __init__(self, model_dir, onnx_file=None, threads=2, ner_decode="repair"):
        self.ner_decode = ner_decode
        import onnxruntime as ort
        self.cfg = json.load(open(os.path.join(model_dir, "config.json")))
        self.tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        self.sess = ort.InferenceSession(os.path.join(model_dir, onnx_file or self.cfg["onnx"]), so,
                                         providers=["CPUExecutionProvider"])

    def raw(self, sents, max_sub=512):
        """Run a batch of word lists; returns per sentence (feats, ner_logits, arc, rel) trimmed to n words.
        Sentences longer than max_subtokens are run whole (up to 512 pieces) in evaluation."""
        feats = [featurize(self.tok, ws, max_sub) for ws in sents]
        B = len(sents)
        T = max(len(f[0]) for f in feats)
        W = max(len(ws) for ws in sents)
        ids = np.zeros((B, T), np.int64)
        am = np.zeros((B, T), np.int64)
        sh = np.zeros((B, T), np.int64)
        wi = np.zeros((B, W), np.int64)
        for b, f in enumerate(feats):
            ids[b, : len(f[0])] = f[0]
            am[b, : len(f[0])] = 1
            sh[b, : len(f[0])] = f[1]
            wi[b, : len(f[2])] = f[2]
        feed = {"input_ids": ids, "attention_mask": am, "shape_ids": sh, "word_index": wi}
        names = {i.name for i in self.sess.get_inputs()}  # a --no-shape graph has no shape_ids input
        outs = [o.name for o in self.sess.get_outputs()]
        ev = [k for k in ("trigger_logits", "code_logits", "arg_logits") if k in outs]
        res = self.sess.run(["ner_logits", "arc_scores", "rel_logits"] + ev,
                            {k: v for k, v in feed.items() if k in names})
        ner, arc, rel = res[:3]
        out = []
        for b, ws in enumerate(sents):
            n = len(ws)
            extra = tuple(x[b, :n, :n] if x.ndim == 4 else x[b, :n] for x in res[3:])
            out.append((feats[b], ner[b, :n], arc[b, :n, : n + 1], rel[b, :n, : n + 1]) + extra)
        return out

    def predict(self, sents, batch=32):
        """-> list of dicts: ner (BIO per word), heads, deprels."""
        labels, rels = self.cfg["ner_labels"], self.cfg["deprels"]
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
        res = [None] * len(sents)
        for k in range(0, len(order), batch):
            idx = order[k: k + batch]
            for i, (f, nl, arc, rl, *ev) in zip(idx, self.raw([sents[i] for i in idx])):
                heads = mst_heads(arc)
                tags = viterbi_bio(nl, labels) if self.ner_decode == "viterbi" else [labels[j] for j in nl.argmax(-1)]
                res[i] = {"ner": tags, "argmax_ner": [labels[j] for j in nl.argmax(-1)], "heads": heads,
                          "deprels": [rels[int(rl[w, h].argmax())] for w, h in enumerate(heads)],
                          "ner_logits": nl, "argmax_heads": arc.argmax(-1).tolist()}
                if ev:
                    res[i].update({"trigger_logits": ev[0], "code_logits": ev[1], "arg_logits": ev[2]})
                    res[i]["events"] = decode_events(ev[0], ev[1], ev[2], self.cfg)
        return res


# ---------------------------------------------------------------- events (models/FORMAT.md, "Event heads")
def softmax(x):
    x = x.astype(np.float64)
    x = x - x.max(-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(-1, keepdims=True)


def trigger_words(trig_logits, threshold):
    """[(word, root column, p_trigger)]: words whose P(any root) = 1 - P("O") >= threshold; the root is the
    best non-"O" column."""
    p = softmax(trig_logits)
    out = []
    for i in range(len(p)):
        if 1.0 - p[i, 0] >= threshold:
            out.append((i, int(p[i, 1:].argmax()) + 1, float(1.0 - p[i, 0])))
    return out


def merge_triggers(words_):
    """Adjacent trigger words with the same root are one trigger: [(first, last, root, head word)], the head
    being the word with the highest trigger probability."""
    spans = []
    for i, r, pr in words_:
        if spans and spans[-1][1] == i - 1 and spans[-1][2] == r:
            a, _, _, h, ph = spans[-1]
            spans[-1] = (a, i, r, i if pr > ph else h, max(pr, ph))
        else:
            spans.append((i, i, r, i, pr))
    return [s[:4] for s in spans]


def trigger_code(code_logits, root, code_labels):
    """3-digit code: the best code column of this root, else the root's "not specified" code (root + "0")."""
    best = [(float(code_logits[j]), c) for j, c in enumerate(code_labels) if c[:2] == root]
    return max(best)[1] if best else root + "0"


def arguments(arg_logits, t, threshold, arg_labels, skip=()):
    """[(word, role)] for trigger word t: candidates whose P(not none) >= threshold, role = best non-none."""
    p = softmax(arg_logits[t])
    out = []
    for j in range(len(p)):
        if j != t and j not in skip and 1.0 - p[j, 0] >= threshold:
            out.append((j, arg_labels[int(p[j, 1:].argmax()) + 1]))
    return out


def ruled_out(trig_logits, cfg):
    """Per word, whether P(any root) is below event_thresholds.keep ([] without one): the runner's veto of a
    lexicon trigger there."""
    keep = cfg.get("event_thresholds", {}).get("keep")
    if keep is None:
        return []
    return [bool(1.0 - p[0] < keep) for p in softmax(trig_logits)]


def decode_events(trig_logits, code_logits, arg_logits, cfg):
    """The reference decoding of the event heads (the Rust runner does the same):
    [{"first", "last", "head", "root", "code", "args": [[word, role], ...]}]."""
    th = cfg.get("event_thresholds", {})
    roots = cfg["trigger_labels"]
    out = []
    for a, b, r, h in merge_triggers(trigger_words(trig_logits, th.get("trigger", 0.5))):
        root = roots[r]
        out.append({"first": a, "last": b, "head": h, "root": root,
                    "code": trigger_code(code_logits[h], root, cfg["code_labels"]),
                    "args": [list(x) for x in arguments(arg_logits, h, th.get("argument", 0.5), cfg["arg_labels"])]})
    return out


def common_spans(tags, mapping=data.TO_COMMON):
    return {(s, e, mapping[t]) for s, e, t in data.spans_from_bio(tags) if t in mapping}


def viterbi_bio(ner_logits, labels):
    """Best BIO sequence under log-softmax scores where I-X may only follow B-X or I-X (not at the start)."""
    x = ner_logits.astype(np.float64)
    x = x - x.max(1, keepdims=True)
    lp = x - np.log(np.exp(x).sum(1, keepdims=True))
    L = len(labels)
    ok = np.ones((L, L), bool)  # ok[prev, cur]
    start = np.ones(L, bool)
    for j, c in enumerate(labels):
        if c.startswith("I-"):
            start[j] = False
            for i, p in enumerate(labels):
                ok[i, j] = p[2:] == c[2:] and p != "O"
    trans = np.where(ok, 0.0, -np.inf)
    score = np.where(start, lp[0], -np.inf)
    back = []
    for t in range(1, len(lp)):
        cand = score[:, None] + trans
        back.append(cand.argmax(0))
        score = cand.max(0) + lp[t]
    best = [int(score.argmax())]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return [labels[j] for j in reversed(best)]
