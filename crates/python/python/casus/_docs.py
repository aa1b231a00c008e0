"""Input documents: a str, or a mapping with the keys of the CLI's JSON Lines (``id``, ``text``,
``published``, ``title``) or of the older Python API (``doc_id``, ``pub_date``)."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Tuple

# Accepted names of each field, in order of preference; `title` is read and not used (as the CLI).
_ID_KEYS = ("id", "doc_id")
_DATE_KEYS = ("published", "pub_date")
_KNOWN = frozenset(_ID_KEYS + _DATE_KEYS + ("text", "title"))

Doc = Tuple[str, str, Optional[str]]


def from_any(i: int, doc: Any) -> Doc:
    """``(doc_id, text, pub_date)`` of input #i. A str gets the id ``doc-<i>``."""
    if isinstance(doc, str):
        return check(i, f"doc-{i}", doc, None)
    if not isinstance(doc, Mapping):
        raise TypeError(f"document #{i}: expected a str or a dict with id, text and optional published, "
                        f"got {type(doc).__name__}")
    unknown = set(doc) - _KNOWN
    if unknown:
        raise TypeError(f"document #{i} ({_first(doc, _ID_KEYS)!r}): unknown keys {sorted(map(str, unknown))}; "
                        f"expected id (or doc_id), text, published (or pub_date), title")
    if "text" not in doc:
        raise TypeError(f"document #{i} ({_first(doc, _ID_KEYS)!r}): missing key 'text'")
    if not any(k in doc for k in _ID_KEYS):
        raise TypeError(f"document #{i}: missing key 'id' (or 'doc_id')")
    return check(i, _first(doc, _ID_KEYS), doc["text"], _first(doc, _DATE_KEYS))


def _first(doc: Mapping[str, Any], keys: Tuple[str, ...]) -> Any:
    return next((doc[k] for k in keys if doc.get(k) is not None), None)


def check(i: int, doc_id: Any, text: Any, pub_date: Any) -> Doc:
    if not isinstance(doc_id, str) or not doc_id:
        raise TypeError(f"document #{i}: id must be a non-empty str, not {doc_id!r}")
    if not isinstance(text, str):
        raise TypeError(f"document {doc_id}: text must be a str, not {type(text).__name__}")
    if pub_date is not None and not isinstance(pub_date, str):
        raise TypeError(f"document {doc_id}: published must be a str (YYYY-MM-DD) or None, "
                        f"not {type(pub_date).__name__}")
    return (doc_id, text, pub_date)
