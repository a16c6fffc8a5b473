"""Speed of the plain-text dump extractor on folders of real page dumps, on one core, against jusText on the
same dumps (bench/bench_extract.py does the same for WCXB pages rendered to text).

    .venv/bin/python bench/bench_text_speed.py DIR [DIR ...] [--limit N] [--repeat N]

Each DIR holds page dumps (`*.txt`, e.g. ../shared/seeds, samples). Timed:
`newstrace.extract.prepare` over all dumps plus `extract` on each (CPU time of this process, so other
load on the machine does not count; each run starts with the extractor's memos emptied), and jusText
(English stoplist, each line wrapped as <p>, as in bench/eval_pages.py). Printed per folder: pages, mean dump
size, pages/s and KB/s of both, and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from eval_pages import forget_memos, run_justext

from newstrace.extract import ExtractionError, extract, prepare
from newstrace.models import Page


def load_dumps(folder: Path, limit: int | None) -> list[Page]:
    return [Page(id=f.stem, path=str(f), kind="text", content=f.read_text(encoding="utf-8"))
            for f in sorted(folder.glob("*.txt"))[:limit]]


def run_newstrace(pages: list[Page]) -> None:
    context = prepare(pages)
    for page in pages:
        with suppress(ExtractionError):
            extract(page, context)


def run_peer(pages: list[Page]) -> None:
    for page in pages:
        run_justext(page.content)


def cpu_seconds(fn: Callable[[list[Page]], None], pages: list[Page], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        forget_memos()
        started = time.process_time()
        fn(pages)
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs per system; the fastest counts")
    args = parser.parse_args(argv)
    print(f"{'folder':<32}{'pages':>6}{'KB/page':>9}{'newstrace p/s':>15}{'KB/s':>8}{'jusText p/s':>13}"
          f"{'KB/s':>8}{'ratio':>7}")
    for folder in args.dirs:
        pages = load_dumps(folder, args.limit)
        if not pages:
            print(f"{folder}: no dumps", file=sys.stderr)
            continue
        kb = sum(len(p.content.encode("utf-8")) for p in pages) / 1024
        ours = cpu_seconds(run_newstrace, pages, args.repeat)
        peer = cpu_seconds(run_peer, pages, args.repeat)
        n = len(pages)
        print(f"{str(folder)[-32:]:<32}{n:>6}{kb / n:>9.1f}{n / ours:>15.0f}{kb / ours:>8.0f}{n / peer:>13.0f}"
              f"{kb / peer:>8.0f}{peer / ours:>7.1f}")
    print("\nCPU time of one process (one core); ratio = jusText time / newstrace time.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
