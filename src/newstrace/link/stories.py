from __future__ import annotations

from newstrace.models import Derivation, Document


def group_stories(documents: list[Document], derivations: list[Derivation]) -> tuple[list[list[str]], list[list[str]]]:
    """Stories (one news event each) and threads (stories of one storyline): partitions of the ids."""
    ids = [[d.article.id] for d in documents]
    return ids, ids
