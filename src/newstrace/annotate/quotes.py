"""Direct quotations of one article and who said them.

`quotes_marks` finds the quoted words from the marks; this module finds the attribution: the cue verb
next to the quotation ("said", "told", "wrote", "according to") in the same sentence, or in the
sentence that introduces it with a colon, and that verb's subject in spaCy's dependency parse. Pronoun
subjects ("he wrote") are resolved to the nearest person named before them outside quotations, and every
speaker is given at the fullest form of the name the article uses ("Landau" -> "Christopher Landau").
"""

from __future__ import annotations

from typing import Any

from newstrace.annotate.quotes_marks import Span, embedded_posts, quote_spans
from newstrace.annotate.quotes_names import Names, clean_name
from newstrace.models import Article, Quote

CUE_LEMMAS = frozenset("""
    say tell add write post tweet explain note state claim argue insist warn ask answer reply respond
    continue declare announce acknowledge admit agree recall suggest comment remark observe conclude
    contend maintain testify predict promise vow urge complain joke quip shout yell scream mutter whisper
    boast concede confirm deny describe emphasize emphasise stress report reveal caution charge assert
    allege lament mock retort call dub label read recount pledge threaten demand predict proclaim
    announce exclaim wonder muse counter interject chime summarize summarise tout praise blast slam
    accuse criticize criticise thank caution advise estimate echo
""".split())
PERSONAL = frozenset({"he", "she", "him", "her"})
AFTER_OPENERS = ",?!—–-…"
MAX_FRAME = 60
SCARE_WORDS = 3
# A participle cue ("..., telling Reuters", "by saying") takes the subject of the verb it hangs on.
CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "parataxis", "ccomp"})


def find_quotes(article: Article, doc: Any) -> list[Quote]:
    """Every direct quotation of `article` with its speaker; `doc` is spaCy's parse of `article.text`."""
    text = article.text
    posts = embedded_posts(text)
    marked = [s for s in quote_spans(text) if not any(p.start <= s.open < p.end for p in posts)]
    finder = _Attributor(text, doc, marked, Names(doc))
    found = [finder.attribute(span) for span in sorted(marked + posts, key=lambda s: s.start)]
    quotes = [q for q in found if q is not None]
    for i, quote in enumerate(quotes):
        if quote.cue is None and not quote.partial:
            quote.speaker = finder.running_speaker(quotes, i)
    return [q for q in quotes if q.cue is not None or not q.partial or len(q.text.split()) > SCARE_WORDS]


class _Attributor:
    def __init__(self, text: str, doc: Any, spans: list[Span], names: Names) -> None:
        self.text, self.doc, self.names = text, doc, names
        self.quoted = [(s.open, s.close) for s in spans]
        self.char_token = _char_to_token(doc, len(text))

    def inside_quote(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quoted)

    def attribute(self, span: Span) -> Quote | None:
        """The quotation with the speaker its own sentence names; with no cue there, `cue` is None."""
        words = span.words(self.text).strip()
        if span.post_by:
            speaker = self.names.fullest(clean_name(span.post_by))
            return Quote(words, speaker, span.start, span.end, "posted", False)
        partial = self._is_partial(span, words)
        cue = self._cue(span, partial)
        if cue is None:
            return Quote(words, None, span.start, span.end, None, partial)
        speaker = self._speaker(cue, span)
        return Quote(words, speaker, span.start, span.end, cue.lemma_ or cue.text, partial)

    def running_speaker(self, quotes: list[Quote], i: int) -> str | None:
        """Copy desks run a speaker's quotation on without a new cue ("X said. 'More words.'", or a
        new paragraph that opens with a quote mark): its speaker is that of the quotation just before,
        else of the one just after, when it sits in the same or the next paragraph."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(quotes) and quotes[j].speaker and quotes[j].cue is not None:
                a, b = sorted((quotes[i], quotes[j]), key=lambda q: q.start)
                gap = self.text[a.end:b.start]
                if gap.count("\n") <= 2 and len(gap) < 300:
                    return quotes[j].speaker
        return None

    def _is_partial(self, span: Span, words: str) -> bool:
        """A partial quotation is woven into the reporter's sentence: words run straight into it."""
        i = span.open - 1
        while i >= 0 and self.text[i] in " \t":
            i -= 1
        before = self.text[i] if i >= 0 else "\n"
        return before.isalnum() or (words[:1].islower() and before not in ":\n")

    def _frame(self, start_char: int, step: int) -> list[Any]:
        """Tokens of the reporter's words next to a quotation, walking from `start_char` forwards
        (step 1) or backwards (step -1) to the sentence end, a paragraph break or another quotation."""
        tokens: list[Any] = []
        idx = self.char_token[start_char] if 0 <= start_char < len(self.char_token) else None
        if idx is None:
            return tokens
        if step > 0 and self.doc[idx].idx < start_char:
            idx += 1
        while 0 <= idx < len(self.doc) and len(tokens) < MAX_FRAME:
            tok = self.doc[idx]
            if "\n" in tok.text:
                break
            if self.inside_quote(tok.idx):  # another quotation in the sentence: read on past it
                idx += step
                continue
            if step < 0 and tok.text in {".", "!", "?"}:
                break
            tokens.append(tok)
            if step > 0 and tok.text in {".", "!", "?"}:
                break
            idx += step
        return tokens

    def _cue(self, span: Span, partial: bool) -> Any:
        after = self._frame(span.close, 1)
        before = self._frame(span.open - 1, -1)
        last = self.text[span.end - 1] if span.end > span.start else ""
        after_cues = [t for t in after if _is_cue(t)]
        before_cues = [t for t in before if _is_cue(t)]
        runs_on = last in AFTER_OPENERS or (after and after[0].text in {",", "—", "–"})
        if after_cues and runs_on and not partial:
            return after_cues[0]
        if before_cues:
            return before_cues[0]  # the frame runs backwards: the first is the nearest
        if after_cues and len(after) <= 12:
            return after_cues[0]
        return self._colon_intro(span) if not partial else None

    def _colon_intro(self, span: Span) -> Any:
        """The verb of the sentence that ends with a colon right before the quotation ("He said:",
        "The statement reads:", "Smith echoed:")."""
        i = span.open - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        if i < 0 or self.text[i] != ":":
            return None
        frame = self._frame(i - 1, -1)
        cues = [t for t in frame if _is_cue(t)]
        if cues:
            return cues[0]
        verbs = [t for t in frame if t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT"]
        return verbs[0] if verbs else None

    def _speaker(self, cue: Any, span: Span) -> str | None:
        subject = _subject(cue)
        if subject is None or self.inside_quote(subject.idx):
            subject = self._name_near(cue, span)
        if subject is None:
            return None
        if subject.lower_ in PERSONAL:
            return self.names.antecedent(subject.idx, self.inside_quote)
        if subject.pos_ == "PRON":
            return None
        name = self.names.name_of(subject)
        if subject.pos_ == "PROPN":
            self.names.spoke(subject.idx, name)
        return name

    def _name_near(self, cue: Any, span: Span) -> Any:
        """The inverted order ("said James Barnett, a research fellow") when the parse missed it."""
        for tok in self.doc[cue.i + 1: cue.i + 6]:
            if tok.ent_type_ == "PERSON" and not self.inside_quote(tok.idx):
                return tok
            if tok.is_punct or tok.dep_ == "ROOT":
                break
        return None


def _is_cue(tok: Any) -> bool:
    if tok.lower_ == "according":
        return True
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in CUE_LEMMAS and tok.lemma_ != "be"


def _subject(cue: Any) -> Any:
    """The subject of a cue verb, of the verb it is coordinated with, or the object of "according to"."""
    if cue.lower_ == "according":
        for child in cue.children:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    verb = cue
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if verb.dep_ not in CLIMB or verb.head is verb:
            break
        verb = verb.head
    return None


def _char_to_token(doc: Any, length: int) -> list[int | None]:
    table: list[int | None] = [None] * length
    for tok in doc:
        for c in range(tok.idx, min(tok.idx + max(len(tok.text), 1), length)):
            table[c] = tok.i
    last: int | None = None
    for c in range(length):  # whitespace between tokens belongs to the token before it
        if table[c] is None:
            table[c] = last
        else:
            last = table[c]
    return table
