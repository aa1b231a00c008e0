"""Write models/tiny-bert/: a tiny RANDOM BertForTokenClassification for Rust loader tests (not a real model).

    .venv-train/bin/python models/train/make_tiny_bert.py

Files: config.json (HF BERT + id2label/label2id), vocab.txt, tokenizer.json (BertWordPiece, lowercase),
model.safetensors (HF names: bert.embeddings.word_embeddings.weight, ..., classifier.weight/bias),
model.onnx (inputs input_ids/attention_mask/token_type_ids int64 [B,T], output logits [B,T,5], opset 14),
reference.json (sentences, ids, argmax label per sub-token and logits from PyTorch; ONNX checked to agree).
Vocabulary: [PAD] [UNK] [CLS] [SEP] [MASK], single characters and ##characters, then the most frequent
whole words of the MiniLM (BERT uncased) vocabulary, 1000 entries in all. Seed fixed: output is reproducible.
"""
import json
import os
import string

import numpy as np
import torch
from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors, decoders
from tokenizers.models import WordPiece
from transformers import BertConfig, BertForTokenClassification

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tiny-bert")
LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
VOCAB_SIZE = 1000
SENTENCES = [
    "Azerbaijani armed forces fired on Armenian combat positions near Nerkin Hand.",
    "The two countries accused each other on Tuesday of shooting at the border.",
    "John Smith lives in New York.",
    "Four soldiers were killed and one was injured, the ministry said.",
]


def encoder_vocab():
    enc_dir = open(os.path.join(HERE, ".cache", "minilm", "ENCODER_DIR")).read().strip()
    with open(os.path.join(enc_dir, "vocab.txt"), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f]


def build_vocab():
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = list(string.ascii_lowercase + string.digits + string.punctuation)
    vocab = specials + chars + ["##" + c for c in string.ascii_lowercase + string.digits]
    seen = set(vocab)
    big = encoder_vocab()
    for w in big[1996:]:  # BERT uncased: frequency-ordered whole words start at 1996 ("the")
        if len(vocab) >= VOCAB_SIZE:
            break
        if w not in seen and w.isalpha():
            vocab.append(w)
            seen.add(w)
    return vocab


def make_tokenizer(vocab):
    tok = Tokenizer(WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                                lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.BertProcessing(("[SEP]", vocab.index("[SEP]")), ("[CLS]", vocab.index("[CLS]")))
    tok.decoder = decoders.WordPiece(prefix="##")
    return tok


def main():
    torch.manual_seed(1234)
    os.makedirs(OUT, exist_ok=True)
    vocab = build_vocab()
    with open(os.path.join(OUT, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    tok = make_tokenizer(vocab)
    tok.save(os.path.join(OUT, "tokenizer.json"))

    cfg = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=128, type_vocab_size=2,
                     initializer_range=0.2,  # larger than usual so that argmax labels have clear margins
                     num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
                     label2id={l: i for i, l in enumerate(LABELS)})
    cfg._attn_implementation = "eager"
    model = BertForTokenClassification(cfg).eval()
    model.save_pretrained(OUT, safe_serialization=True)
    # config.json as written by save_pretrained; drop the internal attention switch for portability
    cj = json.load(open(os.path.join(OUT, "config.json")))
    cj.pop("_attn_implementation_autoset", None)
    cj["architectures"] = ["BertForTokenClassification"]
    json.dump(cj, open(os.path.join(OUT, "config.json"), "w"), indent=2)

    enc = tok.encode_batch(SENTENCES)
    T = max(len(e.ids) for e in enc)
    ids = torch.tensor([e.ids + [0] * (T - len(e.ids)) for e in enc])
    mask = torch.tensor([[1] * len(e.ids) + [0] * (T - len(e.ids)) for e in enc])
    tt = torch.zeros_like(ids)
    with torch.no_grad():
        logits = model(input_ids=ids, attention_mask=mask, token_type_ids=tt).logits

    onnx_path = os.path.join(OUT, "model.onnx")
    torch.onnx.export(model, (ids, mask, tt), onnx_path, input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], opset_version=14, do_constant_folding=True,
                      dynamic_axes={n: {0: "batch", 1: "sequence"} for n in
                                    ["input_ids", "attention_mask", "token_type_ids", "logits"]})

    import onnxruntime as ort
    sess = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    ref = []
    max_diff = 0.0
    for k, (s, e) in enumerate(zip(SENTENCES, enc)):
        n = len(e.ids)
        one = {"input_ids": np.array([e.ids], dtype=np.int64), "attention_mask": np.ones((1, n), dtype=np.int64),
               "token_type_ids": np.zeros((1, n), dtype=np.int64)}
        o = sess.run(["logits"], one)[0][0]
        pt = logits[k, :n].numpy()
        max_diff = max(max_diff, float(np.abs(o - pt).max()))
        assert (o.argmax(-1) == pt.argmax(-1)).all()
        ref.append({"text": s, "tokens": e.tokens, "input_ids": e.ids,
                    "labels": [LABELS[i] for i in pt.argmax(-1)],
                    "logits_first_token": [round(float(x), 6) for x in pt[0]],
                    "logits_last_token": [round(float(x), 6) for x in pt[n - 1]]})
    json.dump({"note": "PyTorch outputs of the random tiny model, one sentence at a time (batch 1, no padding); "
                       "labels = argmax per sub-token incl. [CLS]/[SEP]; ONNX Runtime agrees within max_abs_diff",
               "tolerance": 1e-4, "max_abs_diff_onnx_vs_torch": max_diff, "sentences": ref},
              open(os.path.join(OUT, "reference.json"), "w"), indent=1)
    sizes = {f: os.path.getsize(os.path.join(OUT, f)) for f in sorted(os.listdir(OUT))}
    print(json.dumps(sizes), "onnx-vs-torch max diff", max_diff)


if __name__ == "__main__":
    main()
