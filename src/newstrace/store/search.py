"""Full-text search over a store: page texts, quotations, speakers and entities (SQLite FTS5).

`index(store)` rebuilds the search tables from what the store holds (run it after an analysis, or when a
server starts); `search(store, ...)` answers a query. User input never reaches FTS5 as syntax: it is cut
into words that are each quoted, so any text (quotation marks, AND, NEAR, colons...) is searched as text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from newstrace.models import Document, Entity
from newstrace.store.sqlite import Store

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_TABLES = f"""
DROP TABLE IF EXISTS search_documents;
DROP TABLE IF EXISTS search_quotes;
DROP TABLE IF EXISTS search_entities;
CREATE VIRTUAL TABLE search_documents USING fts5(doc_id UNINDEXED, title, text, {_TOKENIZE});
CREATE VIRTUAL TABLE search_quotes USING fts5(doc_id UNINDEXED, start UNINDEXED, speaker, text, {_TOKENIZE});
CREATE VIRTUAL TABLE search_entities USING fts5(name, aliases, type UNINDEXED, docs UNINDEXED, {_TOKENIZE});
"""
# snippet() markers: control characters that never occur in extracted page text
_OPEN, _CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass
class Fragment:
    text: str
    hit: bool = False


@dataclass
class DocumentHit:
    doc_id: str
    title: list[Fragment]
    snippet: list[Fragment]


@dataclass
class QuoteHit:
    """One quotation, with every document that carries it (same speaker, same words)."""

    speaker: str | None
    text: list[Fragment]
    places: list[tuple[str, int]]  # (doc id, start offset of the quotation in that document's text)


@dataclass
class EntityHit:
    name: str
    type: str
    aliases: list[str]
    docs: list[str]


@dataclass
class SearchResults:
    query: str = ""
    speaker: str = ""
    entity: str = ""
    documents: list[DocumentHit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    entities: list[EntityHit] = field(default_factory=list)


def index(store: Store) -> None:
    """(Re)build the search tables from the store's documents and links."""
    documents = store.documents()
    links = store.links()
    entities = links.entities if links and links.entities else _mention_entities(documents)
    with store.db as db:
        db.executescript(_TABLES)
        db.executemany("INSERT INTO search_documents VALUES (?, ?, ?)",
                       [(d.article.id, _clean(d.article.title or ""), _clean(d.article.text)) for d in documents])
        db.executemany("INSERT INTO search_quotes VALUES (?, ?, ?, ?)",
                       [(d.article.id, q.start, _clean(q.speaker or ""), _clean(q.text))
                        for d in documents for q in d.annotations.quotes])
        db.executemany("INSERT INTO search_entities VALUES (?, ?, ?, ?)",
                       [(e.name, "\n".join(e.aliases), e.type, "\n".join(e.in_)) for e in entities])


def _clean(text: str) -> str:
    return text.replace(_OPEN, " ").replace(_CLOSE, " ")


def is_indexed(store: Store) -> bool:
    row = store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_documents'").fetchone()
    return row is not None


def _mention_entities(documents: list[Document]) -> list[Entity]:
    """Entities straight from the mentions, for a store whose linking found none."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for d in documents:
        for m in (*d.annotations.mentions, *d.annotations.caption_mentions):
            ids = found[(m.text, m.type)]
            if d.article.id not in ids:
                ids.append(d.article.id)
    return [Entity(name, kind, [name], ids) for (name, kind), ids in found.items()]  # type: ignore[arg-type]


def fts_query(text: str, prefix: bool = True) -> str | None:
    """An FTS5 query matching every word of `text` (a "quoted part" as a phrase); None when `text` has
    no word. The last word also matches as a prefix, so a half-typed word finds something."""
    parts = []
    for phrase, word in _TERM.findall(text):
        tokens = _WORD.findall(phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    if not parts:
        return None
    if prefix and not text.rstrip().endswith('"'):
        parts[-1] += " *"
    return " ".join(parts)


def search(store: Store, query: str = "", speaker: str = "", entity: str = "", limit: int = 50) -> SearchResults:
    """Pages and quotations matching `query`; `speaker` keeps quotations by matching speakers, `entity`
    keeps pages that mention a matching entity. Any of the three may be empty."""
    if not is_indexed(store):
        index(store)
    results = SearchResults(query, speaker, entity)
    words, who, what = fts_query(query), fts_query(speaker), fts_query(entity)
    entity_docs: set[str] | None = None
    if what:
        results.entities = _entities(store, what, limit)
        entity_docs = {doc for e in results.entities for doc in e.docs}
    elif words:
        results.entities = _entities(store, words, limit)
    if words or entity_docs is not None:
        results.documents = _documents(store, words, entity_docs, limit)
    if words or who:
        results.quotes = _quotes(store, words, who, entity_docs, limit)
    return results


def _documents(store: Store, words: str | None, within: set[str] | None, limit: int) -> list[DocumentHit]:
    if words:
        rows = store.db.execute(
            f"SELECT doc_id, highlight(search_documents, 1, '{_OPEN}', '{_CLOSE}'),"
            f" snippet(search_documents, 2, '{_OPEN}', '{_CLOSE}', '…', 24)"
            " FROM search_documents WHERE search_documents MATCH ? ORDER BY rank", (words,))
    else:
        rows = store.db.execute("SELECT doc_id, title, substr(text, 1, 200) FROM search_documents ORDER BY doc_id")
    hits = (DocumentHit(doc_id, fragments(title), fragments(snippet)) for doc_id, title, snippet in rows
            if within is None or doc_id in within)
    return [hit for _, hit in zip(range(limit), hits, strict=False)]


def _quotes(store: Store, words: str | None, who: str | None, within: set[str] | None,
            limit: int) -> list[QuoteHit]:
    match = " AND ".join(part for part in (
        f"(speaker : ({who}))" if who else "", f"({words})" if words else "") if part)
    rows = store.db.execute(
        f"SELECT doc_id, start, speaker, text, highlight(search_quotes, 3, '{_OPEN}', '{_CLOSE}')"
        " FROM search_quotes WHERE search_quotes MATCH ? ORDER BY rank", (match,))
    grouped: dict[tuple[str, str], QuoteHit] = {}
    for doc_id, start, speaker, text, marked in rows:
        if within is not None and doc_id not in within:
            continue
        key = (speaker.casefold(), " ".join(_WORD.findall(text.casefold())))
        if key not in grouped:
            if len(grouped) == limit:
                continue
            grouped[key] = QuoteHit(speaker or None, fragments(marked), [])
        grouped[key].places.append((doc_id, int(start)))
    return list(grouped.values())


def _entities(store: Store, match: str, limit: int) -> list[EntityHit]:
    rows = store.db.execute(
        "SELECT name, aliases, type, docs FROM search_entities WHERE search_entities MATCH ? ORDER BY rank LIMIT ?",
        (match, limit))
    return [EntityHit(name, kind, [a for a in aliases.split("\n") if a and a != name],
                      [d for d in docs.split("\n") if d]) for name, aliases, kind, docs in rows]


def fragments(marked: str) -> list[Fragment]:
    """Text with snippet()/highlight() markers -> plain fragments, the matched ones flagged."""
    out = []
    for i, part in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", marked)):
        if part:
            out.append(Fragment(part, hit=i % 2 == 1))
    return out
