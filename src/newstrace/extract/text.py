"""Plain-text dumps of rendered pages -> `Article`.

A dump is the whole page flattened to lines: menus, share bars, headline lists, newsletter boxes, the
article, "READ ALSO" links, comment forms and footers. Each line gets a class from its own text
(`text_lines.classify`: length, punctuation, stop-word and furniture-word density, link share, section
labels); lines that repeat on other pages of the same outlet in the run are furniture. The article is the
contiguous run of lines with the highest score: running text counts for it, furniture against it, a
long run of short lines (a menu) costs more with every line, and a section's heading ("Related Articles")
costs as much as a few paragraphs. The text of a list of dated items (teasers, comments) after the
article's counts for nothing, and a run that goes on into such a list ends where the list begins. The
headline is the best headline-like line just above the run or among its first lines; the body starts after
it. Inside the run, in-body furniture is dropped: bylines and date lines, pointers to other stories and the
teasers after them, captions, embedded posts and headings that repeat the next paragraph's opening. Dates,
bylines, credits and the site's name are read around the headline and the run (`text_meta`, `credits`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from itertools import islice, pairwise

from newstrace.extract.credits import (
    BYLINE_LABELS,
    apply_credits,
    byline_names,
    credit_note,
    dateline,
    desk_with_line,
    desk_words,
    is_role,
    known_source,
    may_be_byline,
    name_of_paper,
    paper_name,
    person_line,
    place_line,
    placed_byline,
    press_name,
    reporting_from,
    same_house,
    signed_off_by,
    signs_off,
    titled_source,
    uncapitalised,
    writers_paper,
)
from newstrace.extract.paragraphs import without_pull_quotes, words_key
from newstrace.extract.pipeline import ExtractContext
from newstrace.extract.text_dates import AGE, DATE_LABEL, MONTHS, find_date, in_house_order
from newstrace.extract.text_lines import (
    BARRIER,
    GOOD,
    JUNK,
    LETTER,
    META,
    NEAR,
    PUNCT,
    RELATED,
    SHORT,
    Line,
    caption_words,
    classify,
    count_stops,
    credited_picture,
    is_bare_pointer,
    is_caption,
    is_embed_signature,
    is_pointer,
    opens_comments,
    source_lines,
    split_lines,
)
from newstrace.extract.text_meta import (
    GREETING,
    HEADLINE_WORDS,
    agency_line,
    authors,
    boxed_author,
    content_words,
    known_site_name,
    language,
    notice_words,
    outlet,
    pick_title,
    place_after_date,
    place_before_date,
    prose_sample,
    published,
    restore_own_headline,
    speaks_of_a_person,
    title_case,
    url_host,
    wire_notice,
)
from newstrace.gazetteer import name_key, places
from newstrace.languages import STOPWORDS, commonest_short_words, declines
from newstrace.models import Article, Page
from newstrace.sources import agency, ambiguous

_VALUE: dict[int, Callable[[Line], float]] = {
    GOOD: lambda line: min(line.words, 120) * (1.0 - line.link_ratio),
    NEAR: lambda line: 0.5 * line.words,
    SHORT: lambda line: -0.5 if line.heading else (-1.5 if line.bullet else -1.0),
    META: lambda line: -2.0,
    RELATED: lambda line: -3.0,
    JUNK: lambda line: -3.0 - 0.3 * line.words,
    # A section's heading ("Related Articles", "Newsletter") ends the article unless several paragraphs follow
    # it (`_heading_cost`).
    BARRIER: lambda line: -120.0,
}
_INLINE_HEADING = -25.0
# A menu of cards: this many (name, blurb) pairs at least, names (a teaser's headline at most) and blurbs at most this
# many words long.
_CARDS, _CARD_WORDS = 3, (12, 30)
# Under a section's heading ("Popular articles") the cards may be longer: the heading says what they are.
_HEADED_CARD_WORDS = (16, 45)
# A card's name glued to its blurb, as a page's text draws a link's two spans with no space between ("Unified
# DataUnify data across search..."): the glue within this many characters of the line's start.
_CARD_GLUE = re.compile(r"[a-z][A-Z][a-z]")
_GLUE_REACH = 60
_JOINER_LETTERS = 3  # "of", "for", "and": words a name leaves in lower case
# Each further line in a run of short lines costs more: a long menu parts two texts, a short list does not.
# Rows of a table are longer than menu items and do not count.
_GAP_COST = 0.1
_DATA_ROWS = 10  # rows of figures in a run that make a table
_GAP_CAP = 40
_GAP_WORDS = 5
# Prose words after which a dated line no longer belongs to the article's head (a deck is shorter).
_LISTING_AFTER_WORDS = 60
# A list: this many dated lines, each within this many lines of the one before.
_LISTING_ITEMS = 3
_LISTING_GAP = 12
_SAME_ITEM = 3  # a byline, a date and an "Updated" line of one item
_SIGN_UP = re.compile(r"(?:sign up|subscribe)\b.{0,40}\b(?:newsletter|briefing|bulletin|digest|updates)\b", re.I)
_RESUME_REACH, _RESUME_NAMES = 8, 2  # lines around a heading, names the text on both sides shares
_BOX_LINES = 3  # a "Read more" box's lines under its label: the picture's caption, the headline
_ITEM_WORDS = 100  # of running text between two items: more is an article under its byline
_DATELINE_WORDS = 8  # a city, its country or state, and the agency
_BOX_REACH = 3  # lines from an author box's name or label down to their blurb
# A video player's button that names its clip, and how far under it the clip's title and its summary stand.
_PLAY_VIDEO = re.compile(r"(?i:(?:click to )?(?:play|watch) (?:the )?video)\s*:\s*['‘’\"“](?P<title>.+)['’\"”]$")
_VIDEO_REACH, _BLURB_WORDS = 3, 60
_BYLINE_NAME_WORDS, _ROLE_WORDS = 4, 3  # a byline's name, and its job ("senior political correspondent")
_DESK_WITH_WORDS = 8  # "Example World and Agencies"
_TAG_MASTHEAD_LINES = 3  # the page's first lines, where a masthead the dateline's tag names stands
_CLOSING_STOPS = frozenset('.!?"”’:;)')
# The label of an editor's note set over the byline ("Update, March 10, 2026, 9:05 a.m. ET:", "Correction:").
_NOTE_LABEL = re.compile(r"(?i:updated?|editor['’]?s note|correction|clarification)\b[^:]{0,60}:")
_SOURCE_NOTICE_LINES = 8  # under the text and its tags, where the notice of the source the byline credits stands
_BYLINE_BLOCK_LINES = 4  # over the text: the writer's name, the source's, the date
_WIRE_SERVICE = re.compile(r"(?i:wire|news service)$")
# The words of a notice that closes copy sold or lent by another house, which a page sets among its footer's lines.
_REPRINT_NOTICES = ("distributed by", "permission of", "permission from")
_READ_MORE = "read more at "  # a link to where the copy came from ("Read more at RT"), which also ends the text
_HEAD_LABELS = 2  # lines that are no sentences, besides buttons, between the byline block and the first paragraph
_BYLINE_NOTE_WORDS, _BYLINE_NOTE_OPENING = 40, 3  # a note on the writer: its words, and those that name them
_BIO_OPENING = re.compile(r"(?P<name>(?:(?:Dr|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:is|was|has|holds) ")
_NORM = re.compile(r"\W+")
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['’]s?$")
# A comment's or teaser's age ("Jo · 2 days ago"): it dates an item as a date line does.
_AGE_WORDS = 6
# A picture's credit alone on the line under its caption ("Image: Jane Doe", "Photo: Jane Doe/Agency").
_PICTURE_CREDIT = re.compile(
    r"(?i:image|photo|picture|photograph)\s*(?i:credit)?\s*:\s*[A-Z][\w.'’-]*(?:[ /][\w.'’-]+){0,4}")
_WIRE_NOTICE_LINES = 3  # under the text, where an agency's copyright notice closes its copy
_PLACE_ABOVE_LINES = 2  # a dateline and the date line over it
_PLACED_BYLINE_WORDS = 8  # "Cairo - Jane Doe", "Beirut - Example Daily"
_ARTICLE_LINES, _KEY_WORDS = 3, 15  # a page's long sentences tell its article from another of the outlet's
_LEDE_WORDS = 12
_DATE_WORDS = 12  # of a date line without a label; with one, up to a byline's 20
_DATE_LABEL_WORDS = 4  # a date's label alone on its line ("Last updated on:")
# The small words of a date line besides the date: labels, times, a reading time, the writer's job.
_DATE_LINE_SMALL = frozenset([
    "the", "and", "from", "updated", "published", "posted", "last", "modified", "edited", "min", "mins", "read",
    "reading", "time", "minutes", "ago", "hours", "hour", "days", "day", "staff", "writer", "reporter", "editor",
    "correspondent",
])
# A headline that ends with its date ("Transcript: Minister Doe's press conference on fares, 9 March 2026") or a
# sentence that names one has this many words in small letters of its own (of three letters or more).
_HEADLINE_SMALL_WORDS = 3
# Repeated lines of running text are furniture only when most of the outlet's pages carry them.
_PROSE_REPEAT_SHARE = 0.5


def line_repeats(pages: Iterable[Page], site_names: dict[bytes, str | None]) -> tuple[dict[str, dict[str, int]],
                                                                                      dict[str, int]]:
    """Per outlet (URL host, else the site name the page shows): on how many of its pages each line that
    appears on more than one of them is found, and how many pages the outlet has in the run. Pages whose
    outlet cannot be told are left out: a line shared by two outlets is as likely a wire story's
    paragraph as furniture. One pass that keeps no page: a crawl need not fit in memory. The site names read on
    the way are kept in `site_names` (see `known_site_name`)."""
    lines_of: dict[str, Counter[str]] = {}
    # An outlet's lines while it has one page in the run, when none can repeat yet: counted once a second
    # page comes (most outlets of a pile of pages on one story have one page each).
    first_lines: dict[str, set[str]] = {}
    pages_of: Counter[str] = Counter()
    seen: set[tuple[str, frozenset[str]]] = set()
    for page in pages:
        if key := outlet_key(page, site_names):
            lines = source_lines(page.content)
            # One article saved twice is counted once: its own lines are no furniture of the outlet's.
            if article := _article_key(lines):
                if (key, article) in seen:
                    continue
                seen.add((key, article))
            pages_of[key] += 1
            if key in lines_of:
                lines_of[key].update(lines)
            elif key in first_lines:
                lines_of[key] = Counter(first_lines.pop(key))
                lines_of[key].update(lines)
            else:
                first_lines[key] = lines
    repeats = {key: shared for key, lines in lines_of.items() if (shared := {t: n for t, n in lines.items() if n > 1})}
    return repeats, dict(pages_of)


def _article_key(lines: set[str]) -> frozenset[str]:
    """The page's long sentences, which tell its article from the outlet's others (empty when it has too few to
    tell by): the same article fetched twice (under two addresses, or in two files) has the same."""
    sentences = frozenset(line for line in lines if line[-1] in ".!?\"”" and line.count(" ") >= _KEY_WORDS)
    return sentences if len(sentences) >= _ARTICLE_LINES else frozenset()


def outlet_key(page: Page, site_names: dict[bytes, str | None]) -> str:
    """The outlet a page's lines are counted under. The site's name is read from the dump's lines as written:
    `prepare` need not parse every page for it, and `extract` finds the same name."""
    if host := url_host(page.url):
        return host
    name = known_site_name([stripped for raw in page.content.splitlines() if (stripped := raw.strip())], site_names)
    return _NORM.sub("", name.lower()) if name else ""


def extract_text(page: Page, context: ExtractContext) -> Article:
    lines = split_lines(page.content)
    article = Article(id=page.id, path=page.path, url=page.url, kind="text")
    if not lines:
        return article
    article.language = language(lines)
    if declines(article.language):
        for line in lines:
            line.declined = True
    # Features and classes depend on a line's text alone: a line written twice is worked out once.
    distinct = list({id(line): line for line in lines}.values())
    stoplist = STOPWORDS.get(article.language or "en") or commonest_short_words(prose_sample(lines))
    _classify(distinct, stoplist, page, context)
    _demote_cards(lines)
    _demote_glued_cards(lines)
    _demote_listings(lines)
    _mark_author_boxes(lines)
    _mark_video_blurbs(lines)
    _mark_byline_notes(lines)
    _mark_bare_bylines(lines)
    start, end = _best_region(lines)
    end = _before_comments(lines, start, _before_listing(lines, start, end))
    restore_own_headline(lines, start)
    notice, noticed_source = _wire_notice(lines, start, end)
    # An agency's notice closing its copy names the copy's source, not the site.
    article.outlet = outlet([line for i, line in enumerate(lines) if i != notice], page.url, context.site_names)
    title = pick_title(lines, start, page.url, article.outlet)
    if title is not None and start <= title <= end:
        start = _past_byline(lines, title + 1, end)
        # A deck right under the headline, then the byline block (the headline / the deck / "Reuters" / the date /
        # buttons / topics / the text).
        deck = start == title + 1 <= end and lines[start].kind == GOOD
        start = _past_deck(lines, start, end, title) if deck else _to_first_paragraph(lines, start, end)
    elif title is not None and title < start:
        start = _past_deck(lines, start, end, title)
    article.title = lines[title].text if title is not None else None
    article.body = _body(lines, start, end, article.title)
    carried = titled_source(article.title) if article.title else None
    if carried:
        article.title = carried[0]
    if article.body and (under := _sign_off_under(lines, end)):
        article.body.append(under)  # an agency's sign-off under the text: `apply_credits` reads it there
    if article.body and (lead := _dateline_above(lines, start, title)):
        article.body[0] = f"{lead} {article.body[0]}"
    elif article.body:
        article.dateline = _place_above(lines, start, title)
    article.captions = _captions(lines, start if title is None else title, end)
    day, clock = published(lines, title, start, end)
    article.published = in_house_order(day, page.content, article.language)
    article.published_at = f"{article.published}T{clock}" if clock and article.published else None
    article.authors = authors(lines, title, start, end, article.outlet)
    # The agency once, however the byline and the line over it spell it ("The Associated Press" over "Story by
    # Jane Doe, AP").
    if (wire := _agency_credit(lines, title, start)) and agency(wire) not in map(agency, article.authors):
        article.authors.append(wire)
    if article.outlet is None and article.body and (tag := dateline(article.body[0])[1]) and any(
            line.text == tag for line in lines[:_TAG_MASTHEAD_LINES]):
        # A masthead that the dateline's tag names ("UzA" over "Tashkent (UzA) --"): the site's own copy, which may
        # still cite an agency it retells.
        article.outlet = tag
    apply_credits(article, _credit_lines(lines, title, start, end))
    article.origin = article.origin or _provider(lines, title, article.outlet) or noticed_source
    if carried and not article.origin and not same_house(carried[1], article.outlet):
        article.origin = carried[1]
    return article


def _sign_off_under(lines: list[Line], end: int) -> str | None:
    """An agency's sign-off right under the text, or under the writer's address ("Write to Jane Doe at ...")."""
    for line in lines[end + 1: end + 3]:
        if signed_off_by(line.text) or signs_off(line.text):
            return line.text
        if "@" not in line.text:
            return None
    return None


_FOLLOW_BUTTONS = frozenset({"follow", "+ follow", "following"})


def _wire_notice(lines: list[Line], start: int, end: int) -> tuple[int | None, str | None]:
    """The line right under the text that is a news agency's copyright notice on another site's page, or the notice
    of the outlet the byline block credits, and the agency or the outlet; a footer's notice further down is the site
    owner's ("©2019 Thomson Reuters/Tax & Accounting")."""
    reach = min(len(lines), end + 1 + _SOURCE_NOTICE_LINES)
    notices = [i for i in range(end + 1, reach) if notice_words(lines[i].text)]
    texts = [line.text for line in lines] if notices else []  # most pages have no notice there
    credits = texts[max(1, start - _BYLINE_BLOCK_LINES): start]
    # The notice of the source the byline credits may stand under the story's tags too.
    return next(((i, wire) for i in notices if (wire := wire_notice(
        texts[i], texts, credits, agencies=i <= end + _WIRE_NOTICE_LINES))), (None, None))


def _provider(lines: list[Line], title: int | None, site: str | None) -> str | None:
    """The publication a portal shows over another's story, set right above its headline under the portal's own
    masthead and menu ("Yahoo News" ... "The Coastline Herald" / the headline), or right under it over the date (the
    headline / "The Harare Herald" / "4 December 2026"): the story is that publication's."""
    if title is None or title < 2:
        return None
    # The standfirst may stand between the headline and the byline block.
    deck = title + 1 < len(lines) and lines[title + 1].kind == GOOD
    under = lines[title + 1 + deck: title + 3 + deck]
    # A follow button may stand between the publication's name and the headline ("Westbury Courier" / "Follow").
    above = title - 2 if lines[title - 1].lower in _FOLLOW_BUTTONS else title - 1
    # The line under the two: a date line, where the writer's name stands between it and the publication's.
    date_third = title + 3 + deck < len(lines) and lines[title + 3 + deck].kind == META
    # Under it, over the date, or over the writer's name and the date (the headline / "The Example Herald" / "Jane
    # Doe" / "7 December 2026").
    dated = len(under) == 2 and (under[1].kind == META or (date_third and person_line(under[1].text)))
    shown = [lines[above].text] + ([under[0].text] if dated else [])
    for name in shown:
        if name != lines[0].text and (paper_name(name) or known_source(name, strict=True)) and name_key(
                site or "") != name_key(name):
            return uncapitalised(name)
    # Or the paper the writers work for, after their names over the date (the headline / "Jane Doe, Example Times" /
    # "Published ...") or on the line under them (the headline / "Jane Doe" / "Example Today" / "Published ..."), as
    # papers run a syndicate's or their group's other papers' stories.
    employer = None
    if len(under) == 2 and under[1].kind == META:
        employer = writers_paper(under[0].text)
    elif date_third and person_line(under[0].text) and press_name(written := uncapitalised(under[1].text)):
        employer = written
    # Not the site's own paper, however the site names itself; an address ("example.com") tells too little, but of
    # a service that sells copy to others by its name ("Example NewsWire").
    return employer if employer and site and ("." not in site or _WIRE_SERVICE.search(employer)) \
        and name_key(site) != name_key(employer) \
        and not same_house(employer, site) else None


def _agency_credit(lines: list[Line], title: int | None, start: int) -> str | None:
    """An agency named alone on a line of the byline block over the text ("Australian Associated Press" under the
    writer's name), as papers credit agency copy (`_agency_alone`). One under the last paragraph is a sign-off, which
    `apply_credits` reads."""
    return next((line.text.partition("/")[0].rstrip(".")  # "QNA/Doha": the agency, filing from its city
                 for line in lines[(start if title is None else title + 1): start]
                 if line.text[0].isalpha() and _agency_alone(line)), None)


def _past_deck(lines: list[Line], start: int, end: int, title: int) -> int:
    """The first paragraph under the byline block, where the region opens with a standfirst over it, right under
    the headline or with no closing stop (long enough to read as a paragraph), or with a picture's caption and its
    credit ("Waves crash over the seafront. (AFP)", or the credit on the line under it, "Image: Jane Doe"): the deck
    is the headline's, the caption the picture's."""
    text = lines[start].text.rstrip()
    # An editor's note over the byline ("Update, March 10, 2026, 9:05 a.m. ET: ...") is the story's own.
    standfirst = lines[start].kind == GOOD and (start == title + 1 or text[-1:] not in _CLOSING_STOPS) \
        and not _NOTE_LABEL.match(text)
    credit_under = start < end and _PICTURE_CREDIT.fullmatch(lines[start + 1].text) is not None
    if not standfirst and not credit_under and not credited_picture(text):
        return start
    # Under a picture's caption, the buttons are the picture's or the page's: no paragraph stands above them.
    after = _past_byline(lines, start + 2 if credit_under else start + 1, end, begun=not standfirst)
    if standfirst and (first := _to_first_paragraph(lines, after, end)) > after and any(
            map(_signature, lines[start + 1: first])):
        after = first  # the byline among a series' label, buttons, topics
    return after if start + 1 < after <= end and lines[after].kind == GOOD else start


def _to_first_paragraph(lines: list[Line], i: int, end: int) -> int:
    """The first paragraph from line `i` on, where no more than a few lines that are not sentences stand before it
    (a series' label and name, "Series: ..." / "...", a button; a deck with no closing stop over the byline and a
    picture's caption): the page's, set between the headline and the text; else `i`."""
    labels = 0
    for j in range(i, end + 1):
        line = lines[j]
        if line.kind == GOOD:
            return j
        if line.kind in (JUNK, RELATED) or _signature(line):
            continue  # a button, a picture's caption, the byline under a deck
        labels += 1
        if labels > _HEAD_LABELS or line.kind != SHORT or line.text.rstrip()[-1:] in _CLOSING_STOPS:
            break
    return i


def _signature(line: Line) -> bool:
    """A byline or date line, or an agency's name alone on one, as a byline."""
    return line.kind == META or _agency_alone(line)


def _agency_alone(line: Line) -> bool:
    """An agency's name and nothing else, not a spelling that is as often other initials ("AA", a page's text-size
    button)."""
    return not ambiguous(line.text) and agency_line(line.text) is not None


def _past_byline(lines: list[Line], i: int, end: int, begun: bool = False) -> int:
    """The first line after the byline block that opens at line `i`, under a headline found inside the region:
    bylines and date lines, a byline's label with the name under it ("Written by" / "Jane Doe"), a date's label
    ("Last updated on:"), and the buttons and bare numbers set among them ("Share", "Leer en español", "12/04/2026"
    over "December 4, 2026"); a button between a paragraph and the next is the paragraph's ("Twitter." under a lede
    that names the tweet). `begun`: whether the block began above line `i`."""
    while i <= end:
        line = lines[i]
        if line.lower.rstrip(" :") in BYLINE_LABELS:
            i += 2
        elif _byline_line(line) or (line.kind == JUNK and (begun or _byline_after(lines, i + 1, end))):
            i += 1
        else:
            break
        begun = True
    return i


def _byline_line(line: Line) -> bool:
    return line.kind == META or (line.words <= _DATE_LABEL_WORDS and DATE_LABEL.match(line.text) is not None)


def _byline_after(lines: list[Line], i: int, end: int) -> bool:
    """Whether the first line from `i` on that is no button is a byline, a date line or a byline's label."""
    following = next((line for line in lines[i: end + 1] if line.kind != JUNK), None)
    return following is not None and (_byline_line(following) or following.lower.rstrip(" :") in BYLINE_LABELS)


def _classify(lines: list[Line], stoplist: frozenset[str], page: Page, context: ExtractContext) -> None:
    key = outlet_key(page, context.site_names) if context.repeated_lines else ""
    repeats = context.repeated_lines.get(key, {})
    outlet_pages = context.outlet_pages.get(key, 0)
    count_stops(lines, stoplist)
    for line in lines:
        kind = classify(line)
        if kind >= SHORT and _is_meta(line):
            kind = META
        elif kind == GOOD and line.words <= HEADLINE_WORDS and title_case(line):
            kind = SHORT  # a headline, however long, is no paragraph
        elif kind in (SHORT, NEAR) and line.sentence and line.words >= _LEDE_WORDS and line.text[:1].isupper() \
                and dateline(line.text)[0]:
            kind = GOOD  # a lede under its dateline, however many names it packs ("NORDDAM, LOWLAND — ...")
        seen = repeats.get(line.source, 0)
        if seen and kind > JUNK and (kind != GOOD or seen >= max(3, _PROSE_REPEAT_SHARE * outlet_pages)):
            line.own_kind, kind = kind, JUNK
        line.kind = kind


def _demote_cards(lines: list[Line]) -> None:
    """A menu of cards: a short name or a teaser's headline, one sentence about it, again and again ("MBA" /
    "Our two-year program develops leaders..."). Each sentence is a link's blurb, not an article's paragraph,
    and a headline that closes with a full stop is no sentence: none anchors the article."""
    i, n = 0, len(lines)
    while i + 1 < n:
        j = i
        limits = _HEADED_CARD_WORDS if i and lines[i - 1].kind == BARRIER else _CARD_WORDS
        while j + 1 < n and _card(lines[j], lines[j + 1], limits):
            j += 2
        if (j - i) // 2 >= _CARDS:
            for k in range(i, j):
                lines[k].kind = min(lines[k].kind, SHORT)
        i = max(j, i + 1)


def _demote_glued_cards(lines: list[Line]) -> None:
    """A menu of cards drawn one to a line, each card's name glued to its blurb. Each card's glue is its own;
    paragraphs that open with one name written in camel case ("McConnell", "YouTube") share theirs."""
    run: dict[str, Line] = {}
    for line in lines:
        glued = _glued_word(line)
        if glued is not None and glued not in run:
            run[glued] = line
            continue
        _demote_menu(run.values())
        run = {glued: line} if glued is not None else {}
    _demote_menu(run.values())


def _demote_menu(cards: Collection[Line]) -> None:
    if len(cards) >= _CARDS:
        for card in cards:
            card.kind = min(card.kind, SHORT)


def _glued_word(line: Line) -> str | None:
    """The word where a card's name meets its blurb ("DataUnify"), on a line of running text."""
    glue = _CARD_GLUE.search(line.text, 0, _GLUE_REACH) if line.kind in (GOOD, NEAR) else None
    if glue is None:
        return None
    name, blurb = line.text[: glue.start() + 1].split(), line.text[glue.start() + 1:]
    # A name's possessive is the name ("KiwiRail's general manager" after "KiwiRail said").
    word = _POSSESSIVE.sub("", (name[-1] + blurb.split(None, 1)[0]).rstrip(PUNCT))
    return word if len(name) <= _CARD_WORDS[0] else None


def _card(name: Line, blurb: Line, limits: tuple[int, int]) -> bool:
    # A numbered name is an item of the article's own list ("5. E-commerce apps"), which menus are not. A
    # teaser's headline may close with a full stop; in title case it is still no sentence of an article. A name
    # drawn as a link (html2text's "[Master of Finance](...)") is a card's too, when it is written as a name: a
    # checklist's items may be links ("[Book the venue](...)").
    # The cheap tests first: most pairs are no card.
    return (blurb.kind in (GOOD, NEAR) and blurb.words <= limits[1] and name.words <= limits[0] and not name.heading
            and not name.text[0].isdigit()
            and (name.kind == SHORT or (name.kind >= NEAR and title_case(name))
                 or (name.kind == JUNK and name.link_ratio > 0.5 and _written_as_name(name))))


def _written_as_name(line: Line) -> bool:
    """Every word longer than a joiner ("of", "for", "and") capitalised: "Master of Business Analytics"."""
    return all(not word[:1].islower() for word in line.text.split() if len(word) > _JOINER_LETTERS)


def _mark_author_boxes(lines: list[Line]) -> None:
    """An author's box: the writer's name on a line of its own over a blurb about them (`boxed_author`), or a
    byline's label ("Written by:") over one. That line heads what follows, as "About the author" does."""
    # From the blurb back to the name: few lines speak of a person, and reading a name is the dearer test.
    for j, about in enumerate(lines):
        if about.kind not in (GOOD, NEAR) or not (speaks_of_a_person(about) or _named_above(lines, j)):
            continue
        for i in range(j - 1, max(j - 1 - _BOX_REACH, -1), -1):
            line = lines[i]
            if line.kind in (GOOD, NEAR):
                break
            if line.kind in (SHORT, META) and (
                    (line.lower.rstrip(" :") in BYLINE_LABELS and _speaks_of_a_writer(about.text))
                    or boxed_author(lines, i, about, whole_name=False)):
                # Not the shared `Line`: the same name alone on a line at the top is the byline.
                lines[i] = replace(line, kind=BARRIER)


def _named_above(lines: list[Line], j: int) -> bool:
    """Whether the blurb at line `j` opens with the name on a line just above it ("Jane Doe" / "Jane Doe is a
    researcher on ..."), as a box about its writer does without a pronoun."""
    found = _BIO_OPENING.match(lines[j].text)
    return found is not None and any(lines[i].text == found.group("name") for i in range(max(j - _BOX_REACH, 0), j))


def _mark_video_blurbs(lines: list[Line]) -> None:
    """A video player over the text: its button naming the clip ("Click to play video: 'Fire destroys hotel'"), the
    clip's title under it and the paragraph that sums the clip up ("... Jane Doe reports."), a caption, not the
    story's first paragraph."""
    for i, line in enumerate(lines):
        if "video" not in line.lower or not (button := _PLAY_VIDEO.match(line.text)):
            continue
        lines[i] = replace(line, kind=JUNK)
        title = button.group("title").strip()
        for j in range(i + 1, min(i + 1 + _VIDEO_REACH, len(lines) - 1)):
            if lines[j].text == title:
                blurb = lines[j + 1]
                lines[j] = replace(lines[j], kind=RELATED)
                if blurb.kind in (GOOD, NEAR) and blurb.words <= _BLURB_WORDS:
                    lines[j + 1] = replace(blurb, kind=RELATED)
                break


def _mark_byline_notes(lines: list[Line]) -> None:
    """A sentence about the writer set between the byline and the date ("By Sen. Maria Keller" / "Senator Keller
    represents the 12th District ..." / "March 9, 2026"), as opinion pages introduce a guest: part of the byline,
    neither the headline nor a paragraph."""
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.kind not in (GOOD, NEAR) or line.words > _BYLINE_NOTE_WORDS or lines[i + 1].kind != META \
                or lines[i - 1].kind != META:
            continue
        opening = {token.strip(PUNCT) for token in line.text.split()[:_BYLINE_NOTE_OPENING]}
        if any(name.split()[-1] in opening for name in byline_names(lines[i - 1].text)):
            lines[i] = replace(line, kind=META)


def _mark_bare_bylines(lines: list[Line]) -> None:
    """A writer's name over the date line with no "By", in capitals, with the job or the paper after it ("JANE DOE" /
    "Madrid - DEC 04, 2026", as Spanish papers set it; "Jane Doe, news reporter" / "Friday 4 December 2026"; "Jane
    Doe (The Daily Post)"): the byline."""
    for i in range(len(lines) - 1):
        line = lines[i]
        if line.kind != META and lines[i + 1].kind == META and line.words <= _BYLINE_NAME_WORDS + _ROLE_WORDS \
                and (((line.text.isupper() or is_role(line.text.partition(",")[2]))
                     and person_line(uncapitalised(line.text))) or name_of_paper(line.text)):
            lines[i] = replace(line, kind=META)


def _speaks_of_a_writer(text: str) -> bool:
    """Whether a blurb under a byline's label ("Written by:") is about its writer: it greets ("Hi, I'm Jane") or
    opens with a name and what they are ("Jane Doe is a lead writer at ...")."""
    return GREETING.match(text) is not None or _BIO_OPENING.match(text) is not None


def _demote_listings(lines: list[Line]) -> None:
    """Readers' comments and other lists of dated items after the article's text do not anchor the article,
    so a long comment thread cannot outweigh a short article above it."""
    for items in _listings(lines, 0, len(lines) - 1):
        # The last item's text runs about as far as the items are apart.
        reach = max(b - a for a, b in pairwise(items))
        for line in lines[items[0]: items[-1] + reach]:
            if line.kind in (GOOD, NEAR):
                line.kind = SHORT


def _is_meta(line: Line) -> bool:
    if credit_note(line.text, line.lower):
        return True  # "This article first appeared in ...": a credit, as a byline is
    if line.words > 20:
        return False
    if may_be_byline(line.tokens[0], line.text) and byline_names(line.text):
        return True
    if line.words <= _PLACED_BYLINE_WORDS and (placed_byline(line.text) or reporting_from(line.text)):
        return True
    if line.words <= _DESK_WITH_WORDS and ("with" in line.tokens or "and" in line.tokens) and line.text[-1:] != "." \
            and desk_with_line(line.text):
        return True  # "Example World and Agencies", "EXAMPLE WITH AFP": the desk's byline; "... with the app." is none
    if line.words <= _AGE_WORDS and AGE.search(line.lower):
        return True
    # A labelled date line may run on with a second date ("Updated ... Originally published ...").
    if line.words > _DATE_WORDS and not DATE_LABEL.match(line.text):
        return False
    return find_date(line.text) is not None and not (line.sentence and line.stops >= 3) \
        and _small_words(line) < _HEADLINE_SMALL_WORDS


def _small_words(line: Line) -> int:
    return sum(1 for word in line.text.split()
               if len(word) > 2 and word.islower() and word.isalpha() and word not in _DATE_LINE_SMALL
               and word not in MONTHS)  # "3 décembre 2025"


def _best_region(lines: list[Line]) -> tuple[int, int]:
    """The contiguous run of lines with the highest total value (Kadane's maximum subarray)."""
    best, best_span = float("-inf"), (0, len(lines) - 1)
    total, begin, gap = 0.0, 0, 0
    table = _data_rows(lines)
    for i, line in enumerate(lines):
        if total <= 0:
            total, begin = 0.0, i
        if i in table:
            continue  # a table of figures inside the text parts it no more than its longer rows would
        gap = 0 if line.kind >= NEAR or line.words > _GAP_WORDS else gap + 1
        value = _heading_cost(lines, i) if line.kind == BARRIER else _VALUE[line.kind](line)
        total += value - _GAP_COST * min(gap, _GAP_CAP)
        if total > best:
            best, best_span = total, (begin, i)
    return best_span


def _data_rows(lines: list[Line]) -> set[int]:
    """The rows of tables of figures: runs of lines of two or more figures and no word ("1/1/2013 +13.1%")."""
    # A line without a letter was classed junk; the kind spares the search on every other line.
    figures = [i for i, line in enumerate(lines)
               if line.kind == JUNK and line.words >= 2 and not LETTER.search(line.text)]
    rows: set[int] = set()
    if len(figures) < _DATA_ROWS:
        return rows
    run: list[int] = []
    for i in [*figures, -1]:
        if run and i != run[-1] + 1:
            if len(run) >= _DATA_ROWS:
                rows.update(run)
            run = []
        run.append(i)
    return rows


def _heading_cost(lines: list[Line], i: int) -> float:
    """A pointer ("Read more", "Read our full review") sits inside an article as often as after it; the
    region may run on past the heading of readers' comments, as `_before_comments` cuts it there; and some
    boxes are set between an article's paragraphs. Each costs the article little."""
    line = lines[i]
    if _over_one_teaser(lines, i):
        return _VALUE[SHORT](line)
    if is_pointer(line.text) or opens_comments(line) or _resumes(lines, i):
        return _INLINE_HEADING
    return _VALUE[BARRIER](line)


def _over_one_teaser(lines: list[Line], i: int) -> bool:
    """A "Read more" box set between the article's paragraphs: the label, one linked story's picture caption and
    headline, then the article's next paragraph, which uses words of the paragraphs above and none of the headline's
    (the teaser's own summary would)."""
    if not is_bare_pointer(lines[i].text):
        return False
    j = next((j for j in range(i + 1, min(len(lines), i + 1 + _BOX_LINES)) if lines[j].kind not in (SHORT, RELATED)),
             None)
    if j is None or j == i + 1 or lines[j].kind != GOOD:
        return False
    words = set(content_words(lines[j]))
    above = {w for line in lines[max(0, i - _RESUME_REACH): i] if line.kind >= NEAR for w in content_words(line)}
    return not words & set(content_words(lines[j - 1])) and bool(words & above)


def _resumes(lines: list[Line], i: int) -> bool:
    """Whether the article goes on after the heading at `i`: a box set between its paragraphs ("Most Read",
    a newsletter sign-up) is followed by paragraphs in a row that name people and places the paragraphs
    above it name. Teasers of other stories come one paragraph to a headline. A newsletter's sign-up, which
    sits between an article's paragraphs more often than after them, needs only the paragraphs."""
    after = lines[i + 1: i + 1 + _RESUME_REACH]
    if not any(a.kind >= NEAR and b.kind >= NEAR for a, b in pairwise(after)):
        return False
    return bool(_SIGN_UP.match(lines[i].text)) or len(
        _names(lines[max(0, i - _RESUME_REACH): i]) & _names(after)) >= _RESUME_NAMES


def _names(lines: list[Line]) -> set[str]:
    """Capitalised words inside the paragraphs among `lines` (a sentence's first word aside), possessives
    undone."""
    return {_POSSESSIVE.sub("", token.strip(PUNCT)) for line in lines if line.kind >= NEAR
            for token in line.text.split()[1:] if token[:1].isupper()}


def _before_comments(lines: list[Line], start: int, end: int) -> int:
    """Where the article ends when the region runs on into its readers' comments: at the heading that opens
    them ("36 Comments", "Leave a Reply") once the article's text has begun. A long thread outweighs the
    heading's cost to the region."""
    prose = 0
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind == GOOD:
            prose += line.words
        elif line.kind == BARRIER and prose >= _LISTING_AFTER_WORDS and opens_comments(line):
            return i - 1
    return end


def _before_listing(lines: list[Line], start: int, end: int) -> int:
    """Where the article ends when the region runs on into a list of dated items (other stories'
    teasers, reader comments). The cut falls at the section heading before the list ("Read This Next",
    "124 Comments"), else after the last paragraph before it."""
    items = next(_listings(lines, start, end), None)
    if items is None:
        return end
    first = items[0]
    barrier = next((i for i in range(first - 1, start, -1) if lines[i].kind == BARRIER), None)
    if barrier is not None:
        return barrier - 1
    return next((i for i in range(first - 1, start, -1) if lines[i].kind >= NEAR), first - 1)


def _listings(lines: list[Line], start: int, end: int) -> Iterator[list[int]]:
    """The lists of dated items between `start` and `end`, each as its items' first lines. An article
    carries its byline and date once, near the top, so dated lines that come every few lines, with little
    text between them, after the article's text has begun, are items of a list."""
    prose, between = 0, 0
    items: list[int] = []
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind == GOOD:
            prose += line.words
            between += line.words
        elif line.kind == META and prose >= _LISTING_AFTER_WORDS:
            if items and i - items[-1] <= _SAME_ITEM and not between:
                continue  # the same item's next line: its date under its byline
            # Much text under the first dated line is an article under its byline; once two items came close
            # together, a long item (a reader's long comment) is one more item of the list.
            if items and (i - items[-1] > _LISTING_GAP or (len(items) == 1 and between > _ITEM_WORDS)):
                if len(items) >= _LISTING_ITEMS:
                    yield items
                items = []
            items.append(i)
            between = 0
    if len(items) >= _LISTING_ITEMS:
        yield items


def _body(lines: list[Line], start: int, end: int, title: str | None) -> list[str]:
    body: list[str] = []
    kept_at: list[int] = []
    seen = _Paragraphs()
    if title:
        seen.new(title.lower())
    after_pointer = False
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind in (JUNK, META):
            continue
        if line.kind in (BARRIER, RELATED):
            if is_embed_signature(line.text) and kept_at and kept_at[-1] >= i - 2:
                body.pop()
                kept_at.pop()
            after_pointer = after_pointer or line.kind == BARRIER or is_bare_pointer(line.text)
            continue
        if line.kind in (GOOD, NEAR) and not (after_pointer and _teaser_headline(line)):
            after_pointer = False
        elif after_pointer and line.text.endswith(":") and i < end and lines[i + 1].kind == GOOD:
            after_pointer = False  # the article resumes with the words that open a quotation ("Caddell continued:")
        elif after_pointer or _opens_next(lines, i, end):
            continue
        if not seen.new(line.lower):
            continue
        body.append(line.text)
        kept_at.append(i)
    return without_pull_quotes(body)


class _Paragraphs:
    """The paragraphs kept so far (and the headline), to keep a paragraph written twice once however its
    punctuation and spacing differ: by its words (`words_key`). Two copies have as many "e"s and as many "a"s,
    and only a paragraph with the counts of one kept is split into words."""

    def __init__(self) -> None:
        self._by_counts: dict[tuple[int, int], list[str]] = {}

    def new(self, lower: str) -> bool:
        """Whether no paragraph with these words (`lower`: in lower case) is kept yet; it is kept now."""
        alike = self._by_counts.setdefault((lower.count("e"), lower.count("a")), [])
        if alike and words_key(lower) in map(words_key, alike):
            return False
        alike.append(lower)
        return True


def _teaser_headline(line: Line) -> bool:
    # Under a section's heading, a line in title case is another story's headline even when it closes with a
    # full stop; the article's own paragraphs are written in sentences.
    return line.words <= HEADLINE_WORDS and title_case(line)


def _dateline_above(lines: list[Line], start: int, title: int | None) -> str | None:
    """A wire dateline set on a line of its own right above the first paragraph ("NAIROBI, Kenya (AP) _"), as
    agency copy of the 1990s sets it: it opens that paragraph."""
    i = start - 1
    if i < 0 or i == title or lines[i].words > _DATELINE_WORDS:
        return None
    place, source = dateline(lines[i].text)
    return lines[i].text if place and source else None


def _place_above(lines: list[Line], start: int, title: int | None) -> str | None:
    """A dateline with no agency tag on a line of its own above the first paragraph (`place_line`), or above the
    date line over it ("EDMONTON" over "PUBLISHED DECEMBER 5, 2026"), or beside the date ("Jakarta ● Fri, December
    4, 2026"), under the headline."""
    # A share bar may stand between ("Share this article" / "Facebook Twitter WhatsApp").
    above = (i for i in range(start - 1, -1 if title is None else title, -1) if lines[i].kind not in (BARRIER, JUNK))
    for i in islice(above, _PLACE_ABOVE_LINES):
        if place := _place_on_line(lines, i):
            return place
        if lines[i].kind != META:
            break
    return None


def _place_on_line(lines: list[Line], i: int) -> str | None:
    """The dateline a line above the text gives: a place in capitals alone, after a date ("... - CHENNAI"), before
    the writer's name ("Cairo - Jane Doe"), before a date, or alone between the byline and the date."""
    text = lines[i].text
    # A place before the date's dash is the writer's under their byline ("JANE DOE" / "Madrid - DEC 04, 2026") or
    # a known one in capitals ("KHARTOUM / EL FASHER – December 4, 2026"), not a label's ("Video - December 19").
    dated = (i > 0 and lines[i - 1].kind == META) or _known_in_capitals(text)
    placed = placed_byline(text)
    return place_line(text) or place_after_date(text) or (placed[0] if placed else None) or reporting_from(text) or (
        place_before_date(text) if dated else None) or _place_under_byline(lines, i)


def _known_in_capitals(text: str) -> bool:
    """Whether a line opens with a known place in capitals, perhaps the first of two ("KHARTOUM / EL FASHER –
    December 4, 2026"): a dateline, where a label in capitals is no place ("VIDEO - December 19, 2025")."""
    first = re.split(r"\s[/–—-]\s", text, maxsplit=1)[0]
    return first.isupper() and first.title() in places()


def _place_under_byline(lines: list[Line], i: int) -> str | None:
    """A known place alone between the byline and the date line ("Example Desk" / "Dhaka" / "Updated: 04 Dec 2026"),
    where a section's label ("Asia") does not stand."""
    text = lines[i].text
    if not 0 < i < len(lines) - 1 or lines[i + 1].kind != META or text not in places():
        return None
    above = lines[i - 1].text
    return text if lines[i - 1].kind == META or person_line(above) or desk_words(above) else None


def _captions(lines: list[Line], first: int, end: int) -> list[str]:
    """The captions of the article's pictures, from its headline to its end, each once."""
    found: list[str] = []
    for line in lines[first: end + 1]:
        if line.kind == RELATED and is_caption(line) and (words := caption_words(line.text)) and words not in found:
            found.append(words)
    return found


def _opens_next(lines: list[Line], i: int, end: int) -> bool:
    """A heading, caption or teaser that repeats the opening of the next paragraph."""
    if i >= end:
        return False
    line, following = lines[i], lines[i + 1]
    # A next line without the heading's first word cannot open with it, and most lines are told so without
    # normalising either.
    first = _WORD.search(line.lower)
    if first and first.group() not in following.lower:
        return False
    head = words_key(line.lower)
    # A prefix of the next line is enough to compare, and spares normalising a long paragraph.
    opening = words_key(following.text[: 2 * len(line.text) + 8].lower())
    return len(opening) > len(head) and opening.startswith(head)


def _credit_lines(lines: list[Line], title: int | None, start: int, end: int) -> list[str]:
    """Lines around the article that may credit its source ("Author: RT", "Source: AFP"), a syndicate's or a
    reprint's notice that ends the text among them ("©2026 Example Times. ... Distributed by ...", "Copyright ©
    2026, Example Radio. Used with the permission of ...")."""
    anchor = title if title is not None else start
    # A credit set between the paragraphs is one of the text's lines the byline's finders took ("The Associated Press
    # contributed to this report." over a last button).
    inside = [line for line in lines[start: end + 1] if line.kind == META and credit_note(line.text, line.lower)]
    around = [*lines[max(0, anchor - 6): start], *inside, *lines[end + 1: end + 8]]
    return [line.text for line in around
            if (line.words <= 25 or credit_note(line.text, line.lower))
            and (line.kind != BARRIER or any(map(line.lower.__contains__, _REPRINT_NOTICES))
                 or line.lower.startswith(_READ_MORE))]
