"""Time expressions of one article, resolved against its publication date.

The grammar in `timex_grammar` finds and normalises the expressions; this module adds what needs the
sentence: whether the clause looks ahead ("will meet on Tuesday" is the coming Tuesday), whether a
relative date sits inside a quotation (its "today" is the day the words were said, not the day of
publication), which words it starts ("since", "began"), and the clause it dates.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from typing import Any

from newstrace.annotate.entities import word_set
from newstrace.annotate.timex_grammar import MONTHS, WEEKDAYS, Anchor, Timex, paragraph_span, quotation_span, scan
from newstrace.extract.credits import OWN_AUDIENCE, dateline, dateline_end
from newstrace.models import Article, Precision, TimeExpr
from newstrace.sources import source_name

# Verbs whose infinitive complement happens later ("is expected to stay until Wednesday"), or that look ahead
# themselves in the present ("more rain is forecast through Wednesday").
_INTENT = {"expect", "plan", "schedule", "set", "due", "intend", "aim", "go", "hope", "prepare", "slate",
           "poise", "want", "seek", "try", "agree", "promise", "vow", "threaten", "propose", "decide", "forecast",
           "predict", "project", "anticipate", "likely", "unlikely", "possible"}
_SUMMONING = {"invite", "summon"}
_DIRECTIVES = _SUMMONING | {"tell", "ask", "order", "instruct", "urge", "advise", "direct", "request"}
_PROLONG = {"extend", "prolong", "postpone", "defer", "delay", "adjourn"}  # "... until March": an end still to come
# What is called, set or planned for a day, and the events a day is set for ("called a strike for Friday", "the vote
# for Tuesday"): the day is still to come, whatever tense the calling is told in.
_SET_FOR = {"call", "schedule", "set", "slate", "plan", "book", "fix", "reschedule", "postpone", "strike", "walkout",
            "vote", "election", "hearing", "meeting", "protest", "rally", "referendum", "summit", "ballot"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll", "would"}
# "may rain on Friday" looks ahead, "may have left on Friday" back; "could" looks ahead only as what someone said
# may come ("said temperatures could reach 46C on Wednesday"), for "could not be located Wednesday" is past.
_MAY = {"may", "might"}
_FORESEEING = {"warn", "caution", "forecast", "predict", "expect", "fear", "estimate"}  # "warned snow could fall"
_PRESENT_AUX = {"is", "are", "am", "'s", "'re", "has", "have"}
_REPORTING = {"say", "tell", "report", "announce", "state", "claim", "add", "note", "write", "confirm", "be", "have"}
_SOONEST = re.compile(r"\b(?:as\s+(?:soon|early|late)\s+as|no\s+later\s+than|starting|from|beginning)\s+$", re.I)
# What a figure is measured against was said or known before it: "bigger than forecast in May", "than expected last
# week", "a premium to the closing price on Thursday" (a market's close or open on a day is one that has come).
_MEASURED_AGAINST = re.compile(r"\bthan\s+(?:it\s+|they\s+|was\s+|had\s+been\s+|first\s+|originally\s+)?(?:forecast"
                               r"|expected|predicted|planned|estimated|projected|budgeted|anticipated|announced)"
                               r"(?:\s+(?:in|on|at))?\s+$"
                               r"|\b(?:closing|opening)\s+(?:price|level|value)s?(?:\s+(?:on|of))?\s+$", re.I)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|won't|(?:expected|scheduled|due|set|slated|planning|plans?|going|poised)"
                         r"\s+to|next)\b|'ll\b", re.I)
_START_CUE = re.compile(r"(?:\bsince|\b(?:began|begun|begin|begins|started|starts|start|beginning|starting|"
                        r"launched|imposed|introduced)(?:\s+\w+){0,3}?\s+(?:in|on|from)?)\s*$", re.I)
_PREPOSITION = re.compile(r"(?:\b(?:on|in|since|until|till|by|from|during|through|at)\s+)$", re.I)
_DEICTIC_QUOTE = "said inside a quotation: it counts from when the words were said, which the page does not date"
_LINE = re.compile(r"[^\n]+")
# Whom the words were told: the page's own outlet or the agency it carries ("told ANTARA", "told the Post", "told
# this newspaper") heard them for this report.
_TOLD = re.compile(rf"\btold (?:({OWN_AUDIENCE})|(?:the |The )?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){{0,4}}))")
_LETTERS = re.compile(r"[^\W\d_]+")
# Words that only date a line or label it: a clause of these and numbers tells no event.
_DATING_WORDS = MONTHS.keys() | WEEKDAYS.keys() | word_set("""a m p am pm et gmt utc bst cet est edt cst cdt pst pdt
update updated posted published at on""")
# A colon between digits is a clock time's ("10:35 a.m."), and one in brackets a ticker's ("(NYSE: HRB)"), not a
# clause break.
_CLAUSE_BREAK = re.compile(r"[;—–]|:(?!\d)(?![^()]*\))"
                           r"|,\s+(?=(?:which|who|while|whereas|but|although|though|after|before|as|"
                           r"according|prompting|following|including|with)\b)|,(?=\s*[“\"])|(?<=[”\"]),")

# A relative clause set off by commas, a number's comma inside it ("which employs 1,200 people,"), where what follows
# goes on with the clause it interrupts ("..., quit on Tuesday"), not with a list ("..., oil and electricity").
_ASIDE = re.compile(r"(?:who|which)\b(?:[^,;:—–“\"]|,(?=\d))*,\s+(?=[a-z])(?!\S+\s+(?:and|or)\b)")


def find_times(article: Article, doc: Any) -> list[TimeExpr]:
    """Calendar dates (day, month or year) the article names, and the relative ones it could not resolve.

    Durations, sets and vague references ("now", "recently") are left out: they date nothing."""
    text = article.text
    sentences = _sentences(text, doc)
    timexes = find_timexes(text, article.published, doc)
    # The date of a dateline ("HAVANA, August 7 (Xinhua) --", "Dec 5 (Reuters) -") is the report's, not an event's.
    opening = dateline_end(text)
    # Words told to the agency whose copy the page runs were said for this report too; to an outlet a rewrite
    # credits, on that outlet's day.
    carried = dateline(article.body[0])[1] if article.body else None
    own = tuple(name for name in (article.outlet, carried and article.origin) if name)
    records = (_record(timex, text, sentences, timexes, article.published, opening, own) for timex in timexes
               if timex.start >= opening)
    return [record for record in records if record is not None]


def find_timexes(text: str, published: str | None, doc: Any = None) -> list[Timex]:
    """Every expression in TimeML terms (DATE, TIME, DURATION, SET), as the TimeML evaluation reads them."""
    return scan(text, Anchor.parse(published), _direction(text, doc))


def _record(timex: Timex, text: str, sentences: list[tuple[int, int]], timexes: list[Timex],
            published: str | None, opening: int, own: tuple[str, ...]) -> TimeExpr | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    value, precision = _calendar(timex.value)
    why = timex.why
    if value is None and why is None:
        return None  # a week, a quarter, a decade or a vague reference: not a calendar date
    if timex.relative and value is not None and quotation_span(text, timex.start) is not None:
        value = _said_on(timex, value, precision, text, timexes, published, own)
        precision, why = (precision, None) if value is not None else (None, _DEICTIC_QUOTE)
    start = _phrase_start(text, timex.start)
    return TimeExpr(
        phrase=text[start:timex.end], start=start, end=timex.end, value=value, precision=precision,
        is_start=bool(_START_CUE.search(text[max(0, timex.start - 40):timex.start])),
        event=_event(text, timex, sentences, opening), why=why,
    )


def _calendar(value: str | None) -> tuple[str | None, Precision | None]:
    if value is None:
        return None, None
    m = re.match(r"(\d{4})(-\d\d)?(-\d\d)?(?:T|$)", value)
    if not m or (m[2] is None and m[3] is None and not re.fullmatch(r"\d{4}", value)):
        return None, None
    if m[3]:
        return value[:10], "day"
    return (value[:7], "month") if m[2] else (value[:4], "year")


def _phrase_start(text: str, start: int) -> int:
    """Start of the phrase with its preposition ("on Tuesday", "since 2012"), as a reader quotes it."""
    m = _PREPOSITION.search(text[max(0, start - 8):start])
    return start - len(m[0]) if m else start


# ---------------------------------------------------------------------------------------------- tense


def _direction(text: str, doc: Any) -> Any:
    """A function telling whether the clause around a span looks ahead (1) or back (-1, or 0 unknown)."""
    if doc is None or not hasattr(doc, "char_span"):
        return lambda start, end: _direction_from_text(text, start, end)

    def direction(start: int, end: int) -> int:
        if _SOONEST.search(text[max(0, start - 24):start]):
            return 1
        if _MEASURED_AGAINST.search(text[max(0, start - 40):start]):
            return -1
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return _direction_from_text(text, start, end)
        return _direction_from_parse(span.root)

    return direction


def _could_come(verb: Any, aux: set[str]) -> bool:
    return "could" in aux and "have" not in aux and verb.dep_ == "ccomp" \
        and verb.head.lemma_ in _REPORTING | _FORESEEING \
        and not any(c.dep_ == "neg" for c in verb.children)


def _direction_from_parse(token: Any) -> int:
    """Tense of the verb that governs the expression: future auxiliaries, "is expected to", "is to",
    a present progressive or a present-tense action verb look ahead; a past verb looks back."""
    if token.head.lower_ == "for" and token.dep_ == "pobj" and token.head.head.lemma_.lower() in _SET_FOR \
            and _told_as_present(token.head.head):
        return 1
    if _foreseen(token) or _invited_to(token):
        return 1
    verb, steps, via_noun, below = token, 0, False, token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 8:
        below, verb, steps = verb, verb.head, steps + 1
        via_noun = via_noun or verb.pos_ in ("NOUN", "PROPN")
    if verb.pos_ not in ("VERB", "AUX"):
        return 0
    if below.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _REPORTING - {"be", "have"} \
            and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        # "will remain until the end of February, the minister said", parsed as if the end of February said it:
        # the clause the date belongs to is the one the report hangs on.
        verb = verb.head
    if token.head.lower_ in ("until", "till") and (verb.lemma_.lower() in _PROLONG or any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)):
        # "has warned of rain until February": a span still running; "extended the programme until March": a new end,
        # after the day it was set.
        return 1
    for _ in range(3):
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & _FUTURE_AUX or (aux & _MAY and "have" not in aux) or _could_come(verb, aux):
            return 1
        if "had" in aux:
            return -1  # "had been due to expire Friday": the plan is told as past
        if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _INTENT for c in verb.children):
            return 1  # "was due to chair a meeting on Friday", though the parse may take "chair" for a noun
        present = bool(aux & _PRESENT_AUX) or verb.tag_ in ("VBP", "VBZ")
        if present and not aux and verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            # "will serve until the council chooses one on Thursday": a clause of time or condition is in the
            # present whatever its time; the clause it hangs on tells it.
            verb = verb.head
            continue
        if verb.lemma_.lower() in _INTENT and present:
            return 1
        if verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in _INTENT \
                and _told_as_present(verb.head):
            return 1  # "once the river falls, expected by Tuesday": what is still awaited in the clause it qualifies
        # "to refloat it", "to be issued on Wednesday morning" (an infinitive in the passive)
        if (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux)) and "to" in aux \
                and verb.dep_ in ("xcomp", "advcl", "ccomp"):
            if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.head.children) \
                    or verb.head.lemma_.lower() in _DIRECTIVES:
                # "would try to refloat it on Wednesday", though what it hangs on "had opened"; "had been told to
                # return on Wednesday": what one is told to do comes after the telling.
                return 1
            if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in (*verb.head.children,
                                                                               *verb.head.head.children)):
                return -1  # "had been scheduled to expire Friday": a plan told in the past perfect
            if verb.head.lemma_.lower() in _INTENT or verb.head.lemma_ == "be":
                return 1
            verb = verb.head
            continue
        if verb.tag_ == "VBG" and aux & _PRESENT_AUX:
            return 1
        if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and not aux:
            verb = verb.head  # "will start receiving it on Monday": the verb it completes tells
            continue
        break
    if verb.tag_ in ("VBD", "VBN"):
        return -1
    # Headline present ("talks resume Monday") looks ahead when the date hangs on the verb itself;
    # "says Tuesday" reports, and "follows Tuesday's declaration" dates the noun, not the verb.
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() not in _REPORTING and (
            (steps <= 2 and not via_noun) or _at_a_place(token, verb)):
        return 1
    # "The vote is on Tuesday": what is set for a day in the present tense is still to come.
    if verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and steps == 2 and token.head.lower_ == "on" \
            and token.head.head.i == verb.i:
        return 1
    return 0


def _foreseen(token: Any) -> bool:
    """Whether the day is that of what a warning or a forecast foresees, which the parse hangs on the verb: set after
    what is foreseen ("warned of icy roads on Saturday morning", "forecast heavy rain on Sunday"), not right after
    the verb ("warned on Monday of ...", when the warning came)."""
    prep = token.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_.lower() not in _FORESEEING:
        return False
    return any(c.i < prep.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")) for c in verb.children)


def _invited_to(token: Any) -> bool:
    """Whether the day is that of what someone is invited or summoned to ("had invited the protesters to talks in
    Gilgit on Tuesday"): the meeting comes after the invitation, whatever tense that is told in."""
    prep = token.head
    event = prep.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and event.dep_ == "pobj" and event.head.lower_ == "to" \
        and event.head.head.lemma_.lower() in _SUMMONING


def _at_a_place(token: Any, verb: Any) -> bool:
    """Whether the day hangs on the place where the verb's action happens, as the parse may hang it ("take effect at
    the ports of Kemi and Oulu on Monday"): a place has no time of its own, so the day is the verb's."""
    prep = token.head
    place = prep.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and place.dep_ == "pobj" \
        and place.head.lower_ in ("at", "in") and place.head.head.i == verb.i


def _told_as_present(word: Any) -> bool:
    """Whether the clause of a word (a verb, or the noun's verb) is told in the present, its perfect included ("have
    called"), or the future; "a service planned for Saturday was canceled" tells a plan as past."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ in ("acl", "relcl", "amod") and not aux:
        return _told_as_present(verb.head)  # a participle qualifying a noun is as old as the clause of the noun
    return bool(aux & (_PRESENT_AUX | _FUTURE_AUX)) or verb.tag_ in ("VBP", "VBZ")


def _direction_from_text(text: str, start: int, end: int) -> int:
    if _MEASURED_AGAINST.search(text[max(0, start - 40):start]):
        return -1
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return 1 if _FUTURE_CUE.search(text[sentence_start:start]) else 0


# ---------------------------------------------------------------------------------------------- context


def _said_on(timex: Timex, value: str, precision: Precision | None, text: str, timexes: list[Timex],
             published: str | None, own: tuple[str, ...]) -> str | None:
    """A relative date inside a quotation, counted from the day its attribution gives ("Today I spoke with
    him," she said in a post late Tuesday): the nearest day named outside quotation marks in the same
    paragraph, else the page's own day where the words were told to the page's outlet or agency. None when
    the paragraph dates no day: the words may be older than the page."""
    lo, hi = paragraph_span(text, timex.start)
    said = [t for t in timexes if lo <= t.start < hi and t.value and _calendar(t.value)[1] == "day"
            and quotation_span(text, t.start) is None]
    anchor = Anchor.parse(published)
    if anchor is None:
        return None
    if not said:
        return value if _told_us(text, lo, hi, own) else None
    day = date.fromisoformat(_calendar(min(said, key=lambda t: abs(t.start - timex.start)).value)[0] or "")
    if precision == "day":
        return (day + (date.fromisoformat(value) - anchor.day)).isoformat()
    # "this year" said on a day of the publication's month or year means the same month or year.
    return value if day.isoformat()[:len(value)] == anchor.day.isoformat()[:len(value)] else None


def _told_us(text: str, lo: int, hi: int, own: tuple[str, ...]) -> bool:
    """Whether the paragraph says, outside its quotations, that the words were told to the page's outlet or
    agency: by its name, a paper's by its last word ("the Post" of "The Kalumpang Post"), or as "this newspaper"."""
    for m in _TOLD.finditer(text, lo, hi):
        if quotation_span(text, m.start()) is not None:
            continue
        if m[1] or any(_same_outlet(m[2], name) for name in own):
            return True
    return False


def _same_outlet(told: str, name: str) -> bool:
    told, name = told.lower().rstrip("."), name.lower().removeprefix("the ")
    short = source_name(told, strict=False)
    return told == name or name.endswith(f" {told}") or (short is not None and short == source_name(name, strict=False))


def _sentences(text: str, doc: Any) -> list[tuple[int, int]]:
    """The parse's sentences, each cut at line breaks: the parser may run a heading into the paragraph under it
    ("Gust recorded at Lindon Point The Met Service recorded ..."), and no sentence runs across paragraphs."""
    if doc is not None and hasattr(doc, "sents"):
        with suppress(ValueError):  # a text parsed without sentence boundaries
            return [(m.start(), m.end()) for s in doc.sents for m in _LINE.finditer(text, s.start_char, s.end_char)]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+(?:[.!?]+|$)", text)]


def _says_little(clause: str) -> bool:
    return len(clause.split()) < 7 or sum(w.lower() not in _DATING_WORDS for w in _LETTERS.findall(clause)) < 3


def _event(text: str, timex: Timex, sentences: list[tuple[int, int]], opening: int) -> str:
    """The clause the expression dates: its sentence cut at clause breaks, kept short and readable. The
    opening sentence starts after the dateline ("WASHINGTON, March 12 (Xinhua) --"): the place and the
    agency are the report's, not the event's."""
    start, end = next(((s, e) for s, e in sentences if s <= timex.start < e), (0, len(text)))
    start = max(start, opening)
    sentence = text[start:end]
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    local = timex.start - start
    i = max(k for k in range(len(cuts) - 1) if cuts[k] <= local)
    lo, hi = cuts[i], cuts[i + 1]
    # A clause of a few words ("In September 2024,"), or of nothing but a date and its label ("Update, March 10,
    # 2026, 9:05 a.m. ET:"), says nothing alone: take the next one with it.
    while _says_little(sentence[lo:hi]) and (i + 1 < len(cuts) - 1 or lo > 0):
        if i + 1 < len(cuts) - 1:
            i += 1
            hi = cuts[i + 1]
        else:
            lo = cuts[max(0, cuts.index(lo) - 1)]
    piece = sentence[lo:hi]
    if lo and (aside := _ASIDE.match(piece)) and aside.end() <= local - lo:
        # A relative clause set between a subject and its verb ("Rep. Jane Doe, who represents the parish, said he
        # would ... next month"): the subject and the verb, without it.
        piece = f"{sentence[cuts[max(0, i - 1)]:lo].rstrip(' ,')} {piece[aside.end():]}"
    words = piece.split()
    clause = " ".join(words[:30]) + (" …" if len(words) > 30 else "")
    return clause.strip(" ,;:—–\"“”").strip()
