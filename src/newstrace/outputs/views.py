"""What each view shows, decided once for the report and the web app.

A `Corpus` indexes an `Analysis`; `overview`, `story`, `document` and `outlet` turn it into plain
dataclasses that the API returns as JSON and the Jinja2 templates draw. Page text is data here and stays
data: the templates escape it (autoescape), highlighted passages are lists of plain-text segments, and
pictures are coordinates, never markup built from strings.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import quote, urlsplit

import jinja2
import networkx as nx

from newstrace.languages import language_name, read_as_english
from newstrace.models import Analysis, Derivation, Document, Entity, QuoteEntry, TimelineEvent
from newstrace.store.search import Fragment, SearchResults

PACKAGE_DIR = Path(__file__).parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

RELATION_LABELS: dict[str, str] = {
    "wire-original": "wire original",
    "republication": "republication",
    "rewrite-of-wire": "rewrite of wire copy",
    "independent-rewrite": "independent rewrite",
    "original": "original reporting",
    "unknown": "relation unknown",
}
RawPage = Callable[[str], "str | None"]


# ---------------------------------------------------------------- records the views are made of


# Pages listed beside an entity in a story's or a page's table; the rest are counted and one link away.
# A name on every page of a large corpus would otherwise list them all, in every page's table.
ENTITY_PAGES = 5


@dataclass
class Flag:
    kind: str  # "undated" | "recirculated" | "rewrite" | "language"
    text: str


@dataclass
class DocRef:
    """A document as other views mention it."""

    id: str
    key: str  # an HTML id and URL-fragment safe name, unique in the corpus
    title: str
    outlet: str
    outlet_key: str
    published: str | None
    relation: str
    relation_label: str
    origin: str | None
    story: int | None
    flags: list[Flag] = field(default_factory=list)
    published_at: str | None = None  # with the time of day, where the page gives one


@dataclass
class Finding:
    """One line a reader should see first: what it says and the pages it is about."""

    kind: str  # "origin" | "recirculated" | "undated"
    text: str
    docs: list[DocRef]


@dataclass
class DerivationView:
    derived: DocRef
    source: DocRef
    kind: str
    score: float
    reused_share: float
    credit: str | None
    summary: str
    passages: int
    shared_quotes: list[str]


@dataclass
class QuoteView:
    speaker: str | None
    text: str
    first: DocRef | None
    reuses: list[DocRef]
    anchors: dict[str, str]  # doc id -> anchor of the quotation in that document's text


@dataclass
class EntityView:
    name: str
    type: str
    aliases: list[str]
    docs: list[DocRef]
    more: int = 0  # pages that also mention it, beyond `docs` (see ENTITY_PAGES)


@dataclass
class Counts:
    documents: int
    stories: int
    derivations: int
    quotes: int
    entities: int
    rejected: int
    undated: int
    recirculated: int


@dataclass
class ReasonCount:
    reason: str
    count: int
    paths: list[str]


@dataclass
class StorySummary:
    id: int
    headline: str
    size: int
    first_date: str | None
    last_date: str | None
    outlets: list[str]
    undated: int
    recirculated: int
    derivations: int


@dataclass
class Overview:
    counts: Counts
    findings: list[Finding]
    stories: list[StorySummary]
    documents: list[DocRef]
    rejected: list[ReasonCount]


@dataclass
class GraphNode:
    id: str  # the document's id, or "origin:NAME" for an origin none of the pages is
    doc: DocRef | None  # None for such an origin
    x: float
    y: float
    lines: list[str]


@dataclass
class GraphEdge:
    source: str
    derived: str
    kind: str  # a derivation's kind, or "origin": the page names this source but no derivation was measured
    label: str
    path: str  # SVG path data; numbers only
    label_x: float
    label_y: float


@dataclass
class GraphColumn:
    x: float
    label: str


@dataclass
class Graph:
    width: float
    height: float
    node_width: float
    node_height: float
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    columns: list[GraphColumn]


@dataclass
class TimelineRow:
    y: float
    date: str
    kind: str  # "event" | "published"
    precision: str | None
    lines: list[str]
    docs: list[DocRef]


@dataclass
class Timeline:
    width: float
    height: float
    axis_x: float
    rows: list[TimelineRow]


@dataclass
class StoryView:
    id: int
    headline: str
    findings: list[Finding]
    documents: list[DocRef]
    graph: Graph
    timeline: Timeline
    derivations: list[DerivationView]
    quotes: list[QuoteView]
    entities: list[EntityView]


@dataclass
class Segment:
    """A run of page text with at most one highlight. `doc`/`target` point at the other end of a reused
    passage; `anchors` are the ids that start here (passages and quotations can be linked to)."""

    text: str
    mark: str | None = None  # "copied" (taken from `doc`), "source" (taken by `doc`), "quote"
    doc: str | None = None
    target: str | None = None
    anchors: list[str] = field(default_factory=list)


@dataclass
class MetaItem:
    label: str
    value: str
    href: str | None = None  # only ever http(s) URLs from the page, or None


@dataclass
class QuoteInDoc:
    speaker: str | None
    text: str
    anchor: str
    cue: str | None


@dataclass
class DocumentView:
    doc: DocRef
    language: str
    meta: list[MetaItem]
    paragraphs: list[list[Segment]]
    copied_from: list[DerivationView]
    copied_by: list[DerivationView]
    quotes: list[QuoteInDoc]
    entities: list[EntityView]
    raw: str | None


@dataclass
class OutletCopy:
    outlet: str
    outlet_key: str | None  # None for an origin none of the corpus's pages was published by
    count: int  # pages


@dataclass
class OutletView:
    key: str
    name: str
    documents: list[DocRef]
    copies_from: list[OutletCopy]
    copied_by: list[OutletCopy]
    derived: int  # its pages that carry another outlet's text
    uncredited: int  # ... and do not name where it comes from
    republications: int


# ---------------------------------------------------------------- the corpus index


def slug(text: str, taken: set[str]) -> str:
    """A readable id made of [a-z0-9-], unique among `taken` (a short hash tells clashing names apart)."""
    key = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"
    salt = 0
    while key in taken:
        key = f"{key[:60]}-{hashlib.sha1(f'{text}{salt}'.encode()).hexdigest()[:6]}"
        salt += 1
    taken.add(key)
    return key


def outlet_name(doc: Document) -> str:
    art = doc.article
    if art.outlet:
        return art.outlet
    host = urlsplit(art.url).hostname if art.url else None
    return host.removeprefix("www.") if host else "unknown outlet"


class Corpus:
    """An analysis indexed for the views. Built once per report or per server start."""

    def __init__(self, analysis: Analysis, raw_page: RawPage | None = None) -> None:
        self.analysis = analysis
        self.links = analysis.links
        self.raw_page = raw_page
        self.docs = {d.article.id: d for d in analysis.documents}
        self.story_of = {doc_id: n for n, ids in enumerate(self.links.stories, 1) for doc_id in ids}
        self.derivations = [d for d in self.links.derivations if d.derived in self.docs and d.source in self.docs]
        taken: set[str] = set()
        self.keys = {doc_id: slug(doc_id, taken) for doc_id in sorted(self.docs)}
        outlet_taken: set[str] = set()
        names = sorted({outlet_name(d) for d in self.docs.values()})
        self.outlet_keys = {name: slug(name, outlet_taken) for name in names}
        self.outlets = {key: name for name, key in self.outlet_keys.items()}
        self.entity_numbers: dict[str, int] = {}
        for n, entity in enumerate(self.links.entities):
            self.entity_numbers.setdefault(entity.name, n)

    def relation(self, doc_id: str) -> str:
        return self.links.relations.get(doc_id, "unknown")

    def origin(self, doc_id: str) -> str | None:
        return self.links.origins.get(doc_id) or self.docs[doc_id].article.origin

    @cached_property
    def refs(self) -> dict[str, DocRef]:
        return {doc_id: self._ref(doc) for doc_id, doc in self.docs.items()}

    def _ref(self, doc: Document) -> DocRef:
        art = doc.article
        name = outlet_name(doc)
        relation = self.relation(art.id)
        return DocRef(
            id=art.id, key=self.keys[art.id], title=art.title or f"(untitled: {art.id})", outlet=name,
            outlet_key=self.outlet_keys[name], published=art.published, relation=relation,
            relation_label=RELATION_LABELS.get(relation, relation), origin=self.origin(art.id),
            story=self.story_of.get(art.id), flags=self._flags(art.id, name, relation), published_at=art.published_at,
        )

    def _flags(self, doc_id: str, outlet: str, relation: str) -> list[Flag]:
        flags = []
        if not self.docs[doc_id].article.published:
            flags.append(Flag("undated", "no publication date"))
        if relation == "republication":
            origin = self.origin(doc_id)
            text = f"{origin}’s text under another name" if origin and origin != outlet else "republished"
            flags.append(Flag("recirculated", text))
        elif relation in ("rewrite-of-wire", "independent-rewrite"):
            flags.append(Flag("rewrite", RELATION_LABELS[relation]))
        language = self.docs[doc_id].article.language
        if not read_as_english(language):
            name = language_name(language)
            flags.append(Flag("language",
                              f"in {name}: speakers only where named beside a quote, no names or dates read"))
        return flags

    def ordered(self, doc_ids: Iterable[str]) -> list[DocRef]:
        """Documents by publication date, undated last."""
        refs = [self.refs[i] for i in doc_ids if i in self.refs]
        return sorted(refs, key=lambda r: (r.published is None, r.published or "", r.outlet, r.id))

    def derivation_view(self, d: Derivation) -> DerivationView:
        ev = d.evidence
        return DerivationView(
            derived=self.refs[d.derived], source=self.refs[d.source], kind=d.kind, score=round(d.score, 3),
            reused_share=round(ev.reused_share, 3), credit=ev.credit, summary=ev.summary,
            passages=len(ev.passages), shared_quotes=ev.quotes,
        )

    def quote_anchor(self, doc_id: str, text: str) -> str | None:
        wanted = _norm(text)
        for q in self.docs[doc_id].annotations.quotes:
            if _norm(q.text) == wanted or wanted in _norm(q.text):
                return f"q{q.start}"
        return None

    def quote_view(self, entry: QuoteEntry) -> QuoteView:
        docs = self.ordered(entry.in_)
        first = self.refs.get(entry.first) if entry.first else (docs[0] if docs else None)
        anchors = {ref.id: a for ref in docs if (a := self.quote_anchor(ref.id, entry.text))}
        return QuoteView(entry.speaker, entry.text, first, [r for r in docs if first is None or r.id != first.id],
                         anchors)

    def entity_view(self, entity: Entity, within: set[str] | None = None, limit: int | None = None) -> EntityView:
        """The entity with the pages (of `within`, when given) that mention it, the first `limit` of them."""
        refs = self.ordered(i for i in entity.in_ if within is None or i in within)
        shown = refs if limit is None else refs[:limit]
        return EntityView(entity.name, entity.type, entity.aliases, shown, len(refs) - len(shown))


def _recirculated(ref: DocRef) -> bool:
    return any(f.kind == "recirculated" for f in ref.flags)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


# ---------------------------------------------------------------- findings


def findings(corpus: Corpus, doc_ids: Iterable[str]) -> list[Finding]:
    """What a journalist should see at once: whose text each page carries, which pages pass another
    outlet's text off under their own name, and which pages carry no date."""
    refs = corpus.ordered(doc_ids)
    by_origin: dict[str, list[DocRef]] = defaultdict(list)
    for ref in refs:
        if ref.origin:
            by_origin[ref.origin].append(ref)
    out = []
    for origin, docs in sorted(by_origin.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if all(_recirculated(r) for r in docs):
            continue  # said below, page by page: "X's text under another name"
        rewrites = sum(1 for r in docs if r.relation in ("rewrite-of-wire", "independent-rewrite"))
        pages = "1 page carries" if len(docs) == 1 else f"{len(docs)} pages carry"
        extra = f", {rewrites} of them a rewrite" if rewrites and len(docs) > 1 else ""
        out.append(Finding("origin", f"{pages} {origin}’s story{extra}", docs))
    for ref in refs:
        out.extend(Finding(flag.kind, flag.text, [ref]) for flag in ref.flags if flag.kind == "recirculated")
    undated = [r for r in refs if r.published is None]
    if undated:
        out.append(Finding("undated", "no publication date", undated))
    return out


# ---------------------------------------------------------------- overview


def overview(corpus: Corpus) -> Overview:
    links = corpus.links
    refs = corpus.ordered(corpus.docs)
    stories = sorted((_story_summary(corpus, n, ids) for n, ids in enumerate(links.stories, 1)),
                     key=lambda s: (-s.size, s.first_date or "9999", s.id))
    reasons: dict[str, list[str]] = defaultdict(list)
    for rej in corpus.analysis.rejected:
        reasons[rej.reason].append(rej.path)
    counts = Counts(
        documents=len(corpus.docs), stories=len(links.stories), derivations=len(corpus.derivations),
        quotes=len(links.quotes), entities=len(links.entities), rejected=len(corpus.analysis.rejected),
        undated=sum(1 for r in refs if r.published is None),
        recirculated=sum(1 for r in refs if _recirculated(r)),
    )
    return Overview(
        counts=counts, findings=findings(corpus, corpus.docs), stories=stories, documents=refs,
        rejected=[ReasonCount(r, len(p), sorted(p)) for r, p in sorted(reasons.items(), key=lambda kv: -len(kv[1]))],
    )


def _story_summary(corpus: Corpus, n: int, ids: list[str]) -> StorySummary:
    refs = corpus.ordered(ids)
    dates = [r.published for r in refs if r.published]
    members = set(ids)
    return StorySummary(
        id=n, headline=_headline(refs), size=len(refs), first_date=min(dates, default=None),
        last_date=max(dates, default=None), outlets=sorted({r.outlet for r in refs}),
        undated=sum(1 for r in refs if r.published is None),
        recirculated=sum(1 for r in refs if _recirculated(r)),
        derivations=sum(1 for d in corpus.derivations if d.derived in members),
    )


def _headline(refs: list[DocRef]) -> str:
    """The title of the story's original when one is known, else of its first dated page."""
    for wanted in ("wire-original", "original"):
        for ref in refs:
            if ref.relation == wanted:
                return ref.title
    return refs[0].title if refs else "(empty story)"


# ---------------------------------------------------------------- story


def story(corpus: Corpus, n: int) -> StoryView | None:
    if not 1 <= n <= len(corpus.links.stories):
        return None
    ids = [i for i in corpus.links.stories[n - 1] if i in corpus.docs]
    members = set(ids)
    refs = corpus.ordered(ids)
    derivations = [d for d in corpus.derivations if d.derived in members and d.source in members]
    quotes = [corpus.quote_view(q) for q in corpus.links.quotes if members.intersection(q.in_)]
    entities = [corpus.entity_view(e, members, ENTITY_PAGES) for e in corpus.links.entities
                if members.intersection(e.in_)]
    entities.sort(key=lambda e: (-len(e.docs), e.type, e.name))
    events = [e for e in corpus.links.timeline if members.intersection(e.in_)]
    return StoryView(
        id=n, headline=_headline(refs), findings=findings(corpus, ids), documents=refs,
        graph=derivation_graph(refs, derivations), timeline=timeline(corpus, refs, events),
        derivations=[corpus.derivation_view(d) for d in derivations], quotes=quotes, entities=entities,
    )


NODE_W, NODE_H, COL_GAP, ROW_GAP, MARGIN, HEADER, LANE = 210.0, 58.0, 130.0, 26.0, 16.0, 26.0, 18.0


def derivation_graph(refs: list[DocRef], derivations: list[Derivation]) -> Graph:
    """Who copied whom, left to right by publication date; a copy dated like its source sits one column
    to its right, so every arrow runs from the original towards its copies."""
    g = nx.DiGraph()
    g.add_nodes_from(r.id for r in refs)
    g.add_edges_from((d.source, d.derived) for d in derivations if d.source != d.derived)
    origins = _origin_edges(refs, derivations)
    g.add_edges_from((src, dst) for src, dst, _ in origins)
    dates = {r.id: r.published for r in refs}
    by_id = {r.id: r for r in refs}
    for src, dst, _ in origins:  # an unseen origin is drawn on the day of its first copy, one column before
        if src not in by_id and (day := dates[dst]) and (dates.get(src) is None or day < str(dates[src])):
            dates[src] = day
    layer_of = _layers(g, dates)
    ranks = {key: i for i, key in enumerate(sorted(set(layer_of.values())))}
    layers = {node: ranks[layer] for node, layer in layer_of.items()}
    columns_of = _columns(g, layers, [node for node, _ in sorted(layer_of.items(), key=lambda kv: kv[1])])
    pos = nx.multipartite_layout(g, subset_key=columns_of, align="vertical", scale=1.0) if refs else {}
    rows = max((len(col) for col in columns_of.values()), default=0)
    col_w, row_h = NODE_W + COL_GAP, NODE_H + ROW_GAP
    ys = [float(p[1]) for p in pos.values()]
    y_min, y_span = (min(ys), (max(ys) - min(ys)) or 1.0) if ys else (0.0, 1.0)

    def place(doc_id: str) -> tuple[float, float]:
        # multipartite_layout spreads each layer evenly; map its unit square onto pixel rows and columns
        y_rel = (float(pos[doc_id][1]) - y_min) / y_span
        return MARGIN + layers[doc_id] * col_w, HEADER + MARGIN + y_rel * (rows - 1) * row_h

    nodes = [GraphNode(i, by_id.get(i), *place(i), _node_lines(by_id[i]) if i in by_id else
                       [i.removeprefix("origin:"), "its original is not", "among these pages"])
             for col in columns_of.values() for i in col]
    bottom = HEADER + MARGIN + max(rows, 1) * row_h - ROW_GAP
    edges = _edges(derivations, origins, {n.id: (n.x, n.y) for n in nodes}, bottom)
    columns: list[GraphColumn] = []
    for key, rank in sorted(ranks.items(), key=lambda kv: kv[1]):
        date = key[1] if key[0] == 0 else "no date"
        if not columns or columns[-1].label != date:
            columns.append(GraphColumn(MARGIN + rank * col_w + NODE_W / 2, date))
    width = MARGIN * 2 + max(len(ranks), 1) * col_w - COL_GAP
    height = max([bottom, *(e.label_y for e in edges)]) + MARGIN + ROW_GAP / 2
    return Graph(width, height, NODE_W, NODE_H, nodes, edges, columns)


Layer = tuple[int, str, int]  # (undated?, date, depth among same-date copies)


def _columns(g: nx.DiGraph, rank: dict[str, int], initial: list[str]) -> dict[int, list[str]]:
    """Each column's boxes top to bottom, ordered to spare crossings: a sweep right puts each box level
    with its sources, a sweep left puts each source level with its copies (an arrow that runs under the
    picture counts as the bottom row)."""
    cols: dict[int, list[str]] = defaultdict(list)
    for node in initial:
        cols[rank[node]].append(node)

    def row(node: str) -> float:
        col = cols[rank[node]]
        return (col.index(node) + 0.5) / len(col)

    def reorder(r: int, neighbours: Callable[[str], list[float]]) -> None:
        keys = {n: sum(near) / len(near) if (near := neighbours(n)) else row(n) for n in cols[r]}
        cols[r].sort(key=keys.__getitem__)

    def sources(node: str) -> list[float]:
        return [row(p) for p in g.predecessors(node)]

    def copies(node: str) -> list[float]:
        return [1.0 if rank[c] - rank[node] > 1 else row(c) for c in g.successors(node)]

    ordered = sorted(cols)
    for r in ordered[1:]:
        reorder(r, sources)
    for r in reversed(ordered[:-1]):
        reorder(r, copies)
    return dict(sorted(cols.items()))


def _origin_edges(refs: list[DocRef], derivations: list[Derivation]) -> list[tuple[str, str, str]]:
    """(source, copy, origin name) for each page that carries another outlet's text but was matched to no
    source among the pages: an arrow from that outlet's own page when the story holds it, else from a
    stand-in for the unseen original, so a republication never looks like a page of its own."""
    derived = {d.derived for d in derivations}
    originals = {r.origin: r.id for r in refs if r.origin and r.relation in ("wire-original", "original")}
    return [(originals.get(r.origin, f"origin:{r.origin}"), r.id, r.origin) for r in refs
            if r.origin and r.origin != r.outlet and r.id not in derived
            and r.relation not in ("wire-original", "original") and originals.get(r.origin) != r.id]


def _layers(g: nx.DiGraph, dates: dict[str, str | None]) -> dict[str, Layer]:
    """Each page's column: its date first, then how many same-day sources precede it. An undated copy
    follows its latest source; an undated page with no known source goes to a last 'no date' column."""
    order = list(nx.topological_sort(g)) if nx.is_directed_acyclic_graph(g) else sorted(g.nodes)
    layer: dict[str, Layer] = {}
    for node in order:
        preds = [layer[p] for p in g.predecessors(node) if p in layer]
        date = dates.get(node)
        if date is None:
            latest = max(preds, default=None)
            layer[node] = (latest[0], latest[1], latest[2] + 1) if latest else (1, "", 0)
            continue
        depth = max((p[2] + 1 for p in preds if p[:2] == (0, date)), default=0)
        layer[node] = (0, date, depth)
    return layer


def _node_lines(ref: DocRef) -> list[str]:
    origin = f" · from {ref.origin}" if ref.origin and ref.origin != ref.outlet else ""
    return [textwrap.shorten(ref.outlet, 28, placeholder="…"),
            textwrap.shorten(ref.relation_label + origin, 34, placeholder="…"), ref.published or "no date"]


def _edges(derivations: list[Derivation], origins: list[tuple[str, str, str]], at: dict[str, tuple[float, float]],
           bottom: float) -> list[GraphEdge]:
    """The arrows; one that would cross a column of boxes runs in its own lane under the picture instead."""
    todo: list[tuple[str, str, str, str]] = [
        (d.source, d.derived, d.kind, f"{d.kind} · {round(100 * d.evidence.reused_share)}%")
        for d in derivations if d.source != d.derived]
    todo += [(src, dst, "origin", f"text from {name}") for src, dst, name in origins]
    edges, lanes = [], 0
    for source, derived, kind, label in todo:
        (x1, y1), (x2, y2) = at[source], at[derived]
        if x2 - x1 > NODE_W + COL_GAP + 1:
            lanes += 1
            edges.append(_long_edge(source, derived, kind, label, (x1, y1), (x2, y2), bottom + lanes * LANE))
        else:
            edges.append(_edge(source, derived, kind, label, (x1, y1), (x2, y2)))
    return edges


def _long_edge(source: str, derived: str, kind: str, label: str, src: tuple[float, float],
               dst: tuple[float, float], lane: float) -> GraphEdge:
    # down in the gap right of the source's column, along the lane, up in the gap left of the copy's column
    ax, ay, bx, by = src[0] + NODE_W, src[1] + NODE_H / 2, dst[0] - 2, dst[1] + NODE_H / 2
    turn = COL_GAP / 3
    path = (f"M{ax:.1f},{ay:.1f} C{ax + turn:.1f},{ay:.1f} {ax + turn:.1f},{lane:.1f} {ax + 2 * turn:.1f},{lane:.1f}"
            f" L{bx - 2 * turn:.1f},{lane:.1f} C{bx - turn:.1f},{lane:.1f} {bx - turn:.1f},{by:.1f} {bx:.1f},{by:.1f}")
    return GraphEdge(source, derived, kind, label, path, (ax + bx) / 2, lane - 4)


def _edge(source: str, derived: str, kind: str, label: str, src: tuple[float, float],
          dst: tuple[float, float]) -> GraphEdge:
    (x1, y1), (x2, y2) = src, dst
    if x2 > x1:  # forwards: right side of the source to the left side of the copy
        ax, ay, bx, by = x1 + NODE_W, y1 + NODE_H / 2, x2 - 2, y2 + NODE_H / 2
        bend = (bx - ax) / 2
        path = f"M{ax:.1f},{ay:.1f} C{ax + bend:.1f},{ay:.1f} {bx - bend:.1f},{by:.1f} {bx:.1f},{by:.1f}"
        return GraphEdge(source, derived, kind, label, path, (ax + bx) / 2, (ay + by) / 2 - 6)
    # same column or backwards (a copy dated before its source): loop below the boxes
    ax, ay, bx, by = x1 + NODE_W / 2, y1 + NODE_H, x2 + NODE_W / 2, y2 + NODE_H + 2
    drop = ROW_GAP * 0.9
    path = f"M{ax:.1f},{ay:.1f} C{ax:.1f},{ay + drop:.1f} {bx:.1f},{by + drop:.1f} {bx:.1f},{by:.1f}"
    return GraphEdge(source, derived, kind, label, path, (ax + bx) / 2, max(ay, by) + drop)


def _wrap(text: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(text, width) or [""]
    if len(out) > lines:
        out = [*out[: lines - 1], textwrap.shorten(" ".join(out[lines - 1:]), width, placeholder="…")]
    return out


TL_AXIS, TL_WIDTH, TL_LINE = 118.0, 860.0, 17.0


def timeline(corpus: Corpus, refs: list[DocRef], events: list[TimelineEvent]) -> Timeline:
    """Dated events the pages report, and when each page came out, on one vertical time axis."""
    rows: list[tuple[str, int, TimelineRow]] = []
    for e in events:
        docs = corpus.ordered(e.in_)
        what = e.what or ", ".join(e.phrases)
        rows.append((e.date, 0, TimelineRow(0, e.date, "event", e.precision, _wrap(what, 92, 3), docs)))
    for r in refs:
        if r.published:
            text = f"{r.outlet} publishes “{r.title}” ({r.relation_label})"
            rows.append((r.published, 1, TimelineRow(0, r.published, "published", "day", _wrap(text, 92, 2), [r])))
    rows.sort(key=lambda t: (t[0], t[1]))
    y = MARGIN
    out = []
    for _, _, row in rows:
        row.y = y + TL_LINE
        out.append(row)
        y += TL_LINE * len(row.lines) + 12
    return Timeline(TL_WIDTH, y + MARGIN, TL_AXIS, out)


# ---------------------------------------------------------------- document


def document(corpus: Corpus, doc_id: str) -> DocumentView | None:
    doc = corpus.docs.get(doc_id)
    if doc is None:
        return None
    ref = corpus.refs[doc_id]
    copied_from = [d for d in corpus.derivations if d.derived == doc_id]
    copied_by = [d for d in corpus.derivations if d.source == doc_id]
    spans = _spans(doc, copied_from, copied_by)
    entities = [corpus.entity_view(e, limit=ENTITY_PAGES) for e in corpus.links.entities if doc_id in e.in_]
    quotes = [QuoteInDoc(q.speaker, q.text, f"q{q.start}", q.cue) for q in doc.annotations.quotes]
    raw = corpus.raw_page(doc_id) if corpus.raw_page else None
    return DocumentView(
        doc=ref, language=doc.article.language or "en", meta=_meta(corpus, doc),
        paragraphs=segments(doc.article.body, spans),
        copied_from=[corpus.derivation_view(d) for d in copied_from],
        copied_by=[corpus.derivation_view(d) for d in copied_by], quotes=quotes, entities=entities, raw=raw,
    )


def _meta(corpus: Corpus, doc: Document) -> list[MetaItem]:
    art = doc.article
    ref = corpus.refs[art.id]
    url_href = art.url if art.url and urlsplit(art.url).scheme in ("http", "https") else None
    items = [
        ("Title", art.title), ("Outlet", ref.outlet),
        ("Published", _shown_time(art.published_at) or art.published or "no date on the page"),
        ("Authors", ", ".join(art.authors)), ("Origin", ref.origin), ("Dateline", art.dateline),
        ("Relation", ref.relation_label), ("Credits", " · ".join(art.credits)),
        ("Picture captions", " · ".join(art.captions)), ("Language", art.language),
        ("Source file", art.path),
        ("Page kind", art.kind), ("Document id", art.id),
    ]
    out = [MetaItem(label, value) for label, value in items if value]
    if art.url:
        out.insert(2, MetaItem("URL", art.url, url_href))
    return out


def _shown_time(stamp: str | None) -> str | None:
    """"2026-03-09 06:12 (UTC+00:00)" of "2026-03-09T06:12+00:00", as a reader writes it."""
    if not stamp:
        return None
    day, clock = stamp.split("T")
    return f"{day} {clock[:5]}" + (f" (UTC{clock[5:]})" if clock[5:] else "")


Span = tuple[int, int, int, Segment]  # start, end, priority (lower wins), what the segment carries


def _spans(doc: Document, copied_from: list[Derivation], copied_by: list[Derivation]) -> list[Span]:
    spans: list[Span] = []
    for d in copied_from:
        for p in d.evidence.passages:
            spans.append((p.derived_start, p.derived_end, 0,
                          Segment("", "copied", d.source, f"p{p.source_start}", [f"d{p.derived_start}"])))
    for d in copied_by:
        for p in d.evidence.passages:
            spans.append((p.source_start, p.source_end, 1,
                          Segment("", "source", d.derived, f"d{p.derived_start}", [f"p{p.source_start}"])))
    for q in doc.annotations.quotes:
        spans.append((q.start, q.end, 2, Segment("", "quote", None, None, [f"q{q.start}"])))
    return spans


def segments(body: list[str], spans: list[Span]) -> list[list[Segment]]:
    """Each paragraph cut at every span boundary; a piece takes the highlight of the strongest span over
    it, and carries the anchors of the spans that start in it. Offsets are into "\\n\\n".join(body)."""
    out = []
    offset = 0
    placed: set[str] = set()  # a span over several paragraphs is anchored once, where it starts
    for para in body:
        start, end = offset, offset + len(para)
        offset = end + 2
        inside = [s for s in spans if s[0] < end and s[1] > start and s[1] > s[0]]
        cuts = sorted({start, end, *(max(start, min(end, b)) for s in inside for b in s[:2])})
        pieces: list[Segment] = []
        for a, b in itertools.pairwise(cuts):
            over = [s for s in inside if s[0] < b and s[1] > a]
            top = min(over, key=lambda s: s[2])[3] if over else None
            anchors = [x for s in over if s[0] >= a or a == start for x in s[3].anchors if x not in placed]
            placed.update(anchors)
            piece = Segment(para[a - start:b - start], top.mark if top else None, top.doc if top else None,
                            top.target if top else None, anchors)
            last = pieces[-1] if pieces else None
            if last and not anchors and (last.mark, last.doc, last.target) == (piece.mark, piece.doc, piece.target):
                last.text += piece.text
            else:
                pieces.append(piece)
        out.append(pieces or [Segment("")])
    return out


# ---------------------------------------------------------------- outlet


def outlet(corpus: Corpus, key: str) -> OutletView | None:
    name = corpus.outlets.get(key)
    if name is None:
        return None
    refs = [r for r in corpus.ordered(corpus.docs) if r.outlet_key == key]
    mine = {r.id for r in refs}
    sources: dict[str, set[str]] = defaultdict(set)  # page -> outlets it takes text from
    credited: set[str] = set()
    for d in corpus.derivations:
        if d.derived in mine and d.source not in mine:
            sources[d.derived].add(corpus.refs[d.source].outlet)
            if d.evidence.credit:
                credited.add(d.derived)
    for r in refs:  # another outlet's text matched to no page here: the origin the analysis named
        if r.id not in sources and r.origin and r.origin != name and r.relation not in ("wire-original", "original"):
            sources[r.id].add(r.origin)
            if corpus.docs[r.id].article.origin:  # the page itself names it
                credited.add(r.id)
    copied = {d.derived for d in corpus.derivations if d.source in mine and d.derived not in mine}
    return OutletView(
        key=key, name=name, documents=refs,
        copies_from=_outlet_counts(corpus, Counter(o for outlets in sources.values() for o in outlets)),
        copied_by=_outlet_counts(corpus, Counter(corpus.refs[i].outlet for i in copied)),
        derived=len(sources), uncredited=len(sources.keys() - credited),
        republications=sum(1 for r in refs if r.relation == "republication"),
    )


def _outlet_counts(corpus: Corpus, counts: Counter[str]) -> list[OutletCopy]:
    return [OutletCopy(name, corpus.outlet_keys.get(name), n) for name, n in counts.most_common()]


# ---------------------------------------------------------------- rendering


class Links:
    """Where a view's links point: pages of the web app, or sections of the one-file report."""

    def __init__(self, corpus: Corpus, report: bool) -> None:
        self.corpus = corpus
        self.report = report

    def overview(self) -> str:
        return "#overview" if self.report else "/"

    def story(self, n: int) -> str:
        return f"#story-{n}" if self.report else f"/story/{n}"

    def document(self, doc_id: str, anchor: str | None = None) -> str:
        key = self.corpus.keys.get(doc_id, "missing")
        if self.report:
            return f"#{key}-{anchor}" if anchor else f"#doc-{key}"
        page = f"/document/{quote(doc_id, safe='')}"
        return f"{page}#{key}-{anchor}" if anchor else page

    def outlet(self, key: str) -> str:
        return f"#outlet-{key}" if self.report else f"/outlet/{quote(key, safe='')}"

    def search(self) -> str:
        return "#search" if self.report else "/search"

    def entity(self, name: str) -> str:
        """Every page that mentions an entity: the web app's search by entity, the report's entity list."""
        return f"#{self.entity_anchor(name)}" if self.report else f"/search?entity={quote(name, safe='')}"

    def entity_anchor(self, name: str) -> str:
        return f"entity-{self.corpus.entity_numbers.get(name, 0)}"

    def label(self, doc_id: str) -> str:
        ref = self.corpus.refs.get(doc_id)
        return f"{ref.outlet}: {ref.title}" if ref else doc_id


_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True, undefined=jinja2.StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)
_ENV.filters["pct"] = lambda x: f"{round(100 * float(x))}%"
# a credit line is often a sentence that carries its own quotation marks
_ENV.filters["quoted"] = lambda text: text if text[:1] in "“\"‘'«" else f"“{text}”"


def render(template: str, **context: object) -> str:
    return _ENV.get_template(template).render(**context)


# ---------------------------------------------------------------- search (web app)


@dataclass
class DocumentHitView:
    doc: DocRef
    title: list[Fragment]
    snippet: list[Fragment]


@dataclass
class QuoteHitView:
    speaker: str | None
    text: list[Fragment]
    docs: list[DocRef]
    anchors: dict[str, str]  # doc id -> anchor of the quotation in that document


@dataclass
class SearchView:
    query: str
    speaker: str
    entity: str
    documents: list[DocumentHitView]
    quotes: list[QuoteHitView]
    entities: list[EntityView]
    error: str | None = None


def search_view(corpus: Corpus, results: SearchResults, error: str | None = None) -> SearchView:
    docs = [DocumentHitView(corpus.refs[h.doc_id], h.title, h.snippet) for h in results.documents
            if h.doc_id in corpus.refs]
    quotes = []
    for q in results.quotes:
        places = [(doc_id, start) for doc_id, start in q.places if doc_id in corpus.refs]
        refs = corpus.ordered(doc_id for doc_id, _ in places)
        quotes.append(QuoteHitView(q.speaker, q.text, refs, {doc_id: f"q{start}" for doc_id, start in places}))
    entities = [EntityView(e.name, e.type, e.aliases, corpus.ordered(e.docs)) for e in results.entities]
    return SearchView(results.query, results.speaker, results.entity, docs, quotes, entities, error)
