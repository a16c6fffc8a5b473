from __future__ import annotations

from typing import Any

from newstrace.models import SCHEMA_VERSION, Analysis, to_dict


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis in the versioned export format (see docs/format.md)."""
    links = analysis.links
    documents = []
    for doc in analysis.documents:
        art = doc.article
        documents.append({
            "id": art.id, "title": art.title, "published": art.published, "published_at": art.published_at,
            "authors": art.authors, "outlet": art.outlet, "origin": links.origins.get(art.id, art.origin),
            "dateline": art.dateline, "language": art.language, "relation": links.relations.get(art.id, "unknown"),
            "url": art.url, "path": art.path, "body": art.body, "captions": art.captions, "credits": art.credits,
        })
    return {
        "version": SCHEMA_VERSION,
        "documents": documents,
        "stories": links.stories,
        "threads": links.threads,
        "derivations": [_derivation(d) for d in links.derivations],
        "quotes": [{"speaker": q.speaker, "text": q.text, "in": q.in_, "first": q.first} for q in links.quotes],
        "timeline": [{"date": e.date, "what": e.what, "in": e.in_, "phrases": e.phrases,
                      "precision": e.precision} for e in links.timeline],
        "unresolvable_dates": [to_dict(u) for u in links.unresolvable],
        "entities": [{"name": e.name, "type": e.type, "aliases": e.aliases, "in": e.in_} for e in links.entities],
        "rejected": [to_dict(r) for r in analysis.rejected],
    }


def _derivation(d: Any) -> dict[str, Any]:
    ev = d.evidence
    return {
        "derived": d.derived, "source": d.source, "kind": d.kind, "score": round(d.score, 3),
        "evidence": ev.summary,
        "passages": [to_dict(p) for p in ev.passages],
        "shared_quotes": ev.quotes, "credit": ev.credit, "reused_share": round(ev.reused_share, 3),
    }
