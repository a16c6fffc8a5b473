"""HTML page -> Article: trafilatura's body and metadata, corrected where news pages mislead it.

The page is parsed once; the same lxml tree feeds our metadata readers (JSON-LD, <h1>, meta tags, bylines)
and trafilatura, which copies it before cleaning. trafilatura runs once per page (twice only when its
balanced setting finds nothing); a short extraction gets a second look from its baseline.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from newstrace.extract.html_body import body_paragraphs
from newstrace.extract.html_meta import (
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
# An extraction this short gets a second look from trafilatura's cheap baseline (one WCXB article page in
# five); its recall setting would find a little more but costs a whole second run.
_SHORT_WORDS = 800
_FULLER = 2.0


def extract_html(page: Page) -> Article:
    article = Article(id=page.id, path=page.path, url=page.url, kind="html")
    tree = _parse(page.content)
    if tree is None:
        return article
    nodes = json_ld(tree)
    doc = _bare_extraction(tree, page.url) or _bare_extraction(tree, page.url, favor_recall=True)
    if doc is None:
        return article
    article.outlet = doc.sitename or None
    article.title = headline(tree, doc.title, article.outlet)
    article.authors = page_authors(tree, nodes, doc.author, article.outlet)
    article.published = _published(tree, nodes, doc.date, page.fetched)
    article.language = _language(tree)
    article.body = body_paragraphs(_fuller_text(tree, doc.text or ""), article.title)
    return article


def _bare_extraction(tree: HtmlElement, url: str | None, favor_recall: bool = False) -> Document | None:
    """trafilatura's text and metadata; None when its balanced setting finds no text, so the caller can
    retry with recall. Comments are not the article: leaving them out also spares a pass over the page."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      favor_recall=favor_recall, date_extraction_params=_DATE_PARAMS)
    return doc if isinstance(doc, Document) else None


def _fuller_text(tree: HtmlElement, text: str) -> str:
    """A short extraction is where trafilatura's balanced setting most often stops at a subheading, a table
    or a teaser: its baseline (the publisher's declared articleBody, the <article> element or all
    paragraphs) instead when that finds twice as much."""
    if len(text.split()) >= _SHORT_WORDS:
        return text
    _, plain, _ = trafilatura.baseline(tree)
    return plain if len(plain.split()) > _FULLER * len(text.split()) else text


def _parse(content: str) -> HtmlElement | None:
    try:
        return trafilatura.load_html(content)
    except ValueError:
        return None


def _published(tree: HtmlElement, nodes: list[dict[str, Any]], found: str | None, fetched: str | None) -> str | None:
    """htmldate's original date from the page's markup unless it is the page's modification date, else the
    structured publication date, else the first date written out in the page ("March 4, 2025").
    The crawl day is never a publication date."""
    day = _unless(iso_date(found), modified_dates(tree, nodes)) or jsonld_published(nodes) or meta_published(tree)
    day = day or visible_date(tree)
    if day and fetched and fetched.startswith(day):
        return None
    return day


def _unless(day: str | None, excluded: set[str]) -> str | None:
    return day if day and day not in excluded else None


def _language(tree: HtmlElement) -> str | None:
    for value in tree.xpath("/html/@lang | //meta[@property='og:locale']/@content"
                            " | //meta[@http-equiv='content-language']/@content"):
        code = value.strip().replace("_", "-").split("-")[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None
