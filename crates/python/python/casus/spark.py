"""casus on Spark: ``casus.spark.extract(df, ...)`` runs the extractor over a DataFrame's text column on
the executors (``mapInPandas``) and returns a DataFrame of events with the flat columns
(``casus.COLUMNS``, the same as ``casus.to_pandas`` and the CLI's ``--format csv``).

Every worker needs the ``casus`` wheel installed (it carries the model and depends on onnxruntime):
see the README's Spark section. Needs pyspark, pandas and pyarrow (``pip install casus[spark]``).
"""

from __future__ import annotations

import datetime
import math
from typing import Any, Dict, Iterator, Optional

from .flat import COLUMNS, flat_row, frame

__all__ = ["extract", "schema"]

_SPARK_TYPES = {"text": "StringType", "integer": "LongType", "number": "DoubleType"}

# One Extractor per Python worker process and settings: loading the model is the slow part, and Spark
# reuses its Python workers across tasks (spark.python.worker.reuse, on by default).
_EXTRACTORS: Dict[Any, Any] = {}


def schema() -> Any:
    """The Spark schema of the flat table (all columns nullable)."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(c.name, getattr(T, _SPARK_TYPES[c.type])(), True) for c in COLUMNS])


def extract(df: Any, text_col: str = "text", id_col: str = "id", date_col: Optional[str] = None,
            models: Optional[str] = None, threads: Optional[int] = None, batch_size: int = 64,
            errors: str = "raise", min_confidence: Optional[float] = None) -> Any:
    """Events of every row of ``df``: one output row per event, the flat columns.

    text_col: the article text; id_col: the document id (any type, used as its str; ids should be
    unique); date_col: optional publication date (a ``YYYY-MM-DD`` string, a date or a timestamp) to
    resolve "on Tuesday". models: a model directory present on every worker (default: the model in
    the wheel); threads: per Python worker (default: the task's cores, ``spark.task.cpus``).
    errors="raise" fails the task (hence the job) at a document that cannot be processed, naming it;
    "skip" leaves it out. min_confidence: leave out records whose learned confidence is under this (0
    keeps every record; default: the scorer's cut, as ``casus extract``).
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    for col in (text_col, id_col) + ((date_col,) if date_col else ()):
        if col not in df.columns:
            raise ValueError(f"no column {col!r} in the DataFrame (columns: {', '.join(df.columns)})")
    cols = [id_col, text_col] + ([date_col] if date_col else [])

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        ex = _extractor(models, threads, min_confidence)
        for pdf in batches:
            docs = [
                {"id": str(row[0]), "text": row[1], "published": _date(row[2]) if date_col else None}
                for row in pdf.itertuples(index=False, name=None)
            ]
            rows = []
            for doc in ex.pipe(docs, batch_size=batch_size, errors="keep" if errors == "skip" else "raise"):
                rows.extend(flat_row(e) for e in doc.events)
            yield frame(pd, rows)

    return df.select(*cols).mapInPandas(run, schema())


def _extractor(models: Optional[str], threads: Optional[int], min_confidence: Optional[float]) -> Any:
    from . import Extractor

    key = (models, threads, min_confidence)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(models=models, threads=threads, min_confidence=min_confidence)
    return _EXTRACTORS[key]


def _date(value: Any) -> Optional[str]:
    """A publication date cell as the pipeline reads it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime.datetime):  # pandas Timestamp too
        return value.date().isoformat() if value == value else None  # NaT != NaT
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
