"""Medians of scripts/bench.sh's raw runs (out/bench/runs.tsv) and casus's ratios to each peer.

    python3 scripts/bench/summarize.py out/bench/runs.tsv
"""
import csv
import statistics
import sys


def main(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            r = {k: float(v) for k, v in row.items() if k != "system"}
            r["sentences_s"] = r["sentences"] / r["seconds"]
            r["documents_s"] = r["documents"] / r["seconds"]
            runs.setdefault(row["system"], []).append(r)
    med = {s: {k: statistics.median(r[k] for r in rs) for k in rs[0]} | {"n": len(rs)} for s, rs in runs.items()}
    print("| system | runs | sentences | sentences/s | documents/s | CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for s, m in med.items():
        print(f"| {s} | {m['n']} | {m['sentences']:.0f} | {m['sentences_s']:.0f} | {m['documents_s']:.2f} "
              f"| {m['cpu_s']:.1f} | {m['peak_rss_kb'] / 1024:.0f} |")
    if "casus" in med:
        c = med["casus"]
        print()
        print("| casus against | sentences/s ratio | CPU s ratio (peer / casus) |")
        print("|---|---|---|")
        for s, m in med.items():
            if s != "casus":
                print(f"| {s} | {c['sentences_s'] / m['sentences_s']:.2f}x | {m['cpu_s'] / c['cpu_s']:.2f}x |")


if __name__ == "__main__":
    main(sys.argv[1])
