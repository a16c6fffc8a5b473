"""Typed records that cross stage borders: pages -> articles -> annotations -> links -> analysis.

Every stage takes and returns these dataclasses only, so a stage can run on one machine or on a Ray
worker and its output can be stored in SQLite and read back without loss (see `to_dict`/`from_dict`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

PageKind = Literal["text", "html"]
Relation = Literal[
    "wire-original", "republication", "rewrite-of-wire", "independent-rewrite", "original", "unknown"
]
EntityType = Literal["PERSON", "ORG", "PLACE"]
Precision = Literal["day", "month", "year"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Page:
    """One raw input page, decoded to text. `fetched` is the crawl time and is never a publication date."""

    id: str
    path: str
    kind: PageKind
    content: str
    url: str | None = None
    fetched: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A page that could not be processed, and why, in words a user can act on."""

    id: str
    path: str
    reason: str


@dataclass
class Article:
    """The clean article of one page. `body` paragraphs are joined by "\\n\\n" into `text`; every
    character offset elsewhere in the project points into that `text`."""

    id: str
    path: str
    title: str | None = None
    published: str | None = None
    # The publication's time as well, where the page gives one: "2026-03-09T06:12", with the offset from UTC when
    # the page names its zone ("2026-03-09T06:12+00:00"). `published` stays a day, as the analysis compares days.
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    origin: str | None = None
    dateline: str | None = None
    language: str | None = None
    body: list[str] = field(default_factory=list)
    url: str | None = None
    kind: PageKind = "text"
    # Picture captions, their credits cut: not the article's text, but they name its people and places.
    captions: list[str] = field(default_factory=list)
    # The notes that credit the text's source, cut from it ("This article first appeared in ...", "Contributing: The
    # Associated Press"): no paragraphs, but a derivation's evidence.
    credits: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


@dataclass
class Quote:
    """A direct quotation in one article. `start`/`end` cover the quoted words (without the marks)."""

    text: str
    speaker: str | None
    start: int
    end: int
    cue: str | None = None
    partial: bool = False


@dataclass
class Mention:
    """A named entity mention in one article. `stated`: the article says what the name is ("the town of X",
    a dateline's place), rather than the model guessing."""

    text: str
    type: EntityType
    start: int
    end: int
    stated: bool = False


@dataclass
class TimeExpr:
    """A temporal expression, resolved against the publication date when possible.

    `value` is ISO at its `precision` ("2025-11-04", "2025-09", "2012"); when it cannot be resolved
    `value` is None and `why` says why. `event` is the clause the date anchors."""

    phrase: str
    start: int
    end: int
    value: str | None
    precision: Precision | None
    is_start: bool = False
    event: str = ""
    why: str | None = None


@dataclass
class Annotations:
    doc_id: str
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    # Mentions in the captions, with offsets into the captions joined by blank lines.
    caption_mentions: list[Mention] = field(default_factory=list)


@dataclass
class Document:
    """An article with its annotations: the unit the cross-document `link` stage works on."""

    article: Article
    annotations: Annotations


@dataclass
class Passage:
    """An aligned passage: offsets into the derived and the source article `text`."""

    derived_start: int
    derived_end: int
    source_start: int
    source_end: int
    text: str


@dataclass
class Evidence:
    passages: list[Passage] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    credit: str | None = None
    reused_share: float = 0.0
    summary: str = ""


@dataclass
class Derivation:
    derived: str
    source: str
    kind: Literal["republication", "rewrite"]
    score: float
    evidence: Evidence = field(default_factory=Evidence)
    # False when the two texts share what `kind` says but nothing tells which came first (same day, no
    # credit line): `derived`/`source` are then only the pair in id order.
    directed: bool = True


@dataclass
class QuoteEntry:
    """One quotation across the corpus: every document that carries it, and the first to do so."""

    speaker: str | None
    text: str
    in_: list[str]
    first: str | None


@dataclass
class Entity:
    name: str
    type: EntityType
    aliases: list[str]
    in_: list[str]


@dataclass
class TimelineEvent:
    date: str
    what: str
    in_: list[str]
    phrases: list[str]
    precision: Precision | None = None


@dataclass
class Unresolvable:
    doc: str
    phrase: str
    why: str


@dataclass
class Links:
    """Everything the cross-document stage finds."""

    relations: dict[str, Relation] = field(default_factory=dict)
    origins: dict[str, str | None] = field(default_factory=dict)
    stories: list[list[str]] = field(default_factory=list)
    threads: list[list[str]] = field(default_factory=list)
    derivations: list[Derivation] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    unresolvable: list[Unresolvable] = field(default_factory=list)


@dataclass
class Analysis:
    documents: list[Document]
    links: Links
    rejected: list[Rejection] = field(default_factory=list)


T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    """A plain, JSON-ready dict of a record (nested dataclasses included)."""
    return dataclasses.asdict(record)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record written by `to_dict`, nested dataclasses included."""
    hints = {f.name: f.type for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _rebuild(hints[name], value)
    return cls(**kwargs)


_NESTED: dict[str, type] = {}


def _rebuild(hint: Any, value: Any) -> Any:
    text = hint if isinstance(hint, str) else getattr(hint, "__name__", "")
    for name, cls in _NESTED.items():
        if text == name and isinstance(value, dict):
            return from_dict(cls, value)
        if text.startswith("list[") and text[5:-1] == name and isinstance(value, list):
            return [from_dict(cls, v) for v in value]
    return value


_NESTED.update({c.__name__: c for c in (
    Article, Quote, Mention, TimeExpr, Annotations, Document, Passage, Evidence, Derivation,
    QuoteEntry, Entity, TimelineEvent, Unresolvable, Links, Rejection,
)})
