"""Word tokens as stable 64-bit hashes with character offsets, computed for many texts at once.

Reuse detection hashes tens of millions of words; a Python loop per word would dominate the run, so the
texts of a batch are joined and hashed with numpy: a polynomial hash over code points, taken from prefix
sums modulo 2**64 (the base is odd, hence invertible, so a word's sum is shifted back to its own first
letter), then mixed with splitmix64. Hashes are stable across processes and machines, so signatures can be
saved and compared with signatures computed later.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_BASE = 0x100000001B3
_BASE_INV = pow(_BASE, -1, 2**64)
_TABLE_SIZE = 0x10000


def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point of the Basic Multilingual Plane: is it part of a word, and its lower case (kept only
    where lower-casing maps one character to one, so offsets never move)."""
    chars = [chr(c) for c in range(_TABLE_SIZE)]
    is_word = np.array([ch.isalnum() for ch in chars], dtype=bool)
    lower = np.array([ord(lo) if len(lo := ch.lower()) == 1 else ord(ch) for ch in chars], dtype=np.uint32)
    return is_word, lower


_IS_WORD, _LOWER = _tables()


@dataclass
class Tokens:
    """The words of one text: hash, start and end character offsets (numpy arrays of equal length)."""

    hashes: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    caps: np.ndarray  # the word starts with a capital letter (names, sentence starts)

    def __len__(self) -> int:
        return int(self.hashes.size)


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the whole word (uint64 in, uint64 out)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def tokenize_many(texts: list[str]) -> list[Tokens]:
    """Tokens of each text. Words are runs of letters and digits, lower-cased (one-to-one case mappings
    only, so that offsets stay exact); apostrophes and quotation marks split words the same way in every
    text."""
    if not texts:
        return []
    hashes, starts, ends, caps, counts = _tokenize_joined(texts)
    bounds = np.cumsum([len(t) + 1 for t in texts])
    offsets = np.concatenate(([0], bounds[:-1]))
    doc = np.repeat(np.arange(len(texts)), counts)
    local_starts = (starts - offsets[doc]).astype(np.int32)
    local_ends = (ends - offsets[doc]).astype(np.int32)
    out, lo = [], 0
    for hi in np.cumsum(counts).tolist():
        out.append(Tokens(hashes[lo:hi], local_starts[lo:hi], local_ends[lo:hi], caps[lo:hi]))
        lo = hi
    return out


def word_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The word hashes of all texts end to end, and the number of words of each text (the same hashes as
    `tokenize_many`, without splitting them per text)."""
    if not texts:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    hashes, _, _, _, counts = _tokenize_joined(texts)
    return hashes, counts


def _tokenize_joined(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Hashes, start and end offsets in the joined texts, capital flags, and word counts per text."""
    joined = "\x00".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    # Astral characters all read as one "letter": rare, harmless. Indexing with intp spares numpy a
    # conversion of the index array per table.
    cps = np.minimum(cps, _TABLE_SIZE - 1).astype(np.intp)
    word = _IS_WORD[cps]
    lowered = _LOWER[cps]
    starts = np.flatnonzero(word[1:] & ~word[:-1]) + 1
    ends = np.flatnonzero(word[:-1] & ~word[1:]) + 1
    if word.size and word[0]:
        starts = np.concatenate(([0], starts))
    if word.size and word[-1]:
        ends = np.concatenate((ends, [word.size]))
    hashes = _span_hashes(lowered, starts, ends)
    bounds = np.cumsum([len(t) + 1 for t in texts])
    counts = np.diff(np.concatenate(([0], np.searchsorted(starts, bounds))))
    return hashes, starts, ends, lowered[starts] != cps[starts], counts


def _span_hashes(cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """sum(c_k * BASE**k) over each word's letters, from one prefix sum over the joined text: the sum between
    a word's ends, times BASE**-start, so equal words hash equally wherever they stand."""
    n = cps.size
    powers, inverse = _powers(n + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum((cps.astype(np.uint64) + np.uint64(1)) * powers[:n], out=prefix[1:])
        raw = (prefix[ends] - prefix[starts]) * inverse[starts]
        return mix64(raw + (ends - starts).astype(np.uint64))


_POWERS: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**k and BASE**-k modulo 2**64 for k < n, kept between calls (grown by doubling)."""
    if not _POWERS or _POWERS[0].size < n:
        size = max(n, 2 * _POWERS[0].size if _POWERS else 1 << 16)
        with np.errstate(over="ignore"):
            out = []
            for base in (_BASE, _BASE_INV):
                p = np.full(size, base, dtype=np.uint64)
                p[0] = 1
                out.append(np.cumprod(p))
        _POWERS[:] = out
    return _POWERS[0], _POWERS[1]


def tokenize(text: str) -> Tokens:
    return tokenize_many([text])[0]


def shingles(hashes: np.ndarray, size: int) -> np.ndarray:
    """Hashes of every run of `size` consecutive words (one per start position; empty if too short)."""
    n = hashes.size - size + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    acc = hashes[:n].copy()
    with np.errstate(over="ignore"):
        for k in range(1, size):
            acc = mix64(acc ^ (hashes[k:k + n] + np.uint64(k)))
    return acc


def shingles_many(hashes: np.ndarray, counts: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """`shingles` of texts laid end to end (`word_hashes`): the shingle hashes and, for each, the index of
    its text. Runs that straddle two texts are dropped."""
    grams = shingles(hashes, size)
    owner = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
    keep = owner[:grams.size] == owner[size - 1:]
    return grams[keep], owner[:grams.size][keep]
