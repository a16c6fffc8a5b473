"""HTML page -> Article: trafilatura's body and metadata, corrected where news pages mislead it.

The page is parsed once (twice when it nests deeper than libxml2's default limit); the same lxml tree feeds
our metadata readers (JSON-LD, <h1>, meta tags, bylines) and trafilatura, which copies it before cleaning.
trafilatura runs once per page, with its recall setting (twice only when that finds nothing, or finds less
than a short article); a short extraction gets a second look from its balanced setting or its baseline.
`html_body` then judges the paragraphs against the tree.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from typing import Any

import trafilatura
import trafilatura.metadata as tm
from htmldate import find_date
from lxml.etree import ParserError, XPath
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import Document

from newstrace.extract.credits import apply_credits, press_name, source_alone
from newstrace.extract.html_body import body_paragraphs
from newstrace.extract.html_meta import (
    Markup,
    canonical_elsewhere,
    first_time,
    headline,
    holds_headline,
    in_listing,
    iso_date,
    json_ld,
    jsonld_published,
    meta_published,
    modified_dates,
    numeric_dateline,
    page_authors,
    publication_stamps,
    shown_date,
    site_brand,
    stated_urls,
    title_site,
    titled_press,
    visible_date,
    written_days,
)
from newstrace.extract.text_dates import stamped
from newstrace.extract.text_lines import caption_words
from newstrace.extract.text_meta import site_name, url_host
from newstrace.languages import text_language
from newstrace.models import Article, Page

# Dates from markup only: htmldate's search of the page text guesses among copyright years and "today",
# and costs more than the whole extraction; `visible_date` reads the text instead.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
# Days a shown date may fall before the declared one and still be the same moment somewhere else.
_TIME_ZONE_DAYS = 2
# An extraction this short gets a second look from trafilatura's cheap baseline: the recall setting
# sometimes stops at a teaser or a table of contents, where the baseline finds the whole text.
_SHORT_WORDS = 1200
_FULLER = 2.5
# Below this, the recall setting may have settled on a box beside the article (a summary, the first
# section) that its balanced setting passes over for the whole text.
_BRIEF_WORDS = 600
# Fewer words than a news brief while the page's own paragraphs hold several times more: the extraction
# (and the baseline, which trusts a declared articleBody or an <article> element first) caught a teaser.
_STUB_WORDS = 150
_STUB_FULLER = 3.0
_PAGE_PARAGRAPHS = "//p[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)]"
_FIGCAPTIONS = "//figcaption[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)]"
_MAX_CAPTIONS = 30
# A footer element, or a block a stylesheet names as one ("<div class="footer">"); where the page marks none (an
# older site laid out in a table), the last element holding a notice.
_NOTICE_TEXT = "text()[contains(., '©') or contains(., 'opyright')]"
_FOOTER_NOTICES = (f"//*[self::footer or contains(@class, 'footer') or contains(@id, 'footer')]"
                   f"/descendant-or-self::*[{_NOTICE_TEXT}]")
_LAST_NOTICE = f"(//body//*[{_NOTICE_TEXT}])[last()]"
_MAX_NOTICES = 5
# The texts that open a source line ("Source: RT", "Author: RT", "Read more at RT"): text nodes, whose few characters
# each are cheap to test, where testing every element's whole text costs as much as the page's size each.
_SOURCE_LABELS = XPath("//body//text()[starts-with(normalize-space(.), 'Source:')"
                       " or starts-with(normalize-space(.), 'Author:')"
                       " or starts-with(normalize-space(.), 'Read more at')]")
_SOURCE_LINE_CHARS = 40
# Links to the site's front page, outside the article: the masthead's logo, the menu's first item.
_HOME_LINKS = XPath("//body//a[@href='/' or @rel='home'][not(ancestor::article or ancestor::main)]")
# Every word that trafilatura's byline search (`trafilatura.xpaths.AUTHOR_XPATHS`) compares an element's names with,
# in lower case; a test holds the two together.
AUTHOR_NAMING_WORDS = ("author", "byl", "bbl", "writer", "screenname", "username", "channel-name", "zuozhe", "bianji",
                       "xiaobian", "submitted-by", "posted-by", "journalist-name")
AUTHOR_NAMES = ("class", "id", "itemprop", "rel", "data-testid", "data-component")
_AUTHOR_NAMING = re.compile("|".join(AUTHOR_NAMING_WORDS))
_NAMES = XPath(" | ".join(f"//@{name}" for name in AUTHOR_NAMES), smart_strings=False)
_AUTHOR_ELEMENTS = XPath("boolean(//author | //rel)")
_PAGE_TEXT = XPath("//body//text()[not(parent::script or parent::style)] | //script[@type='application/ld+json']/text()"
                   " | //div[@id='data-preloaded']/@data-preloaded", smart_strings=False)
# A paragraph this short is a label, a caption or a link, not the article's text.
_MIN_PARAGRAPH_WORDS = 8
# libxml2 stops parsing at 256 nested elements and drops the rest of the page, the article included; a
# page that never closes its <div>s gets there. Such a page is parsed again with the limit lifted (to
# 2,048), in trafilatura's settings. The page is already decoded: the bytes handed over are UTF-8.
_DEPTH_LIMIT = 255
_DEEP_PARSER = HTMLParser(encoding="utf-8", collect_ids=False, default_doctype=False, remove_comments=True,
                          remove_pis=True, huge_tree=True)
# A table cell holding this many words of its own (outside the tables and code inside it), in a table that frames the
# page (set right in its body, or in one wrapper), is no data table's but a page's column.
_LAYOUT_CELL_WORDS = 150
_OWN_TEXT = XPath("text()[not(ancestor::pre or ancestor::code)]"
                  " | *[not(self::table or self::pre or self::code)]//text()[not(ancestor::pre or ancestor::code)]",
                  smart_strings=False)
_FRAME = XPath("boolean(ancestor::table[last()][parent::body or parent::*/parent::body])")
_TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")
# Characters lxml refuses in element text, which trafilatura's own loader strips.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract_html(page: Page) -> Article:
    article = Article(id=page.id, path=page.path, url=page.url, kind="html")
    tree = _parse(page.content)
    if tree is None:
        return article
    nodes = json_ld(tree)
    markup = Markup(tree)
    meta = _metadata(tree, page.url)
    doc = _bare_extraction(tree, page.url or meta.url) or _bare_extraction(tree, page.url or meta.url,
                                                                           favor_recall=False)
    if doc is None:
        return article
    own, canonical = stated_urls(markup)
    article.outlet = (_site_name(meta.sitename, meta.title, page.url or own) or _home_link_name(tree)
                      or titled_press(" ".join(tree.xpath("string(//head/title)").split())) or _notice_holder(tree))
    article.title = headline(tree, meta.title, article.outlet)
    article.authors, article.origin = page_authors(markup, nodes, lambda: _metadata_author(tree, meta), article.outlet,
                                                   doc.text or "")
    article.published = _published(markup, nodes, meta.date, page.fetched)
    article.published_at = next((at for value in publication_stamps(markup, nodes)
                                 if (at := stamped(value, article.published))), None)
    article.body = body_paragraphs(_fuller_text(tree, doc.text or "", page.url), article.title, tree)
    # A site's template declares one language for every page, a translated story's included: the words decide.
    article.language = text_language("\n".join(article.body)) or _language(tree)
    article.captions = _captions(tree)
    # The markup gives no dateline or source credit but a canonical address: both are read from the text, as in a
    # dump, and a copy that says nothing of its source in words is known by the original's address.
    article.url = page.url or own or canonical
    apply_credits(article, [line for line in _source_lines(tree) if line not in article.body])
    article.origin = article.origin or canonical_elsewhere(page.url, own, canonical)
    return article


def _captions(tree: HtmlElement) -> list[str]:
    """The captions of the page's pictures, outside its navigation, header, footer, asides and lists of
    stories, without their credits, each once."""
    found: list[str] = []
    for caption in tree.xpath(_FIGCAPTIONS):
        text = " ".join(caption.text_content().split())
        if (words := caption_words(text)) and words not in found and not in_listing(caption):
            found.append(words)
    return found[:_MAX_CAPTIONS]


def _bare_extraction(tree: HtmlElement, url: str | None, favor_recall: bool = True) -> Document | None:
    """trafilatura's text; None when it finds no text, so the caller can retry with the other setting. Recall
    first: on news and blog pages its balanced setting more often drops whole sections (lists, subheaded parts,
    boxed text) than recall lets boilerplate in, and it runs no slower. Comments are not the article: leaving them
    out also spares a pass over the page."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                      favor_recall=favor_recall)
    return doc if isinstance(doc, Document) else None


def _metadata(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's metadata of the page (title, author, address, date by htmldate, site name) as its
    `extract_metadata` reads them, without the categories, tags and licence, which newstrace does not use and which
    cost about a fifth of that pass; the author only as the page's metadata declares it (see `_metadata_author`)."""
    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author and not source_alone(meta.author):
        meta.author = None  # a login's ("admin"), not an agency's ("AFP") nor a carried outlet's ("RT")
    with suppress(Exception):  # trafilatura's own guard: its JSON-LD reader fails on some pages' data
        meta = tm.extract_meta_json(tree, meta)
    meta.title = meta.title or tm.extract_title(tree)
    meta.url = meta.url or tm.extract_url(tree, url)
    meta.date = find_date(tree, **_DATE_PARAMS, url=meta.url)
    meta.sitename = meta.sitename or tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (host := tm.META_URL.match(meta.url)):
        meta.sitename = host[1]
    meta.clean_and_trim()
    return meta


def _metadata_author(tree: HtmlElement, meta: Document) -> str | None:
    """trafilatura's author: the declared one, else its search of the page's bylines, which is asked for only
    when newstrace's own sources (JSON-LD, labelled bylines) name no one; as costly as the rest of the metadata."""
    if meta.author:
        return str(meta.author)
    if not _names_an_author(tree):
        return None
    found = Document()
    found.author = tm.extract_author(tree)
    found.clean_and_trim()
    return found.author


def _names_an_author(tree: HtmlElement) -> bool:
    """Whether an element of the page is named as trafilatura's byline search looks for, by its class, id, itemprop,
    rel, data-testid or data-component, or is an <author> or <rel> element: the search finds no one on a page with
    none. Its patterns run as Python callbacks on every element of a copy of the page; these words are looked up
    in all the page's names at once."""
    if _AUTHOR_ELEMENTS(tree):
        return True
    return _AUTHOR_NAMING.search(" ".join(_NAMES(tree)).lower()) is not None


def _fuller_text(tree: HtmlElement, text: str, url: str | None = None) -> str:
    """A short extraction is where trafilatura most often stops at a subheading, a table or a teaser: its
    balanced setting when that finds much more (the recall setting sometimes settles on a smaller box), else
    its baseline (the publisher's declared articleBody, the <article> element or all paragraphs) when that
    does, and the page's paragraphs when even that leaves a stub."""
    words = len(text.split())
    # Every other reading is drawn from what the page holds: one that holds too few words to give much more is
    # spared them all, a second extraction with its fallbacks among them.
    if words >= _SHORT_WORDS or _page_words(tree) <= _FULLER * words:
        return text
    balanced = _bare_extraction(tree, url, favor_recall=False) if words < _BRIEF_WORDS else None
    if balanced is not None and len((balanced.text or "").split()) > _FULLER * words:
        text = balanced.text or ""
    else:
        _, plain, _ = trafilatura.baseline(tree)
        text = plain if len(plain.split()) > _FULLER * words else text
    if len(text.split()) < _STUB_WORDS:
        paragraphs = _page_paragraphs(tree)
        return paragraphs if len(paragraphs.split()) > _STUB_FULLER * len(text.split()) else text
    return text


def _page_words(tree: HtmlElement) -> int:
    """The words the page holds for a reader or an extractor: its text outside scripts and styles, the article
    its JSON-LD declares, and the posts a forum preloads in an attribute."""
    return len(" ".join(_PAGE_TEXT(tree)).split())


def _page_paragraphs(tree: HtmlElement) -> str:
    """The page's paragraphs of running text, outside its navigation, header, footer and asides."""
    texts = (" ".join(p.text_content().split()) for p in tree.xpath(_PAGE_PARAGRAPHS))
    return "\n".join(t for t in texts if len(t.split()) >= _MIN_PARAGRAPH_WORDS)


def _parse(content: str) -> HtmlElement | None:
    try:
        tree = trafilatura.load_html(content)
    except ValueError:
        return None
    if tree is not None and _cut_at_depth_limit(tree):
        with suppress(ParserError):
            tree = document_fromstring(_NOT_XML.sub("", content).encode("utf-8", "surrogatepass"), parser=_DEEP_PARSER)
    if tree is not None and _laid_out_in_table(tree):
        _untable(tree)
    return tree


def _laid_out_in_table(tree: HtmlElement) -> bool:
    return any(sum(len(text.split()) for text in _OWN_TEXT(cell)) >= _LAYOUT_CELL_WORDS and _FRAME(cell)
               for cell in tree.iter("td"))


def _untable(tree: HtmlElement) -> None:
    """An older site lays its whole page out in a table, the article in one of its cells: trafilatura reads that as a
    table of data and gives its rows back as one line each, menus and all. Its rows and cells as blocks, the page
    reads as a page."""
    for element in tree.iter(*_TABLE_TAGS):
        element.tag = "div"


def _cut_at_depth_limit(tree: HtmlElement) -> bool:
    """Whether libxml2 stopped at its depth limit: the page's last element is then the one at the limit,
    where a whole page ends in a shallow footer or script."""
    depth, element = 0, tree
    while len(element):
        element, depth = element[-1], depth + 1
    return depth >= _DEPTH_LIMIT


def _site_name(sitename: str | None, title: str | None, url: str | None) -> str | None:
    """trafilatura's name of the site, unless it is the page's own title (read from the <title> of a page that
    names no site): then the part of that title that spells the URL's domain, else the URL's host."""
    if sitename and not (title and holds_headline(sitename, title)) and (brand := site_brand(sitename)):
        return brand
    host = url_host(url)
    for text in (title, sitename) if host else ():
        if text and (site := title_site(text, host)):
            return site
    return host or None


def _source_lines(tree: HtmlElement) -> list[str]:
    """The short lines of the page that say where its story comes from ("Source: RT" with the name as a link, which
    the extraction drops), as credit lines."""
    lines = (" ".join(label.getparent().text_content().split()) for label in _SOURCE_LABELS(tree)
             if not label.is_tail)
    return list(dict.fromkeys(line for line in lines if len(line) < _SOURCE_LINE_CHARS))


def _home_link_name(tree: HtmlElement) -> str | None:
    """The publication's name that the link to the site's front page carries, as text or as its logo's alternative
    text ("The Example Times" over a tagline), on a page that states neither its name nor its address."""
    for link in _HOME_LINKS(tree):
        for text in (link.text_content(), *link.xpath(".//img/@alt")):
            if press_name(name := " ".join(str(text).split())):
                return name
    return None


def _notice_holder(tree: HtmlElement) -> str | None:
    """The site a page that states neither its name nor its address names in its footer's copyright notice ("©
    2026 Example Times"), as a page saved from a browser may be."""
    elements = tree.xpath(_FOOTER_NOTICES)[:_MAX_NOTICES] or tree.xpath(_LAST_NOTICE)
    notices = [" ".join(el.text_content().split()) for el in elements]
    return site_name(notices) if notices else None


def _published(markup: Markup, nodes: list[dict[str, Any]], found: str | None, fetched: str | None) -> str | None:
    """The page's original date from its markup unless it is the page's modification date, else the
    structured publication date, else the first date written out in the page ("March 4, 2025", or a numeric
    dateline); a numeric date in the order the page states it unambiguously. A story date the page shows well
    before the declared one is the story's. The crawl day is never a publication date unless the page
    declares it."""
    modified = modified_dates(markup, nodes)
    declared = jsonld_published(nodes) or meta_published(markup)
    picked = _unless(iso_date(found), modified)
    if picked and picked != declared and picked not in written_days(markup):
        # htmldate's pick among every date in the markup (an image path, a script) that the page neither
        # declares nor shows its reader is a guess; the page's own dates win over it, and no date over a guess.
        picked = None
    if not declared:
        # The first <time datetime> outside lists of other stories is the date the page shows its reader.
        picked = _unless(first_time(markup), modified) or picked
    day = _written_order(picked or declared, markup, declared) or visible_date(markup) or numeric_dateline(markup)
    if day and day == declared and (shown := shown_date(markup)) and _days_between(shown, day) > _TIME_ZONE_DAYS:
        # No story runs after the date printed on it. Metadata declaring a later day stamps when this copy was
        # loaded: a site moved to a new system, a story syndicated or imported. A day apart is a time zone.
        day = shown
    # A date that only shows on the page on the day it was fetched may be the masthead's "today"; a news crawl
    # fetches stories on the day they run, and the date the page declares for the story stands.
    if day and fetched and fetched.startswith(day) and day != declared:
        return None
    return day


def _days_between(earlier: str, later: str) -> int:
    """Days from one date to another; 0 unless both name a day."""
    if len(earlier) < 10 or len(later) < 10:
        return 0
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _written_order(day: str | None, markup: Markup, declared: str | None) -> str | None:
    """A numeric date whose day could be its month ("2025-04-09" from "04/09/2025") is read in the order
    the page states the same date unambiguously: in its declared ISO date or written with the month's name."""
    if not day or len(day) < 10 or int(day[8:]) > 12:
        return day
    swapped = f"{day[:4]}-{day[8:]}-{day[5:7]}"
    return swapped if swapped != day and swapped in (declared, visible_date(markup)) else day


def _unless(day: str | None, excluded: set[str]) -> str | None:
    return day if day and day not in excluded else None


def _language(tree: HtmlElement) -> str | None:
    for value in tree.xpath("/html/@lang | //meta[@property='og:locale']/@content"
                            " | //meta[@http-equiv='content-language']/@content"):
        code = value.strip().replace("_", "-").split("-")[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None
