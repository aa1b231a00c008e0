"""The flat table of events: one row per event, the columns of the CLI's ``--format csv``
(crates/pipeline/data/flat_columns.tsv, documented in docs/flat-output.md; scripts/build-wheel.sh copies
it and quad_class.tsv into the package). ``to_pandas`` builds a DataFrame; ``casus.spark`` uses the
same rows."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ._events import DocEvents, Event

__all__ = ["Column", "COLUMNS", "flat_row", "flat_rows", "to_pandas"]

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # text, integer or number
    source: str  # a JSON pointer into the event record, or derived:<what>
    pointer: Tuple[str, ...]


def _rows(name: str) -> List[List[str]]:
    with open(os.path.join(_DATA, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def _read_columns() -> Tuple[Column, ...]:
    cols = []
    for name, type_, source in _rows("flat_columns.tsv"):
        pointer = tuple(source.lstrip("/").split("/")) if source.startswith("/") else ()
        cols.append(Column(name, type_, source, pointer))
    return tuple(cols)


COLUMNS: Tuple[Column, ...] = _read_columns()
"""The flat columns, in order."""

_QUAD = {root: int(quad) for root, quad in _rows("quad_class.tsv")}


def _precision(value: str) -> str:
    return {10: "day", 7: "month"}.get(len(value), "year")


_DERIVED: Dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "date_precision": lambda r: r["date"] and _precision(r["date"]["value"]),
    "year": lambda r: r["date"] and int(r["date"]["value"][:4]),
    "cameo_root": lambda r: r["action"]["cameo"][:2],
    "quad_class": lambda r: _QUAD.get(r["action"]["cameo"][:2]),
}


def _value(record: Mapping[str, Any], col: Column) -> Any:
    if not col.pointer:
        return _DERIVED[col.source.split(":", 1)[1]](record) or None
    v: Any = record
    for key in col.pointer:
        if v is None:
            return None
        v = v.get(key)
    return v


EventLike = Union[Event, Mapping[str, Any]]


def flat_row(event: EventLike) -> Dict[str, Any]:
    """One event (an ``Event`` or its JSON dict) as a dict of the flat columns."""
    record = event.to_dict() if isinstance(event, Event) else event
    return {col.name: _value(record, col) for col in COLUMNS}


def flat_rows(events: Iterable[Union[EventLike, DocEvents]]) -> List[Dict[str, Any]]:
    """Rows of events; ``DocEvents`` (what ``Extractor.pipe`` yields) contribute their events."""
    rows = []
    for e in events:
        if isinstance(e, DocEvents):
            rows.extend(flat_row(x) for x in e.events)
        else:
            rows.append(flat_row(e))
    return rows


_PANDAS_DTYPES = {"text": "string", "integer": "Int64", "number": "Float64"}


def to_pandas(events: Iterable[Union[EventLike, DocEvents]]) -> Any:
    """A pandas DataFrame, one row per event, the flat columns in order with nullable dtypes
    (``string``, ``Int64``, ``Float64``). Needs pandas (``pip install casus[pandas]``)."""
    try:
        import pandas as pd
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("casus.to_pandas needs pandas: pip install pandas") from err
    return frame(pd, flat_rows(events))


def frame(pd: Any, rows: List[Dict[str, Any]]) -> Any:
    """Rows as a DataFrame of the flat columns with nullable dtypes (also what casus.spark hands Arrow)."""
    out = pd.DataFrame.from_records(rows, columns=[c.name for c in COLUMNS])
    return out.astype({c.name: _PANDAS_DTYPES[c.type] for c in COLUMNS})
