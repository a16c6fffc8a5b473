"""Candidate pairs for reuse detection without comparing every pair of documents.

Two indexes over hashed word shingles feed the candidate list:

- MinHash LSH finds near-duplicates (republications under other boilerplate). Signatures use one
  permutation hashing with rotation densification (Shrivastava & Li 2014): each shingle is hashed once and
  falls in one of `bins` bins, so a signature costs O(shingles), not O(shingles x permutations).
- Rare-shingle postings find partial reuse (a few copied paragraphs, shared quotations) that whole-document
  similarity misses: a fixed 1/`sample` share of shingles (chosen by hash value, so two texts keep the same
  ones) is posted, and documents that share at least `min_shared` of the posted shingles that few documents
  carry (at most `max_df`) become candidates.

The index is persistent: `add` takes only the new documents, returns the new candidate pairs (new-new and
new-old), and `to_bytes`/`from_bytes` (or `save`/`load`) keep it between runs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newstrace.link.tokens import mix64, shingles, tokenize_many

_EMPTY = np.uint32(0xFFFFFFFF)
_BATCH = 2000
NO_DAY = -(2**31)


@dataclass(frozen=True)
class IndexSettings:
    shingle: int = 5
    bins: int = 64
    bands: int = 16
    sample: int = 4
    max_df: int = 64
    min_shared: int = 2
    window_days: int = 60


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
        new_days = np.array([NO_DAY if days[i] is None else int(days[i]) for i in keep], dtype=np.int32)
        self.days = np.concatenate((self.days, new_days))
        sigs, keys, docs = [], [], []
        for lo in range(0, len(keep), _BATCH):
            chunk = keep[lo:lo + _BATCH]
            s, k, d = self._sketch([texts[i] for i in chunk], first + lo)
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
        `since`, within the time window where both days are known."""
        both = np.concatenate((self._lsh_pairs(since), self._posting_pairs(since)))
        if both.size == 0:
            return both.reshape(0, 2)
        n = np.int64(max(len(self.ids), 1))
        codes = np.unique(both[:, 0].astype(np.int64) * n + both[:, 1])
        out = np.stack((codes // n, codes % n), axis=1)
        da, db = self.days[out[:, 0]], self.days[out[:, 1]]
        known = (da != NO_DAY) & (db != NO_DAY)
        near = ~known | (np.abs(da.astype(np.int64) - db) <= self.settings.window_days)
        return out[near]

    def _sketch(self, texts: list[str], first: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        st = self.settings
        toks = tokenize_many(texts)
        grams = [shingles(t.hashes, st.shingle) for t in toks]
        sizes = np.array([g.size for g in grams], dtype=np.int64)
        flat = np.concatenate(grams) if grams else np.empty(0, dtype=np.uint64)
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
        sig = one_permutation_minhash(flat, owner, len(texts), st.bins)
        picked = (mix64(flat ^ np.uint64(0x9E3779B97F4A7C15)) % np.uint64(st.sample)) == 0
        return sig, flat[picked], (owner[picked] + first).astype(np.int32)

    def _lsh_pairs(self, since: int) -> np.ndarray:
        st = self.settings
        n = len(self.ids)
        if n < 2:
            return np.empty((0, 2), dtype=np.int64)
        rows = st.bins // st.bands
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
            out.append(_group_pairs(key, np.arange(n, dtype=np.int64), self.days, st.max_df))
        pairs = np.concatenate(out)
        return pairs[(pairs[:, 0] >= since) | (pairs[:, 1] >= since)]

    def _posting_pairs(self, since: int) -> np.ndarray:
        st = self.settings
        pairs = _group_pairs(self.post_keys, self.post_docs.astype(np.int64), self.days, st.max_df, star=False)
        pairs = pairs[(pairs[:, 0] >= since) | (pairs[:, 1] >= since)]
        if pairs.size == 0:
            return pairs
        n = np.int64(max(len(self.ids), 1))
        codes, counts = np.unique(pairs[:, 0] * n + pairs[:, 1], return_counts=True)
        codes = codes[counts >= st.min_shared]
        return np.stack((codes // n, codes % n), axis=1)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        st = self.settings
        np.savez_compressed(
            buf, ids=np.array(self.ids, dtype=object).astype(str), days=self.days, signatures=self.signatures,
            post_keys=self.post_keys, post_docs=self.post_docs,
            settings=np.array([st.shingle, st.bins, st.bands, st.sample, st.max_df, st.min_shared,
                               st.window_days], dtype=np.int64),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ReuseIndex:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            index = cls(IndexSettings(*(int(v) for v in z["settings"])))
            index.ids = [str(v) for v in z["ids"]]
            index._pos = {d: i for i, d in enumerate(index.ids)}
            index.days = z["days"]
            index.signatures = z["signatures"]
            index.post_keys = z["post_keys"]
            index.post_docs = z["post_docs"]
        return index

    def save(self, path: str | Path) -> None:
        Path(path).write_bytes(self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> ReuseIndex:
        return cls.from_bytes(Path(path).read_bytes())


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


def _group_pairs(keys: np.ndarray, members: np.ndarray, days: np.ndarray, cap: int, star: bool = True,
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
    out = []
    small_m, small_g = m[~big], group[~big]
    for off in range(1, min(cap, int(sizes.max()))):
        same = small_g[:-off] == small_g[off:]
        if not same.any():
            break
        out.append(np.stack((small_m[:-off][same], small_m[off:][same]), axis=1))
    if star and big.any():
        out.append(_star_pairs(m[big], group[big], days))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(out)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.sort(pairs, axis=1)


def _star_pairs(members: np.ndarray, group: np.ndarray, days: np.ndarray) -> np.ndarray:
    day = days[members].astype(np.int64)
    day[day == NO_DAY] = np.iinfo(np.int64).max  # an undated copy is never taken as the first appearance
    order = np.lexsort((members, day, group))
    m, g = members[order], group[order]
    first = np.flatnonzero(np.concatenate(([True], g[1:] != g[:-1])))
    hub = np.repeat(m[first], np.diff(np.concatenate((first, [m.size]))))
    return np.stack((hub, m), axis=1)
