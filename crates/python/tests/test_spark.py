"""casus.spark.extract on pyspark local[2] against the CLI (run by scripts/test-spark.sh):

    python test_spark.py DOCS_DIR MANIFEST.tsv CLI.jsonl

The seed articles as a DataFrame (id, text, published) must give, row for row, the flat rows of the
events `casus extract --manifest` wrote for them; casus.to_pandas of the CLI's events the same table.
"""

import csv
import json
import os
import sys
import time

import casus
import casus.spark
from pyspark.sql import SparkSession


def main(docs_dir, manifest, cli_jsonl):
    with open(manifest, encoding="utf-8") as f:
        dates = {r["doc_id"]: r["pub_date"] for r in csv.DictReader(f, delimiter="\t")}
    docs = []
    for name in sorted(os.listdir(docs_dir)):
        if name.endswith(".txt"):
            doc_id = name[:-4]
            with open(os.path.join(docs_dir, name), encoding="utf-8") as f:
                docs.append((doc_id, f.read(), dates.get(doc_id)))
    cli = [json.loads(line) for line in open(cli_jsonl, encoding="utf-8")]
    expected = sorted((casus.flat_row(e) for e in cli), key=lambda r: r["event_id"])
    assert expected, "the CLI found no events"

    spark = (SparkSession.builder.master("local[2]").appName("casus-test")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        started = time.perf_counter()
        df = spark.createDataFrame(docs, "id string, text string, published string").repartition(2)
        events = casus.spark.extract(df, text_col="text", id_col="id", date_col="published")
        assert [f.name for f in events.schema.fields] == [c.name for c in casus.COLUMNS], events.schema
        got = sorted((r.asDict() for r in events.collect()), key=lambda r: r["event_id"])
        seconds = time.perf_counter() - started
        if got != expected:
            diff = [(a, b) for a, b in zip(got, expected) if a != b][:3]
            raise AssertionError(f"{len(got)} Spark rows vs {len(expected)} CLI rows; first differences: {diff}")
        # Every record, none cut: more rows, the CLI's rows among them.
        every = casus.spark.extract(df, text_col="text", id_col="id", date_col="published", min_confidence=0)
        ids = {r["event_id"] for r in every.select("event_id").collect()}
        assert len(ids) > len(got) and {r["event_id"] for r in got} <= ids, (len(ids), len(got))
        try:
            casus.spark.extract(df, text_col="body")
        except ValueError as err:
            assert "body" in str(err), str(err)
        else:
            raise AssertionError("a missing column did not raise")
    finally:
        spark.stop()
    frame = casus.to_pandas(cli)
    assert list(frame.columns) == [c.name for c in casus.COLUMNS] and len(frame) == len(cli), frame.shape
    assert frame.sort_values("event_id").to_dict("records")[0]["event_id"] == expected[0]["event_id"]
    print(f"spark: {len(got)} events from {len(docs)} seed articles on local[2], the same as the CLI "
          f"({seconds:.1f} s with start-up); to_pandas: {frame.shape[0]} x {frame.shape[1]}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
