from __future__ import annotations

from typing import Any

from newstrace.models import Article, Mention

_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": None}


def find_mentions(article: Article, doc: Any) -> list[Mention]:
    out = []
    for ent in doc.ents:
        typ = _TYPES.get(ent.label_)
        if typ:
            out.append(Mention(ent.text, typ, ent.start_char, ent.end_char))
    return out
