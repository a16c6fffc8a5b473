"""Local alignment of two texts: the passages they share, in the manner of passim.

Anchors are word 4-grams present in both texts; anchors on one diagonal that follow each other form a run,
and runs on nearly the same diagonal separated by a few differing words (a corrected typo, a changed
name spelling) are merged into one passage. Everything works on token hashes with numpy, so a pair of
news articles aligns in well under a millisecond.

`Profile` holds what alignment and the reuse decision need about one text, computed once however many
pairs it is in: its tokens and anchors, its quotations (from the annotations when present, else found here
from quotation marks) and its sentences outside quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from newstrace.link.tokens import Tokens, shingles

ANCHOR = 4
MAX_GAP = 3
MIN_PASSAGE = 6

# Double marks, curly or straight, or two apostrophes as news archives write them; German „…“ too.
_QUOTE = re.compile(r"(?:[\u201c\u201e\u00ab\"]|''|``)([^\u201c\u201d\u201e\u00ab\u00bb\"\n]{12,}?)"
                    r"(?:[\u201d\u00bb\"]|'')|\u201e([^\u201c\u201d\u201e\u00ab\u00bb\"\n]{12,}?)\u201c")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A point inside a number ("13.9") or before a word in lower case or a figure ("Dec. 17", "Nov. 3") ends no
# sentence.
# How a house writes a sum ("13.9-trillion-yen", "¥13.9 trillion", "US$5 million", "5 million dollars") is no
# rewording: the sign, the currency's name and the hyphens go before sentences are compared.
_CURRENCIES = r"(?:US|yen|dollars?|euros?|pounds?|rupees?|yuan)\b"
_FIGURE_STYLE = re.compile(rf"[$¥€£₹]|\b{_CURRENCIES}|(?<=\d)-|-(?={_CURRENCIES})", re.IGNORECASE)
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\d|\s+[a-z\d]))+[.!?]*")


@dataclass
class Profile:
    doc_id: str
    text: str
    tokens: Tokens
    quotes: list[tuple[int, int]] = field(default_factory=list)
    in_quote: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    quote_of: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    para_of: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    anchors: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))  # 4-gram per position
    anchor_set: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))  # sorted, unique
    anchor_first: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # first position
    _sentences: list[str] | None = None
    _quote_words: list[bytes] | None = None

    @property
    def sentences(self) -> list[str]:
        """Sentences of the text with quotations removed, lower-cased: the narrative an outlet writes
        itself (sentences of six words or more)."""
        if self._sentences is None:
            text = self.text
            for s, e in reversed(self.quotes):
                text = text[:s] + " " + text[e:]
            self._sentences = [" ".join(_FIGURE_STYLE.sub(" ", s).lower().split()) for s in _SENTENCE.findall(text)
                               if len(s.split()) >= 6]
        return self._sentences

    @property
    def quote_words(self) -> list[bytes]:
        """Each quotation's word hashes in order, as bytes to search."""
        if self._quote_words is None:
            order = np.argsort(self.quote_of, kind="stable")
            cuts = np.searchsorted(self.quote_of[order], np.arange(len(self.quotes) + 1))
            self._quote_words = [self.tokens.hashes[order[lo:hi]].tobytes() for lo, hi in pairwise(cuts.tolist())]
        return self._quote_words


def find_quotes(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Character spans of the direct quotations of `text` (the quoted words, without the marks) of at least
    four words. Spans from the annotations win; quotation marks are read only when none are given."""
    if spans:
        return sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text))
    out = []
    for m in _QUOTE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if len(m.group(group).split()) >= 4:
            out.append((m.start(group), m.end(group)))
    return out


def make_profile(doc_id: str, text: str, tokens: Tokens, quote_spans: list[tuple[int, int]] | None = None,
                 ) -> Profile:
    quotes = find_quotes(text, quote_spans)
    quote_of = np.full(len(tokens), -1, dtype=np.int32)
    if quotes:
        qs = np.array(quotes, dtype=np.int64)
        k = np.searchsorted(qs[:, 0], tokens.starts, side="right") - 1
        inside = (k >= 0) & (tokens.starts < qs[np.maximum(k, 0), 1])
        quote_of = np.where(inside, k, -1).astype(np.int32)
    breaks = np.array([m.end() for m in _PARAGRAPH.finditer(text)], dtype=np.int64)
    para_of = np.searchsorted(breaks, tokens.starts, side="right").astype(np.int32)
    anchors = shingles(tokens.hashes, ANCHOR)
    anchor_set, first = np.unique(anchors, return_index=True)
    return Profile(doc_id, text, tokens, quotes, quote_of >= 0, quote_of, para_of, anchors, anchor_set, first)


def quoted_inside(a: Profile, b: Profile, fewest: int) -> tuple[list[int], list[int]]:
    """Quotations of each text too short to make a passage (`fewest` words to under MIN_PASSAGE) that run word for word
    inside a quotation of the other, and those quotations: a rewrite quotes a few words of the source's quotation
    ("members will not return 'until every naira is paid'"). Their indices in `a` and in `b`."""
    hits: tuple[set[int], set[int]] = (set(), set())
    if not (a.quotes and b.quotes):
        return [], []
    size = a.tokens.hashes.itemsize
    for short, long_, in_short, in_long in ((b, a, hits[1], hits[0]), (a, b, hits[0], hits[1])):
        for j, words in enumerate(short.quote_words):
            if fewest * size <= len(words) < MIN_PASSAGE * size:
                found = [k for k, whole in enumerate(long_.quote_words)
                         if len(whole) > len(words) and (at := whole.find(words)) >= 0 and at % size == 0]
                if found:
                    in_short.add(j)
                    in_long.update(found)
    return sorted(hits[0]), sorted(hits[1])


@dataclass
class Run:
    """Token ranges [a0, a1) and [b0, b1) holding the same words."""

    a0: int
    a1: int
    b0: int
    b1: int


def align(a: Profile, b: Profile) -> list[Run]:
    """Shared passages of at least MIN_PASSAGE words, in the order of `a`."""
    ga, ub, first = a.anchors, b.anchor_set, b.anchor_first
    if ga.size == 0 or ub.size == 0:
        return []
    pos = np.searchsorted(ub, ga)
    pos[pos == ub.size] = 0
    i = np.flatnonzero(ub[pos] == ga)
    if i.size == 0:
        return []
    j = first[pos[i]]
    # A new run starts wherever the anchor does not continue the previous one on the same diagonal.
    brk = np.concatenate(([True], (np.diff(i) != 1) | (np.diff(j) != 1)))
    starts = np.flatnonzero(brk)
    ends = np.concatenate((starts[1:], [i.size])) - 1
    runs = [Run(int(i[s]), int(i[e]) + ANCHOR, int(j[s]), int(j[e]) + ANCHOR)
            for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    return [r for r in _merge(runs) if r.a1 - r.a0 >= MIN_PASSAGE]


def _merge(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for r in runs:
        if out:
            p = out[-1]
            gap_a, gap_b = r.a0 - p.a1, r.b0 - p.b1
            if -ANCHOR < gap_a <= MAX_GAP and -ANCHOR < gap_b <= MAX_GAP and abs(gap_a - gap_b) <= 1:
                out[-1] = Run(p.a0, max(p.a1, r.a1), p.b0, max(p.b1, r.b1))
                continue
        out.append(r)
    return out


def covered_chars(tokens: Tokens, spans: list[tuple[int, int]]) -> int:
    """Characters covered by the union of token ranges (first to last character of each range)."""
    if not spans:
        return 0
    marks = np.zeros(int(tokens.ends[-1]) + 1, dtype=np.int32)
    for t0, t1 in spans:
        marks[tokens.starts[t0]] += 1
        marks[tokens.ends[t1 - 1]] -= 1
    return int((np.cumsum(marks) > 0).sum())
