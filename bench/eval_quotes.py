"""Quotation finding and speaker attribution against PolNeAR-style attributions.

    .venv/bin/python bench/eval_quotes.py ../shared/data/polnear/dev [--limit N] [--verbose]

DIR holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (brat standoff: Source, Cue and Content
spans tied by `E` relations). Where several annotators did one text, the first .ann file by name counts.

Gold quotations. PolNeAR marks every attribution, quoted or paraphrased; only quotations are scored
here. A gold quotation is a run of words between a double opening mark and the next double closing mark
(curly, straight, or two apostrophes as news archives write them) inside the Content span of an
attribution, the marks included or not; a run left open at a paragraph end that the next paragraph
reopens continues there (the multi-paragraph convention), and a run left open at the end of the Content
ends there. So a partial quotation inside a
paraphrase ("... said the US 'commends the forces'") is a gold quotation of that attribution's source,
and quoted words outside every attribution (scare quotes, titles) are not quotations at all.

Matching. A predicted quotation [start, end) matches a gold one when the characters they share are at
least half of the longer of the two; matching is one-to-one, largest overlaps first. Precision, recall
and F1 count matched pairs.

Speaker accuracy, over matched pairs whose gold attribution has a Source: the predicted speaker is right
when its surname (its last word, or the first of a Korean name: "Ban" of "Ban Ki-moon"; or the head of "the
White House") is a word of the gold Source, when the Source calls the person by one name that opens the predicted
one ("Tom" of "Tom Ebeling", "Mr. Lou" of "Lou Jiwei", whose family name comes first), or, when
that Source names no person (a pronoun, "the Vermont senator"; judged by spaCy's PERSON entities and
their capitalised words), a word of its antecedent: the nearest preceding gold Source that does name one.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newstrace.annotate.entities import father_surname, generation
from newstrace.annotate.nlp import load_nlp
from newstrace.annotate.quotes import find_quotes
from newstrace.models import Article, Quote

OPEN, CLOSE = "“„«", "”»"
MATCH = 0.5


@dataclass
class Gold:
    start: int
    end: int
    source: str | None
    antecedent: str | None


def read_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            frags = [tuple(map(int, f.split())) for f in where.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in frags])
        elif parts[0].startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:] if ":" in arg))
    return spans, relations


def quoted_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of double-quoted words inside text[start:end] (see the module's docstring)."""
    runs: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open = False
    i, stop = max(start - 1, 0), min(end + 1, len(text))
    while i < stop:
        ch = text[i]
        # Archives write the double mark as two apostrophes, for opening and closing alike.
        width = 2 if text.startswith("''", i) else 1
        straight = ch == '"' or width == 2
        is_open = ch in OPEN or (straight and not straight_open)
        is_close = ch in CLOSE or (straight and straight_open)
        if straight:
            straight_open = not straight_open
        if is_open and opened is None:
            opened = i + width
        elif is_open and opened is not None and "\n" not in text[opened:i]:
            opened = i + width  # an earlier mark never closed: the quotation starts here
        elif is_close and opened is not None:
            if text[opened:i].strip():
                runs.append((opened, i))
            opened = None
        i += width
    if opened is not None and text[opened:end].strip():
        runs.append((opened, end))
    return runs


def gold_quotes(text: str, ann: Path, people: list[tuple[int, int]]) -> list[Gold]:
    """The gold quotations of one text; `people` are the PERSON entities of its parse (start, end)."""
    spans, relations = read_ann(ann)
    sources = sorted((frags[0][0], " ".join(text[a:b] for a, b in frags), _names(frags, people, text))
                     for kind, frags in spans.values() if kind == "Source")
    golds: list[Gold] = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        src = " ".join(text[a:b] for a, b in source[1]) if source else None
        ante = None
        if source and not _names(source[1], people, text):
            ante = _antecedent(sources, source[1][0][0])
        frags = content[1]
        for run in quoted_runs(text, frags[0][0], frags[-1][1]):
            golds.append(Gold(run[0], run[1], src, ante))
    return golds


def _names(frags: list[tuple[int, int]], people: list[tuple[int, int]], text: str) -> bool:
    """Whether a Source names a person: it overlaps a PERSON entity of the parse, or holds a capitalised
    word of one (the tagger calls "Calderon" ORG in one sentence and PERSON in the next)."""
    if any(a < pe and ps < b for a, b in frags for ps, pe in people):
        return True
    known = {w for ps, pe in people for w in re.findall(r"\w+", text[ps:pe]) if w[:1].isupper() and len(w) > 1}
    return any(w in known for a, b in frags for w in re.findall(r"\w+", text[a:b]))


def _antecedent(sources: list[tuple[int, str, bool]], at: int) -> str | None:
    for start, name, named in reversed(sources):
        if start < at and named:
            return name
    return None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / max(a[1] - a[0], b[1] - b[0], 1)


def match(preds: list[Quote], golds: list[Gold]) -> list[tuple[Quote, Gold]]:
    pairs = sorted(((overlap((p.start, p.end), (g.start, g.end)), i, j)
                    for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for score, i, j in pairs:
        if score < MATCH:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    return out


def words(text: str | None) -> set[str]:
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’.-]+", (text or "").lower())}


# Honorifics, titles and pronouns in a source, no name themselves.
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary", "minister", "his", "her",
                     "the", "he", "she", "they", "it", "i", "we"])


def speaker_right(pred: str | None, gold: Gold) -> bool:
    if not pred:
        return False
    names = pred.split()
    if generation(pred):
        names = names[:-1]  # a generation is no surname: "Joseph R. Biden Jr."
    # A Korean name gives the family name first, the given name's syllables joined by a hyphen ("Ban Ki-moon"); a
    # Spanish one ends with two family names, and the story may call the person by the first ("Melba Acosta Febo",
    # "Ms. Acosta").
    family = names[0] if len(names) > 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", names[-1]) else names[-1]
    families = {family, *([names[-2]] if father_surname(names[-2], pred) else [])} if len(names) > 1 else {family}
    told = words(gold.source) | words(gold.antecedent)
    if any(re.sub(r"['’]s$", "", name.lower()) in told for name in families):
        return True
    # A source that calls the person by one name ("Tom", "his wife, Jane,", "Mr. Lou", "Xi") is the person whose
    # name opens with it: a given name, or a Chinese family name, which comes first ("Lou Jiwei").
    # A pronoun's source is its antecedent.
    called = _one_name(gold.source) or _one_name(gold.antecedent)
    return len(names) > 1 and names[0] == called


def _one_name(source: str | None) -> str | None:
    """The one capitalised name word of a source, titles aside; None where it has none or several."""
    called = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w'’-]*", source or "")
              if w.rstrip(".").lower() not in _TITLES]
    return called[0] if len(called) == 1 else None


def documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            pairs.append((txt, anns[0]))
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--verbose", action="store_true", help="print misses, false alarms and wrong speakers")
    args = ap.parse_args(argv)
    pairs = documents(args.dir)[: args.limit or None]
    if not pairs:
        print(f"no text/*.txt with attributions/*.ann under {args.dir}", file=sys.stderr)
        return 2
    nlp = load_nlp()
    texts = [t.read_text(encoding="utf-8") for t, _ in pairs]
    tp = n_pred = n_gold = spk_n = spk_ok = 0
    began = time.perf_counter()
    for (txt, ann), text, doc in zip(pairs, texts, nlp.pipe(texts), strict=True):
        article = Article(id=txt.stem, path=str(txt), body=text.split("\n\n"))
        preds = find_quotes(article, doc)
        golds = gold_quotes(text, ann, [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"])
        matched = match(preds, golds)
        tp, n_pred, n_gold = tp + len(matched), n_pred + len(preds), n_gold + len(golds)
        for p, g in matched:
            if g.source:
                spk_n += 1
                ok = speaker_right(p.speaker, g)
                spk_ok += ok
                if args.verbose and not ok:
                    print(f"SPEAKER {txt.stem}: {p.speaker!r} [{p.cue}] vs {g.source!r} ({g.antecedent})"
                          f" | {p.text[:70]!r}")
        if args.verbose:
            _misses(txt.stem, text, preds, golds, matched)
    seconds = time.perf_counter() - began
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"documents: {len(pairs)}  gold quotations: {n_gold}  predicted: {n_pred}  matched: {tp}")
    print(f"precision: {prec:.3f}  recall: {rec:.3f}  F1: {f1:.3f}")
    print(f"speaker accuracy: {spk_ok / spk_n if spk_n else 0.0:.3f} ({spk_ok}/{spk_n} matched with a source)")
    print(f"time: {seconds:.1f}s ({seconds / len(pairs):.2f}s per document, parse included)")
    return 0


def _misses(name: str, text: str, preds: list[Quote], golds: list[Gold], matched: list[tuple[Quote, Gold]]) -> None:
    hit_p = {id(p) for p, _ in matched}
    hit_g = {id(g) for _, g in matched}
    for g in golds:
        if id(g) not in hit_g:
            print(f"MISS {name} [{g.source}]: {text[g.start:g.end][:90]!r}")
    for p in preds:
        if id(p) not in hit_p:
            print(f"FALSE {name} [{p.speaker}]: {p.text[:90]!r}")


if __name__ == "__main__":
    sys.exit(main())
