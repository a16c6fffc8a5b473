"""The per-page step shared by every engine: Page -> Document, or a Rejection with its reason."""

from __future__ import annotations

import hashlib

from newstrace.annotate import annotate
from newstrace.extract import ExtractContext, ExtractionError, extract
from newstrace.models import Document, Page, Rejection


def digest(page: Page) -> str:
    return hashlib.sha1(page.content.encode("utf-8", "surrogatepass")).hexdigest()


def process_page(page: Page, context: ExtractContext) -> Document | Rejection:
    try:
        article = extract(page, context)
    except ExtractionError as err:
        return Rejection(page.id, page.path, str(err))
    except Exception as err:  # an extractor bug must cost one page, not the run
        return Rejection(page.id, page.path, f"extraction failed: {type(err).__name__}: {err}")
    try:
        return Document(article, annotate(article))
    except Exception as err:
        return Rejection(page.id, page.path, f"annotation failed: {type(err).__name__}: {err}")
