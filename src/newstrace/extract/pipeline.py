from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newstrace.models import Article, Page

# Shorter than the shortest news brief: what is left is a menu, an error page or a login wall.
MIN_ARTICLE_WORDS = 20


class ExtractionError(Exception):
    """The page holds no article; the message says why."""


@dataclass
class ExtractContext:
    """What extraction may know about the whole run: line texts that repeat across pages."""

    repeated_lines: frozenset[str] = field(default_factory=frozenset)


def prepare(pages: Iterable[Page]) -> ExtractContext:
    from newstrace.extract.text import repeated_lines

    return ExtractContext(repeated_lines=repeated_lines(p for p in pages if p.kind == "text"))


def extract(page: Page, context: ExtractContext | None = None) -> Article:
    if page.kind == "html":
        from newstrace.extract.html import extract_html

        article = extract_html(page)
    else:
        from newstrace.extract.text import extract_text

        article = extract_text(page, context or ExtractContext())
    if sum(len(p.split()) for p in article.body) < MIN_ARTICLE_WORDS:
        raise ExtractionError("no article text found on the page")
    return article
