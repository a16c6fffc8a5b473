"""Text-dump extraction on news articles set in real page furniture: each article of a news corpus replaces
the headline, byline and text of a WCXB page rendered to plain text, so the labels are exact by construction
and the menus, share bars, teasers, comment threads and footers around it are a real site's.

    .venv/bin/python bench/eval_news_dumps.py NEWS_DIR WCXB_DIR [--limit N] [--jobs N] [--inline] [--chromium]
        [--tight | --dense]
    .venv/bin/python bench/eval_news_dumps.py ../shared/data/polnear/dev ../shared/data/wcxb-articles-dev

NEWS_DIR has PolNeAR's layout: `text/PUBLISHER_YYYY-MM-DD_SLUG.txt`, the headline as the first paragraph and
the article's paragraphs after it, separated by blank lines (PolNeAR's headlines end with a full stop).
WCXB_DIR has WCXB's layout (see eval_pages.py).

For each WCXB page with a reference title and text, and for each renderer (inscriptis, html2text, html-text,
and with `--chromium` a headless Chromium's innerText, about a second a page): the page is rendered, the
lines from its headline to the end of its reference text are found, and in their place go the next news
article's headline, a byline ("By" and a name from a fixed list of invented names), the date from the
article's file name written out, and its paragraphs, in the page's indentation; the headline keeps the
markdown heading mark of the page's own (html2text's "# "), and where the render's first line is the
document's title holding the page's headline (html-text), the news headline takes its place there too, as a
news page's title would hold its own. The dump carries no URL. Scored as in
eval_pages.py: body word F1 (and jusText's on the same dumps), title word F1 >= 0.8, author, exact date.
Pages where the headline or the text cannot be found in the render are left out, and counted.

With `--inline`, each article also carries one of the boxes news sites set between its paragraphs (a
"Related" teaser, "Most Read" headlines, a newsletter sign-up, "Advertisement", "READ MORE: ..."), with other
articles' headlines, after one of its paragraphs (never the last): the body must keep the paragraphs on both
sides and leave the box out.

Each inserted line is set apart by blank lines. With `--tight` the headline, byline and date run line under
line and only the paragraphs are set apart, as a browser's innerText draws a page whose headline block is not
made of paragraphs. With `--dense` the whole page has no blank line, as some page-text dumps come (a browser's
copy of a page whose text sits in no paragraphs, a cleaner that drops empty lines).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path

from eval_pages import (
    CHROMIUM,
    RENDERERS,
    author_ok,
    date_ok,
    load_html,
    load_truth,
    render,
    run_justext,
    title_ok,
    word_prf,
)

from newstrace.extract import ExtractionError, extract, prepare
from newstrace.models import Page

_NAME = re.compile(r"^[a-z-]+_(\d{4}-\d{2}-\d{2})_")
_NAMES = ("Maria Lopez", "James O'Neill", "Priya Raman", "Tom Becker", "Anna Kowalski", "David Chen")
_DATE_FORMATS = ("%B %-d, %Y", "%-d %B %Y", "%b %-d, %Y %-I:%M %p", "Published %B %-d, %Y")
_HEADING_MARK = re.compile(r"#{1,6} ")
_HEADLINE_REACH = 40  # lines above the reference text where the page's headline is looked for
_ANCHOR_CHARS = 40  # how much of the first and last paragraph finds the reference text in the render
# Boxes set inside articles; {0}, {1}, {2} are other articles' headlines.
_INLINE_BOXES = (
    ("Related", "{0}"),
    ("Related Articles", "{0}", "{1}"),
    ("Sign up for our newsletter", "The day's top stories, delivered to your inbox every morning."),
    ("Most Read", "{0}", "{1}", "{2}"),
    ("Advertisement",),
    ("READ MORE: {0}",),
    ("You may also like", "{0}", "{1}"),
)


@dataclass
class News:
    headline: str
    body: list[str]
    date: str
    box: tuple[str, ...] = ()  # set after `box_after` paragraphs of the body
    box_after: int = 0


@dataclass
class Spliced:
    page: Page
    news: News
    author: str


def load_news(folder: Path) -> list[News]:
    out = []
    for path in sorted((folder / "text").glob("*.txt")):
        match = _NAME.match(path.name)
        parts = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        if match and len(parts) >= 2:
            # Some headlines carry a second line, a deck, which is neither headline nor text: it is left out.
            out.append(News(parts[0].splitlines()[0].strip(), parts[1:], match.group(1)))
    return out


def with_box(news: list[News], n: int) -> News:
    """The nth article with an inline box after one of its paragraphs (not the last)."""
    article = news[n % len(news)]
    if len(article.body) < 2:
        return article
    # A teaser's headline is set without the full stop PolNeAR's headlines end with.
    headlines = [news[(n + k) % len(news)].headline.removesuffix(".") for k in (1, 2, 3)]
    box = tuple(row.format(*headlines) for row in _INLINE_BOXES[n % len(_INLINE_BOXES)])
    return replace(article, box=box, box_after=1 + n % (len(article.body) - 1))


def splice(lines: list[str], title: str, body: list[str], news: News, n: int, tight: bool = False
           ) -> tuple[str, str] | None:
    """The render with the news article in place of the page's own, and the byline's name; None when the
    page's headline or text is not found in the render."""
    first, last = body[0][:_ANCHOR_CHARS].strip(), body[-1][-_ANCHOR_CHARS:].strip()
    starts = [i for i, line in enumerate(lines) if first and first in line]
    ends = [i for i, line in enumerate(lines) if last and last in line]
    if not starts or not ends or ends[-1] < starts[0]:
        return None
    heads = [i for i in range(max(0, starts[0] - _HEADLINE_REACH), starts[0]) if title_ok(lines[i].strip(), title)]
    if not heads:
        return None
    head, end = heads[-1], ends[-1]
    indent, mark = _heading_parts(lines[head])
    name = _NAMES[n % len(_NAMES)]
    day = dt.date.fromisoformat(news.date)
    written = dt.datetime(day.year, day.month, day.day, 10, 42).strftime(_DATE_FORMATS[n % len(_DATE_FORMATS)])
    # The new headline keeps the page's markup for its own (html2text's "# ").
    body = [*news.body[: news.box_after], *news.box, *news.body[news.box_after:]]
    header = [mark + news.headline, f"By {name}", written]
    # A renderer that writes the document's title first (html-text) gives the news page's own title there, and
    # every other copy of the page's headline above its text (a heading over a repeated copy, a sticky header's)
    # is the news headline too.
    own = lines[head].strip().removeprefix(mark)
    lines = [lines[0].replace(own, news.headline), *lines[1:]] if head and own in lines[0] else lines
    lines = [_retitled(line, news.headline) if i in heads[:-1] else line for i, line in enumerate(lines)]
    if tight:
        inserted = [indent + text for text in header] + [""] + [row for text in body for row in (indent + text, "")]
    else:
        inserted = [row for text in [*header, *body] for row in (indent + text, "")]
    return "\n".join([*lines[:head], *inserted, *lines[end + 1:]]), name


def _retitled(line: str, headline: str) -> str:
    """A copy of the page's headline, with the news headline in its place and the copy's indentation and
    markdown heading mark kept."""
    indent, mark = _heading_parts(line)
    return indent + mark + headline


def _heading_parts(line: str) -> tuple[str, str]:
    """A line's indentation and its markdown heading mark ("" where it has none)."""
    stripped = line.lstrip()
    mark = _HEADING_MARK.match(stripped)
    return line[: len(line) - len(stripped)], mark.group() if mark else ""


def build(item: tuple[int, Path, Path, News, tuple[str, ...], bool, bool]) -> list[tuple[str, Spliced]]:
    n, wcxb, truth_path, news, renderers, tight, dense = item
    truth = load_truth(truth_path)
    paragraphs = [p for p in (truth.body or "").split("\n\n") if p.strip()]
    if not truth.title or len(paragraphs) < 2:
        return []
    content = load_html(wcxb, truth.id)
    out = []
    for renderer in renderers:
        made = splice(render(content, renderer).splitlines(), truth.title, paragraphs, news, n, tight)
        if made:
            text = "\n".join(line for line in made[0].splitlines() if line.strip()) if dense else made[0]
            page = Page(id=truth.id, path=f"{truth.id}.{renderer}.txt", kind="text", content=text)
            out.append((renderer, Spliced(page, news, made[1])))
    return out


def score(items: list[Spliced]) -> dict[str, float]:
    context = prepare([s.page for s in items])
    totals = dict.fromkeys(("body", "justext", "title", "author", "date"), 0.0)
    for s in items:
        reference = "\n\n".join(s.news.body)
        try:
            article = extract(s.page, context)
        except ExtractionError:
            article = None
        if article is not None:
            totals["body"] += word_prf("\n\n".join(article.body), reference)[2]
            totals["title"] += title_ok(article.title, s.news.headline)
            totals["author"] += author_ok(article.authors, s.author)
            totals["date"] += date_ok(article.published, s.news.date)
        totals["justext"] += word_prf(run_justext(s.page.content).body, reference)[2]
    return {key: value / len(items) for key, value in totals.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("news", type=Path)
    parser.add_argument("wcxb", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N WCXB pages")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--inline", action="store_true", help="set a news site's box inside each article")
    parser.add_argument("--chromium", action="store_true",
                        help="also render the pages with headless Chromium (innerText), about a second a page")
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument("--tight", action="store_true", help="headline, byline and date line under line")
    layout.add_argument("--dense", action="store_true", help="no blank line anywhere on the page")
    args = parser.parse_args(argv)
    news = load_news(args.news)
    truths = sorted((args.wcxb / "ground-truth").glob("*.json"))[: args.limit]
    if not news or not truths:
        print("newstrace: error: no news articles or no WCXB pages found", file=sys.stderr)
        return 2
    started = time.monotonic()
    renderers = (*RENDERERS, CHROMIUM) if args.chromium else RENDERERS
    items = [(n, args.wcxb, path, with_box(news, n) if args.inline else news[n % len(news)], renderers, args.tight,
              args.dense) for n, path in enumerate(truths)]
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            built = pool.map(build, items, chunksize=8)
            pool.close()
            pool.join()  # the workers end on their own, closing their browsers, rather than being killed
    else:
        built = [build(item) for item in items]
    print(f"{'renderer':<12}{'pages':>7}{'body F1':>9}{'jusText':>9}{'title':>7}{'author':>8}{'date':>7}")
    for renderer in renderers:
        spliced = [s for pages in built for r, s in pages if r == renderer]
        if not spliced:
            continue
        result = score(spliced)
        print(f"{renderer:<12}{len(spliced):>7}{result['body']:>9.3f}{result['justext']:>9.3f}{result['title']:>7.3f}"
              f"{result['author']:>8.3f}{result['date']:>7.3f}")
    print(f"\n{len(news)} news articles in the furniture of {len(truths)} WCXB pages; pages whose headline or text "
          f"was not found in a render are left out. {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
