"""The dated timeline of a corpus: one event per happening and date, listing every document that reports it.

Each resolved date an article names anchors the clause around it (`TimeExpr.event`). Clauses of the same
date are the same happening when they share a distinctive word, as a copy desk reconciles two reports: the
person or group acting ("Varga said on Tuesday …" and "in a post late Tuesday, Varga …"), or what happened
("curfew"). Words that most dated clauses of the corpus use (the story's country) tell nothing, and a year is
long enough for two unrelated things to share a word, so it needs two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from newstrace.annotate.quotes_marks import CLOSE_MARKS, DOUBLED, DOUBLED_OPEN, OPEN_MARKS, STRAIGHT
from newstrace.languages import STOPWORDS
from newstrace.link.disjoint import DisjointSets
from newstrace.models import Derivation, Document, Precision, TimeExpr, TimelineEvent, Unresolvable

# Distinctive words two clauses must share to be one happening, by the precision of their common date.
_SHARED_NEEDED: dict[str, int] = {"day": 1, "month": 1, "year": 2}
# Words of any news clause: sharing them says nothing about the happening.
_GENERIC = frozenset({
    "told", "reporters", "official", "officials", "government", "statement", "people", "country", "countries",
    "percent", "week", "weeks", "month", "months", "year", "years", "day", "days", "time", "news", "according",
    "including", "new", "first", "last", "one", "two", "three", "since", "earlier", "later", "early", "late",
})
_WORD_MATCH = 85.0  # rapidfuzz ratio at which two words are one ("post" / "posts", a typo)
_WORD = re.compile(r"[^\W\d_](?:[\w'.-]*\w)?")
_NO_DATE = "the relative date could not be resolved"
_QUOTE_MARKS = (*OPEN_MARKS, *CLOSE_MARKS, STRAIGHT, DOUBLED, DOUBLED_OPEN)


@dataclass
class _Clause:
    """One dated clause of one document, with its content words."""

    doc: str
    date: str
    precision: Precision | None
    phrase: str
    what: str
    words: frozenset[str]


def build_timeline(documents: list[Document], derivations: Iterable[Derivation] = ()) -> tuple[
        list[TimelineEvent], list[Unresolvable]]:
    """Dated events merged across documents, and the relative dates that could not be resolved. A page derived from
    another (`derivations`) retells its source's happenings in its own words."""
    clauses: list[_Clause] = []
    unresolvable: list[Unresolvable] = []
    for document in documents:
        for time in document.annotations.times:
            if time.value is None:
                unresolvable.append(Unresolvable(document.article.id, time.phrase, time.why or _NO_DATE))
            else:
                clauses.append(_clause(document, time))
    events = [_event(group) for group in _retold(_merge(clauses), derivations)]
    events.sort(key=lambda e: (e.date, e.in_))
    return events, _unique(unresolvable)


def _clause(document: Document, time: TimeExpr) -> _Clause:
    stops = STOPWORDS.get(document.article.language or "en", STOPWORDS["en"]) | _GENERIC
    what = time.event or time.phrase
    words = (w.lower().strip("'.") for w in _WORD.findall(what.replace(time.phrase, " ").replace("’", "'")))
    content = frozenset(w for w in words if len(w) > 2 and w not in stops)
    return _Clause(document.article.id, time.value or "", time.precision, time.phrase, what, content)


def _merge(clauses: list[_Clause]) -> list[list[_Clause]]:
    """Single-link groups of same-date clauses that share enough distinctive words."""
    distinctive = _distinctive(clauses)
    by_date: dict[str, list[_Clause]] = {}
    for clause in clauses:
        by_date.setdefault(clause.date, []).append(clause)
    return [group for same_date in by_date.values() for group in _link(same_date, distinctive)]


def _retold(groups: list[list[_Clause]], derivations: Iterable[Derivation]) -> list[list[_Clause]]:
    """Join a derived page's one happening of a day to its source's one happening of that day, though the two
    clauses share no word ("Reading the judgment on Friday, Judge X said" of "the court on Friday annulled ..."):
    the rewrite tells its source's story."""
    sets: DisjointSets[int] = DisjointSets()
    at: dict[tuple[str, str], set[int]] = {}
    for n, group in enumerate(groups):
        for clause in group:
            if clause.precision == "day":
                at.setdefault((clause.doc, clause.date), set()).add(n)
    by_doc: dict[str, list[str]] = {}
    for doc, day in at:
        by_doc.setdefault(doc, []).append(day)
    for edge in derivations:
        for day in by_doc.get(edge.derived, ()):
            mine, theirs = at[(edge.derived, day)], at.get((edge.source, day), set())
            if len(mine) == 1 and len(theirs) == 1:
                sets.union(next(iter(mine)), next(iter(theirs)))
    return [[c for n in members for c in groups[n]] for members in sets.groups(range(len(groups)))]


def _link(clauses: list[_Clause], distinctive: set[str]) -> list[list[_Clause]]:
    """Union-find over clauses of one date, joining each pair that shares enough distinctive words. Only
    pairs that share a word's key (or their whole clause) are compared: a year's clauses in a large corpus
    are too many to compare all with all."""
    sets: DisjointSets[int] = DisjointSets()
    postings: dict[str, list[int]] = {}
    same_what: dict[str, list[int]] = {}
    for i, clause in enumerate(clauses):
        for key in {_key(w) for w in clause.words}:
            postings.setdefault(key, []).append(i)
        same_what.setdefault(clause.what, []).append(i)
    for i, a in enumerate(clauses):
        needed = _SHARED_NEEDED.get(a.precision or "year", 2)
        candidates = {j for w in a.words & distinctive for j in postings[_key(w)] if j > i}
        candidates.update(j for j in same_what[a.what] if j > i)
        for j in sorted(candidates):
            if _shared(a, clauses[j], distinctive) >= needed:
                sets.union(j, i)
    return [[clauses[i] for i in group] for group in sets.groups(range(len(clauses)))]


def _key(word: str) -> str:
    """What two words that `_same_word` may match have in common: their first three letters when both are
    long enough for a fuzzy match, else the word itself, without a possessive's "'s"."""
    word = word.removesuffix("'s")
    return word[:3] + "…" if len(word) >= 4 else word


def _distinctive(clauses: list[_Clause]) -> set[str]:
    """Words that at most half the dated clauses use: the story's ever-present names are not among them. A
    sentence that dates three things ("seized power in 2020 and again in 2021, promising ... by March 2024")
    counts once."""
    sentences = {(c.doc, c.what): c.words for c in clauses}
    counts = Counter(w for words in sentences.values() for w in words)
    limit = max(2, len(sentences) // 2)
    return {w for w, k in counts.items() if k <= limit}


def _shared(a: _Clause, b: _Clause, distinctive: set[str]) -> int:
    if a.what == b.what:
        return len(a.words) + 1
    return min(_found(a.words & distinctive, b.words), _found(b.words & distinctive, a.words))


def _found(words: set[str] | frozenset[str], among: frozenset[str]) -> int:
    return sum(1 for w in words if any(_same_word(w, v) for v in among))


def _same_word(a: str, b: str) -> bool:
    """One word, also as a possessive ("the ABC's program" / "ABC radio"), or one a letter or two apart."""
    return a == b or a.removesuffix("'s") == b.removesuffix("'s") or (
        min(len(a), len(b)) >= 4 and a[:3] == b[:3] and fuzz.ratio(a, b) >= _WORD_MATCH)


def _event(group: list[_Clause]) -> TimelineEvent:
    """The group as one event, worded by the clause that shares most words with the others (the sum, over
    its words, of the other clauses that use each), the shorter of two that share as much. A clause that
    quotes words it only when every clause does: what someone said is not what happened."""
    uses = Counter(w for c in group for w in c.words)
    what = min(group, key=lambda c: (any(mark in c.what for mark in _QUOTE_MARKS),
                                     -sum(uses[w] - 1 for w in c.words), len(c.what))).what
    docs = list(dict.fromkeys(c.doc for c in group))
    phrases = list(dict.fromkeys(c.phrase for c in group))
    return TimelineEvent(date=group[0].date, what=what, in_=docs, phrases=phrases, precision=group[0].precision)


def _unique(items: list[Unresolvable]) -> list[Unresolvable]:
    return list({(u.doc, u.phrase.lower(), u.why): u for u in items}.values())
