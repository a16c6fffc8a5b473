"""The article's own paragraphs from trafilatura's extraction, with what it lets through removed and what it
skips inside the article put back.

trafilatura returns plain text; each paragraph is traced back to the page element that holds the same text,
so that the page's markup can judge it: the box it sits in and that box's name, and the article's container
(the innermost element that holds most of the traced text).
"""

from __future__ import annotations

import re
from collections import Counter, deque
from itertools import islice

from lxml.html import HtmlElement

from newstrace.extract.credits import dated_name
from newstrace.extract.html_meta import DATED_BYLINE_WORDS, same_words
from newstrace.extract.paragraphs import without_pull_quotes
from newstrace.extract.text_dates import DATE_LABEL, find_date
from newstrace.extract.text_lines import (
    about_heading,
    boilerplate,
    furniture_alone,
    is_pointer,
    site_notice,
    without_end_mark,
)

# A repeated paragraph this long is the page's second copy (mobile and desktop layouts, a teaser of the
# article above it), never the writer's own repetition; short ones ("Pros", "Step 1") may repeat.
_MIN_REPEAT_WORDS = 5
# A date line over the text ("Friday, December 4, 2026"); a notice or a bar of links under it.
_DATE_LINE_WORDS = 6
_FURNITURE_WORDS = 25
_AD_LABEL = re.compile(r"\W*(?:advertisements?|advertising)\W*")  # an ad box's label, in any case
# The headline sits at the top of the extracted text, above or below a kicker or byline.
_HEADLINE_ZONE = 3
# Social posts embedded in the page: another's words set in it as a quotation of them, under their own signature and
# date. The platforms' embed code names its block so.
_EMBEDS = ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "reddit-embed")
# Boxes that publishers name for what is not the article: calls to action, author boxes, pop-ups and
# modals, carousels of other stories, promotions, disclosures, cookie and privacy notices, sign-up forms,
# footnotes, photo captions and embedded posts. Matched as whole words of the class or id, on the paragraph's
# element and its three nearest ancestors.
_NOT_ARTICLE = re.compile(r"(?<![a-z])(cta|author|bio|modal|popup|carousel|promo|disclosure|cookie|privacy|subscribe"
                          r"|signup|read-?more|footnotes|caption|" + "|".join(_EMBEDS) + r")(?![a-z])", re.I)
# A post's line breaks split it into paragraphs that no one element holds: those are found by their text.
_EMBEDDED_POSTS = "//blockquote[" + " or ".join(f"contains(@class, '{name}')" for name in _EMBEDS) + "]"
_BOX_DEPTH = 3
# Readers' comments, which the extraction leaves out, sit inside the article's container on many pages.
_COMMENTS = re.compile(r"comment|repl(y|ies)", re.I)
# The article's container holds this share of the traced words. Paragraphs that trafilatura appends after
# the container closes are the page's next block (related stories, a newsletter box, the author's other
# posts), not more of the article.
_CONTAINER_SHARE = 0.75
# A line this short from outside the container labels the page around the article.
_MAX_LABEL_WORDS = 5
# A closing run of this many lines that are all link text (this share of their characters) is a link list.
_MIN_LINK_RUN = 3
_LINKED_SHARE = 0.9
# Elements that never hold a paragraph; passing over them (an icon's many <path>s) halves the indexing.
_NO_TEXT = frozenset(("script", "style", "noscript", "template", "head", "meta", "link", "svg", "path", "img", "br",
                      "iframe"))
# Elements whose text is longer than this are page sections, never one paragraph.
_MAX_PARAGRAPH_CHARS = 3000
# What trafilatura skips inside the container and is put back: running text and subheadings.
_SKIPPED_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6")
_MIN_SKIPPED_WORDS = 8
_MIN_HEADING_WORDS = 2
# A skipped element whose word triples the extraction mostly has already is a second copy (a tooltip's
# text, a pull quote), not a skipped paragraph.
_MAX_SEEN_TRIPLES = 0.5
_WORD = re.compile(r"\w+")

Traced = list[tuple[str, HtmlElement | None]]


def body_paragraphs(text: str, title: str | None, tree: HtmlElement | None = None) -> list[str]:
    """The extracted paragraphs without the headline, a second copy of the text, a site's notices, paragraphs from
    boxes named as boilerplate and paragraphs appended after the article's container; with the paragraphs and
    subheadings inside the container that the extraction skipped."""
    # A rule set as a paragraph ("___", "* * *") separates the story from its notes; it says nothing.
    # A pointer to another story between the paragraphs ("Related news: ...") is none of them.
    paragraphs = _unique([without_end_mark(line.strip()) for line in text.split("\n")
                          if any(c.isalnum() for c in line) and not _furniture(line.strip())])
    # An author's box or a press release's boilerplate about its issuer closes the text, as in a dump.
    paragraphs = paragraphs[:next((i for i, p in enumerate(paragraphs) if i and about_heading(p)), len(paragraphs))]
    if title:
        paragraphs = _under_headline(paragraphs, title)
    # The date line under the headline is the text's edge too.
    paragraphs = _without_edges(paragraphs)
    if tree is None or not paragraphs:
        return paragraphs
    index = _element_index(tree)
    traced: Traced = [(p, index.get(_key(p))) for p in paragraphs]
    if title and (headline := next((h for h in tree.iter("h1", "h2") if _key(h.text_content()) == _key(title)),
                                   None)) is not None:
        traced = _below(traced, headline)
    posts = [_key(post.text_content()) for post in tree.xpath(_EMBEDDED_POSTS)]
    in_box = _BoxTest()
    traced = [(p, el) for p, el in traced
              if (not in_box(el) if el is not None else not any(_key(p) in post for post in posts))]
    container = _container(traced)
    if container is None:
        return [p for p, _ in traced]
    traced = _without_closing_links(_within_container(traced, container))
    return without_pull_quotes(_with_skipped(traced, container, title, in_box))


def _under_headline(paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs without the headline and the kicker or breadcrumb's labels over it ("Environment")."""
    at = next((i for i, p in enumerate(paragraphs[:_HEADLINE_ZONE]) if same_words(p, title)), 0)
    return [p for i, p in enumerate(paragraphs) if i >= _HEADLINE_ZONE
            or not (same_words(p, title) or (i < at and len(p.split()) <= _MAX_LABEL_WORDS))]


def _without_edges(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the page's date line over them and the furniture under them ("ADVERTISEMENT", "©
    2026 Example Times", "Posted on 04/12/2026 • Print"), which an extraction of a page with no marked article or
    footer keeps."""
    start, end = 0, len(paragraphs)
    first = paragraphs[0] if paragraphs else ""
    if end > 1 and find_date(first) and not first.endswith(":") and (
            len(first.split()) <= _DATE_LINE_WORDS or (len(first.split()) <= DATED_BYLINE_WORDS and dated_name(first))):
        start = 1  # "Effective beginning 6/2/2025:" opens the text under it; "AFP · Published 24 Dec 2026" is a byline
    while end - start > 1 and len(words := paragraphs[end - 1].split()) <= _FURNITURE_WORDS and (
            furniture_alone(paragraphs[end - 1]) or (DATE_LABEL.match(words[0]) and find_date(paragraphs[end - 1]))):
        end -= 1
    return paragraphs[start:end]


def _furniture(line: str) -> bool:
    """A site's notice, a pointer to another story ("Related news: ..."), boilerplate ("Follow X on Google News") or
    an advertisement's label between the paragraphs: none of the article's paragraphs."""
    lower = line.lower()
    return site_notice(lower) or is_pointer(line) or boilerplate(lower) or _AD_LABEL.fullmatch(lower) is not None


def _unique(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        key = " ".join(paragraph.lower().split())
        if key in seen and len(paragraph.split()) >= _MIN_REPEAT_WORDS:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _key(text: str) -> str:
    # trafilatura writes list items as "- item"; the page's element holds only the item.
    text = text[2:] if text.startswith("- ") else text
    return " ".join(text.split()).lower()


def _below(traced: Traced, headline: HtmlElement) -> Traced:
    """The paragraphs without the short ones the page sets above its headline, which the extraction kept though it
    left the headline out (the logo's "Example Briefs"); by the lines of the page's source, where they differ."""
    start = 0
    while start + 1 < len(traced) and (element := traced[start][1]) is not None \
            and len(traced[start][0].split()) <= _MAX_LABEL_WORDS and element.sourceline and headline.sourceline \
            and element.sourceline < headline.sourceline:
        start += 1
    return traced[start:]


def _element_index(tree: HtmlElement) -> dict[str, HtmlElement]:
    """Each text of the page's elements -> the outermost element holding exactly that text."""
    index: dict[str, HtmlElement] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NO_TEXT:
            continue
        # An element without children holds its own text alone, read without the XPath engine.
        text = element.text_content() if len(element) else element.text or ""
        if len(text) <= _MAX_PARAGRAPH_CHARS:
            index.setdefault(" ".join(text.split()).lower(), element)
    return index


class _BoxTest:
    """Whether an element or one of its nearest ancestors is named as a box that is not the article; each element's
    names are read once, as a page's paragraphs share their ancestors."""

    def __init__(self) -> None:
        self._named: dict[HtmlElement, bool] = {}

    def __call__(self, element: HtmlElement) -> bool:
        return any(self._is_named(e) for e in (element, *islice(element.iterancestors(), _BOX_DEPTH)))

    def _is_named(self, element: HtmlElement) -> bool:
        named = self._named.get(element)
        if named is None:
            named = self._named[element] = _NOT_ARTICLE.search(_names(element)) is not None
        return named


def _names(element: HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _container(traced: Traced) -> HtmlElement | None:
    """The innermost element that holds the set share of the traced paragraphs' words."""
    weight: Counter[HtmlElement] = Counter()
    total = 0
    for paragraph, element in traced:
        if element is not None:
            words = len(paragraph.split())
            total += words
            for ancestor in element.iterancestors():
                weight[ancestor] += words
    holders = [a for a, w in weight.items() if total and w >= _CONTAINER_SHARE * total]
    return max(holders, key=_depth, default=None)


def _within_container(traced: Traced, container: HtmlElement) -> Traced:
    """Up to the last paragraph inside the container; after it, only those that cannot be traced. Before
    it, a label from outside the container ("Share", "Advertisement", a section name) goes too."""
    inside = [el is not None and _within(el, container) for _, el in traced]
    last = max((i for i, flag in enumerate(inside) if flag), default=len(traced))
    return [(p, el) for i, (p, el) in enumerate(traced)
            if el is None or inside[i] or (i < last and len(p.split()) > _MAX_LABEL_WORDS)]


def _without_closing_links(traced: Traced) -> Traced:
    """Without a closing run of lines that are nothing but links: a list of related stories or of the
    site's sections, not the article's ending."""
    end = len(traced)
    while end > 0 and (element := traced[end - 1][1]) is not None and _all_link(element):
        end -= 1
    return traced[:end] if len(traced) - end >= _MIN_LINK_RUN else traced


def _all_link(element: HtmlElement) -> bool:
    text = len("".join(element.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return text > 0 and linked >= _LINKED_SHARE * text


def _with_skipped(traced: Traced, container: HtmlElement, title: str | None, in_box: _BoxTest) -> list[str]:
    """The paragraphs, with the container's paragraphs and subheadings that the extraction skipped between
    its first and last traced paragraph put back in page order; not the headline, taken out under a kicker
    ("FACT CHECK" / the headline / the text)."""
    order = {el: i for i, el in enumerate(container.iter())}
    positions = [order.get(el) if el is not None else None for _, el in traced]
    known = [i for i in positions if i is not None]
    if not known:
        return [p for p, _ in traced]
    first, last = min(known), max(known)
    seen = _triples(" ".join(p for p, _ in traced))
    kept = {el for _, el in traced if el is not None}
    skipped = deque(sorted((order[el], text) for el in container.iter(*_SKIPPED_TAGS)
                           if first < order[el] < last and (text := _skipped_text(el, kept, seen, in_box)) is not None
                           and not (el.tag == "h1" and title and same_words(text, title))))
    paragraphs: list[str] = []
    for (paragraph, _), position in zip(traced, positions, strict=True):
        while skipped and position is not None and skipped[0][0] < position:
            paragraphs.append(skipped.popleft()[1])
        paragraphs.append(paragraph)
    return paragraphs


def _skipped_text(element: HtmlElement, kept: set[HtmlElement], seen: set[tuple[str, ...]],
                  in_box: _BoxTest) -> str | None:
    """The element's text when it is running text or a subheading that the extraction skipped."""
    if element in kept:
        return None
    text = " ".join(element.text_content().split())
    minimum = _MIN_HEADING_WORDS if element.tag[0] == "h" else _MIN_SKIPPED_WORDS
    if len(text.split()) < minimum or is_pointer(text):
        return None
    triples = _triples(text)
    if len(triples & seen) > _MAX_SEEN_TRIPLES * len(triples) or in_box(element):
        return None
    if next(element.iter("script", "style"), None) is not None:
        return None
    if any(a in kept or _COMMENTS.search(_names(a)) for a in element.iterancestors()):
        return None
    return text


def _triples(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], words[2:], strict=False)) if len(words) > 2 else {tuple(words)}


def _depth(element: HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


def _within(element: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in element.iterancestors())
