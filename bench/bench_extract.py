"""Extraction speed on a folder in the WCXB layout (`html/*.html.gz`, `ground-truth/*.json`), on one core.

    .venv/bin/python bench/bench_extract.py ../shared/data/wcxb-articles-dev [--limit N]

HTML: newstrace (`extract` on the HTML page: body and metadata) against trafilatura (`bare_extraction` with
metadata, its default settings) on the same pages in the same run, page by page in turn so that both see
the same machine load; pages/s of each, the ratio, and the WCXB word F1 of each so that speed is compared
at the quality each delivers.
Text dumps: the same pages rendered to plain text with inscriptis (not timed), then newstrace's text path
(`prepare` over all dumps, `extract` on each) against jusText on the same dumps, pages/s and ratio.
Pages are decompressed and decoded before timing starts. Time is the process's CPU time on the one core
it is pinned to, so that other jobs on a shared machine do not count against either system.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval_pages import (
    Guess,
    Truth,
    dump_page,
    forget_memos,
    load_html,
    load_truth,
    render,
    run_justext,
    run_newstrace,
    run_trafilatura,
    word_prf,
)

from newstrace.extract import prepare
from newstrace.models import Page

TEXT_TARGET = 500.0  # text-dump pages per second on one core


def _one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.process_time()
    result = fn()
    return result, time.process_time() - started


def bench_html(truths: list[Truth], contents: dict[str, str]) -> dict[str, tuple[float, float]]:
    """system -> (seconds, mean F1), the two systems alternating page by page."""
    systems: dict[str, Callable[[Truth], Guess]] = {
        "newstrace": lambda t: run_newstrace(Page(id=t.id, path=f"{t.id}.html", kind="html",
                                                  content=contents[t.id], url=t.url)),
        "trafilatura": lambda t: run_trafilatura(contents[t.id], t.url),
    }
    for run in systems.values():  # warm-up: imports and lazily built tables stay out of the timing
        run(truths[0])
    forget_memos()
    seconds = dict.fromkeys(systems, 0.0)
    f1 = dict.fromkeys(systems, 0.0)
    for truth in truths:
        for name, run in systems.items():
            started = time.process_time()
            guess = run(truth)
            seconds[name] += time.process_time() - started
            f1[name] += word_prf(guess.body, truth.body)[2]
    return {name: (seconds[name], f1[name] / len(truths)) for name in systems}


def bench_text(truths: list[Truth], contents: dict[str, str]) -> dict[str, tuple[float, float]]:
    dumps = {t.id: render(contents[t.id], "inscriptis") for t in truths}
    pages = [dump_page(t, "inscriptis", dumps[t.id]) for t in truths]

    def newstrace_text() -> list[Guess]:
        context = prepare(pages)
        return [run_newstrace(page, context) for page in pages]

    def justext_text() -> list[Guess]:
        return [run_justext(dumps[t.id]) for t in truths]

    # Warm-up, as for HTML: the first call compiles each system's expressions, which no page pays again.
    run_newstrace(pages[0], prepare(pages[:1]))
    run_justext(dumps[truths[0].id])
    forget_memos()
    figures = {}
    for name, run in (("newstrace", newstrace_text), ("justext", justext_text)):
        guesses, spent = _timed(run)
        f1 = sum(word_prf(g.body, t.body)[2] for g, t in zip(guesses, truths, strict=True)) / len(truths)
        figures[name] = (spent, f1)
    return figures


def _report(title: str, figures: dict[str, tuple[float, float]], pages: int) -> dict[str, float]:
    print(f"\n{title} ({pages} pages)")
    print(f"  {'system':<14}{'pages/s':>10}{'ms/page':>10}{'F1':>8}")
    rates = {}
    for name, (seconds, f1) in figures.items():
        rates[name] = pages / seconds
        print(f"  {name:<14}{rates[name]:>10.1f}{1000 * seconds / pages:>10.2f}{f1:>8.3f}")
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    args = parser.parse_args(argv)
    truths = [t for t in map(load_truth, sorted((args.dir / "ground-truth").glob("*.json"))[: args.limit])
              if (args.dir / "html" / f"{t.id}.html.gz").exists()]
    if not truths:
        print(f"no pages in {args.dir} (expected html/*.html.gz and ground-truth/*.json)", file=sys.stderr)
        return 1
    print(f"{len(truths)} pages, {_one_core()}")
    contents = {t.id: load_html(args.dir, t.id) for t in truths}
    html = _report("HTML pages", bench_html(truths, contents), len(truths))
    print(f"  newstrace / trafilatura speed: {html['newstrace'] / html['trafilatura']:.2f}x")
    text = _report("Text dumps (inscriptis)", bench_text(truths, contents), len(truths))
    print(f"  newstrace / jusText speed: {text['newstrace'] / text['justext']:.2f}x")
    verdict = "meets" if text["newstrace"] >= TEXT_TARGET else "misses"
    print(f"  newstrace text path: {text['newstrace']:.0f} pages/s, {verdict} the {TEXT_TARGET:.0f} pages/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
