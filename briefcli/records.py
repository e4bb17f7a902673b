"""The dataclasses a brief is made of, and their schema-1 dictionaries.

Every item that points into the article carries `start`/`end`: Python string
indices into the text as it was read (after decoding, before any cleaning).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Source:
    name: str
    language: str
    model: str
    chars: int
    words: int
    sentences: int
    sha256: str
    extra: dict[str, Any] = field(default_factory=dict)  # url, date, author, site, text…

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "extra"}
        data.update({k: v for k, v in self.extra.items() if v is not None})
        return data


@dataclass
class Sentence:
    text: str
    start: int
    end: int


@dataclass
class Actor:
    name: str
    kind: str  # person | organization | country | place
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    salience: float = 0.0


@dataclass
class Sector:
    id: str
    label: str
    iptc: str
    score: float
    evidence: list[str] = field(default_factory=list)


@dataclass
class Project:
    name: str
    kind: str | None
    actors: list[str]
    sector: str | None
    start: int
    end: int


@dataclass
class Quote:
    text: str
    speaker: str | None
    verb: str | None
    start: int
    end: int
    kind: str = "direct"  # direct: inside quotation marks; indirect: reported speech ("a assuré que …")


@dataclass
class Figure:
    value: str
    number: float | None
    about: str | None
    start: int
    end: int


@dataclass
class Brief:
    source: Source
    title: str | None
    summary: list[Sentence]
    actors: list[Actor]
    sectors: list[Sector]
    projects: list[Project]
    quotes: list[Quote]
    figures: list[Figure]

    def to_dict(self) -> dict[str, Any]:
        """The schema-1 object of brief-spec.md."""
        return {
            "schema": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "title": self.title,
            "summary": [asdict(s) for s in self.summary],
            "actors": [asdict(a) for a in self.actors],
            "sectors": [asdict(s) for s in self.sectors],
            "projects": [asdict(p) for p in self.projects],
            "quotes": [asdict(q) for q in self.quotes],
            "figures": [asdict(f) for f in self.figures],
        }


def error_record(name: str, error: BaseException) -> dict[str, Any]:
    """The line a failed input gets in JSON Lines output (brief-spec.md)."""
    return error_fields(name, type(error).__name__, str(error))


def error_fields(name: str, type_name: str, message: str) -> dict[str, Any]:
    """The same line from an error already described (batch workers send it as text)."""
    return {
        "schema": SCHEMA_VERSION,
        "source": {"name": name},
        "error": {"type": type_name, "message": message},
    }
