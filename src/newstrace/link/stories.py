"""Stories (one news event's coverage) and threads (stories of one continuing storyline).

Documents are TF-IDF vectors over their words, names weighted up (an event is told by its names), a word's
rarity counted among the documents of the same month and, where these are few, in general English usage
(see `tfidf`). Pairs to compare come from postings of each document's most telling words, so no all-pairs
comparison is made. Two documents are one story when their cosine is high and they appeared within
STORY_DAYS of each other (higher still when a date is missing, or when the period holds only a handful of
pages), or when one derives from the other; an undated page's likeness to its own outlet's pages makes no story
(see `_same_house`), nor does its likeness to reports that name other days of the week than it does (`_other_days`);
stories are the connected components. Threads join stories
whose documents are similar at a lower bar over a longer window: the same people and places in a
storyline that goes on for weeks (for months, in a handful of pages gathered on one storyline). Two
undated documents have no window: their bar rises by the story bar's margin for undated pages, or one
topic's pages chain into one thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import numpy as np
import scipy.sparse as sp
import wordfreq
from scipy.sparse.csgraph import connected_components

from newstrace.annotate.timex_grammar import WEEKDAYS
from newstrace.link.credit import day_number
from newstrace.link.tokens import Tokens, tokenize_many, word_hashes
from newstrace.models import Derivation, Document

STORY_COSINE = 0.28
UNDATED_COSINE = 0.40    # without a date, time cannot back the words: they must say more
STORY_DAYS = 2
THREAD_COSINE = 0.14
THREAD_DAYS = 60
SMALL_THREAD_DAYS = 365  # ... in a handful of pages (see SMALL_LIFT)
TOP_TERMS = 12
MAX_DF_SHARE = 0.05      # words in more than this share of documents are too common to propose pairs ...
MIN_MAX_DF = 32          # ... or than this many, if more: in a small corpus one storyline fills more pages
NAME_WEIGHT = 2.0
IDF_DAYS = 30            # the period among whose documents a word's rarity is counted ...
IDF_DOCS = 2000          # ... made longer where fewer documents than this fall in one
BACKGROUND_DOCS = 50     # general English usage counts as this many documents of every period ...
BACKGROUND_WORDS = 600   # ... each this many words long
SMALL_LIFT = 0.05        # the story bars rise by up to this much in periods of fewer than BACKGROUND_DOCS pages
_BATCH = 2000


def group_stories(documents: list[Document], derivations: list[Derivation],
                  previous: tuple[list[list[str]], list[list[str]]] | None = None,
                  ) -> tuple[list[list[str]], list[list[str]]]:
    """Stories (one news event each) and threads (stories of one storyline): partitions of the ids.

    `previous`, the stories and threads of an earlier run, are kept as they were: only pairs that involve
    a document they do not hold are compared, and the new documents join or bridge the old groups."""
    ids = [d.article.id for d in documents]
    if not ids:
        return [], []
    pos = {doc_id: i for i, doc_id in enumerate(ids)}
    days = np.array([_day(d) for d in documents], dtype=np.int64)
    matrix, period_docs = tfidf(documents, days)
    a, b = candidate_pairs(matrix)
    old_stories, old_threads = previous or ([], [])
    if previous is not None:
        known = np.zeros(len(ids), dtype=bool)
        known[[pos[i] for g in old_stories for i in g if i in pos]] = True
        touching = ~(known[a] & known[b])
        a, b = a[touching], b[touching]
    cos = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    gap = np.abs(days[a] - days[b])
    undated = (days[a] == _NO_DAY) | (days[b] == _NO_DAY)
    # In a handful of pages every name is rare, so follow-ups that share a place and its officials score
    # as high as two reports of one event: the bars rise where the background outweighs the corpus.
    lift = SMALL_LIFT * np.clip(1 - np.minimum(period_docs[a], period_docs[b]) / BACKGROUND_DOCS, 0, 1)
    story = np.where(undated, cos >= UNDATED_COSINE + lift, (cos >= STORY_COSINE + lift) & (gap <= STORY_DAYS))
    pairs = [(pos[d.derived], pos[d.source]) for d in derivations if d.derived in pos and d.source in pos]
    check = np.flatnonzero(undated & story)
    dated, kept = story & ~undated, _chains(old_stories, pos)
    story[check] = ~_same_house(documents, pairs, a[check], b[check]) & ~_other_days(
        documents, days, _stack(a[dated], b[dated], pairs, kept), a[check], b[check])
    sa, sb = _stack(a[story], b[story], pairs, kept)
    stories = _components(len(ids), sa, sb)
    # Two undated pages have no window in time to keep a storyline apart from the rest of its topic: their
    # words must say as much more as for a story.
    both_undated = (days[a] == _NO_DAY) & (days[b] == _NO_DAY)
    bar = THREAD_COSINE + np.where(both_undated, UNDATED_COSINE - STORY_COSINE, 0.0)
    # A handful of pages gathered on one storyline hold its background from months before: there the window
    # widens as the story bars rise, to a year where the background outweighs the corpus.
    window = THREAD_DAYS + (SMALL_THREAD_DAYS - THREAD_DAYS) * lift / SMALL_LIFT
    thread = (cos >= bar) & (undated | (gap <= window))
    ta, tb = _stack(np.concatenate((sa, a[thread])), np.concatenate((sb, b[thread])), _chains(old_threads, pos))
    return _groups(ids, stories), _groups(ids, _components(len(ids), ta, tb))


def _same_house(documents: list[Document], pairs: list[tuple[int, int]], a: np.ndarray, b: np.ndarray,
                ) -> np.ndarray:
    """Whether one page of each pair is the other's outlet's, or a copy of that outlet's text.

    An outlet's stories on one beat share its places, officials and ways of saying them: an undated page
    alike to its own outlet's report of an event may be the outlet's older story of the storyline, and only
    its likeness to another outlet's report tells that it is of the same event."""
    links = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    family = _components(len(documents), links[:, 0], links[:, 1]).tolist()
    outlets = [d.article.outlet or "" for d in documents]
    voices: dict[int, set[str]] = {}
    for label, outlet in zip(family, outlets, strict=True):
        voices.setdefault(label, set()).add(outlet)

    def heard(i: int, j: int) -> bool:
        return bool(outlets[i]) and outlets[i] in voices[family[j]]

    return np.array([heard(i, j) or heard(j, i) for i, j in zip(a.tolist(), b.tolist(), strict=True)], dtype=bool)


_DAY_WORD = re.compile(r"\b[A-Za-z]+day\b")


def _other_days(documents: list[Document], days: np.ndarray, links: tuple[np.ndarray, np.ndarray], a: np.ndarray,
                b: np.ndarray) -> np.ndarray:
    """Whether the two pages of each pair (one undated at least) tell of different days of the week: the days an
    undated page names, and those the dated reports linked with a dated page name (`links`: their story pairs and
    derivations), none of them the same.

    A report of an event names the day it happened as the others do ("on Saturday"); an undated page whose days are
    none of theirs ("on Monday", when the petition was filed) tells of another moment of the storyline."""
    labels = _components(len(documents), *links).tolist()
    told: dict[int, set[int]] = {}
    for i, d in enumerate(documents):
        if days[i] != _NO_DAY:
            told.setdefault(labels[i], set()).update(_weekdays(d, dated=True))

    def named(i: int) -> set[int]:
        return _weekdays(documents[i], dated=False) if days[i] == _NO_DAY else told[labels[i]]

    out = np.zeros(a.size, dtype=bool)
    for k, (i, j) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        if (first := named(i)) and (second := named(j)):
            out[k] = not first & second
    return out


def _weekdays(d: Document, dated: bool) -> set[int]:
    """The days of the week (0 = Monday) a page's time expressions name: as resolved, on a dated page, else as
    written."""
    found = set()
    for t in d.annotations.times:
        named = [WEEKDAYS[w] for m in _DAY_WORD.finditer(t.phrase) if (w := m.group().lower()) in WEEKDAYS]
        if named and dated and t.value and t.precision == "day":
            found.add(dt.date.fromisoformat(t.value).weekday())
        elif named and not dated:
            found.update(named)
    return found


def _chains(groups: list[list[str]], pos: dict[str, int]) -> list[tuple[int, int]]:
    """Pairs that tie each group's present members into one component."""
    out: list[tuple[int, int]] = []
    for g in groups:
        members = [pos[i] for i in g if i in pos]
        out.extend(pairwise(members))
    return out


def _stack(a: np.ndarray, b: np.ndarray, *more: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    extra = np.array([p for m in more for p in m], dtype=np.int64).reshape(-1, 2)
    return np.concatenate((a, extra[:, 0])), np.concatenate((b, extra[:, 1]))


_NO_DAY = -(10**6)


def _day(d: Document) -> int:
    n = day_number(d.article.published)
    return _NO_DAY if n is None else n


def tfidf(documents: Sequence[Document], days: np.ndarray | None = None) -> tuple[sp.csr_matrix, np.ndarray]:
    """L2-normalised TF-IDF rows over word hashes (title and text), names counted NAME_WEIGHT times, and
    the number of documents of each row's period.

    With publication `days`, a word's rarity is counted among the documents of the same period (IDF_DAYS,
    or longer for IDF_DOCS documents on average; undated ones: the whole corpus): how telling a name is
    depends on that season's news, not on how many years the archive spans, so the same bars hold for a
    month of pages and for a decade. General English usage joins every period as BACKGROUND_DOCS more
    documents: a handful of pages cannot tell "the" from a name, the background can, and it fades where a
    period holds many pages."""
    toks: list[Tokens] = []
    for lo in range(0, len(documents), _BATCH):
        chunk = documents[lo:lo + _BATCH]
        toks.extend(tokenize_many([f"{d.article.title or ''}\n\n{d.article.text}" for d in chunk]))
    sizes = np.array([len(t) for t in toks], dtype=np.int64)
    flat = np.concatenate([t.hashes for t in toks]) if toks else np.empty(0, dtype=np.uint64)
    caps = np.concatenate([t.caps for t in toks]) if toks else np.empty(0, dtype=bool)
    rows = np.repeat(np.arange(len(toks)), sizes)
    vocab, cols = np.unique(flat, return_inverse=True)
    weight = np.where(caps, NAME_WEIGHT, 1.0)
    counts = sp.csr_matrix((weight, (rows, cols)), shape=(len(toks), vocab.size))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=vocab.size)[counts.indices]
    n = np.full(df.size, len(toks), dtype=np.int64)
    period_docs = np.full(len(toks), len(toks), dtype=np.int64)
    if days is not None:
        dated_days = days[days != _NO_DAY]
        span = int(dated_days.max() - dated_days.min()) + 1 if dated_days.size else 1
        period = max(IDF_DAYS, -(-IDF_DOCS * span // max(dated_days.size, 1)))
        doc_period = np.where(days == _NO_DAY, -1, days // period)
        _, period_of, period_size = np.unique(doc_period, return_inverse=True, return_counts=True)
        row = np.repeat(np.arange(len(toks)), np.diff(counts.indptr))
        code = period_of[row].astype(np.int64) * np.int64(vocab.size) + counts.indices
        _, where, local_df = np.unique(code, return_inverse=True, return_counts=True)
        dated = doc_period[row] != -1
        df[dated] = local_df[where][dated]
        n[dated] = period_size[period_of[row]][dated]
        period_docs = np.where(doc_period == -1, len(toks), period_size[period_of])
    share = BACKGROUND_DOCS * _background_share(vocab)[counts.indices]
    idf = np.log((1 + n + BACKGROUND_DOCS) / (1 + df + share)) + 1.0
    counts.data = (1.0 + np.log(counts.data)) * idf
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ counts), period_docs


def _background_share(vocab: np.ndarray) -> np.ndarray:
    """The share of general English documents that hold each word hash (0 for words it lacks: names)."""
    hashes, shares = _background()
    at = np.minimum(np.searchsorted(hashes, vocab), hashes.size - 1)
    return np.where(hashes[at] == vocab, shares[at], 0.0)


@cache
def _background() -> tuple[np.ndarray, np.ndarray]:
    """Sorted hashes of the words of wordfreq's English list that are one token here (bundled data, read
    once), and the share of BACKGROUND_WORDS-word documents expected to hold each (Poisson)."""
    freq = wordfreq.get_frequency_dict("en")
    words = list(freq)
    hashes, counts = word_hashes(words)
    single = counts == 1
    first = np.cumsum(counts) - counts
    share = -np.expm1(-BACKGROUND_WORDS * np.array([freq[w] for w in words]))
    order = np.argsort(hashes[first[single]], kind="stable")
    return hashes[first[single]][order], share[single][order]


def candidate_pairs(matrix: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Document pairs that share at least two of their TOP_TERMS heaviest words (rare words only)."""
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    max_df = max(MIN_MAX_DF, int(MAX_DF_SHARE * n))
    terms, owners = [], []
    for i in range(n):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        idx, val = matrix.indices[lo:hi], matrix.data[lo:hi]
        ok = (df[idx] >= 2) & (df[idx] <= max_df)
        idx, val = idx[ok], val[ok]
        top = idx[np.argsort(-val)[:TOP_TERMS]]
        terms.append(top)
        owners.append(np.full(top.size, i, dtype=np.int64))
    term = np.concatenate(terms) if terms else np.empty(0, dtype=np.int64)
    owner = np.concatenate(owners) if owners else np.empty(0, dtype=np.int64)
    order = np.lexsort((owner, term))
    term, owner = term[order], owner[order]
    pairs = []
    for off in range(1, max_df):
        same = term[:-off] == term[off:]
        if not same.any():
            break
        pairs.append(owner[:-off][same] * n + owner[off:][same])
    if not pairs:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    codes, counts = np.unique(np.concatenate(pairs), return_counts=True)
    codes = codes[counts >= 2]
    return codes // n, codes % n


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    graph = sp.coo_matrix((np.ones(a.size, dtype=np.int8), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _groups(ids: list[str], labels: np.ndarray) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for doc_id, label in zip(ids, labels.tolist(), strict=True):
        groups.setdefault(label, []).append(doc_id)
    return list(groups.values())
