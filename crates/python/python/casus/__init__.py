"""casus: conflict news in, event records out.

Python binding of the casus Rust engine (named-entity + dependency-parse model, then event
extraction). Events are plain dicts, exactly the JSON objects ``casus extract`` writes, one per
line (see docs/output-format.md).

    >>> import casus
    >>> ex = casus.Extractor()                     # loads the model once (slow part)
    >>> ex.extract("Azerbaijani forces shelled Armenian positions on Tuesday, killing two soldiers.",
    ...            doc_id="a1", pub_date="2024-02-15")
    [{'doc_id': 'a1', 'event_id': 'a1:0', 'action': {...}, ...}]
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ._casus import CasusError, _Extractor, __version__

__all__ = ["CasusError", "Extractor", "__version__"]

Event = Dict[str, Any]
"""One event record: keys doc_id, event_id, action, actor, target, date, location, casualties,
source, evidence (see crates/core/event.schema.json)."""

_DOC_KEYS = frozenset(("doc_id", "text", "pub_date"))


class Extractor:
    """A loaded casus model and pipeline. Create it once and reuse it: loading takes a moment,
    extraction is then fast and runs on ``threads`` worker threads with the GIL released.
    One Extractor can be used from several Python threads at once.

    models:  the model directory (default: ``$CASUS_MODELS``, else ``models/news`` of the casus
             checkout the wheel was built from, as ``casus extract`` finds it).
    threads: worker threads (default: all cores).

    Raises CasusError when the model cannot be found or loaded; the message names the directory.
    """

    def __init__(self, models: Union[str, "os.PathLike[str]", None] = None, threads: Optional[int] = None) -> None:
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)):
            raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        self._inner = _Extractor(None if models is None else os.fspath(models), threads)

    @property
    def models(self) -> str:
        """The model directory in use."""
        return str(self._inner.models)

    @property
    def model_name(self) -> str:
        return self._inner.model_name

    @property
    def threads(self) -> int:
        return self._inner.threads

    def __repr__(self) -> str:
        return f"casus.Extractor(models={self.models!r}, threads={self.threads})"

    def extract(self, text: str, doc_id: str = "doc", pub_date: Optional[str] = None) -> List[Event]:
        """Events of one document, in text order.

        pub_date (``YYYY-MM-DD``, optionally followed by a time) resolves relative dates such as
        "on Tuesday". Raises CasusError naming ``doc_id`` for an empty text or a bad pub_date.
        """
        (_, lines, error), = self._inner.run([_check(0, doc_id, text, pub_date)])
        if error is not None:
            raise CasusError(f"document {doc_id}: {error}")
        return [json.loads(line) for line in lines]

    def extract_many(self, docs: Iterable[Mapping[str, Optional[str]]], batch_size: int = 64) -> List[Event]:
        """Events of many documents, in input order, processed ``batch_size`` documents at a time in
        parallel (the batches ``casus extract --batch-size`` makes, hence the same output).

        Each document is a dict ``{"doc_id": str, "text": str, "pub_date": str | None}`` (pub_date
        optional). A document that cannot be processed does not stop the others: after the run,
        CasusError is raised naming every failed doc_id with its reason; the exception carries
        ``failures`` (list of (doc_id, reason)) and ``events`` (the events of the other documents).
        A malformed entry (not a dict, missing or unknown key, wrong type) raises TypeError at once.
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
        events: List[Event] = []
        failures: List[Tuple[str, str]] = []
        batch: List[Tuple[str, str, Optional[str]]] = []

        def flush() -> None:
            for doc_id, lines, error in self._inner.run(batch):
                if error is not None:
                    failures.append((doc_id, error))
                else:
                    events.extend(json.loads(line) for line in lines)
            batch.clear()

        for i, doc in enumerate(docs):
            batch.append(_doc(i, doc))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        if failures:
            shown = "; ".join(f"document {d}: {r}" for d, r in failures[:10])
            more = f"; and {len(failures) - 10} more" if len(failures) > 10 else ""
            err = CasusError(f"{len(failures)} of the documents failed: {shown}{more}")
            err.failures = failures
            err.events = events
            raise err
        return events


def _doc(i: int, doc: Any) -> Tuple[str, str, Optional[str]]:
    if not isinstance(doc, Mapping):
        raise TypeError(f"document #{i}: expected a dict with doc_id, text and optional pub_date, "
                        f"got {type(doc).__name__}")
    unknown = set(doc) - _DOC_KEYS
    if unknown:
        raise TypeError(f"document #{i} ({doc.get('doc_id')!r}): unknown keys {sorted(map(str, unknown))}; "
                        f"expected doc_id, text, pub_date")
    for key in ("doc_id", "text"):
        if key not in doc:
            raise TypeError(f"document #{i} ({doc.get('doc_id')!r}): missing key {key!r}")
    return _check(i, doc["doc_id"], doc["text"], doc.get("pub_date"))


def _check(i: int, doc_id: Any, text: Any, pub_date: Any) -> Tuple[str, str, Optional[str]]:
    if not isinstance(doc_id, str) or not doc_id:
        raise TypeError(f"document #{i}: doc_id must be a non-empty str, not {doc_id!r}")
    if not isinstance(text, str):
        raise TypeError(f"document {doc_id}: text must be a str, not {type(text).__name__}")
    if pub_date is not None and not isinstance(pub_date, str):
        raise TypeError(f"document {doc_id}: pub_date must be a str (YYYY-MM-DD) or None, "
                        f"not {type(pub_date).__name__}")
    return (doc_id, text, pub_date)
