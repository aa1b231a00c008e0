"""Smoke test of the installed `casus` wheel (scripts/build-wheel.sh builds and installs it).

    .venv/bin/python crates/python/tests/test_casus.py

No pytest needed (pytest also collects the test_* functions). Exits non-zero on the first failure.
With CASUS_CLI=path/to/casus it also checks that the events equal the CLI's JSON Lines for the same input.
"""

import json
import os
import subprocess
import sys
import threading
import time

import casus

TEXT = ("Azerbaijani forces shelled Armenian positions on Tuesday, killing two soldiers, "
        "the Armenian Defense Ministry said.")
TEXT2 = ("Russian drones struck an energy facility in the Kharkiv region overnight, injuring three workers, "
         "Ukraine's emergency service said on Saturday.")
KEYS = {"doc_id", "event_id", "action", "actor", "target", "date", "location", "casualties", "source", "evidence",
        "confidence"}

_started = time.perf_counter()
EX = casus.Extractor(threads=2)
LOAD_SECONDS = time.perf_counter() - _started


def check_record(event, doc_id):
    assert isinstance(event, casus.Event), type(event)
    assert casus.Event.from_dict(event.to_dict()) == event, "to_dict / from_dict do not round-trip"
    event = event.to_dict()
    assert set(event) == KEYS, f"keys {sorted(event)} != schema {sorted(KEYS)}"
    assert event["doc_id"] == doc_id, event["doc_id"]
    assert event["event_id"].startswith(doc_id), event["event_id"]
    assert isinstance(event["action"]["text"], str) and event["action"]["cameo"][:1] in "012", event["action"]
    assert set(event["casualties"]) == {"killed", "injured"}, event["casualties"]
    ev = event["evidence"]
    assert 0 <= ev["start"] < ev["end"] and ev["sentence"], ev
    assert 0 <= event["confidence"] <= 1, event["confidence"]


def test_version_and_api():
    assert isinstance(casus.__version__, str) and casus.__version__[0].isdigit(), casus.__version__
    assert issubclass(casus.CasusError, Exception)
    assert os.path.isfile(os.path.join(EX.models, "config.json")), EX.models
    assert EX.threads == 2, EX.threads
    assert EX.model_name, EX.model_name
    assert 0 < EX.min_confidence < 1, EX.min_confidence


def test_min_confidence():
    every = casus.Extractor(threads=1, min_confidence=0).extract(TEXT, pub_date="2024-02-15")
    kept = EX.extract(TEXT, pub_date="2024-02-15")
    assert [e for e in every if e.confidence >= EX.min_confidence] == kept, (every, kept)
    # A cut just above the best record's confidence leaves none; the filter is the cut, record by record.
    cut = max(e.confidence for e in every) + 0.0005
    high = casus.Extractor(threads=1, min_confidence=cut).extract(TEXT, pub_date="2024-02-15")
    assert len(high) < len(every) and high == [e for e in every if e.confidence >= cut], (every, high)
    for bad in (1.5, -0.1, True):
        try:
            casus.Extractor(min_confidence=bad)
        except ValueError as e:
            assert "min_confidence" in str(e), e
        else:
            raise AssertionError(f"min_confidence={bad!r} accepted")


def test_extract():
    events = EX.extract(TEXT, doc_id="az1", pub_date="2024-02-15")
    assert isinstance(events, list) and events, f"no events from {TEXT!r}"
    for e in events:
        check_record(e, "az1")
    typed = [e for e in events if e.action.root in ("18", "19", "20")]
    assert typed and typed[0].actor.country == "AZE" and typed[0].casualties.killed.count == 2, typed
    assert typed[0].date.precision == "day", typed[0].date
    events = [e.to_dict() for e in events]
    # The attack: an assault/fight code, Azerbaijan acting on Armenia, two killed, "on Tuesday" → the
    # Tuesday before Thursday 2024-02-15, said by Armenia's ministry.
    attack = [e for e in events if e["action"]["cameo"][:2] in ("18", "19", "20")]
    assert attack, [e["action"] for e in events]
    e = attack[0]
    assert e["actor"] and e["actor"]["country"] == "AZE", e["actor"]
    assert e["target"] and e["target"]["country"] == "ARM", e["target"]
    killed = e["casualties"]["killed"]
    assert killed and killed["count"] == 2 and killed["qualifier"] == "exact", e["casualties"]
    assert e["date"] and e["date"]["value"] == "2024-02-13", e["date"]
    assert e["source"] and e["source"]["country"] == "ARM", e["source"]
    assert TEXT[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["sentence"], e["evidence"]
    # Defaults: doc_id "doc", no publication date → no resolved "Tuesday" date.
    default = [e.to_dict() for e in EX.extract(TEXT)]
    assert default and all(x["doc_id"] == "doc" for x in default), default
    assert all(x["date"] is None or x["date"]["value"] != "2024-02-13" for x in default), default


def test_errors():
    for bad, why in (("15/02/2024", "15/02/2024"), ("yesterday", "yesterday")):
        try:
            EX.extract(TEXT, doc_id="bad-date-doc", pub_date=bad)
        except casus.CasusError as err:
            assert "bad-date-doc" in str(err) and why in str(err), str(err)
        else:
            raise AssertionError(f"pub_date={bad!r} did not raise CasusError")
    try:
        EX.extract("   \n ", doc_id="blank")
    except casus.CasusError as err:
        assert "blank" in str(err) and "empty" in str(err), str(err)
    else:
        raise AssertionError("an empty text did not raise CasusError")
    for args, exc in (((42,), TypeError), ((TEXT, ""), TypeError), ((TEXT, "d", 20240215), TypeError)):
        try:
            EX.extract(*args)
        except exc:
            pass
        else:
            raise AssertionError(f"extract{args!r} did not raise {exc.__name__}")
    try:
        casus.Extractor(models="/nonexistent/casus-models")
    except casus.CasusError as err:
        assert "/nonexistent/casus-models" in str(err), str(err)
    else:
        raise AssertionError("a missing model directory did not raise CasusError")


def test_extract_many():
    docs = [
        {"doc_id": "m1", "text": TEXT, "pub_date": "2024-02-15"},
        {"doc_id": "m2", "text": TEXT2},
        {"doc_id": "m3", "text": TEXT, "pub_date": None},
    ]
    events = EX.extract_many(iter(docs))  # any iterable
    for e in events:
        check_record(e, e.doc_id)
    ids = [e.doc_id for e in events]
    assert set(ids) == {"m1", "m2", "m3"}, ids
    assert ids == sorted(ids), f"not in input order: {ids}"
    # Same events as one-by-one extraction (a batch of one document is also what extract() runs).
    assert [e for e in events if e.doc_id == "m1"] == EX.extract(TEXT, "m1", "2024-02-15")
    # Batching does not reorder.
    assert EX.extract_many(docs, batch_size=1) == [e for d in docs for e in EX.extract(d["text"], d["doc_id"], d.get("pub_date"))]
    # A bad document fails alone, named, after the others ran.
    try:
        EX.extract_many(docs[:1] + [{"doc_id": "bad-one", "text": TEXT, "pub_date": "2024-02-30"}] + docs[1:])
    except casus.CasusError as err:
        assert "bad-one" in str(err) and "2024-02-30" in str(err), str(err)
        assert err.failures == [("bad-one", err.failures[0][1])] and "2024-02-30" in err.failures[0][1], err.failures
        assert err.events == events, "the good documents' events are not on the exception"
    else:
        raise AssertionError("a bad pub_date in extract_many did not raise CasusError")
    for bad in ([42], [{"doc_id": "x"}], [{"text": TEXT}], [{"doc_id": "x", "text": TEXT, "body": "b"}],
                [{"id": "x", "text": TEXT, "published": 20240101}]):
        try:
            EX.extract_many(bad)
        except TypeError:
            pass
        else:
            raise AssertionError(f"extract_many({bad!r}) did not raise TypeError")
    assert EX.extract_many([]) == []


def test_pipe():
    # The CLI's JSONL keys (id, text, published, title) and plain strings; a generator in, a generator out.
    docs = ({"id": f"p{i}", "text": t, "published": d, "title": "x"}
            for i, (t, d) in enumerate([(TEXT, "2024-02-15"), (TEXT2, None), (TEXT, None)]))
    out = EX.pipe(docs, batch_size=2)
    assert iter(out) is out, "pipe is not a generator"
    results = list(out)
    assert [r.doc_id for r in results] == ["p0", "p1", "p2"], results
    assert all(r.error is None and r.events for r in results), results
    assert results[0].events == EX.extract(TEXT, "p0", "2024-02-15")
    assert [r.doc_id for r in EX.pipe([TEXT, TEXT2])] == ["doc-0", "doc-1"]
    # errors="keep" yields the failure and goes on; "raise" stops at it, after the documents before it.
    bad = [{"id": "ok", "text": TEXT}, {"id": "bad", "text": "  "}, {"id": "after", "text": TEXT2}]
    kept = list(EX.pipe(bad, batch_size=1, errors="keep"))
    assert [(r.doc_id, r.error is None) for r in kept] == [("ok", True), ("bad", False), ("after", True)], kept
    assert "empty" in kept[1].error and kept[1].events == [], kept[1]
    seen = []
    try:
        for r in EX.pipe(bad, batch_size=1):
            seen.append(r.doc_id)
    except casus.CasusError as err:
        assert "bad" in str(err), str(err)
    else:
        raise AssertionError("pipe did not raise at a failed document")
    assert seen == ["ok"], seen
    for kwargs in ({"batch_size": 0}, {"errors": "ignore"}):
        try:
            list(EX.pipe([TEXT], **kwargs))
        except ValueError:
            pass
        else:
            raise AssertionError(f"pipe({kwargs}) did not raise ValueError")


def test_flat_rows():
    events = EX.extract(TEXT, "f1", "2024-02-15")
    names = [c.name for c in casus.COLUMNS]
    for col in ("event_id", "doc_id", "date", "date_precision", "year", "cameo", "cameo_root", "quad_class",
                "actor_name",
                "actor_country", "actor_role", "target_name", "location_name", "killed", "killed_qualifier",
                "injured", "source_name", "sentence_start", "sentence_end"):
        assert col in names, col
    row = casus.flat_row(events[0])
    assert list(row) == names and row == casus.flat_row(events[0].to_dict())
    attack = next(casus.flat_row(e) for e in events if e.action.root in ("18", "19", "20"))
    assert attack["cameo_root"] == attack["cameo"][:2] and attack["killed"] == 2, attack
    assert attack["date"] == "2024-02-13" and attack["date_precision"] == "day" and attack["year"] == 2024, attack
    assert attack["quad_class"] == 4, attack
    assert TEXT[attack["sentence_start"]:attack["sentence_end"]] == attack["sentence"], attack
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("  (pandas not installed: to_pandas checked by scripts/test-spark.sh)")
        return
    frame = casus.to_pandas(EX.pipe([{"id": "f1", "text": TEXT, "published": "2024-02-15"}]))
    assert list(frame.columns) == names and len(frame) == len(events), frame


def test_default_threads():
    from casus import _runtime
    os.environ["CASUS_THREADS"] = "3"
    try:
        assert _runtime.default_threads() == 3
        os.environ["CASUS_THREADS"] = "0"
        try:
            _runtime.default_threads()
        except ValueError as err:
            assert "CASUS_THREADS" in str(err)
        else:
            raise AssertionError("CASUS_THREADS=0 accepted")
    finally:
        del os.environ["CASUS_THREADS"]
    assert _runtime.default_threads() == len(os.sched_getaffinity(0))


def test_threads_release_the_gil():
    # Two Python threads extracting at once from one Extractor: both finish with the same result.
    results = {}

    def work(name):
        results[name] = EX.extract_many([{"doc_id": f"t{i}", "text": TEXT2} for i in range(8)])

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results["a"] and results["a"] == results["b"], results


def test_matches_cli():
    cli = os.environ.get("CASUS_CLI")
    if not cli:
        print("  (CASUS_CLI not set: CLI comparison skipped)")
        return
    docs = [{"id": "c1", "text": TEXT, "pub_date": "2024-02-15"}, {"id": "c2", "text": TEXT2}]
    stdin = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([cli, "extract", "-", "--quiet", "--models", EX.models], input=stdin,
                         capture_output=True, text=True, check=True).stdout
    cli_events = [json.loads(line) for line in out.splitlines()]
    ours = [e.to_dict() for e in EX.extract_many(docs)]  # the CLI's own JSONL keys
    assert cli_events and ours == cli_events, f"binding:\n{ours}\nCLI:\n{cli_events}"


def main():
    tests = [(name, fn) for name, fn in sorted(globals().items()) if name.startswith("test_") and callable(fn)]
    print(f"casus {casus.__version__} from {os.path.dirname(casus.__file__)}; model {EX.model_name} "
          f"({EX.models}) loaded in {LOAD_SECONDS:.2f} s")
    for name, fn in tests:
        t = time.perf_counter()
        fn()
        print(f"ok   {name} ({time.perf_counter() - t:.2f} s)")
    print(f"{len(tests)} tests passed")


if __name__ == "__main__":
    try:
        main()
    except AssertionError:
        import traceback

        traceback.print_exc()
        print("FAILED", file=sys.stderr)
        sys.exit(1)
