"""HTML extraction on the sample pages and on small hand-written pages that exercise the metadata rules."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from trafilatura.xpaths import AUTHOR_XPATHS

from newstrace.extract import extract
from newstrace.extract.html import AUTHOR_NAMES, AUTHOR_NAMING_WORDS, _fuller_text, _parse
from newstrace.extract.html_meta import canonical_elsewhere, clean_authors, strip_site
from newstrace.ingest import read_pages
from newstrace.models import Article, Page

SAMPLES = Path(__file__).parents[1] / "samples"

PARAGRAPHS = [
    "The river authority opened the flood gates on Monday after three days of heavy rain filled the reservoir "
    "above the town to its highest level in a decade.",
    "Engineers said the release would lower the water by two metres before the weekend, when more rain is due.",
    "Farmers downstream were told to move livestock away from the banks, and two schools closed as a precaution.",
    "The authority said it had inspected the dam walls overnight and found no damage to the structure.",
]


def _page(head: str, body: str, fetched: str | None = None) -> Page:
    content = f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"
    return Page(id="fixture", path="fixture.html", kind="html", content=content,
                url="https://news.example.org/2025/flood-gates", fetched=fetched)


def _article_html(paragraphs: list[str] = PARAGRAPHS, byline: str = "") -> str:
    return ("<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav><main><article>"
            "<h1>Flood gates opened as reservoir reaches record level</h1>" + byline
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></main>"
            "<footer><p>© 2023 Example Daily. All rights reserved.</p></footer>")


def _sample(name: str) -> Article:
    pages = [p for p in read_pages([SAMPLES / name]) if isinstance(p, Page)]
    assert len(pages) == 1 and pages[0].kind == "html"
    return extract(pages[0])


def test_sample_page_keeps_the_article_and_its_metadata() -> None:
    article = _sample("ledger-harbour-spill.html")
    assert article.title == "Port Selva harbour shut after chemical spill, minister says"
    assert article.authors == ["Mara Quint"]
    assert article.published == "2024-03-12"
    assert article.outlet == "The Coastal Ledger"
    assert article.language == "en"
    assert article.body[0].startswith("PORT SELVA, Valmora (AP)")
    assert any("first assessment of the damage" in p for p in article.body)
    for boilerplate in ("Share on Facebook", "Ferry fares rise", "Subscribe"):
        assert boilerplate not in article.text


def test_gzipped_sample_drops_site_name_and_comment_prompt() -> None:
    article = _sample("meridian-ferry-strike.html.gz")
    assert article.title == "Ferry crews walk out as harbour stays closed"
    assert article.authors == ["Jonas Feld"]
    assert article.published == "2024-03-14"
    assert "logged in to post a comment" not in article.text
    assert "Copyright" not in article.text
    assert any("400 deckhands" in p for p in article.body)


def test_jsonld_graph_author_reference_and_publication_date() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Flood gates opened as reservoir reaches record level",
         "datePublished": "2025-03-03T08:00:00Z", "dateModified": "2025-03-05T10:00:00Z",
         "author": [{"@id": "#p1"}, {"@id": "#p2"}]},
        {"@type": "Person", "@id": "#p1", "name": "Ines Marlow"},
        {"@type": "Person", "@id": "#p2", "name": "Karl Oduya"},
    ]}
    head = (f"<title>Flood gates opened | Example Daily</title><script type='application/ld+json'>"
            f"{json.dumps(graph)}</script><meta property='article:modified_time' content='2025-03-05T10:00:00Z'>")
    article = extract(_page(head, _article_html()))
    assert article.authors == ["Ines Marlow", "Karl Oduya"]
    assert article.published == "2025-03-03"
    assert article.title == "Flood gates opened as reservoir reaches record level"


@pytest.mark.parametrize(("authors", "expected"), [
    ([{"@type": "Person", "name": "Ines Marlow"}, {"@type": "Organization", "name": "Example Daily"}],
     ["Ines Marlow"]),
    ([{"@type": "Organization", "name": "Example Daily"}], ["Example Daily"]),
])
def test_site_named_as_author_only_when_no_person_is(authors: list[dict[str, str]], expected: list[str]) -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": authors}
    head = (f"<meta property='og:site_name' content='Example Daily'>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script>")
    assert extract(_page(head, _article_html())).authors == expected


@pytest.mark.parametrize(("site", "outlet"), [
    ("Example Daily", "Example Daily"),
    # A site name that is the page's headline (a CMS that copies the title): the site's part of it, else the host.
    ("Flood gates opened as reservoir reaches record level | Example", "Example"),
    ("Flood gates opened as reservoir reaches record level", "news.example.org"),
])
def test_outlet_is_the_site_s_name_not_the_headline(site: str, outlet: str) -> None:
    head = f"<title>{site}</title><meta property='og:site_name' content='{site}'>"
    article = extract(_page(head, _article_html()))
    assert (article.outlet, article.title) == (outlet, "Flood gates opened as reservoir reaches record level")


@pytest.mark.parametrize(("site", "outlet"), [
    # A tagline beside the name, either side of it: the name.
    ("Valley Star - The valley's locally owned weekly newspaper since 1963", "Valley Star"),
    ("News, views and gossip from the valley | Valley Star", "Valley Star"),
    ("Valley Star \u2022 Experience the next wave of local news.", "Valley Star"),
    # Capitalised parts may be the name's own: the whole name.
    ("Valley Star - Breaking News & Top Stories", "Valley Star - Breaking News & Top Stories"),
    ("Admissions Blog - University of Example at Northfield", "Admissions Blog - University of Example at Northfield"),
    # A placeholder names no site: the title's part that spells the domain, else the host.
    ("Site", "news.example.org"),
    ("Home | Centre for Example Studies", "Home | Centre for Example Studies"),
    # The initials a name is also known by, as the text dumps' mastheads read it.
    ("News Agency of Valmora (NAV)", "News Agency of Valmora"),
])
def test_outlet_is_the_site_s_name_without_its_tagline(site: str, outlet: str) -> None:
    head = f"<title>Flood gates opened as reservoir reaches record level</title><meta property='og:site_name' " \
           f"content=\"{site}\">"
    assert extract(_page(head, _article_html())).outlet == outlet


@pytest.mark.parametrize(("head", "outlet"), [
    ("", "Example Daily"),  # a page saved from a browser: no name, no address, but the footer's notice
    ("<meta property='og:url' content='https://www.dailyexample.org/2025/flood'>", "dailyexample.org"),
])
def test_a_page_without_its_address_is_known_by_its_stated_address_or_its_notice(head: str, outlet: str) -> None:
    page = _page(f"<title>Flood gates opened as reservoir reaches record level</title>{head}", _article_html())
    assert extract(dataclasses.replace(page, url=None)).outlet == outlet


def test_a_headline_escaped_twice_by_the_site_reads_as_its_reader_sees_it() -> None:
    html = _article_html().replace("record level", "record level &amp;#x26; spills")
    article = extract(_page("<title>Flood gates opened as reservoir reaches record level</title>", html))
    assert article.title == "Flood gates opened as reservoir reaches record level & spills"


def test_no_date_in_markup_is_none_not_the_crawl_day_nor_a_copyright_year() -> None:
    article = extract(_page("<title>Flood gates opened</title>", _article_html(), fetched="2025-06-01T12:00:00Z"))
    assert article.published is None


def test_the_crawl_day_is_a_publication_date_only_where_the_page_declares_it() -> None:
    # A news crawl fetches a story hours after it runs: the date the page declares for it stands.
    head = "<meta property='article:published_time' content='2025-06-01T07:00:00Z'>"
    article = extract(_page(head, _article_html(), fetched="2025-06-01T12:00:00Z"))
    assert article.published == "2025-06-01"
    # A masthead's "today" is the crawl day, and no date of the story.
    masthead = "<div class='masthead'><span>Sunday, June 1, 2025</span></div>"
    head = "<title>Flood gates opened</title>"
    assert extract(_page(head, masthead + _article_html())).published == "2025-06-01"
    assert extract(_page(head, masthead + _article_html(), fetched="2025-06-01T12:00:00Z")).published is None


def test_date_written_in_the_page_when_markup_has_none() -> None:
    body = _article_html(byline="<p class='meta'>Published 4 March 2025, 09:10</p>")
    assert extract(_page("<title>Flood gates opened</title>", body)).published == "2025-03-04"


def test_teaser_on_the_page_gives_way_to_the_declared_article_body() -> None:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": " ".join(PARAGRAPHS)}
    head = f"<title>Flood gates opened</title><script type='application/ld+json'>{json.dumps(node)}</script>"
    article = extract(_page(head, _article_html(paragraphs=PARAGRAPHS[:1])))
    assert all(sentence in article.text for sentence in PARAGRAPHS)


def test_stub_extraction_gives_way_to_the_pages_own_paragraphs() -> None:
    teaser = "The river authority opened the flood gates on Monday as the reservoir above the town rose to a record."
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": teaser}
    content = (f"<html><head><script type='application/ld+json'>{json.dumps(node)}</script></head><body>"
               f"<div class='story'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div>"
               "<footer><p>Sign up for our newsletter to get the day's most important stories every morning.</p>"
               "</footer></body></html>")
    tree = _parse(content)
    assert tree is not None
    text = _fuller_text(tree, "Flood gates opened on Monday.")
    assert all(p in text for p in PARAGRAPHS) and "newsletter" not in text


@pytest.mark.parametrize("depth", [300, 1500])
def test_article_below_the_parsers_default_depth_limit_is_read(depth: int) -> None:
    # A template that opens a <div> per block and never closes it: libxml2 alone stops at 256 levels.
    unclosed = "<div class='row'>" * depth
    article = extract(_page("<title>Flood gates opened</title>", unclosed + _article_html()))
    assert article.body == PARAGRAPHS and article.title == "Flood gates opened as reservoir reaches record level"


def test_control_characters_in_a_deep_page_are_dropped_not_fatal() -> None:
    paragraphs = [p.replace(" the ", " the\x0b ", 1) for p in PARAGRAPHS]
    article = extract(_page("<title>Flood gates opened</title>", "<div>" * 300 + _article_html(paragraphs)))
    assert article.body == PARAGRAPHS


def test_byline_time_element_outranks_an_older_date_elsewhere_in_the_markup() -> None:
    byline = "<p class='byline'>By Jane Doe <time datetime='2025-03-09T08:00:00Z'>Sunday</time></p>"
    body = _article_html(byline=byline) + ("<aside><h2>Related</h2><a href='/dam'>Dam inspected</a>"
                                           " <span class='date'>2019-05-01</span></aside>")
    assert extract(_page("<title>Flood gates opened</title>", body)).published == "2025-03-09"


def test_numeric_date_is_read_in_the_order_the_page_writes_it_out() -> None:
    head = "<meta name='date' content='03/09/2025'><title>Flood gates opened</title>"
    body = _article_html(byline="<p class='byline'>By Jane Doe, 9 March 2025</p>")
    assert extract(_page(head, body)).published == "2025-03-09"


def test_modification_date_alone_is_not_a_publication_date() -> None:
    head = "<meta property='article:modified_time' content='2025-04-09T10:00:00Z'>"
    assert extract(_page(head, _article_html())).published is None


@pytest.mark.parametrize("byline", [
    "<p class='byline'>By Nadia Ferreira · April 2, 2025</p>",
    "<div class='meta'><span>Written by</span> <span>Nadia Ferreira</span></div>",
    "<div><a href='/authors/nadia-ferreira'>Nadia Ferreira</a></div>",
    "<p class='meta'><span>By <a href='/staff/nf'>Nadia Ferreira</a></span> <span>Page updated:</span></p>",
    # Named only by the markup, as trafilatura's byline search finds it.
    "<div class='post-hero__author'>Nadia Ferreira</div>",
    "<span class='AuthorName'>Nadia Ferreira</span>",
    "<div class='story-byline'>Nadia Ferreira</div>",
    "<span itemprop='author'>Nadia Ferreira</span>",
])
def test_visible_byline_without_structured_data(byline: str) -> None:
    article = extract(_page("<title>Flood gates opened</title>", _article_html(byline=byline)))
    assert article.authors == ["Nadia Ferreira"]


@pytest.mark.parametrize(("byline", "authors", "origin"), [
    ("Example Daily/AFP", [], "AFP"),  # the site's desk on the agency's copy
    ("Example Daily with <a href='/afp'>AFP</a>", [], "AFP"),  # trafilatura's byline search stops at "with"
    ("AFP", ["AFP"], "AFP"),  # the agency's own
    ("Nadia Ferreira/AFP", ["Nadia Ferreira", "AFP"], "AFP"),
])
def test_the_site_s_name_beside_an_agency_s_as_byline_names_no_writer(byline: str, authors: list[str],
                                                                       origin: str) -> None:
    head = "<title>Flood gates opened</title><meta property='og:site_name' content='Example Daily'>"
    article = extract(_page(head, _article_html(byline=f"<div class='author'>{byline}</div>")))
    assert (article.authors, article.origin) == (authors, origin)


def test_structured_data_listing_the_site_beside_an_agency_is_read_as_written() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "author": [{"@type": "Organization", "name": "Example Daily"}, {"@type": "Organization", "name": "AFP"}]}
    head = (f"<title>Flood gates opened</title><meta property='og:site_name' content='Example Daily'>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script>")
    assert extract(_page(head, _article_html())).authors == ["AFP"]


def test_the_byline_search_is_skipped_only_where_trafilatura_s_would_find_nothing() -> None:
    # newstrace spares a page trafilatura's byline search when none of the page's names holds a word that the
    # search compares names with: every name it reads and every word it compares must be among newstrace's.
    comparisons = [(m[0] or m[2], m[1] or m[3]) for xpath in AUTHOR_XPATHS
                   for m in re.findall(r"@([\w-]+)\s*=\s*'([^']*)'|\(@([\w-]+),\s*'([^']*)'\)", xpath.path)]
    assert len(comparisons) > 10
    for name, pattern in comparisons:
        assert name in AUTHOR_NAMES
        for alternative in pattern.split("|"):
            word = re.sub(r"\[(\w)\w*\]", r"\1", alternative).lower()  # "[Aa]uthor"
            assert any(w in word for w in AUTHOR_NAMING_WORDS), (name, alternative)
    # Elements it selects by their own name ("//author") or by a child's ("rel='me'").
    elements = {name for xpath in AUTHOR_XPATHS
                for match in re.findall(r"\|\s*//(\w+)|(?<![@\w-])(\w+)\s*=\s*'", xpath.path) for name in match if name}
    assert elements == {"author", "rel"}


def test_headline_keeps_its_own_dashes() -> None:
    head = "<title>Flood gates opened as reservoir reaches record level – what comes next | Example Daily</title>"
    body = _article_html().replace("record level</h1>", "record level – what comes next</h1>")
    article = extract(_page(head, body))
    assert article.title == "Flood gates opened as reservoir reaches record level – what comes next"


def test_navigation_label_is_not_a_byline() -> None:
    body = _article_html().replace("<a href='/sport'>Sport</a>", "<span>By</span> <a href='/topics'>Topics</a>")
    assert extract(_page("<title>Flood gates opened</title>", body)).authors == []


def test_repeated_copy_of_the_article_is_kept_once() -> None:
    # Mobile and desktop layouts of one page often carry the same text twice.
    body = _article_html(PARAGRAPHS + PARAGRAPHS)
    article = extract(_page("<title>Flood gates opened</title>", body))
    assert [p for p in article.body if p in PARAGRAPHS] == PARAGRAPHS


@pytest.mark.parametrize(("raw", "names"), [
    ("By Jane Doe and John Roe | Updated May 4, 2025", ["Jane Doe", "John Roe"]),
    ("Written by: Amal Haddad, PhD", ["Amal Haddad"]),
    ("Posted by Lee Park at December 16, 2025", ["Lee Park"]),
    ("CBC Bank", ["CBC Bank"]),
    ("By LEONARDO GARCIA", ["Leonardo Garcia"]),  # written as a name is
    ("By LEONARDO GARCIA and ANA RUIZ", ["Leonardo Garcia", "Ana Ruiz"]),  # the second no letters after a name
    ("admin", []),
    ("Justin Roe, Trial Attorney", ["Justin Roe"]),  # a job title after the name is no second author
    ("Justin Roe, Arts and Culture Reporter", ["Justin Roe"]),  # nor one of two fields joined
    ("Justin Roe in London", ["Justin Roe"]),  # where the story was filed from
    ("JUSTIN ROE Associated Press", ["Justin Roe", "Associated Press"]),  # the agency after the name
    ("Justin Roe/AP", ["Justin Roe", "AP"]),
    ("Justin Roe with Ana Ruiz", ["Justin Roe", "Ana Ruiz"]),  # "with" joins two writers, as the text path reads it
    ("Justin Roe; Additional reporting by Ana Ruiz", ["Justin Roe"]),  # a contributor, not an author
    ("River Center for Lock Studies", ["River Center for Lock Studies"]),  # an organisation keeps its "for"
    ("Recipe by Lee Park", ["Lee Park"]),
    ("Read more about The River Team", ["The River Team"]),
    ("Amal Haddad - Editorial Team", ["Amal Haddad"]),
    ("Lee Park Tech Reporter", ["Lee Park"]),  # a title after the name without a comma
    ("Travel Expert", ["Travel Expert"]),  # a desk named by its role keeps it
    ("The Currency editors", ["The Currency editors"]),
    ("River Desk November", ["River Desk"]),  # what a date leaves when an extractor cut its digits
    ("Theresa May", ["Theresa May"]),  # a month that is also a surname stays
])
def test_clean_authors(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Ferry crews walk out as harbour stays closed - Meridian Times", "Meridian Times",
     "Ferry crews walk out as harbour stays closed"),
    ("Example Daily | Flood gates opened as reservoir fills", None, "Flood gates opened as reservoir fills"),
    ("Storms: what we know so far", None, "Storms: what we know so far"),
])
def test_strip_site(title: str, site: str | None, expected: str) -> None:
    assert strip_site(title, site) == expected


def test_picture_captions_without_credits_beside_the_body() -> None:
    figure = ("<figure><img src='dam.jpg' alt=''><figcaption>Engineer Amara Nwosu at the dam on Monday. "
              "(AP Photo/Jon Berg)</figcaption></figure>")
    teasers = "".join(f"<div class='card'><figure><figcaption>Teaser {n}: other story</figcaption></figure></div>"
                      for n in range(3))
    page = _article_html().replace("</p>", "</p>" + figure, 1) + teasers
    article = extract(_page("<title>Flood gates opened</title>", page))
    assert article.captions == ["Engineer Amara Nwosu at the dam on Monday."]
    assert "Amara Nwosu" not in article.text


@pytest.mark.parametrize(("url", "stated", "canonical", "elsewhere"), [
    # A portal's copy names the original's address canonical, as search engines ask of syndicated text.
    (None, "https://daybreak.example/news/bridge", "https://www.ledger.example/news/bridge", "ledger.example"),
    ("https://daybreak.example/news/bridge", None, "https://www.ledger.example/news/bridge", "ledger.example"),
    # The site's own addresses: stated as its own too, its mobile version under the brand's other domain, no address.
    ("https://example.com/blog/a", "http://example-blog.cluster-1.org/a", "http://example-blog.cluster-1.org/a", None),
    ("https://economictimes.example.com/us/a.cms", None, "https://m.economictimes.com/us/a.cms", None),
    ("https://blog.jane.example/", "http://my-woodworking-blog", "https://my-woodworking-blog", None),
    (None, None, "https://www.ledger.example/news/bridge", None),  # nothing says whose the page is
])
def test_a_canonical_address_on_another_site_names_the_original(
        url: str | None, stated: str | None, canonical: str, elsewhere: str | None) -> None:
    assert canonical_elsewhere(url, stated, canonical) == elsewhere


def test_a_syndication_tag_names_the_original_over_the_copy_s_own_canonical_link() -> None:
    head = ("<title>Flood gates opened as reservoir reaches record level</title>"
            "<link rel='canonical' href='https://news.example.org/2025/flood-gates'>"
            "<meta name='syndication-source' content='https://www.ledger.example/2025/flood-gates'>")
    assert extract(_page(head, _article_html())).origin == "ledger.example"


def test_language_is_the_one_the_story_is_written_in_not_the_template_s() -> None:
    # A site's template declares English on every page, its Spanish service's included.
    spanish = [
        "El Consejo de Ministros aprobó este martes una partida de 200 millones de euros para los municipios "
        "afectados por las inundaciones de la semana pasada en la provincia de Valencia.",
        "Las riadas causaron doce muertos y cientos de damnificados, según las autoridades regionales, que "
        "calculan que más de 3.000 viviendas resultaron dañadas por el agua y el barro.",
        "El alcalde de Paterna calificó la ayuda de primer paso pero pidió más medios para reconstruir carreteras.",
    ]
    assert extract(_page("<title>Ayudas</title>", _article_html(spanish))).language == "es"
    assert extract(_page("<title>Flood gates opened</title>", _article_html())).language == "en"


def test_an_untagged_dateline_paragraph_and_a_site_s_notice_are_no_paragraphs() -> None:
    notice = ("The Example Agency website contains only a portion of the news stories offered to subscribers, "
              "and in summarized form. Please contact us for subscription options.")
    article = extract(_page("<title>Flood gates opened</title>",
                            _article_html(["<strong>NAIROBI</strong>", *PARAGRAPHS, f"<i>{notice}</i>"])))
    assert article.dateline == "NAIROBI"
    assert article.body == PARAGRAPHS


def test_a_title_before_the_writer_s_name_is_no_part_of_it() -> None:
    byline = "<div class='byline'>By political reporter <a href='/people/ines-marlow'>Ines Marlow</a></div>"
    article = extract(_page("<title>Flood gates opened</title>", _article_html(byline=byline)))
    assert article.authors == ["Ines Marlow"]


def test_a_pointer_between_paragraphs_and_an_end_mark_are_no_text() -> None:
    paragraphs = [*PARAGRAPHS[:2], "Related news: <a href='/x'>Ferry fares rise for the third year in a row</a>",
                  *PARAGRAPHS[2:-1], f"{PARAGRAPHS[-1]} (end) fm.gb"]
    article = extract(_page("<title>Flood gates opened</title>", _article_html(paragraphs)))
    assert article.body == PARAGRAPHS


@pytest.mark.parametrize(("sign_off", "origin"), [("PA", "PA Media"), ("AP", "AP"), ("Pa", None)])
def test_an_agency_s_name_alone_under_the_text_signs_its_copy(sign_off: str, origin: str | None) -> None:
    # British sites close PA's stories with "PA" on a line of its own; the same in small letters is no sign-off.
    article = extract(_page("<title>Flood gates opened</title>", _article_html([*PARAGRAPHS, sign_off])))
    assert article.origin == origin
    assert (article.body[-1] == PARAGRAPHS[-1]) == (origin is not None)  # the sign-off is no paragraph
