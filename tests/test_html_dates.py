"""Publication dates of HTML pages: which of the page's dates is its own, on small hand-written pages.

`found` stands for htmldate's pick among the dates in the markup, which `extract_html` gets from trafilatura.
"""

from __future__ import annotations

import json

import pytest

from newstrace.extract import extract
from newstrace.extract.html import _parse, _published
from newstrace.extract.html_meta import Markup, json_ld
from newstrace.models import Page

STORY = ("<p>The river authority opened the flood gates on Monday after three days of heavy rain filled the reservoir"
         " above the town to its highest level in a decade.</p><p>Engineers said the release would lower the water"
         " by two metres before the weekend, when more rain is due.</p>")


def _html(head: str = "", header: str = "", after: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Flood gates opened</title>{head}</head><body>"
            f"<main><article><h1>Flood gates opened as reservoir reaches record level</h1>{header}{STORY}</article>"
            f"{after}</main></body></html>")


def _date(content: str, found: str | None = None) -> str | None:
    tree = _parse(content)
    assert tree is not None
    return _published(Markup(tree), json_ld(tree), found, None)


def _jsonld(published: str) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(node)}</script>"


def _cards(dates: list[tuple[str, str]]) -> str:
    cards = "".join(f"<div class='card'><a href='/s{i}'>Other story {i}</a><time datetime='{iso}'>{shown}</time></div>"
                    for i, (iso, shown) in enumerate(dates))
    return f"<section class='more'><h2>More stories</h2>{cards}</section>"


def test_markup_guess_the_page_never_shows_yields_to_the_date_it_writes_out() -> None:
    content = _html(header="<p class='meta'>October 14, 2025</p>")
    assert _date(content, found="2024-02-11") == "2025-10-14"


def test_markup_guess_the_page_neither_declares_nor_shows_is_no_date() -> None:
    assert _date(_html(), found="2023-07-28") is None


def test_markup_date_the_page_writes_out_is_kept_over_a_later_written_date() -> None:
    content = _html(header="<p class='meta'>Posted 02/12/2025</p>", after="<aside><p>Dec 12, 2025</p></aside>")
    assert _date(content, found="2025-02-12") == "2025-02-12"


def test_declared_date_outranks_a_markup_guess_the_page_never_shows() -> None:
    assert _date(_html(head=_jsonld("2025-12-01T09:00:00Z")), found="2022-05-26") == "2025-12-01"


def test_numeric_date_is_read_in_the_order_of_the_declared_date() -> None:
    # "09.10.2024" reads as 9 October where dots separate the parts, but the page declares 10 September.
    content = _html(head=_jsonld("2024-09-10T16:07:00Z"), header="<p class='post-date'>09.10.2024</p>")
    assert _date(content, found="2024-10-09") == "2024-09-10"


def test_times_in_a_list_of_other_stories_are_not_the_page_date() -> None:
    cards = _cards([("2025-10-23", "23 October 2025"), ("2025-07-17", "17 July 2025")])
    content = _html(header="<p class='meta'>12 November 2025</p>", after=cards)
    assert _date(content) == "2025-11-12"


def test_a_single_time_element_beside_the_story_is_its_date() -> None:
    content = _html(after="<div class='share'><time datetime='2025-03-09T08:00:00Z'>9 March</time></div>")
    assert _date(content) == "2025-03-09"


def test_numeric_dateline_under_the_headline_when_nothing_else_dates_the_page() -> None:
    assert _date(_html(header="<span class='date'>17.05.2021</span>")) == "2021-05-17"


def test_numeric_dates_of_a_list_of_cards_are_not_a_dateline() -> None:
    cards = "".join(f"<li class='card'><a href='/s{i}'>Report {i}</a><p>{d}</p></li>"
                    for i, d in enumerate(["3/13/2026", "3/10/2026"]))
    assert _date(_html(after=f"<ul class='cards'>{cards}</ul>")) is None


@pytest.mark.parametrize("meta", [
    "<meta name='citation_publication_date' content='2019-06-25'>",
    "<meta name='DC.date.issued' content='2019-06-25T10:30:00Z'>",
    "<meta name='published-date' content='2019-06-25'>",
    "<meta name='published' content='June 25, 2019'>",
    "<meta name='date' content='2019-06-25'>",
])
def test_publication_date_meta_tags(meta: str) -> None:
    page = Page(id="fixture", path="fixture.html", kind="html", content=_html(head=meta),
                url="https://news.example.org/flood-gates")
    assert extract(page).published == "2019-06-25"


@pytest.mark.parametrize("meta", [
    "<meta name='last-published' content='2019-06-25'>",
    "<meta name='date-updated' content='2019-06-25'>",
])
def test_meta_tags_for_later_dates_are_not_the_publication_date(meta: str) -> None:
    assert _date(_html(head=meta)) is None


def test_story_date_shown_well_before_the_declared_date_is_the_publication_date() -> None:
    # A story first run in 2013, loaded into a new publishing system in 2024: its metadata stamps the move.
    content = _html(head=_jsonld("2024-08-07T12:01:51Z"), header="<p class='meta'><span>Dec 30, 2013</span></p>")
    assert _date(content) == "2013-12-30"


@pytest.mark.parametrize("header", [
    "<p class='meta'><span>Dec 6, 2025</span></p>",  # a day earlier: the same moment in another time zone
    "<p>As of July 31, 2025, the authority had received no complaint about the gates.</p>",  # running text
    "<blockquote><p>Gates open at noon.</p><a href='/status/1'>July 31, 2025</a></blockquote>",  # a quoted post
])
def test_other_dates_shown_before_the_declared_date_leave_it(header: str) -> None:
    assert _date(_html(head=_jsonld("2025-12-07T09:00:00Z"), header=header)) == "2025-12-07"


def test_dates_of_other_stories_listed_before_the_declared_date_leave_it() -> None:
    content = _html(head=_jsonld("2025-12-07T09:00:00Z"), after=_cards([("2025-01-04", "Jan 4, 2025"),
                                                                         ("2025-02-11", "Feb 11, 2025")]))
    assert _date(content) == "2025-12-07"


@pytest.mark.parametrize(("head", "header", "stamp"), [
    (_jsonld("2025-03-03T09:40:00+01:00"), "", "2025-03-03T09:40+01:00"),
    ("<meta property='article:published_time' content='2025-03-03T08:40:00Z'>", "", "2025-03-03T08:40+00:00"),
    ("", "<time datetime='2025-03-03T09:40'>March 3, 2025</time>", "2025-03-03T09:40"),
    (_jsonld("2025-03-03T00:00:00+00:00"), "", None),  # midnight: what a system that keeps no time writes
])
def test_the_time_of_publication_comes_from_the_markup(head: str, header: str, stamp: str | None) -> None:
    article = extract(Page(id="x", path="x.html", kind="html", content=_html(head, header)))
    assert (article.published, article.published_at) == ("2025-03-03", stamp)


def test_the_time_of_an_update_is_not_the_publication_s() -> None:
    header = ("<div class='updated'>Updated <time datetime='2025-03-03T15:05:00Z'>3:05pm</time></div>"
              "<span class='published'>Published <time datetime='2025-03-03T09:40:00Z'>9:40am</time></span>")
    content = _html(_jsonld("2025-03-03"), header)  # the structured data gives the day alone
    article = extract(Page(id="x", path="x.html", kind="html", content=content))
    assert (article.published, article.published_at) == ("2025-03-03", "2025-03-03T09:40+00:00")
