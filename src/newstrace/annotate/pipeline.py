from __future__ import annotations

from newstrace.annotate.nlp import load_nlp
from newstrace.models import Annotations, Article


def annotate(article: Article) -> Annotations:
    nlp = load_nlp()
    doc = nlp(article.text)
    from newstrace.annotate.entities import find_mentions
    from newstrace.annotate.quotes import find_quotes
    from newstrace.annotate.timex import find_times

    return Annotations(
        doc_id=article.id,
        quotes=find_quotes(article, doc),
        mentions=find_mentions(doc),
        times=find_times(article, doc),
        caption_mentions=find_mentions(nlp("\n\n".join(article.captions))) if article.captions else [],
    )
