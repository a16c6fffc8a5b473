from __future__ import annotations

from newstrace.models import Derivation, Document, Relation


def find_derivations(
    documents: list[Document],
) -> tuple[list[Derivation], dict[str, Relation], dict[str, str | None]]:
    """Derivation edges, each document's relation, and each document's origin."""
    relations: dict[str, Relation] = {d.article.id: "unknown" for d in documents}
    return [], relations, {d.article.id: d.article.origin for d in documents}
