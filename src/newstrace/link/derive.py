"""Who copied whom: derivation edges with evidence, and each document's relation and origin.

1. Candidates: a `ReuseIndex` (MinHash LSH + rare-shingle postings) proposes pairs, and so does a quotation
   that two documents carry; nothing compares all pairs. On an incremental run only pairs with a new
   document, and the earlier edges, are measured.
2. Reuse: each candidate pair is aligned (`align.align`); what the two texts share is measured as verbatim
   words outside quotations, whole paragraphs, quotations both carry, and the narrative sentences of one
   that the other repeats word for word or rewords.
3. Kind: `rewrite` when the text keeps at least two of the other's quotations and rewords more of its
   narrative sentences than it repeats (REWORDED at least), or when it credits an agency for its story and
   keeps a quotation of that agency's own copy, however freely it words the rest; else `republication`
   when it copies the other's own words (COPY_WORDS words outside quotations, COPY_PARAGRAPHS whole
   paragraphs with narrative among them, or COPY_SENTENCES narrative sentences word for word). Quotations
   alone (a statement every outlet quotes) are never a derivation, nor is an outlet's stock text (an
   editor's note closing unrelated stories).
4. Direction, first signal that decides: publication days; the other text is the agency's own copy
   (dateline tag, byline, masthead) and this one is not, unless the agency's copy credits this one's outlet
   ("she told Example Radio"); this text credits the other's outlet or agency (a credit
   line, or the other's people speaking "to" the other outlet); for a verbatim copy, the text that holds
   all of the other plus material of its own; times of day. When nothing decides, the edge is kept
   undirected and both documents' relation is unknown.
5. Sources: a text copied by several outlets is credited to its first appearance: a candidate source that
   is itself derived, or later, loses to one that is not, then the one that explains most of the copy; a
   further source is kept only when it explains passages the first does not. Texts that share one
   material with nothing to order them are tied by a spanning forest, not all pairs.
6. Relations (`relation_of`), from the edges and the credit lines, as a copy desk reads them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from newstrace.annotate.entities import is_org_name
from newstrace.extract.credits import (
    OWN_AUDIENCE,
    address_label,
    contribution,
    desk_words,
    initials,
    known_source,
    run_together,
    without_country,
)
from newstrace.extract.paragraphs import unquoted
from newstrace.extract.text_meta import url_host
from newstrace.gazetteer import name_key
from newstrace.link.align import (
    Profile,
    Run,
    align,
    covered_chars,
    find_quotes,
    make_profile,
    quoted_inside,
)
from newstrace.link.candidates import ReuseIndex
from newstrace.link.credit import (
    agency_authored,
    credited_agencies,
    credited_text,
    credits,
    credits_agencies,
    credits_name,
    day_number,
    desk_byline,
    republished_from,
    runs_agency_copy,
    signed_by,
    statement_by,
)
from newstrace.link.disjoint import DisjointSets
from newstrace.link.tokens import tokenize_many
from newstrace.models import Article, Derivation, Document, Evidence, Passage, QuoteEntry, Relation
from newstrace.sources import CARRIED_NEWSROOMS, agency, source_name

_ADDRESS_WORD = 4  # letters of an outlet's first word that its site's address may open with
_INITIALLED_WORDS = 3  # of a name its initials stand for; two make initials that too many names share

COPY_WORDS = 25          # copied words (see `_copied_words`) that make a copy: two sentences
COPY_PARAGRAPHS = 2      # ... or whole paragraphs copied, one of them narrative (quotation is the speaker's)
COPY_SENTENCES = 2       # ... or narrative sentences repeated word for word beside two shared quotations
PARAGRAPH_COVER = 0.8    # share of a paragraph's words inside shared passages for it to be copied whole
SENTENCE_WORDS = 8       # own words a passage needs to count as copied wording
QUOTE_WORDS = 4          # words of a quotation that must be aligned for it to count as shared
SAME_SENTENCE = 99.0     # rapidfuzz ratio of a sentence repeated word for word (a letter changed at most)
REWORD_SCORE = 70.0      # rapidfuzz token_ratio of a reworded sentence and its source sentence
REWORDED = 3             # reworded sentences that, with two kept quotations, make a rewrite
_PUBLISHED_WORDS = re.compile(r"\b(?:statement|release|wrote|posted|tweeted|published)\b")
_CUE_CHARS = 60          # after a quotation, where its cue names how it was given
_SENTENCE_WORDS = 6      # of a quotation that is a sentence of the speaker's, not words woven into the writer's
REWRITE_DAYS = 3         # days within which a text crediting an agency rewrites the agency's copy it quotes
ZONED_HOURS = 48         # hours apart within which two zoned times, not the dates, tell which page ran first
CONTAIN = 0.97           # share of a text found in the other for "holds all of the other"
OWN_CHARS = 40           # characters of its own that the holder adds (a credit line, a footer)
REPUBLISHED = 0.6        # derived share above which a copy is the whole story (relation republication)
STOCK_CARRIERS = 3       # texts that close with one passage for it to be stock text (see `_without_stock`) ...
CLOSING_WORDS = 70       # ... within their last words (a note, and a line or two after it)
_BATCH = 2000
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# Words a name may have after it, as a station's, an agency's or an edition's ("EL PAÍS English").
_STATION_WORDS = frozenset(["news", "tv", "channel", "fm", "am", "radio", "service", "agency", "english",
                            "international"])
# Others' reporting named without a name: "told local media", "local media reported", "according to media reports".
_OTHER_MEDIA = re.compile(r"\b(?:(?:told|quoted by|according to|cited by)\s+(?:local|state|national|foreign)\s+media"
                          r"|(?:local|state|national)\s+media\s+(?:reported|reports|said|quoted)"
                          r"|according to (?:local |state )?media reports)\b")
# The outlet's own reporting, in its own words outside quotations: "our reporter", "told us", "spoke to this newspaper".
_OWN_REPORTER = re.compile(rf"\b(?:[Oo]ur (?:own )?(?:reporters?|correspondents?|journalists?)\b"
                           rf"|(?:told|telling|spoke to|speaking to) {OWN_AUDIENCE})")
# Where a reporter's sentence says whose word it gives ("officials said", "according to police"), and a writer's own
# voice, a column's.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|according to|reported|reports|announced|confirmed|stated"
                          r"|quoted|cited)\b")
_RETELLING_PARAGRAPHS = 3
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|We|our|Our|us)\b")


@dataclass
class Reuse:
    """What two documents share, measured on both sides (a = the first id of the pair)."""

    a: str
    b: str
    runs: list[Run]
    verbatim: int            # aligned words outside quotations (the smaller of the two sides)
    paragraphs: int          # whole paragraphs copied (the smaller of the two sides)
    quotes_a: list[int]      # indices of a's quotations that b carries, whole or in a few of their words
    quotes_b: list[int]
    passage_quotes: int      # of those, the quotations either side carries in a shared passage (the smaller count)
    reworded: int            # narrative sentences of one that reword a sentence of the other
    copied: int              # narrative sentences of one that repeat a sentence of the other word for word
    share_a: float           # share of a's characters inside shared passages
    share_b: float
    len_a: int
    len_b: int
    words: int               # words of the shorter text

    @property
    def shared_quotes(self) -> int:
        return min(len(self.quotes_a), len(self.quotes_b))


@dataclass
class Edge:
    derived: str
    source: str
    kind: str
    reuse: Reuse
    why: str          # the signal that decided the direction
    credit: str | None
    directed: bool = True


def find_derivations(
    documents: list[Document], index: ReuseIndex | None = None, previous: Sequence[Derivation] | None = None,
    quotes: Sequence[QuoteEntry] = (),
) -> tuple[list[Derivation], dict[str, Relation], dict[str, str | None]]:
    """Derivation edges, each document's relation, and each document's origin.

    `quotes`, the corpus's quotations with the documents carrying each (`quote_provenance`), add the pairs
    that share one to the index's candidates: a rewrite may keep nothing of its source but two short
    quotations, too few words for the index's sampled shingles.

    `index`, when given, is updated in place with the documents it does not hold yet (their signatures are
    the costly part), so a caller can keep it between runs. With `previous`, the derivations of the run
    that indexed the other documents, only the pairs that involve a new document are aligned, together with
    the previous edges (re-measured, since a new text can be their better source); pairs of old documents
    that shared text without making an edge stay without one. Relations are always decided afresh."""
    docs = {d.article.id: d for d in documents}
    index = index if index is not None else ReuseIndex()
    fresh = [i for i in docs if i not in index]
    added = index.add(fresh, [docs[i].article.text for i in fresh],
                      [day_number(docs[i].article.published) for i in fresh])
    if previous is None:
        added = [(index.ids[a], index.ids[b]) for a, b in index.pairs().tolist()]
    quoted = _quoted_pairs(quotes, index.settings.max_df, None if previous is None else set(fresh))
    earlier = [(d.derived, d.source) for d in previous or ()]
    pairs = sorted({(min(x, y), max(x, y)) for x, y in [*added, *quoted, *earlier]
                    if x in docs and y in docs and x != y})
    profiles = _profiles([docs[i] for i in sorted({i for pair in pairs for i in pair})])
    aligned = {(x, y): align(profiles[x], profiles[y]) for x, y in pairs}
    closing = _closing(aligned, profiles)
    closing.update(_closing(_between_carriers(aligned, closing, profiles), profiles))
    stock = _stock_tokens(closing, profiles)
    # (first carrier, other carrier) of each quotation the corpus traces to one document.
    told_first = {(q.first, d) for q in quotes if q.first for d in q.in_ if d != q.first}
    edges = []
    for (x, y), runs in aligned.items():
        reuse = measure(profiles[x], profiles[y], _without_stock(runs, closing.get((x, y), []), x, y, stock))
        kind = kind_of(reuse) or credited_rewrite(reuse, docs[x], docs[y])
        if kind is not None and not _fellow_carriers(docs[x].article, docs[y].article) and not _saved_twice(
                reuse, docs[x].article, docs[y].article):
            edges.append(orient(reuse, kind, docs[x], docs[y]))
        elif kind is None and (edge := _lifted_interview(reuse, docs[x], docs[y], profiles, told_first)) is not None:
            edges.append(edge)
    chosen = choose_sources(edges, docs)
    derivations = [_derivation(e, docs, profiles) for e in chosen]
    relations, origins = relations_of(docs, chosen)
    return derivations, relations, origins


def _quoted_pairs(quotes: Sequence[QuoteEntry], most: int, fresh: set[str] | None) -> set[tuple[str, str]]:
    """Pairs of documents that carry one quotation, with a `fresh` one among them when given. A quotation
    that more than `most` documents carry is a statement everyone ran, no sign of who read whom."""
    return {(x, y) for q in quotes if 1 < len(q.in_) <= most for x, y in combinations(sorted(q.in_), 2)
            if fresh is None or x in fresh or y in fresh}


def relations_of(docs: dict[str, Document], chosen: list[Edge]) -> tuple[dict[str, Relation], dict[str, str | None]]:
    """Each document's relation and origin, sources first so that a copy inherits its source's."""
    directed = [e for e in chosen if e.directed]
    incoming: dict[str, list[Edge]] = {}
    for e in directed:
        incoming.setdefault(e.derived, []).append(e)
    is_source = {e.source for e in directed}
    undecided = {d for e in chosen if not e.directed for d in (e.derived, e.source)}
    relations: dict[str, Relation] = {}
    origins: dict[str, str | None] = {}
    outlets = {name_key(d.article.outlet): d.article.outlet for d in docs.values() if d.article.outlet}
    for doc_id in _topological(list(docs), directed):
        rel, origin = relation_of(docs[doc_id], incoming.get(doc_id, []), relations, origins, docs,
                                  doc_id in is_source, doc_id in undecided, outlets)
        relations[doc_id], origins[doc_id] = rel, origin
    return relations, origins


def _profiles(documents: Sequence[Document]) -> dict[str, Profile]:
    out = {}
    for lo in range(0, len(documents), _BATCH):
        chunk = documents[lo:lo + _BATCH]
        for d, toks in zip(chunk, tokenize_many([d.article.text for d in chunk]), strict=True):
            spans = [(q.start, q.end) for q in d.annotations.quotes]
            out[d.article.id] = make_profile(d.article.id, d.article.text, toks, spans)
    return out


def _closing(aligned: dict[tuple[str, str], list[Run]], profiles: dict[str, Profile],
             ) -> dict[tuple[str, str], list[Run]]:
    """For each pair, its runs of own words in the closing lines of both texts, when no other run shows
    copying: the pairs that may share nothing but an outlet's stock text (see `_without_stock`)."""
    out = {}
    for (x, y), runs in aligned.items():
        pa, pb = profiles[x], profiles[y]
        ends = [r for r in runs if pa.in_quote[r.a0:r.a1].mean() < 0.5
                and len(pa.tokens) - r.a0 <= CLOSING_WORDS and len(pb.tokens) - r.b0 <= CLOSING_WORDS]
        if ends and not any(_copied_words(pa, [(r.a0, r.a1)], _same_words(pa, pb, [r])) for r in runs
                            if r not in ends):
            out[(x, y)] = ends
    return out


def _between_carriers(aligned: dict[tuple[str, str], list[Run]], closing: dict[tuple[str, str], list[Run]],
                      profiles: dict[str, Profile]) -> dict[tuple[str, str], list[Run]]:
    """The pairs not aligned yet among the texts that close with the same lines as one text: a run that
    adds pages to an earlier one aligns only pairs with a new page, yet stock text is told by how many
    texts carry it, old ones included."""
    partners: dict[str, list[str]] = {}
    for x, y in closing:
        partners.setdefault(x, []).append(y)
        partners.setdefault(y, []).append(x)
    extra = {}
    for group in partners.values():
        if len(group) >= STOCK_CARRIERS - 1:
            for x, y in combinations(sorted(group), 2):
                if (x, y) not in aligned and (x, y) not in extra:
                    extra[(x, y)] = align(profiles[x], profiles[y])
    return extra


def _stock_tokens(closing: dict[tuple[str, str], list[Run]], profiles: dict[str, Profile]) -> dict[str, np.ndarray]:
    """For each text, the tokens of its closing lines that STOCK_CARRIERS texts or more close with, each
    sharing nothing else of their own words with it."""
    spans: dict[str, list[list[tuple[int, int]]]] = {}
    for (x, y), runs in closing.items():
        spans.setdefault(x, []).append([(r.a0, r.a1) for r in runs])
        spans.setdefault(y, []).append([(r.b0, r.b1) for r in runs])
    out = {}
    for doc_id, by_partner in spans.items():
        if len(by_partner) < STOCK_CARRIERS - 1:
            continue
        carriers = np.ones(len(profiles[doc_id].tokens), dtype=np.int32)
        for partner_spans in by_partner:
            seen = np.zeros(carriers.size, dtype=bool)
            for s, e in partner_spans:
                seen[s:e] = True
            carriers += seen
        out[doc_id] = carriers >= STOCK_CARRIERS
    return out


def _without_stock(runs: list[Run], closing: list[Run], x: str, y: str, stock: dict[str, np.ndarray]) -> list[Run]:
    """The runs less the outlet's stock text: an editor's note, an author's bio or a disclaimer that one
    outlet appends to unrelated stories. It is in the outlet's own words, in the closing lines of both
    texts, the only own words they share, and STOCK_CARRIERS texts close with it, each sharing nothing
    else with the others. Copies of one story share more than their last lines."""
    sa, sb = stock.get(x), stock.get(y)
    if sa is None or sb is None:
        return runs
    drop = [r for r in closing if sa[r.a0:r.a1].mean() >= PARAGRAPH_COVER and sb[r.b0:r.b1].mean() >= PARAGRAPH_COVER]
    return [r for r in runs if r not in drop]


def measure(pa: Profile, pb: Profile, runs: list[Run]) -> Reuse:
    hit_a, hit_b = _quotes_hit(pa, [(r.a0, r.a1) for r in runs]), _quotes_hit(pb, [(r.b0, r.b1) for r in runs])
    inside_a, inside_b = quoted_inside(pa, pb, QUOTE_WORDS)
    quotes_a, quotes_b = sorted({*hit_a, *inside_a}), sorted({*hit_b, *inside_b})
    same = _same_words(pa, pb, runs)
    verbatim = min(_copied_words(pa, [(r.a0, r.a1) for r in runs], same),
                   _copied_words(pb, [(r.b0, r.b1) for r in runs], same))
    paragraphs = min(_copied_paragraphs(pa, [(r.a0, r.a1) for r in runs]),
                     _copied_paragraphs(pb, [(r.b0, r.b1) for r in runs]))
    copied = reworded = 0
    if (passage_quotes := min(len(hit_a), len(hit_b))) >= 2:
        copied, reworded = compare_sentences(pa, pb)
    share_a = covered_chars(pa.tokens, [(r.a0, r.a1) for r in runs]) / max(len(pa.text), 1)
    share_b = covered_chars(pb.tokens, [(r.b0, r.b1) for r in runs]) / max(len(pb.text), 1)
    return Reuse(pa.doc_id, pb.doc_id, runs, verbatim, paragraphs, quotes_a, quotes_b, passage_quotes, reworded,
                 copied, share_a, share_b,
                 len(pa.text), len(pb.text), min(len(pa.tokens), len(pb.tokens)))


def _copied_words(p: Profile, spans: list[tuple[int, int]], same: list[bool]) -> int:
    """Words of shared passages that show copying rather than quoting the same people: the outlet's own
    narrative (outside quotations, names left out as facts every report shares) in passages with a
    sentence's worth of it, and whole passages that run through two quotations or more with the same words
    between them (quote paragraphs copied with what joins them; `same` tells which spans are word for word
    alike on both sides, not joined over a few differing words)."""
    total = 0
    for (s, e), alike in zip(spans, same, strict=True):
        quote_ids = p.quote_of[s:e][p.in_quote[s:e]]
        if alike and quote_ids.size and quote_ids.min() != quote_ids.max():
            total += e - s
            continue
        n = int((~p.in_quote[s:e] & ~p.tokens.caps[s:e]).sum())
        if n >= SENTENCE_WORDS:
            total += n
    return total


def _same_words(pa: Profile, pb: Profile, runs: list[Run]) -> list[bool]:
    return [bool(np.array_equal(pa.tokens.hashes[r.a0:r.a1], pb.tokens.hashes[r.b0:r.b1])) for r in runs]


def _copied_paragraphs(p: Profile, spans: list[tuple[int, int]]) -> int:
    """Paragraphs that lie (nearly) whole inside shared passages and hold a sentence's worth of words besides
    names (a credit line or a "follow us" footer is too short to show copying), when at least one of them
    holds a sentence's worth of the outlet's own words: paragraphs of quotation with their "she said" are
    what every report of the speech holds, and show copying only beside the copier's narrative."""
    if not spans or p.para_of.size == 0:
        return 0
    covered = np.concatenate([p.para_of[s:e] for s, e in spans])
    sizes = np.bincount(p.para_of)
    words = np.bincount(p.para_of, weights=~p.tokens.caps, minlength=sizes.size)
    narrative = np.bincount(p.para_of, weights=~p.tokens.caps & ~p.in_quote, minlength=sizes.size)
    copied = (words >= SENTENCE_WORDS) & (np.bincount(covered, minlength=sizes.size) >= PARAGRAPH_COVER * sizes)
    return int(copied.sum()) if (copied & (narrative >= SENTENCE_WORDS)).any() else 0


def _quotes_hit(p: Profile, spans: list[tuple[int, int]]) -> list[int]:
    if not p.quotes or not spans:
        return []
    covered = np.concatenate([p.quote_of[s:e] for s, e in spans])
    counts = np.bincount(covered[covered >= 0], minlength=len(p.quotes))
    return [int(q) for q in np.flatnonzero(counts >= QUOTE_WORDS)]


def compare_sentences(pa: Profile, pb: Profile) -> tuple[int, int]:
    """Narrative sentences of the shorter text that repeat one sentence of the other word for word, and
    those that reword one (its words mostly recur there, not in the same order or form)."""
    sa, sb = pa.sentences, pb.sentences
    if not sa or not sb:
        return 0, 0
    if len(sa) > len(sb):
        sa, sb = sb, sa
    same = process.cdist(sa, sb, scorer=fuzz.ratio, dtype=np.uint8).max(axis=1) >= SAME_SENTENCE
    close = process.cdist(sa, sb, scorer=fuzz.token_ratio, dtype=np.uint8).max(axis=1) >= REWORD_SCORE
    return int(same.sum()), int((close & ~same).sum())


def kind_of(r: Reuse) -> str | None:
    """`rewrite` for kept quotations around reworded narrative (even with a sentence or two kept word for
    word), `republication` for copied text, else None. A few words of a quotation are no proof here: two rewrites of
    one agency's copy quote the same words of it."""
    if r.passage_quotes >= 2 and r.reworded >= REWORDED and r.reworded > r.copied:
        return "rewrite"
    if r.verbatim >= COPY_WORDS or r.paragraphs >= COPY_PARAGRAPHS or r.copied >= COPY_SENTENCES:
        return "republication"
    return None


def _fellow_carriers(a: Article, b: Article) -> bool:
    """Two outlets' pages that each run one source's copy under its credit: subscribers to one feed, neither a copy
    of the other. Each is a copy of the agency's own page, where that is in the corpus, and an
    outlet's update repeats its own earlier page."""
    wire = agency_authored(a)
    if _name_key(a.outlet) == _name_key(b.outlet):
        return False
    if wire is not None:
        return wire == agency_authored(b) and wire not in (known_source(a.outlet), known_source(b.outlet))
    # A source no list knows, credited by both pages and neither's own ("HARARE (New Ziana) –" on two papers'
    # sites, "This article first appeared in ..."): two carriers of its text, as of a listed agency's.
    origin = a.origin
    if origin is None or origin != b.origin or source_name(origin, strict=False) is not None \
            or agency_authored(b) is not None:
        return False
    return not any(_names_alike(origin, page.outlet) or _own_desk(origin, page.outlet) or _on_own_site(page)
                   for page in (a, b))


def _saved_twice(r: Reuse, a: Article, b: Article) -> bool:
    """One page saved twice (its AMP and its desktop form, two crawls of it): the same address and the same text.
    Neither copied the other; a later version that changed the text is another matter."""
    return a.url is not None and a.url == b.url and min(r.share_a, r.share_b) >= CONTAIN


def credited_rewrite(r: Reuse, x: Document, y: Document) -> str | None:
    """`rewrite` for a text that credits an agency for its story ("Reuters reported"), or names the other's
    outlet as its source ("..., according to Example Check"), and carries a quotation of the other's text word
    for word, however freely it rewords the narrative: it says where its story came from, and the quotation
    shows which copy, when the two ran within days. Else None."""
    if r.shared_quotes < 1:
        return None
    dx, dy = day_number(x.article.published), day_number(y.article.published)
    if dx is not None and dy is not None and abs(dx - dy) > REWRITE_DAYS:
        return None  # one quotation is no proof of which copy, or a line the speaker repeats weeks on
    dated = dx is not None and dy is not None
    for text, other in ((x, y), (y, x)):
        wire = agency_authored(other.article)
        # An agency's own page may show its day without the year ("5 DEC, 14:32"): a dated text that credits the
        # agency still took the quotation from its copy.
        # Agencies credited unnamed ("Agencies contributed to this report") are the one whose words it keeps.
        # So is the agency a carried outlet's copy credits in its text ("..., according to the Xinhua news agency"
        # in RT's story on another site).
        credited = wire in credited_agencies(text.article) or (text.article.origin is None and credits_agencies(
            text.article)) or (wire is not None and known_source(text.article.origin) in CARRIED_NEWSROOMS
                               and credits_name(text.article.text, wire) is not None)
        if wire and credited and not runs_agency_copy(text.article) and (
                dated or day_number(text.article.published) is not None):
            return "rewrite"
        # A dated text naming the other's outlet as its source took the quotation from it, whether or not the other's
        # page shows its day ("..., Example News reported" of a page dated "12.04.26", which reads both ways).
        if not wire and day_number(text.article.published) is not None and (
                _credits_other(text, other) or names_as_source(text.article, other.article)):
            return "rewrite"
    return None


def _lifted_interview(r: Reuse, x: Document, y: Document, profiles: dict[str, Profile],
                      told_first: set[tuple[str, str]]) -> Edge | None:
    """A `rewrite` edge to the outlet whose own interview a desk's piece quotes ("..., Ibarra told The Lakeport
    Times"): a piece with no writer or dateline of its own, every full quotation of which that outlet ran first
    (`told_first`), no earlier and within days, took them from the interview, however freely it rewords the rest.
    Else None."""
    if r.shared_quotes < 1:
        return None
    # Each side as the interviewing outlet, with its quotations the other carries and the other's it carries.
    for source, text, source_quotes, text_quotes in ((x, y, r.quotes_a, r.quotes_b), (y, x, r.quotes_b, r.quotes_a)):
        if (source.article.id, text.article.id) in told_first and _lifts_interview(
                source.article, text.article, profiles, source_quotes, text_quotes):
            edge = orient(r, "rewrite", text, source)
            if not edge.directed or edge.source == source.article.id:
                return Edge(text.article.id, source.article.id, "rewrite", r,
                            f"quotes {source.article.outlet}'s own interview", edge.credit)
    return None


def _lifts_interview(art: Article, desk: Article, profiles: dict[str, Profile], art_quotes: list[int],
                     desk_quotes: list[int]) -> bool:
    """Whether `desk` is a desk's piece that keeps quotations from `art`'s own interview (see `_lifted_interview`)."""
    ds, dt = day_number(art.published), day_number(desk.published)
    if not art.outlet or runs_agency_copy(art) or not credits_name(art.text, art.outlet):
        return False  # no one speaks to the outlet itself
    if ds is None or dt is None or not 0 <= dt - ds <= REWRITE_DAYS:
        return False
    if not desk_byline(desk) or desk.dateline or credits_name(desk.text, desk.outlet):
        return False  # a writer's or a correspondent's own, or one that says whom it spoke to
    told, quoted = profiles[art.id], profiles[desk.id]
    if all(_PUBLISHED_WORDS.search(told.text, told.quotes[i][1], told.quotes[i][1] + _CUE_CHARS) for i in art_quotes):
        return False  # words from a statement or a post, which anyone may carry
    own = {i for i, (start, end) in enumerate(quoted.quotes) if len(quoted.text[start:end].split()) >= _SENTENCE_WORDS}
    return own <= set(desk_quotes)


def orient(r: Reuse, kind: str, x: Document, y: Document) -> Edge:
    """The edge with its direction and the signal that decided it (undirected when nothing decides)."""
    ax, ay = x.article, y.article
    dx, dy = day_number(ax.published), day_number(ay.published)
    cx, cy = _credits_other(x, y), _credits_other(y, x)
    by_date = False
    if dx is not None and dy is not None and dx != dy and (hours := _hours_apart(ax, ay)) is not None:
        # Pages dated in two time zones: the dates may run the other way round the instants ("6 March, 9am AEDT" is
        # before "March 5, 6:30 p.m. ET").
        derived, source = (x, y) if hours > 0 else (y, x)
        gap = f"{round(abs(hours) * 60)} minutes" if abs(hours) < 2 else f"{round(abs(hours))} hours"
        why, by_date = f"published {gap} later, by the times' zones", True
    elif dx is not None and dy is not None and dx != dy:
        derived, source = (x, y) if dx > dy else (y, x)
        days = abs(dx - dy)
        why, by_date = f"published {days} day{'s' if days > 1 else ''} later", True
    elif (wx := agency_authored(ax)) != (wy := agency_authored(ay)) and (wx is None or wy is None) and not (
            cx if wx else cy):
        # Unless the agency's copy credits the other's outlet ("she told Example Radio"): it took from it.
        derived, source = (y, x) if wx else (x, y)
        why = f"the other is {wx or wy}'s own copy"
    elif (on_site := on_agency_site(ax)) != on_agency_site(ay):
        derived, source = (y, x) if on_site else (x, y)
        why = "the other is on the agency's own site"
    elif ax.origin and ax.origin == ay.origin and (home := _on_own_site(ax)) != _on_own_site(ay):
        # An agency no list knows, credited by both ("HARARE (New Ziana) –"), on its own site and on another's.
        derived, source = (y, x) if home else (x, y)
        why = f"the other is on {ax.origin}'s own site"
    elif bool(cx) != bool(cy):
        derived, source = (x, y) if cx else (y, x)
        why = "credits the other"
    elif (sx := names_as_source(ax, ay)) != names_as_source(ay, ax):
        derived, source = (x, y) if sx else (y, x)
        why = f"names {derived.article.origin} as its source"
    elif kind == "republication" and (copy := _unsigned_copy(r, ax, ay)) is not None:
        derived, source = (x, y) if copy == ax.id else (y, x)
        why = "is nothing but the other's text, without its byline"
    elif kind == "republication" and _holds(r) is not None:
        holder = _holds(r)
        derived, source = (x, y) if holder == ax.id else (y, x)
        why = "holds all of the other's text plus its own"
    elif (earlier := _same_time_order(ax, ay)) is not None:
        derived, source = (y, x) if earlier == 0 else (x, y)
        why = "published later the same day"
    else:
        lo, hi = sorted((ax.id, ay.id))
        return Edge(hi, lo, kind, r, "nothing tells which came first", cx or cy, directed=False)
    if by_date and (cy if derived is x else cx) and not (cx if derived is x else cy):
        # The text the dates make the source names the other as its own: it took from it. A numeric date may be read
        # the wrong way round ("06/12/2026"), a credit cannot.
        derived, source, why = source, derived, "credits the other"
    credit = cx if derived is x else cy
    return Edge(derived.article.id, source.article.id, kind, r, why, credit)


def _credits_other(doc: Document, source: Document) -> str | None:
    """The credit line of `doc` naming the other's origin or outlet, unless that name is the text's own outlet
    ("..., he told Example TV" on Example TV's own page credits no one else), or the sentence that gives a body
    the other is issued by as the one that spoke ("..., the Ministry of Transport said": its release)."""
    text, other = doc.article, source.article
    own, wire = _name_key(text.outlet), agency_authored(text)
    # An outlet's own text that cites an agency ("APP reported") is the outlet's to credit: crediting the agency
    # names where both took their story, not the outlet's text ("..., AFP reported" beside another paper's story
    # "according to AFP").
    names = (other.outlet,) if agency(other.origin) and not runs_agency_copy(other) else (
        other.origin or other.outlet, other.outlet)
    for name in dict.fromkeys(names):
        # An agency's copy naming itself ("told the Example news agency", "told EXAMPLE" of its site "EXAMPLE
        # News") credits no one else.
        if name and _name_key(name) != own and not (wire and wire in (agency(name), agency(other.origin))) and (
                credit := credits_name(credited_text(text), name) or signed_by(text, name)):
            return credit
    return next((credit for body in issuing_bodies(other) if (credit := statement_by(text.text, body))), None)


def issuing_bodies(article: Article) -> list[str]:
    """The authors of an article that are organisations (a release "From:" a ministry), and the site's own name
    where it is an organisation's (a weather service's warning on its site), with and without the country it is
    of ("the National Weather Service said" of the National Weather Service of Valoria)."""
    bodies = [a for a in article.authors if is_org_name(a.lower().split())]
    if article.outlet and is_org_name(article.outlet.lower().split()):
        bodies.extend(dict.fromkeys((article.outlet, article.outlet.partition(" of ")[0])))
    return bodies


def names_as_source(text: Article, other: Article) -> bool:
    """Whether a note outside the text names the other's site as where it ran first ("Source: Example Times",
    "Read the original article on Example Times"), or the page names the other's address as its canonical one."""
    if not text.origin:
        return False
    if other.outlet and _names_alike(text.origin, other.outlet) and not _names_alike(text.origin, text.outlet):
        return True
    return text.origin == url_host(other.url) != url_host(text.url)


def _names_alike(name: str, outlet: str | None) -> bool:
    """Whether a credited name is an outlet's, as written, as another spelling of one source ("KUNA" of the
    masthead "Kuwait News Agency") or as its site's address ("New Ziana" of newziana.example; "newziana.example" of
    the masthead "New Ziana", `_address_of`)."""
    return bool(outlet) and (_same_name(name, outlet) or (
        (short := source_name(name, strict=False)) is not None and short == source_name(outlet, strict=False))
        or _spells_host(name, outlet or "") or _address_of(outlet or "", name))


def _same_name(name: str, outlet: str | None) -> bool:
    """Whether a credited name is the outlet's, with or without the country its masthead adds ("The Star" of "The
    Star Malaysia") or the words for what it is ("AKIpress" of "AKIpress News Agency", `_same_station`), or its
    initials ("ZNBC", `initials_of`)."""
    if not outlet:
        return False
    return _name_key(name) in (_name_key(outlet), _name_key(without_country(outlet))) or _same_station(name, outlet) \
        or name == initials_of(outlet)


def initials_of(name: str) -> str | None:
    """The initials a name of three words or more is known by ("ZNBC" of "Zambia National Broadcasting
    Corporation"), its small words left out; None for a shorter name."""
    letters = initials(name)
    return letters if len(letters) >= _INITIALLED_WORDS else None


def _source_name(origin: str | None, source: Article) -> str | None:
    """The origin as a person reads it: the source's name where the text named its address, or the name as the
    source writes it where the text set it in capitals ("RNZ PACIFIC" of "RNZ Pacific")."""
    named = origin and source.outlet and (origin == url_host(source.url) or _same_name(origin, source.outlet)
                                          or _address_of(source.outlet, origin))
    return source.outlet if named else origin


def _name_key(name: str | None) -> str | None:
    return name_key(name) if name else None


def _on_own_site(article: Article) -> bool:
    """Whether the page is on the site of the source it credits, told by the site's address ("New Ziana" on
    newziana.example)."""
    return bool(article.origin) and _spells_host(article.origin or "", url_host(article.url) or article.outlet or "")


def _address_of(outlet: str, address: str) -> bool:
    """Whether a credited address is the outlet's site: it spells the outlet's name ("citinewsroom.com" of Citi
    Newsroom) or opens with its first word ("sputnikglobe.com" of Sputnik International)."""
    first = _NOT_ALNUM.sub("", outlet.split()[0].lower())
    return "." in address and (_spells_host(outlet, address) or (
        len(first) >= _ADDRESS_WORD and address.lower().split(".")[0].startswith(first)))


def _spells_host(name: str, host: str) -> bool:
    """Whether a name is a site's address without its dots and spaces ("New Ziana" of newziana.example)."""
    return "." in host and address_label(host) == run_together(name)


def on_agency_site(article: Article) -> bool:
    """Whether the page is agency copy on the agency's own site ("AP News" running AP's story)."""
    wire = agency_authored(article)
    return wire is not None and known_source(article.outlet) == wire


def _unsigned_copy(r: Reuse, ax: Article, ay: Article) -> str | None:
    """The id of a text without a byline that is (nearly) all of a signed text's words: a copy that kept the
    story and dropped its writer, as sites that copy feeds do, often with the last paragraphs."""
    for art, other, share in ((ax, ay, r.share_a), (ay, ax, r.share_b)):
        # An agency's own page may carry no byline where a subscriber's prints one: no scraper's copy.
        if not art.authors and other.authors and share >= CONTAIN and agency_authored(art) is None:
            return art.id
    return None


def _holds(r: Reuse) -> str | None:
    """The id of the text that holds (nearly) all of the other plus a sentence or more of its own."""
    for mine, other, doc_id, length in ((r.share_a, r.share_b, r.a, r.len_a), (r.share_b, r.share_a, r.b, r.len_b)):
        if other >= CONTAIN and (1 - mine) * length >= OWN_CHARS and mine < other:
            return doc_id
    return None


def _hours_apart(a: Article, b: Article) -> float | None:
    """How many hours after `b` `a` ran, when both pages give their time in a named zone and the two are less than
    two days apart (beyond, the dates alone tell the order)."""
    if not a.published_at or not b.published_at:
        return None
    at_a, at_b = dt.datetime.fromisoformat(a.published_at), dt.datetime.fromisoformat(b.published_at)
    if at_a.tzinfo is None or at_b.tzinfo is None:
        return None
    hours = (at_a - at_b).total_seconds() / 3600
    return hours if 0 < abs(hours) < ZONED_HOURS else None


def _same_time_order(a: Article, b: Article) -> int | None:
    """0 when `a` ran first, 1 when `b` did, on the same day, by the times of day their pages give: times in named
    zones, or two of one outlet's pages (one clock); a time without its zone says nothing against another's."""
    p, q = a.published_at, b.published_at
    if not p or not q or p[:10] != q[:10]:
        return None
    at_a, at_b = dt.datetime.fromisoformat(p), dt.datetime.fromisoformat(q)
    zoned = at_a.tzinfo is not None
    one_clock = bool(a.outlet) and _name_key(a.outlet) == _name_key(b.outlet)
    if zoned != (at_b.tzinfo is not None) or not (zoned or one_clock):
        return None
    return None if at_a == at_b else (0 if at_a < at_b else 1)


def _zoned_moment(article: Article) -> float:
    """When the page ran, in seconds since 1970, where it gives its time in a named zone; else never."""
    at = dt.datetime.fromisoformat(article.published_at) if article.published_at else None
    return at.timestamp() if at is not None and at.tzinfo is not None else float("inf")


def choose_sources(edges: list[Edge], docs: dict[str, Document]) -> list[Edge]:
    directed = [e for e in edges if e.directed]
    derived = {e.derived for e in directed}
    # Copies of another outlet's text: an outlet's second version of its own story is no link between two outlets.
    relays = {e.derived for e in directed
              if _name_key(docs[e.derived].article.outlet) != _name_key(docs[e.source].article.outlet)}
    by_target: dict[str, list[Edge]] = {}
    for e in directed:
        by_target.setdefault(e.derived, []).append(e)
    chosen = []
    for target, cands in by_target.items():
        # Times of day order the sources only where each gives one in a named zone: an unknown time may be earlier.
        timed = len(cands) > 1 and all(_zoned_moment(docs[e.source].article) < float("inf") for e in cands)

        def rank(e: Edge, timed: bool = timed) -> tuple[bool, bool, int, bool, float, float]:
            # The outlets the target names first ("Source: X", "Y reported"; not an agency, whose copy many carry), and
            # among them one that itself carries another's story: the nearer link of a chain the target names. Among
            # the others, the first appearance, the agency's own page before a subscriber's on one day, then the
            # subscriber that ran it first by the times their pages give. Then the source that explains most of it.
            source = docs[e.source].article
            named = _names_outlet(docs[e.derived].article, source)
            day = day_number(source.published)
            nearer = e.source in relays if named else e.source not in derived
            return (not named, not nearer, day if day is not None else 1 << 30, not on_agency_site(source),
                    _zoned_moment(source) if timed else 0.0, -_share_of(e, e.derived))
        kept: list[Edge] = []
        covered: set[int] = set()
        for e in sorted(cands, key=rank) if len(cands) > 1 else cands:  # most texts have one source: no names read
            mine = _target_tokens(e, target)
            if kept and len(mine - covered) < 0.5 * max(len(mine), 1):
                continue
            kept.append(e)
            covered |= mine
        chosen.extend(_without_redundant(kept, target))
    return chosen + _unordered_links([e for e in edges if not e.directed], chosen)


def _without_redundant(kept: list[Edge], target: str) -> list[Edge]:
    """The sources kept, less one whose shared text the others hold nearly all of: a paper's copy of an agency's
    story shares the quotation a rival took from the agency, and owes it to the agency, whichever ran first."""
    out = list(kept)
    for e in reversed(kept):
        if len(out) < 2:
            break
        mine = _target_tokens(e, target)
        others = set().union(*(_target_tokens(o, target) for o in out if o is not e))
        if len(mine - others) < 0.5 * max(len(mine), 1):
            out.remove(e)
    return out


def _names_outlet(text: Article, source: Article) -> bool:
    """Whether the text names the source's own outlet, not an agency's, as where its story came from or in a credit."""
    outlet = source.outlet
    if not outlet or agency(outlet) or _name_key(outlet) == _name_key(text.outlet):
        return False
    return names_as_source(text, source) or credits_name(text.text, outlet) is not None


def _unordered_links(undirected: list[Edge], directed: list[Edge]) -> list[Edge]:
    """The pairs that share text with nothing to tell which came first, less those the directed edges
    already explain (two copies of one text, or a copy and its source). Among texts that all share one
    material, each is tied to the text it shares most with (a maximum spanning forest over the directed
    edges), not to every other; a text known to be a copy comes last, as its source explains what it holds."""
    sets: DisjointSets[str] = DisjointSets()
    for e in directed:
        sets.union(e.derived, e.source)
    copies = {e.derived for e in directed}
    ranked = sorted(undirected, key=lambda e: (e.derived in copies or e.source in copies, -_weight(e),
                                                 e.derived, e.source))
    return [e for e in ranked if sets.union(e.derived, e.source)]


def _target_tokens(e: Edge, target: str) -> set[int]:
    first = e.reuse.a == target
    out: set[int] = set()
    for r in e.reuse.runs:
        out.update(range(r.a0, r.a1) if first else range(r.b0, r.b1))
    return out


def _weight(e: Edge) -> float:
    r = e.reuse
    if e.kind == "republication":
        return max(r.share_a, r.share_b)
    return min(1.0, 0.2 * r.shared_quotes + 0.05 * r.reworded + (0.2 if e.credit else 0.0))


def _topological(ids: list[str], edges: list[Edge]) -> list[str]:
    """Sources before the documents derived from them, so a copy inherits its source's relation."""
    parents: dict[str, list[str]] = {}
    for e in edges:
        parents.setdefault(e.derived, []).append(e.source)
    order: list[str] = []
    state: dict[str, int] = {}
    for start in ids:
        stack = [(start, False)]
        while stack:
            node, done = stack.pop()
            if done:
                state[node] = 2
                order.append(node)
                continue
            if state.get(node):
                continue
            state[node] = 1
            stack.append((node, True))
            stack.extend((p, False) for p in parents.get(node, []) if not state.get(p))
    return order


def relation_of(doc: Document, incoming: list[Edge], relations: dict[str, Relation],
                origins: dict[str, str | None], docs: dict[str, Document], is_source: bool,
                undecided: bool = False, outlets: dict[str, str] | None = None) -> tuple[Relation, str | None]:
    """A document's relation and origin; the first rule that applies decides. `outlets`: the run's outlets by
    their name keys, which a rewrite may name as its source."""
    art = doc.article
    own_agency = agency_authored(art)
    origin = agency(art.origin) or art.origin or own_agency or republished_from(art.text)
    if origin and _unknown_initials(origin, outlets or {}):
        origin = None  # "Source: CDC" under a story: where its figures come from, no outlet whose copy it runs
    if origin and not agency(origin) and (_own_desk(origin, art.outlet) or _on_own_site(art)):
        # "PORT ALDER, Texas (KPAL) —" on KPAL's own page tags its own reporting; "Dunmore FM News" on Dunmore FM's
        # page is its newsroom.
        origin = None
    if incoming:
        best = max(incoming, key=_weight)
        src = best.source
        src_relation, src_own = relations.get(src), agency_authored(docs[src].article)
        src_cited = agency(origins.get(src)) if src_relation in ("wire-original", "rewrite-of-wire") else None
        src_wire = (src_cited if src_relation == "wire-original" else None) or src_own
        src_agency = src_cited or src_own
        # A page that says the agency contributed to its story ("The Associated Press contributed to this report.")
        # tells its own, however much of the agency's copy it keeps.
        whole = best.kind == "republication" and not any(map(contribution, art.credits)) and (
            _share_of(best, art.id) >= REPUBLISHED or _runs_whole_source(best, origin, docs[src].article))
        if not own_agency and own_earlier(art, docs[src].article, whole):
            # The outlet's own earlier text: its story's first version, or the background a follow-up repeats.
            return "original", origin
        if whole:
            # Agency copy is made to be run: a verbatim carrier of it is still the agency's original. An outlet's
            # own words on agency reporting are the outlet's: a copy of them republishes the outlet.
            if src_wire:
                return "wire-original", src_wire
            if src_relation == "rewrite-of-wire":
                named = art.origin if not agency(art.origin) else None  # "originally published by ..."
                return "republication", named or docs[src].article.outlet or src_agency
            source = docs[src].article
            return "republication", _source_name(origin, source) or origins.get(src) or source.outlet
        if own_agency and src_agency in (None, own_agency):
            # An agency's copy that repeats earlier copy of its own (a roundup, an update) is its original.
            return "wire-original", own_agency
        if origin and not agency(origin) and republished_from(credited_text(art)) == origin:
            # The page says whose story it runs ("This article was originally published by ..."): a copy of that
            # outlet's story, whatever that story took from the source's.
            return "republication", origin
        if best.kind == "rewrite" and known_source(origin) in CARRIED_NEWSROOMS:
            # A page running a state broadcaster's story under its credit ("Read more at RT"): a copy of that story,
            # whatever agency copy the story itself retold (the edge keeps where its words came from).
            return "republication", origin
        credited = _credited(best, docs[src].article)
        # A rewrite that credits the outlet whose rewrite of agency copy it retells ("..., the Example Ledger
        # reports") is built on that outlet's story, not on the agency's.
        on_outlet = src_relation == "rewrite-of-wire" and not agency(origin) and bool(credited) and not agency(credited)
        if src_agency and not on_outlet:
            return "rewrite-of-wire", src_agency
        return "independent-rewrite", origin or credited
    if own_agency:
        return "wire-original", own_agency
    if agency(origin):
        # Cited inside the story only ("told the Associated Press"): the outlet's words on agency reporting.
        return "rewrite-of-wire", agency(origin)
    if origin and origin != art.outlet:
        # The text says it is another outlet's story ("Author: RT") and no source text is here to compare.
        return "republication", origin
    if undecided or (day_number(art.published) is None and not is_source):
        # Shares text with a document when nothing tells which came first, or carries no date at all.
        return "unknown", origin
    quoting = _has_quotes(doc, whole=True)
    if not (is_source or art.dateline or desk_byline(art) or quoting) and (cited := _cited_outlet(art, outlets or {})):
        # A writer's post that tells what another outlet of the run reported ("..., Example News reported"), quoting
        # nobody in a sentence of its own (a few words told to that outlet at most): a retelling of that story.
        return "independent-rewrite", origin or cited
    if art.dateline and not (is_source or quoting) and (cited := _cited_outlet(art, outlets or {}, len(art.body[0]))):
        # Under a dateline, a lede that gives the story as another's ("CITY — ..., the Example Ledger reported."),
        # quoting nobody in a sentence of its own: a retelling of that story.
        return "independent-rewrite", origin or cited
    if not is_source and credits_agencies(art):
        # "(With inputs from agencies)": built on agency copy it does not name, whatever dateline it gives its own.
        return "independent-rewrite", origin
    if is_source or art.dateline or (not desk_byline(art) and _has_quotes(doc)) or _transcript(doc):
        return "original", origin
    if (art.outlet and credits_name(art.text, art.outlet)) or _OWN_REPORTER.search(unquoted(art.text)):
        # People speaking to the outlet itself ("she told the Daily Post", "residents who spoke to our reporter"): its
        # own reporting.
        return "original", origin
    desk_piece = desk_byline(art) and not art.dateline
    cited = _cited_outlet(art, outlets or {}) if desk_piece else None
    if desk_piece and (not _has_quotes(doc, whole=True) or cited or _OTHER_MEDIA.search(unquoted(art.text))):
        # A desk piece with no dateline and no quotation of its own reports what others reported; a few words
        # quoted in its own sentence were lifted with it, and so were the words someone "told local media"; the
        # outlet of the run it names is its source ("..., according to The Example Star"), whatever comment it
        # gathered around that outlet's report.
        return "independent-rewrite", origin or cited
    own_words = unquoted(f"{art.title or ''}\n{art.text}")
    if len(art.body) >= _RETELLING_PARAGRAPHS and not (
            _has_quotes(doc) or _ATTRIBUTION.search(own_words) or _FIRST_PERSON.search(own_words)):
        # A signed news piece with no dateline that quotes no one and says where none of its facts come from, in no
        # voice of its own (a column's "Our"): a writer retelling what was reported, not reporting. A teaser's
        # paragraph over a paywall shows too little to tell.
        return "independent-rewrite", origin
    if not desk_byline(art):
        # Signed by a person, dated, sharing no text and crediting no one: the writer's own (a column, a feature).
        return "original", origin
    return "unknown", origin


def _unknown_initials(origin: str, outlets: dict[str, str]) -> bool:
    """Whether a credited name is initials that no list of sources knows and that spell no outlet of the run."""
    return origin.isupper() and " " not in origin and source_name(origin, strict=False) is None and not any(
        initials_of(outlet) == origin for outlet in outlets.values())


def _cited_outlet(art: Article, outlets: dict[str, str], within: int | None = None) -> str | None:
    """Another outlet of the run that the text credits ("according to The Example Star", "the Example Star
    reported"), by its masthead, by its masthead with its newsroom's words ("Example News" of "Example",
    `_same_station`) or, for a source the list knows, by another of its names ("NHK" of "NHK WORLD-JAPAN");
    `within` the text's first characters, when given."""
    own = _name_key(art.outlet)
    named = [name for name, start, _ in credits(art.text) if within is None or start < within]
    return next((outlets[key] for name in named if (key := name_key(name)) in outlets and key != own), None) or next(
        (outlet for name in named for key, outlet in outlets.items() if key != own and _same_station(name, outlet)),
        None) or next(
        (short for name in named if (short := source_name(name, strict=False))
         and any(source_name(outlet, strict=False) == short for outlet in outlets.values())
         and short != source_name(art.outlet, strict=False)), None)


def own_earlier(text: Article, source: Article, whole: bool = False) -> bool:
    """Whether the source is the same outlet's page, told by its address, or by its writers where the text is more
    than a `whole` copy: a page that carries another's story may give that story's outlet as its own ("Source: PR
    Newswire"), and a scraper's copy keeps the masthead and the byline of what it copies."""
    same_site = bool(text.url and source.url and url_host(text.url) == url_host(source.url))
    return bool(text.outlet) and _name_key(text.outlet) == _name_key(source.outlet) and (
        same_site or (not whole and bool(text.authors) and text.authors == source.authors))


def _credited(e: Edge, source: Article) -> str | None:
    """The name under which the text credits the source it rewrites ("..., The Example Herald reported")."""
    credit = e.credit
    if not credit:
        return None
    # The fullest name the credit gives: "KXYZ 7 News reported" names the station's outlet, not only its call letters.
    named = [name for name in (source.origin, source.outlet) if name and credits_name(credit, name)]
    return max(named, key=len, default=None) or next(
        (body for body in issuing_bodies(source) if statement_by(credit, body)), None)


def _own_desk(name: str, outlet: str | None) -> bool:
    """Whether the name is the outlet's own, or its desk's ("Example Post Staff"), a broadcaster's call letters or
    newsroom or service included ("KXYZ" of "KXYZ 7 News", "Dunmore FM News" of "Dunmore FM", "Example Times News
    Service"), or its initials ("CPA" of "Coastal Press Agency", the tag an agency's dateline gives on its own
    site)."""
    own = _name_key(outlet)
    return own is not None and (own in (_name_key(name), _name_key(" ".join(desk_words(name))))
                                or _same_station(name, outlet or "") or _initials_of(name, outlet or ""))


def _initials_of(short: str, name: str) -> bool:
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short.isupper() and len(short) >= 2 and short == initials


def _same_station(a: str, b: str) -> bool:
    """Whether one name is the other with a station's channel number or service words after it."""
    short, long_ = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return long_[: len(short)] == short and all(w.isdigit() or w in _STATION_WORDS for w in long_[len(short):])


def _runs_whole_source(e: Edge, origin: str | None, source: Article) -> bool:
    """A copy that holds all the text its source's page shows and names that page's outlet as where it ran: the
    story whole, of which the source's page shows only the opening (a paywall's, an excerpt's)."""
    return bool(origin) and _name_key(origin) == _name_key(source.outlet) and _share_of(e, source.id) >= CONTAIN


def _share_of(e: Edge, doc_id: str) -> float:
    return e.reuse.share_a if e.reuse.a == doc_id else e.reuse.share_b


def _transcript(doc: Document) -> bool:
    """Whether the page sets down what was said to it, speaker by speaker (an interview, a press conference): a
    record of its own, signed or not."""
    return any(q.cue == "answer" for q in doc.annotations.quotes)


def _has_quotes(doc: Document, whole: bool = False) -> bool:
    """Whether the text quotes someone; with `whole`, in a sentence of their own: a few words woven into the
    reporter's sentence ("workers were 'not against progress'") are what a desk lifts from another's story."""
    if doc.annotations.quotes:
        return any(not (whole and q.partial) for q in doc.annotations.quotes)
    return bool(find_quotes(doc.article.text))


def _derivation(e: Edge, docs: dict[str, Document], profiles: dict[str, Profile]) -> Derivation:
    r = e.reuse
    d, s = profiles[e.derived], profiles[e.source]
    flip = r.a != e.derived
    passages = []
    for run in r.runs:
        a0, a1, b0, b1 = (run.b0, run.b1, run.a0, run.a1) if flip else (run.a0, run.a1, run.b0, run.b1)
        ds, de = int(d.tokens.starts[a0]), int(d.tokens.ends[a1 - 1])
        ss, se = int(s.tokens.starts[b0]), int(s.tokens.ends[b1 - 1])
        passages.append(Passage(ds, de, ss, se, d.text[ds:de]))
    src_quotes = r.quotes_a if r.a == e.source else r.quotes_b
    quotes = [s.text[q0:q1] for q0, q1 in (s.quotes[i] for i in src_quotes)]
    share = r.share_b if flip else r.share_a
    evidence = Evidence(passages, quotes, e.credit, share, _summary(e, share, len(quotes), docs))
    return Derivation(e.derived, e.source, "republication" if e.kind == "republication" else "rewrite",
                      round(_weight(e), 3), evidence, e.directed)


def _summary(e: Edge, share: float, n_quotes: int, docs: dict[str, Document]) -> str:
    src = docs[e.source].article
    name = agency_authored(src) or src.outlet or e.source  # the copy it took, not whom that copy credits
    r = e.reuse
    if e.kind == "republication":
        n = len(r.runs)
        what = f"copies {share:.0%} of its text verbatim from {name} ({n} passage{'' if n == 1 else 's'})"
    else:
        reworded = f" and rewords {r.reworded} of its sentences" if r.reworded else ""
        what = f"keeps {n_quotes} of {name}'s quotations verbatim{reworded}"
    credit = f"; credit: \u201c{e.credit}\u201d" if e.credit else ""
    return f"{what}; {e.why}{credit}"
