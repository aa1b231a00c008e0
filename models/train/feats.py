"""Sentence features shared by training, export, decoding and the graph scripts (no torch, so that the
onnxruntime-only tools (decode.py, evaluate.py, reference.py, s7weights.py) run without it)."""
from tokenizers import Tokenizer

import data

MAX_SUB = 128


def load_tokenizer(path):
    tok = Tokenizer.from_file(path)
    tok.no_truncation()
    tok.no_padding()
    return tok


def featurize(tok, words, max_sub=MAX_SUB):
    """[CLS] pieces(w1) ... [SEP] -> (input_ids, shape_ids, word_index) or None if too long.
    A word without pieces points at the previous piece (the runner does the same)."""
    enc = tok.encode(words, is_pretokenized=True, add_special_tokens=True)
    ids = enc.ids
    if max_sub and len(ids) > max_sub:
        return None
    wid = enc.word_ids
    first = [-1] * len(words)
    shapes = [0] * len(ids)
    wshape = [data.word_shape(w) for w in words]
    for p, w in enumerate(wid):
        if w is None:
            continue
        shapes[p] = wshape[w]
        if first[w] < 0:
            first[w] = p
    for i in range(len(words)):
        if first[i] < 0:
            first[i] = first[i - 1] if i > 0 else 0
    return ids, shapes, first
