"""Page -> Article: the article's own paragraphs and its metadata.

Entry points: `prepare(pages)` builds the run-wide context (lines that repeat across pages of one
outlet), then `extract(page, context)` turns one page into an `Article` or raises `ExtractionError`.
"""

from newstrace.extract.pipeline import ExtractContext, ExtractionError, extract, prepare

__all__ = ["ExtractContext", "ExtractionError", "extract", "prepare"]
