"""Article metadata from a parsed HTML page: headline, authors, publication date, outlet.

trafilatura's metadata pass is the starting point; these functions correct it where news pages
commonly mislead it: the <title> carries the site name, the visible headline is the <h1>; the author
is named in JSON-LD or a byline with "By", roles and dates around it; and the publication date must
come from the page's own markup or a date written out in it, never from a copyright year or the crawl date.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from newstrace.extract.credits import (
    CREDENTIAL,
    SITE_ACCOUNTS,
    affiliation,
    after_role,
    credits_in,
    dated_name,
    desk_with_agency,
    in_mixed_case,
    is_agency,
    is_credentials,
    is_role,
    press_name,
    source_alone,
    without_joined_roles,
    without_role,
)
from newstrace.extract.text_dates import DATE_LABEL, find_date, written_date
from newstrace.extract.text_meta import NOT_BRANDS, bare_name, site_name, url_host
from newstrace.gazetteer import filing_places
from newstrace.sources import agency, as_spelled

_ARTICLE_TYPES = re.compile(r"(Article|Posting|Report|Review|HowTo|Recipe|Blog)$")
_SEPARATORS = re.compile(r"\s+(?:[|–—·:•»-]|::)\s+|\s+[-–—]\s*$")
_WORD = re.compile(r"\w+")
_COPYRIGHT_OPENING = re.compile(r"\s*(?:©|\([cC]\)|(?i:copyright)\b)")
# Lower-case words a name holds ("University of Texas at Austin"); other lower-case words make a phrase.
_NAME_JOINERS = frozenset(("of", "and", "the", "at", "de", "du", "des", "la", "le", "van", "von", "y", "&"))
_BRAND_WORDS = 6     # words of a site's name at most, beside a tagline
_TAGLINE_WORDS = 4   # words of a tagline at least
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NAME_TAIL = re.compile(r"\s+(?:at|on|January|February|September|October|November|December)$")
_STOP = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "is", "are", "your",
    "you", "how", "what", "why",
))
# Words that introduce or follow a byline without being part of the name.
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|story|words|text|compiled|edited|article|post|recipe|review)\s+)?"
    r"by\s*[:\-]?\s+|^\s*(?:read\s+)?more\s+(?:about|from)\s+"
    r"|^\s*(?:author|authors|auteur|autor|reporter|writer)s?\s*[:\-]\s*",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|•·]|\s[-–—]\s|\b(?:updated|published|posted|last\s+updated|reviewed|fact[- ]checked|on)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}).*$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:;|\band\b|\bwith\b|&|\bund\b|\bet\b|\by\b|,(?=\s*\w+\s+\w+))\s*", re.IGNORECASE)
_CONTRIBUTION = re.compile(r"^(?:[\w-]+\s+){0,3}by\s", re.IGNORECASE)
_NOT_AUTHOR = re.compile(
    r"https?://|www\.|@|\d{3,}|^(?:" + "|".join(sorted(SITE_ACCOUNTS)) + r"|author|the author|written by|"
    r"unknown|none|null|undefined|anonymous|human|name|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$", re.IGNORECASE)
# Lower-case words a person's name may hold ("Marna van der Merwe").
_PARTICLES = frozenset(("van", "der", "den", "de", "da", "di", "del", "von", "le", "la", "bin", "al", "du", "ten"))
# Names publishing tools give a page's publication date: Open Graph, Dublin Core, Highwire/Google Scholar,
# Parse.ly, Sailthru and the plain "date"/"pubdate" of older tools. Never a modification date.
_PUBLISHED_KEY = re.compile(r"^(?!.*(?:modif|updat|expir|revis|last|publisher))(?:.*(?:publish|pub-?date).*|date"
                            r"|dc(?:terms)?\.(?:date(?:\.issued)?|issued|created)|citation_(?:publication_)?date|sailthru\.date)$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
# The label before a <time> that shows when the page was changed ("Updated <time>3:05pm</time>"), in its last
# characters.
_UPDATED = re.compile(r"\b(?:updated|modified|edited|last)\b", re.I)
_LABEL_CHARS = 30
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# Short texts with a year in them: datelines and "Published ..." lines, not paragraphs of the article. A date in a
# quotation block is the quoted text's: an embedded social post's ("— Jane Doe (@jdoe) March 3, 2026"), a letter's.
_SHORT_TEXTS_WITH_YEAR = ("//body//text()[contains(., '20') or contains(., '19')][string-length(.) < 120]"
                          "[not(ancestor::blockquote)]")
# A date alone with its label and time ("Posted on June 19, 2025 at 1:45 am"), not a sentence.
_DATELINE_WORDS = 6
# A theme's date line with the writer's name, among the extracted text's first lines (headline, kicker, date), of at
# most so many words ("AFP · Published 24 Dec 2026 · Updated 24 Dec 2026, 17:12").
_DATE_LINE_REACH, DATED_BYLINE_WORDS = 4, 16


def json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members and list items flattened."""
    nodes: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        nodes.extend(_flatten(data))
    return nodes


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph", []))


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type", [])
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def article_node(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((n for n in nodes if any(_ARTICLE_TYPES.search(t) for t in _types(n))), None)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


def same_words(text: str, other: str) -> bool:
    """Whether two short texts say the same words, ignoring case, punctuation and small words."""
    words, others = _words(text), _words(other)
    return bool(words) and len(words ^ others) <= len(words | others) // 10


def strip_site(title: str, sitename: str | None) -> str:
    """The title without a leading or trailing " | Site" part."""
    parts = [p for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    site = _words(sitename or "")
    if site:
        kept = [p for p in parts if not _words(p) <= site]
        if kept and len(kept) < len(parts):
            return _rejoin(title, kept)
        return title.strip()  # no part is the site: the separators belong to the headline
    # Without a known site name, the longest part is the headline: site names are short.
    return max(parts, key=len).strip() if len(max(parts, key=len).split()) >= 3 else title.strip()


def site_brand(name: str) -> str | None:
    """The site's own name from the one its markup declares: the holder of a copyright notice given as the name
    ("Copyright 2025 Example Regents. For more information ..."), no name for a placeholder ("Site", "Home"), an
    agency's name in capitals as it writes itself ("BERNAMA"), and the name without the tagline some sites set beside
    it ("Example - The independent source for health policy news", "News, views and gossip from the valley |
    Example"). The name is the part of fewest words; each other part is a tagline when it is a longer phrase with
    lower-case words a name does not hold ("for", "from", not "of"). A part of capitalised words ("Breaking News &
    Top Stories", "University of Example") may be the name's own, and keeps the whole."""
    if _COPYRIGHT_OPENING.match(name):
        return site_name([name])
    if NOT_BRANDS.match(name.strip()):
        return None
    name = bare_name(name.strip())
    if name.isupper():
        name = as_spelled(name) or name  # "BERNAMA", as a logo sets it: the agency as it writes itself
    parts = [p.strip() for p in _SEPARATORS.split(name) if p.strip()]
    if len(parts) < 2:
        return name
    k = min(range(len(parts)), key=lambda j: len(parts[j].split()))
    brand, others = parts[k], parts[:k] + parts[k + 1:]
    if len(brand.split()) <= _BRAND_WORDS and not NOT_BRANDS.match(brand) and all(
            _tagline(p, len(brand.split())) for p in others):
        return brand
    return name


def _tagline(part: str, brand_words: int) -> bool:
    words = part.split()
    return len(words) >= max(_TAGLINE_WORDS, brand_words + 1) and any(
        w[:1].islower() and w not in _NAME_JOINERS for w in words)


def holds_headline(text: str, headline: str) -> bool:
    """Whether a text is the page's headline, alone or with the site's name beside it ("Headline | Site")."""
    return any(same_words(part, headline) for part in (text, *_SEPARATORS.split(text)))


def title_site(title: str, host: str) -> str | None:
    """The part of a page's title that spells the site's domain ("Best Tutors in 2025 | Bold.org" on bold.org,
    "... - Fastarz" on fastarz.com), or None."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    domain = _NOT_ALNUM.sub("", host.lower())
    if len(parts) < 2:
        return None
    return next((p for p in (parts[-1], parts[0]) if len(named := _NOT_ALNUM.sub("", p.lower())) >= 3
                 and named in domain), None)


def titled_press(title: str | None) -> str | None:
    """The publication's name that a page's title gives after its headline ("Headline - Global South Voice"), for a
    page that states neither its name nor its address."""
    parts = [p.strip() for p in _SEPARATORS.split(title or "") if p.strip()]
    return parts[-1] if len(parts) >= 2 and press_name(parts[-1]) else None


def _rejoin(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.find(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept[0].strip()


def headline(tree: HtmlElement, meta_title: str | None, sitename: str | None) -> str | None:
    """The visible headline: the <h1> that shares words with the meta title, else the meta title."""
    title = strip_site(meta_title, sitename) if meta_title else None
    site = _words(sitename or "")
    for h1 in tree.xpath("//h1")[:6]:
        # An entity still in the parsed text was escaped twice by the site ("SQL &amp;#x26; AI"): readers see it
        # as the character it names.
        text = html.unescape(" ".join(h1.text_content().split()))
        words = _words(text)
        if not words or len(text) > 300 or (site and words <= site):
            continue
        if title is None or words & _words(title):
            return text  # the page's own headline carries no site name; its dashes are the writer's
    return title


def _person_names(value: Any, nodes_by_id: dict[str, dict[str, Any]]) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _person_names(v, nodes_by_id)]
    if isinstance(value, dict):
        node = nodes_by_id.get(value.get("@id", ""), value) if "name" not in value else value
        name = node.get("name")
        return [name] if isinstance(name, str) else []
    return [value] if isinstance(value, str) else []


def jsonld_authors(nodes: list[dict[str, Any]]) -> list[str]:
    node = article_node(nodes)
    if node is None:
        return []
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    return _person_names(node.get("author") or node.get("creator"), by_id)


def clean_authors(raw: list[str]) -> list[str]:
    """Person or desk names without "By", roles, dates and credentials, split and de-duplicated."""
    names: list[str] = []
    for text in raw:
        text = without_joined_roles(_BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", " ".join(text.split()))))
        for part in (credit for filed in _NAME_SPLIT.split(text) for credit in credits_in(filed)):
            # After a first name set in capitals, a name in capitals looks like letters after it ("JOHN ROE").
            if names and not is_agency(part) and (is_role(part) or is_credentials(part, names[0].isupper())
                                                  or affiliation(part)):
                continue  # "Jane Doe, Trial Attorney", "Jane Doe, University of Dunmore": her title or where she works
            if names and _CONTRIBUTION.match(part):
                continue  # "Jane Doe; Additional reporting by John Roe": a contributor, not an author
            if names and (DATE_LABEL.match(part) or part.strip() in filing_places()):
                continue  # "Example Desk | Hanoi | Updated: 07-12-2026": where it was filed and when
            name = _clean_name(part)
            if name and name.lower() not in {n.lower() for n in names}:
                names.append(name)
    return [in_mixed_case(name) for name in names]


def _clean_name(part: str) -> str | None:
    # Credentials follow the name; a leading capitalised acronym is part of a desk name ("CBC Bank").
    words = part.strip(" ,.:;-").split()
    if not part.isupper():  # in an all-capitals byline every word looks like an acronym
        # Only at the end: letters between a name's words name it ("Dunmore FM News", a station's desk).
        while len(words) > 1 and CREDENTIAL.match(words[-1].strip(",.")):
            words.pop()
    # "Jane Doe Tech Reporter": a title after a name, without a comma; a desk named by its role keeps it ("Our
    # Editors", "Travel Expert", "The Currency editors").
    if len(named := without_role(words)) >= 2 and named[0] != "The":
        words = named
    words = after_role(words, titled=True)  # "Political Reporter Jane Doe", as an extractor capitalised it
    # A dangling "at" or "on", or what a date leaves when its digits are cut ("ServiceTitan November"); months
    # that are also surnames ("May") stay.
    name = _NAME_TAIL.sub("", " ".join(words).strip(" ,.:;-"))
    if not name or len(words) > 6 or _NOT_AUTHOR.search(name) or not any(c.isalpha() for c in name):
        return None
    return name


def labelled_authors(markup: Markup) -> list[str]:
    """Names in the "Written by" label/data meta pairs that publishing tools write for link previews."""
    names = []
    for label in markup.metas:
        key = label.get("name", "")
        if key.startswith("twitter:label") and re.match(r"(written\s+)?by|author", label.get("content", ""), re.I):
            names += markup.named(f"twitter:data{key[13:]}")[:1]
    return names


# A byline's label on its own ("Written by", "By:", "Author", Drupal's "Submitted by") with the name in the next
# element, or the label and the name in one short text ("By Jane Doe · May 4, 2025").
_BY = r"^\s*(?:(?:written|posted|published|submitted|article|story|words)\s+)?by\s*:?"
_BYLINE_LABEL = re.compile(_BY + r"\s*$|^\s*authors?\s*:?\s*$", re.IGNORECASE)
_BYLINE_TEXT = re.compile(_BY + r"\s+\S", re.IGNORECASE)
# Short texts holding "by" or "author" in any case, found by the XPath engine so Python sees only a few; the blank
# texts between tags, most of a page's, are passed over before any is put in lower case.
_SHORT_TEXTS_WITH_BY = ("//body//text()[normalize-space(.)][string-length(.) < 120]"
                        "[contains(translate(., 'BYAUTHOR', 'byauthor'), 'by')"
                        " or contains(translate(., 'BYAUTHOR', 'byauthor'), 'author')]")
_AUTHOR_LINKS = ('//a[@rel="author" or contains(@href, "/author/") or contains(@href, "/authors/")]'
                 ' | //*[@itemprop="author"]')


def byline_authors(tree: HtmlElement) -> list[str]:
    """The first visible byline in the page body: a "By ..." text, a label followed by the name, or a link
    to an author page. Text in navigation, footers and comment threads is not a byline."""
    for text in tree.xpath(_SHORT_TEXTS_WITH_BY):
        if _BYLINE_TEXT.match(text):
            names = clean_authors([text])
        elif _BYLINE_LABEL.match(text) and not (following := _next_text(text)).endswith(":"):
            names = clean_authors([following])
        else:
            continue
        if names and all(_looks_like_name(n) for n in names) and not _outside_article(text.getparent()):
            return names
    for link in tree.xpath(_AUTHOR_LINKS):
        names = clean_authors([" ".join(link.text_content().split())])
        if names and all(_looks_like_name(n) for n in names) and not _outside_article(link):
            return names
    return []


def _outside_article(element: HtmlElement | None) -> bool:
    return element is not None and bool(element.xpath("ancestor-or-self::*[self::nav or self::footer"
                                                      " or contains(@class, 'comment')]"))


def _next_text(text: Any) -> str:
    """The first non-blank text after a label, inside the label's element ("By <a>Name</a>") or after it."""
    axes = "following::text()" if text.is_tail else "(descendant::text() | following::text())"
    after = text.getparent().xpath(f"{axes}[normalize-space(.)][position() <= 2]")
    return " ".join(str(after[1]).split()) if len(after) > 1 else ""


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 5 and "/" not in name and all(w[:1].isupper() or w in _PARTICLES for w in words)


def page_authors(markup: Markup, nodes: list[dict[str, Any]], trafilatura_author: Callable[[], str | None],
                 sitename: str | None = None, text: str = "") -> tuple[list[str], str | None]:
    """The people the first source names; the site's own name only when no source names anyone else. A byline
    that names the site and an agency alone ("The Example Ledger/AFP") is the site's desk on the agency's copy: no
    writer, and the agency is returned as the story's source. (Structured data that lists the publisher beside an
    agency may be the agency's copy as carried; it is read as written.) `trafilatura_author` is called only when
    the sources before it name no one; the extracted `text`'s date line is the last source. A source that names
    only an agency ("The Associated Press" as the page's declared author) gives way to a byline further down that
    names its writer ("By ROB GILLIES"), the agency after them."""
    site = _words(sitename or "")
    fallback: list[str] = []
    agencies: list[str] = []
    sources: tuple[tuple[Callable[[], list[str]], bool], ...] = (  # in order of trust, with whether a byline says it
        (lambda: jsonld_authors(nodes), False), (lambda: labelled_authors(markup), True),
        (lambda: _agency_in_full(markup, trafilatura_author(), site).split(";"), True),
        (lambda: byline_authors(markup.tree), True), (lambda: _agency_beside_time(markup.tree), True),
        (lambda: _dated_byline(text), True),
    )
    for source, byline in sources:
        names = clean_authors(source())
        people = [n for n in names if not (site and _words(n) <= site)]
        if byline and people and len(people) < len(names) and all(map(agency, people)):
            return [], agency(people[0])
        if people and all(map(agency, people)) and not agencies:
            agencies = people
        elif people:
            return [*people, *(a for a in agencies if agency(a) not in map(agency, people))], None
        fallback = fallback or names
    return agencies or fallback, None


# An element whose text is an agency's name alone, beside the story's time element ("<span>AFP</span> <time>").
_BESIDE_TIME = XPath("//body//time[not(ancestor::nav or ancestor::footer or ancestor::aside)]/../*[not(self::time)]"
                     "[string-length(normalize-space(.)) < 40]")
_BESIDE_TIME_ELEMENTS = 8


def _agency_beside_time(tree: HtmlElement) -> list[str]:
    """The agency named alone beside the story's date, as a theme sets its source over the text ("AFP" / "July 8,
    2027"), which the extraction drops."""
    for element in _BESIDE_TIME(tree)[:_BESIDE_TIME_ELEMENTS]:
        if source_alone(name := " ".join(element.text_content().split())):
            return [name]
    return []


def _dated_byline(text: str) -> list[str]:
    """The name on a date line at the top of the extracted text, around the headline ("December 12, 2026 · RT"), as
    a theme prints the post's date and writer without a label."""
    for line in text.split("\n", _DATE_LINE_REACH)[:_DATE_LINE_REACH]:
        if len(line.split()) <= DATED_BYLINE_WORDS and (name := dated_name(line.strip())):
            return [name]
    return []


# The short elements whose text opens with the words given ($lead), a byline's line in full.
_CONTINUED = XPath("//body//*[starts-with(normalize-space(.), $lead)][string-length(normalize-space(.)) < 80]")


def _agency_in_full(markup: Markup, author: str | None, site: set[str]) -> str:
    """The author trafilatura read from the page, or the agency it cut short there: in the page's metadata ("Press
    Trust" of "Press Trust of India"), or after the site's own name in its byline ("Example Ledger" of "Example
    Ledger with AFP", where trafilatura stops at "with")."""
    declared = " ".join(next(iter(markup.named("author")), "").split())
    if author and declared != author and declared.startswith(author) and is_agency(declared):
        return declared
    if author and site and _words(author) <= site:
        for element in _CONTINUED(markup.tree, lead=f"{author} with "):
            if desk_with_agency(text := " ".join(element.text_content().split())):
                return text
    return author or ""


def iso_date(value: Any) -> str | None:
    """The calendar day (or month) of an ISO-like date string."""
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not (1990 <= int(year) <= 2100 and 1 <= int(month) <= 12):
        return None
    return f"{year}-{month}-{day}" if day else f"{year}-{month}"


def jsonld_published(nodes: list[dict[str, Any]]) -> str | None:
    node = article_node(nodes)
    return iso_date(node.get("datePublished")) if node else None


class Markup:
    """A parsed page with the elements that its date and address readers each look at, each list found once:
    every search of the markup walks the whole page."""

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree

    @cached_property
    def metas(self) -> list[HtmlElement]:
        """The <meta> elements that hold a value, in page order."""
        return list(self.tree.xpath("//meta[@content]"))

    @cached_property
    def times(self) -> list[HtmlElement]:
        return list(self.tree.xpath("//time[@datetime]"))

    @cached_property
    def published_items(self) -> list[str]:
        """The datetime of each element marked up as the datePublished item."""
        return [str(v) for v in self.tree.xpath('//*[@itemprop="datePublished"]/@datetime')]

    @cached_property
    def year_texts(self) -> list[Any]:
        return list(self.tree.xpath(_SHORT_TEXTS_WITH_YEAR))

    @cached_property
    def first_written(self) -> tuple[str, Any] | None:
        """The first date written out with its month's name in a short text of the page, with that text."""
        return next(((day, text) for text in self.year_texts if (day := written_date(text))), None)

    def meta_values(self, keep: Callable[[HtmlElement], bool]) -> list[str]:
        return [meta.get("content", "") for meta in self.metas if keep(meta)]

    def named(self, *names: str) -> list[str]:
        """The values of the <meta>s of these names."""
        return self.meta_values(lambda meta: meta.get("name") in names)


def meta_published(markup: Markup) -> str | None:
    """The first ISO date in a <meta> whose name says publication ("article:published_time", "pubdate",
    "DC.date.issued", "citation_publication_date", "date"), or in an itemprop="datePublished" element."""
    for meta in markup.metas:
        value = meta.get("content", "")
        if _PUBLISHED_KEY.search(_meta_key(meta)) and (day := iso_date(value) or written_date(value)):
            return day
    return next((day for value in markup.published_items if (day := iso_date(value))), None)


def _text_before(element: HtmlElement) -> str:
    """The words right before an element inside its parent ("Updated " of "<p>Updated <time>...</time></p>")."""
    before = element.getprevious()
    if before is not None:
        return (before.tail or "")[-_LABEL_CHARS:]
    parent = element.getparent()
    return ((parent.text if parent is not None else None) or "")[-_LABEL_CHARS:]


def _meta_key(meta: HtmlElement) -> str:
    return (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()


def publication_stamps(markup: Markup, nodes: list[dict[str, Any]]) -> list[str]:
    """The publication's date-and-time values as the markup states them ("2026-03-09T06:12:00Z"): the structured
    data's, the publication <meta>s', the datePublished item's, then the <time> elements' outside teaser lists."""
    node = article_node(nodes)
    values = [node.get("datePublished")] if node else []
    values += markup.meta_values(lambda meta: _PUBLISHED_KEY.search(_meta_key(meta)) is not None)
    values += markup.published_items
    # A <time> that shows when the page was updated ("Updated 3:05pm") is no publication's.
    modified = set(_modified_values(markup, nodes))
    values += [time.get("datetime") for time in markup.times
               if not in_listing(time) and time.get("datetime") not in modified
               and not _UPDATED.search(_text_before(time))]
    return [str(v) for v in values if isinstance(v, str)]


def first_time(markup: Markup) -> str | None:
    """The day of the first <time> element whose datetime attribute holds an ISO date, outside lists of
    teasers (related stories, latest posts), whose dates are other articles'."""
    for time in markup.times:
        if (day := iso_date(time.get("datetime"))) and not in_listing(time):
            return day
    return None


def in_listing(element: HtmlElement, depth: int = 6) -> bool:
    """Whether an element sits in one of several alike siblings (same tag and class) that each hold an element
    like it: the cards of a list of stories, each with its own date."""
    for ancestor in list(element.iterancestors())[:depth]:
        for sibling in (ancestor.getprevious(), ancestor.getnext()):
            if (sibling is not None and sibling.tag == ancestor.tag and sibling.get("class") == ancestor.get("class")
                    and next(sibling.iter(element.tag), None) is not None):
                return True
    return False


def modified_dates(markup: Markup, nodes: list[dict[str, Any]]) -> set[str]:
    """Days the page marks as modification dates: never its publication date unless it says so."""
    published = {iso_date(n.get("datePublished")) for n in nodes}
    return {d for d in map(iso_date, _modified_values(markup, nodes)) if d and d not in published}


def _modified_values(markup: Markup, nodes: list[dict[str, Any]]) -> list[Any]:
    return [n.get("dateModified") for n in nodes] + markup.meta_values(_is_modified)


def _is_modified(meta: HtmlElement) -> bool:
    return (meta.get("property") in ("article:modified_time", "og:updated_time") or meta.get("name") == "last-modified"
            or meta.get("itemprop") == "dateModified")


def visible_date(markup: Markup) -> str | None:
    """The first date written out with its month's name in a short text of the page ("Dec 4, 2025")."""
    first = markup.first_written
    return first[0] if first else None


def shown_date(markup: Markup) -> str | None:
    """The first date written out with its month's name, when it stands alone in its text ("Dec 30, 2013",
    "Published August 13, 2025 at 9:00") in the article: the date the page shows its reader for this story.
    None when the first such date is in running text, a quotation, or a list of other stories."""
    if not (first := markup.first_written):
        return None
    day, text = first
    element = text.getparent()
    alone = len(text.split()) <= _DATELINE_WORDS and not element.xpath("ancestor::blockquote")
    return day if alone and not in_listing(element) and not _outside_article(element) else None


def numeric_dateline(markup: Markup) -> str | None:
    """The first element of the page whose text is a numeric date and nothing else ("17.05.2021",
    "2/24/2026"): a dateline. A numeric date in a sentence, or after a label, may be any date."""
    for text in markup.year_texts:
        if (not text.is_tail and _NUMERIC_DATE.fullmatch(text.strip()) and not _outside_article(text.getparent())
                and not in_listing(text.getparent()) and (day := find_date(text))):
            return day
    return None


def written_days(markup: Markup) -> set[str]:
    """The days written out in short texts of the page, in any form ("Dec 4, 2025", "04/12/2025")."""
    return {day for text in markup.year_texts if (day := find_date(text))}


# Labels of an address that name no site: second-level domains ("example.co.uk") and a site's versions ("m.").
_NO_BRAND = frozenset(("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "www", "m", "amp", "mobile"))


# The syndication tags first: a copy's canonical link may point at itself.
_SYNDICATION_NAMES = ("syndication-source", "original-source")


def stated_urls(markup: Markup) -> tuple[str | None, str | None]:
    """The page's own address as its sharing tags state it (og:url), and the address it names as the original: the
    one its syndication tags give (Google News' "syndication-source", "original-source"), else its canonical one."""
    own = _first_address(markup.meta_values(lambda meta: meta.get("property") == "og:url"))
    canonical = (_first_address(markup.named(*_SYNDICATION_NAMES))
                 or _first_address(markup.tree.xpath('//link[@rel="canonical"]/@href')))
    return own, canonical


def _first_address(values: list[str]) -> str | None:
    return next((v.strip() for v in values if v.strip()[:4] == "http"), None)


def canonical_elsewhere(url: str | None, stated: str | None, canonical: str | None) -> str | None:
    """The host of a canonical address on another site than the page's (`url`, else the address it states as its
    own): a site that runs another's story names the original so, as search engines ask of syndicated copies.
    One that the page also states as its own, one on a site of the same name (its mobile version, the brand's
    other domain: "m.example.com" of "example.news.com") or no address at all ("http://my-post") names no one
    else."""
    host = url_host(canonical)
    if "." not in host or host == url_host(stated):
        return None
    own = url_host(url or stated)
    return host if own and not _brands(own) & _brands(host) else None


def _brands(host: str) -> set[str]:
    return set(host.split(".")[:-1]) - _NO_BRAND
