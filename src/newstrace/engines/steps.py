"""The per-page step shared by every engine: Page -> Document, or a Rejection with its reason."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from newstrace import __version__
from newstrace.annotate import AnnotationError, annotate
from newstrace.extract import ExtractContext, ExtractionError, extract
from newstrace.models import Document, Page, Rejection


def digest(page: Page) -> str:
    return hashlib.sha1(page.content.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def code_fingerprint() -> str:
    """newstrace's version and a digest of its Python source: what a page's stored result was made by."""
    package = Path(__file__).parents[1]
    sha = hashlib.sha1(__version__.encode())
    for source in sorted(package.rglob("*.py")):
        sha.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return f"{__version__}+{sha.hexdigest()[:12]}"


def process_page(page: Page, context: ExtractContext) -> Document | Rejection:
    try:
        article = extract(page, context)
    except ExtractionError as err:
        return Rejection(page.id, page.path, str(err))
    except Exception as err:  # an extractor bug must cost one page, not the run
        return Rejection(page.id, page.path, f"extraction failed: {type(err).__name__}: {err}")
    try:
        return Document(article, annotate(article))
    except AnnotationError as err:
        return Rejection(page.id, page.path, str(err))
    except Exception as err:
        return Rejection(page.id, page.path, f"annotation failed: {type(err).__name__}: {err}")
