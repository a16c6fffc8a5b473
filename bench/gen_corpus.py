"""Synthetic news corpus with planted reuse, for measuring the link stage at scale.

Vocabulary, names and sentences are generated procedurally from a seed (nothing is downloaded). The corpus
holds storylines (threads) of news events (stories); each event is covered by several independent reports
in their own wording, which share the event's names and facts and sometimes one public statement (a post
or communiqué every outlet quotes). Planted among them, with their publication dates:

- republications: another outlet runs a report verbatim (a word or two changed at most) under its own
  boilerplate, with or without a credit line;
- partial copies: 30-70% of a report's paragraphs copied verbatim, in order, around the copier's own text;
- rewrites: a report's sentences reordered, trimmed and reworded (synonyms, dropped adverbs, clauses
  swapped) around at least two of its quotations kept verbatim.

Usage: `python bench/gen_corpus.py --n 1000 --out DIR` writes DIR/documents.jsonl (one `Document` per line,
as `newstrace.models.to_dict` writes it) and DIR/truth.json (edges, stories, threads, relations). Library use:
`generate(n, seed) -> (documents, truth)`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from newstrace.models import Annotations, Article, Document, to_dict

FUNCTION = ("the", "a", "of", "in", "on", "for", "with", "and", "to", "by", "at", "from", "after", "before",
            "during", "over", "under", "against", "about", "as")
AGENCIES = ("AP", "Reuters", "AFP")
_ONSETS = ("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
           "ch", "cl", "dr", "fr", "gr", "kr", "pl", "pr", "sh", "st", "tr", "th")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ee")
_CODAS = ("", "", "n", "r", "s", "l", "m", "t", "nd", "st", "rk", "ng")
BASE_DAY = dt.date(2025, 1, 1)


class Vocabulary:
    """Pseudo-words by class; content words come in synonym sets of three, used by rewording."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        seen: set[str] = set(FUNCTION)
        self.nouns = self._sets(rng, seen, 1500)
        self.verbs = self._sets(rng, seen, 700, suffix="ed")
        self.adjs = self._sets(rng, seen, 700, suffix="ic")
        self.advs = [self._word(rng, seen) + "ly" for _ in range(400)]
        self.synonym = {w: s for sets in (self.nouns, self.verbs, self.adjs) for s in sets for w in s}
        self.firsts = [self._word(rng, seen).title() for _ in range(3000)]
        self.lasts = [self._word(rng, seen, 3).title() for _ in range(6000)]
        self.places = [self._word(rng, seen, 3).title() for _ in range(2500)]
        kinds = ("Ministry", "Institute", "Council", "Party", "Front", "Bank", "Agency", "Union")
        self.orgs = [f"{self._word(rng, seen).title()} {rng.choice(kinds)}" for _ in range(2500)]
        papers = ("Times", "Post", "Herald", "Daily", "Tribune", "Observer", "Wire", "News")
        self.outlets = [f"The {self._word(rng, seen).title()} {rng.choice(papers)}" for _ in range(400)]

    @staticmethod
    def _word(rng: random.Random, seen: set[str], syllables: int = 0) -> str:
        while True:
            n = syllables or rng.choice((2, 2, 3))
            w = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(n)) + rng.choice(_CODAS)
            if w not in seen:
                seen.add(w)
                return w

    def _sets(self, rng: random.Random, seen: set[str], n: int, suffix: str = "") -> list[tuple[str, ...]]:
        return [tuple(self._word(rng, seen) + suffix for _ in range(3)) for _ in range(n)]

    def person(self) -> str:
        return f"{self.rng.choice(self.firsts)} {self.rng.choice(self.lasts)}"


@dataclass
class Event:
    day: int
    place: str
    people: list[str]
    orgs: list[str]
    topic: list[tuple[str, ...]]
    facts: list[tuple[str, tuple[str, ...], tuple[str, ...], int]]
    statement: tuple[str, str] | None
    story: int
    thread: int


@dataclass
class Report:
    paragraphs: list[str]
    quotes: list[str]
    day: int
    outlet: str
    origin: str | None = None
    dateline: str | None = None
    kind: str = "report"
    source: int | None = None
    authors: list[str] = field(default_factory=list)


class Writer:
    """Sentences for an event's facts, each outlet in its own words."""

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng

    def phrase(self, k: int) -> str:
        r, v = self.rng, self.v
        parts = []
        for _ in range(k):
            parts.append(r.choice((r.choice(FUNCTION), r.choice(r.choice(v.adjs)), r.choice(r.choice(v.nouns)),
                                   r.choice(r.choice(v.verbs)), r.choice(v.advs))))
        return " ".join(parts)

    def fact_sentence(self, ev: Event, fact: tuple[str, tuple[str, ...], tuple[str, ...], int]) -> str:
        r = self.rng
        subject, verb, obj, number = fact
        head = f"{subject} {r.choice(verb)} {r.choice(FUNCTION[:2])} {r.choice(r.choice(self.v.adjs))} {r.choice(obj)}"
        tail = r.choice((f" {r.choice(FUNCTION[2:])} {ev.place}", f" with {number} {r.choice(r.choice(self.v.nouns))}",
                         f" {r.choice(FUNCTION[2:])} {r.choice(ev.topic[0])} {r.choice(r.choice(self.v.nouns))}", ""))
        extra = self.phrase(r.randint(3, 9))
        text = f"{extra.capitalize()}, {head}{tail}." if r.random() < 0.5 else f"{head}{tail}, {extra}."
        return text[0].upper() + text[1:]

    def quote(self, speaker: str, outlet: str | None) -> tuple[str, str]:
        words = self.phrase(self.rng.randint(14, 26))
        said = f"told {outlet}" if outlet and self.rng.random() < 0.5 else self.rng.choice(("said", "added", "warned"))
        return f"\u201c{words.capitalize()},\u201d {speaker} {said}.", words.capitalize()


def make_event(vocab: Vocabulary, rng: random.Random, day: int, story: int, thread: int,
               core: tuple[str, str, str, list[tuple[str, ...]]]) -> Event:
    person, place, org, topic = core
    people = [person, *(vocab.person() for _ in range(rng.randint(1, 3)))]
    orgs = [org, *(rng.choice(vocab.orgs) for _ in range(rng.randint(0, 2)))]
    topic = topic[:2] + [rng.choice(vocab.nouns) for _ in range(4)]
    subjects = people + orgs
    facts = [(rng.choice(subjects), rng.choice(vocab.verbs), rng.choice(topic), rng.randint(2, 5000))
             for _ in range(12)]
    statement = None
    if rng.random() < 0.6:
        words = Writer(vocab, rng).phrase(rng.randint(16, 26)).capitalize()
        statement = (rng.choice(people), words)
    return Event(day, place, people, orgs, topic, facts, statement, story, thread)


def write_report(w: Writer, ev: Event, outlet: str, agency: bool, day: int) -> Report:
    r = w.rng
    facts = r.sample(ev.facts, r.randint(6, 10))
    sentences = [w.fact_sentence(ev, f) for f in facts]
    paragraphs, quotes = [], []
    while sentences:
        take = r.randint(1, 2)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    for _ in range(r.randint(2, 3)):
        para, words = w.quote(w.v.person(), outlet if not agency else "the " + outlet)
        paragraphs.insert(r.randint(1, len(paragraphs)), para)
        quotes.append(words)
    if ev.statement and r.random() < 0.5:
        speaker, words = ev.statement
        if r.random() < 0.4:  # a fragment of the statement, as outlets often quote it
            cut = words.split()
            words = " ".join(cut[: max(8, len(cut) * 2 // 3)])
        paragraphs.insert(1, f"\u201c{words},\u201d {speaker} wrote in a statement.")
    dateline = None
    if agency:
        dateline = ev.place.upper()
        paragraphs[0] = f"{dateline} ({outlet}) \u2014 {paragraphs[0]}"
    byline = [w.v.person()] if not agency and r.random() < 0.7 else []
    return Report(paragraphs, quotes, day, outlet, outlet if agency else None, dateline, authors=byline)


def boilerplate(outlet: str, rng: random.Random) -> list[str]:
    return rng.choice((
        [f"Subscribe to {outlet} for the day's essential news, delivered every morning."],
        [f"Follow {outlet} on social media for live updates.", "All rights reserved."],
        [],
    ))


def republish(src: Report, outlet: str, rng: random.Random, day: int, credit: str) -> Report:
    paras = list(src.paragraphs)
    if rng.random() < 0.5:  # near-verbatim: a word changed, as copy desks fix style
        i = rng.randrange(len(paras))
        words = paras[i].split()
        j = rng.randrange(len(words))
        words[j] = words[j].upper() if rng.random() < 0.5 else words[j] + "s"
        paras[i] = " ".join(words)
    head = [f"This article was originally published by {credit}."] if rng.random() < 0.6 else []
    return Report(head + paras + boilerplate(outlet, rng), list(src.quotes), day, outlet,
                  src.origin, src.dateline, "republication", authors=list(src.authors))


def partial_copy(src: Report, own: Report, rng: random.Random, day: int) -> Report:
    n = len(src.paragraphs)
    k = max(2, round(n * rng.uniform(0.3, 0.7)))
    start = rng.randint(0, n - k) if rng.random() < 0.5 else None
    picked = list(range(start, start + k)) if start is not None else sorted(rng.sample(range(n), k))
    copied = [src.paragraphs[i] for i in picked]
    mine = own.paragraphs[: rng.randint(2, 4)]
    paras = mine[:1] + copied + mine[1:] if rng.random() < 0.5 else mine + copied
    return Report(paras + boilerplate(own.outlet, rng), [], day, own.outlet, None, None, "partial",
                  authors=own.authors)


def reword(sentence: str, vocab: Vocabulary, rng: random.Random) -> str:
    words = []
    for word in sentence.rstrip(".").split():
        bare = word.strip(",")
        if bare.endswith("ly") and rng.random() < 0.7:
            continue
        syn = vocab.synonym.get(bare)
        if syn and rng.random() < 0.5:
            word = word.replace(bare, rng.choice(syn))
        words.append(word)
    text = " ".join(words)
    if ", " in text and rng.random() < 0.5:
        a, b = text.split(", ", 1)
        text = f"{b}, {a[0].lower() + a[1:]}"
    return text[0].upper() + text[1:] + "."


def rewrite(src: Report, own_outlet: str, vocab: Vocabulary, w: Writer, ev: Event, rng: random.Random,
            day: int) -> Report:
    quoted = [p for p in src.paragraphs if p.startswith("\u201c")]
    exclusive = [p for p in quoted if "statement" not in p]
    keep = [p for p in exclusive if rng.random() < 0.8]
    if len(keep) < 2:
        keep = exclusive[:2]
    body = [p for p in src.paragraphs if not p.startswith("\u201c")]
    if src.dateline:  # the agency's dateline tag is the agency's to carry, not the rewriting outlet's
        body[0] = body[0].split(" \u2014 ", 1)[-1]
    sentences = [s.strip() + "." for p in body for s in p.split(". ") if s.strip()]
    sentences = [s.replace("..", ".") for s in sentences]
    sentences = rng.sample(sentences, max(3, round(len(sentences) * rng.uniform(0.6, 0.85))))
    sentences = [reword(s, vocab, rng) for s in sentences]
    sentences.append(w.fact_sentence(ev, rng.choice(ev.facts)))
    paras = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    for q in keep:
        paras.insert(rng.randint(1, len(paras)), q)
    quotes = [q for q in src.quotes if any(q in p for p in keep)]
    credited = src.origin if src.origin and rng.random() < 0.7 else None
    if credited:
        paras.append(f"Reporting by {credited} contributed to this story.")
    byline = [vocab.person()] if rng.random() < 0.5 else []
    return Report(paras, quotes, day, own_outlet, credited, None, "rewrite", authors=byline)


def generate(n: int, seed: int = 7) -> tuple[list[Document], dict]:
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    w = Writer(vocab, rng)
    reports: list[tuple[Report, Event]] = []
    story = thread = 0
    span = max(60, n // 60)  # days the corpus covers, so that the daily volume stays realistic
    while len(reports) < n:
        core = (vocab.person(), rng.choice(vocab.places), rng.choice(vocab.orgs),
                [rng.choice(vocab.nouns) for _ in range(2)])
        day = rng.randrange(span)
        for _ in range(rng.choice((1, 1, 2, 3, 4))):
            ev = make_event(vocab, rng, day, story, thread, core)
            reports.extend(_cover(ev, vocab, w, rng))
            story += 1
            day += rng.randint(2, 12)
        thread += 1
    reports = reports[:n]
    return _documents(reports, rng)


def _cover(ev: Event, vocab: Vocabulary, w: Writer, rng: random.Random) -> list[tuple[Report, Event]]:
    out: list[Report] = []
    for _ in range(rng.randint(2, 5)):
        agency = rng.random() < 0.25
        outlet = rng.choice(AGENCIES) if agency else rng.choice(vocab.outlets)
        out.append(write_report(w, ev, outlet, agency, ev.day + rng.choice((0, 0, 1))))
    originals = len(out)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        i = rng.randrange(originals)
        src = out[i]
        day = src.day + rng.choice((0, 1, 1, 2, 3))
        outlet = rng.choice(vocab.outlets)
        kind = rng.choice(("republication", "partial", "rewrite"))
        if kind == "republication":
            rep = republish(src, outlet, rng, day, src.origin or src.outlet)
        elif kind == "partial":
            rep = partial_copy(src, write_report(w, ev, outlet, False, day), rng, day)
        else:
            rep = rewrite(src, outlet, vocab, w, ev, rng, day)
        rep.source = i - len(out)  # relative, resolved to an index below
        out.append(rep)
    return [(r, ev) for r in out]


def _documents(reports: list[tuple[Report, Event]], rng: random.Random) -> tuple[list[Document], dict]:
    docs, edges = [], []
    relations: dict[str, dict[str, str | None]] = {}
    stories: dict[int, list[str]] = {}
    threads: dict[int, list[str]] = {}
    for idx, (rep, ev) in enumerate(reports):
        doc_id = f"d{idx:06d}"
        day = BASE_DAY + dt.timedelta(days=rep.day)
        title = f"{ev.people[0]} {rng.choice(rng.choice(ev.topic))} in {ev.place}"
        art = Article(id=doc_id, path=f"{doc_id}.txt", title=title, published=day.isoformat(),
                      authors=rep.authors, outlet=rep.outlet, origin=rep.origin, dateline=rep.dateline,
                      language="en", body=rep.paragraphs)
        docs.append(Document(art, Annotations(doc_id)))
        stories.setdefault(ev.story, []).append(doc_id)
        threads.setdefault(ev.thread, []).append(doc_id)
        src = reports[idx + rep.source][0] if rep.source is not None else None
        if src is not None and rep.source is not None:
            edges.append({"derived": doc_id, "source": f"d{idx + rep.source:06d}", "kind": rep.kind,
                          "same_day": src.day == rep.day})
        if rep.kind != "partial":  # a partial copy mixes two outlets' words: no one relation is right
            relations[doc_id] = _relation(rep, src)
    truth = {"edges": edges, "stories": list(stories.values()), "threads": list(threads.values()),
             "relations": relations}
    return docs, truth


def _relation(rep: Report, src: Report | None) -> dict[str, str | None]:
    """The relation and origin a copy desk gives a report (see the gold README's definitions)."""
    wire = src.origin if src is not None else rep.origin
    if rep.kind == "report":
        return {"relation": "wire-original" if wire else "original", "origin": wire}
    assert src is not None
    if rep.kind == "republication":
        # Agency copy run unchanged is still the agency's original.
        return {"relation": "wire-original", "origin": wire} if wire else \
            {"relation": "republication", "origin": src.outlet}
    return {"relation": "rewrite-of-wire", "origin": wire} if wire else \
        {"relation": "independent-rewrite", "origin": None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    docs, truth = generate(args.n, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(to_dict(d), ensure_ascii=False) + "\n")
    (args.out / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    print(f"{len(docs)} documents, {len(truth['edges'])} planted edges, {len(truth['stories'])} stories, "
          f"{len(truth['threads'])} threads -> {args.out}")


if __name__ == "__main__":
    main()
