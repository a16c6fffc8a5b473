from __future__ import annotations

from newstrace.models import Document, QuoteEntry


def quote_provenance(documents: list[Document]) -> list[QuoteEntry]:
    """One entry per quotation across the corpus, with every document carrying it and the first."""
    return []
