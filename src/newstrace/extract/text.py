"""Plain-text dumps of rendered pages -> `Article`.

A dump is the whole page flattened to lines: menus, share bars, headline lists, newsletter boxes, the
article, "READ ALSO" links, comment forms and footers. Each line gets a class from its own text
(`text_lines.classify`), lines that repeat on other pages of the same outlet in the run are furniture,
and the article is the contiguous run of lines with the highest score (running text counts for it,
furniture against it). Inside that run, in-body furniture is dropped: bylines and date lines, pointers to
other stories and the teasers after them, captions, embedded posts and headings that repeat the next
paragraph's opening. The headline is the best headline-like line just above the run; dates, bylines and
the site's name are read around it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from newstrace.extract.credits import apply_credits, byline_names, credit_names, editor_names, origin
from newstrace.extract.pipeline import ExtractContext
from newstrace.extract.text_dates import find_date
from newstrace.extract.text_lines import (
    BARRIER,
    GOOD,
    JUNK,
    META,
    NEAR,
    RELATED,
    SHORT,
    STOPWORDS,
    Line,
    classify,
    count_stops,
    is_bare_pointer,
    is_embed_signature,
    split_lines,
)
from newstrace.extract.text_meta import language, outlet, pick_title, published
from newstrace.models import Article, Page

_VALUE: dict[int, Callable[[Line], float]] = {
    GOOD: lambda line: min(line.words, 120) * (1.0 - line.link_ratio),
    NEAR: lambda line: 0.5 * line.words,
    SHORT: lambda line: -0.5 if line.heading else (-1.5 if line.bullet else -1.0),
    META: lambda line: -2.0,
    RELATED: lambda line: -3.0,
    JUNK: lambda line: -3.0 - 0.3 * line.words,
    BARRIER: lambda line: -25.0,
}
_NORM = re.compile(r"\W+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Repeated lines of running text are furniture only when most of the outlet's pages carry them.
_PROSE_REPEAT_SHARE = 0.5


def line_repeats(pages: Iterable[Page]) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Per outlet (URL host, else the site name the page shows): on how many of its pages each line that
    appears on more than one of them is found, and how many pages the outlet has in the run. Pages whose
    outlet cannot be told are left out: a line shared by two outlets is as likely a wire story's
    paragraph as furniture."""
    counts: dict[str, Counter[str]] = {}
    pages_per: Counter[str] = Counter()
    for page in pages:
        lines = split_lines(page.content)
        key = outlet_key(page, lines)
        if not key:
            continue
        pages_per[key] += 1
        counts.setdefault(key, Counter()).update({line.text for line in lines})
    repeats = {key: {t: n for t, n in c.items() if n > 1} for key, c in counts.items()}
    return {k: v for k, v in repeats.items() if v}, dict(pages_per)


def outlet_key(page: Page, lines: list[Line]) -> str:
    if page.url:
        host = urlsplit(page.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    name = outlet(lines)
    return _NORM.sub("", name.lower()) if name else ""


def extract_text(page: Page, context: ExtractContext) -> Article:
    lines = split_lines(page.content)
    article = Article(id=page.id, path=page.path, url=page.url, kind="text")
    if not lines:
        return article
    article.language = language(lines)
    count_stops(lines, STOPWORDS.get(article.language or "en", STOPWORDS["en"]))
    _classify(lines, page, context)
    start, end = _best_region(lines)
    title = pick_title(lines, start)
    if title is not None and start <= title <= end:
        start = title + 1
    article.title = lines[title].text if title is not None else None
    article.body = _body(lines, start, end, article.title)
    article.published = published(lines, title, start, end)
    article.authors = _authors(lines, title, start, end)
    article.outlet = outlet(lines, page.url)
    article.origin = origin(article.body, article.authors, _credit_lines(lines, title, start, end))
    return apply_credits(article)


def _classify(lines: list[Line], page: Page, context: ExtractContext) -> None:
    key = outlet_key(page, lines) if context.repeated_lines else ""
    repeats = context.repeated_lines.get(key, {})
    outlet_pages = context.outlet_pages.get(key, 0)
    for line in lines:
        kind = classify(line)
        if kind >= SHORT and _is_meta(line):
            kind = META
        seen = repeats.get(line.text, 0)
        if seen and kind > JUNK and (kind != GOOD or seen >= max(3, _PROSE_REPEAT_SHARE * outlet_pages)):
            kind = JUNK
        line.kind = kind


def _is_meta(line: Line) -> bool:
    if line.words > 20:
        return False
    if byline_names(line.text):
        return True
    return (line.words <= 12 and _YEAR.search(line.text) is not None and find_date(line.text) is not None
            and not (line.sentence and line.stops >= 3))


def _best_region(lines: list[Line]) -> tuple[int, int]:
    """The contiguous run of lines with the highest total value (Kadane's maximum subarray)."""
    best, best_span = float("-inf"), (0, len(lines) - 1)
    total, begin = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, begin = 0.0, i
        total += _VALUE[line.kind](line)
        if total > best:
            best, best_span = total, (begin, i)
    return best_span


def _body(lines: list[Line], start: int, end: int, title: str | None) -> list[str]:
    body: list[str] = []
    kept_at: list[int] = []
    seen = {_key(title)} if title else set()
    after_pointer = False
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind in (JUNK, META):
            continue
        if line.kind in (BARRIER, RELATED):
            if is_embed_signature(line.text) and kept_at and kept_at[-1] >= i - 2:
                body.pop()
                kept_at.pop()
            after_pointer = after_pointer or line.kind == BARRIER or is_bare_pointer(line.text)
            continue
        if line.kind in (GOOD, NEAR):
            after_pointer = False
        elif after_pointer or _opens_next(lines, i, end):
            continue
        key = _key(line.text)
        if key in seen:
            continue
        seen.add(key)
        body.append(line.text)
        kept_at.append(i)
    return body


def _key(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _opens_next(lines: list[Line], i: int, end: int) -> bool:
    """A heading, caption or teaser that repeats the opening of the next paragraph."""
    if i >= end:
        return False
    head, following = _key(lines[i].text), _key(lines[i + 1].text)
    return len(following) > len(head) and following.startswith(head)


def _authors(lines: list[Line], title: int | None, start: int, end: int) -> list[str]:
    anchor = title if title is not None else start
    for i in range(max(0, anchor - 6), min(len(lines), max(anchor, start) + 6)):
        if names := byline_names(lines[i].text):
            return names
    for line in lines[end + 1: end + 8]:
        if names := byline_names(line.text) or editor_names(line.text) or credit_names(line.text):
            return names
    return []


def _credit_lines(lines: list[Line], title: int | None, start: int, end: int) -> list[str]:
    """Lines around the article that may credit its source ("Author: RT", "Source: AFP")."""
    anchor = title if title is not None else start
    around = [*lines[max(0, anchor - 6): start], *lines[end + 1: end + 8]]
    return [line.text for line in around if line.words <= 25 and line.kind != BARRIER]
