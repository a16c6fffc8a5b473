"""Speaker names for quotations: the fullest form of a person's name in the article, the noun phrase of
a speaker that is not a named person ("a spokesman", "the White House"), and pronoun antecedents."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

TITLES = frozenset("""
    mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady rev rev. fr fr. prof prof. president vice
    sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. general col col. maj maj.
    capt capt. adm adm. sgt sgt. secretary minister premier chancellor mayor judge justice ambassador
    deputy assistant chief commander former candidate nominee chairman chairwoman chair speaker leader
    state of the u.s. us prime king queen prince princess pope rabbi imam bishop attorney first lady
    democratic republican gop presidential democrat dem. r-n.y. spokesman spokeswoman
""".split())
# Determiners and modifiers that belong to a descriptive speaker ("a senior official").
NP_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case"})
SUBJECT = frozenset({"nsubj", "nsubjpass"})
POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(name: str) -> str:
    """A person's name without titles before it or a possessive after it."""
    words = POSSESSIVE.sub("", name.strip()).split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words.pop(0)
    return " ".join(words)


class Names:
    """The people an article names, to expand a short mention and to resolve pronouns."""

    def __init__(self, doc: Any) -> None:
        people = [e for e in doc.ents if e.label_ == "PERSON" and clean_name(e.text)]
        self.people = [(e.start_char, clean_name(e.text), e.root.dep_ in SUBJECT) for e in people]
        # Named speakers of earlier quotations, tagged PERSON or not ("Calderon told CNBC").
        self.speakers: list[tuple[int, str, bool]] = []

    def spoke(self, char: int, name: str) -> None:
        self.speakers.append((char, name, True))

    def fullest(self, name: str) -> str:
        """The longest person name of the article that ends like `name` and contains all its words."""
        words = name.split()
        if not words:
            return name
        best = name
        for _, other, _ in self.people:
            parts = other.split()
            if parts[-1] == words[-1] and set(words) <= set(parts) and len(parts) > len(best.split()):
                best = other
        return best

    def name_of(self, tok: Any) -> str:
        """The speaker a subject token stands for, as written at its fullest."""
        ent = _entity_of(tok)
        if ent is not None and ent.label_ == "PERSON":
            return self.fullest(clean_name(ent.text))
        if ent is not None:
            return str(ent.text)
        if tok.pos_ == "PROPN":
            chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
            return self.fullest(clean_name(" ".join(t.text for t in chain)))
        left = [t for t in tok.lefts if t.dep_ in NP_LEFT]
        start = left[0].i if left else tok.i
        return str(tok.doc[start: tok.i + 1].text)

    def antecedent(self, char: int, quoted: Callable[[int], bool]) -> str | None:
        """The person a "he" or "she" at `char` stands for: the nearest person before it, outside
        quotations, who is the subject of a clause or the named speaker of a quotation (news prose keeps
        its speaker in subject position), else the nearest person named at all."""
        before = sorted(p for p in self.people + self.speakers if p[0] < char and not quoted(p[0]))
        for pool in ([p for p in before if p[2]], before):
            if pool:
                return self.fullest(pool[-1][1])
        return None


def _entity_of(tok: Any) -> Any:
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None
