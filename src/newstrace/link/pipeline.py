from __future__ import annotations

from newstrace.models import Document, Links


def link(documents: list[Document]) -> Links:
    ids = [d.article.id for d in documents]
    return Links(
        relations={i: "unknown" for i in ids},
        origins={d.article.id: d.article.origin for d in documents},
        stories=[[i] for i in ids],
        threads=[[i] for i in ids],
    )
