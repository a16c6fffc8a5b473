"""The article's own paragraphs from trafilatura's extraction, with what it lets through removed."""

from __future__ import annotations

from newstrace.extract.html_meta import same_words

# A repeated paragraph this long is the page's second copy (mobile and desktop layouts, a teaser of the
# article above it), never the writer's own repetition; short ones ("Pros", "Step 1") may repeat.
_MIN_REPEAT_WORDS = 5
# The headline sits at the top of the extracted text, above or below a kicker or byline.
_HEADLINE_ZONE = 3


def body_paragraphs(text: str, title: str | None) -> list[str]:
    """The extracted paragraphs without the headline and without a second copy of the text."""
    paragraphs = _unique([line.strip() for line in text.split("\n") if line.strip()])
    if title:
        paragraphs = [p for i, p in enumerate(paragraphs) if i >= _HEADLINE_ZONE or not same_words(p, title)]
    return paragraphs


def _unique(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        key = " ".join(paragraph.lower().split())
        if key in seen and len(paragraph.split()) >= _MIN_REPEAT_WORDS:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept
