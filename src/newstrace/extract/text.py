from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newstrace.extract.pipeline import ExtractContext
from newstrace.models import Article, Page


def repeated_lines(pages: Iterable[Page]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({line.strip() for line in page.content.splitlines() if line.strip()})
    return frozenset(line for line, n in counts.items() if n > 1)


def extract_text(page: Page, context: ExtractContext) -> Article:
    lines = [ln.strip() for ln in page.content.splitlines()]
    body = [ln for ln in lines if len(ln.split()) >= 12 and ln not in context.repeated_lines]
    title = next((ln for ln in lines if 4 <= len(ln.split()) <= 25), None)
    return Article(id=page.id, path=page.path, title=title, body=body, language="en", kind="text")
