from __future__ import annotations

from newstrace.models import Document, Entity


def merge_entities(documents: list[Document]) -> list[Entity]:
    """One entry per real-world entity, with every spelling found in the corpus."""
    return []
