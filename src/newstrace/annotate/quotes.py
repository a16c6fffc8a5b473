from __future__ import annotations

from typing import Any

from newstrace.models import Article, Quote


def find_quotes(article: Article, doc: Any) -> list[Quote]:
    return []
