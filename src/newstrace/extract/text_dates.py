"""Dates written on a page ("Published: November 5, 2025 12:25 pm", "05-11-2025 04:38 IST",
"6:52am November 06, 2025", "19-Dec-2025", "5 de noviembre de 2025", "4 декабря 2025 г.", "2025-11-05"), read as
ISO strings at the precision written."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

# "Published in The Example Tribune, December 5th, 2026.": the paper's print edition, the day after the web's story.
_PRINT_EDITION = r"\s+in\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4},\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+)?\d"
# "Date" alone labels the publication date; "Date last reviewed" does not.
DATE_LABEL = re.compile(
    r"^\W*(?:(?P<pub>published(?!" + _PRINT_EDITION + r")|posted|created"
    r"|date[d]?(?!\s+(?:last\s+)?(?:reviewed|updated|modified|revised))"
    r"(?!\s+(?!on\b)[a-z])"  # not a headline's word ("Date exports hit record")
    r"|issued|(?:first|originally) published|publication date|release date"
    r"|publié|publicado|veröffentlicht|pubblicato|gepubliceerd)"
    r"|(?P<upd>last update|(?:last )?(?:updated|modified|edited|revised)))\b",
    re.I,
)

# Month names in English (with abbreviations) and in the other languages the extractor has stop words for, in
# Hungarian, in which an agency's English pages are dated ("2026. december 4., péntek"), and in Malay, Turkish and
# the Nordic languages, as their dates write them ("7 Aralık 2026", "7 augusti 2026").
_MONTH_NAMES = [
    ("january jan", "janvier enero januar gennaio janeiro januari января январь január січня січень stycznia ledna "
     "ocak ianuarie"),
    ("february feb", "février fevrier febrero februar febbraio fevereiro februari февраля февраль február лютого "
     "лютий lutego února şubat februarie"),
    ("march mar", "mars marzo märz maerz março marco maart марта март március березня березень marca března maret "
     "marts mart martie"),
    ("april apr", "avril abril aprile апреля апрель április квітня квітень kwietnia dubna nisan aprilie"),
    ("may", "mai mayo maggio maio mei мая май május травня травень maja května mayıs maj"),
    ("june jun", "juin junio juni giugno junho июня июнь június червня червень czerwca června haziran iunie"),
    ("july jul", "juillet julio juli luglio julho июля июль július липня липень lipca července julai temmuz iulie"),
    ("august aug", "août aout agosto augustus августа август augusztus серпня серпень sierpnia srpna agustus ogos "
     "augusti ağustos"),
    ("september sep sept", "septembre septiembre settembre setembro сентября сентябрь szeptember вересня вересень "
     "września září eylül septembrie"),
    ("october oct", "octobre octubre oktober ottobre outubro октября октябрь október жовтня жовтень października "
     "října ekim octombrie"),
    ("november nov", "novembre noviembre novembro ноября ноябрь листопада листопад listopada listopadu kasım "
     "noiembrie"),
    ("december dec", "décembre decembre diciembre dezember dicembre dezembro декабря декабрь грудня грудень grudnia "
     "prosince desember disember aralık decembrie"),
]
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in " ".join(names).split()}
# Any word of month length; `_value` keeps real month names. Cheaper than an alternation of names.
_MONTH = r"(?P<mon>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Where a written date's year ends: at a non-digit, or at a time glued to it ("November 9, 202211:01 AM ET"),
# as a browser's page text joins a date and a time set in two elements.
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d))"
# A capital right after a small letter opens a word: a browser's page text glues a label or a name to the date
# set beside it ("by Jane DoeNovember 20, 2007", "CommunityOctober 15, 2025").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # Chinese and Japanese "2026年12月4日", Korean "2026년 12월 4일".
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]"),
    # Czech and Slovak sites space the points ("4. 12. 2026").
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[-/]|\.\s?)(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"),
    # Some sites set a comma after the month ("December, 05, 2026"), a slash before the year ("December 4/2026", as
    # Ethiopia's agency dates its datelines), a comma with no space ("Dec 04,2026") or spaced dashes between the
    # parts ("Dec - 04 - 2026", as Ghana's Graphic does), or nothing after the month's point ("Dec.7,2026")...
    re.compile(rf"\b{_MONTH}(?:,?\s+|\s+-\s+|(?<=\.)){_DAY}(?:[,.]?\s+|[,/]|\s+-\s+){_YEAR}{_YEAR_END}"),
    # ... or a comma before the year with a space in front of it ("05 December ,2026").
    # "de" and "of" as words: "7 december" is no "7 de cember".
    re.compile(rf"\b{_DAY}\.?(?:\s+(?:of|de)\b|\s*-)?\s*{_MONTH}(?:\s*,\s*|(?:\s+de)?(?:\s+|-)){_YEAR}{_YEAR_END}"),
    # The year first, as Hungarian writes it.
    re.compile(rf"\b{_YEAR}\.\s+{_MONTH}\s+{_DAY}\.(?!\d)"),
]
_WRITTEN = _PATTERNS[3:]
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}$")
# A wire's dateline, its place in capitals and the month and day it was filed ("KUALA LUMPUR, Dec 6 (Agency) --").
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'’/-]{{2,40}},\s+(?:[A-Z][\w.'’ -]{{2,30}},\s+)?{_MONTH}\s+{_DAY}\b(?![,.]?\s*\d)", re.M)
_DAY_MONTH = re.compile(rf"{_DAY}\s+{_MONTH}$")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b")
# Zones by the abbreviation news pages print after a time, in minutes from UTC; the ones that change with the
# season ("ET", "PT") are read by the day (`_SEASONAL`).
_ZONES = {"GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "WET": 0, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
          "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
          "PDT": -420, "IST": 330, "PKT": 300, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600,
          "AEDT": 660, "WIB": 420, "SAST": 120, "WAT": 60, "EAT": 180, "CAT": 120, "GST": 240, "PHT": 480, "ICT": 420,
          "MYT": 480, "AWST": 480, "ACST": 570, "ACDT": 630, "NZST": 720, "NZDT": 780, "NPT": 345}
# Standard offsets of the zones American news names without the season; "MT" stays unread, as Arizona keeps
# standard time all year.
_SEASONAL = {"ET": -300, "CT": -360, "PT": -480, "UK": 0}
_SEASONAL_RULE_SINCE = 2007
_NUMERIC_ZONE = re.compile(r"(?:UTC|GMT)?\s*(?P<sign>[+\-−])(?P<hh>\d{1,2}):?(?P<mm>\d\d)?")
# A browser's page text glues the time to the year before it ("December 4, 20263:12 PM"); Brazil's sites write
# "15h20", Bangladesh's "17: 42".
_TIME = re.compile(r"(?:(?<![\d:.,])|(?<=[ ,](?:19|20)\d\d))"
                   r"(?P<h>\d{1,2})(?P<sep>[:.]|: (?=\d\d\b)|h(?=\d\d\b))(?P<m>[0-5]\d)(?::[0-5]\d)?(?![.:]?\d)"
                   r"(?:\s*(?P<half>[ap]\.?m\b\.?))?"
                   # Sky News sets the country after a comma ("17:42, UK").
                   r"(?:\s*\(?(?P<zone>(?:UTC|GMT)\s*[+\-−]\d{1,2}(?::?\d\d)?|(?-i:,\s*UK\b|[A-Z]{1,4}(?![A-Za-z])"
                   # or glued to the label after it, as page text joins them ("2:32 PM GMTUpdated 2 hours ago")
                   r"|[A-Z]{1,4}(?=[A-Z][a-z]))))?", re.I)
_ISO_STAMP = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)[T ](?P<clock>[0-2]\d:[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*"
                        r"(?P<zone>Z|[+-]\d\d:?\d\d)?$")
_ISO_IN_TEXT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)")
# How long ago a page ran, as its date line may give it ("2 hours ago"), in the languages told apart ("há 2 horas",
# "hace 2 horas", "il y a 2 heures", "vor 2 Stunden", "2 ore fa", "2 uur geleden"); read in small letters.
AGE = re.compile(
    r"\b(?:(?:\d+|an?) (?:second|minute|min|hour|hr|day|week|month|year)s?|\d+[smhd]) ago\b"
    r"|\b(?:há|hace|il y a|vor) \d+ (?:segundos?|minutos?|horas?|dias?|días?|secondes?|minutes?|heures?|jours?"
    r"|sekunden|minuten|stunden|tagen)\b"
    r"|\b\d+ (?:(?:secondi|minuti|ore|giorni) fa|(?:seconden|minuten|uur|dagen) geleden)\b")
# Every pattern holds a year: text without one needs no further pass.
ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# A dotted date with a two-digit year is a date only beside a clock, as a news site's date line sets it; alone it is
# as often a version or a score. After the clock it is day first ("14:05, 04.12.26", as Ukrainian and Russian sites
# write it); before the clock sites write it either way ("04.12.26 14:05"; Israel's "12.04.26, 17:42" is month first),
# so it is read only where one side is over 12.
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
_SHORT_YEAR = re.compile(rf"(?:(?<![\d.:]){_CLOCK},?\s+)(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<year>\d\d)(?![\d.])"
                         rf"|(?<![\w.:])(?P<a2>\d{{1,2}})\.(?P<b2>\d{{1,2}})\.(?P<year2>\d\d),?\s+{_CLOCK}"
                         # Slashed, it is month first beside a twelve-hour clock, as American copy writes it ("12/04/26
                         # 5:42 PM ET"), else day first ("04/12/26 17:42").
                         rf"|(?<![\w./:])(?P<a3>\d{{1,2}})/(?P<b3>\d{{1,2}})/(?P<year3>\d\d),?\s+{_CLOCK}"
                         r"(?P<half>\s*[ap]\.?m\b)?", re.I)
_CENTURY = 2000
_MONTHS_IN_YEAR = 12


# The headline, byline and date finders each ask of the lines around the headline, and a site's date lines recur
# on all its pages.
@lru_cache(maxsize=4096)
def find_date(text: str, month_precision: bool = False) -> str | None:
    """The first full date in `text` as "YYYY-MM-DD" (or "YYYY-MM" when `month_precision` allows a
    month and year alone); None when there is none."""
    if not ANY_YEAR.search(text):
        return _short_year_date(text) if ":" in text else None
    if found := _first(text, _PATTERNS):
        return found
    if month_precision:
        for match in _MONTH_YEAR.finditer(text):
            if month := MONTHS.get(match.group("mon").lower()):
                return f"{match.group('year')}-{month:02d}"
    return None


def _short_year_date(text: str) -> str | None:
    """The date of a date line that writes the year in two digits beside a clock (see `_SHORT_YEAR`)."""
    if not (match := _SHORT_YEAR.search(text)):
        return None
    if match.group("a"):
        day, month, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    elif match.group("a3"):
        month, day = _day_month(int(match.group("a3")), int(match.group("b3")), "/" if match.group("half") else ".")
        year = int(match.group("year3"))
    else:
        a, b, year = int(match.group("a2")), int(match.group("b2")), int(match.group("year2"))
        if a <= _MONTHS_IN_YEAR and b <= _MONTHS_IN_YEAR:
            return None
        day, month = max(a, b), min(a, b)
    if not (1 <= month <= _MONTHS_IN_YEAR and 1 <= day <= calendar.monthrange(_CENTURY + year, month)[1]):
        return None
    return f"{_CENTURY + year:04d}-{month:02d}-{day:02d}"


def time_of_day(text: str, day: str | None = None) -> str | None:
    """The first time of day written in `text` ("6:12 AM GMT", "20:12 IST", "10.40pm", "07:30") as "HH:MM", with
    its offset from UTC when the zone is named ("06:12+00:00"); None when there is none. A zone's abbreviation is
    read as the news of its region uses it ("IST" India's, "CST" America's); an American zone named without its
    season ("9:10 a.m. ET") is read by the `day` the time is on."""
    if day and (iso := _ISO_IN_TEXT.search(text)) and (stamp := stamped(iso.group(), day)):
        return stamp[len(day) + 1:]  # "Published Time: 2026-03-12T16:45:00+00:00", as a reader service writes it
    for match in _TIME.finditer(text):
        hour, minute, half = int(match.group("h")), int(match.group("m")), (match.group("half") or "").lower()
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half.startswith("p") else 0)
        elif hour > 23 or (match.group("sep") == "." and not _offset(match.group("zone"))):
            continue  # "1.2 million": a time with a dot only with "am", "pm" or its zone after it ("14.02 GMT")
        return f"{hour:02d}:{minute:02d}{_offset(match.group('zone'), day)}"
    return None


def stamped(value: str | None, day: str | None) -> str | None:
    """An ISO date and time ("2026-03-09T06:12:00Z", "2026-03-09 06:12:00+01:00") as "2026-03-09T06:12" with its
    offset, when it falls on `day` and gives a time: midnight is what a system writes that keeps no time."""
    match = _ISO_STAMP.match(value.strip()) if value and day else None
    if not match or match.group("day") != day or match.group("clock") == "00:00":
        return None
    zone = match.group("zone")
    offset = "+00:00" if zone in ("Z", "z") else (f"{zone[:3]}:{zone[-2:]}" if zone else "")
    return f"{day}T{match.group('clock')}{offset}"


def _offset(zone: str | None, day: str | None = None) -> str:
    if not zone:
        return ""
    zone = zone.lstrip(", ")
    if zone.upper() in _ZONES:
        minutes = _ZONES[zone.upper()]
    elif (seasonal := _seasonal(zone.upper(), day)) is not None:
        minutes = seasonal
    elif found := _NUMERIC_ZONE.fullmatch(zone):
        minutes = int(found.group("hh")) * 60 + int(found.group("mm") or 0)
        minutes *= -1 if found.group("sign") in "-−" else 1
    else:
        return ""
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _seasonal(zone: str, day: str | None) -> int | None:
    """The offset of a zone named without its season on `day`: an American one's daylight time, an hour ahead, from
    the second Sunday of March to the first Sunday of November (the rule since 2007); Britain's summer time from the
    last Sunday of March to the last Sunday of October ("17:42, UK", as British broadcasters give the time)."""
    if zone not in _SEASONAL or not day or len(day) != len("2026-03-12") or int(day[:4]) < _SEASONAL_RULE_SINCE:
        return None
    date = dt.date.fromisoformat(day)
    if zone == "UK":
        starts, ends = _last_sunday(date.year, 3), _last_sunday(date.year, 10)
    else:
        march, november = dt.date(date.year, 3, 1), dt.date(date.year, 11, 1)
        starts = march + dt.timedelta(days=(6 - march.weekday()) % 7 + 7)
        ends = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return _SEASONAL[zone] + (60 if starts <= date < ends else 0)


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def yearless_date(text: str) -> bool:
    """Whether `text` is a day and month and nothing else ("Jan 23", "4 March"): how a blog's byline dates a
    post of the current year. No date can be read from it."""
    match = _MONTH_DAY.match(text) or _DAY_MONTH.match(text)
    return match is not None and match.group("mon").lower() in MONTHS and 1 <= int(match.group("day")) <= 31


def written_date(text: str) -> str | None:
    """The first date written with its month's name ("Dec 4, 2025", "4 March 2025"): one whose day and
    month order nobody can misread."""
    return _first(text, _WRITTEN) if ANY_YEAR.search(text) else None


def opening_date_end(text: str) -> int:
    """Where a date written with its month's name that opens `text` ends ("Dec 17, 2025" of "Dec 17, 2025 Jane
    Doe", "Fri, December 4, 2026"); 0 when `text` opens with none."""
    weekday = _OPENING_WEEKDAY.match(text)
    at = weekday.end() if weekday else 0
    for pattern in _WRITTEN:
        if (match := pattern.match(text, at)) and _value(match):
            return match.end()
    return 0


def _first(text: str, patterns: list[re.Pattern[str]]) -> str | None:
    text = _GLUED.sub(" ", text)
    best: tuple[int, str] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = _value(match)
            if value and (best is None or match.start() < best[0]):
                best = (match.start(), value)
                break
    return best[1] if best else None


def _value(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("mon"):
        month, day = MONTHS.get(groups["mon"].lower(), 0), int(groups["day"])
    elif groups.get("m"):
        month, day = int(groups["m"]), int(groups["d"])
    else:
        month, day = _day_month(int(groups["a"]), int(groups["b"]), groups["sep"])
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None  # "February 30": a typing slip or no date, never a day to give
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_month(a: int, b: int, sep: str) -> tuple[int, int]:
    """Month and day of "a-b-YYYY": unambiguous when one side exceeds 12; otherwise slashes follow the
    American month-first order and dashes or dots the day-first order used nearly everywhere else."""
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    return (a, b) if sep == "/" else (b, a)


# What tells a page's house style for numeric dates when a date such as "03/12/2025" could be read either way:
# its other numeric dates that can be read only one way, a 24-hour clock beside them, the time zone its times are
# given in, and its spelling and currency (British, Commonwealth and European copy writes the day first, American copy
# the month; British copy counts in pounds, the euro area's in euros).
_SLASHED = re.compile(r"(?<![\d.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:19|20)\d{2}\b")
_DAY_FIRST_ZONE = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:IST|GMT|BST|WAT|EAT|CAT|SAST|AEST|AEDT|AWST|NZST|NZDT"
                             r"|PKT|HKT|SGT|MYT|PHT|CET|CEST|EET|EEST)\b", re.I)
# A 24-hour clock beside the date ("04/12/2025 - 14:32", "04/12/2025 09:05", Brazil's "04/12/2025 15h20"): American
# copy writes "2:32 p.m.".
_DAY_FIRST_CLOCK = re.compile(_SLASHED.pattern + r"\s*[-–|,]?\s*(?:(?:0\d|1[3-9]|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m)"
                              r"|(?:[01]?\d|2[0-3])h[0-5]\d\b)", re.I)
# A weekday with its day of the month after it in brackets, as Brazilian copy writes it ("on Thursday night (3)").
_WEEKDAY_DAY = re.compile(r"\b(?P<w>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
                          r"\s*\((?P<d>\d{1,2})\)")
# The weekdays of the other languages whose dates are read, as a date line opens with them ("Senin, 7 Desember 2026",
# "lundi 7 décembre 2026"): no writer's name.
WEEKDAY_NAMES = frozenset([
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя", "poniedziałek", "wtorek", "środa",
    "czwartek", "piątek", "sobota", "niedziela", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "senin",
    "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "pazartesi", "salı", "çarşamba", "perşembe", "cuma",
    "cumartesi", "pazar"
])
_OPENING_WEEKDAY = re.compile(r"(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?"
                              rf"|(?i:{'|'.join(sorted(WEEKDAY_NAMES, key=len, reverse=True))})),?\s+")
_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_ON_WEEKDAY = re.compile(r"\bon (?P<w>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEK = 7
_MONTH_FIRST_ZONE = re.compile(r"\d[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b")
# The house's spellings, in small letters: a name keeps its own ("World Health Organization" in British copy, "Kingston
# Harbour" in American).
_COMMONWEALTH = re.compile(r"[£€]|\b(?:(?:col|fav|hon|neighb|harb|behavi|rum)our|centre|(?:kilo|centi|milli)?metres?\b"
                           r"|programme|defence|licence|travell|cancell|per cent|organis|realis|recognis|criticis"
                           r"|apologis|analys(?:e|ed|ing)\b|tyre|grey\b|theatre|jeweller)")
_AMERICAN = re.compile(r"\b(?:(?:col|fav|hon|neighb|harb|behavi|rum)or|center|(?:kilo|centi|milli)?meters?\b"
                       r"|defense|license|traveled|canceled|percent|organiz|realiz|recogniz|criticiz"
                       r"|apologiz|analyz|theater|jewelry)")


def in_house_order(value: str | None, text: str, language: str | None = None) -> str | None:
    """The date `value` as the page's own style reads it: a month-first reading of a slashed date that reads
    both ways ("03/12/2025" as 2025-03-12) turns day first where the page writes day-first (see above) or is written
    in a language other than English (`language`, which only American usage sets month first), unless the page
    writes the date out with its month's name one way only (a release's "Dec. 04, 2026" under a portal's "12/04/2026
    | 08:05am CET")."""
    if not value or len(value) != 10:
        return value
    year, month, day = value[:4], int(value[5:7]), int(value[8:10])
    if month == day or day > 12 or not _slashed_as(text, month, day, year):
        return value
    swapped = f"{year}-{day:02d}-{month:02d}"
    readings = (value, swapped)
    told = _written_days(text) | _weekdays_told(text, readings) | _dateline_days(text, readings)
    if len(written := told & set(readings)) == 1 or len(written := _lede_days(text, readings)) == 1:
        return written.pop()
    return swapped if language not in (None, "en") or _writes_day_first(text) else value


def _lede_days(text: str, readings: tuple[str, ...]) -> set[str]:
    """The readings of a date that the weekday the story's first "on Monday" names fits: the news of the day the page
    is dated, or of the day before it ("Jane Doe | 07/12/2026" over "Guinean authorities on Monday dissolved ...")."""
    weekday = weekday_told(text)
    if weekday is None or _WEEKDAY_DAY.search(text):
        return set()  # a weekday with its day in brackets ("Friday (3)") dates the news more closely
    return {reading for reading in readings
            if weekday in {(on := dt.date.fromisoformat(reading).weekday()), (on - 1) % _WEEK}}


def weekday_told(text: str) -> int | None:
    """The weekday (Monday 0) of the text's first "on Monday", the day its news happened, else None."""
    told = _ON_WEEKDAY.search(text)
    return _WEEKDAYS.index(told["w"]) if told else None


def _dateline_days(text: str, readings: tuple[str, ...]) -> set[str]:
    """The readings of a date whose month and day a wire's dateline writes without the year ("KUALA LUMPUR, Dec 6
    (Agency) --")."""
    days = {(MONTHS.get(match["mon"].lower()), int(match["day"])) for match in _DATELINE_DAY.finditer(text)}
    return {reading for reading in readings if (int(reading[5:7]), int(reading[8:10])) in days}


def _weekdays_told(text: str, readings: tuple[str, ...]) -> set[str]:
    """The readings of a date that the text's "Thursday (3)" fits: a 3rd that falls on a Thursday in the week up to
    the reading."""
    fits = set()
    for match in _WEEKDAY_DAY.finditer(text):
        weekday, day = _WEEKDAYS.index(match["w"]), int(match["d"])
        for reading in readings:
            on = dt.date.fromisoformat(reading)
            for back in range(_WEEK):
                told = on - dt.timedelta(days=back)
                if told.day == day and told.weekday() == weekday:
                    fits.add(reading)
    return fits


def _written_days(text: str) -> set[str]:
    """Every date the text writes with its month's name."""
    text = _GLUED.sub(" ", text)
    return {value for pattern in _WRITTEN for match in pattern.finditer(text) if (value := _value(match))}


def _slashed_as(text: str, a: int, b: int, year: str) -> bool:
    """Whether the page writes a/b/year, with or without leading zeros, not as the end of a longer number."""
    for form in {f"{x}/{y}/{year}" for x in (str(a), f"{a:02d}") for y in (str(b), f"{b:02d}")}:
        at = text.find(form)
        while at >= 0:
            if at == 0 or not text[at - 1].isdigit():
                return True
            at = text.find(form, at + 1)
    return False


def _writes_day_first(text: str) -> bool:
    orders = [(int(m.group("a")) > 12) - (int(m.group("b")) > 12) for m in _SLASHED.finditer(text)]
    if any(orders):
        return sum(orders) > 0  # dates that read one way only
    if _DAY_FIRST_CLOCK.search(text):
        return True
    zones = len(_DAY_FIRST_ZONE.findall(text)) - len(_MONTH_FIRST_ZONE.findall(text))
    if zones:
        return zones > 0
    return len(_COMMONWEALTH.findall(text)) > len(_AMERICAN.findall(text))
