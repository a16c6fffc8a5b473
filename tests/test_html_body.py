"""The corrections to trafilatura's paragraphs, judged by the page's markup: hand-written pages, with the
extraction's text written as trafilatura gives it (one paragraph a line, list items as "- item")."""

from __future__ import annotations

from lxml.html import HtmlElement

from newstrace.extract import extract
from newstrace.extract.html import _parse
from newstrace.extract.html_body import body_paragraphs
from newstrace.models import Page

STORY = [
    "The river authority opened the flood gates on Monday after three days of heavy rain filled the reservoir.",
    "Engineers said the release would lower the water by two metres before the weekend, when more rain is due.",
    "Farmers downstream were told to move livestock away from the banks, and two schools closed as a precaution.",
    "The authority said it had inspected the dam walls overnight and found no damage to the structure.",
]
BIO = "Jane Doe has covered rivers, dams and the people who live beside them for the paper since 2009."
RELATED = "Reservoir levels fell across the region last summer as the drought entered its third month."


def _tree(body: str) -> HtmlElement:
    tree = _parse(f"<html><body>{body}</body></html>")
    assert tree is not None
    return tree


def _paras(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_paragraphs_from_a_box_named_for_the_author_or_a_call_to_action_are_dropped() -> None:
    tree = _tree(f"<main><article><div class='entry'>{_paras(STORY)}</div>"
                 f"<div class='author-box'><div class='inner'><p>{BIO}</p></div></div>"
                 "<div class='newsletter-cta'><p>Get the morning briefing in your inbox.</p></div></article></main>")
    text = "\n".join([*STORY, BIO, "Get the morning briefing in your inbox."])
    assert body_paragraphs(text, None, tree) == STORY


def test_a_class_name_that_only_contains_a_boilerplate_word_is_not_a_boilerplate_box() -> None:
    # "authority" and "biology" contain "author" and "bio" but name something else.
    tree = _tree(f"<main><div class='authority-report biology'>{_paras(STORY)}</div></main>")
    assert body_paragraphs("\n".join(STORY), None, tree) == STORY


def test_paragraphs_appended_after_the_article_container_closes_are_dropped() -> None:
    tree = _tree(f"<main><article>{_paras(STORY)}</article>"
                 f"<section><h2>More stories</h2><p>{RELATED}</p></section></main>")
    text = "\n".join([*STORY, "More stories", RELATED])
    assert body_paragraphs(text, None, tree) == STORY


def test_text_that_cannot_be_traced_to_an_element_is_kept() -> None:
    tree = _tree(f"<main><article>{_paras(STORY)}</article></main>")
    glued = "A line that trafilatura joined from two elements, so no single element holds it."
    assert body_paragraphs("\n".join([*STORY, glued]), None, tree) == [*STORY, glued]


def test_a_short_label_from_outside_the_container_is_dropped_but_long_text_stays() -> None:
    outside = "Readers in the valley have been sending photographs of the swollen river all week long."
    tree = _tree(f"<div class='share'><span>Share this story</span></div><p>{outside}</p>"
                 f"<article>{_paras(STORY)}</article>")
    text = "\n".join(["Share this story", outside, *STORY])
    assert body_paragraphs(text, None, tree) == [outside, *STORY]


def test_paragraphs_and_subheadings_the_extraction_skipped_inside_the_container_are_put_back_in_order() -> None:
    skipped = "Officials expect the gates to stay open until the reservoir falls below its seasonal average."
    tree = _tree(f"<article>{_paras(STORY[:2])}<h2>What happens next</h2><div><p>{skipped}</p></div>"
                 f"{_paras(STORY[2:])}<div class='comments'><p>{RELATED}</p></div><p>{STORY[0]} Again.</p></article>")
    text = "\n".join(STORY)
    assert body_paragraphs(text, None, tree) == [*STORY[:2], "What happens next", skipped, *STORY[2:]]


def test_the_headline_under_a_kicker_is_not_put_back_as_a_skipped_heading() -> None:
    headline = "River authority opens flood gates after three days of rain"
    tree = _tree(f"<article><p class='kicker'>FLOODS</p><h1>{headline}</h1>{_paras(STORY)}</article>")
    # The extraction gives the kicker and the headline over the text; the headline is taken out and stays out, and
    # the kicker's label over it is no paragraph.
    text = "\n".join(["FLOODS", headline, *STORY])
    assert body_paragraphs(text, headline, tree) == STORY


def test_a_long_line_over_the_headline_stays() -> None:
    headline = "River authority opens flood gates after three days of rain"
    tree = _tree(f"<article><p>{STORY[0]}</p><h1>{headline}</h1>{_paras(STORY[1:])}</article>")
    # Only a label's few words over the headline are dropped: a paragraph the extraction sets there stays.
    text = "\n".join([STORY[0], headline, *STORY[1:]])
    assert body_paragraphs(text, headline, tree) == STORY


def test_a_byline_and_date_line_under_the_headline_is_no_paragraph() -> None:
    headline = "River authority opens flood gates after three days of rain"
    line = "AFP · Published 24 Dec 2026 · Updated 24 Dec 2026, 17:12"
    tree = _tree(f"<article><h1>{headline}</h1><p>{line}</p>{_paras(STORY)}</article>")
    assert body_paragraphs("\n".join([headline, line, *STORY]), headline, tree) == STORY


def test_nothing_is_put_back_after_the_last_extracted_paragraph() -> None:
    teaser = "Five places to watch the flood gates open, and what to bring with you when you go there."
    tree = _tree(f"<article>{_paras(STORY)}<p>{teaser}</p></article>")
    assert body_paragraphs("\n".join(STORY), None, tree) == STORY


def test_extract_leaves_out_a_related_block_after_the_article() -> None:
    related = f"<p>{RELATED}</p>"
    content = (f"<html><head><title>Flood gates opened</title></head><body><main><article>"
               f"<h1>Flood gates opened</h1>{_paras(STORY)}</article><section class='more'>{related}</section>"
               "</main></body></html>")
    page = Page(id="fixture", path="fixture.html", kind="html", content=content,
                url="https://news.example.org/2025/flood-gates")
    article = extract(page)
    assert all(p in article.text for p in STORY)
    assert RELATED not in article.text
