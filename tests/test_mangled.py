"""Bad input past the readers: pages mangled every way a crawl or a copy-paste mangles them are extracted,
or refused with a reason, never a crash of the extractor."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newstrace.extract import ExtractionError, extract, prepare
from newstrace.ingest import read_pages
from newstrace.models import Page

SAMPLES = Path(__file__).parents[1] / "samples"
_MARKS = "“”\"'«»—–-:|©#*[]()<>\n\t \xa0\u200bÃ€…0123456789"


def _mangle(content: str, rng: random.Random) -> str:
    """The page cut short, cut into, run onto one line, shouted, shuffled, strewn with marks or stuttering."""
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(max(1, len(content)))
        j = min(len(content), i + rng.randint(1, 500))
        lines = content.split("\n")
        content = rng.choice([
            content[:i], content[i:], content[:i] + content[j:], content[:i] + "".join(rng.choices(_MARKS, k=30))
            + content[i:], content.replace("\n", " "), content.upper(), "\n".join(rng.sample(lines, len(lines))),
            content[:i] + content[i:j] * rng.randint(2, 20) + content[j:]])
    return content


def test_mangled_pages_are_extracted_or_refused_with_a_reason() -> None:
    rng = random.Random(7)
    pages = [p for p in read_pages([SAMPLES]) if isinstance(p, Page)]
    outcomes: Counter[str] = Counter()
    for k in range(400):
        page = rng.choice(pages)
        mangled = replace(page, id=f"m{k}", content=_mangle(page.content, rng))
        try:
            extract(mangled, prepare([mangled, page]))  # anything but ExtractionError fails the test
            outcomes["article"] += 1
        except ExtractionError:
            outcomes["refused"] += 1
    assert outcomes["article"] > 100 and outcomes["refused"] > 10, outcomes  # both kinds were met
