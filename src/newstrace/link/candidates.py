"""Candidate pairs for reuse detection without comparing every pair of documents.

Two indexes over hashed word shingles feed the candidate list:

- MinHash LSH finds near-duplicates (republications under other boilerplate). Signatures use one
  permutation hashing with rotation densification (Shrivastava & Li 2014): each shingle is hashed once and
  falls in one of `bins` bins, so a signature costs O(shingles), not O(shingles x permutations).
- Rare-shingle postings find partial reuse (a few copied paragraphs, shared quotations) that whole-document
  similarity misses: a fixed 1/`sample` share of shingles (chosen by hash value, so two texts keep the same
  ones) is posted, and documents that share at least `min_shared` of the posted shingles that few documents
  carry (at most `max_df`) become candidates.

Documents whose publication days are both known and more than `window_days` apart are paired only as
near-duplicates: a partial copy runs within weeks of its source, while a few lines of the same wording years
apart are a stock phrase; a whole text copied is a copy whatever the dates say (an archive's republication,
or a date misread, "10/02/2026" read in the other order).

The index is incremental: `add` hashes only the documents it does not hold yet and returns the candidate
pairs that involve them (new-new and new-old); `pairs` lists them all. Pairs do not depend on the order
documents were added in, so adding a corpus in parts gives the pairs of adding it at once. It is kept
between runs per document (`rows`/`from_rows`, kept by `store.sqlite.Store`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass

import numpy as np

from newstrace.link.tokens import mix64, shingles_many, word_hashes

_EMPTY = np.uint32(0xFFFFFFFF)
_BATCH_CHARS = 1 << 21  # text hashed at once: bounds the memory of the per-letter arrays
NO_DAY = -(2**31)
INDEX_VERSION = 2  # bump when hashing or signatures change: stored rows are then recomputed


@dataclass(frozen=True)
class IndexSettings:
    shingle: int = 5
    bins: int = 64
    bands: int = 16
    sample: int = 4
    max_df: int = 64
    min_shared: int = 2
    window_days: int = 60

    @property
    def key(self) -> str:
        """What stored rows must have been computed with to be reused: the hashing and these settings."""
        return f"{INDEX_VERSION}:" + ":".join(str(v) for v in astuple(self))


class ReuseIndex:
    """Signatures and postings per document id; see the module docstring."""

    def __init__(self, settings: IndexSettings | None = None) -> None:
        self.settings = settings or IndexSettings()
        self.ids: list[str] = []
        self._pos: dict[str, int] = {}
        self.days = np.empty(0, dtype=np.int32)
        self.signatures = np.empty((0, self.settings.bins), dtype=np.uint32)
        self.post_keys = np.empty(0, dtype=np.uint64)
        self.post_docs = np.empty(0, dtype=np.int32)

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._pos

    def add(self, ids: Sequence[str], texts: Sequence[str], days: Sequence[int | None] | None = None,
            ) -> list[tuple[str, str]]:
        """Index new documents (ids already present are skipped) and return the candidate pairs that
        involve at least one of them. `days` are publication days as integers (None when unknown)."""
        days = list(days) if days is not None else [None] * len(ids)
        seen: set[str] = set(self._pos)
        keep = []
        for i, doc_id in enumerate(ids):
            if doc_id not in seen:
                seen.add(doc_id)
                keep.append(i)
        first = len(self.ids)
        for i in keep:
            self._pos[ids[i]] = len(self.ids)
            self.ids.append(ids[i])
        new_days = np.array([NO_DAY if (day := days[i]) is None else day for i in keep], dtype=np.int32)
        self.days = np.concatenate((self.days, new_days))
        sigs, keys, docs = [], [], []
        for lo, hi in _batches([len(texts[i]) for i in keep]):
            s, k, d = self._sketch([texts[i] for i in keep[lo:hi]], first + lo)
            sigs.append(s)
            keys.append(k)
            docs.append(d)
        if sigs:
            self.signatures = np.concatenate([self.signatures, *sigs])
            self.post_keys = np.concatenate([self.post_keys, *keys])
            self.post_docs = np.concatenate([self.post_docs, *docs])
        pairs = self.pairs(since=first)
        return [(self.ids[a], self.ids[b]) for a, b in pairs.tolist()]

    def pairs(self, since: int = 0) -> np.ndarray:
        """Candidate pairs (rows of two index positions, smaller first) with at least one position >=
        `since`: near-duplicates whatever their days, partial reuse within the time window where both days
        are known."""
        overlap = self.overlap_pairs(since)
        da, db = self.days[overlap[:, 0]], self.days[overlap[:, 1]]
        known = (da != NO_DAY) & (db != NO_DAY)
        near = ~known | (np.abs(da.astype(np.int64) - db) <= self.settings.window_days)
        return _unique_rows(np.concatenate((self.similar_pairs(since), overlap[near])))

    def _sketch(self, texts: list[str], first: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        st = self.settings
        grams, owner = shingles_many(*word_hashes(texts), st.shingle)
        sig = one_permutation_minhash(grams, owner, len(texts), st.bins)
        picked = (mix64(grams ^ np.uint64(0x9E3779B97F4A7C15)) % np.uint64(st.sample)) == 0
        # A shingle repeated in one text (a refrain, a doubled paragraph) is posted once for it.
        keys, docs = _distinct_postings(grams[picked], owner[picked])
        return sig, keys, (docs + first).astype(np.int32)

    def similar_pairs(self, since: int = 0) -> np.ndarray:
        """MinHash LSH pairs (near-duplicates, before the time window) with a position >= `since`."""
        st = self.settings
        n = len(self.ids)
        if n < 2:
            return np.empty((0, 2), dtype=np.int64)
        rows = st.bins // st.bands
        rank = self._order()
        out = []
        sig = self.signatures.astype(np.uint64)
        for band in range(st.bands):
            part = sig[:, band * rows:(band + 1) * rows]
            key = np.full(n, np.uint64(band), dtype=np.uint64)
            for col in range(rows):
                key = mix64(key ^ part[:, col])
            # A document with no shingles has an all-empty signature: it is nobody's near-duplicate.
            empty = (self.signatures[:, band * rows] == _EMPTY)
            key[empty] = np.arange(int(empty.sum()), dtype=np.uint64) ^ np.uint64(0xA5A5A5A5A5A5A5A5)
            members = _touching(key, since)
            out.append(_group_pairs(key[members], members, rank, st.max_df))
        pairs = _unique_rows(np.concatenate(out))
        return pairs[(pairs[:, 0] >= since) | (pairs[:, 1] >= since)]

    def overlap_pairs(self, since: int = 0) -> np.ndarray:
        """Rare-shingle pairs (partial reuse, before the time window) with a position >= `since`."""
        st = self.settings
        # Postings are kept in position order, so those of the documents from `since` on are a tail.
        picked = _touching(self.post_keys, int(np.searchsorted(self.post_docs, since)))
        pairs = _group_pairs(self.post_keys[picked], self.post_docs[picked].astype(np.int64), self._order(),
                             st.max_df, star=False)
        return _unique_rows(pairs[(pairs[:, 0] >= since) | (pairs[:, 1] >= since)], st.min_shared)

    def _order(self) -> np.ndarray:
        """Rank of each position by (day, id), undated last: which of many copies came first, the same
        whatever order the documents were added in."""
        day = self.days.astype(np.int64)
        day[day == NO_DAY] = np.iinfo(np.int64).max
        order = np.lexsort((np.array(self.ids, dtype=str), day))
        rank = np.empty(order.size, dtype=np.int64)
        rank[order] = np.arange(order.size)
        return rank

    def rows(self, start: int = 0) -> Iterator[tuple[str, int | None, bytes, bytes]]:
        """Per document from position `start` on: id, day, signature and posted shingles, as a store keeps
        them (`from_rows` reads them back)."""
        bounds = np.searchsorted(self.post_docs, np.arange(start, len(self.ids) + 1))
        for i in range(start, len(self.ids)):
            day = int(self.days[i])
            yield (self.ids[i], None if day == NO_DAY else day, self.signatures[i].tobytes(),
                   self.post_keys[bounds[i - start]:bounds[i - start + 1]].tobytes())

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, int | None, bytes, bytes]], settings: IndexSettings | None = None,
                  ) -> ReuseIndex:
        index = cls(settings)
        ids, days, sigs, posts = [], [], [], []
        for doc_id, day, sig, post in rows:
            ids.append(doc_id)
            days.append(NO_DAY if day is None else day)
            sigs.append(sig)
            posts.append(post)
        index.ids = ids
        index._pos = {d: i for i, d in enumerate(ids)}
        index.days = np.array(days, dtype=np.int32)
        index.signatures = np.frombuffer(b"".join(sigs), dtype=np.uint32).reshape(len(ids), index.settings.bins)
        index.post_keys = np.frombuffer(b"".join(posts), dtype=np.uint64)
        sizes = np.array([len(p) // 8 for p in posts], dtype=np.int64)
        index.post_docs = np.repeat(np.arange(len(ids), dtype=np.int32), sizes)
        return index


def one_permutation_minhash(grams: np.ndarray, owner: np.ndarray, n_docs: int, bins: int) -> np.ndarray:
    """(n_docs, bins) uint32 signatures: per bin the smallest hash of the document's shingles that fall in
    it; empty bins borrow from the next non-empty bin to the right (circularly), tagged with the distance so
    that borrowed values only match values borrowed the same way."""
    sig = np.full((n_docs, bins), _EMPTY, dtype=np.uint32)
    if grams.size:
        h = mix64(grams)
        b = (h >> np.uint64(58)).astype(np.int64) % bins
        value = (h & np.uint64(0xFFFFFFFE)).astype(np.uint32)  # even: never the empty marker
        np.minimum.at(sig.reshape(-1), owner * bins + b, value)
    return _densify(sig)


def _densify(sig: np.ndarray) -> np.ndarray:
    empty = sig == _EMPTY
    if not empty.any():
        return sig
    n, bins = sig.shape
    cols = np.arange(bins)
    # Index of the next non-empty bin to the right, found on the row doubled so it wraps around.
    doubled = np.concatenate((empty, empty), axis=1)
    idx = np.where(~doubled, np.arange(2 * bins), 2 * bins)
    nxt = np.minimum.accumulate(idx[:, ::-1], axis=1)[:, ::-1][:, :bins]
    has_any = ~empty.all(axis=1)
    rows = np.arange(n)[:, None]
    src = np.where(nxt < 2 * bins, nxt % bins, cols)
    dist = (nxt - cols).astype(np.uint32)
    borrowed = sig[rows, src] ^ (dist * np.uint32(0x9E3779B1) | np.uint32(1))
    out = np.where(empty & has_any[:, None], borrowed, sig)
    return out


def _group_pairs(keys: np.ndarray, members: np.ndarray, rank: np.ndarray, cap: int, star: bool = True,
                 ) -> np.ndarray:
    """Pairs of members that share a key. Groups larger than `cap` are either skipped (`star=False`: such
    a key is too common to tell anything) or tied as a star to their earliest member, since a text carried
    by many documents is best explained by its first appearance."""
    order = np.lexsort((members, keys))
    k, m = keys[order], members[order]
    if k.size < 2:
        return np.empty((0, 2), dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
    sizes = np.diff(np.concatenate((starts, [k.size])))
    group = np.repeat(np.arange(starts.size), sizes)
    big = sizes[group] > cap
    end = (starts + sizes)[group]
    out = []
    # Member i pairs with i + 1, i + 2, ... up to the end of its group; members with nobody left drop out,
    # so the work is the number of pairs, not the number of postings times the largest group.
    alive = np.flatnonzero(~big)
    for off in range(1, cap):
        alive = alive[alive + off < end[alive]]
        if alive.size == 0:
            break
        out.append(np.stack((m[alive], m[alive + off]), axis=1))
    if star and big.any():
        out.append(_star_pairs(m[big], group[big], rank))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(out)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.sort(pairs, axis=1)


def _star_pairs(members: np.ndarray, group: np.ndarray, rank: np.ndarray) -> np.ndarray:
    order = np.lexsort((rank[members], group))
    m, g = members[order], group[order]
    first = np.flatnonzero(np.concatenate(([True], g[1:] != g[:-1])))
    hub = np.repeat(m[first], np.diff(np.concatenate((first, [m.size]))))
    return np.stack((hub, m), axis=1)


def _touching(keys: np.ndarray, since: int) -> np.ndarray:
    """Indices of the entries whose key also occurs at or after index `since`: the only groups that can
    pair a new document, found without grouping the whole index."""
    if since == 0:
        return np.arange(keys.size, dtype=np.int64)
    wanted = np.unique(keys[since:])
    if wanted.size == 0:
        return np.empty(0, dtype=np.int64)
    # Keys are hashes, so their low bits index a table that rules out nearly every old key in one lookup;
    # the few left are checked exactly. np.isin would sort the whole index instead.
    mask = np.uint64((1 << min(26, max(16, (64 * wanted.size).bit_length()))) - 1)
    table = np.zeros(int(mask) + 1, dtype=bool)
    table[(wanted & mask).astype(np.intp)] = True
    maybe = np.flatnonzero(table[(keys & mask).astype(np.intp)])
    at = np.minimum(np.searchsorted(wanted, keys[maybe]), wanted.size - 1)
    return maybe[wanted[at] == keys[maybe]]


def _unique_rows(pairs: np.ndarray, min_count: int = 1) -> np.ndarray:
    """Distinct pairs (as int64 rows), keeping those listed at least `min_count` times."""
    if pairs.size == 0:
        return np.empty((0, 2), dtype=np.int64)
    n = np.int64(pairs.max() + 1)
    codes, counts = np.unique(pairs[:, 0].astype(np.int64) * n + pairs[:, 1], return_counts=True)
    codes = codes[counts >= min_count]
    return np.stack((codes // n, codes % n), axis=1)


def _distinct_postings(keys: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((keys, owners))
    k, o = keys[order], owners[order]
    fresh = np.concatenate(([True], (k[1:] != k[:-1]) | (o[1:] != o[:-1]))) if k.size else np.empty(0, bool)
    return k[fresh], o[fresh]


def _batches(lengths: list[int]) -> list[tuple[int, int]]:
    """Consecutive [lo, hi) ranges of texts holding about _BATCH_CHARS characters each (at least one text)."""
    out, lo, size = [], 0, 0
    for i, n in enumerate(lengths):
        if size and size + n > _BATCH_CHARS:
            out.append((lo, i))
            lo, size = i, 0
        size += n + 1
    if lo < len(lengths):
        out.append((lo, len(lengths)))
    return out
