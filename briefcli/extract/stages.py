"""The typed outputs of the shared stages, computed once per article and read by the extractors.

The actors stage finds the article's entities (`Entities`: each with its mentions, roles and the
bare titles that refer back to it) and indexes them by token once; the quotes stage marks which
tokens lie inside quotation marks and which quoted spans are names rather than quotes (`Quoting`).
Projects, figures and the summary read these instead of recomputing them. `Traces` holds what the
fitting scripts learn from (scripts/fit_quote_form.py, scripts/fit_speakers.py); nothing in a brief
depends on it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..lexicon import GazetteerEntry, fold


@dataclass
class Marked:
    """A span between quotation marks, in cleaned-text characters (marks excluded)."""

    open: int
    close: int
    start: int
    end: int


@dataclass
class Mention:
    start: int  # token indices in the doc
    end: int
    text: str
    kind: str | None
    entry: GazetteerEntry | None = None
    roles: list[str] = field(default_factory=list)
    from_ner: bool = True
    reference: bool = False  # a bare title that refers back to a person named before ("le Premier ministre")

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass
class Entity:
    name: str
    kind: str
    mentions: list[Mention]
    forms: list[str]
    roles: list[str]
    entry: GazetteerEntry | None = None

    def tokens(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.mentions]


@dataclass
class Entities:
    """The article's entities, most salient first, with one token index over their mentions."""
    items: list[Entity] = field(default_factory=list)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @cached_property
    def at(self) -> dict[int, tuple[Entity, Mention]]:
        """Token index → the entity and the mention that token is part of."""
        return {k: (e, m) for e in self.items for m in e.mentions for k in range(m.start, m.end)}

    @cached_property
    def entity_at(self) -> dict[int, Entity]:
        """Token index → the entity that token names (a view of `at`)."""
        return {k: e for k, (e, _m) in self.at.items()}

    @cached_property
    def mention_at(self) -> dict[int, Mention]:
        """Token index → the mention that token is part of (a view of `at`)."""
        return {k: m for k, (_e, m) in self.at.items()}

    @cached_property
    def mention_starts(self) -> frozenset[int]:
        """The first token of every mention."""
        return frozenset(m.start for e in self.items for m in e.mentions)

    @cached_property
    def people(self) -> list[Entity]:
        return [e for e in self.items if e.kind == "person"]

    @cached_property
    def by_name(self) -> dict[str, Entity]:
        return {e.name: e for e in self.items}


@dataclass
class Quoting:
    """Where the quotation marks are: the quoted span each token lies in, and the quoted spans taken
    for names, titles or slogans rather than someone's words (figures and projects look there)."""
    quote_at: dict[int, Marked] = field(default_factory=dict)
    quoted_names: list[Marked] = field(default_factory=list)


@dataclass
class Traces:
    """What the quotes and sectors stages decided, kept for the scripts that fit their weights."""
    text: str = ""  # the parsed (cleaned) text, which the Marked offsets below point into
    quote_features: list[tuple[Marked, dict[str, float]]] = field(default_factory=list)
    speaker_candidates: list[tuple[int, int, list]] = field(default_factory=list)  # (start, end, candidates) per quote
    label_reason: dict[int, str | None] = field(default_factory=dict)  # quote start → why it labels a thing
    sector_candidates: dict[str, dict] = field(default_factory=dict)  # sector → its features (scripts/fit_sectors.py)
