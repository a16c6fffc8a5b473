from __future__ import annotations

from newstrace.link.derive import find_derivations
from newstrace.link.entities import merge_entities
from newstrace.link.quotes import quote_provenance
from newstrace.link.stories import group_stories
from newstrace.link.timeline import build_timeline
from newstrace.models import Document, Links


def link(documents: list[Document]) -> Links:
    """All cross-document links of a corpus. Each part reads the documents (and derivations) only."""
    derivations, relations, origins = find_derivations(documents)
    stories, threads = group_stories(documents, derivations)
    timeline, unresolvable = build_timeline(documents)
    return Links(
        relations=relations, origins=origins, stories=stories, threads=threads, derivations=derivations,
        quotes=quote_provenance(documents), entities=merge_entities(documents),
        timeline=timeline, unresolvable=unresolvable,
    )
