from __future__ import annotations

from newstrace.models import Document, TimelineEvent, Unresolvable


def build_timeline(documents: list[Document]) -> tuple[list[TimelineEvent], list[Unresolvable]]:
    """Dated events merged across documents, and the relative dates that could not be resolved."""
    return [], []
