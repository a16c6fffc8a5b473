"""Readers that turn files and folders into `Page` records, or `Rejection`s with a reason.

Entry point: `read_pages(paths)`. Text dumps, HTML, either gzipped, WARC (response records) and JSONL
(one page per line) are read; anything else is reported, never dropped silently.
"""

from newstrace.ingest.readers import DEFAULT_MAX_BYTES, read_pages

__all__ = ["DEFAULT_MAX_BYTES", "read_pages"]
