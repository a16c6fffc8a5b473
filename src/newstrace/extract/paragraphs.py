"""Paragraphs of an extracted body, whichever way it was extracted (HTML or a text dump)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_OPENING_QUOTES, _CLOSING_QUOTES = "\"“‘'«", "\"”’'»"
_ATTRIBUTION_DASHES = ("—", "–", "-", "―")
_ATTRIBUTION_WORDS = 12  # of a pull quote's "— Name, title of the organisation"
_PULL_QUOTE_WORDS = 6  # a sentence's worth: a shorter quotation set apart is a subheading
_QUOTED = re.compile(r'“[^”]*”|"[^"\n]*"|«[^»]*»')


def words_key(lower: str) -> str:
    """The words of a lower-cased line, joined by single spaces: what two copies of a paragraph share however
    their punctuation and spacing differ."""
    return " ".join(_WORD.findall(lower))


def unquoted(text: str) -> str:
    """The text without its quotations: what the writer says in their own words."""
    return _QUOTED.sub("", text)


def without_pull_quotes(body: list[str]) -> list[str]:
    """The body without its pull quotes: a line that is nothing but words quoted from one of its paragraphs, set
    large between them, and the "— Name, title" under it."""
    quoted = [_one_quotation(text) and len(text.split()) >= _PULL_QUOTE_WORDS for text in body]
    if not any(quoted):
        return body  # most bodies set no quotation apart, and are told so before any is normalised
    keys = [words_key(text.lower()) for text in body]
    # A pull quote may run a quotation on over the words that interrupt it ("..., she said. ..."): its words are
    # then those of the paragraph's quotations, read together.
    spoken = [words_key(" ".join(_QUOTED.findall(text.lower()))) for text in body]
    kept: list[str] = []
    dropped = False
    for i, text in enumerate(body):
        if dropped and text.startswith(_ATTRIBUTION_DASHES) and len(text.split()) <= _ATTRIBUTION_WORDS:
            dropped = False
            continue
        dropped = quoted[i] and any(keys[i] != other and (keys[i] in other or keys[i] in spoken[j])
                                    for j, other in enumerate(keys) if j != i)
        if not dropped:
            kept.append(text)
    return kept


def _one_quotation(text: str) -> bool:
    """Whether the line is one quotation and nothing else (not two quoted phrases with words between)."""
    if text[:1] not in _OPENING_QUOTES or text.rstrip(".,")[-1:] not in _CLOSING_QUOTES:
        return False
    return text[0] in "'‘" or sum(text.count(mark) for mark in '"“”«»') == 2
