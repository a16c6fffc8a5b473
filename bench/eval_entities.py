"""Entity evaluation: mentions in one article and merged entities across a corpus.

    .venv/bin/python bench/eval_entities.py gold ../shared/seeds --gold ../shared/gold/seeds.json
    .venv/bin/python bench/eval_entities.py gold /tmp/x.json --gold ../shared/gold/seeds.json
    .venv/bin/python bench/eval_entities.py polnear ../shared/data/polnear/dev [--limit N]

`gold`: DIR is a folder of pages (the pipeline runs on it) or an analysis JSON already written; GOLD is a
file in the seeds.json format (`entities`: type -> names, `aliases`: groups of spellings of one entity).
- name recall: gold names found as the name or an alias of an entry of the right type (as score.py);
- name precision: entries whose name or aliases hold a gold name of the entry's type, over all entries of
  that type (a lower bound when the gold lists only the entities that matter to the story);
- alias groups: groups whose spellings all sit in one entry (score.py asks for two of them at least);
  false merges: entries that hold names of two different gold entities;
- score.py's entity measure: 0.7 x recall + 0.3 x groups kept together.

`polnear`: DIR in the PolNeAR layout (`text/*.txt`, `attributions/*.ann`, brat standoff). The sources of
attributions that are names ("Hillary Clinton", "The New York Post", "Mr. Obama"; not "he", "officials")
are a partial gold for PERSON / ORG mention boundaries; types and merging are not scored. Leading titles,
"the", possessives and an appositive after a comma are dropped from a source (with a title list of the
evaluation's own). Recall = named sources that a mention covers exactly; precision = mentions that
overlap a named source and match it exactly. Sources are chosen by the annotators, not by a name list,
so plural groups ("Republicans"), lists ("China and Russia") and headline fragments stay in as misses.
Both `find_mentions` and spaCy's raw entities (PERSON / ORG / GPE / LOC / FAC) are scored on the same
articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newstrace.annotate.entities import find_mentions
from newstrace.annotate.nlp import load_nlp
from newstrace.link.entities import merge_entities
from newstrace.models import Annotations, Article, Document

TYPES = ("PERSON", "ORG", "PLACE")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-"})
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "this", "these",
                       "those", "his", "her", "its", "their", "one", "someone", "everyone"})
_RAW_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Words in front of a name that the gold drops; kept apart from the system's own title list on purpose.
_TITLE_TEXT = """the mr mrs ms dr rev sen rep gov gen lt col sgt capt adm president vice senator
governor mayor secretary minister chairman chairwoman ceo judge justice speaker former retired rival
candidate nominee democrat del attorney general director commissioner chief
spokesman spokeswoman professor prof leader"""
_TITLE_WORDS = frozenset(_TITLE_TEXT.split())
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Jr|Sr|Inc|Co|Corp|Ltd))$")


def norm(text: str | None) -> str:
    """score.py's comparison: NFKC, straight quotes, collapsed spaces, case folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> tuple[float, float, float]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- gold (seeds.json format)

def load_analysis(path: Path) -> dict[str, Any]:
    if path.is_file():
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    from newstrace.engines import run
    from newstrace.outputs import analysis_json
    from newstrace.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "eval.db")
        return analysis_json(run([path], store))


def score_gold(analysis: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    entries = [e for e in analysis.get("entities") or [] if isinstance(e, dict)]
    names = [{norm(n) for n in [e.get("name", ""), *(e.get("aliases") or [])]} for e in entries]
    gold_type = {norm(n): t for t, ns in gold["entities"].items() for n in ns}
    identity = {norm(n): f"group:{i}" for i, group in enumerate(gold.get("aliases", [])) for n in group}
    identity.update({k: f"name:{k}" for k in gold_type if k not in identity})
    gold_type.update({norm(n): gold_type.get(norm(g[0]), "") for g in gold.get("aliases", []) for n in g})
    out: dict[str, Any] = {"types": {}}
    for typ in TYPES:
        wanted = [norm(n) for n in gold["entities"].get(typ, [])]
        typed = [ns for e, ns in zip(entries, names, strict=True) if e.get("type") == typ]
        found = [w for w in wanted if any(w in ns for ns in typed)]
        predicted = typed
        correct = sum(any(gold_type.get(n) == typ for n in ns) for ns in predicted)
        out["types"][typ] = (correct, len(predicted), len(found), len(wanted),
                             sorted(set(wanted) - set(found)))
    groups = gold.get("aliases", [])
    together = sum(any({norm(n) for n in g} <= ns for ns in names) for g in groups)
    scorer = sum(len([h for h in (_holders(norm(n), names) for n in g) if h]) >= 2
                 and bool(set.intersection(*[h for h in (_holders(norm(n), names) for n in g) if h]))
                 for g in groups)
    out["groups"] = (together, scorer, len(groups))
    out["false_merges"] = [sorted(ns & set(identity)) for ns in names
                           if len({identity[n] for n in ns if n in identity}) > 1]
    return out


def _holders(name: str, names: list[set[str]]) -> set[int]:
    return {i for i, ns in enumerate(names) if name in ns}


def report_gold(result: dict[str, Any]) -> None:
    totals = [0, 0, 0, 0]
    print(f"{'type':8} {'P':>6} {'R':>6} {'F1':>6}   correct/predicted  found/gold")
    for typ, (cp, np_, fr, nr, missing) in result["types"].items():
        totals = [totals[0] + cp, totals[1] + np_, totals[2] + fr, totals[3] + nr]
        p, r, f = prf(cp, np_, fr, nr)
        print(f"{typ:8} {p:6.3f} {r:6.3f} {f:6.3f}   {cp:>4}/{np_:<4}          {fr:>3}/{nr}")
        for name in missing:
            print(f"         missing: {name}")
    p, r, f = prf(*totals)
    print(f"{'all':8} {p:6.3f} {r:6.3f} {f:6.3f}   {totals[0]:>4}/{totals[1]:<4}"
          f"          {totals[2]:>3}/{totals[3]}")
    together, scorer, n = result["groups"]
    print(f"alias groups wholly in one entry: {together}/{n}; merged as score.py counts: {scorer}/{n}")
    print(f"false merges (entries holding two gold entities): {len(result['false_merges'])}")
    for merged in result["false_merges"]:
        print(f"         {merged}")
    recall = totals[2] / totals[3] if totals[3] else 1.0
    print(f"score.py entities: {0.7 * recall + 0.3 * (scorer / n if n else 1.0):.3f}")


# ---------------------------------------------------------------- PolNeAR named sources

def polnear_articles(folder: Path, limit: int | None) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(text, named source spans) per annotated article."""
    count = 0
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text_path = folder / "text" / (re.sub(r"_[0-9a-f]{4}$", "", ann.stem) + ".txt")
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[1].startswith("Source ") or ";" in parts[1]:
                continue
            start, end = (int(x) for x in parts[1].split()[1:3])
            named = _named(text, start, end)
            if named:
                spans.append(named)
        yield text, sorted(set(spans))
        count += 1
        if limit and count >= limit:
            return


def _named(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name a source span holds, or None when it is not a name ("he", "the officials"). An appositive
    after a comma is dropped ("Dianne Feinstein, Democrat of California")."""
    comma = re.search(r",\s", text[start:end])
    return _name_in(text, start, start + comma.start() if comma else end)


def _name_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    if not words or len(words) > 6:
        return None
    tokens = [w.group() for w in words]
    if tokens[0].lower() in _PRONOUNS or not all(t[0].isupper() or t.lower() in {"of", "the", "and", "for"}
                                                 for t in tokens):
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    e -= len(re.search(r"(['’]s|[,.;:'’\"”]*)$", text[s:e]).group())  # type: ignore[union-attr]
    if text[e:e + 1] == "." and _ABBREVIATION.search(text[s:e]):
        e += 1  # "S.E.C.", "Joseph R. Biden Jr.": the period belongs to the name
    return (s, e) if e > s else None


def score_polnear(folder: Path, limit: int | None) -> None:
    nlp = load_nlp()
    ours, raw = [0, 0, 0, 0], [0, 0, 0, 0]
    documents: list[Document] = []
    for text, gold in polnear_articles(folder, limit):
        doc = nlp(text)
        article = Article(id=f"a{len(documents)}", path="", body=[text])
        found = find_mentions(doc)
        mentions = [(m.start, m.end) for m in found]
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _RAW_LABELS]
        for acc, spans in ((ours, mentions), (raw, ents)):
            _count(acc, spans, gold)
        documents.append(Document(article, Annotations(doc_id=article.id, mentions=found)))
    started = time.perf_counter()
    entities = merge_entities(documents)
    elapsed = time.perf_counter() - started
    mentions_total = sum(len(d.annotations.mentions) for d in documents)
    print(f"merge_entities: {mentions_total} mentions -> {len(entities)} entities in {elapsed:.2f} s")
    print(f"PolNeAR named sources: {ours[3]} in {len(documents)} articles ({folder})")
    print(f"{'system':22} {'P':>6} {'R':>6} {'F1':>6}")
    for label, acc in (("newstrace mentions", ours), ("spaCy raw entities", raw)):
        p, r, f = prf(*acc)
        print(f"{label:22} {p:6.3f} {r:6.3f} {f:6.3f}   exact {acc[0]}/{acc[1]} overlapping,"
              f" {acc[2]}/{acc[3]} found")


def _count(acc: list[int], spans: list[tuple[int, int]], gold: list[tuple[int, int]]) -> None:
    exact = set(spans) & set(gold)
    overlapping = [s for s in spans if any(s[0] < g[1] and g[0] < s[1] for g in gold)]
    acc[0] += sum(s in exact for s in overlapping)
    acc[1] += len(overlapping)
    acc[2] += len(exact)
    acc[3] += len(gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="mode", required=True)
    g = sub.add_parser("gold", help="merged entities against a gold file in the seeds.json format")
    g.add_argument("dir", type=Path, help="folder of pages, or an analysis JSON")
    g.add_argument("--gold", type=Path, required=True)
    p = sub.add_parser("polnear", help="mention recall on PolNeAR's named sources")
    p.add_argument("dir", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    p.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = ap.parse_args(argv)
    if not args.dir.exists():
        print(f"no such file or folder: {args.dir}", file=sys.stderr)
        return 2
    if args.mode == "gold":
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        report_gold(score_gold(load_analysis(args.dir), gold))
    else:
        score_polnear(args.dir, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
