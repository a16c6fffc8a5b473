from __future__ import annotations

import trafilatura

from newstrace.models import Article, Page


def extract_html(page: Page) -> Article:
    doc = trafilatura.bare_extraction(page.content, url=page.url, with_metadata=True, as_dict=False)
    if doc is None or not doc.text:
        return Article(id=page.id, path=page.path, url=page.url, kind="html")
    body = [p.strip() for p in doc.text.split("\n") if p.strip()]
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Article(id=page.id, path=page.path, title=doc.title, published=doc.date, authors=authors,
                   outlet=doc.sitename, language=doc.language, body=body, url=page.url, kind="html")
