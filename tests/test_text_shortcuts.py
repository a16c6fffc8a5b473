"""The cheap tests the text extractor runs before its costlier ones must never change what it finds: repeated
paragraphs are told apart by their words; a line written twice is classed the same at both places; source
names are matched longest first; lines without a year hold no date; a credit is found wherever a full search
finds one; the site name `prepare` read from a page's lines is the one `extract` would read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.extract import ExtractionError, extract, prepare
from newstrace.extract.credits import _CREDIT_LINE, _credit_matches, byline_names, may_be_byline, origin
from newstrace.extract.text_dates import find_date, written_date
from newstrace.extract.text_lines import split_lines
from newstrace.models import Page

OPENING = ("Fishing crews on the river stayed ashore on Tuesday after the regional water board closed the main "
           "landing to boats while it inspected a damaged lock.")
# OPENING's words in reverse order: the same letters, another key.
SHUFFLED = " ".join(reversed(OPENING.removesuffix(".").split())) + "."
FOLLOWING = ("Traders at the landing said the closure had already pushed up the price of fish in the city markets, "
             "where most of the catch is sold each morning.")


def _extract(lines: list[str]) -> list[str]:
    page = Page(id="p", path="p.txt", kind="text", content="\n".join(lines))
    return extract(page).body


def test_a_paragraph_repeated_with_other_case_and_punctuation_is_kept_once() -> None:
    body = _extract(["Home", "World", "River landing closed", OPENING, FOLLOWING,
                     OPENING.upper().replace(",", "").replace(".", "!")])
    assert body == [OPENING, FOLLOWING]


def test_paragraphs_with_the_same_letters_but_other_words_are_both_kept() -> None:
    assert sorted(OPENING) == sorted(SHUFFLED)
    body = _extract(["Home", "World", "River landing closed", OPENING, FOLLOWING, SHUFFLED])
    assert body == [OPENING, FOLLOWING, SHUFFLED]


def test_a_line_written_twice_is_one_line_object() -> None:
    lines = split_lines("\n".join(["  * World", "  * Sport", OPENING, "  * World"]))
    assert [line.text for line in lines] == ["World", "Sport", OPENING, "World"]
    assert lines[0] is lines[3]


@pytest.mark.parametrize(("body", "expected"), [
    (["The spill was the worst in a decade, according to the Associated Press."], "AP"),
    (["“We will reopen,” the minister told AGENCE FRANCE-PRESSE on Monday."], "AFP"),
    (["The minister told Reutersnews on Monday."], None),  # a longer word is no mention
])
def test_wire_mentions_are_matched_longest_first(body: list[str], expected: str | None) -> None:
    assert origin(body) == expected


@pytest.mark.parametrize("line", [
    "By Ana Ruiz and Tom Berg, 6:52am November 06, 2025",
    "AUTHOR: Meridian Times",
    "Lena Osk | Updated: March 13, 2024",
    "Reported by: Jane Doe",
])
def test_the_byline_pretest_passes_every_byline(line: str) -> None:
    assert byline_names(line)
    assert may_be_byline(line.split()[0].lower(), line)


@pytest.mark.parametrize("text", ["Published: Nov 5 at 12:25 pm", "05-11-25", "March 3", "In 1850 the river froze"])
def test_text_without_a_full_year_holds_no_date(text: str) -> None:
    assert find_date(text, month_precision=True) is None
    assert written_date(text) is None


STORY_SETS = Path(__file__).parent / "story_sets"


@pytest.mark.parametrize("line", [
    "Fishing crews stayed ashore, with additional reporting by Reuters in Lagos.",
    "This article was originally published on The Harbour Ledger and is republished with permission.",
    "Officials said the landing would reopen. Copyright 2026 The Associated Press. All rights reserved.",
    "Source: AFP",
    "ab/rt (AFP, Reuters)",
])
def test_the_credit_pretest_finds_what_a_full_search_finds(line: str) -> None:
    found = [m.span() for m in _credit_matches(line)]
    assert found and found == [m.span() for m in _CREDIT_LINE.finditer(line)]


def test_the_credit_pretest_finds_what_a_full_search_finds_on_every_story_set_line() -> None:
    lines = {line.strip() for dump in STORY_SETS.rglob("*.txt")
             for line in dump.read_text(encoding="utf-8").splitlines()}
    credited = [line for line in lines if any(_CREDIT_LINE.finditer(line))]
    assert len(credited) > 50  # the sets credit agencies and first publishers in many ways
    for line in lines:
        assert [m.span() for m in _credit_matches(line)] == [m.span() for m in _CREDIT_LINE.finditer(line)], line


def test_the_site_names_prepare_keeps_are_those_extract_would_find() -> None:
    looked_up = 0
    for folder in sorted(STORY_SETS.iterdir()):
        pages = [Page(id=f.stem, path=str(f), kind="text", content=f.read_text(encoding="utf-8"))
                 for f in sorted(folder.glob("*.txt"))]
        context = prepare(pages)
        kept = len(context.site_names)
        for page in pages:
            try:
                outlet = extract(page, context).outlet
            except ExtractionError:
                continue
            assert outlet == extract(page, replace(context, site_names={})).outlet, page.path
        looked_up += len(pages) - (len(context.site_names) - kept)
    assert looked_up > 1000  # most pages' names were looked up, not worked out again
