"""Page-extraction evaluation on a folder in the WCXB layout (`html/*.html.gz`, `ground-truth/*.json`).

    .venv/bin/python bench/eval_pages.py ../shared/data/wcxb-articles-dev [--limit N] [--jobs N]
        [--mode html|text|all] [--json out.json] [--worst N] [--misses title|author|date] [--chromium] [--lynx]

`--mode html` runs the HTML systems (newstrace-html, trafilatura), `--mode text` the text-dump systems
(newstrace-text and jusText on each renderer's dump); the default `all` runs both.

Body score: WCXB's word-level measure (Murrough-Foley/web-content-extraction-benchmark, evaluate.py):
lowercase `\\w+` tokens, bag-of-words overlap (multiset intersection), precision / recall / F1 per page,
then the plain mean over pages. A page whose reference is empty scores 1 when nothing is extracted, else 0.

Metadata, as shares of the same pages:
- title: correct when its word F1 against the reference title is >= 0.8;
- author: the names, without "By", honorifics, credentials (dots ignored: "Ph.D." is "phd") and joiners
  ("and", "&"), compared as word bags; correct at word F1 >= 0.8;
- date: the calendar day (or month, when the reference is a month) equals the reference exactly.
Pages with no reference author/date count as correct only when the system outputs none (inventing an
author or a date is an error). The `author|gt` and `date|gt` columns restrict to pages that have one.

Systems, all on the same pages in one run:
- newstrace-html: `newstrace.extract.extract` on the HTML page;
- newstrace-text/<renderer>: the page rendered to plain text (inscriptis, html2text, html-text, and with
  `--chromium` a headless Chromium's innerText, with `--lynx` `lynx -dump`), then `newstrace.extract.prepare` over all
  dumps of that renderer and `extract` on each dump;
- trafilatura: `trafilatura.bare_extraction` with its default settings (HTML, with metadata);
- justext/<renderer>: jusText (English stoplist, default settings) on the dump, each line wrapped as <p>.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from multiprocessing import Pool, util
from pathlib import Path
from typing import Any

from newstrace.extract import ExtractContext, ExtractionError, extract, prepare
from newstrace.models import Article, Page

RENDERERS = ("inscriptis", "html2text", "html-text")
CHROMIUM = "chromium"  # with --chromium: slow (about a second a page), so not run by default
LYNX = "lynx"  # with --lynx: Debian's lynx, whose `-dump` wraps at 80 columns and numbers the links
_WORD = re.compile(r"\w+")
# Tokens that are not part of a person's or desk's name: joiners, honorifics, degrees and credentials.
_NOT_NAME = frozenset((
    "by", "and", "with", "dr", "mr", "mrs", "ms", "miss", "prof", "md", "phd", "rd", "rn", "ma", "mba", "msc",
    "bsc", "ba", "bs", "fand", "facp", "faclm", "cpa", "jd", "esq", "jr", "sr", "ii", "iii",
))


def tokenize(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def word_prf(predicted: str | None, reference: str | None) -> tuple[float, float, float]:
    """WCXB word-level precision, recall and F1 of one page."""
    pred, ref = tokenize(predicted), tokenize(reference)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    p, r = overlap / len(pred), overlap / len(ref)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def title_ok(predicted: str | None, reference: str | None) -> bool:
    return word_prf(predicted, reference)[2] >= 0.8


def _name_words(text: str) -> str:
    # Dots dropped first so that dotted credentials ("Ph.D.", "M.D.") become the tokens _NOT_NAME lists.
    return " ".join(t for t in tokenize(text.replace(".", "")) if t not in _NOT_NAME)


def author_ok(predicted: list[str], reference: str | None) -> bool:
    pred = _name_words(" ".join(predicted))
    if not reference or not _name_words(reference):
        return not pred
    return word_prf(pred, _name_words(reference))[2] >= 0.8


def date_ok(predicted: str | None, reference: str | None) -> bool:
    if not reference:
        return not predicted
    return bool(predicted) and predicted[: len(reference)] == reference  # type: ignore[index]


@dataclass
class Truth:
    id: str
    url: str | None
    body: str
    title: str | None
    author: str | None
    date: str | None


@dataclass
class Guess:
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    has_meta: bool = True


def load_truth(path: Path) -> Truth:
    data = json.loads(path.read_text(encoding="utf-8"))
    gt = data.get("ground_truth") or {}
    return Truth(id=path.name.removesuffix(".json"), url=data.get("url"), body=gt.get("main_content") or "",
                 title=gt.get("title"), author=gt.get("author"), date=gt.get("publish_date"))


def load_html(folder: Path, page_id: str) -> str:
    raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
    return raw.decode("utf-8", errors="replace")


def from_article(article: Article | None) -> Guess:
    if article is None:
        return Guess(body="")
    return Guess(body=article.text, title=article.title, authors=article.authors, date=article.published)


def run_newstrace(page: Page, context: ExtractContext | None = None) -> Guess:
    try:
        return from_article(extract(page, context))
    except ExtractionError:
        return Guess(body="")


def forget_memos() -> None:
    """Empty every memo the extractor keeps across pages (a line's byline, say), so that a timed run starts as
    cold as a user's first run: a benchmark that times the same pages twice must not find them remembered.
    Tables loaded once (a gazetteer) belong to other modules and stay."""
    for name, module in list(sys.modules.items()):
        if name.startswith("newstrace.extract"):
            for value in vars(module).values():
                if getattr(value, "__module__", None) == name and callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def run_trafilatura(content: str, url: str | None) -> Guess:
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(content, url=url, with_metadata=True)
    if not isinstance(doc, Document):
        return Guess(body="")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Guess(body=doc.text or "", title=doc.title, authors=authors, date=doc.date)


def run_justext(dump: str, blocks: bool = False) -> Guess:
    """jusText on a dump, each line a paragraph; with `blocks`, each run of lines between blank lines (a renderer
    that wraps paragraphs at a width, as lynx does, would leave jusText nothing but short lines)."""
    import justext

    parts = [" ".join(block.split()) for block in re.split(r"\n\s*\n", dump)] if blocks else dump.splitlines()
    wrapped = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in parts if ln.strip()) + "</body></html>"
    paragraphs = justext.justext(wrapped, justext.get_stoplist("English"))
    return Guess(body="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate), has_meta=False)


def render(content: str, renderer: str) -> str:
    if renderer == CHROMIUM:
        return _chromium_text(content)
    if renderer == LYNX:
        return _lynx_text(content)
    if renderer == "inscriptis":
        from inscriptis import get_text

        return get_text(content)
    if renderer == "html-text":
        # The text a browser's innerText gives: blocks on lines of their own, no markup.
        import html_text

        return str(html_text.extract_text(content, guess_layout=True))
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    return converter.handle(content)


@cache
def _browser() -> Any:
    """Headless Chromium (Debian's, as the browser tests use), one per process, with scripts and images off: the
    pages are archived, and nothing may be fetched."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver = shutil.which("chromium") or shutil.which("chromium-browser"), shutil.which("chromedriver")
    if not binary or not driver:
        raise SystemExit("--chromium needs Debian's chromium and chromium-driver (scripts/install-browser.sh)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--blink-settings=imagesEnabled=false"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.page_load_strategy = "eager"
    browser = webdriver.Chrome(options=options, service=Service(driver))
    browser.set_page_load_timeout(15)
    # A pool's worker ends without running atexit's handlers; multiprocessing's own finalizers do run when it is
    # closed and joined (`pool_map`), so no browser outlives the run.
    util.Finalize(None, _quit, args=(browser,), exitpriority=0)
    return browser


def _quit(browser: Any) -> None:
    with contextlib.suppress(Exception):  # already closed after a page that hung it
        browser.quit()


def _chromium_text(content: str) -> str:
    """The page's text as a browser gives it (`innerText`), as a person's copy of a page or a scraper's dump
    has it: only paragraphs set apart by blank lines. Its stylesheets are not fetched, so boxes that they
    would hide show."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as page:
        page.write(content)
        page.flush()
        try:
            _browser().get(Path(page.name).as_uri())
            return str(_browser().execute_script("return document.body ? document.body.innerText : ''"))
        except Exception:  # a page that hangs the browser renders as nothing, and the next gets a fresh one
            _quit(_browser())
            _browser.cache_clear()
            return ""


def _lynx_text(content: str) -> str:
    """The page as `lynx -dump` writes it: wrapped at 80 columns, each link's number before its words, the list of
    the links' addresses under the text."""
    binary = shutil.which("lynx")
    if not binary:
        raise SystemExit("--lynx needs Debian's lynx (apt-get install lynx)")
    done = subprocess.run([binary, "-dump", "-stdin", "-width=80", "-assume_charset=utf-8", "-display_charset=utf-8"],
                          input=content.encode("utf-8"), capture_output=True, timeout=60, check=False)
    return done.stdout.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Setup:
    """What each worker needs: the data folder, the systems to run and (for the second pass) the text
    contexts."""

    folder: Path
    mode: str
    renderers: tuple[str, ...] = RENDERERS
    contexts: dict[str, ExtractContext] = field(default_factory=dict)


_STATE: dict[str, Setup] = {}


def _init(setup: Setup) -> None:
    _STATE["setup"] = setup


def first_pass(truth: Truth) -> tuple[str, dict[str, Guess], dict[str, str]]:
    """HTML systems and the text dumps of one page."""
    mode, folder = _STATE["setup"].mode, _STATE["setup"].folder
    content = load_html(folder, truth.id)
    guesses: dict[str, Guess] = {}
    dumps: dict[str, str] = {}
    if mode in ("all", "html"):
        page = Page(id=truth.id, path=str(folder / "html" / truth.id), kind="html", content=content,
                    url=truth.url)
        guesses["newstrace-html"] = run_newstrace(page)
        guesses["trafilatura"] = run_trafilatura(content, truth.url)
    if mode in ("all", "text"):
        dumps = {r: render(content, r) for r in _STATE["setup"].renderers}
        for renderer, dump in dumps.items():
            guesses[f"justext/{renderer}"] = run_justext(dump, blocks=renderer == LYNX)
    return truth.id, guesses, dumps


def text_pass(item: tuple[Truth, str, str]) -> tuple[str, str, Guess]:
    truth, renderer, dump = item
    page = dump_page(truth, renderer, dump)
    return truth.id, f"newstrace-text/{renderer}", run_newstrace(page, _STATE["setup"].contexts[renderer])


def dump_page(truth: Truth, renderer: str, dump: str) -> Page:
    return Page(id=truth.id, path=f"{truth.id}.{renderer}.txt", kind="text", content=dump, url=truth.url)


def pool_map(fn: Callable[[Any], Any], items: Iterable[Any], jobs: int, setup: Setup) -> list[Any]:
    if jobs <= 1:
        _init(setup)
        return [fn(i) for i in items]
    with Pool(jobs, initializer=_init, initargs=(setup,)) as pool:
        results = list(pool.imap_unordered(fn, items, chunksize=4))
        pool.close()
        pool.join()  # the workers end on their own, closing their browsers, rather than being killed
    return results


def evaluate(folder: Path, truths: list[Truth], mode: str, jobs: int, renderers: tuple[str, ...] = RENDERERS
             ) -> dict[str, dict[str, Guess]]:
    """system -> page id -> guess."""
    results: dict[str, dict[str, Guess]] = {}
    dumps: dict[str, dict[str, str]] = {r: {} for r in renderers}
    for page_id, guesses, page_dumps in pool_map(first_pass, truths, jobs, Setup(folder, mode, renderers)):
        for system, guess in guesses.items():
            results.setdefault(system, {})[page_id] = guess
        for renderer, dump in page_dumps.items():
            dumps[renderer][page_id] = dump
    if mode in ("all", "text"):
        by_id = {t.id: t for t in truths}
        contexts = {r: prepare(dump_page(by_id[i], r, d) for i, d in dumps[r].items()) for r in renderers}
        items = [(by_id[i], r, d) for r in renderers for i, d in dumps[r].items()]
        for page_id, system, guess in pool_map(text_pass, items, jobs, Setup(folder, mode, renderers, contexts)):
            results.setdefault(system, {})[page_id] = guess
    return results


def score(truths: list[Truth], guesses: dict[str, Guess]) -> dict[str, Any]:
    rows = [(t, guesses[t.id]) for t in truths if t.id in guesses]
    prf = [word_prf(g.body, t.body) for t, g in rows]
    n = len(rows)
    figures: dict[str, Any] = {
        "pages": n,
        "f1": sum(x[2] for x in prf) / n, "precision": sum(x[0] for x in prf) / n,
        "recall": sum(x[1] for x in prf) / n,
    }
    if rows and rows[0][1].has_meta:
        with_author = [(t, g) for t, g in rows if t.author]
        with_date = [(t, g) for t, g in rows if t.date]
        figures.update(
            title=sum(title_ok(g.title, t.title) for t, g in rows) / n,
            author=sum(author_ok(g.authors, t.author) for t, g in rows) / n,
            author_gt=sum(author_ok(g.authors, t.author) for t, g in with_author) / max(1, len(with_author)),
            date=sum(date_ok(g.date, t.date) for t, g in rows) / n,
            date_gt=sum(date_ok(g.date, t.date) for t, g in with_date) / max(1, len(with_date)),
        )
    return figures


def print_table(table: dict[str, dict[str, Any]], truths: list[Truth]) -> None:
    n_author = sum(1 for t in truths if t.author)
    n_date = sum(1 for t in truths if t.date)
    cols = ("f1", "precision", "recall", "title", "author", "author_gt", "date", "date_gt")
    print(f"{'system':<26}{'pages':>6}" + "".join(f"{c:>10}" for c in cols))
    for system, fig in table.items():
        cells = "".join(f"{fig[c]:>10.3f}" if c in fig else f"{'-':>10}" for c in cols)
        print(f"{system:<26}{fig['pages']:>6}{cells}")
    print(f"\nbody: WCXB word-level P/R/F1, mean over pages. title: word F1 >= 0.8. "
          f"author: name words F1 >= 0.8. date: exact day.\nauthor/date: over all {len(truths)} pages; "
          f"a page with no reference value counts correct only when none is output.\n"
          f"author_gt/date_gt: only the {n_author} / {n_date} pages that have a reference author / date.")


def print_worst(truths: list[Truth], guesses: dict[str, Guess], count: int) -> None:
    ranked = sorted((word_prf(guesses[t.id].body, t.body), t.id) for t in truths if t.id in guesses)
    ranked.sort(key=lambda row: row[0][2])
    print(f"\nworst {count} newstrace-html pages (P, R, F1):")
    for (p, r, f), page_id in ranked[:count]:
        print(f"  {page_id}  P={p:.2f} R={r:.2f} F1={f:.2f}")


_CHECKS = {"title": lambda g, t: title_ok(g.title, t.title), "author": lambda g, t: author_ok(g.authors, t.author),
           "date": lambda g, t: date_ok(g.date, t.date)}


def print_misses(truths: list[Truth], guesses: dict[str, Guess], field: str) -> None:
    """Every newstrace-html page whose `field` is wrong: the reference beside the output, for reading by hand."""
    misses = [t for t in truths if t.id in guesses and not _CHECKS[field](guesses[t.id], t)]
    print(f"\n{len(misses)} newstrace-html pages with a wrong {field} (reference | newstrace | url):")
    for t in misses:
        guess = guesses[t.id]
        given = {"title": guess.title, "author": guess.authors, "date": guess.date}[field]
        print(f"  {t.id}  {getattr(t, field)!r} | {given!r} | {t.url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--mode", choices=("html", "text", "all"), default="all")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst newstrace-html pages")
    parser.add_argument("--misses", choices=tuple(_CHECKS), default=None,
                        help="list the newstrace-html pages whose title, author or date is wrong")
    parser.add_argument("--chromium", action="store_true",
                        help="also render the pages with headless Chromium (innerText), about a second a page")
    parser.add_argument("--lynx", action="store_true", help="also render the pages with `lynx -dump`")
    args = parser.parse_args(argv)
    gt_files = sorted((args.dir / "ground-truth").glob("*.json"))[: args.limit]
    truths = [t for t in map(load_truth, gt_files) if (args.dir / "html" / f"{t.id}.html.gz").exists()]
    if not truths:
        print(f"no pages in {args.dir} (expected html/*.html.gz and ground-truth/*.json)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    renderers = (*RENDERERS, *([CHROMIUM] if args.chromium else []), *([LYNX] if args.lynx else []))
    results = evaluate(args.dir, truths, args.mode, args.jobs, renderers)
    table = {system: score(truths, results[system]) for system in sorted(results)}
    print_table(table, truths)
    print(f"\n{len(truths)} pages in {time.perf_counter() - started:.0f} s with {args.jobs} job(s)")
    if args.worst and "newstrace-html" in results:
        print_worst(truths, results["newstrace-html"], args.worst)
    if args.misses and "newstrace-html" in results:
        print_misses(truths, results["newstrace-html"], args.misses)
    if args.json:
        args.json.write_text(json.dumps(table, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
