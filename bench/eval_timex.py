"""TimeML evaluation of the time-expression extractor (TempEval-3 style).

    .venv/bin/python bench/eval_timex.py ../shared/data/timeml [--limit N] [--verbose] [--no-parse]
    .venv/bin/python bench/eval_timex.py ../shared/data/timeml/AQUAINT --export DIR

With --export, nothing is scored: each file is written to DIR as a page dump that `newstrace analyze` reads
(its TITLE, the DCT written out as a dateline would give it, the TEXT's paragraphs), so the link stage can be
read on real wire copy.

Reads every .tml file under DIR (recursively), runs `find_timexes` on the raw text of its TEXT element
with the document creation time (DCT) as publication date, and prints for the TIMEX3 tags of the text
(the DCT tag itself is not counted):
- relaxed span P/R/F1: a predicted span counts when it overlaps a gold span;
- value P/R/F1: overlap AND the same normalised value (TempEval-3's value measure);
- the same figures broken down by TIMEX3 type (recall by gold type, precision by predicted type);
- with --peer, the peer resolver on the same gold DATE spans: dateparser reads each gold phrase against the
  DCT, at the period it reports (day, week, month, year); ours is counted right when the expression it found
  there has the gold value. This isolates resolution from span finding.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newstrace.annotate.timex import find_timexes

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str
    phrase: str


def read_tml(raw: str) -> tuple[str, str | None, list[Gold]]:
    """Plain text of a TimeML file's TEXT element, the DCT date, and the TIMEX3 tags with offsets into that
    text."""
    dct = re.search(r"<DCT>.*?value=\"(\d{4}(?:-\d\d(?:-\d\d)?)?)", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    source = body.group(1) if body else ""
    pieces: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    last = 0
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[last:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        last = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(pieces)
            gold.append(Gold(start, length, attrs.get("type", "DATE"), attrs.get("value", ""), text[start:length]))
            open_timex = None
    pieces.append(html.unescape(source[last:]))
    return "".join(pieces), dct.group(1) if dct else None, gold


def export(path: Path, out: Path) -> None:
    """The file as a page dump: headline, date, paragraphs."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    text, dct, _ = read_tml(raw)
    title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    day = dt.date.fromisoformat(dct) if dct and len(dct) == 10 else None
    head = [html.unescape(title.group(1).strip()) if title else "", f"{day:%B} {day.day}, {day.year}" if day else ""]
    paragraphs = ["\n".join(" ".join(line.split()) for line in p.splitlines() if line.strip())
                  for p in re.split(r"\n\s*\n", text)]
    (out / f"{path.stem}.txt").write_text("\n\n".join(p for p in [*head, *paragraphs] if p) + "\n", encoding="utf-8")


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="evaluate the first N files only")
    parser.add_argument("--verbose", action="store_true", help="print every miss and every wrong value")
    parser.add_argument("--no-parse", action="store_true", help="skip spaCy (tense read from the words only)")
    parser.add_argument("--peer", action="store_true", help="also resolve the gold DATE spans with dateparser")
    parser.add_argument("--export", type=Path, metavar="DIR", help="write the files as page dumps to DIR; no scoring")
    args = parser.parse_args()
    files = sorted(args.dir.rglob("*.tml"))[: args.limit]
    if not files:
        print(f"no .tml files under {args.dir}", file=sys.stderr)
        return 1
    if args.export:
        args.export.mkdir(parents=True, exist_ok=True)
        for path in files:
            export(path, args.export)
        print(f"{len(files)} page dumps in {args.export}")
        return 0
    nlp = None
    if not args.no_parse:
        from newstrace.annotate.nlp import load_nlp

        nlp = load_nlp()
    counts: Counter[str] = Counter()
    peer: Counter[str] = Counter()
    began = time.perf_counter()
    for path in files:
        text, dct, gold = read_tml(path.read_text(encoding="utf-8", errors="replace"))
        doc = nlp(text) if nlp is not None else None
        predicted = find_timexes(text, dct, doc)
        _score(path.name, text, gold, predicted, counts, args.verbose)
        if args.peer and dct:
            _score_peer(gold, predicted, dct, peer)
    elapsed = time.perf_counter() - began
    _report(counts, len(files), elapsed)
    if args.peer:
        n = peer["gold"] or 1
        print(f"gold DATE spans resolved right (of {peer['gold']}): newstrace {peer['ours'] / n:.3f}  "
              f"dateparser {peer['dateparser'] / n:.3f}")
    return 0


def _score_peer(gold: list[Gold], predicted: list, dct: str, peer: Counter[str]) -> None:
    from datetime import datetime

    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(dct[:10])})
    for g in gold:
        if g.type != "DATE":
            continue
        peer["gold"] += 1
        peer["ours"] += any(p.value == g.value for p in predicted if p.start < g.end and g.start < p.end)
        peer["dateparser"] += _peer_value(parser, g.phrase) == g.value


def _peer_value(parser: Any, phrase: str) -> str | None:
    """dateparser's reading of a phrase as a TIMEX3 value, at the period it says it found."""
    data = parser.get_date_data(phrase)
    when = data.date_obj
    if when is None:
        return None
    if data.period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    return when.strftime({"year": "%Y", "month": "%Y-%m"}.get(data.period or "day", "%Y-%m-%d"))


def _score(name: str, text: str, gold: list[Gold], predicted: list, counts: Counter[str], verbose: bool) -> None:
    for g in gold:
        hits = [p for p in predicted if p.start < g.end and g.start < p.end]
        right = any(p.value == g.value for p in hits)
        counts["gold"] += 1
        counts[f"gold {g.type}"] += 1
        counts["span gold hit"] += bool(hits)
        counts[f"span gold hit {g.type}"] += bool(hits)
        counts["value gold hit"] += right
        counts[f"value gold hit {g.type}"] += right
        if verbose and not right:
            got = ", ".join(f"{p.phrase!r}={p.value}" for p in hits) or "nothing"
            print(f"  miss {name}: {g.phrase!r} {g.type}={g.value}; got {got}")
    for p in predicted:
        hits = [g for g in gold if p.start < g.end and g.start < p.end]
        counts["pred"] += 1
        counts[f"pred {p.type}"] += 1
        counts["span pred hit"] += bool(hits)
        counts[f"span pred hit {p.type}"] += bool(hits)
        right = any(p.value == g.value for g in hits)
        counts["value pred hit"] += right
        counts[f"value pred hit {p.type}"] += right
        if verbose and not hits:
            print(f"  extra {name}: {p.phrase!r} {p.type}={p.value} … {text[max(0, p.start - 40):p.end + 20]!r}")


def _report(counts: Counter[str], n_files: int, elapsed: float) -> None:
    print(f"files: {n_files}  gold TIMEX3: {counts['gold']}  predicted: {counts['pred']}  ({elapsed:.1f}s)")
    for measure in ("span", "value"):
        p, r, f = _prf(counts[f"{measure} pred hit"], counts["pred"], counts[f"{measure} gold hit"], counts["gold"])
        label = "relaxed span" if measure == "span" else "value"
        print(f"{label:>13}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print("by type        gold  pred  span-R value-R span-P value-P")
    for t in TYPES:
        g, n = counts[f"gold {t}"], counts[f"pred {t}"]
        sr = counts[f"span gold hit {t}"] / g if g else 0.0
        vr = counts[f"value gold hit {t}"] / g if g else 0.0
        sp = counts[f"span pred hit {t}"] / n if n else 0.0
        vp = counts[f"value pred hit {t}"] / n if n else 0.0
        print(f"  {t:<10} {g:6d} {n:5d}  {sr:.3f}   {vr:.3f}   {sp:.3f}   {vp:.3f}")


if __name__ == "__main__":
    sys.exit(main())
