from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newstrace.languages import unread_script
from newstrace.models import Article, Page

# Shorter than the shortest news brief: what is left is a menu, an error page or a login wall.
MIN_ARTICLE_WORDS = 20


class ExtractionError(Exception):
    """The page holds no article; the message says why."""


@dataclass
class ExtractContext:
    """What extraction may know about the whole run: per outlet (URL host, else the site name a page
    shows), on how many of its pages each repeated line appears, and how many pages it has; and the site name
    read from each text page's lines, by a digest of the lines it was read from (`extract` reads most pages'
    name from the same lines again, and finding it is a tenth of a page's work)."""

    repeated_lines: dict[str, dict[str, int]] = field(default_factory=dict)
    outlet_pages: dict[str, int] = field(default_factory=dict)
    site_names: dict[bytes, str | None] = field(default_factory=dict)


def prepare(pages: Iterable[Page]) -> ExtractContext:
    from newstrace.extract.text import line_repeats

    context = ExtractContext()
    context.repeated_lines, context.outlet_pages = line_repeats((p for p in pages if p.kind == "text"),
                                                                context.site_names)
    return context


def extract(page: Page, context: ExtractContext | None = None) -> Article:
    if page.kind == "html":
        from newstrace.extract.html import extract_html

        article = extract_html(page)
    else:
        from newstrace.extract.text import extract_text

        article = extract_text(page, context or ExtractContext())
    if not _has_words(article.body, MIN_ARTICLE_WORDS):
        # The text extractor weighs lines by the stop words of the languages it knows; markup needs none.
        script = unread_script(page.content) if page.kind == "text" else None
        why = f": its text is in {script} script, and text dumps are read in Latin or Cyrillic only" if script else ""
        raise ExtractionError("no article text found on the page" + why)
    return article


def _has_words(paragraphs: list[str], count: int) -> bool:
    """Whether the paragraphs hold `count` words; the first one or two usually do, and the rest of a long
    article need not be split."""
    for paragraph in paragraphs:
        count -= len(paragraph.split())
        if count <= 0:
            return True
    return False
