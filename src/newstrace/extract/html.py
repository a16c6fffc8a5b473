"""HTML page -> Article: trafilatura's body and metadata, corrected where news pages mislead it.

The page is parsed once; the same lxml tree feeds our metadata readers (JSON-LD, <h1>, meta tags, bylines)
and trafilatura, which copies it before cleaning. trafilatura runs once per page, with its recall setting
(twice only when that finds nothing); a short extraction gets a second look from its baseline.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from newstrace.extract.html_body import body_paragraphs
from newstrace.extract.html_meta import (
    first_time,
    headline,
    iso_date,
    json_ld,
    jsonld_published,
    meta_published,
    modified_dates,
    page_authors,
    visible_date,
)
from newstrace.models import Article, Page

# Dates from markup only: htmldate's search of the page text guesses among copyright years and "today",
# and costs more than the whole extraction; `visible_date` reads the text instead.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
# An extraction this short gets a second look from trafilatura's cheap baseline: the recall setting
# sometimes stops at a teaser or a table of contents, where the baseline finds the whole text.
_SHORT_WORDS = 1200
_FULLER = 2.5
# Fewer words than a news brief while the page's own paragraphs hold several times more: the extraction
# (and the baseline, which trusts a declared articleBody or an <article> element first) caught a teaser.
_STUB_WORDS = 150
_STUB_FULLER = 3.0
_PAGE_PARAGRAPHS = "//p[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)]"
# A paragraph this short is a label, a caption or a link, not the article's text.
_MIN_PARAGRAPH_WORDS = 8


def extract_html(page: Page) -> Article:
    article = Article(id=page.id, path=page.path, url=page.url, kind="html")
    tree = _parse(page.content)
    if tree is None:
        return article
    nodes = json_ld(tree)
    doc = _bare_extraction(tree, page.url) or _bare_extraction(tree, page.url, favor_recall=False)
    if doc is None:
        return article
    article.outlet = doc.sitename or None
    article.title = headline(tree, doc.title, article.outlet)
    article.authors = page_authors(tree, nodes, doc.author, article.outlet)
    article.published = _published(tree, nodes, doc.date, page.fetched)
    article.language = _language(tree)
    article.body = body_paragraphs(_fuller_text(tree, doc.text or ""), article.title)
    return article


def _bare_extraction(tree: HtmlElement, url: str | None, favor_recall: bool = True) -> Document | None:
    """trafilatura's text and metadata; None when it finds no text, so the caller can retry with the other
    setting. Recall first: on news and blog pages its balanced setting more often drops whole sections
    (lists, subheaded parts, boxed text) than recall lets boilerplate in, and it runs no slower.
    Comments are not the article: leaving them out also spares a pass over the page."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      favor_recall=favor_recall, date_extraction_params=_DATE_PARAMS)
    return doc if isinstance(doc, Document) else None


def _fuller_text(tree: HtmlElement, text: str) -> str:
    """A short extraction is where trafilatura most often stops at a subheading, a table or a teaser: its
    baseline (the publisher's declared articleBody, the <article> element or all paragraphs) instead when
    that finds much more, and the page's paragraphs when even that leaves a stub."""
    if len(text.split()) >= _SHORT_WORDS:
        return text
    _, plain, _ = trafilatura.baseline(tree)
    if len(plain.split()) > _FULLER * len(text.split()):
        text = plain
    if len(text.split()) < _STUB_WORDS:
        paragraphs = _page_paragraphs(tree)
        return paragraphs if len(paragraphs.split()) > _STUB_FULLER * len(text.split()) else text
    return text


def _page_paragraphs(tree: HtmlElement) -> str:
    """The page's paragraphs of running text, outside its navigation, header, footer and asides."""
    texts = (" ".join(p.text_content().split()) for p in tree.xpath(_PAGE_PARAGRAPHS))
    return "\n".join(t for t in texts if len(t.split()) >= _MIN_PARAGRAPH_WORDS)


def _parse(content: str) -> HtmlElement | None:
    try:
        return trafilatura.load_html(content)
    except ValueError:
        return None


def _published(tree: HtmlElement, nodes: list[dict[str, Any]], found: str | None, fetched: str | None) -> str | None:
    """The page's original date from its markup unless it is the page's modification date, else the
    structured publication date, else the first date written out in the page ("March 4, 2025"); a numeric
    date in the order the page writes it out. The crawl day is never a publication date."""
    modified = modified_dates(tree, nodes)
    declared = jsonld_published(nodes) or meta_published(tree)
    markup = _unless(iso_date(found), modified)
    if not declared:
        # Without a declared publication date, htmldate guesses among every date in the markup; the first
        # <time datetime> is the one the page shows its reader.
        markup = _unless(first_time(tree), modified) or markup
    day = _written_order(markup or declared, tree) or visible_date(tree)
    if day and fetched and fetched.startswith(day):
        return None
    return day


def _written_order(day: str | None, tree: HtmlElement) -> str | None:
    """A numeric date whose day could be its month ("2025-04-09" from "04/09/2025") is read in the order
    the page writes the same date out with the month's name."""
    if not day or len(day) < 10 or int(day[8:]) > 12:
        return day
    swapped = f"{day[:4]}-{day[8:]}-{day[5:7]}"
    return swapped if swapped != day and visible_date(tree) == swapped else day


def _unless(day: str | None, excluded: set[str]) -> str | None:
    return day if day and day not in excluded else None


def _language(tree: HtmlElement) -> str | None:
    for value in tree.xpath("/html/@lang | //meta[@property='og:locale']/@content"
                            " | //meta[@http-equiv='content-language']/@content"):
        code = value.strip().replace("_", "-").split("-")[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None
