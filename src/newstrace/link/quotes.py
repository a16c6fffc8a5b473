"""Quotation provenance: one entry per quotation across the corpus, with every document that carries it.

Outlets trim a quotation (cut its tail, or the few words that lead into it) and lightly edit it (curly
or straight marks, "U.S." for "US", a word dropped), so two quotations are one when the shorter is nearly
all found at the start of the longer: rapidfuzz's `partial_ratio_alignment` over normalised words. An
excerpt from further on is the same quotation when it runs word for word for a sentence's worth (an outlet quoting
from the speaker's second clause); edited, it is another passage (a second post that says it again).
Candidates are the pairs that share a word trigram, so the corpus is never compared all against all. The speaker of an
entry is the fullest form of the name its documents give ("Ruiz" -> "Ana Ruiz"). Its first carrier is the earliest
by publication time; where times do not tell, the one the others copy, naming it (`first_by_copying`, once the
derivations are known).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from newstrace.annotate.entities import NAME_PARTICLES, father_surname
from newstrace.annotate.quotes_names import EPITHETS, TITLES
from newstrace.link.credit import agency_authored, credits_name, day_number, runs_agency_copy, statement_by
from newstrace.link.derive import issuing_bodies, names_as_source, on_agency_site, own_earlier
from newstrace.link.disjoint import DisjointSets
from newstrace.models import Article, Derivation, Document, Entity, QuoteEntry
from newstrace.sources import agency

SAME = 90.0       # partial_ratio at which the shorter quotation is the longer one, trimmed or lightly edited
MIN_WORDS = 4     # a shorter quotation is a phrase every outlet may quote on its own ("a grave threat")
LEAD_IN = 24      # characters an outlet may cut from a quotation's start ("The U.S. commends" -> "commends")
LATER_PART_WORDS = 8  # words of a quotation that make it the same as a longer one wherever it starts in it
DISTINCT_ZIPF = 4.5  # a word rarer than this makes a phrase someone's ("reopen" 3.4), not everyone's ("takes" 5.2)
GRAM = 3
_NAME_JOINERS = NAME_PARTICLES | {"of", "the", "and", "for"}  # small words of names ("Bank of England", "bin Salman")
# An ellipsis where an outlet left words out of a quotation: "[...]", "(...)", "..." or "…".
_ELLIPSIS = re.compile(r"[\[(]?(?:\.\s?\.\s?\.|…)[\])]?")


@dataclass
class _Carried:
    doc: str
    published: str | None
    at: dt.datetime | None  # the time of day in a named zone, which orders two carriers of one day
    text: str
    speaker: str | None
    words: list[str]
    parts: list[list[str]]  # the words of each excerpt, where an ellipsis marks words left out ("... [...] ...")
    outlet: str | None
    wire: str | None  # the agency whose copy the article runs
    span: tuple[int, int]  # where it stands in its article's text, whose paragraph may say whom it was told to


def quote_provenance(documents: list[Document]) -> list[QuoteEntry]:
    """One entry per quotation across the corpus, with every document carrying it and the first."""
    carried = [
        _Carried(d.article.id, d.article.published, _zoned(d.article.published_at), q.text, q.speaker,
                 _words(q.text), [words for part in _ELLIPSIS.split(q.text) if (words := _words(part))],
                 d.article.outlet, agency_authored(d.article), (q.start, q.end))
        for d in documents for q in d.annotations.quotes
    ]
    carried = [c for c in carried if c.words]
    groups = _groups(carried)
    names = _corpus_names(c.speaker for c in carried)
    texts = {d.article.id: d.article.text for d in documents}
    entries = [_entry(members, names, texts) for members in groups]
    return sorted(entries, key=lambda e: (-len(e.in_), e.first or "", e.text))


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    return re.findall(r"\w+(?:'\w+)?", folded)


def _same(a: _Carried, b: _Carried) -> bool:
    short, long_ = sorted((a, b), key=lambda c: len(c.words))
    if len(short.words) < MIN_WORDS and short.words != long_.words:
        return False
    # A few words a described speaker says ("Make America Great Again." on "their friends"' hats) are as likely
    # anyone's: a described speaker agrees with another only over a sentence's worth.
    if not _speakers_agree(a.speaker, b.speaker, described=len(short.words) >= LATER_PART_WORDS):
        return False
    if len(short.parts) > 1:
        return _excerpts_of(short.parts, " ".join(long_.words))
    found = fuzz.partial_ratio_alignment(" ".join(short.words), " ".join(long_.words))
    if found is None or found.score < SAME:
        return False
    # Cut further in, a phrase is another use of the speaker's words, and edited words another statement (a second
    # post that says it again); a sentence's worth word for word is the quotation run from a later sentence or
    # clause on ("We are ready to discuss ..." of "We expect ... and we are ready to discuss ..."), and so are a few
    # words word for word that both outlets give to one person by name, when a word of them is the speaker's own
    # ("reopen one lane by evening", of "We expect to reopen one lane by evening," said Yerlan Bekmukhanov; not "as
    # long as it takes", which anyone says any day).
    later = len(short.words) >= LATER_PART_WORDS or (_named_alike(a.speaker, b.speaker) and min(
        zipf_frequency(word, "en") for word in short.words) < DISTINCT_ZIPF)
    return found.dest_start <= LEAD_IN or (later and _runs_in(short.words, long_.words))


def _excerpts_of(parts: list[list[str]], whole: str) -> bool:
    """Whether excerpts of a quotation, the words between them left out, are found in the longer one in their order,
    the first at its start."""
    at = 0
    for k, part in enumerate(parts):
        found = fuzz.partial_ratio_alignment(" ".join(part), whole[at:])
        if found is None or found.score < SAME or (k == 0 and found.dest_start > LEAD_IN):
            return False
        at += found.dest_end
    return True


def _runs_in(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    return any(long_[k:k + n] == short for k in range(len(long_) - n + 1))


def _speakers_agree(a: str | None, b: str | None, described: bool = True) -> bool:
    """Two outlets may name a quotation's speaker differently, or one may not name them; they never give
    it to two different surnames. A speaker `described` ("the Nigerian president") may be the one another
    names."""
    if not a or not b or (described and (_described(a) or _described(b))):
        return True
    # The same words in either order are one name: "Kurosawa Yuki" (family name first, as Japan's broadcaster
    # writes it) and "Yuki Kurosawa".
    return _surname(a) == _surname(b) or a.casefold() in b.casefold() or b.casefold() in a.casefold() or (
        sorted(a.casefold().split()) == sorted(b.casefold().split()))


def _named_alike(a: str | None, b: str | None) -> bool:
    return bool(a and b) and not _described(a or "") and not _described(b or "") and _speakers_agree(a, b)


def _described(speaker: str) -> bool:
    """A speaker described, not named ("the Nigerian president", "The head of the union"): a word in small letters
    that no name holds."""
    return any(w[:1].islower() and w not in _NAME_JOINERS for w in speaker.split())


def _surname(name: str) -> str:
    """The last word, without an article joined to it by a hyphen: "El-Sayed" and "Al Sayed" are one family name."""
    last = name.split()[-1].casefold()
    article, _, rest = last.partition("-")
    return rest if rest and article in NAME_PARTICLES else last


def _groups(carried: list[_Carried]) -> list[list[_Carried]]:
    """Quotations that are one quotation, pair by pair. Two groups join only when their longest quotations
    are one too and no speaker of one disagrees with a speaker of the other: a slogan quoted alone ("make
    America great again") is part of many different longer quotations, and an unnamed speaker agrees with
    every named one, so a chain through either would join quotations of different people."""
    sets: DisjointSets[int] = DisjointSets()
    longest = list(range(len(carried)))  # by group root
    speakers: dict[int, set[str]] = {i: {c.speaker} if c.speaker else set() for i, c in enumerate(carried)}
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(carried):
        for gram in {tuple(c.words[k:k + GRAM]) for k in range(max(1, len(c.words) - GRAM + 1))}:
            postings[gram].append(i)
    tried: set[tuple[int, int]] = set()
    for ids in postings.values():
        for x, i in enumerate(ids):
            for j in ids[x + 1:]:
                ri, rj = sets.find(i), sets.find(j)
                if (i, j) in tried or ri == rj:
                    continue
                tried.add((i, j))
                if _same(carried[i], carried[j]) and _groups_agree(carried, (longest[ri], speakers[ri]),
                                                                   (longest[rj], speakers[rj])):
                    sets.union(j, i)
                    root = sets.find(i)
                    longest[root] = max(longest[ri], longest[rj], key=lambda k: len(carried[k].words))
                    speakers[root] = speakers[ri] | speakers[rj]
    return [[carried[i] for i in group] for group in sets.groups(range(len(carried)))]


def _groups_agree(carried: list[_Carried], a: tuple[int, set[str]], b: tuple[int, set[str]]) -> bool:
    (longest_a, named_a), (longest_b, named_b) = a, b
    if longest_a != longest_b and not _same(carried[longest_a], carried[longest_b]):
        return False
    return all(_speakers_agree(x, y) for x in named_a for y in named_b)


def _corpus_names(speakers: Iterable[str | None]) -> dict[str, str]:
    """Each speaker name as the fullest name of the corpus that ends with its surname and holds all its
    words; a surname that two full names share ("Smith": "Ann Smith", "Bob Smith") is left as it is."""
    names = {s for s in speakers if s}
    fullest: dict[str, str] = {}
    for name in names:
        words = set(name.split())
        longer = {o for o in names if _surname(o) == _surname(name) and words <= set(o.split())}
        widest = max(longer, key=lambda o: (len(o.split()), len(o)))
        rivals = {o for o in longer if not set(o.split()) <= set(widest.split())}
        fullest[name] = name if rivals else widest
    return fullest


def _entry(members: list[_Carried], names: dict[str, str], texts: dict[str, str]) -> QuoteEntry:
    docs = sorted({m.doc for m in members})
    said = [names.get(m.speaker, m.speaker) for m in members if m.speaker]
    # One outlet calls the speaker by the father's family name that another gives in full ("Vichot": "Rolando
    # Vichot Almeida"): the same person, where the two carry the same words.
    votes = Counter(next((o for o in said if father_surname(s, o)), s) for s in said)
    speaker = max(votes, key=lambda s: (not _described(s), votes[s], len(s))) if votes else None
    text = max(members, key=lambda m: (len(m.words), m.doc)).text
    return QuoteEntry(speaker=speaker, text=text, in_=docs, first=_first(members) or _told_to(members, texts))


def _told_to(members: list[_Carried], texts: dict[str, str]) -> str | None:
    """The one carrier whose outlet another carrier says the words were said to ("..., told BBC Sport" of BBC's own
    page), or that runs the copy of the agency it says they were said to ("..., told AFP" in AFP's story): they ran
    there first, whatever the dates cannot tell."""
    told = set()
    for m in members:
        paragraph = _paragraph(texts[m.doc], *m.span)
        told |= {other.doc for other in members if other.doc != m.doc and credits_name(paragraph, other.outlet)}
        if credits_name(paragraph, m.wire):
            told.add(m.doc)
    return told.pop() if len(told) == 1 else None


def _paragraph(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1: len(text) if (stop := text.find("\n", end)) < 0 else stop]


def _first(members: list[_Carried]) -> str | None:
    """The document that carried the quotation earliest; None when no date tells (undated, or two or more ran on
    the earliest day and their pages do not all give a time in a named zone, or give the same time). Pages dated a
    day apart that all give their time in a named zone are ordered by the instants, as their dates may run the other
    way round ("6 March, 9am AEDT" ran before "March 5, 6:30 p.m. ET")."""
    if len({m.doc for m in members}) == 1:
        return members[0].doc
    days = [m.published for m in members if m.published]
    if not days:
        return None
    first_day = day_number(min(days))
    near = {m.doc: m.at for m in members if first_day is not None and (n := day_number(m.published)) is not None
            and n - first_day <= 1}
    if len(near) > 1 and all(at is not None for at in near.values()):
        instants = sorted((at, doc) for doc, at in near.items() if at is not None)
        return instants[0][1] if instants[0][0] != instants[1][0] else None
    earliest = {m.doc: m.at for m in members if m.published == min(days)}
    if len(earliest) == 1:
        return next(iter(earliest))
    times = sorted((at, doc) for doc, at in earliest.items() if at is not None)
    if len(times) < len(earliest) or times[0][0] == times[1][0]:
        return None
    return times[0][1]


def first_by_copying(quotes: list[QuoteEntry], derivations: list[Derivation],
                     documents: list[Document]) -> list[QuoteEntry]:
    """The first carrier of each quotation whose publication times do not tell it (two or more carriers on its
    earliest day without times in named zones, or no dates at all), where who copied whom does: the carrier from
    which every other one of that day derives, directly or through another carrier, each naming the outlet it took
    the story from ("first published by ...", "..., the Harbour Gazette reported"), or running the agency's copy
    under its credit beside the agency's own page. A copy that names its source ran after it; one that only holds
    more or less of the other's text, or two outlets' pages that name the agency both ran, do not say which ran first
    (an outlet's edited second version, shorter, holds less than its first). Of reports that copied no one, each
    timed in a named zone, the earliest ran first; and a dated first carrier that names an undated one as its source
    gives way to it."""
    articles = {d.article.id: d.article for d in documents}
    sources: dict[str, set[str]] = defaultdict(set)
    for derivation in derivations:
        if derivation.directed and _names_source(articles[derivation.derived], articles[derivation.source],
                                                 derivation.evidence.credit):
            sources[derivation.derived].add(derivation.source)
    day = {d.article.id: d.article.published for d in documents}
    at = {d.article.id: _zoned(d.article.published_at) for d in documents}
    out = []
    for q in quotes:
        if q.first is None and len(q.in_) > 1:
            q = replace(q, first=_copied_from(q.in_, sources, day, at))
        elif q.first is not None and (root := _named_root(q.first, sources, set(q.in_))):
            q = replace(q, first=root)  # the earliest dated carrier names an undated one as its source
        out.append(q)
    return out


def _named_root(carrier: str, sources: dict[str, set[str]], inside: set[str]) -> str | None:
    """The one carrier that `carrier` names as its source, directly or through others, and that names none: an
    agency's page that shows no year ran before the dated copy crediting it ("Source: RIA Novosti")."""
    roots = [a for a in _ancestors(carrier, sources, inside) if not sources[a] & inside]
    return roots[0] if len(roots) == 1 else None


def _names_source(copy: Article, source: Article, credit: str | None) -> bool:
    """Whether the copy names the source's page as where its story came from: in a note ("This article first
    appeared in ...") or in the text's credit ("..., the Harbour Gazette reported", "the weather service said" of
    the service's own page), or as the outlet's later version of its own page, or, as agency copy, under the
    agency's credit when the source is the agency's own page ("(AP) —" over AP's story on AP's site), or as a
    rewrite crediting the agency whose copy the source runs."""
    return names_as_source(copy, source) or own_earlier(copy, source) or bool(credit and (
        credits_name(credit, source.outlet) or any(statement_by(credit, body) for body in issuing_bodies(source)))) or (
        on_agency_site(source) and agency_authored(copy) == agency_authored(source)) or _retells_agency(copy, source)


def _retells_agency(copy: Article, source: Article) -> bool:
    """Whether the copy is a rewrite crediting the agency whose copy the source runs under its credit ("..., told
    STT" of a paper's page carrying STT's story, or RT's "according to the Xinhua news agency" of Xinhua's): the
    agency's words ran before anyone retold them."""
    wire = agency_authored(source)
    return wire is not None and (agency(copy.origin) == wire or credits_name(copy.text, wire) is not None) \
        and not runs_agency_copy(copy)


def _copied_from(carriers: list[str], sources: dict[str, set[str]], day: dict[str, str | None],
                 at: dict[str, dt.datetime | None]) -> str | None:
    dated = [d for c in carriers if (d := day.get(c))]
    earliest = [c for c in carriers if not dated or day.get(c) == min(dated)]
    inside = set(carriers)
    roots = [c for c in earliest if not sources[c] & inside]
    times = sorted((t, c) for c in roots if (t := at.get(c)) is not None)
    if len(roots) > 1 and len(times) == len(roots) and times[0][0] != times[1][0]:
        # Reports of the day that copied no one, each timed in a named zone: the earliest ran first, and the others
        # copied it or ran later.
        first = times[0][1]
        later = {c for _, c in times[1:]}
        return first if all(c in later or first in _ancestors(c, sources, inside) for c in earliest
                            if c != first) else None
    if len(roots) != 1:
        return None
    return roots[0] if all(roots[0] in _ancestors(c, sources, inside) for c in earliest if c != roots[0]) else None


def _ancestors(doc: str, sources: dict[str, set[str]], inside: set[str]) -> set[str]:
    """The carriers `doc` derives from, directly or through other carriers."""
    found: set[str] = set()
    todo = [doc]
    while todo:
        for source in sources[todo.pop()] & inside:
            if source not in found:
                found.add(source)
                todo.append(source)
    return found


def speakers_in_full(quotes: list[QuoteEntry], entities: list[Entity]) -> list[QuoteEntry]:
    """Each speaker given by a short name ("Mr Ramaphosa called it ...") under the full name of the one person the
    merged entities give that short name in all the quotation's documents ("Cyril Ramaphosa")."""
    full: dict[str, set[str]] = defaultdict(set)
    carriers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type == "PERSON":
            for alias in entity.aliases:
                if alias != entity.name:
                    full[alias].add(entity.name)
                    carriers[(alias, entity.name)].update(entity.in_)
    out = []
    for q in quotes:
        names = full.get(q.speaker or "", set()) if _surname_only(q.speaker) else set()
        if len(names) == 1 and set(q.in_) <= carriers[(q.speaker or "", name := next(iter(names)))] and (
                name.split()[0].casefold() not in TITLES | EPITHETS):  # "Actress Jane Doe" names her with her role
            q = replace(q, speaker=name)
        out.append(q)
    return out


def _surname_only(speaker: str | None) -> bool:
    """A name without a given name ("Ramaphosa", "de Blasio"); "Donald Trump" is whole as it is."""
    return bool(speaker) and all(w.casefold() in NAME_PARTICLES for w in (speaker or "").split()[:-1])


def _zoned(stamp: str | None) -> dt.datetime | None:
    at = dt.datetime.fromisoformat(stamp) if stamp else None
    return at if at is not None and at.tzinfo is not None else None
