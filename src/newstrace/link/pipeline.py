from __future__ import annotations

from newstrace.link.candidates import ReuseIndex
from newstrace.link.derive import find_derivations
from newstrace.link.entities import merge_entities
from newstrace.link.quotes import first_by_copying, quote_provenance, speakers_in_full
from newstrace.link.stories import group_stories
from newstrace.link.timeline import build_timeline
from newstrace.models import Document, Links


def link(documents: list[Document], index: ReuseIndex | None = None, previous: Links | None = None) -> Links:
    """All cross-document links of a corpus. Each part reads the documents (and derivations) only.

    Incremental runs: `index` holds the candidate signatures of the documents linked before and `previous`
    what that run found; then only pairs that involve a new document are aligned and compared (see
    `find_derivations` and `group_stories`). Without `previous`, every candidate pair is measured."""
    groups, prior = None, None
    if previous is not None and index is not None:
        # A document the index no longer holds is new or changed: it is placed afresh.
        kept = {d.article.id for d in documents if d.article.id in index}
        groups = ([[i for i in g if i in kept] for g in previous.stories],
                  [[i for i in g if i in kept] for g in previous.threads])
        prior = previous.derivations
    quotes = quote_provenance(documents)
    derivations, relations, origins = find_derivations(documents, index, prior, quotes)
    quotes = first_by_copying(quotes, derivations, documents)
    stories, threads = group_stories(documents, derivations, groups)
    timeline, unresolvable = build_timeline(documents, derivations)
    entities = merge_entities(documents, stories)
    return Links(
        relations=relations, origins=origins, stories=stories, threads=threads, derivations=derivations,
        quotes=speakers_in_full(quotes, entities), entities=entities,
        timeline=timeline, unresolvable=unresolvable,
    )
