"""The flat table of events: one row per event, the columns of ``flat_columns.tsv`` (kept the same as
the CLI's ``--format csv``). ``to_pandas`` builds a DataFrame; ``casus.spark`` uses the same rows."""

from __future__ import annotations

from dataclasses import dataclass
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ._events import DocEvents, Event

__all__ = ["Column", "COLUMNS", "flat_row", "flat_rows", "to_pandas"]


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, int or double
    path: Tuple[str, ...]
    transform: Optional[str]
    doc: str


def _read_columns() -> Tuple[Column, ...]:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "flat_columns.tsv"), encoding="utf-8") as f:
        text = f.read()
    cols = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, type_, path, doc = line.split("\t")
        path, _, transform = path.partition("|")
        cols.append(Column(name, type_, tuple(path.split(".")), transform or None, doc))
    return tuple(cols)


COLUMNS: Tuple[Column, ...] = _read_columns()
"""The flat columns, in order."""

_TRANSFORMS = {
    "root": lambda v: v[:2],
    "precision": lambda v: {10: "day", 7: "month"}.get(len(v), "year"),
}


def _value(record: Mapping[str, Any], col: Column) -> Any:
    v: Any = record
    for key in col.path:
        if v is None:
            return None
        v = v.get(key)
    if v is not None and col.transform:
        v = _TRANSFORMS[col.transform](v)
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


_PANDAS_DTYPES = {"string": "string", "int": "Int64", "double": "Float64"}


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
