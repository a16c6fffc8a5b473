"""Shared fixtures: a small hand-made analysis with every kind of relation, a store holding it, the spaCy
pipeline, and the quotations found in hand-written paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newstrace.annotate.nlp import load_nlp
from newstrace.annotate.quotes import find_quotes
from newstrace.models import (
    Analysis,
    Annotations,
    Article,
    Derivation,
    Document,
    Entity,
    Evidence,
    Links,
    Mention,
    Passage,
    Quote,
    QuoteEntry,
    Rejection,
    TimeExpr,
    TimelineEvent,
)
from newstrace.store import Store

SHARED = Path(__file__).parents[2] / "shared"
SEEDS = SHARED / "seeds"
XSS_TITLE = "<script>alert(1)</script> Harbour <img src=x onerror=alert(1)> closes"
XSS_BODY = ['Officials said <a href="javascript:alert(1)">click</a> the harbour would close.',
            "<script>alert(2)</script> Ships were turned away on Monday."]

WIRE = [
    "HARBOURTOWN (Wire) — The port authority closed the northern harbour on Tuesday after a storm "
    "damaged two piers, officials said.",
    "“We will reopen as soon as the piers are safe,” said harbour master Ana Ruiz.",
    "Fishing crews said the closure would cost them a week of work.",
]
REWRITE = [
    "Storm shuts the northern harbour, leaving fishing crews idle.",
    "“We will reopen as soon as the piers are safe,” harbour master Ana Ruiz told the Wire agency.",
    "The closure comes weeks after a similar storm in September.",
]
GAZETTE = [
    "The city council met on Wednesday to discuss the harbour closure and its cost to the fishing fleet.",
    "Council member Tom Berg said: “The fleet needs help now.”",
]
COPY_OF_GAZETTE = [
    "The city council met on Wednesday to discuss the harbour closure and its cost to the fishing fleet.",
    "Council member Tom Berg said: “The fleet needs help now.”",
]
UNDATED = ["A storm closed a harbour on Tuesday, according to a post shared online."]


def _doc(doc_id: str, title: str, body: list[str], quotes: Sequence[tuple[str, str]] = (),
         mentions: Sequence[tuple[str, str]] = (), **meta: Any) -> Document:
    art = Article(id=doc_id, path=f"pages/{doc_id}.txt", title=title, body=body, language="en", **meta)
    text = art.text
    qs = []
    for words, speaker in quotes:
        start = text.index(words)
        qs.append(Quote(words, speaker, start, start + len(words), cue="said"))
    ms = []
    for name, kind in mentions:
        start = text.index(name)
        ms.append(Mention(name, kind, start, start + len(name)))  # type: ignore[arg-type]
    times = [TimeExpr("on Tuesday", text.index("on Tuesday"), text.index("on Tuesday") + 10, None, None)] \
        if "on Tuesday" in text else []
    return Document(art, Annotations(doc_id, qs, ms, times))


def _passage(derived: Document, source: Document, words: str) -> Passage:
    d, s = derived.article.text.index(words), source.article.text.index(words)
    return Passage(d, d + len(words), s, s + len(words), words)


def build_analysis() -> Analysis:
    """Five pages of one story and two of another, built by hand: an agency original, a rewrite that
    credits it, a newspaper story and a verbatim copy of it under another name, an undated page, and a
    page whose title and text are hostile markup."""
    reopen = "We will reopen as soon as the piers are safe"
    wire = _doc("wire", "Storm closes northern harbour", WIRE, [(reopen, "Ana Ruiz")],
                [("Ana Ruiz", "PERSON"), ("HARBOURTOWN", "PLACE")],
                published="2025-11-04", published_at="2025-11-04T06:12+00:00", outlet="wire.example", origin="Wire",
                authors=["Jo Reporter"], url="https://wire.example/storm")
    rewrite = _doc("rewrite", "Storm shuts harbour", REWRITE, [(reopen, "Ana Ruiz")], [("Ana Ruiz", "PERSON")],
                   published="2025-11-05", outlet="daily.example", origin="Wire")
    gazette = _doc("gazette", "Council weighs harbour aid", GAZETTE, [("The fleet needs help now.", "Tom Berg")],
                   [("Tom Berg", "PERSON")], published="2025-11-06", outlet="gazette.example")
    copy = _doc("copy", "Harbour aid debated", COPY_OF_GAZETTE, [("The fleet needs help now.", "Tom Berg")],
                [("Tom Berg", "PERSON")], published="2025-11-06", outlet="mirror.example", origin="Gazette")
    undated = _doc("undated", "Harbour closed", UNDATED, outlet="blog.example",
                   url="javascript:alert(1)")
    hostile = _doc("hostile", XSS_TITLE, XSS_BODY, published="2025-11-07", outlet="<b>evil</b>.example")
    docs = [wire, rewrite, gazette, copy, undated, hostile]
    derivations = [
        Derivation("rewrite", "wire", "rewrite", 0.71, Evidence(
            [_passage(rewrite, wire, reopen)], [reopen], credit="the Wire agency", reused_share=0.3,
            summary="reuses the agency's quotation and credits it")),
        Derivation("copy", "gazette", "republication", 0.98, Evidence(
            [_passage(copy, gazette, COPY_OF_GAZETTE[0]), _passage(copy, gazette, COPY_OF_GAZETTE[1])],
            ["The fleet needs help now."], credit=None, reused_share=1.0, summary="the same text, no credit")),
    ]
    links = Links(
        relations={"wire": "wire-original", "rewrite": "rewrite-of-wire", "gazette": "original",
                   "copy": "republication", "undated": "unknown", "hostile": "original"},
        origins={"wire": "Wire", "rewrite": "Wire", "gazette": None, "copy": "Gazette", "undated": None,
                 "hostile": None},
        stories=[["wire", "rewrite", "undated"], ["gazette", "copy", "hostile"]],
        threads=[["wire", "rewrite", "undated", "gazette", "copy", "hostile"]],
        derivations=derivations,
        quotes=[QuoteEntry("Ana Ruiz", reopen, ["wire", "rewrite"], "wire"),
                QuoteEntry("Tom Berg", "The fleet needs help now.", ["gazette", "copy"], "gazette")],
        entities=[Entity("Ana Ruiz", "PERSON", ["Ana Ruiz", "Ruiz"], ["wire", "rewrite"]),
                  Entity("Tom Berg", "PERSON", ["Tom Berg"], ["gazette", "copy"]),
                  Entity("Harbourtown", "PLACE", ["HARBOURTOWN"], ["wire"])],
        timeline=[TimelineEvent("2025-11-04", "The port authority closes the northern harbour", ["wire", "rewrite"],
                                ["on Tuesday"], "day"),
                  TimelineEvent("2025-09", "An earlier storm hits the coast", ["rewrite"], ["in September"], "month")],
    )
    rejected = [Rejection("empty", "pages/empty.txt", "no article text found (the page is a menu or empty)")]
    return Analysis(docs, links, rejected)


@pytest.fixture
def analysis() -> Analysis:
    return build_analysis()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return write_store(tmp_path / "corpus.db")


def write_store(path: Path) -> Path:
    """A store holding `build_analysis()`, raw pages included, as `newstrace analyze` leaves one."""
    store = Store(path)
    built = build_analysis()
    for doc in built.documents:
        raw = f"MENU | Home | World\n{doc.article.title}\n" + doc.article.text + "\nFOOTER <script>alert(3)</script>"
        store.save_document(doc, digest=doc.article.id, raw=raw)
    for rej in built.rejected:
        store.save_rejection(rej, digest="x")
    store.save_links(built.links)
    store.close()
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline the package installs; it is a dependency, so a missing one fails the tests."""
    return load_nlp()


def quotes(nlp: Any, *paragraphs: str) -> list[Quote]:
    """The quotations `find_quotes` finds in an article of these paragraphs."""
    article = Article(id="a", path="a.txt", body=list(paragraphs))
    return find_quotes(article, nlp(article.text))
