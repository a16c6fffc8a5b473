"""Credit lines and agency names, as a copy desk reads them.

An agency's own copy names the agency as its author: in the dateline ("NAIROBI, Kenya (AP) —"), in the byline
("By Associated Press", "Reuters") or in a source line ("Source: AFP"). A story that only cites an agency
("told the Associated Press", "Reuters reported") is somebody else's text built on the agency's reporting.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from newstrace.extract.credits import (
    AGENCIES_SOURCE,
    AGENCY_KIND,
    CITING,
    DESK_WORDS,
    FIRST_RAN,
    OWN_CUE,
    REPORTED,
    SITE_ADDRESS,
    SOURCE_LABELS_ABROAD,
    address_label,
    common_word,
    dateline,
    initials,
    known_source,
    lede,
    run_together,
    service_initials,
    signed_off_by,
    signers,
)
from newstrace.gazetteer import name_key, place_keys
from newstrace.models import Article
from newstrace.sources import SOURCES, WIRES, agency, source_name

_ALTS = "|".join(sorted((re.escape(a) for aliases in WIRES.values() for a in aliases), key=len, reverse=True))
_LABELS = "|".join(("source", *SOURCE_LABELS_ABROAD, "author", "credit", "by", "via", "copyright", "\u00a9"))
_SOURCE_LINE = re.compile(rf"^(?:{_LABELS})\s*:?\s*(?:the\s+)?(?:{_ALTS})\b\W*$", re.IGNORECASE | re.MULTILINE)
# A name of up to five capitalised words (or a brand's that opens in small letters, "i24NEWS", "eNCA"); a full stop or
# a slash only inside one ("U.S.", "RFE/RL"), never the sentence's own; a station's channel number between two ("KXYZ
# 7 News"), "of" ("The Times of Ostmark") or "&" ("Mail & Guardian").
_WORD = r"(?:[A-ZЀ-Я]|[a-z](?=[a-z]*[A-Z0-9]))(?:[\w&'-]|[./](?=\w))*"
_NAME = rf"((?:{_WORD}\s?(?:(?:\d{{1,3}}|of|&)\s(?={_WORD}))?){{1,5}})"
# Each pattern starts with its cue words, so a scan costs little on texts without them. "..., Ana Sorel writes in the
# Example Quarterly": the outlet that ran the piece a text retells.
# A channel's number may end its name ("according to France 24,", "Channel 4 reported").
_NUMBER_LAST = r"(?:\s\d{1,3}(?=[,.;:)]|['’]s\b|\s+(?:on|in|that|said|reported)\b))?"
# What the text calls the outlet before its name ("told public broadcaster RTÉ", "told the daily Example", "according
# to a report by environmental news site Example").
_OUTLET_KIND = (r"(?:[a-z]+\s+)?"
                r"(?:broadcaster|television|TV|radio|newspaper|daily|weekly|news\s+(?:site|portal|outlet)|outlet)")
# Or the site's address, as a portal credits another ("..., according to example.com").
_ADDRESS = r"(?:www\.)?[a-z0-9-]{3,}(?:\.[a-z]{2,}){1,2}(?![\w-]|\.\w)"
_TOLD = re.compile(
    rf"{CITING}\s+(?:the\s+|l['’])?(?:{AGENCY_KIND}\s+)?(?:{_OUTLET_KIND}\s+)?({_NAME}{_NUMBER_LAST}|{_ADDRESS})")
_FIRST_BY = re.compile(rf"{FIRST_RAN}\s+(?:the\s+)?{_NAME}")
# "..., the Example Ledger first reported": the outlet that broke the story; "Yonhap news agency reported"; a
# digest's "..., the Example Ledger reports".
_REPORTED = re.compile(
    rf"(?:\s+news agency)?(?:\s+|{OWN_CUE})(?:(?:first|earlier|previously)\s+)?{REPORTED}")
# What a name may say after itself that a credit leaves out: what it is, or its edition ("EL PAÍS English", "Example
# News Online", "Example Global").
_AGENCY_KIND = re.compile(r"(?<=\w)\s+(?:(?:International\s+)?News\s+Agency|Press\s+Agency|News\s+Service|English"
                          r"|International|Global|Online)$")
_NOT_LETTERS = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"['’]s$")
_COUNTRY_AFTER = 4  # the fewest letters of a paper's name, and of the country run on after it
_ELECTRONIC_MIN = 5  # letters of an address's name that an electronic edition's "e" may open ("ekathimerini")
_ELECTRONIC = re.compile(r"e[A-Z][a-z]{4,}")  # the edition's name as its logo writes it ("eKathimerini")
_NAME_BEFORE = re.compile(rf"({_NAME}(?:\s\d{{1,3}})?)$")


def agency_authored(article: Article) -> str | None:
    """The agency an article presents itself as written by: agency dateline tag, sign-off ("— Reuters"), agency
    byline, a source line naming it, or the agency's own masthead over its copy. Citing an agency inside the
    story does not count."""
    text = article.text
    if article.body and (source := agency(dateline(lede(article.body))[1] or signed_off_by(article.body[-1]))):
        return source
    for author in article.authors:
        if agency(author):
            return agency(author)
    for m in _SOURCE_LINE.finditer(text[:300] + "\n" + text[-300:]):
        found = re.search(_ALTS, m.group(0))
        if found and agency(found.group(0)):
            return agency(found.group(0))
    # The agency's own site, by its name or its address ("ANSA.it").
    return agency(known_source(article.outlet, strict=True) or article.outlet)


def runs_agency_copy(article: Article) -> bool:
    """Whether the text is agency copy, also when a credit line above its dateline says so ("This article
    was originally published by AFP." / "PARIS (AFP) — ...")."""
    return bool(agency_authored(article) or any(agency(dateline(p)[1]) for p in article.body[:2])
                or agency(republished_from(article.text)))


@functools.lru_cache(maxsize=4096)
def credits(text: str) -> tuple[tuple[str, int, int], ...]:
    """Names the text credits as a source of its reporting ("told the Associated Press", "Reuters
    reported", "originally published by ..."), with their character spans, in text order. Cached: every
    candidate pair asks again about the same texts."""
    out = [(m.group(1), m.start(1)) for pattern in (_TOLD, _FIRST_BY) for m in pattern.finditer(text)]
    for m in _REPORTED.finditer(text):
        lo = max(0, m.start() - 80)
        if found := _NAME_BEFORE.search(text, lo, m.start()):
            out.append((found.group(1), found.start(1)))
    out.sort(key=lambda found: found[1])
    # A possessive is the outlet's own ("according to Example News's website").
    names = [(_POSSESSIVE.sub("", name.strip()), start) for name, start in out]
    return tuple((name, start, start + len(name)) for name, start in names)


def republished_from(text: str) -> str | None:
    """The outlet a text says it was first published by ("This article was originally published by ...",
    "first appeared in ..."), else None."""
    m = _FIRST_BY.search(text)
    return m.group(1).strip() if m else None


def credited_text(article: Article) -> str:
    """The article's text and the notes crediting its source that extraction cut from it (`Article.credits`): where
    a credit is looked for."""
    return "\n\n".join([*article.body, *article.credits]) if article.credits else article.text


def credits_name(text: str, name: str | None) -> str | None:
    """The credit line of `text` naming `name` (an outlet or agency, any of its spellings), else None."""
    if not name:
        return None
    # An agency or a state broadcaster by any of its spellings ("TRT" of TRT World). A sentence writes a masthead's
    # "The" in lower case, and the credit is read without it ("..., the Northmoor Ledger reported").
    spellings = SOURCES.get(source_name(name, strict=False) or "", ())
    wanted = {name_key(a) for a in (name, *spellings)}
    brand = name.removesuffix(" News")
    if brand != name and " " not in brand and (brand.isupper() or not common_word(brand)):
        # A broadcaster's newsroom credited by its network's letters ("told ABC radio"), a paper's site by the paper's
        # name ("Vanguard" of "Vanguard News"); not by a word English uses often ("Local" of "Local News").
        wanted.add(name_key(brand))
    if (own := _AGENCY_KIND.sub("", name)) != name:
        wanted.add(name_key(own))  # credited without the words for what it is ("AKIpress" of "AKIpress News Agency")
    # An address runs a name's words together ("harbourpost" of "Harbour Post").
    address = site_names(name) | {run_together(name)}
    if service := service_initials(name):
        wanted.add(service.lower())  # a broadcaster's world or regional service by its initials ("KBS" of "KBS WORLD")
    wanted.update(address)
    for credit, start, _ in credits(text):
        words = address_label(credit) if SITE_ADDRESS.fullmatch(credit) else name_key(credit)
        if any(w == words or words.startswith(w + " ") or words.endswith(" " + w) for w in wanted) or (
                _NOT_LETTERS.sub("", words) in address):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            return _sentence_around(line, start - line_start)
    return None


def site_names(name: str) -> set[str]:
    """The names an outlet's name spells where it is one word, in small letters: its site's address without the
    domain ("example.com" -> "example") or its logo's word ("Nationthailand"), and the paper's name where that word
    is its electronic edition's ("eledger.example", "eLedger" -> "ledger") or runs the paper's name and its country
    together ("nationthailand" -> "nation"); none for a name of words."""
    if SITE_ADDRESS.fullmatch(name):
        label = address_label(name)
        electronic = label.startswith("e") and len(label) > _ELECTRONIC_MIN
    elif name.isalpha():
        label, electronic = name.lower(), _ELECTRONIC.fullmatch(name) is not None
    else:
        return set()
    names = {label, label[1:]} if electronic else {label}
    names.update(label[:k] for k in range(_COUNTRY_AFTER, len(label) - _COUNTRY_AFTER + 1)
                 if label.isalpha() and name_key(label[k:]) in place_keys())
    return names


def statement_by(text: str, body: str) -> str | None:
    """The sentence of `text` that gives the organisation `body` as the one that spoke ("..., the Ministry of
    Transport said on Thursday", "a statement from the Ministry of Transport", "a statement issued by ..."), else
    None."""
    name = re.escape(body)
    found = re.search(rf"(?<!\w){name}\s+(?:said|says|announced|confirmed)\b|\bstatement\s+(?:(?:issued|released)\s+)?"
                      rf"(?:from|by)\s+(?:the\s+)?{name}(?!\w)", text)
    if not found:
        return None
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.start())
    return _sentence_around(text[line_start:line_end if line_end >= 0 else len(text)], found.start() - line_start)


# Short forms whose point ends no sentence: months, titles and initials before a name or a number.
_ABBREVIATION = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|"
                           r"No|Lt|Col|Sgt)|\b[A-Z])\.$")


def _sentence_around(line: str, at: int) -> str:
    """The sentence of `line` around offset `at`; after a quotation, only what follows its closing mark
    (“..., ” she told the Post.)."""
    stop = line.rfind(". ", 0, at)
    while stop > 0 and _ABBREVIATION.search(line, 0, stop + 1):
        stop = line.rfind(". ", 0, stop)  # "... said on Dec. 5, according to ...": a point that ends no sentence
    # A straight mark closes a quotation after its punctuation ('..., " he told'), and may open one anywhere.
    closed = max(0, line.rfind("\u201d", 0, at) + 1, *(k + 2 for p in ",.?!" if (k := line.rfind(f'{p}"', 0, at)) >= 0))
    lo = max(stop + 2 if stop >= 0 else 0, closed)
    hi = line.find(". ", at)
    return line[lo:hi + 1 if hi >= 0 else len(line)].strip(" ,")


def day_number(published: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date with day precision, else None (a month is not a day)."""
    if not published or len(published) < 10:
        return None
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date(1970, 1, 1)).days
    except ValueError:
        return None


# The paper's reporters credited by its name or initials, unnamed: "Star Online Report", "TBS Report".
_STAFF_REPORT = re.compile(r"(?P<brand>[A-Z][\w'’&-]*)(?: Online| Staff| Special)? Report")
# A desk's word in a byline, or "Newsdesk" alone (the site's name before it, "Naharnet Newsdesk", names its own
# reporters, who quote their own sources).
DESK_BYLINE = re.compile(rf"\b(?:{'|'.join(sorted(DESK_WORDS | {'agencies', 'editorial', 'admin', 'web'}))})\b"
                         r"|^newsdesk$", re.I)


# Agencies credited without a name: "By Example Staff and Agencies", "Agencies contributed to this report.",
# "(With inputs from agencies)".
_UNNAMED_AGENCIES = re.compile(r"(?i:\b(?:news )?agencies (?:contributed to this|helped with this)"
                               r"|\bwith (?:inputs?|reporting) from (?:news )?agencies\b)")


def credited_agencies(article: Article) -> set[str]:
    """The agencies the article names as its source: its origin's, and each of those signing it together ("AP,
    REUTERS" under a paper's story compiled from both)."""
    named = {agency(article.origin)} | {agency(name) for line in article.credits for name in signers(line)}
    return {name for name in named if name}


def signed_by(article: Article, name: str) -> str | None:
    """The sign-off among the article's credits that names the agency `name` with others ("AP, REUTERS"), else None."""
    wanted = agency(name)
    return next((line for line in article.credits if wanted and wanted in map(agency, signers(line))), None)


def credits_agencies(article: Article) -> bool:
    """Whether the article says it draws on agencies it does not name."""
    return any(author.lower().removeprefix("news ") == "agencies" for author in article.authors) or bool(
        _UNNAMED_AGENCIES.search(credited_text(article))) or any(map(AGENCIES_SOURCE.fullmatch, article.credits))


def desk_byline(article: Article) -> bool:
    """A byline naming a desk or no person at all ("News Desk", "Newsdesk", "Staff", "Admin"); not the paper's own
    reporters credited by its name ("Star Online Report" on The Daily Star's page, "TBS Report" on The Business
    Standard's)."""
    return not article.authors or all(DESK_BYLINE.search(a) and not _staff_report(a, article.outlet)
                                      for a in article.authors)


def _staff_report(author: str, outlet: str | None) -> bool:
    found = _STAFF_REPORT.fullmatch(author)
    if not found or not outlet:
        return False
    brand = found.group("brand")
    return brand == initials(outlet) or brand.lower() in outlet.lower().split()
