"""Stories (one news event's coverage) and threads (stories of one continuing storyline).

Documents are TF-IDF vectors over their words, names weighted up (an event is told by its names). Pairs to
compare come from postings of each document's most telling words, so no all-pairs comparison is made.
Two documents are one story when their cosine is high and they appeared within STORY_DAYS of each other
(or a date is missing), or when one derives from the other; stories are the connected components. Threads
join stories whose documents are similar at a lower bar over a longer window: the same people and places
in a storyline that goes on for weeks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from newstrace.link.credit import day_number
from newstrace.link.tokens import Tokens, tokenize_many
from newstrace.models import Derivation, Document

STORY_COSINE = 0.30
STORY_DAYS = 3
THREAD_COSINE = 0.14
THREAD_DAYS = 60
TOP_TERMS = 12
MAX_DF_SHARE = 0.05      # words in more than this share of documents are too common to propose pairs
NAME_WEIGHT = 2.0
_BATCH = 2000


def group_stories(documents: list[Document], derivations: list[Derivation],
                  ) -> tuple[list[list[str]], list[list[str]]]:
    """Stories (one news event each) and threads (stories of one storyline): partitions of the ids."""
    ids = [d.article.id for d in documents]
    if not ids:
        return [], []
    matrix = tfidf(documents)
    days = np.array([_day(d) for d in documents], dtype=np.int64)
    a, b = candidate_pairs(matrix)
    cos = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    gap = np.abs(days[a] - days[b])
    undated = (days[a] == _NO_DAY) | (days[b] == _NO_DAY)
    story = (cos >= STORY_COSINE) & (undated | (gap <= STORY_DAYS))
    pos = {doc_id: i for i, doc_id in enumerate(ids)}
    da = [pos[d.derived] for d in derivations if d.derived in pos and d.source in pos]
    db = [pos[d.source] for d in derivations if d.derived in pos and d.source in pos]
    sa = np.concatenate((a[story], np.array(da, dtype=np.int64)))
    sb = np.concatenate((b[story], np.array(db, dtype=np.int64)))
    stories = _components(len(ids), sa, sb)
    thread = (cos >= THREAD_COSINE) & (undated | (gap <= THREAD_DAYS))
    threads = _components(len(ids), np.concatenate((sa, a[thread])), np.concatenate((sb, b[thread])))
    return _groups(ids, stories), _groups(ids, threads)


_NO_DAY = -(10**6)


def _day(d: Document) -> int:
    n = day_number(d.article.published)
    return _NO_DAY if n is None else n


def tfidf(documents: Sequence[Document]) -> sp.csr_matrix:
    """L2-normalised TF-IDF rows over word hashes (title and text), names counted NAME_WEIGHT times."""
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
    df = np.bincount(counts.indices, minlength=vocab.size)
    idf = np.log((1 + len(toks)) / (1 + df)) + 1.0
    counts.data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ counts)


def candidate_pairs(matrix: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Document pairs that share at least two of their TOP_TERMS heaviest words (rare words only)."""
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    max_df = max(8, int(MAX_DF_SHARE * n))
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
