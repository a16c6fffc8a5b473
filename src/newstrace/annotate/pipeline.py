from __future__ import annotations

import re
from dataclasses import replace

from newstrace.annotate.nlp import load_nlp
from newstrace.annotate.quotes_abroad import attribute_abroad
from newstrace.annotate.quotes_marks import dashed_quotes
from newstrace.languages import read_as_english
from newstrace.models import Annotations, Article, Quote

# A dateline's places: "ANKAVA, Orlania", "Varn (Kestria)", "Islamabad [Pakistan]".
_DATELINE_PARTS = re.compile(r"\s*[,()\[\]]\s*")


class AnnotationError(Exception):
    """The article cannot be annotated; the message says why."""


def annotate(article: Article) -> Annotations:
    nlp = load_nlp()
    if len(article.text) > nlp.max_length:
        # A text this long is a book or a data dump that extraction took for an article.
        raise AnnotationError(f"article text is {len(article.text):,} characters, over the {nlp.max_length:,} "
                              "the language model parses at once; no news article is that long")
    doc = nlp(article.text)
    from newstrace.annotate.entities import find_mentions
    from newstrace.annotate.quotes import find_quotes
    from newstrace.annotate.timex import find_times

    if not read_as_english(article.language):
        # The model's names, the speech verbs and the date grammar are English: in another language they take
        # function words for names ("de Paterna") and find no date. Quotation marks alone still show what was said,
        # and so do the dashes that open a quotation in Nordic copy; the desk's own words say who said it.
        quotes = [replace(q, speaker=None, cue=None) for q in find_quotes(article, doc, [])]
        dashed = [Quote(text=span.words(article.text), speaker=None, start=span.start, end=span.end)
                  for span in dashed_quotes(article.text)]
        said = attribute_abroad(article.text, sorted(quotes + dashed, key=lambda q: q.start))
        return Annotations(doc_id=article.id, quotes=said)
    # A dateline names where the story was filed: places ("ANKAVA, Orlania (AP) —", "Varn (Kestria) (AFP) –").
    mentions = find_mentions(doc, _DATELINE_PARTS.split(article.dateline or ""))
    return Annotations(
        doc_id=article.id,
        quotes=find_quotes(article, doc, mentions),
        mentions=mentions,
        times=find_times(article, doc),
        caption_mentions=find_mentions(nlp("\n\n".join(article.captions))) if article.captions else [],
    )
