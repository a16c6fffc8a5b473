"""A regex grammar for English news time expressions, normalised to TIMEX3 values.

General date parsers read one string at a time and guess; news needs the reading a copy desk uses:
a bare weekday is the one on or before publication unless the clause looks ahead, "since September" is
the latest September, "a year earlier" in an earnings story is the same quarter a year before. This
module finds the spans and resolves them against an anchor date (the publication date); `timex.py`
turns the results into the project's `TimeExpr` records.

Values follow TimeML: "1998-08-07", "1998-08", "1998", "1998-W32", "1998-Q3", "1998-SU", "199"
(a decade), "1998-08-07TNI", "P3M", "PT5H", "PXY", "PRESENT_REF", "PAST_REF", "FUTURE_REF".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newstrace.extract.text_dates import find_date, in_house_order

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half a": 0.5,
    "a half": 0.5, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE = ("a few", "few", "several", "some", "many", "recent", "the past few", "the last few", "a number of")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "quarter": "Q",
    "year": "Y", "decade": "DE", "century": "CE",
}

# An expression that needs the anchor raises this when there is none; `why` is shown to the user.
NO_ANCHOR = "the page carries no publication date"
QUARTER_REACH = 600  # characters: an earnings story names its quarter once every few sentences


class Unanchored(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


@dataclass
class Timex:
    """One expression found in a text. `value` is a TIMEX3 value, or None with `why` when the anchor
    it counts from is unknown. `relative` marks values that count from the anchor."""

    start: int
    end: int
    phrase: str
    type: str
    value: str | None
    relative: bool = False
    why: str | None = None


@dataclass
class Anchor:
    """The publication date and how much of it is known ("day", "month" or "year")."""

    day: date
    precision: str = "day"

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        """Anchor of an ISO date at day, month or year precision; None for anything else."""
        m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", (published or "").strip())
        if not m:
            return None
        try:
            day = date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            return None
        return cls(day, "day" if m[3] else "month" if m[2] else "year")


Direction = Callable[[int, int], int]


@dataclass
class Context:
    """What a rule may read while it resolves one match."""

    text: str
    anchor: Anchor | None
    direction: Direction
    quarter: tuple[int, int] | None = None  # the last quarter named, for "a year earlier" in earnings copy
    quarter_at: int = 0
    named: tuple[int, str] | None = None  # (end offset, value) of the latest calendar date named

    def focus(self, offset: int) -> tuple[int, int] | None:
        """The quarter the story is about at `offset`: one named in the last few sentences."""
        return self.quarter if self.quarter and offset - self.quarter_at <= QUARTER_REACH else None

    def day(self) -> date:
        if self.anchor is None:
            raise Unanchored(NO_ANCHOR)
        if self.anchor.precision != "day":
            raise Unanchored(f"the publication date is known only to the {self.anchor.precision}")
        return self.anchor.day

    def month(self) -> date:
        if self.anchor is None:
            raise Unanchored(NO_ANCHOR)
        if self.anchor.precision == "year":
            raise Unanchored("the publication date is known only to the year")
        return self.anchor.day

    def year(self) -> int:
        if self.anchor is None:
            raise Unanchored(NO_ANCHOR)
        return self.anchor.day.year


# ---------------------------------------------------------------------------------------------- patterns

_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june?|july?|aug(?:ust|\.)?|"
          r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])")
_WDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
         r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)(?![a-z])")
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,]\d|\.\d|%|-\d)"
_NUMWORD = (r"(?:\d{1,3}(?:\.\d+)?(?![\d,])|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|half a|a half|a couple of|"
            r"a dozen|dozen|couple\s+of|an?)")
_NUM = rf"(?:{_NUMWORD}(?: and a half| 1/2|\s?½)?|a few|few|several|some|many|a number of)"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:about|around|almost|nearly|roughly|some|just|only|more than|less than|over|under|at least|up to)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_TZ = r"(?:\s+(?:[ecmp][sd]t|gmt|utc|local\s+time|\(local\s+time\)))?"  # "6am local time on Saturday"
# British copy sets the minutes after a point ("6.20am").
_CLOCK = rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b){_TZ}|noon|midday|midnight)"

_TIME_WORDS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
}


def _num(word: str) -> float | None:
    """The number a count word stands for; None for vague counts ("several", "a few")."""
    word = word.lower().strip()
    half = re.search(r"\s+and\s+a\s+half$|\s+1/2$|\s*½$", word)
    if half:
        whole = _num(word[:half.start()])
        return None if whole is None else whole + 0.5
    if word in VAGUE or word.endswith("few"):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in SMALL and parts[1] in SMALL and SMALL[parts[0]] >= 20:
        return float(SMALL[parts[0]] + SMALL[parts[1]])
    return float(SMALL[word]) if word in SMALL else None


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS[key if key in MONTHS else key[:3]]


def _replace_year(d: date, year: int) -> date:
    return d.replace(year=year, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=year)


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


# ---------------------------------------------------------------------------------------------- rules


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Context], tuple[str, str] | None], bool]
RULES: list[Rule] = []


def rule(pattern: str, relative: bool = True, flags: int = re.I) -> Callable[..., object]:
    """Register a handler: it gets the match and the context and returns (TIMEX3 type, value) or None."""
    compiled = re.compile(rf"(?<![\w'’-]){pattern}(?!\w)", flags)

    def register(fn: Callable[[re.Match[str], Context], tuple[str, str] | None]) -> Callable[..., object]:
        RULES.append((compiled, fn, relative))
        return fn

    return register


# A clock time before a date is one TIME of that day ("until 5 p.m. EST, Nov. 9"), as TIMEX3 writes it.
_AT = rf"(?:(?P<clock>{_CLOCK}),?\s+(?:on\s+)?)?"


@rule(rf"{_AT}(?:{_WDAY},?\s+)?(?P<m>{_MONTH})\s*(?P<d>{_DAYNUM}),?\s+(?P<y>{_YEAR})|"
      rf"(?:{_WDAY},?\s+)?(?:the\s+)?(?P<d2>{_DAYNUM})(?:\s+of)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})|"
      r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<num>\d{1,2}(?P<nsep>[/.-])\d{1,2}(?P=nsep)(?:19|20)\d\d)",
      relative=False)
def _full_date(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    try:
        if m["iso"]:
            return "DATE", date.fromisoformat(m["iso"]).isoformat()
        if m["num"]:
            # "16/03/2026", "3/16/2026", "16.03.2026": read in the order the text's own dates and spelling show.
            value = in_house_order(find_date(m["num"]), ctx.text)
            return ("DATE", value) if value else None
        mon, day, year = (m["m"], m["d"], m["y"]) if m["m"] else (m["m2"], m["d2"], m["y2"])
        return _with_time(date(int(year), _month(mon), int(re.match(r"\d+", day)[0])), None,  # type: ignore[index]
                          m["clock"])
    except ValueError:
        return None


_DAY_WINDOW_BACK = {-1: 275, 0: 183, 1: 90}  # days a date without its year may lie before publication, by tense


# "Dec. 9" as American copy writes a day without its year, "9 December" (or "the 9th of December") as British; "12
# March next year" names its year by the publication's.
@rule(rf"{_AT}(?:{_WDAY},?\s+)?(?:(?P<m>{_MONTH})\s*(?P<d>{_DAYNUM})|(?:the\s+)?(?P<d2>{_DAYNUM})(?:\s+of)?\s+"
      rf"(?P<m2>{_MONTH}))(?!,?\s+{_YEAR})(?:,?\s+(?P<rel>this|last|next)\s+year)?")
def _month_day(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not (word := m["m"] or m["m2"])[0].isupper():
        return None  # "may" is a verb more often than a month
    ref = ctx.month()
    year = ref.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()] if m["rel"] else ref.year
    if (when := _named_day(year, word, m["d"] or m["d2"])) is None:
        return None
    if m["rel"]:
        return _with_time(when, None, m["clock"])
    return _with_time(_near_publication(when, ref, ctx, m), None, m["clock"])


def _named_day(year: int, month: str, day: str) -> date | None:
    """The day a month's name and a day's number give in `year`; None for a day the month has not ("February 30")."""
    try:
        return date(year, _month(month), int(re.match(r"\d+", day)[0]))  # type: ignore[index]
    except ValueError:
        return None


def _near_publication(when: date, ref: date, ctx: Context, m: re.Match[str]) -> date:
    """A day given without its year, in the year around publication that the clause's tense points to: mostly
    behind it in a past-tense clause, mostly ahead in a future one. The few weeks kept on the other side absorb a
    misread tense ("said it would … Nov. 20")."""
    earliest = ref - timedelta(days=_DAY_WINDOW_BACK[_tense(ctx, m)])
    if when < earliest:
        return _replace_year(when, ref.year + 1)
    if (when - earliest).days >= 365:
        return _replace_year(when, ref.year - 1)
    return when


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))


# "The first of January", as a day is said in words.
@rule(rf"the\s+(?P<w>{_ORDINAL})\s+of\s+(?P<m>{_MONTH})(?!,?\s+{_YEAR})")
def _ordinal_of_month(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not m["m"][0].isupper():
        return None
    ref = ctx.month()
    when = _named_day(ref.year, m["m"], str(_ORDINALS.index(m["w"].lower()) + 1))
    return ("DATE", _near_publication(when, ref, ctx, m).isoformat()) if when is not None else None


# "On the night of 3-4 December", "the night of Dec. 3-4": the night before the second day, which reports date by
# that morning, as "overnight on Dec. 4" does.
@rule(rf"(?:the\s+)?night\s+of\s+(?:(?P<a>{_DAYNUM})\s*(?:-|–|to)\s*(?P<b>{_DAYNUM})\s+(?P<m>{_MONTH})"
      rf"|(?P<m2>{_MONTH})\s*(?P<a2>{_DAYNUM})\s*(?:-|–|to)\s*(?P<b2>{_DAYNUM}))(?!,?\s+{_YEAR})")
def _night_of(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not (word := m["m"] or m["m2"])[0].isupper():
        return None
    ref = ctx.month()
    when = _named_day(ref.year, word, m["b"] or m["b2"])
    return ("DATE", _near_publication(when, ref, ctx, m).isoformat()) if when is not None else None


@rule(r"(?<=\bon\s)the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
      r"(?=\s*(?:[.,;:)]|$)|\s+of\s+(?:this|the|next|last)\s+month)")
def _day_of_month(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"On the 15th": a day of the month of publication, or of the month after or before it when the clause looks
    ahead past it or back before it."""
    ref = ctx.day()
    day = int(m["d"])
    way = _tense(ctx, m)
    shift = 1 if way > 0 and day < ref.day else -1 if way < 0 and day > ref.day else 0
    year, month = _add_months(ref, shift)
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return None  # "the 31st" of a month of thirty days


def _tense(ctx: Context, m: re.Match[str]) -> int:
    """Whether the clause of a date without its year looks ahead (1) or back (-1): "since" always looks back."""
    return -1 if _since(ctx, m) else ctx.direction(m.start(), m.end())


def _since(ctx: Context, m: re.Match[str]) -> bool:
    return bool(_SINCE.search(ctx.text[max(0, m.start() - 12):m.start()]))


_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)


@rule(rf"(?:(?:early|late|mid)[- ]?|the\s+(?:beginning|end|middle|start)\s+of\s+)?(?P<m>{_MONTH})"
      rf"(?:\s+of)?,?\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|"
      r"(?P<ana>that|that\s+same|the\s+same|the\s+following|the\s+previous)\s+year)")
def _month_year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not m["m"][0].isupper():
        return None
    if m["y"]:
        return "DATE", f"{m['y']}-{_month(m['m']):02d}"
    if m["ana"]:
        # "In 2020, ... before the rerun was held in June of that year": the year the story named last.
        if ctx.named is None:
            return None
        shift = {"following": 1, "previous": -1}.get(m["ana"].split()[-1].lower(), 0)
        return "DATE", f"{int(ctx.named[1][:4]) + shift}-{_month(m['m']):02d}"
    year = ctx.year() + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", f"{year}-{_month(m['m']):02d}"


# Months a month without its year may lie before publication, by tense: in a past-tense clause up to one
# month ahead ("officials said the accession was planned for March"; tense misread), in a future one two back.
_MONTH_WINDOW_BACK = {-1: 10, 0: 6, 1: 2}
_SHARED_YEAR = re.compile(rf"\s*(?:and|or|to|through|until|-|–)\s*(?:early\s+|late\s+|mid-?)?{_MONTH}\s+(?:of\s+)?"
                          rf"(?P<y>{_YEAR})", re.I)
_MONTH_PREP = re.compile(r"\b(?:in|since|until|till|by|from|through|during|before|after|of|to|and|or|between|"
                         r"early|late|mid|last|next|this)[\s-]+$", re.I)
_ANY_MONTH = re.compile(r"\b(?:another|every|each|any|a)\s+$", re.I)
# What happens in a month most years: "Typhoons regularly strike between July and October", "The plague season runs
# from August to April", unless the sentence also says which year it means ("usually held in June, this year in
# September").
_HABITUAL = re.compile(r"\b(?:usually|regularly|typically|normally|generally|traditionally|customarily|annually"
                       r"|(?:every|each|most)\s+years?|seasons?\b[^.]{0,40}?\b(?:runs?|lasts?|stretch(?:es)?)\s+(?:from|between))\b",
                       re.I)
_WHICH_YEAR = re.compile(rf"\b(?:this|last|next)\s+(?:year|season)\b|{_YEAR}", re.I)


def _habitual(text: str, at: int) -> bool:
    """Whether the sentence around offset `at` tells what happens most years, naming none."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0]
    sentence = text[start: min(ends, default=len(text))]
    return bool(_HABITUAL.search(sentence)) and not _WHICH_YEAR.search(sentence)


@rule(rf"(?:(?P<mod>last|next|this|this\s+past|this\s+coming|early|late|mid|the\s+(?:beginning|end|middle|"
      rf"start)\s+of)(?:\s+|(?<=mid|rly|ate)-))?(?P<m>{_MONTH})")
def _month_only(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = m["m"]
    key = word.lower().rstrip(".")
    if not word[0].isupper() or (len(key) <= 4 and key not in ("may", "june", "july") and not word.endswith(".")):
        return None
    before = ctx.text[max(0, m.start() - 10):m.start()]
    if not m["mod"] and (_ANY_MONTH.search(before) or _habitual(ctx.text, m.start())):
        return None  # "another November like this one", "every May", "usually strike between July and October"
    prep = _MONTH_PREP.search(before)
    # "May" and "March" are verbs and names too, a month's short form a name's word ("Vina del Mar."): only a date
    # after a preposition or a modifier.
    if (key in ("may", "march") or word.endswith(".")) and not (
            m["mod"] or (prep and prep[0].strip().lower() not in ("to", "and", "or"))):
        return None
    ref = ctx.month()
    month = _month(word)
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    if not mod and (shared := _SHARED_YEAR.match(ctx.text, m.end())):
        return "DATE", f"{shared['y']}-{month:02d}"  # "in March and April 2025": the year is both months'
    if mod == "this":
        return "DATE", f"{ref.year}-{month:02d}"
    if mod in ("next", "this coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif mod.startswith("last"):
        year = ref.year if month < ref.month else ref.year - 1
    elif not mod and (upto := _MONTH_RANGE.match(ctx.text, m.end())) and upto["m"][0].isupper():
        # A span's first month ("in January-November", "between January and November") lies in the year of its last,
        # or the one before where the span runs over New Year ("October-March").
        last = _month(upto["m"])
        year = _nearby_year(ctx, upto.start("m"), upto.end("m"), last) - (month > last)
    else:
        year = _nearby_year(ctx, m.start(), m.end(), month, _since(ctx, m))
    return "DATE", f"{year}-{month:02d}"


_MONTH_RANGE = re.compile(rf"\s*(?:-|–|to|through|until|and)\s*(?P<m>{_MONTH})\b(?!\s*\d)", re.I)


def _nearby_year(ctx: Context, start: int, end: int, month: int, since: bool = False) -> int:
    """The year of a month without its year, within a year around publication, placed like a day without its year
    ("Oct. 23")."""
    back = 11 if since else _MONTH_WINDOW_BACK[ctx.direction(start, end)]
    return _add_months(ctx.month(), (month - ctx.month().month + back) % 12 - back)[0]


@rule(rf"(?:(?:fiscal|calendar|mid|early|late|post|pre)[- ]|the\s+(?:end|beginning|start|middle|first half|"
      rf"second half)\s+of\s+|(?:the\s+)?(?:year|summer|spring|fall|autumn|winter)\s+(?:of\s+)?)?(?P<y>{_YEAR})"
      rf"(?:['’]s)?", relative=False)
def _year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    before = ctx.text[max(0, m.start() - 24):m.start()]
    after = ctx.text[m.end():m.end() + 24]
    if re.search(r"[$€£#№]\s*$|\bno\.\s*$|\b(?:number|room|route|flight|page|code|model)\s+$", before, re.I):
        return None
    if re.match(r"\s*(?:%|percent|per\s+cent|[a-z]*(?:meter|metre|feet|foot|pound|ton|dollar|euro|barrel|vote|"
                r"troop|soldier|people|person|worker|member|case|death|share|mile|acre|hour|unit|car|seat|job)s?\b)",
                after, re.I):
        return None
    phrase = m[0].lower()
    if phrase.startswith(("summer", "spring", "fall", "autumn", "winter", "the summer", "the spring",
                          "the fall", "the autumn", "the winter")):
        season = re.search(_SEASON, phrase)[0]  # type: ignore[index]
        return "DATE", f"{m['y']}-{SEASONS[season]}"
    if "first half" in phrase or "second half" in phrase:
        return "DATE", f"{m['y']}-H{1 if 'first' in phrase else 2}"
    return "DATE", m["y"]


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@rule(rf"(?:the\s+year\s+)?(?:(?P<c>nineteen|twenty)\s+(?P<t>{'|'.join(_TENS)})(?:[- ](?P<u>{'|'.join(_UNITS)}))?|"
      r"(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<u2>one|two|three|four|five|six|seven|eight|nine|ten))?)"
      r"(?!\s+(?:hundred|thousand|million)|[- ](?:year|old))",
      relative=False)
def _spoken_year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand"."""
    if m["k"]:
        if not m[0].lower().startswith("the year") and not m["u2"]:
            return None  # "two thousand" alone is a count
        return "DATE", str(2000 + int(_num(m["u2"]) or 0) if m["u2"] else 2000)
    century = 19 if m["c"].lower() == "nineteen" else 20
    tens = 10 * (_TENS.index(m["t"].lower()) + 2)
    units = _UNITS.index(m["u"].lower()) + 1 if m["u"] else 0
    return "DATE", str(century * 100 + tens + units)


@rule(r"(?:the\s+)?(?:(?P<mod>early|late|mid)[- ]?)?(?P<dec>(?:1[0-9]|20)\d0|['’]\d0)['’]?s|"
      r"(?:the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
      relative=False)
def _decade(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if m["word"]:
        tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        return "DATE", f"19{tens.index(m['word'].lower()) + 2}"
    dec = m["dec"]
    return "DATE", ("19" + dec[1]) if dec[0] in "'’" else dec[:3]


@rule(r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century", relative=False)
def _century(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    return "DATE", f"{int(m['n']) - 1:02d}"


@rule(rf"(?:(?:the|its|this|next|last)\s+)?(?:(?:(?P<y1>{_YEAR})|(?P<rel>this|last|next)\s+year's)\s+)?"
      rf"(?:fiscal[- ])?(?P<q>{_ORD}|final|last)[- ](?:fiscal[- ])?quarter(?:s)?(?:\s+of\s+(?:(?P<y2>{_YEAR})|"
      rf"(?P<rel2>this|last|next)\s+year))?|(?:the\s+)?(?P<ordq>{_ORD})[- ]quarter")
def _quarter(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    word = (m["q"] or m["ordq"]).lower()
    year_s = m["y1"] or m["y2"]
    rel = (m["rel"] or m["rel2"] or "").lower()
    if year_s:
        year = int(year_s)
    else:
        ref = ctx.month()
        year = ref.year + {"this": 0, "last": -1, "next": 1, "": 0}[rel]
    q = 4 if word in ("final", "last") else ORDINALS[word]
    if not year_s and not rel:
        current = (ctx.month().month - 1) // 3 + 1
        if q >= current and ctx.direction(m.start(), m.end()) <= 0:
            year -= 1 if q > current else 0
    ctx.quarter, ctx.quarter_at = (year, q), m.end()
    return "DATE", f"{year}-Q{q}"


_BARE_SAME = re.compile(r"(?:in\s+)?the\s+(?:comparable|same|corresponding)\s+(?:quarter|period)", re.I)


@rule(r"(?:the\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:year[- ](?:ago|earlier)|prior[- ]year)"
      r"(?:\s+(?:\w+\s+)?(?:quarter|period))?|(?:in\s+)?the\s+(?:comparable|same|corresponding)\s+"
      r"(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?|"
      r"a\s+year\s+(?:earlier|ago|before)")
def _year_ago(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    focus = ctx.focus(m.start())
    if focus is not None and ctx.anchor is not None:
        year, q = focus
        return "DATE", f"{year - 1}-Q{q}"
    if m[0].lower().endswith("before") or _BARE_SAME.fullmatch(m[0]):
        return None  # "over the same period", no quarter named: the stretch the sentence before named
    return "DATE", str(ctx.year() - 1)


@rule(rf"the\s+(?P<y>{_YEAR})\s+(?:(?P<q>{_ORD})\s+)?(?:quarter|period)")
def _year_quarter(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if m["q"]:
        return "DATE", f"{m['y']}-Q{ORDINALS[m['q'].lower()]}"
    focus = ctx.focus(m.start())
    return None if focus is None else ("DATE", f"{m['y']}-Q{focus[1]}")


@rule(rf"(?:the\s+)?(?P<h>first|second|last|latter|back|front)\s+half(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|"
      rf"next)\s+year|the\s+year))?")
def _half(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not m["y"] and not m["rel"] and not m[0].lower().endswith("year"):
        return None
    year = int(m["y"]) if m["y"] else ctx.year() + {"this": 0, "last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return "DATE", f"{year}-H{1 if m['h'].lower() in ('first', 'front') else 2}"


# Fixed-date holidays and the few movable ones a news desk dates by rule.
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "yuletide": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
             "bastille day": (7, 14), "thanksgiving": (11, 0), "thanksgiving day": (11, 0)}


@rule(r"(?:the\s+day\s+(?P<off>after|before)\s+)?"
      r"(?P<h>christmas(?:\s+(?:day|eve))?|yuletide|new\s+year['’]s\s+(?:day|eve)|independence\s+day|halloween|"
      r"valentine['’]s\s+day|veterans\s+day|bastille\s+day|thanksgiving(?:\s+day)?)(?:\s+(?P<y>" + _YEAR + r"))?"
      # A holiday that names a kind of thing ("the Christmas party shooting", "Halloween costumes", "Christmas trade")
      # dates nothing.
      r"(?!\s+(?:party|parties|tree|trees|lights|markets?|shopping|cards?|gifts?|presents?|dinner|lunch|carols?"
      r"|decorations?|songs?|sales?|trade|trading|jumpers?|sweaters?|films?|movies?|specials?|costumes?|candy|turkey)\b)")
def _holiday(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    key = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    when = _holiday_date(key, int(m["y"])) if m["y"] else _nearest_holiday(key, m, ctx)
    if m["off"]:
        when += timedelta(days=1 if m["off"].lower() == "after" else -1)  # "the day after Christmas"
    return "DATE", when.isoformat()


def _nearest_holiday(key: str, m: re.Match[str], ctx: Context) -> date:
    ref = ctx.month()
    when = _holiday_date(key, ref.year)
    if ctx.anchor is not None and ctx.anchor.precision == "day":
        # The next one when the clause looks ahead, the latest one on or before publication when it looks back;
        # else the nearer of the two ("supply before Christmas" in December is this month's).
        ahead = when if when >= ref else _holiday_date(key, ref.year + 1)
        back = when if when <= ref else _holiday_date(key, ref.year - 1)
        direction = ctx.direction(m.start(), m.end())
        when = ahead if direction > 0 or (direction == 0 and ahead - ref < ref - back) else back
    return when


def _holiday_date(key: str, year: int) -> date:
    month, day = _HOLIDAYS[key]
    if day == 0:  # US Thanksgiving: the fourth Thursday of November
        day = 1 + (3 - date(year, 11, 1).weekday()) % 7 + 21
    return date(year, month, day)


@rule(r"the\s+(?:(?P<fiscal>fiscal|full|whole)\s+)?year(?=(?P<end>\s+end(?:ed|ing)\b)?)"
      r"(?![-\w]|\s+(?:earlier|ago|before|after)\b)")
def _the_year(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """Results copy: "for the year ended June 30" is a twelve-month period; "a high for the year" and "sales
    for the full year" are this year."""
    if m["end"]:
        return "DURATION", "P1Y"
    prep = re.search(r"\b(\w+)\s+$", ctx.text[max(0, m.start() - 8):m.start()])
    fiscal = (m["fiscal"] or "").lower() == "fiscal"
    if fiscal or not prep or prep[1].lower() not in ("for", "of", "during"):
        return None  # "in the year" needs a year named; the fiscal year ends when the company says
    return "DATE", str(ctx.year())


@rule(r"(?P<prep>by|at|around|before|until|since|after|from)\s+(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)(?![-\w])")
def _year_end(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"By year-end" is the end of the publication year, "since year-end" of the one before; TIMEX3 writes the
    year (its END modifier is not a value)."""
    back = m["prep"].lower() in ("since", "from")
    return "DATE", str(ctx.year() - back)


@rule(r"(?:the|this|that|its)\s+(?:(?:latest|current|recent|most\s+recent|just[- ]ended|latest\s+fiscal)\s+)?"
      r"(?:quarter|period)(?!-|\s+(?:of|century|mile))")
def _the_quarter(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    focus = ctx.focus(m.start())
    if focus is not None:
        year, q = focus
        return "DATE", f"{year}-Q{q}"
    words = m[0].lower().split()
    if words[-1] != "quarter":
        return None  # "the period" needs a quarter named before it
    # Earnings copy reports the quarter that ended last; "this" or "the current" quarter is the running one.
    running = words[0] == "this" or "current" in words
    y, mo = _add_months(ctx.month(), 0 if running else -3)
    return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"


_SEASON_PREP = re.compile(r"\b(?:in|since|until|till|by|during|into|over|through|throughout|for|of|before|after"
                          r"|from)\s+$", re.I)


@rule(rf"(?:(?P<mod>this|last|next|this\s+past|this\s+coming|early|late|the)\s+)?(?:(?:early|late|mid)[- ]?)?"
      rf"(?P<s>{_SEASON})(?!\s+(?:of\s+)?{_YEAR})")
def _season(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    mod = (m["mod"] or "").lower()
    # A season named alone is a time only after a preposition of time: "the fall is due to drought" is a decline,
    # and "the fall of Kabul" an event.
    if mod in ("", "the") and (not _SEASON_PREP.search(ctx.text[max(0, m.start() - 12):m.start()])
                               or ctx.text.startswith(" of ", m.end())):
        return None
    order = ["WI", "SP", "SU", "FA"]
    ref = ctx.month()
    # Seasons counted on from each year's winter, which December opens: in December, spring is next year's.
    now = (ref.year + (ref.month == 12)) * 4 + (ref.month % 12) // 3
    named = ref.year * 4 + order.index(SEASONS[m["s"].lower()])
    seasons = [named + 4 * k for k in range(-2, 3)]
    way = 0 if mod == "this" else -1 if mod in ("last", "this past") else 1 if mod in ("next", "this coming") else (
        ctx.direction(m.start(), m.end()))
    if way < 0:  # the latest before now; "last spring" is not the one running
        named = max(s for s in seasons if s < now or (s == now and mod not in ("last", "this past")))
    elif way > 0:
        named = min(s for s in seasons if s > now or (s == now and mod not in ("next", "this coming")))
    elif mod != "this":
        named = min(seasons, key=lambda s: (abs(s - now), s > now))  # the nearest; of two, the one past
    year, code = divmod(named, 4)
    return "DATE", f"{year}-{order[code]}"


@rule(rf"(?:(?P<early>late|early|mid)[- ]?)?(?:(?P<clock>{_CLOCK})\s+(?:on\s+)?)?(?:(?P<mod>last|next|this|"
      rf"this\s+past|this\s+coming|past|coming)\s+)?(?P<w>{_WDAY})(?:['’]s)?(?:\s+(?P<part>{_PART}))?"
      rf"(?:\s+(?P<week>last|next|this)\s+week)?(?:,?\s+(?P<clock2>{_CLOCK}))?(?!,?\s+{_MONTH}\s*\d)")
def _weekday(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not m["w"][0].isupper():
        return None
    target = WEEKDAYS[m["w"].lower().rstrip(".")]
    if not m["mod"] and _EVERY.search(ctx.text, max(0, m.start() - 7), m.start()):
        return "SET", f"XXXX-WXX-{target + 1}"  # "each Thursday": every week's
    if not m["mod"] and _INDEFINITE.search(ctx.text, max(0, m.start() - 3), m.start()) \
            and _KEPT_WEEKLY.match(ctx.text, m.end()):
        return None
    ref = ctx.day()
    mod = (m["mod"] or "").lower().replace("this ", "")
    back = (ref.weekday() - target) % 7
    if m["week"]:
        # "on Thursday last week": that day of the week before publication's, weeks starting on Monday.
        shift = {"last": -7, "next": 7, "this": 0}[m["week"].lower()]
        when = ref + timedelta(days=target - ref.weekday() + shift)
    elif not mod and _UNTIL.search(ctx.text[max(0, m.start() - 12):m.start()]) and not _PLUPERFECT.search(
            ctx.text[max(0, m.start() - 60):m.end() + 60]):
        # "Until Tuesday" ("through Tuesday") sets a deadline or ends a span: the first such day not yet over at
        # publication, unless the past perfect tells of a span that had ended ("until Thursday, police had not ...").
        when = ref + timedelta(days=(target - ref.weekday()) % 7)
    elif mod in ("next", "coming") or (not mod and ctx.direction(m.start(), m.end()) > 0):
        # A bare weekday that is the day of publication is that day ("is due to visit on Friday" in Friday's copy:
        # news names the day rather than "today"); "next" or "coming" Friday is a week on.
        ahead = (target - ref.weekday()) % 7 or (0 if not mod else 7)
        when = ref + timedelta(days=ahead + (7 if mod == "next" and ahead < 3 else 0))
    elif mod in ("last", "past"):
        when = ref - timedelta(days=back or 7)
    else:
        when = ref - timedelta(days=back)
    return _with_time(when, m["part"], m["clock"] or m["clock2"])


_UNTIL = re.compile(r"\b(?:until|till|up\s+to|through)\s+$", re.I)  # "heavy snow through Sunday", as American copy
# A day of the week that names a habit or a kind of thing, not a date: "every Sunday", "a Saturday homework club"
# (where "a Sunday night memorial" was held on one Sunday).
_EVERY = re.compile(r"\b(?:every|each)\s+$", re.I)
_INDEFINITE = re.compile(r"\ban?\s+$", re.I)
_KEPT_WEEKLY = re.compile(r"\s+(?:[\w-]+\s+)?(?:clubs?|markets?|schools?|leagues?|classes|class|roasts?|brunch|shifts?"
                          r"|papers?|editions?|supplements?|services)\b", re.I)
# What follows hours kept every week or every day ("to 4pm on Sundays", "every day", "daily").
_RECURRING = re.compile(r"(?:\s+(?:to|and|-|–)\s+\S+)?\s+(?:on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays"
                        r"|saturdays|sundays|weekdays|weekends)|every\s+(?:day|week|morning|evening|night)|daily)\b",
                        re.I)
_PLUPERFECT = re.compile(r"\bhad\b", re.I)


def _with_time(day: date, part: str | None, clock: str | None) -> tuple[str, str]:
    if clock:
        return "TIME", f"{day.isoformat()}T{_clock(clock)}"
    if part:
        return "TIME", f"{day.isoformat()}T{PARTS[part.lower()]}"
    return "DATE", day.isoformat()


def _clock(text: str) -> str:
    text = text.lower()
    if text in ("noon", "midday"):
        return "12:00"
    if text == "midnight":
        return "24:00"
    m = re.match(r"(\d+)(?:[:.](\d\d))?\s*([ap])", text)
    if not m:
        return "XX:XX"
    hour = int(m[1]) % 12 + (12 if m[3] == "p" else 0)
    return f"{hour:02d}:{m[2] or '00'}"


@rule(rf"(?:(?P<early>late|early)\s+)?(?:(?P<clock>{_CLOCK})\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
      rf"(?:\s+(?P<part>{_PART}))?(?:,?\s+(?P<clock2>{_CLOCK}))?|(?:(?P<clock3>{_CLOCK})\s+)?(?P<this>this|last)\s+"
      rf"(?P<part2>{_PART})|the\s+day\s+before\s+yesterday")
def _deictic(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    ref = ctx.day()
    if m[0].lower().startswith("the day before"):
        return "DATE", (ref - timedelta(days=2)).isoformat()
    if m["this"]:
        last = m["this"].lower() == "last"
        part = m["part2"].lower()
        if last and part != "night":
            return None
        return _with_time(ref - timedelta(days=1 if last else 0), part, m["clock3"])
    word = m["w"].lower()
    part = m["part"] or ("night" if word == "tonight" else None)
    return _with_time(ref + timedelta(days=_TIME_WORDS[word]), part, m["clock"] or m["clock2"])


@rule(rf"(?:(?:late|early)\s+)?(?P<clock>{_CLOCK})")
def _clock_only(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if m["clock"].lower() in ("noon", "midday", "midnight") and not re.search(
            r"\b(?:at|by|until|before|after|around|since)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
        return None
    if _RECURRING.match(ctx.text, m.end()):
        return None  # "open from 11am to 4pm on Sundays": hours kept every week, on no one day
    return "TIME", f"{_day_named_last(m, ctx)}T{_clock(m['clock'])}"


_HOURS_RANGE = re.compile(rf"\b(?:between|from)\s+(?:{_CLOCK}\s+(?:and|to)\s+)?$", re.I)


def _day_named_last(m: re.Match[str], ctx: Context) -> str:
    """The day a bare clock time belongs to: the day the story named last, else the publication day. A copy run
    a day later tells the same morning ("on Wednesday" ... "the order came at 6:40 a.m."). Hours a rule sets
    after the month or year it was made ("passed in November, [the ban] made sleeping in parks between 10 p.m.
    and 6 a.m. a misdemeanor") are no one day's."""
    if ctx.named is not None and len(ctx.named[1]) >= 10:
        return ctx.named[1][:10]
    if ctx.named is not None and _HOURS_RANGE.search(ctx.text[max(0, m.start() - 40):m.start()]):
        return "XXXX-XX-XX"
    return ctx.day().isoformat()


@rule(r"(?:(?P<mod>the\s+)?(?:weekend|week-?end))|(?P<rel>this|last|next|this\s+past|this\s+coming)\s+"
      r"(?:weekend|week-?end)")
def _weekend(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if not m["rel"] and not m["mod"]:
        return None
    ref = ctx.day()
    rel = (m["rel"] or "").lower()
    shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if not rel and ctx.direction(m.start(), m.end()) < 0 and ref.weekday() < 5:
        shift = -1
    return "DATE", _week(ref + timedelta(weeks=shift)) + "-WE"


@rule(r"(?P<mod>this|last|next|the\s+past|the\s+coming|the\s+current|"
      r"earlier\s+this|later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|"
      r"late\s+last|the\s+same|earlier\s+in\s+the|later\s+in\s+the|the\s+end\s+of\s+(?:this|last|next|the))"
      r"\s+(?:fiscal\s+)?(?P<u>week|month|year)(?!-)")
def _relative_unit(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    mod = re.sub(r"\s+", " ", m["mod"].lower())
    unit = m["u"].lower()
    shift = 0
    if mod.endswith(("last", "past")):
        shift = -1
    elif mod.endswith(("next", "coming")):
        shift = 1
    elif mod == "the same":
        return None  # counts from another date of the story
    if mod in ("the past", "the coming"):
        return "DURATION", f"P1{UNIT_CODES[unit]}"
    if unit == "year":
        return "DATE", str(ctx.year() + shift)
    if unit == "month":
        y, mo = _add_months(ctx.month(), shift)
        return "DATE", f"{y}-{mo:02d}"
    return "DATE", _week(ctx.day() + timedelta(weeks=shift))


_QUOTE_PAIRS = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")


def paragraph_span(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n\n", offset)
    return text.rfind("\n\n", 0, offset) + 1, end if end >= 0 else len(text)


def quotation_span(text: str, offset: int) -> tuple[int, int] | None:
    """The quotation (start, end) in the paragraph that holds `offset`, if any."""
    lo, hi = paragraph_span(text, offset)
    for m in _QUOTE_PAIRS.finditer(text, lo, hi):
        if m.start() < offset < m.end():
            return m.start(), m.end()
    return None


@rule(r"(?P<mod>the\s+(?:following|previous|preceding)|the\s+next|(?:earlier|later)\s+(?:that|the\s+same)|that\s+same|"
      r"that|the\s+same)\s+(?P<u>day|morning|afternoon|evening|night|week|month|year)(?!-)", relative=False)
def _anaphoric(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """"The following year", "that day": counted from the date the story named last, not from publication."""
    mod = m["mod"].lower().split()
    unit = m["u"].lower()
    if ctx.named is None or (mod == ["the", "next"] and unit in ("week", "month", "year")):
        return None  # "the next year" is as often a duration as a date
    if (quoted := quotation_span(ctx.text, m.start())) is not None and quoted[0] > ctx.named[0]:
        return None  # a speaker's "in the same year" counts from nothing the story named before the quotation
    shift = 1 if mod[-1] in ("following", "next") else -1 if mod[-1] in ("previous", "preceding") else 0
    value = ctx.named[1]
    if unit == "year":
        return "DATE", str(int(value[:4]) + shift)
    if unit == "month" and len(value) >= 7:
        y, mo = _add_months(date(int(value[:4]), int(value[5:7]), 1), shift)
        return "DATE", f"{y}-{mo:02d}"
    if len(value) < 10 or unit == "month":
        return None
    day = date.fromisoformat(value[:10])
    if unit == "week":
        return "DATE", _week(day + timedelta(weeks=shift))
    return "DATE", (day + timedelta(days=shift)).isoformat()


@rule(rf"(?:{_MOD}\s+)?(?P<n>{_NUM})\s+(?:(?:more|full|long|short)\s+)?(?P<u>{_UNIT})s?\s+(?P<dir>ago|earlier|"
      rf"before|later|from\s+now|hence)")
def _ago(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    direction = m["dir"].lower()
    if direction in ("earlier", "before", "later"):
        return None  # counts from another event in the text, not from publication
    n = _num(m["n"])
    sign = 1 if direction in ("from now", "hence") else -1
    if n is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF"
    unit = "century" if m["u"].lower().startswith("centur") else m["u"].lower()
    k = int(n * sign)
    if unit == "fortnight":  # British English's two weeks
        unit, k = "week", 2 * k
    if unit in ("second", "minute", "hour"):
        return "TIME", "PRESENT_REF"
    if unit == "day":
        return "DATE", (ctx.day() + timedelta(days=k)).isoformat()
    if unit == "week":
        return "DATE", _week(ctx.day() + timedelta(weeks=k))
    if unit == "month":
        y, mo = _add_months(ctx.month(), k)
        return "DATE", f"{y}-{mo:02d}"
    if unit == "quarter":
        y, mo = _add_months(ctx.month(), 3 * k)
        return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"
    years = k * {"year": 1, "decade": 10, "century": 100}[unit]
    return "DATE", str(ctx.year() + years)


@rule(rf"(?:(?:for|over|in|within|during|after)\s+)?(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|"
      rf"previous|coming|final|following|remaining|recent)\s+)?(?:{_MOD}\s+)?(?P<n>{_NUM})(?P<sep>[- ]|\s+(?:more|"
      rf"full|long|straight|consecutive|additional|further)\s+)(?P<u>{_UNIT})s?(?P<half>\s+and\s+a\s+half)?"
      r"(?P<old>-old)?", relative=False)
def _duration(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    after = ctx.text[m.end():m.end() + 12].lower()
    unit = m["u"].lower()
    if m["old"] or re.match(r"\s*-?old\b", after):
        return None  # ages are not times
    if unit == "quarter" and re.match(r"\s+of\s+(?!(?:fiscal\s+)?\d{4}|the\s+year|this|last|next)", after):
        return None  # "three-quarters of its food" is a share
    n = _num(m["n"] + (m["half"] or ""))
    if n is None and m["n"].lower() in ("a", "an"):
        if unit == "second" and m[0].lower() in ("a second", "an second") and re.match(r"\s+[a-z]", after):
            return None  # "a second group": the ordinal
        n = 1.5 if m["half"] else 1
    if unit == "fortnight":
        unit, n = "week", None if n is None else 2 * n
    return "DURATION", _period(n, unit)


@rule(r"(?:(?:for|over|in|within)\s+)?(?:(?:the\s+)?(?:past|last|next|coming|recent)\s+)?(?P<u>second|minute|"
      r"hour|day|week|month|year|decade)s(?!\s+(?:ago|earlier|later))", relative=False)
def _vague_duration(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    phrase = m[0].lower()
    if not re.match(r"(?:for|over|in|within|the|past|last|next|coming|recent)\b", phrase):
        return None
    if phrase.startswith("recent") or "recent" in phrase.split()[:2]:
        return "DATE", "PAST_REF"
    if phrase.split()[0] in ("in",) and len(phrase.split()) == 2:
        return None
    return "DURATION", _period(None, m["u"].lower())


def _period(n: float | None, unit: str) -> str:
    unit = "century" if unit.startswith("centur") else unit
    code = UNIT_CODES[unit]
    if n is None:
        return "P" + ("T" + "X" + code[1] if code.startswith("T") else "X" + code)
    if unit == "decade":
        return f"P{_fmt(n * 10)}Y"
    if unit == "century":
        return f"P{_fmt(n * 100)}Y"
    if n != int(n) and unit in _SMALLER:
        # TIMEX3 writes a fraction in the next smaller unit: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
        smaller, per = _SMALLER[unit]
        big = f"{int(n)}{code[-1]}" if int(n) else ""
        small = f"{_fmt(round((n - int(n)) * per, 2))}{UNIT_CODES[smaller][-1]}"
        if code.startswith("T"):
            return f"PT{big}{small}"
        return f"P{big}T{small}" if UNIT_CODES[smaller].startswith("T") else f"P{big}{small}"
    if code.startswith("T"):
        return f"PT{_fmt(n)}{code[1]}"
    return f"P{_fmt(n)}{code}"


_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


@rule(r"(?P<every>every|each|per|a)\s+(?P<u>day|week|month|year|quarter)|(?P<adv>daily|weekly|monthly|"
      r"yearly|hourly|nightly)", relative=False)
def _set(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if m["every"] and m["every"].lower() == "a":
        before = ctx.text[max(0, m.start() - 24):m.start()]
        if not re.search(r"\d\s*(?:%|percent|times|million|billion|dollars?)?\s*$", before, re.I):
            return None
    if m["adv"]:
        adv = m["adv"].lower()
        unit = {"daily": "D", "nightly": "D", "weekly": "W", "monthly": "M", "yearly": "Y", "hourly": "TH"}[adv]
        return "SET", f"PT1{unit[1]}" if unit.startswith("T") else f"P1{unit}"
    return "SET", f"P1{UNIT_CODES[m['u'].lower()]}"


@rule(r"(?P<now>right\s+now|now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|"
      r"the\s+present|(?<!then\s)current(?=\s+[a-z]))|(?P<past>more\s+recently|recently|in\s+the\s+past|lately)|"
      r"(?P<future>(?:the\s+)?(?:near|distant)\s+future|the\s+future|as\s+soon\s+as\s+possible|"
      r"the\s+(?:near|short)[- ]term|"
      r"(?:the\s+)?(?:coming|future)\s+(?:weeks|months|years|quarters))", relative=False)
def _reference(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    if m["now"]:
        if m[0].lower() == "now" and re.match(r"\s*,?\s*though\b", ctx.text[m.end():m.end() + 10], re.I):
            return None
        return "DATE", "PRESENT_REF"
    if m["past"]:
        return "DATE", "PAST_REF"
    return "DATE", "FUTURE_REF"


# ---------------------------------------------------------------------------------------------- scanning


def scan(text: str, anchor: Anchor | None, direction: Direction | None = None) -> list[Timex]:
    """Every time expression of `text`, resolved against `anchor`, in text order, without overlaps.

    `direction(start, end)` says whether the clause around a span looks ahead (> 0) or back (< 0);
    without it every bare weekday or month is read as past, the usual case in news."""
    ctx = Context(text, anchor, direction or (lambda start, end: 0))
    # Choosing spans runs every handler once on a scratch context that pretends a quarter and a day were named, so
    # that a rule that declines a match lets a shorter one through; resolving then runs in text order.
    trial = Context(text, anchor, ctx.direction, quarter=(1, 1), quarter_at=len(text), named=(0, "2000-01-01"))
    candidates = []
    for order, (pattern, handler, relative) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                candidates.append((m, handler, relative, order))
    # Longest match first, then the rule listed first; a rule that declines lets a shorter one through.
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[3], c[0].start()))
    taken: list[tuple[int, int]] = []
    chosen = []
    for m, handler, relative, _order in candidates:
        if any(m.start() < e and s < m.end() for s, e in taken) or not _accepts(m, handler, trial):
            continue
        chosen.append((m, handler, relative))
        taken.append((m.start(), m.end()))
    chosen.sort(key=lambda c: c[0].start())
    return [t for t in (_resolve(m, handler, relative, ctx) for m, handler, relative in chosen) if t is not None]


def _accepts(m: re.Match[str], handler: Callable[[re.Match[str], Context], tuple[str, str] | None],
             trial: Context) -> bool:
    try:
        return handler(m, trial) is not None
    except Unanchored:
        return True


def _resolve(m: re.Match[str], handler: Callable[[re.Match[str], Context], tuple[str, str] | None],
             relative: bool, ctx: Context) -> Timex | None:
    start, end = m.span()
    while end > start and ctx.text[end - 1] in ",.'’" and not ctx.text[start:end].lower().endswith(("a.m.", "p.m.")):
        end -= 1
    try:
        result = handler(m, ctx)
    except Unanchored as missing:
        return Timex(start, end, ctx.text[start:end], "DATE", None, True, missing.why)
    if result is None:
        return None
    kind, value = result
    calendar = re.match(r"\d{4}(?:-[01]\d(?:-\d\d)?)?(?![\dWQHSFX])", value)
    if calendar:
        # "Later that year" after "March 3, 1998" keeps the day for an "earlier that day" to come.
        finer = ctx.named[1] if ctx.named and ctx.named[1].startswith(calendar[0]) else calendar[0]
        ctx.named = (end, finer)
    is_relative = relative and not value.endswith("_REF")
    return Timex(start, end, ctx.text[start:end], kind, value, is_relative)
