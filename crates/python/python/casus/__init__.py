"""casus: conflict news in, event records out.

Python binding of the casus Rust engine (named-entity + dependency-parse model, then event
extraction). Results are typed: ``Event`` dataclasses whose ``to_dict()`` is exactly the JSON object
``casus extract`` writes (see docs/output-format.md).

    >>> import casus
    >>> ex = casus.Extractor()                     # loads the model once (slow part)
    >>> events = ex.extract("Azerbaijani forces shelled Armenian positions on Tuesday, killing two "
    ...                     "soldiers.", doc_id="a1", pub_date="2024-02-15")
    >>> events[0].action.cameo, events[0].actor.country
    ('195', 'AZE')
    >>> for doc in ex.pipe(({"id": i, "text": t} for i, t in corpus), batch_size=64):
    ...     print(doc.doc_id, len(doc.events))
    >>> casus.to_pandas(events)                   # the flat table, one row per event
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, Iterator, List, Optional, Tuple, Union

from . import _docs, _runtime
from ._casus import CasusError, _Extractor, __version__, _add_onnxruntime_dir
from ._events import Action, Casualties, Count, Date, DocEvents, Event, Evidence, Location, Party
from .flat import COLUMNS, flat_row, to_pandas

__all__ = [
    "CasusError", "Extractor", "__version__", "Event", "Action", "Party", "Date", "Location", "Count",
    "Casualties", "Evidence", "DocEvents", "to_pandas", "flat_row", "COLUMNS",
]

# ONNX Runtime of this interpreter (the wheel's `onnxruntime` dependency) comes before system paths:
# registered before any model loads, since the native side searches once per process.
_capi = _runtime.onnxruntime_capi()
if _capi is not None:
    _add_onnxruntime_dir(_capi)


class Extractor:
    """A loaded casus model and pipeline. Create it once and reuse it: loading takes a moment,
    extraction is then fast and runs on ``threads`` worker threads with the GIL released.
    One Extractor can be used from several Python threads at once.

    models:  the model directory (default: ``$CASUS_MODELS``, else the model inside the wheel, else
             ``models/news`` of the casus checkout it was built in).
    threads: worker threads (default: ``$CASUS_THREADS``; in a Spark task the task's cores, usually 1,
             since Spark runs one Python worker per executor core; else the cores this process may use
             by its CPU affinity).
    min_confidence: leave out records whose learned confidence (``Event.confidence``, 0 to 1) is under
             this; 0 keeps every record (default: the scorer's threshold, as ``casus extract``).

    Raises CasusError when the model cannot be found or loaded; the message names the directory.
    """

    def __init__(
        self,
        models: Union[str, "os.PathLike[str]", None] = None,
        threads: Optional[int] = None,
        min_confidence: Optional[float] = None,
    ) -> None:
        if min_confidence is not None and (isinstance(min_confidence, bool) or not 0 <= min_confidence <= 1):
            raise ValueError(f"min_confidence must be a number from 0 to 1, not {min_confidence!r}")
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)):
            raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        models = _runtime.default_models() if models is None else os.fspath(models)
        threads = _runtime.default_threads() if threads is None else threads
        self._inner = _Extractor(models, threads, None if min_confidence is None else float(min_confidence))

    @property
    def min_confidence(self) -> float:
        """Records under this learned confidence are left out."""
        return self._inner.min_confidence

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
        (_, lines, error), = self._inner.run([_docs.check(0, doc_id, text, pub_date)])
        if error is not None:
            raise CasusError(f"document {doc_id}: {error}")
        return [Event.from_dict(json.loads(line)) for line in lines]

    def pipe(self, docs: Iterable[Any], batch_size: int = 64, errors: str = "raise") -> Iterator[DocEvents]:
        """Yields one ``DocEvents`` per input document, in input order, as a generator: documents are
        read ``batch_size`` at a time and each batch runs in parallel (the batches of
        ``casus extract --batch-size``, hence the same events).

        A document is a str (its id is ``doc-<n>``, n counting from 0) or a dict with the keys of the
        CLI's JSON Lines: ``id``, ``text``, optional ``published`` and ``title`` (``doc_id`` and
        ``pub_date`` are accepted too). errors="raise" (default) raises CasusError at the first
        document that fails (after yielding those before it); errors="keep" yields it with ``error``
        set and no events, and goes on. A malformed entry raises TypeError at once.
        """
        _check_batch_size(batch_size)
        if errors not in ("raise", "keep"):
            raise ValueError(f"errors must be 'raise' or 'keep', not {errors!r}")
        batch: List[_docs.Doc] = []
        for i, doc in enumerate(docs):
            batch.append(_docs.from_any(i, doc))
            if len(batch) >= batch_size:
                yield from self._run(batch, errors)
                batch = []
        if batch:
            yield from self._run(batch, errors)

    def _run(self, batch: List[_docs.Doc], errors: str) -> Iterator[DocEvents]:
        for doc_id, lines, error in self._inner.run(batch):
            if error is not None:
                if errors == "raise":
                    raise CasusError(f"document {doc_id}: {error}")
                yield DocEvents(doc_id, [], error)
            else:
                yield DocEvents(doc_id, [Event.from_dict(json.loads(line)) for line in lines])

    def extract_many(self, docs: Iterable[Any], batch_size: int = 64) -> List[Event]:
        """Events of many documents, in input order (documents as for ``pipe``). A document that
        cannot be processed does not stop the others: after the run, CasusError is raised naming
        every failed document with its reason; the exception carries ``failures`` (list of
        (doc_id, reason)) and ``events`` (the events of the other documents).
        """
        events: List[Event] = []
        failures: List[Tuple[str, str]] = []
        for doc in self.pipe(docs, batch_size=batch_size, errors="keep"):
            if doc.error is not None:
                failures.append((doc.doc_id, doc.error))
            events.extend(doc.events)
        if failures:
            shown = "; ".join(f"document {d}: {r}" for d, r in failures[:10])
            more = f"; and {len(failures) - 10} more" if len(failures) > 10 else ""
            err = CasusError(f"{len(failures)} of the documents failed: {shown}{more}")
            err.failures = failures  # type: ignore[attr-defined]
            err.events = events  # type: ignore[attr-defined]
            raise err
        return events


def _check_batch_size(batch_size: Any) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
