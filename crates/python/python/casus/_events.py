"""Typed event records: one dataclass per object of the event schema (docs/output-format.md,
crates/core/event.schema.json). ``Event.from_dict`` reads a JSONL record, ``to_dict`` gives it back
exactly (the optional geocoded keys of ``location`` only when the record had them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

__all__ = ["Action", "Party", "Date", "Location", "Count", "Casualties", "Evidence", "Event", "DocEvents"]


@dataclass(frozen=True)
class Action:
    """The trigger as written and its CAMEO code (the two-digit root at least)."""
    text: str
    cameo: str

    @property
    def root(self) -> str:
        """The CAMEO root: the code's first two digits."""
        return self.cameo[:2]

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "cameo": self.cameo}


@dataclass(frozen=True)
class Party:
    """An actor, target or source: text as written, canonical name, ISO3 country, CAMEO role."""
    text: str
    name: Optional[str]
    country: Optional[str]
    role: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True)
class Date:
    """The date phrase and its ISO value at the precision the text allows (YYYY-MM-DD, YYYY-MM, YYYY)."""
    text: str
    value: str

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        return {10: "day", 7: "month"}.get(len(self.value), "year")

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "value": self.value}


_GEO_KEYS = ("country", "admin1", "lat", "lon")


@dataclass(frozen=True)
class Location:
    """The place phrase, its name, and where the gazetteer placed it (None when it lacks the name)."""
    text: str
    name: Optional[str]
    country: Optional[str] = None
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geocoded: bool = field(default=False, compare=False, repr=False)

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"text": self.text, "name": self.name}
        if self.geocoded:
            out.update((k, getattr(self, k)) for k in _GEO_KEYS)
        return out


@dataclass(frozen=True)
class Count:
    """A casualty figure: count (None when vague), qualifier (exact, at_least, more_than, approx,
    at_most, several) and the text it comes from."""
    count: Optional[int]
    qualifier: str
    text: str

    def to_dict(self) -> Dict[str, Any]:
        return {"count": self.count, "qualifier": self.qualifier, "text": self.text}


@dataclass(frozen=True)
class Casualties:
    killed: Optional[Count]
    injured: Optional[Count]

    def to_dict(self) -> Dict[str, Any]:
        return {"killed": _opt(self.killed), "injured": _opt(self.injured)}


@dataclass(frozen=True)
class Evidence:
    """The sentence stating the event: char offsets (end exclusive) into the text as read."""
    start: int
    end: int
    sentence: str

    def to_dict(self) -> Dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass(frozen=True)
class Event:
    """One event record, as one line of ``casus extract`` output."""
    doc_id: str
    event_id: str
    action: Action
    actor: Optional[Party]
    target: Optional[Party]
    date: Optional[Date]
    location: Optional[Location]
    casualties: Casualties
    source: Optional[Party]
    evidence: Evidence
    #: How likely the record is a real event of its root (the learned scorer, docs/confidence.md); None in
    #: records written before casus scored them.
    confidence: Optional[float] = None

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object ``casus extract`` writes for this event."""
        return {
            "doc_id": self.doc_id, "event_id": self.event_id, "action": self.action.to_dict(),
            "actor": _opt(self.actor), "target": _opt(self.target), "date": _opt(self.date),
            "location": _opt(self.location), "casualties": self.casualties.to_dict(),
            "source": _opt(self.source), "evidence": self.evidence.to_dict(), "confidence": self.confidence,
        }

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> "Event":
        """Reads one JSONL record (a dict as ``json.loads`` gives it)."""
        loc = d["location"]
        cas = d["casualties"]
        return Event(
            doc_id=d["doc_id"], event_id=d["event_id"], action=Action(**d["action"]),
            actor=_party(d["actor"]), target=_party(d["target"]),
            date=None if d["date"] is None else Date(**d["date"]),
            location=None if loc is None else Location(geocoded=any(k in loc for k in _GEO_KEYS), **loc),
            casualties=Casualties(killed=_count(cas["killed"]), injured=_count(cas["injured"])),
            source=_party(d["source"]), evidence=Evidence(**d["evidence"]), confidence=d.get("confidence"),
        )


@dataclass(frozen=True)
class DocEvents:
    """What ``Extractor.pipe`` yields per input document: its events, or why it failed."""
    doc_id: str
    events: List[Event]
    error: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {"doc_id": self.doc_id, "events": [e.to_dict() for e in self.events], "error": self.error}


def _opt(x: Any) -> Optional[Dict[str, Any]]:
    return None if x is None else x.to_dict()


def _party(d: Optional[Mapping[str, Any]]) -> Optional[Party]:
    return None if d is None else Party(**d)


def _count(d: Optional[Mapping[str, Any]]) -> Optional[Count]:
    return None if d is None else Count(**d)
