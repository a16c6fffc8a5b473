"""Word tokens as stable 64-bit hashes with character offsets, computed for many texts at once.

Reuse detection hashes tens of millions of words; a Python loop per word would dominate the run, so the
texts of a batch are joined and hashed with numpy: a polynomial hash over code points, taken from prefix
sums modulo 2**64 (the base is odd, hence invertible), then mixed with splitmix64. Hashes are stable across
processes and machines, so signatures can be saved and compared with signatures computed later.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_BASE = np.uint64(0x100000001B3)
# Longer "words" (URLs, hashes) are hashed on their first letters and their length.
_MAX_WORD = 32
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
    """Tokens of each text. Words are runs of letters and digits, lower-cased (ASCII folding only, so that
    offsets stay exact); apostrophes and quotation marks split words the same way in every text."""
    if not texts:
        return []
    joined = "\x00".join(texts)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    cps = np.minimum(cps, _TABLE_SIZE - 1)  # astral characters all read as one "letter": rare, harmless
    word = _IS_WORD[cps]
    lowered = _LOWER[cps]
    capital = lowered != cps
    cps = lowered
    starts = np.flatnonzero(word[1:] & ~word[:-1]) + 1
    ends = np.flatnonzero(word[:-1] & ~word[1:]) + 1
    if word.size and word[0]:
        starts = np.concatenate(([0], starts))
    if word.size and word[-1]:
        ends = np.concatenate((ends, [word.size]))
    hashes = _span_hashes(cps, starts, ends)
    bounds = np.cumsum([len(t) + 1 for t in texts])
    offsets = np.concatenate(([0], bounds[:-1]))
    cut = np.searchsorted(starts, bounds)
    doc = np.repeat(np.arange(len(texts)), np.diff(np.concatenate(([0], cut))))
    local_starts = (starts - offsets[doc]).astype(np.int32)
    local_ends = (ends - offsets[doc]).astype(np.int32)
    caps = capital[starts]
    out, lo = [], 0
    for hi in cut.tolist():
        out.append(Tokens(hashes[lo:hi], local_starts[lo:hi], local_ends[lo:hi], caps[lo:hi]))
        lo = hi
    return out


def _span_hashes(cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Horner's rule over all words at once: step k adds the k-th letter of every word that long. Words are
    visited longest first so that the words still growing are always a prefix of the arrays."""
    lengths = np.minimum(ends - starts, _MAX_WORD)
    order = np.argsort(-lengths, kind="stable")
    pos = starts[order]
    left = lengths[order]
    acc = np.zeros(order.size, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(int(left[0]) if left.size else 0):
            live = int(np.searchsorted(-left, -k, side="left"))
            acc[:live] = acc[:live] * _BASE + cps[pos[:live] + k].astype(np.uint64) + np.uint64(1)
        out = np.empty_like(acc)
        out[order] = mix64(acc + (ends - starts)[order].astype(np.uint64))
    return out


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
