"""Distillation from an exported model (train.py --teacher DIR): the teacher's soft outputs on every training
sentence, and a loss that pulls the student's distributions towards them.

A smaller student (--layers N) trained on the gold alone reaches the teacher's test-set NER F1 / LAS but
disagrees with it on many downstream decisions (issue 13); matching the teacher's full distributions (NER
labels, arc scores over every candidate head, deprel at the teacher's head) passes on how it ranks the
alternatives, not only its best guess.

Teacher targets are computed once with ONNX Runtime (one thread) and cached next to the run's log.
"""
import os
import pickle

import numpy as np
import torch
import torch.nn.functional as F

from decode import OnnxJoint


def teacher_targets(model_dir, items, labels, cache, say=print, batch=32):
    """Per item (same order): (ner logits [n,L], arc scores [n,n+1], head [n], rel logits at that head [n,R]),
    float16. The teacher reads the items' own sub-token features, so both see the same input. labels =
    (ner_labels, deprels) of the student: the teacher's columns must mean the same."""
    m = OnnxJoint(model_dir, threads=1)
    if (m.cfg["ner_labels"], m.cfg["deprels"]) != tuple(labels):
        raise ValueError(f"teacher {model_dir} has other NER labels or deprels than the training data")
    if os.path.exists(cache):
        return pickle.load(open(cache, "rb"))
    names = {i.name for i in m.sess.get_inputs()}
    out = [None] * len(items)
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]))
    for k in range(0, len(order), batch):
        idx = order[k: k + batch]
        T = max(len(items[i]["ids"]) for i in idx)
        W = max(len(items[i]["widx"]) for i in idx)
        feed = {"input_ids": np.zeros((len(idx), T), np.int64), "attention_mask": np.zeros((len(idx), T), np.int64),
                "shape_ids": np.zeros((len(idx), T), np.int64), "word_index": np.zeros((len(idx), W), np.int64)}
        for b, i in enumerate(idx):
            it = items[i]
            feed["input_ids"][b, : len(it["ids"])] = it["ids"]
            feed["attention_mask"][b, : len(it["ids"])] = 1
            feed["shape_ids"][b, : len(it["ids"])] = it["shapes"]
            feed["word_index"][b, : len(it["widx"])] = it["widx"]
        ner, arc, rel = m.sess.run(["ner_logits", "arc_scores", "rel_logits"],
                                   {k_: v for k_, v in feed.items() if k_ in names})
        for b, i in enumerate(idx):
            n = len(items[i]["widx"])
            a = arc[b, :n, : n + 1]
            h = a.argmax(-1)
            out[i] = (ner[b, :n].astype(np.float16), a.astype(np.float16), h.astype(np.int16),
                      rel[b, np.arange(n), h].astype(np.float16))
        if k // batch % 100 == 0:
            say(f"teacher {k}/{len(items)}")
    pickle.dump(out, open(cache, "wb"), protocol=4)
    return out


def soft_ce(student, teacher_p, mask):
    """Mean over masked rows of the cross-entropy between teacher probabilities and the student's logits."""
    if not mask.any():
        return student.sum() * 0
    ce = -(teacher_p * F.log_softmax(student, -1)).sum(-1)
    return ce[mask].mean()


def kd_loss(out, targets):
    """Soft NER + arc + deprel losses for a batch: out = the student's (ner, arc, rel, ...); targets = the
    teacher tuples of the batch's items, in batch order."""
    ner, arc, rel = out[:3]
    B, W = ner.shape[:2]
    t_ner = torch.zeros_like(ner)
    t_arc = torch.zeros_like(arc)
    t_rel = torch.zeros(B, W, rel.size(-1))
    t_head = torch.zeros(B, W, dtype=torch.long)
    mask = torch.zeros(B, W, dtype=torch.bool)
    for b, (tn, ta, th, tr) in enumerate(targets):
        n = len(tn)
        t_ner[b, :n] = torch.softmax(torch.from_numpy(tn.astype(np.float32)), -1)
        t_arc[b, :n, : n + 1] = torch.softmax(torch.from_numpy(ta.astype(np.float32)), -1)
        t_rel[b, :n] = torch.softmax(torch.from_numpy(tr.astype(np.float32)), -1)
        t_head[b, :n] = torch.from_numpy(th.astype(np.int64))
        mask[b, :n] = True
    rel_at = torch.gather(rel, 2, t_head[:, :, None, None].expand(-1, -1, 1, rel.size(-1))).squeeze(2)
    return soft_ce(ner, t_ner, mask) + soft_ce(arc, t_arc, mask) + soft_ce(rel_at, t_rel, mask)
