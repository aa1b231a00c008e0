"""Soak test of `casus extract` (issue 12): the VOA stories repeated with broken documents of every kind the
issue lists mixed in; every document must be accounted for, memory must stay flat, the output must be
schema-valid and the same for --threads 1 and 2. Run through scripts/soak.sh.

Memory is sampled from /proc every half second: flat means the run over 20 repeats peaks no higher than the
run over 2 (within 30%), and the second half of the long runs no higher than their first half (within 15%)."""
import json
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_DOC_BYTES = 100_000
BROKEN_SHARE = 0.05


def stories(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def record(id_, text, published="2025-03-14"):
    return (json.dumps({"id": id_, "text": text, "published": published}) + "\n").encode()


def broken(kind, n, words, earlier_id):
    """One broken document of `kind` as JSONL bytes, and whether casus must fail it."""
    i = f"broken-{kind}-{n}"
    long_text = " ".join(words[(n * 37) % 1000:][:2000]) + "."
    return {
        "long_sentence": (record(i, long_text), False),
        "quote_flood": (record(i, '"' * 2000), False),
        "huge_count": (record(i, "Militants killed 20,000,000,000 billion people in the town on Monday."), False),
        "duplicate_id": (record(earlier_id, "Troops clashed near the border."), True),
        "bom_line": (b"\xef\xbb\xbf" + record(i, "Rebels attacked a convoy, killing 12 soldiers."), False),
        "malformed_json": (b'{"id": "' + i.encode() + b'", "text": \n', True),
        "invalid_utf8": (b'{"id": "' + i.encode() + b'", "text": "Caf\xe9 attack"}\n', True),
        "empty_text": (record(i, "  \n\t "), True),
        "empty_id": (record("", "Troops clashed."), True),
        "year_zero": (record(i, "Troops clashed.", "0000-01-01"), True),
        "impossible_time": (record(i, "Troops clashed.", "2024-02-15T25:99:99"), True),
        "oversized": (record(i, "Shelling continued overnight in the east. " * 3000), True),
    }[kind]


KINDS = ["long_sentence", "quote_flood", "huge_count", "duplicate_id", "bom_line", "malformed_json",
         "invalid_utf8", "empty_text", "empty_id", "year_zero", "impossible_time", "oversized"]


# Kinds whose failure names the document by file and line (the line has no usable id); the others by id.
BY_LINE = {"malformed_json", "invalid_utf8", "empty_id", "oversized"}


def build(path, voa, repeats):
    """Writes the soak file; returns (documents, names of the documents casus must fail, broken documents)."""
    rng = random.Random(12)
    words = [w for s in voa for w in re.sub(r"[.!?;:\"“”]", " ", s["text"]).split()]
    lines = []
    for r in range(repeats):
        for s in voa:
            lines.append((record(f"{s['id']}-{r:02d}", s["text"], s.get("published") or "2025-03-14"), None))
    broken_docs = round(len(lines) * BROKEN_SHARE / (1 - BROKEN_SHARE))
    for k in range(broken_docs):
        # After the first story, whose id a duplicate takes (inserts never go before it).
        kind = KINDS[k % len(KINDS)]
        data, fails = broken(kind, k, words, f"{voa[0]['id']}-00")
        lines.insert(rng.randrange(1, len(lines)), (data, kind if fails else ""))
    label = os.path.basename(path)
    failing = []
    for n, (data, kind) in enumerate(lines, 1):
        if kind in BY_LINE:
            failing.append(f"{label}:{n}")
        elif kind:
            failing.append(json.loads(data)["id"])
    with open(path, "wb") as f:
        f.writelines(data for data, _ in lines)
    return len(lines), failing, broken_docs


def summary_counts(stderr):
    m = re.search(r"documents: (\d+) read, (\d+) ok, (\d+) failed", stderr)
    return tuple(int(x) for x in m.groups()) if m else None


def check_output(path):
    """Schema, unique event ids, believable counts; returns the number of events."""
    try:
        import jsonschema
        schema = json.load(open(os.path.join(ROOT, "crates/core/event.schema.json")))
        validate = jsonschema.Draft202012Validator(schema).validate
    except ImportError:
        print("soak: python jsonschema missing, checking keys only", file=sys.stderr)
        validate = None
    ids, n = set(), 0
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        n += 1
        if validate:
            validate(e)
        assert e["event_id"] not in ids, f"duplicate event id {e['event_id']}"
        ids.add(e["event_id"])
        for kind in ("killed", "injured"):
            c = e["casualties"][kind]
            assert c is None or c["count"] is None or c["count"] <= 10**9, c
    return n


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return None


def run_casus(casus, threads, out, path, big):
    """Runs casus (the oversized text also through a pipe: bash process substitution reports size 0);
    returns (exit code, stderr, RSS samples in kB)."""
    script = 'exec "$0" "$@" <(cat "$BIG")'
    cmd = ["bash", "-c", script, casus, "extract", "--threads", str(threads), "--max-doc-bytes", str(MAX_DOC_BYTES),
           "-o", out, path]
    err = open(out + ".stderr", "w+")
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "BIG": big})
    samples = []
    while p.poll() is None:
        kb = rss_kb(p.pid)
        if kb:
            samples.append(kb)
        time.sleep(0.5)
    err.seek(0)
    return p.returncode, err.read(), samples


def check_accounting(stderr, docs, failing_ids):
    """The summary's counts, and every document that must fail named in it."""
    counts = summary_counts(stderr)
    expected = (docs + 1, docs - len(failing_ids), len(failing_ids) + 1)
    assert counts == expected, f"documents (read, ok, failed) {counts}, expected {expected}"
    named = set(re.findall(r"^  failed (.+?): ", stderr, re.M))
    missing = [i for i in failing_ids if i not in named and not any(n.endswith("/" + i) for n in named)]
    assert not missing, f"failures not named: {missing[:5]}"
    assert "document is too large" in stderr and "duplicate document id" in stderr


def main():
    casus, voa_path, work = sys.argv[1], sys.argv[2], sys.argv[3]
    small_x, large_x = (int(x) for x in (sys.argv[4] if len(sys.argv) > 4 else "2,20").split(","))
    voa = stories(voa_path)
    os.makedirs(work, exist_ok=True)
    big = os.path.join(work, "pipe-oversized.txt")
    with open(big, "w") as f:
        f.write("Shelling continued overnight in the east. " * 3000)
    results = {}
    for repeats in (small_x, large_x):
        path = os.path.join(work, f"soak{repeats}.jsonl")
        docs, failing_ids, n_broken = build(path, voa, repeats)
        for threads in (1, 2) if repeats == large_x else (2,):
            out = os.path.join(work, f"out{repeats}-t{threads}.jsonl")
            start = time.time()
            code, stderr, samples = run_casus(casus, threads, out, path, big)
            secs = time.time() - start
            assert code == 1, f"exit {code}: {stderr[-2000:]}"
            check_accounting(stderr, docs, failing_ids)
            events = check_output(out)
            half = len(samples) // 2
            first, second = max(samples[:half] or [0]), max(samples[half:] or [0])
            results[(repeats, threads)] = (max(samples), first, second, events)
            print(f"soak: {repeats}x, --threads {threads}: {docs + 1} documents ({n_broken} broken, "
                  f"{len(failing_ids) + 1} failed as expected), {events} events, {secs:.0f} s, peak RSS "
                  f"{max(samples) // 1024} MB (first half {first // 1024} MB, second half {second // 1024} MB, "
                  f"{len(samples)} samples)", flush=True)
    same = [open(os.path.join(work, f"out{large_x}-t{t}.jsonl"), "rb").read() for t in (1, 2)]
    assert same[0] == same[1], "output differs between --threads 1 and 2"
    small, large = results[(small_x, 2)][0], results[(large_x, 2)][0]
    assert large <= small * 1.3, f"memory grows with the input: {small // 1024} MB for {small_x}x, {large // 1024} MB for {large_x}x"
    for threads in (1, 2):
        _, first, second, _ = results[(large_x, threads)]
        assert second <= first * 1.15, f"memory grows during the {large_x}x run: {first // 1024} MB, then {second // 1024} MB"
    print(f"soak: output identical for --threads 1 and 2 ({results[(large_x, 1)][3]} events); peak RSS "
          f"{small // 1024} MB ({small_x}x) vs {large // 1024} MB ({large_x}x): flat; every document accounted "
          "for; schema-valid, unique event ids")


if __name__ == "__main__":
    main()
