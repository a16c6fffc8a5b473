"""Direct quotations of one article and who said them.

`quotes_marks` finds the quoted words from the marks; this module finds the attribution: the cue verb
next to the quotation ("said", "told", "wrote", "according to") in the same sentence, or in the
sentence that introduces it with a colon, and that verb's subject in spaCy's dependency parse. Where the
small model's parse gives no subject, the name next to the cue stands in ("Ramos, 58, told AFP", "said
Maria Lopez, a research fellow"). A quotation with no cue of its own is the words of whoever the
reporter last had speaking just before it, else of the quotation it runs on from or into, else of the
subject of the reporter's verb it hangs on ("Gowdy cited a report that '...'"); one signed
on its own line ("― Name") is the signer's. Pronoun subjects ("he wrote") are resolved by
`quotes_names.Names`, "it" and "they" to the body the reporter named before ("The council ... what it
called"), and every speaker is given at the fullest form of the name the article uses ("Ruiz" -> "Ana
Ruiz").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from newstrace.annotate.entities import ORG_HEADS, ROLES, find_mentions, is_org_name, word_set
from newstrace.annotate.quotes_marks import Span, embedded_posts, quote_spans, signed_by
from newstrace.annotate.quotes_names import EPITHETS, OFFICE_PARTS, OFFICES, SUBJECT, TITLES, Names, clean_name
from newstrace.gazetteer import name_key
from newstrace.models import Article, Mention, Quote
from newstrace.sources import source_name

CUE_LEMMAS = word_set("""
    say tell add write post tweet explain note state claim argue insist warn ask answer reply respond
    continue declare announce acknowledge admit agree recall suggest comment remark observe conclude
    contend maintain testify predict promise vow urge complain joke quip shout yell scream mutter whisper
    boast concede confirm deny describe emphasize emphasise stress report reveal caution charge assert
    allege lament mock retort call dub label read recount pledge threaten demand predict proclaim
    announce exclaim wonder muse counter interject chime summarize summarise tout praise blast slam
    accuse criticize criticise thank caution advise estimate echo bemoan ponder grouse decry deride brag
    scoff gripe fume rail opine boom hail plead beg reiterate assure remind tease taunt chant sing cry
    snap bark thunder roar gush rave marvel concur underscore retort beam smile laugh sigh
    sob weep wail gasp groan moan enthuse sneer hiss growl grumble
""")
PERSONAL = frozenset({"he", "she", "him", "her", "his"})
HYPHENS = frozenset({"-", "‐", "‑"})
# Named things that never speak: a time ("6:50 p.m. Clinton said") or a place ("Trump, in Ohio, said").
PLACES = frozenset({"GPE", "LOC", "FAC"})
_TITLE_WORDS = 6
# Words for a person by kin, which a possessive does not make a thing owned ("her daughter said").
_KIN = word_set("daughter son wife husband mother father sister brother widow widower partner niece nephew")
_TITLE_JOINERS = word_set("of the a an and in on for to at with from by or")
_TITLE_REACH = 40  # characters before the opening mark where the word for the work stands
_QUOTING = frozenset(["quote", "cite"])  # "quoted by the agency", "the paper quoted her as saying"
_WORKS = word_set("""book books collection novel memoir poem poems anthology album song single film movie
documentary show series episode play musical opera podcast essay column exhibition copy""")
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC"})
# ... but as the subject of a cue a country speaks for its government and a share for those polled.
SUBJECT_SPEAKERS = frozenset({"GPE", "PERCENT"})
# What may stand between a speaker and the cue: "Ramos, 58, told", "Trump, in Kentucky, said", "has also".
BETWEEN = frozenset({"PUNCT", "NUM", "ADP", "ADV", "AUX", "PART", "DET", "ADJ"})
AFTER_OPENERS = ",?!—–-…"
MAX_FRAME = 60
# Tokens of the reporter's sentence after a quotation within which a cue still attributes it when the
# quotation does not run on into it ("... “the anti-Muslim mob mentality” fostered by others, the groups say").
AFTER_REACH = 20
SCARE_WORDS = 3
_INVERTED_REACH = 3  # "added his next-door neighbour": the speaker follows the verb by a few words
# Cues whose object is someone else even right after a quotation: the one told, the one called so.
_OBJECT_IS_OTHER = word_set("tell describe call label dub brand accuse")
# A transcript's line: a full name, a colon, the words; a recording's transcript sets the time first ("[00:01:09]").
_CLOCK = r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?"
_ANSWER = re.compile(_CLOCK + r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}):\s+(?P<words>\S)")
# A broadcast transcript's label, in capitals, with a title, a role or a party: "DAVID HOLLIS, NBS ANCHOR:",
# "SEN. MARIA LOPEZ (D-NM):", "MINISTER HALE:", and then the surname alone, "LOPEZ:".
_CAPS_ANSWER = re.compile(_CLOCK + r"(?P<name>[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,4})(?:, [A-Z0-9 .'’&-]{2,40})?"
                          r"(?: \([^()]{1,20}\))?:\s+(?P<words>\S)")
_ANSWERS = 2
# Labels that name no one: a questioner, an announcer, the room.
_NOBODY = word_set("""question answer q a reporter reporters journalist moderator host announcer narrator operator
audience crowd unidentified unknown voice male female interviewer""")
# A participle cue ("..., telling Reuters", "by saying") takes the subject of the verb it hangs on.
CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "parataxis", "ccomp"})
# ... and so does one that hangs on the verb's object ("went after Bush, calling him", "posted a message
# reading"): the climb passes through the noun to its verb.
THROUGH_NOUN = frozenset({"acl", "dobj", "pobj"})
RELATIVE = frozenset({"who", "that", "which"})
# Pronouns that describe a speaker the way "a delegate" does ("said another", "one told me").
SOME_ONE = frozenset({"another", "one", "others", "some", "many", "several", "both", "few", "most", "someone",
                      "somebody"})
SUBORDINATORS = frozenset({"when", "while", "after", "before", "because", "since", "if", "until", "although",
                           "though", "whether"})


def find_quotes(article: Article, doc: Any, mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """Every direct quotation of `article` with its speaker; `doc` is spaCy's parse of `article.text`, `mentions`
    the article's names (`find_mentions` of it, found here when not given): the people among them are whom a
    surname alone stands for, though the model took some for organisations ("Harlow Rovers owner Marta Eklund")."""
    text = article.text
    posts = embedded_posts(text)
    marked = [s for s in quote_spans(text) if not any(p.start <= s.open < p.end for p in posts)]
    mentions = find_mentions(doc) if mentions is None else mentions
    finder = _Attributor(text, doc, marked, list(mentions))
    quotes = [finder.attribute(span) for span in sorted(marked + posts, key=lambda s: s.start)]
    for i, quote in enumerate(quotes):
        if quote.cue is None and not quote.partial:
            before = quotes[i - 1].end if i else 0
            quote.speaker = (finder.introduced_by(quote, before) or finder.set_in(quote)
                             or finder.running_speaker(quotes, i, i - 1) or finder.running_speaker(quotes, i, i + 1)
                             or finder.woven_into(quote))
        elif quote.cue is None:
            quote.speaker = finder.woven_into(quote) or finder.running_speaker(quotes, i, i - 1)
        elif quote.speaker is None:
            # "'...,' he said" after a speaker no name gives ("a U.S. Embassy official"): the same speaker.
            quote.speaker = finder.running_speaker(quotes, i, i - 1)
    kept = [q for q in quotes if (q.cue is not None or not q.partial or len(q.text.split()) > SCARE_WORDS)
            and not _work_title(q, text)]
    return sorted(kept + _answers(article, mentions, finder.names, kept), key=lambda q: q.start)


def _answers(article: Article, mentions: Sequence[Mention], names: Names, marked: list[Quote]) -> list[Quote]:
    """An interview's answers, set as a transcript without quotation marks ("Marta Eklund: No. We will not sell
    the club.", "SEN. MARIA LOPEZ (D-NM): Thanks.", "LOPEZ: I will not ..."): paragraphs in sentence case that open
    with a speaker's label and a colon and quote nobody themselves, where that speaker answers twice or more (once is
    a label: "Jane Doe: a life in pictures"). A label in small letters is a name of two or more words that the
    model found there (it may take a name it has never seen for an organisation's; an organisation's word, "Harbour
    Council:", a place or the outlet asking the questions, "Harbour Weekly:", answers nothing); one in capitals is a
    name after its title, or the surname of a name another label gives in full or the story names ("UPDATE:" is
    neither)."""
    text, outlet = article.text, name_key(article.outlet or "")
    people = {m.start: m.text for m in mentions if m.type != "PLACE" and not is_org_name(m.text.lower().split())
              and name_key(m.text) != outlet}
    found: list[tuple[str, int, int]] = []
    at = 0
    for paragraph in text.split("\n\n"):
        end = at + len(paragraph)
        match = _ANSWER.match(paragraph)
        if not (match and people.get(at + match.start("name")) == match.group("name")):
            match = _CAPS_ANSWER.match(paragraph)
        if match and not any(at <= q.start < end for q in marked) \
                and not _headline_case(paragraph[match.start("words"):]):
            found.append((clean_name(match.group("name")), at + match.start("words"), end))
        at = end + 2
    speakers = _label_speakers([name for name, _, _ in found], names)
    answering = Counter(speakers.get(name) for name, _, _ in found)
    return [Quote(text[start:end], names.fullest(speaker), start, end, "answer")
            for name, start, end in found if (speaker := speakers.get(name)) and answering[speaker] >= _ANSWERS]


def _label_speakers(labels: list[str], names: Names) -> dict[str, str]:
    """Each label's speaker: a name of two words or more as it is ("Marta Eklund"; "MARIA LOPEZ" in small letters),
    a surname alone as the full name another label gives ("LOPEZ" of "SEN. MARIA LOPEZ") or as the story names
    it."""
    spelled = {label: label.title() if label.isupper() else label for label in labels if len(label.split()) > 1}
    full = {label.split()[-1].lower(): name for label, name in spelled.items()}
    known = {surname.lower(): surname for surname in names.surnames}
    speakers = dict(spelled)
    for label in labels:
        key = label.lower()
        if label not in spelled and key not in _NOBODY and (speaker := full.get(key) or known.get(key)):
            speakers[label] = speaker
    return speakers


def _headline_case(text: str) -> bool:
    """Words capitalised as a headline's are ("Bernie Sanders: 'It Is Not A Radical Idea' To Ask ..."): a headline
    that gives a speaker's words, not an answer in a transcript."""
    words = text.split()
    return sum(1 for w in words if w[:1].isupper()) * 2 > len(words)


def _work_title(quote: Quote, text: str) -> bool:
    """A book's, a film's or a collection's title in quotation marks after the word for the work ("her first
    collection, "Low Water,"", "her 1988 book "The Levee Psalms""), or a programme's after its broadcaster's name:
    a few words, each capitalised but the small ones, and no sentence's end. Nobody said it; a nickname or a slogan
    someone used stays a quotation."""
    before = [w for w in text[max(0, quote.start - _TITLE_REACH):quote.start].lower().split() if w.strip('"“‘«')]
    # A programme named after its broadcaster's possessive ("said on NBS's "State of the Nation.""), where American
    # style sets the sentence's full stop inside the marks.
    on_air = len(before) >= 2 and before[-2] == "on" and before[-1].endswith(("'s", "’s"))
    title = quote.text.rstrip(",.") if on_air else quote.text.rstrip(",")
    tokens = title.split()
    if not 1 <= len(tokens) <= _TITLE_WORDS or title[-1:] in ".!?" or not all(
            t[:1].isupper() or t in _TITLE_JOINERS for t in tokens):
        return False
    return on_air or any(word.strip(",:") in _WORKS for word in before[-3:])


class _Attributor:
    def __init__(self, text: str, doc: Any, spans: list[Span], people: list[Mention]) -> None:
        self.text, self.doc = text, doc
        self.quoted = sorted((s.open, s.close) for s in spans)
        self.opens = [a for a, _ in self.quoted]
        self.char_token = _char_to_token(doc, len(text))
        self.names = Names(doc, self.inside_quote, people)

    def inside_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.opens, char) - 1  # quotations never overlap
        return k >= 0 and char < self.quoted[k][1]

    def attribute(self, span: Span) -> Quote:
        """The quotation with the speaker its own sentence names; with no cue there, `cue` is None."""
        words = span.words(self.text).strip()
        if span.post_by:
            return Quote(words, self.names.fullest(clean_name(span.post_by)), span.start, span.end, "posted")
        partial = self._is_partial(span, words)
        signer = signed_by(self.text, span.close)
        if signer:
            return Quote(words, self.names.fullest(clean_name(signer)), span.start, span.end, "signed")
        cue = self._cue(span, partial)
        if cue is None:
            return Quote(words, None, span.start, span.end, None, partial)
        speaker = self._speaker(cue, span)
        quote = Quote(words, speaker, span.start, span.end, cue.lemma_ or cue.text, partial)
        if partial and cue.lemma_ == "report" and speaker and source_name(speaker.removesuffix(" news agency")):
            # An agency reports the words woven into another's clause ("STIB expects '...', Belga reported"): the
            # clause's subject said them.
            quote.speaker = self.woven_into(quote) or speaker
        return quote

    def running_speaker(self, quotes: list[Quote], i: int, j: int) -> str | None:
        """Copy desks run a speaker's quotation on without a new cue ("X said. 'More words.'", or a
        new paragraph that opens with a quote mark): its speaker is that of the quotation `j` just
        before or after, when it sits in the same or the next paragraph. The one before may have run on
        itself; the one after must have its own cue."""
        if not 0 <= j < len(quotes) or not quotes[j].speaker or (j > i and quotes[j].cue is None):
            return None
        a, b = sorted((quotes[i], quotes[j]), key=lambda q: q.start)
        gap = self.text[a.end:b.start]
        return quotes[j].speaker if gap.count("\n") <= 2 and len(gap) < 300 else None

    def introduced_by(self, quote: Quote, after: int) -> str | None:
        """A quotation with no cue of its own is the words of whoever the reporter's words since the
        quotation before (at most since the paragraph before) have speaking last ("Clinton responded,
        saying the campaign lied. 'I am sick of it.'")."""
        mark = quote.start - 1
        end = mark - 1
        while end > 0 and self.text[end].isspace():
            end -= 1
        if end <= 0 or self.text[end] not in ".!?:\"”":
            return None  # the quotation runs on from the reporter's sentence: not introduced before it
        begin = max(after, self.text.rfind("\n", 0, self.text.rfind("\n", 0, mark) - 1) + 1)
        first, last = self.char_token[begin], self.char_token[end]
        if first is None or last is None:
            return None
        cues = [t for t in self.doc[first: last + 1] if _is_cue(t) and not self.inside_quote(t.idx)
                and not _reports_on_a_thing(t)]
        span = Span(quote.start, quote.end, mark, quote.end + 1)
        # The last cue that names someone: "by saying he would help if asked" is the sayer's.
        return next((who for cue in reversed(cues) if (who := self._speaker(cue, span))), None)

    def set_in(self, quote: Quote) -> str | None:
        """A quotation set in the middle of the reporter's sentence with no cue ("When Trump wrapped
        up — '...' — the balloons fell") is the words of the person that sentence names before it."""
        first = self.char_token[quote.start]
        if first is None or self.doc[first].sent.start_char >= quote.start - 1:
            return None
        person = self._person_in(self.doc[first].sent, Span(quote.start, quote.end, quote.start - 1, quote.end))
        return self.names.name_of(person) if person is not None else None

    def woven_into(self, quote: Quote) -> str | None:
        """A quotation with no cue verb, set inside the reporter's sentence, is the words of the subject of
        the verb it hangs on ("Gowdy referenced a report that '...'", "He implied that '...'")."""
        at = self.char_token[quote.start]
        if at is None:
            return None
        head = self.doc[at]
        while self.inside_quote(head.idx) and head.head.i != head.i:
            head = head.head
        subject = None if self.inside_quote(head.idx) else _subject(head, self.inside_quote)
        return self._name_for(subject) if subject is not None else None

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
        ended = self._ends_sentence(span)
        # "..., when Clinton blasted him" is when it was said, not who said it.
        reporter = {t.i for t in after}
        after_cues = [t for t in after if _is_cue(t) and not _subordinate(t, reporter)]
        before_cues = [t for t in before if _is_cue(t)]
        runs_on = last in AFTER_OPENERS or (after and after[0].text in {",", "—", "–"})
        if after_cues and runs_on and not partial:
            return after_cues[0]
        if before_cues:
            return self._governing_cue(before_cues, span)
        if after_cues and (len(after) <= AFTER_REACH or self._said_by_next(after, after_cues[0], partial or ended)):
            return after_cues[0]
        return self._colon_intro(span) if not partial else None

    def _ends_sentence(self, span: Span) -> bool:
        """The quoted words end with a full stop and the reporter starts a new sentence after the mark."""
        rest = self.text[span.close: span.close + 3].lstrip(" ")
        return self.text[span.end - 1: span.end] == "." and rest[:1].isupper()

    def _governing_cue(self, cues: list[Any], span: Span) -> Any:
        """The nearest cue before a quotation, unless it only describes a noun ("anybody who complains",
        "tweets accusing Ramos") and does not govern the quotation in the parse: then the nearest that does
        ("saying anybody who complains about a microphone '...'")."""
        at = self.char_token[span.start]
        if at is None or cues[0].dep_ not in {"relcl", "acl"} or cues[0].is_ancestor(self.doc[at]):
            return _reporting(cues[0], cues)
        return next((c for c in cues if c.is_ancestor(self.doc[at])), cues[0])

    def _said_by_next(self, after: list[Any], cue: Any, woven: bool) -> bool:
        """The words right after a full quotation, one that does not end its sentence, are the cue's subject,
        however long the apposition after them ("“...” Maria Lopez, the director of ..., told reporters");
        not after a title ("on Fox's “Sunday Futures,” Rep. Issa said")."""
        if woven:
            return False
        subject = _subject(cue, self.inside_quote)
        return subject is not None and subject.i <= after[0].i + 3

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
        subject = self._person_in(cue.sent, span) if not _is_cue(cue) else None
        subject = subject or _subject(cue, self.inside_quote) or self._inverted(cue, span)
        if subject is not None and subject.idx < span.open < cue.idx and self.text[subject.idx: span.open].rstrip(
                " \"“").endswith(":") and (inverted := self._inverted(cue, span)):
            subject = inverted  # 'Chad: "...," says a trader': the label before the quotation speaks for no one
        if subject is None:
            subject = (self._name_before(cue) or self._name_between(span, cue) or self._name_near(cue, span)
                       or self._opening_person(cue))
        if subject is None and cue.i == cue.sent.start and cue.tag_ == "VBG":
            return self._speaker_before(cue.sent, span)  # "Adding, '...'" runs on from the sentence before
        return self._name_for(subject) if subject is not None else None

    def _inverted(self, cue: Any, span: Span) -> Any:
        """The speaker set after the verb that follows the quotation ("“...,” added his neighbour, Sue Pike"), which
        the parse may take for the verb's object: the quotation is what was said, so the noun is who said it."""
        if span.close > cue.idx or self.text[span.close:cue.idx].strip(" ,—–-"):
            return None  # the verb right after the closing mark, as inversion sets it; not "..., Will described Trump"
        if cue.lemma_.lower() in _OBJECT_IS_OTHER:
            return None
        return next((c for c in cue.rights if c.dep_ in {"dobj", "attr", "nsubj"} and c.i - cue.i <= _INVERTED_REACH
                     and not self.inside_quote(c.idx) and _may_speak(c)), None)

    def _name_for(self, subject: Any) -> str | None:
        """The speaker a subject token stands for: a pronoun resolved, a name at its fullest. A thing owned
        speaks for its owner ("his comments", "the campaign's statement"); a person or a body owned does not ("her
        lawyer", "the governor's office")."""
        subject = self._named_in_apposition(subject)
        if subject.pos_ == "NOUN" and subject.lower_ in _KIN and (kin := self._kin_named(subject)):
            return kin  # "her daughter said", after "her daughter, Ruth Holloway-Grant,": the daughter, not "her"
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if (
            subject.pos_ == "NOUN" and subject.lemma_.lower() not in _SPEAK_THEMSELVES) else None
        if owner is None and subject.lower_ in _WRITTEN_WORDS:
            # "according to a statement from the regional government": the government speaks
            owner = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                          for g in c.children if g.dep_ == "pobj"), None)
            if owner is None and any(c.lower_ == "the" for c in subject.children) and (
                    issuer := self._issuer(subject)) is not None:
                return issuer
        if owner is not None and (owner.lower_ in PERSONAL or owner.pos_ in {"PROPN", "NOUN"}):
            subject = owner
        if subject.lower_ in PERSONAL:
            return self.names.antecedent(subject)
        if subject.lower_ in {"it", "they"} and _is_cue(subject.head):  # not "it is prohibited"
            thing = self.names.referent(subject)
            return self._name_for(thing) if thing is not None else None
        if subject.pos_ == "PRON" and subject.lower_ not in SOME_ONE and subject.text not in self.names.surnames:
            return None  # but a short surname the tagger reads as a word ("Uy said", of Dr. Carmela Uy) is a name
        # A role written small is a common noun though the tagger may call it a name ("the senator" as PROPN).
        # So is an office that Commonwealth copy capitalises after "the" ("the Minister said", "the Deputy Minister").
        lefts = [t.lower_ for t in subject.lefts]
        common = subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and (subject.is_lower or (
            subject.lower_ in OFFICES and lefts[:1] == ["the"] and set(lefts[1:]) <= OFFICE_PARTS)))
        if common and (person := self.names.holder(subject) or self.names.epithet(subject)):
            return person
        if common and lefts == ["the"] and subject.lower_ in ORG_HEADS and (body := self._body_named_before(subject)):
            return body
        name = self.names.name_of(subject)
        # Who asked or called it so, named after "by", is not whom the next "he" stands for.
        if (subject.pos_ == "PROPN" or subject.text in self.names.surnames) and subject.head.lower_ != "by":
            self.names.spoke(subject.idx, name)
        return name

    def _body_named_before(self, noun: Any) -> str | None:
        """The organisation the story named last by a name that ends with the word "the ministry", "the company" uses
        again ("the Moldovan Foreign Ministry announced ... The ministry said"), as copy names a body a second time."""
        named = [ent for ent in noun.doc.ents if ent.end <= noun.i and ent.label_ == "ORG"
                 and ent[-1].lower_ == noun.lower_ and sum(t.lower_ != "the" for t in ent) > 1
                 and not self.inside_quote(ent.start_char)]
        return clean_name(named[-1].text) if named else None

    def _issuer(self, written: Any) -> str | None:
        """Whose "the statement" is ("The statement reads in part: ..."): the subject of one of the two sentences
        before it that issued it or spoke in it ("Mr Kunle Ade, in a statement ..., said", "The ministry issued a
        statement")."""
        sentences: list[Any] = []
        start = written.sent.start
        while start and len(sentences) < _ISSUER_SENTENCES:
            sentences.append(sent := written.doc[start - 1].sent)
            start = sent.start
        for sent in sentences:
            for tok in sent:
                if tok.lemma_ != written.lemma_ or self.inside_quote(tok.idx):
                    continue
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") else (
                    tok.head if tok.dep_ == "dobj" and tok.head.lemma_ in _ISSUE_VERBS else None)
                subject = next((c for c in verb.children if c.dep_ in SUBJECT), None) if verb is not None else None
                if subject is not None:
                    # "The Commissioner for Information, Mr Kunle Ade, in a statement ...": the name beside the title.
                    named = next((c for c in subject.children if c.dep_ == "appos" and self._is_person(c)), subject)
                    return self._name_for(named)
        return None

    def _named_in_apposition(self, noun: Any) -> Any:
        """A role noun set beside a person's name stands for that person: "His former partner, Lawrence
        Cummings, said", "McConnell, now the Senate majority leader, who said"; a title in capitals too ("Leader of
        Opposition Matthew Wale said")."""
        if (holder := self._portfolio_holder(noun)) is not None:
            return holder
        # One of a group named after it ("One of the university's top executives, Michael Sexton,") is that person.
        if noun.pos_ != "NOUN" and noun.ent_type_ != "CARDINAL" and not (
                noun.text.istitle() and noun.lower_ in TITLES and noun.i + 1 < len(noun.doc)
                and noun.doc[noun.i + 1].lower_ == "of"):
            return noun
        if noun.dep_ == "appos" and self._is_person(noun.head):
            return noun.head
        # The parse may hang the name on the noun's last word ("His partner at Lenox, Lawrence Cummings,"). Beside
        # a person's role ("Its spokeswoman, Irina Vastova,") a name is a person's whatever type the model gives it.
        role = noun.lower_ in EPITHETS or noun.lower_ in ROLES
        named = next((t for t in noun.subtree if t.dep_ == "appos" and not self.inside_quote(t.idx)
                      and (self._is_person(t) or (role and self._role_holder(t)))
                      and not any(a.dep_ in {"relcl", "acl"} for a in t.ancestors if noun.is_ancestor(a))), None)
        return named or self._second_subject(noun, role) or self._named_body(noun, role) or noun

    def _portfolio_holder(self, noun: Any) -> Any:
        """The minister a portfolio of two words names ("Lands and Natural Resources Minister Jane Doe said"), which
        the parse may split at its "and" into two subjects, the portfolio and the person."""
        if noun.dep_ not in SUBJECT or self._is_person(noun):
            return None
        for conj in noun.children:
            if conj.dep_ == "conj" and self._is_person(conj):
                first = min(t.i for t in conj.subtree if self._is_person(t))
                if first > 0 and noun.doc[first - 1].lower_ in TITLES and noun.doc[first - 1].is_title:
                    return conj
        return None

    def _named_body(self, noun: Any, role: bool) -> Any:
        """The name set right after what a body is ("the rail operator SNCB said", "the utility Eskom"): the body
        speaks, not its kind."""
        if role or noun.i + 1 >= len(noun.doc):
            return None
        if (named := self._named_after_clause(noun)) is not None:
            return named
        name = noun.doc[noun.i + 1]
        # The parse hangs the name on the noun, or makes it a second subject of the verb ("the port authority Portmar
        # said").
        beside = (name.dep_ == "appos" and name.head.i == noun.i) or (
            name.dep_ == noun.dep_ and name.head.i == noun.head.i)
        return name if beside and name.pos_ == "PROPN" and name.ent_type_ not in PLACES \
            and not self.inside_quote(name.idx) else None

    def _named_after_clause(self, noun: Any) -> Any:
        """The name set between commas after what a body does ("The Toronto-based company that operates the mine,
        Westfield Gold, said"), which the parse hangs on the clause's last noun."""
        doc, end = noun.doc, noun.right_edge.i
        if not any(c.dep_ in ("relcl", "acl") for c in noun.children) or end + 1 >= len(doc) \
                or doc[end + 1].text != "," or doc[end].pos_ != "PROPN" or self.inside_quote(doc[end].idx):
            return None
        start = end
        while start > noun.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return doc[end] if doc[start - 1].text == "," and doc[end].dep_ == "appos" else None

    def _second_subject(self, noun: Any, role: bool) -> Any:
        """The name right after a role that the parse made a second subject of the verb ("its chief engineer Ingrid
        Solvang said", the name not hung on the noun), or set between commas after it, or closing the sentence, and
        hung elsewhere ("according to the ministry's spokesperson, Elif Sahin, '...'", "'...,' according to its
        chief executive, Dr. Helen Marsh.")."""
        doc = noun.doc
        first = noun.i + 2 if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," else noun.i + 1
        end = first
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end == first:
            return None
        name = doc[end - 1]
        if first > noun.i + 1:
            closed = end == len(doc) or doc[end].text in (",", ".")
            return name if role and closed and (self._is_person(name) or self._role_holder(name)) else None
        return name if name.head.i == noun.head.i and name.dep_ == noun.dep_ and (
            self._is_person(name) or (role and self._role_holder(name))) else None

    def _kin_named(self, noun: Any) -> str | None:
        """The person the story named beside the same kin word before ("her daughter, Ruth Holloway-Grant," or
        "Ruth Holloway-Grant, her daughter,"), the last one."""
        name = r"[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){1,3}"
        word = re.escape(noun.lower_)
        found = list(re.finditer(rf"\b{word},\s+(?P<a>{name})|(?P<b>{name}),\s+(?:his|her|their)\s+{word}\b",
                                 self.text[:noun.idx]))
        return self.names.fullest(found[-1].group("a") or found[-1].group("b")) if found else None

    def _role_holder(self, tok: Any) -> bool:
        """A name beside a role, not a place's nor a title ("Prime Minister")."""
        return tok.pos_ == "PROPN" and tok.ent_type_ not in PLACES and tok.lower_ not in TITLES

    def _is_person(self, tok: Any) -> bool:
        return tok.ent_type_ == "PERSON" or tok.text in self.names.surnames

    def _name_before(self, cue: Any) -> Any:
        """The name or pronoun just before the cue when the parse gave it no subject ("Ramos, 58, told")."""
        depth = 0
        for tok in reversed(self.doc[max(cue.i - 10, 0): cue.i]):
            depth += (tok.text == ")") - (tok.text == "(")
            if depth or tok.text == "(":  # "Paul Ryan (R-Wis.) said"
                continue
            if self.inside_quote(tok.idx) or "\n" in tok.text or tok.text in {".", "!", "?", ";", ":"}:
                break
            if (by := tok.head).dep_ == "agent" and by.head.dep_ == "acl" and by.head.lemma_ in _QUOTING:
                return by.head.head  # "Jane Doe, quoted by the agency, said": who was quoted, not who quoted
            if tok.lower_ in PERSONAL or self._names_someone(tok):
                return tok
            if tok.dep_ == "appos" and tok.head.i < tok.i and self._names_someone(tok.head):
                return tok.head  # "Flynn, a top surrogate, said"
            if tok.pos_ not in BETWEEN and tok.ent_type_ not in NOT_SPEAKERS:
                break
        return None

    def _name_between(self, span: Span, cue: Any) -> Any:
        """The first name between a quotation and the cue after it ("“...,” Texas delegate Bill
        Eastland, wearing a cowboy hat, said"), a person's before any other."""
        first = self.char_token[span.close] if span.close < len(self.char_token) else None
        if first is None or cue.idx < span.close:
            return None
        between = [t for t in self.doc[first: cue.i] if not self.inside_quote(t.idx) and self._names_someone(t)]
        people = [t for t in between if self._is_person(t)]
        return (people or between or [None])[0]

    def _speaker_before(self, sent: Any, span: Span) -> str | None:
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        cues = [t for t in before if _is_cue(t) and not self.inside_quote(t.idx)]
        return self._speaker(cues[-1], span) if cues else None

    def _person_in(self, sent: Any, span: Span) -> Any:
        """The person named last before the quotation in a sentence that leads into it with no cue
        ("The timing does not surprise pollster Daron Shaw: '...'")."""
        people = [t for t in sent if t.idx < span.open and not self.inside_quote(t.idx) and self._is_person(t)]
        return people[-1] if people else None

    def _opening_person(self, cue: Any) -> Any:
        """The first person named in the cue's paragraph before it, when the parse found no subject
        at all (it ran the sentence over a paragraph break, or took a heading for the subject)."""
        start = max(cue.sent.start, next((t.i + 1 for t in reversed(self.doc[:cue.i]) if "\n" in t.text), 0))
        return next((t for t in self.doc[start:cue.i] if not self.inside_quote(t.idx) and self._is_person(t)), None)

    def _names_someone(self, tok: Any) -> bool:
        return self._is_person(tok) or (tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_SPEAKERS)

    def _name_near(self, cue: Any, span: Span) -> Any:
        """The inverted order ("said Maria Lopez, a research fellow") when the parse missed it; never
        after a participle, whose object is who it is about ("accusing Alicia Ramos of ...")."""
        if cue.tag_ == "VBG":
            return None
        for tok in self.doc[cue.i + 1: cue.i + 6]:
            if self.inside_quote(tok.idx):
                break
            if self._names_someone(tok):
                return tok
            if tok.is_punct or tok.pos_ == "ADP" or (tok.dep_ == "ROOT" and tok.ent_type_ not in NOT_SPEAKERS):
                break  # "said on Fox News": where it was said, not who
        return None


# What a body issues in writing, which speaks for whoever issued it.
_WRITTEN_WORDS = frozenset({"statement", "release", "letter", "post", "communique", "communiqué", "report", "notice"})
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "post", "sign", "write", "circulate"})
_ISSUER_SENTENCES = 2  # before "the statement", where its issuer is named
# Who speaks in their own name, though someone's ("her lawyer", "the governor's office", "his family"): what is
# someone's otherwise speaks for its owner ("his comments", "the mayor's statement").
_SPEAK_THEMSELVES = ROLES | EPITHETS | _KIN | word_set("""office family team campaign staff board relative friend
colleague supporter parent child government administration committee council ministry department agency company
union party spokesperson representative aide""")


def _is_cue(tok: Any) -> bool:
    if tok.lower_ == "according":
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].text in HYPHENS and not tok.doc[tok.i - 1].whitespace_:
        return False  # "so-called", "much-touted": a modifier, nobody speaks
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    if lemma == "go":  # "Trump went on"; not "the strike would go on", whose subject is no speaker
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and (
            subject is None or subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ == "PERSON")
    if lemma == "continue":  # "will continue to be": nobody speaks
        return not any(c.dep_ == "xcomp" for c in tok.children)
    return lemma in CUE_LEMMAS and lemma != "be"


def _reporting(cue: Any, cues: list[Any]) -> Any:
    """The cue whose reported clause holds the nearest one: "Ibarra said the company had promised 'too much, too
    fast'" are Ibarra's words, told in her sentence about the company. (Holding back where the inner subject is a
    person, "sources said Dear shouted '...'", finds fewer of PolNeAR's speakers: 6,817 against 6,821 of 7,692.)"""
    while cue.dep_ == "ccomp" and cue.head in cues:
        cue = cue.head
    return cue


def _subject(cue: Any, quoted: Callable[[int], bool]) -> Any:
    """The subject of a cue verb, of the verb it is coordinated with, or the object of "according to" or of
    a passive's "by"; never a word of a quotation, which the parse may take for the reporter's."""
    if cue.lower_ == "according":
        for child in cue.children:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_ in _QUOTING and (
            said := next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)) is not None:
        return said  # "the paper quoted the minister as saying": the minister spoke
    if _passive(cue) and (agent := _agent(cue, quoted)) is not None:
        return agent  # its subject is what was called so, or who was told
    person = cue.doc[cue.i - 1] if cue.i > 0 else cue
    if cue.tag_ == "VBG" and person.head.lower_ == "of" and (person.ent_type_ == "PERSON" or person.lower_ in PERSONAL):
        return person  # "footage of Clinton asking, '...'": the participle describes its speaker
    verb = cue
    for _ in range(5):
        child = next((c for c in verb.children if _speaks_for(c, verb, cue, quoted)), None)
        if child is not None:
            return verb.head if child.lower_ in RELATIVE and verb.dep_ == "relcl" else child
        if verb.dep_ not in CLIMB | THROUGH_NOUN or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _passive(cue: Any) -> bool:
    """A cue in the passive ("was described as", "Labeled ... by"); not "as reported by" or "which was
    reported by", which name where the speaker's words were reported."""
    children = {c.dep_ for c in cue.children}
    if "mark" in children or cue.dep_ == "relcl":
        return False  # "the email, which was first reported by the AP": the AP reported the email
    return bool(children & {"auxpass", "nsubjpass"}) or (
        cue.tag_ == "VBN" and cue.dep_ in {"advcl", "acl"} and "aux" not in children)


def _reports_on_a_thing(cue: Any) -> bool:
    """A relative clause in the passive ("the email, which was first reported by the AP") tells where a thing
    was reported; it introduces no quotation after it."""
    return cue.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in cue.children)


def _agent(cue: Any, quoted: Callable[[int], bool]) -> Any:
    """Who a cue in the passive names with "by": "described as 'reckless' by the mayor", "Labeled 'worms'
    by Castro". The "by" hangs on the cue or on a word of its own clause, not inside another verb's."""
    for tok in cue.subtree:
        if tok.lower_ != "by" or tok.dep_ not in {"agent", "prep"} or quoted(tok.idx):
            continue
        if any(a.pos_ in {"VERB", "AUX"} for a in tok.ancestors if cue.is_ancestor(a)):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and _may_speak(obj) and obj.ent_type_ not in {"DATE", "TIME"}:
            return obj
    return None


def _speaks_for(child: Any, verb: Any, cue: Any, quoted: Callable[[int], bool]) -> bool:
    """Whether `child` is a subject of `verb` (the cue or a verb it hangs on) that may have said it; a short surname
    right before the cue may be parsed as an interjection ("Oh said", of Mayor Oh Kyung-hwan)."""
    surname = child.dep_ == "intj" and child.i == cue.i - 1 and child.text.istitle()
    if (child.dep_ not in {"nsubj", "nsubjpass"} and not surname) or quoted(child.idx) or not _may_speak(child):
        return False
    if child.ent_type_ == "GPE" and _placed(child, cue):
        return False
    # "She says it underscores that ...": what shows it is not who says it.
    return not (child.lower_ in {"it", "this"} and verb.dep_ == "ccomp" and _is_cue(verb.head))


def _subordinate(cue: Any, reporter: set[int]) -> bool:
    """A cue that opens a clause of time, reason or condition in the reporter's words ("when Clinton blasted
    him"); "as the memo put it" still attributes."""
    return any(c.i in reporter and c.i < cue.i and c.lower_ in SUBORDINATORS for c in cue.children)


def _placed(place: Any, cue: Any) -> bool:
    """A place the parse took for the subject where it only says where: a dateline ("LONDON (Reuters) -
    Trump said") or a place before the person who speaks ("In Salem, New Hampshire, Trump went on")."""
    between = place.doc[min(place.i, cue.i) + 1: max(place.i, cue.i)]
    return place.text.isupper() or any(t.ent_type_ == "PERSON" or t.text in "(-–—" for t in between)


def _may_speak(tok: Any) -> bool:
    """A time never speaks as a subject; an age does ("the 46-year-old said"), a country does ("China
    said", for its government), so does a share of those polled ("63 percent said"), and one of a group ("one of the
    sources told Reuters")."""
    if not any(ch.isalnum() for ch in tok.text):
        return False  # a dash the parse took for a noun
    return (tok.ent_type_ not in NOT_SPEAKERS - SUBJECT_SPEAKERS or tok.lower_ == "old"
            or tok.lower_.endswith("-old") or (tok.ent_type_ == "CARDINAL" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)))


def _char_to_token(doc: Any, length: int) -> list[int | None]:
    """The token at each character; whitespace between tokens belongs to the token before it."""
    starts = [tok.idx for tok in doc]
    table: list[int | None] = [None] * min(starts[0] if starts else length, length)
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else length
        table.extend([i] * (min(end, length) - min(start, length)))
    return table
