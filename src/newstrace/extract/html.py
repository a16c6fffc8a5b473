"""HTML page -> Article: trafilatura's body and metadata, corrected where news pages mislead it.

The page is parsed once; the same lxml tree feeds our metadata readers (JSON-LD, <h1>, meta tags)
and trafilatura, which copies it before cleaning.
"""

from __future__ import annotations

from typing import Any

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement

from newstrace.extract.html_body import body_paragraphs
from newstrace.extract.html_meta import (
    headline,
    iso_date,
    json_ld,
    jsonld_published,
    meta_published,
    modified_dates,
    page_authors,
)
from newstrace.models import Article, Page

# Publication date first from markup only: the page text holds copyright years and "today".
_DATE_PARAMS: dict[str, Any] = {"original_date": True}


def extract_html(page: Page) -> Article:
    article = Article(id=page.id, path=page.path, url=page.url, kind="html")
    tree = _parse(page.content)
    if tree is None:
        return article
    nodes = json_ld(tree)
    doc = trafilatura.bare_extraction(tree, url=page.url, with_metadata=True,
                                      date_extraction_params={**_DATE_PARAMS, "extensive_search": False})
    if doc is None:
        return article
    article.body = body_paragraphs(tree, doc, page.url)
    article.outlet = doc.sitename or None
    article.title = headline(tree, doc.title, article.outlet)
    article.authors = page_authors(tree, nodes, doc.author)
    article.published = _published(tree, nodes, doc.date, page.fetched)
    article.language = _language(tree)
    return article


def _parse(content: str) -> HtmlElement | None:
    try:
        return trafilatura.load_html(content)
    except ValueError:
        return None


def _published(tree: HtmlElement, nodes: list[dict[str, Any]], found: str | None, fetched: str | None) -> str | None:
    """htmldate's original date unless it is the page's modification date, then the structured
    publication date, then htmldate's search of the whole page, where a 1 January is a copyright year.
    The crawl day is never a publication date."""
    modified = modified_dates(tree, nodes)
    day = _unless(iso_date(found), modified) or jsonld_published(nodes) or meta_published(tree)
    if day is None:
        searched = iso_date(find_date(tree, extensive_search=True, **_DATE_PARAMS))
        day = _unless(searched, modified) if searched and not searched.endswith("-01-01") else None
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
