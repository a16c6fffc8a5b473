"""The plain-text dump extractor on real dumps (samples/, seeds) and hand-written ones: the article's own
paragraphs without the page's furniture, its headline, byline, date, outlet, and the source it credits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, SHARED

from newstrace.extract import ExtractContext, ExtractionError, extract, prepare
from newstrace.extract.credits import (
    apply_credits,
    byline_names,
    credit_names,
    credit_note,
    dated_byline,
    dated_name,
    dateline,
    in_mixed_case,
    known_source,
    lede,
    origin,
    person_line,
    reporting_from,
    signed_off_by,
    without_place,
)
from newstrace.extract.paragraphs import without_pull_quotes
from newstrace.extract.text_dates import find_date, in_house_order, stamped, time_of_day
from newstrace.extract.text_lines import (
    BARRIER,
    JUNK,
    META,
    RELATED,
    SHORT,
    caption_words,
    classify,
    count_stops,
    split_lines,
    without_end_mark,
)
from newstrace.extract.text_meta import authors, outlet, place_before_date, published
from newstrace.ingest import read_pages
from newstrace.languages import STOPWORDS, guess_language
from newstrace.models import Article, Page

SAMPLES = Path(__file__).parents[1] / "samples"
GOLD = SHARED / "gold" / "seeds.json"

STORY = [
    "NAIROBI, Kenya (AP) — Fishing crews on the river stayed ashore on Tuesday after the regional water board "
    "closed the main landing to boats while it inspected a damaged lock.",
    "“We cannot take the risk of a boat hitting the gate while the divers are down there,” said the board’s "
    "chief engineer, who asked that the work be finished within the week.",
    "Traders at the landing said the closure had already pushed up the price of fish in the city markets, "
    "where most of the catch is sold each morning.",
    "The board said it would publish a timetable for the repairs once the divers had finished their survey "
    "of the gate and its hinges.",
]
HANDWRITTEN = "\n".join([
    "Home", "World", "Business", "Sport", "Search", "Subscribe",
    "Tuesday, March 4, 2025",
    "Share on Facebook", "Share on Twitter", "WhatsApp",
    "River landing closed for lock repairs",
    "By Ana Ruiz and Tom Berg",
    "Published: March 3, 2025 10:42 am",
    STORY[0],
    STORY[1],
    "The damaged lock gate at the river landing. Photo: AP",
    "READ ALSO: Ferry fares rise for the third year in a row",
    STORY[2],
    "Sign up for our newsletter to get the morning’s top stories in your inbox.",
    STORY[3],
    "Tags: river, fishing, repairs",
    "Related stories",
    "Harbour fees to rise next year",
    "The port authority said it would raise fees for cargo ships and fishing boats from January.",
    "March 2, 2025",
    "Ferry crews end their strike",
    "Crews returned to work after the operators agreed to pay their wages for the days they lost.",
    "March 1, 2025",
    "Storm closes the northern harbour",
    "The harbour master said the piers would stay shut until engineers had checked every mooring.",
    "February 28, 2025",
    "2 Comments",
    "Leave a reply",
    "Your email address will not be published. Required fields are marked *",
    "© 2025 River Daily. All rights reserved.",
    "Privacy Policy | Terms of Use | Contact",
])


def _page(content: str, page_id: str = "page", url: str | None = None) -> Page:
    return Page(id=page_id, path=f"{page_id}.txt", kind="text", content=content, url=url)


def _samples() -> dict[str, Article]:
    pages = [p for p in read_pages([SAMPLES]) if isinstance(p, Page) and p.kind == "text"]
    context = prepare(pages)
    return {p.id: extract(p, context) for p in pages}


def test_handwritten_dump_keeps_only_the_article() -> None:
    article = extract(_page(HANDWRITTEN))
    assert article.body == STORY
    assert article.title == "River landing closed for lock repairs"
    assert article.authors == ["Ana Ruiz", "Tom Berg"]
    assert article.published == "2025-03-03"  # the byline's date, not the masthead's "today"
    assert article.dateline == "NAIROBI, Kenya"
    assert article.origin == "AP"
    assert article.outlet == "River Daily"
    assert article.language == "en"


@pytest.mark.parametrize(("head", "author"), [
    (["Tuesday, March 4, 2025", "Mark Tollan"], "Mark Tollan"),  # the date above the name
    (["Mark Tollan", "Last updated:", "March 4, 2025"], "Mark Tollan"),  # a label, its date on the next line
    (["Mark Tollan", "9 min read"], "Mark Tollan"),
    (["Travel", "Mark Tollan", "Reading time: 9 minutes"], "Mark Tollan"),
    (["Ana Ruiz, MS, RD", "March 4, 2025"], "Ana Ruiz"),
    (["The River Daily Team", "Published", "March 4, 2025"], "The River Daily Team"),
    (["RiverWorks Team", "March 4, 2025"], "RiverWorks Team"),  # a desk, though the story speaks of a team
    (["Team RiverWorks", "March 4, 2025"], "Team RiverWorks"),  # the same desk, named the other way round
    (["Ana Ruiz, Print Managing Editor", "March 4, 2025"], "Ana Ruiz"),
    (["Ana Ruiz", "Trending Editor"], "Ana Ruiz"),  # a job title under the name, no date
    (["Ana Ruiz Founder & Lead Reviewer", "March 4, 2025"], "Ana Ruiz"),  # two titles joined
    (["Ana Ruiz CPP, PSP", "March 4, 2025"], "Ana Ruiz"),  # credentials before the comma too
    (["Ana Ruiz RIVER DAILY", "March 4, 2025"], "Ana Ruiz"),  # the paper's name set in capitals after hers
    (["Lauren", "Last update:", "March 4, 2025"], "Lauren"),
    (["Mar 4, 2025 Ana K. Ruiz"], "Ana K. Ruiz"),  # the date before the name
    (["4 March 2025 Ana K. Ruiz"], "Ana K. Ruiz"),  # written day first
    (["Ana Ruiz"], "Ana Ruiz"),  # a name alone under the headline
    (["Lauren", "March 4, 2025"], "Lauren"),  # a first name alone between the headline and the date
    (["March 4, 2025", "Lauren"], "Lauren"),
    (["Çelik Nimani", "March 4, 2025"], "Çelik Nimani"),  # capitals beyond A-Z
    (["Ana Martínez-Beltrán", "March 4, 2025"], "Ana Martínez-Beltrán"),
    (["Lauren", "Mar 4", "6 min read"], "Lauren"),  # a blog's post of the current year: no year written
    (["Dr. Ruiz", "March 4, 2025"], "Dr. Ruiz"),  # an honorific and a surname
    (["ANA RUIZ", "March 4, 2025"], "Ana Ruiz"),  # set in capitals by the stylesheet
    (["Ana RuizTrending Editor", "March 4, 2025"], "Ana Ruiz"),  # a link's text glues the name to the title
    (["Ana Ruiz Senior Editor", "March 4, 2025"], "Ana Ruiz"),  # a person with a title, not a desk
    (["2025-03-04·Ana Ruiz"], "Ana Ruiz"),  # the renderer glues the separator dot to both
    (["Ana Ruiz in Kyiv", "Wed 4 Mar 2025 10.00 GMT"], "Ana Ruiz"),  # where she filed from
])
def test_byline_block_without_by(head: list[str], author: str) -> None:
    # "mark" is also an everyday word of the story: a first name may be one, the surname is not.
    story = [*STORY[:3], "Engineers will mark the gate with buoys until the team of divers has finished its work."]
    article = extract(_page("\n".join(["Home", "World", "River landing closed for lock repairs", *head, *story])))
    assert article.authors == [author]
    assert article.body == story


@pytest.mark.parametrize(("signature", "authors"), [
    ("Harbour Boat Repairs", ["Harbour Boat Repairs"]),  # the site's name, as its footer gives it
    ("Boat Repairs", []),  # a label of the blog's: "repairs" is a word of the story
])
def test_a_business_signs_its_own_post_by_the_site_s_name(signature: str, authors: list[str]) -> None:
    story = [*STORY[:3], "The repairs will take three weeks, and boats must wait at the harbour until then."]
    head = ["Home", "Blog", "River landing closed for lock repairs", signature, "March 4, 2025"]
    dump = "\n".join([*head, *story, "© 2025 Harbour Boat Repairs. All rights reserved."])
    assert extract(_page(dump)).authors == authors


def test_a_headline_beside_the_date_is_no_name_filed_from_a_place() -> None:
    # "X in Y" names a writer and where they filed from only where Y is a known place.
    head = ["Home", "World", "River landing closed for lock repairs", "Why Locks Fail in Production", "March 4, 2025"]
    assert extract(_page("\n".join([*head, *STORY]))).authors == []


@pytest.mark.parametrize(("under", "authors"), [
    ("Ana Ruiz", ["Ana Ruiz"]),
    ("Boat Hub", []),  # a menu's item: "boat" is a word of the story
])
def test_a_name_alone_under_the_headline_s_standfirst_is_its_writer(under: str, authors: list[str]) -> None:
    standfirst = "Divers found a crack in the lower gate, and the boats must wait until it is mended."
    head = ["Home", "World", "River landing closed for lock repairs", standfirst, under, "Contents"]
    assert extract(_page("\n\n".join([*head, *STORY]))).authors == authors


def test_an_acronym_in_capitals_beside_a_date_names_nobody() -> None:
    # A list of events: the date, then the event's name in capitals.
    head = ["River landing closed for lock repairs", "March 4, 2025", "RIVERFEST GTC", "Lagos, Nigeria"]
    assert extract(_page("\n".join(["Home", "World", *head, *STORY]))).authors == []


@pytest.mark.parametrize("byline", ["DAILY RIVER WITH AA", "River Daily English with AFP"])
def test_a_desk_s_byline_with_the_agency_it_draws_on_names_no_writer(byline: str) -> None:
    head = ["River landing closed for lock repairs", byline, "ISTANBUL Dec 05, 2026 - 2:32 pm GMT+3"]
    story = [STORY[0].replace("NAIROBI, Kenya (AP) — ", ""), *STORY[1:]]
    article = extract(_page("\n".join(["Home", "World", *head, *story])))
    assert (article.authors, article.origin) == ([], "Anadolu" if "AA" in byline else "AFP")


@pytest.mark.parametrize("item", ["Reporter Toolkit: Covering Storms", "By Use Case", "Door Check Gas Springs"])
def test_a_menu_item_above_the_headline_that_reads_as_a_byline_names_nobody(item: str) -> None:
    menu = ["Newsroom", "Press Releases", item, "Annual Meeting", "Advocacy", "Careers", "Events", "Members",
            "Journals", "Contact"]
    page = ["Home", *menu, "", "River landing closed for lock repairs", "", *STORY]
    assert extract(_page("\n".join(page))).authors == []


def test_a_labelled_byline_below_the_article_s_references() -> None:
    references = [f"Ruiz A, Berg T. A study of lock gates, part {n}. J Hydraul Eng. 2021;{n}:11-19."
                  for n in range(1, 12)]
    page = ["Home", "River landing closed for lock repairs", *STORY, "References", *references,
            "Article written by:", "Ana Ruiz, MD, FACS", "Article reviewed by:", "Tom Berg", "Contact us", "Privacy"]
    assert extract(_page("\n".join(page))).authors == ["Ana Ruiz"]


@pytest.mark.parametrize(("masthead", "authors"), [
    ("Ana Okonkwo", ["Ana Okonkwo"]),  # a personal site: its posts are its owner's
    ("Ana's Kitchen", []),  # named for the owner's things
    ("Get Listed", []),  # a menu's first item, in everyday words
    ("Skip Navigation", []),
])
def test_a_personal_site_s_masthead_names_the_writer_no_byline_names(masthead: str, authors: list[str]) -> None:
    page = [masthead, "Posts", "Projects", "About", "", "River landing closed for lock repairs", "", *STORY]
    assert extract(_page("\n".join(page))).authors == authors


def test_a_personal_site_s_masthead_under_the_page_s_own_title() -> None:
    # Some renderers write the document's title first.
    page = ["River landing closed for lock repairs | Ana Okonkwo", "", "Ana Okonkwo", "Posts", "Projects", "",
            "River landing closed for lock repairs", "", *STORY]
    assert extract(_page("\n".join(page))).authors == ["Ana Okonkwo"]


@pytest.mark.parametrize(("masthead", "footer", "authors"), [
    ("Ana Okonkwo", "© 2025 Ana Okonkwo", ["Ana Okonkwo"]),
    ("Quick Menuadd", "© 2025", []),  # a menu's label glued to its icon's name, said once
])
def test_a_masthead_under_a_title_that_the_headline_repeats_with_more(masthead: str, footer: str,
                                                                     authors: list[str]) -> None:
    # The headline line adds the date to the document's title, so the title does not hold it.
    page = ["River landing closed for lock repairs", "", masthead, "Posts", "Projects", "",
            "River landing closed for lock repairs / Mar 2025", "", *STORY, footer]
    assert extract(_page("\n".join(page))).authors == authors


def test_the_byline_under_another_copy_of_the_headline() -> None:
    # A sticky header draws the headline and its byline, here a user name; the copy over the text has none.
    header = ["River landing closed for lock repairs", "by aruiz", "Share", "Comments"]
    menu = ["Home", "World", "Business", "Sport", "Opinion", "Weather", "Subscribe"]
    lines = split_lines("\n".join([*header, *menu, "River landing closed for lock repairs", *STORY]))
    for line in lines:
        line.kind = classify(line)
    title = len(header) + len(menu)
    assert authors(lines, title, title + 1, len(lines) - 1, None) == ["aruiz"]


def test_the_date_beside_another_copy_of_the_headline() -> None:
    header = ["River landing closed for lock repairs", "by aruiz | March 4, 2025 9:40 am", "Share", "Comments"]
    menu = ["Home", "World", "Business", "Sport", "Opinion", "Weather", "Subscribe"]
    footer = ["About us", "Contact", "Careers", "Advertise", "Privacy", "Terms"]
    teasers = [*footer, "Ferry fares to rise on the east bank", "February 27, 2025"]  # far from both copies
    lines = split_lines("\n".join([*header, *menu, "River landing closed for lock repairs", *STORY, *teasers]))
    for line in lines:
        line.kind = classify(line)
    title = len(header) + len(menu)
    # With the time of day its line gives.
    assert published(lines, title, title + 1, title + len(STORY)) == ("2025-03-04", "09:40")


def test_a_pen_name_under_the_headline_s_standfirst() -> None:
    deck = "Divers will spend the week on the lower gate before the landing opens again."
    head = ["River landing closed for lock repairs", deck, "Lauren", "Mar 4, 2025"]
    assert extract(_page("\n".join(["Home", "World", *head, *STORY]))).authors == ["Lauren"]


@pytest.mark.parametrize(("byline", "authors"), [
    (["By", "Lauren"], ["Lauren"]),  # a first name alone, marked by the label above it
    (["Written by", "Ana Ruiz and Tom Berg"], ["Ana Ruiz", "Tom Berg"]),
    (["By", "Ana Ruiz", ",", "Tom Berg", ", and", "Lea Stone"], ["Ana Ruiz", "Tom Berg", "Lea Stone"]),  # links
    (["Author(s)", "Ana Ruiz", "Tom Berg", "Download pdf"], ["Ana Ruiz", "Tom Berg"]),  # one name to a line
    (["Written by:", "Ana Ruiz", "Tom Berg", "March 4, 2025"], ["Ana Ruiz"]),  # the next name is a reviewer's
    (["Article by:", "Ana Ruiz"], ["Ana Ruiz"]),
    (["by aruiz"], ["aruiz"]),  # a user name
    (["Posted on March 4, 2025 by aruiz"], ["aruiz"]),
    (["by aruiz | March 4, 2025"], ["aruiz"]),
    (["Ana Ruiz, Tom Berg & Lea Stone", "March 4, 2025"], ["Ana Ruiz", "Tom Berg", "Lea Stone"]),  # no label
])
def test_names_on_a_line_of_their_own(byline: list[str], authors: list[str]) -> None:
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *byline, *STORY])))
    assert article.authors == authors


@pytest.mark.parametrize(("byline", "author"), [
    (["Riverworks Team", "March 4, 2025"], "Riverworks Team"),
    (["Posted on March 4, 2025 by riverworks"], "riverworks"),
    (["Riverworks Lifestyle Desk", "March 4, 2025"], "Riverworks Lifestyle Desk"),  # one word of it is common
])
def test_a_desk_whose_address_the_story_gives_is_still_its_author(byline: list[str], author: str) -> None:
    # The site's address in the text is no word of it: "riverworks" there is the desk's name, not a common word.
    story = [*STORY, "Readers with questions about the repairs can write to desk@riverworks.io or see riverworks.com.",
             "The closure has changed the lifestyle of the crews, who fish from the landing every morning."]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *byline, *story])))
    assert article.authors == [author]


def test_byline_below_a_menu_of_described_links() -> None:
    # Menu entries with a sentence under each can outscore the headline; the byline is still the story's.
    menu = ["Programs", "Our full-time program develops leaders who will shape the industry in the years ahead.",
            "Executive courses", "Short courses give working managers the tools they need for the next step."]
    head = ["River landing closed for lock repairs", "By", "Ana Ruiz", "March 3, 2025"]
    more = [f"Ferry crews on the east bank said the closure would cost them a week of fares, item {n}."
            for n in range(9)]
    article = extract(_page("\n".join(["Home", *menu, "By Industry", *more, *head, *STORY])))
    assert article.authors == ["Ana Ruiz"]


@pytest.mark.parametrize("under", ["Our Labs", "Subscribe Now", "Winter Storms", "Feature\nMarch 4, 2025",
                                   "River\nMarch 4, 2025", "Key Takeaways", "Contents\nMarch 4, 2025",
                                   "Show Sidebar\n5 min read", "Expert Verified\nMarch 4, 2025",
                                   "Mar 4\nHidden Costs"])  # a day with no year heads the section under it
def test_a_menu_item_or_section_under_the_headline_is_no_name(under: str) -> None:
    story = [*STORY, "The storms of last winter had left the gate weakened, the engineers said."]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", under, *story])))
    assert article.authors == []


def test_author_box_after_the_article() -> None:
    box = ["Ana Ruiz", "Ana Ruiz is the paper's river correspondent. She has covered the water board since 2019."]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *STORY, *box])))
    assert article.authors == ["Ana Ruiz"]


def test_labelled_byline_after_the_article() -> None:
    more = [f"Ferry crews on the east bank said the closure would cost them a week of fares, item {n}."
            for n in range(8)]
    tail = ["Tags: river, repairs", "Article by", "Ana Ruiz", "Back to all posts"]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *STORY, *more, *tail])))
    assert article.authors == ["Ana Ruiz"]


def test_a_heading_by_a_word_of_the_text_is_no_byline_after_the_article() -> None:
    # "Landings by Distance" drawn as a heading and its label: "distance" is a word the text uses.
    more = ["Traders said the distance to the next landing was too great for most of the smaller boats."]
    tail = ["By Distance", "© 2025 River Daily"]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *STORY, *more, *tail])))
    assert article.authors == []


def test_a_list_of_other_stories_between_headline_and_text_dates_nothing() -> None:
    # A sidebar drawn between the article's head and its text: its dated bylines are the teasers'.
    head = ["March 3, 2025", "River landing closed for lock repairs", "Written by: Ana Ruiz", "Most Popular"]
    teasers = [line for n, day in enumerate(["July 15, 2025", "June 9, 2025", "June 5, 2025"])
               for line in (f"Ferry fares to rise on the east bank, part {n}", f"Tom Berg | {day}")]
    article = extract(_page("\n".join(["Home", "World", "Sport", *head, *teasers, *STORY])))
    assert (article.published, article.authors) == ("2025-03-03", ["Ana Ruiz"])


def test_heading_repeated_by_its_paragraph_is_no_author_box() -> None:
    section = ["Memorial Park", "Memorial Park is home to the city's oldest trails, which the board also maintains."]
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *STORY, *section])))
    assert article.authors == []


def test_byline_above_a_late_section_taken_for_the_article() -> None:
    # On a long page the region found can be a late section; the byline at the top still names the author,
    # and a menu's "By Category" between the two does not.
    intro = [f"Part {n}: what the closure means for the landing" for n in range(8)]
    lines = split_lines("\n".join(["River landing closed for lock repairs", "By Ana Ruiz", "* By Category", *intro,
                                    *STORY]))
    for line in lines:  # as the extractor classes them, bylines as META
        line.kind = META if byline_names(line.text) else classify(line)
    start = len(lines) - len(STORY)
    assert authors(lines, None, start, len(lines) - 1, None) == ["Ana Ruiz"]


@pytest.mark.parametrize("byline", [
    ["Ana Ruiz, MS, RD, Water Board Analyst"],
    ["Ana Ruiz, Water Correspondent"],
    ["Senior Water Correspondent", "Lock repairs"],
    ["Edited by Tom Berg and Lea Stone"],
])
def test_a_byline_s_parts_are_no_headline(byline: list[str]) -> None:
    toc = ["In this story", "Closing times", "Prices at the market", "Contact the board"]
    content = "\n".join(["Home", "River landing closed for lock repairs", *toc, *byline, "March 3, 2025", *STORY])
    assert extract(_page(content)).title == "River landing closed for lock repairs"


def test_consent_box_before_the_article_is_left_out() -> None:
    consent = ["We Care About Your Privacy",
               "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies "
               "to process personal data. You may accept or manage your choices by clicking below, including your "
               "right to object where legitimate interest is used, or at any time in the privacy policy page.",
               "Accept All Reject All Show Purposes"]
    article = extract(_page("\n".join([*consent, "River landing closed for lock repairs", "By Ana Ruiz", *STORY])))
    assert article.body == STORY


def test_menu_of_cards_before_the_article_is_left_out() -> None:
    cards = ["Degrees", "Our full-time program develops leaders who will shape the industry in the years ahead.",
             "Short courses", "Short courses give working managers the tools they need for their next step.",
             "Research", "Our faculty publish research that changes how companies are run around the world.",
             "Events", "Conferences and talks bring practitioners and scholars together on the campus."]
    content = "\n".join(["Home", *cards, "River landing closed for lock repairs", "By Ana Ruiz", *STORY])
    article = extract(_page(content))
    assert article.body == STORY
    assert article.title == "River landing closed for lock repairs"


def test_a_menu_of_cards_each_glued_to_its_blurb_is_no_paragraph() -> None:
    # A page's text draws a card's name and blurb, two spans of one link, with no space between.
    cards = ["Harbour ToursSee the working port from the water with a guide who knows every berth and crane.",
             "Lock HistoryRead how the river was tamed, gate by gate, over two hundred years of building.",
             "Fishing PermitsApply for a season's permit online and collect it at the landing office.",
             "Ferry TimesPlan your crossing with timetables for every ferry that calls at the landing."]
    headline = "River landing closed for lock repairs"
    content = "\n".join(["Visit", *cards]) + "\n\n" + "\n\n".join([headline, *STORY])
    article = extract(_page(content))
    assert (article.title, article.body) == (headline, STORY)


def test_paragraphs_that_open_with_one_name_in_camel_case_are_the_article() -> None:
    paragraphs = ["McAllister said on Tuesday that the landing would stay shut until the lock gate was mended.",
                  "McAllister, who chairs the water board, told crews the divers had found a long crack.",
                  "McAllister added that the board would pay the fishing crews for the days they lost.",
                  *STORY]
    content = "\n\n".join(["Home", "World", "River landing closed for lock repairs", *paragraphs])
    assert extract(_page(content)).body == paragraphs


def test_cards_named_by_links_are_a_menu_and_a_checklist_of_links_is_the_article() -> None:
    # html2text draws a card's name as a link; a checklist's items may be links too, but are not written as names.
    cards = ["[Master of Finance](https://example.org/mf)",
             "A rigorous, hands-on program that prepares adaptive problem solvers for careers in finance.",
             "[Executive Education](https://example.org/ee)",
             "Programs for senior executives who want to move from success to significance in their careers.",
             "[Leaders for Global Operations](https://example.org/lgo)",
             "Earn your degree in engineering and management with this transformative two-year program.",
             "[Visiting Fellows](https://example.org/vf)",
             "A customizable program for professionals in the middle of their careers, at home or abroad."]
    content = "\n\n".join(["Home", "## Which program is right for you?", *cards,
                           "River landing closed for lock repairs", "By Ana Ruiz", *STORY])
    article = extract(_page(content))
    assert (article.title, article.body) == ("River landing closed for lock repairs", STORY)
    steps = ["[Book the ferry](https://example.org/ferry)",
             "Crossings fill up weeks ahead in the summer months, so book a seat as soon as you know the day.",
             "[Pack a rain coat](https://example.org/coats)",
             "The weather on the river changes within the hour, and the open deck has no roof over it.",
             "[Check the lock times](https://example.org/locks)",
             "Boats wait at the gate while the lock fills, which can add half an hour to the crossing.",
             "[Pay at the landing](https://example.org/pay)",
             "The stalls at the landing take cash and cards, and so do the cafes along the quay."]
    content = "\n\n".join(["Home", "# Before you cross the river", "By Ana Ruiz", *steps, "Contact us"])
    assert extract(_page(content)).body == steps[1::2]


def test_a_table_of_figures_inside_the_article_does_not_part_it() -> None:
    # Forty rows of a date and a figure, as a chart's data table renders: no menu, however short its rows.
    rows = [f"{month}/1/20{year} +{year}.{month}%" for year in (13, 14, 15, 16) for month in range(1, 11)]
    content = "\n".join(["Home", "", "River landing closed for lock repairs", "By Ana Ruiz", "", STORY[0], "",
                         STORY[1], "", "Date Change in the price of fish", *rows, "", STORY[2], "", STORY[3], "",
                         "Contact us", "About us"])
    article = extract(_page(content))
    assert (article.title, article.body) == ("River landing closed for lock repairs",
                                             [STORY[0], STORY[1], "Date Change in the price of fish", *STORY[2:]])


def test_longer_cards_under_a_section_heading_after_the_article_are_left_out() -> None:
    # Teasers' blurbs run longer than a menu's, and their headlines too: the heading over them says what they are.
    cards = [
        "Complete guide to the ferry timetable and the fares for every crossing this summer",
        "Learn everything you need to know about the ferry timetable this summer, from the first boat in the "
        "morning to the last one at night, with the fares for every crossing and the best times to travel.",
        "Where to eat fresh fish near the river landing: our favourite stalls and cafes",
        "Discover where the fishing crews themselves eat after a long night on the river, which stalls sell the "
        "freshest catch in the morning, and which cafes stay open late for the ferry passengers.",
        "The history of the lock gates and the engineers who have kept them working",
        "Find out how the lock gates on the river were built more than a century ago, who has kept them working "
        "since then, and why the divers inspect the hinges every spring before the season.",
        "Walking routes along the river from the landing to the old harbour and back",
        "Explore the best walking routes along the river, from the busy landing to the quiet old harbour, with "
        "maps, the distances of each route and the places where you can stop for a rest on the way.",
    ]
    content = "\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY,
                         "Popular articles", *cards, "About us", "Contact"])
    article = extract(_page(content))
    assert article.body == STORY


def test_numbered_short_items_of_the_article_s_own_list_are_kept() -> None:
    items = ["1. The north gate", "Divers found a crack along the lower hinge that will need welding.",
             "2. The south gate", "The seals have worn thin and will be replaced during the same closure.",
             "3. The control room", "New sensors will warn the lock keepers before a gate is overloaded."]
    # At the article's end, where nothing after them would carry the region over them.
    article = extract(_page("\n".join(["Home", "River landing closed for lock repairs", *STORY, *items,
                                        "Tags: river, repairs"])))
    assert article.body == [*STORY, *items]


def test_headline_above_a_long_table_of_contents() -> None:
    toc = ["Table of Contents", *(f"* Part {n}: the landing in week {n}" for n in range(35))]
    content = "\n".join(["Home", "River landing closed for lock repairs", "March 3, 2025", *toc, *STORY])
    assert extract(_page(content)).title == "River landing closed for lock repairs"


@pytest.mark.parametrize("line", ["9 min read", "Reading Time: 3 minutes", "Reading time about 6 minutes",
                                  "Estimated reading time: 11 minutes",
                                  # a web form's standard messages
                                  "Thank you! Your submission has been received!",
                                  "Oops! Something went wrong while submitting the form.",
                                  # a newsletter box's promise
                                  "The day's top stories, delivered to your inbox every morning.",
                                  # a comment form's rules
                                  "Comments will be moderated. Keep comments relevant to the article.",
                                  # a subscription's pitch
                                  "Don't miss out on the latest news and information.",
                                  "Subscribe to EXAMPLE PLUS to get access to The Example Daily & other 70+ titles."])
def test_reading_times_and_form_messages_are_furniture(line: str) -> None:
    assert classify(split_lines(line)[0]) == JUNK


@pytest.mark.parametrize("line", ["Read more in Social Media Marketing", "Read more about the harbour"])
def test_a_pointer_to_a_section_is_no_headline(line: str) -> None:
    assert classify(split_lines(line)[0]) == RELATED


@pytest.mark.parametrize(("headline", "deck"), [
    ("River landing closed for lock repairs",
     "A guide to why the landing was closed, how long the repairs will take and what they will cost"),
    # No longer than a headline in title case, but a sentence.
    ("River Landing Closed For Lock Repairs As Divers Find A Crack In The Gate",
     "Three questions answered on the closure—plus, the timetable for repairs"),
])
def test_standfirst_under_the_headline_is_not_the_headline(headline: str, deck: str) -> None:
    content = "\n".join(["Home", headline, deck, "March 3, 2025", *STORY])
    assert extract(_page(content)).title == headline


def test_headline_is_in_the_story_s_words_not_a_banner_nearer_the_text() -> None:
    toc = ["In this guide", "Closing times", "Prices at the market", "Timetable of repairs", "Contact the board"]
    banner = ["Your choices on this website", "We value what you tell us"]
    content = "\n".join(["Home", "World", "River landing closed for lock repairs", *toc, *banner, *STORY])
    article = extract(_page(content))
    assert article.title == "River landing closed for lock repairs"


def test_sample_with_read_more_teasers_and_share_counts() -> None:
    article = _samples()["relay-ferry-strike"]
    assert article.title == "Ferry crews walk out as harbour stays closed"
    assert article.body[0].startswith("Ferry crews in Port Selva walked off the job")
    assert article.body[-1].startswith("Shopkeepers on the island routes")
    text = article.text
    for furniture in ("Read more", "Harbour fees to rise next year", "SHARES", "Previous Post", "cookies"):
        assert furniture not in text
    assert article.published == "2024-03-15"  # not the masthead's "Friday, March 22, 2024"
    assert article.origin == "Meridian Times"  # "Author: Meridian Times" credits another outlet
    assert article.outlet == "globalrelay.example"


def test_sample_with_read_also_links_and_newsletter_boxes() -> None:
    article = _samples()["harbourwatch-spill-rewrite"]
    assert article.title == "Valmora’s busiest harbour closes after tanker spill – what we know"
    assert article.authors == ["Lena Osk"]
    assert article.published == "2024-03-13"
    assert article.origin == "AP"  # "according to the Associated Press"
    assert article.outlet == "Harbour Watch"
    assert len(article.body) == 4
    assert not any(p.startswith(("READ ALSO", "Last Edited", "Subscribe", "Sign up")) for p in article.body)


def test_undated_sample_has_no_date_and_drops_the_channel_promo() -> None:
    article = _samples()["coastnotes-port-dredging"]
    assert article.published is None
    assert article.title == "Port Selva dredging plan stalls as fishermen object"
    assert not any("FOLLOW US" in p for p in article.body)
    assert article.body[-1] == "The ports ministry said a decision would be taken after an environmental review."


def test_undated_page_with_copyright_year_and_todays_masthead_has_no_date() -> None:
    dump = "\n".join(["Wednesday, June 4, 2025", "Home", "News", "Business", "Sport", "Opinion",
                      "Harbour lights switched off to save power", *STORY[1:], "© 2025 River Daily"])
    assert extract(_page(dump)).published is None


def test_a_date_with_a_reading_time_at_the_top_of_the_page_is_the_article_s() -> None:
    dump = "\n".join(["Home", "Business", "June 4, 2025", "6 min read", "Sport", "Opinion", "Weather",
                      "Harbour lights switched off to save power", *STORY[1:], "© 2025 River Daily"])
    assert extract(_page(dump)).published == "2025-06-04"


@pytest.mark.parametrize(("late_lines", "expected"), [
    (["Posted on March 2, 2025"], "2025-03-02"),  # a labelled date under the whole text
    # A table of facts: each label on a line of its own above its date.
    (["Published", "Publish date", "March 2, 2025", "Reviewed", "October 8, 2025"], "2025-03-02"),
    (["Publication", "Date", "March 2025"], "2025-03"),
    (["Date last reviewed: March 2025"], None),  # a review is no publication, and a month alone no day
    (["Comments are closed.", "March 2, 2025"], "2025-03-02"),  # the one day the page shows
    (["March 2, 2025", "Harbour fees to rise next year", "February 27, 2025"], None),  # which one?
    # A signed byline, longer than a date line, dates the page over a teaser's date.
    (["By Ana Ruiz – Updated Mar 2, 2025 at 1:00 PM EST | Fact-checked by Tom Berg, Senior Editor",
      "Harbour fees to rise next year", "February 27, 2025"], "2025-03-02"),
])
def test_date_far_from_the_headline(late_lines: list[str], expected: str | None) -> None:
    toc = ["In this story", "Closing times", "Prices at the market", "Timetable of repairs", "Contact the board"]
    dump = "\n".join(["River landing closed for lock repairs", *toc, *STORY, *toc, *late_lines, "© 2025 River Daily"])
    assert extract(_page(dump)).published == expected


@pytest.mark.parametrize("notice", [
    "Correction: An earlier version of this article gave the wrong length for the closure.",
    "An article on Monday about the lock repairs misstated the number of boats waiting to pass.",
])
@pytest.mark.parametrize("dated", [True, False])
def test_the_date_under_a_correction_is_the_correction_s(notice: str, dated: bool) -> None:
    head = ["River landing closed for lock repairs", *(["March 3, 2025"] if dated else [])]
    dump = "\n\n".join([*head, *STORY[1:], notice, "Wednesday, March 12, 2025."])
    assert extract(_page(dump)).published == ("2025-03-03" if dated else None)


def test_lines_repeated_across_pages_of_one_outlet_are_furniture() -> None:
    promo = ("Our reporting is paid for by readers like you, and every contribution helps us keep the "
             "newsroom open for the stories that matter to the river towns.")
    stories = [STORY, [p.replace("river", "canal") for p in STORY], [p.replace("fish", "grain") for p in STORY]]
    pages = [_page("\n".join([f"Headline number {i} for the story", *body[:2], promo, *body[2:]]), f"p{i}",
                   url=f"https://www.river.example/news/{i}") for i, body in enumerate(stories)]
    context = prepare(pages)
    assert all(promo not in extract(page, context).body for page in pages)
    assert promo in extract(pages[0], ExtractContext()).body  # alone, the promo reads like a paragraph


def test_lines_shared_by_different_outlets_are_kept() -> None:
    pages = [_page("\n".join(["Landing closed", *STORY]), f"p{i}", url=f"https://outlet{i}.example/a")
             for i in range(3)]
    context = prepare(pages)
    assert all(extract(page, context).body == STORY for page in pages)  # a wire story carried by three sites


def test_one_article_fetched_twice_keeps_its_headline() -> None:
    # The same page under two addresses (a tracking parameter added): its lines are the article's, not the
    # outlet's furniture, though they repeat on every page of the outlet the crawl holds.
    dump = "\n\n".join(["River Times", "Home | News | Sport", "Landing closed for lock repairs", "By Ana Ruiz", *STORY])
    pages = [_page(dump, f"p{i}", url=f"https://www.river.example/news/landing{query}")
             for i, query in enumerate(["", "?utm_source=feed"])]
    context = prepare(pages)
    assert [extract(page, context).title for page in pages] == ["Landing closed for lock repairs"] * 2


def test_comment_section_after_the_article_is_cut() -> None:
    comments = []
    for n, name in enumerate(["Maria Lopez", "Jon Park", "Ada Stone"], start=1):
        comments += [f"{n}. {name} says:", f"March {n + 3}, 2025 at 10:1{n} am",
                     "I have fished from that landing for twenty years and I have never seen the board act so fast.",
                     "Reply"]
    article = extract(_page("\n".join(["Landing closed for repairs", "March 3, 2025", *STORY, *comments])))
    assert article.body == STORY


def test_hard_wrapped_dump_is_rejoined_into_paragraphs() -> None:
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, width=78) for p in STORY)
    article = extract(_page("River landing closed for lock repairs\n\n" + wrapped))
    assert article.body == STORY
    # Once the page's width is known (three paragraphs of three lines show it), a headline broken once is
    # joined, and so is a paragraph whose lines go on in capitals (a new sentence, a name).
    headline = "River landing closed for lock repairs after divers find a crack in the lower gate hinge"
    capitals = ("The board said on Tuesday that the landing would reopen to boats next week. Divers will go down "
                "again on Monday to check the new seals of the gate. Traders said the closure had cost them dearly.")
    more = ("Boat owners who moor at the landing were told to move their boats to the old quay upstream, where "
            "the board has put up a temporary pontoon and a shelter for the crews who wait there.")
    story = [*STORY, more, capitals]
    page = "\n\n".join(textwrap.fill(p, width=78) for p in [headline, *story])
    assert len(textwrap.wrap(headline, 78)) == 2
    assert not any(line[:1].islower() for line in textwrap.wrap(capitals, 78))
    article = extract(_page(page))
    assert (article.title, article.body) == (headline, story)


def test_paragraphs_longer_than_the_width_they_would_be_wrapped_at_are_not_joined() -> None:
    # A line of 120 letters over one of 100: no wrapper breaks a line past the width, so no text wrapped at 100.
    last = "The union is demanding a pay rise of 550 euros a month and a shorter working week for shift workers."
    longer = ("Deutsche Bahn's head of human resources, Martin Seiler, called the strike \"completely unnecessary and "
              "disproportionate.\"")
    assert (len(longer), len(last)) == (120, 100)
    story = [*STORY, longer, last]
    article = extract(_page("\n".join(["River landing closed for lock repairs", *story, "dpa lb/ah"])))
    assert article.body == story


def test_markdown_dump_headings_links_and_heading_that_opens_the_paragraph() -> None:
    dump = "\n".join([
        "[Home](/) [World](/world) [Sport](/sport)", "* [Login](/login)", "# River landing closed for lock repairs",
        "Fishing crews on the river stayed ashore", STORY[0].replace("Tuesday", "[Tuesday](/tag/tuesday)"),
        *STORY[1:], "## More from World", "* [Harbour fees to rise next year](/a/1)",
        "* [Ferry crews end strike](/a/2)",
    ])
    article = extract(_page(dump))
    assert article.title == "River landing closed for lock repairs"
    assert article.body == STORY  # the teaser heading that repeats the first paragraph's opening is dropped


def test_dump_in_french_reads_byline_date_and_headline() -> None:
    paragraphs = [
        "Les pêcheurs de la ville sont restés à terre mardi après la fermeture du port par les autorités, qui "
        "ont dit que la fuite était grave et que les bateaux ne sortiraient pas avant la fin de la semaine.",
        "Le ministre a dit que le port ne rouvrirait pas avant que l’eau soit sûre pour les gens qui y "
        "travaillent, et que les équipes de nettoyage étaient déjà sur place depuis la nuit.",
    ]
    dump = "\n".join(["Accueil", "Monde", "Économie", "Le port de la ville est fermé après une fuite",
                      "Par Marie Dupont", "Publié le 5 novembre 2025 à 10h12", *paragraphs, "Partager sur Facebook"])
    article = extract(_page(dump))
    assert (article.title, article.authors, article.published, article.language) == (
        "Le port de la ville est fermé après une fuite", ["Marie Dupont"], "2025-11-05", "fr")
    assert article.body == paragraphs


def test_html_pages_get_dateline_and_credit_from_their_text() -> None:
    page = next(p for p in read_pages([SAMPLES / "ledger-harbour-spill.html"]) if isinstance(p, Page))
    article = extract(page)
    assert (article.dateline, article.origin) == ("PORT SELVA, Valmora", "AP")


def test_menu_only_page_is_rejected() -> None:
    with pytest.raises(ExtractionError):
        extract(_page("\n".join(["Home", "World", "Business", "Login", "Subscribe", "© 2025 River Daily"])))


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("NAIROBI, Kenya (AP) — The junta said.", ("NAIROBI, Kenya", "AP")),
    ("WASHINGTON, Nov 5 (Reuters) - The dollar rose.", ("WASHINGTON", "Reuters")),
    ("PARIS (AFP) – Strikes hit rail lines.", ("PARIS", "AFP")),
    ("LAGOS — Fuel queues returned on Monday.", ("LAGOS", None)),
    ("UPDATE: The road has reopened.", (None, None)),
    ("EU: ministers will meet on Friday.", (None, None)),
    # 1990s wire copy types the dash as "_" and may set the dateline alone on its line.
    ("KIGALI, Rwanda (AP) _ The president said.", ("KIGALI, Rwanda", "AP")),
    ("KIGALI, Rwanda (AP) _", ("KIGALI, Rwanda", "AP")),
    ("O'SMACH, Cambodia (AP) The commander said.", ("O'SMACH, Cambodia", "AP")),
    ("IBM (NYSE) Shares rose on Monday.", (None, None)),  # without its dash, the tag must name an agency
    ("UPDATE:", (None, None)),
    ("(Bloomberg) -- A strike threatens grain exports.", (None, "Bloomberg")),  # the tag alone, no place
    ("(KXYZ) -- The strike entered its second day.", (None, None)),  # an outlet's own tag credits no agency
    ("(CNN) -- The strike entered its second day.", (None, "CNN")),  # a broadcaster whose copy affiliates run
    ("Washington CNN — The court ruled on Friday.", ("Washington", "CNN")),  # its own site, no brackets
    ("Lower Manhattan NYPD — Officers said.", (None, None)),  # capitals after a place name no source
    ("Madrid, Dec 4 (EFE).- The government said.", ("Madrid", "EFE")),  # EFE closes its tag with a point
    ("BRUSSELS, March 3 (Belga) - The government said.", ("BRUSSELS", "Belga")),
    ("TOKYO (Jiji Press) — Japan will raise its tariffs.", ("TOKYO", "Jiji")),
    ("RIYADH (SPA) — The ministry said.", ("RIYADH", "SPA")),  # in capitals only: "spa" is a word
    # GNA leaves the brackets out after the date; a region in brackets may follow the town.
    ("Ho (V/R), Dec. 05, GNA – The minister said.", ("Ho (V/R)", "GNA")),
    ("Accra, Dec. 5, USA - The minister said.", (None, None)),  # bare capitals must name an agency
    ("Ilasa (Ondara), Dec. 5, 2026 (NAN) The commissioner said.", ("Ilasa (Ondara)", "NAN")),
    ("Tehran, IRNA -- The foreign ministry said on Saturday.", ("Tehran", "IRNA")),  # IRNA leaves the date out
    # The date in full, with its year or an ordinal; a country in brackets is no source.
    ("Addis Ababa, December 5, 2026 (FBC) - The ministry said.", ("Addis Ababa", "FBC")),
    ("Montevideo, December 5th 2026 (MercoPress) – The ministry said.", ("Montevideo", "MercoPress")),
    ("KYIV (Ukraine) - The ministry said on Saturday.", ("KYIV (Ukraine)", None)),
    # The African Press Agency glues its tag to the place: the agency's, never the country's in brackets.
    ("APA-Dakar (Senegal) - The ministry said on Saturday.", ("Dakar (Senegal)", "APA")),
    ("NATO-Russia talks - The ministry said on Saturday.", (None, None)),
    # In small letters without a tag, only a known place followed by a sentence is a dateline.
    ("Dubai: The Roads and Transport Authority closed the road on Saturday.", ("Dubai", None)),
    ("Kuala Lumpur, Dec 5 -- Malaysia said on Saturday the talks would resume.", ("Kuala Lumpur", None)),
    ("Monterrey, Nuevo León — Water will be cut to homes in the city from Monday.", ("Monterrey, Nuevo León", None)),
    ("Israel: What we know so far", (None, None)),
    ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell and Dave Caris.", (None, None)),
    ("Update: The Roads and Transport Authority reopened the road on Saturday.", (None, None)),
    ("Rabat - The ministry said on Saturday that the road would reopen next week.", ("Rabat", None)),
    ("Update - The ministry said on Saturday that the road would reopen next week.", (None, None)),
    # The year after the day, after a slash; a dash glued to the text; the tag before the place and the day.
    ("Lisbon, 05 Dec 2026 (Lusa) - The government said.", ("Lisbon", "Lusa")),
    ("Addis Ababa, December 5/2026 (ENA) - The ministry said.", ("Addis Ababa", "ENA")),
    ("Tokyo, Dec. 5 (Jiji Press)--The government said.", ("Tokyo", "Jiji")),
    ("(ANSA) - ROME, DEC 5 - The town council approved the plan.", ("ROME", "ANSA")),
    # A place in accented capitals.
    ("HÀ NỘI — Việt Nam’s rice exports rose.", ("HÀ NỘI", None)),
    # A known agency after the place and its day, in capitals, without brackets.
    ("ASTANA. KAZINFORM – The government said.", ("ASTANA", "Kazinform")),
    ("Baku, December 5, AZERTAC The government said.", ("Baku", "AzerTac")),
    ("Baku, December 5, AZERTAC", ("Baku", "AzerTac")),  # on a line of its own over the text
    ("YEREVAN, DECEMBER 5, ARMENPRESS. The government said.", ("YEREVAN", "Armenpress")),
    ("Paris, December 5, NATO The alliance said.", (None, None)),  # no agency
    ("ÇANAKKALE, Türkiye — The ferry sailed.", ("ÇANAKKALE, Türkiye", None)),
    ("FRANKFURT (dpa-AFX) - German business morale rose.", ("FRANKFURT", "dpa")),  # dpa's financial service
])
def test_datelines(paragraph: str, expected: tuple[str | None, str | None]) -> None:
    assert dateline(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The minister said.-- BERNAMA", "Bernama"),  # Bernama's sign-off, glued to the last sentence
    ("The institute surveys 9,000 companies each month. -- dpa", "dpa"),  # as dpa writes itself
    ("Prices rose -- and fell", None),
    ("A well-known", None),
])
def test_sign_offs(paragraph: str, expected: str | None) -> None:
    assert signed_off_by(paragraph) == expected


def test_the_dateline_after_a_syndicator_s_tag() -> None:
    lede = "(MENAFN- River Daily) NAIROBI — " + STORY[0].removeprefix("NAIROBI, Kenya (AP) — ")
    article = extract(_page("\n\n".join(["River landing closed for lock repairs", "March 3, 2025", lede, *STORY[1:]])))
    assert (article.outlet, article.origin, article.dateline) == ("MENAFN", "River Daily", "NAIROBI")


def test_a_wire_dateline_on_its_own_line_opens_the_first_paragraph() -> None:
    dump = "\n\n".join(["River landing closed for lock repairs", "March 3, 2025", "NAIROBI, Kenya (AP) _",
                         STORY[0].removeprefix("NAIROBI, Kenya (AP) — "), *STORY[1:]])
    article = extract(_page(dump))
    assert article.body[0].startswith("NAIROBI, Kenya (AP) _ Fishing crews on the river")
    assert (article.dateline, article.origin) == ("NAIROBI, Kenya", "AP")


@pytest.mark.parametrize(("body", "authors", "credits", "expected"), [
    (["The board said it would act."], ["RT"], [], "RT"),
    (["The board said it would act."], [], ["Author: RT"], "RT"),
    (["The board said it would act."], [], ["Source: Agence France-Presse"], "AFP"),
    (["The spill was the worst in a decade, per the AP."], [], [], "AP"),
    (["“We will reopen,” the minister told Reuters on Monday."], [], [], "Reuters"),
    (["Crews walked out on Monday, Reuters reported, in a dispute over pay."], [], [], "Reuters"),
    (["Crews walked out on Monday, the Associated Press news agency reported."], [], [], "AP"),
    (["Now Bloomberg says he is worried about the tone of the race."], [], [], None),  # a person's name
    (["The board said it would act."], ["River Desk"], [], None),
    (["The map of the river shows the landing."], [], [], None),
    (["The board said it would act."], [], ["Source: Xinhua| 2026-12-02 19:22:45|Editor: Li Wen"], "Xinhua"),
    (["The mayor spoke first, according to an Associated Press account of the meeting."], [], [], "AP"),
    (["According to a Reuters/Ipsos poll, the two candidates are in a dead heat."], [], [], None),  # a poll's brand
    (["The board said it would act."], [], ["With reports from Reuters and AFP"], "Reuters"),  # the first named
    (["The board said it would act."], [], ["With reports from Reuters and our correspondents"], None),
    (["The board said it would act."], [], ["With reports from El Norte and Milenio"], "El Norte"),  # papers' reports
    (["The board said it would act."], [], ["- with AAP"], "AAP"),  # the agency alone after "with"
    (["The board said it would act."], [], ["With Jane Doe"], None),
    (["The board said it would act."], [], ["This content was produced by Reuters, which is solely responsible for "
                                            "the content."], "Reuters"),
    (["The board said it would act."], [], ["Material from Reuters was used in this report."], "Reuters"),
    (["The board said it would act. - SAnews.gov.za"], [], [], "SAnews"),  # a government agency's sign-off
    (["Crews walked out on Monday, citing Reuters."], [], [], "Reuters"),
    (["Crews walked out on Monday, reports AFP."], [], [], "AFP"),
    (["Crews walked out on Monday, state news agency Xinhua said."], [], [], "Xinhua"),
    (["He reports to Reuters editors in London."], [], [], None),
    (["The board said it would act."], [], ["This article was first published in April 2020."], None),  # when
    (["The board said it would act."], [], ["Source: Channel 4 News"], "Channel 4 News"),  # a number in the name
])
def test_origin_from_credits(body: list[str], authors: list[str], credits: list[str], expected: str | None) -> None:
    assert origin(body, authors, credits) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("The River Ledger/AFP", "AFP"),  # the site's own name and the agency's
    ("AFP/River Ledger", "AFP"),
    ("By River Ledger / Ritzau", "Ritzau"),
    ("AFP/Getty Images", None),  # a picture's credit: neither is the site
    ("Reuters/Jane Doe", None),
    ("The River Ledger/Jane Doe", None),  # no agency
])
def test_the_site_s_byline_joined_to_an_agency_s_by_a_slash_credits_the_agency(line: str, expected: str | None) -> None:
    assert origin(["The board said it would act."], [], [line], outlet="The River Ledger") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("By Ana Ruiz and Tom Berg, 6:52am November 06, 2025", ["Ana Ruiz", "Tom Berg"]),
    ("By Ana Ruiz (AFP)", ["Ana Ruiz", "AFP"]),  # the agency credited in brackets
    ("By Ana Ruiz (Staff Writer)", ["Ana Ruiz"]),
    ("Author: Meridian Times", ["Meridian Times"]),
    ("Lena Osk | Updated: March 13, 2024", ["Lena Osk"]),
    ("Hoka Speedgoat 7 | 9.6 | $165 | Cushion", []),  # a table row
    ("By continuing to use this site you agree to our terms", []),
    ("By using River Daily, you agree to our Terms of Service and Privacy Policy.", []),  # names after a sentence
    ("By Ana Ruiz, MS, RD, and Tom Berg, Ph.D.", ["Ana Ruiz", "Tom Berg"]),  # degrees are no names
    # Set in capitals by the site's stylesheet: a short name is no degree, and degrees are still none.
    ("BY ANA RUIZ AND TOM BERG", ["Ana Ruiz", "Tom Berg"]),
    # Glued by a browser's page text to the label and the date, each set in an element of its own.
    ("ByAna Ruiz", ["Ana Ruiz"]),
    ("By Ana RuizNovember 20, 2007", ["Ana Ruiz"]),
    ("ByAna Ruiz UpdatedJanuary 25, 2026", ["Ana Ruiz"]),
    ("ByteDance said on Monday", []),
    ("BY ANA RUIZ, MS, RD, TOM BERG, PHD, AND JO LEE, MBA", ["Ana Ruiz", "Tom Berg", "Jo Lee"]),
    ("By ANA RUIZ and TOM BERG, Associated Press", ["Ana Ruiz", "Tom Berg", "Associated Press"]),  # a wire's style
    # The agency credited as the author, or after the name without a comma.
    ("By The Associated Press", ["The Associated Press"]),
    ("By ANA RUIZ Associated Press", ["Ana Ruiz", "Associated Press"]),
    ("By Ana Ruiz/AP", ["Ana Ruiz", "AP"]),
    ("By Ana Ruiz, PA", ["Ana Ruiz", "PA"]),  # the Press Association's byline style
    ("By Ana Ruiz, MS, PA", ["Ana Ruiz"]),  # a physician assistant's letters among others
    ("By Ana Ruiz, PA-C", ["Ana Ruiz"]),
    ("By Ana Ruiz, Staff Reporter", ["Ana Ruiz"]),
    # A job title runs on with its desk and employer; "and" with a whole name opens the next author.
    ("By Ana Ruiz, Senior Director, Content & Marketing, River Institute", ["Ana Ruiz"]),
    ("By Ana Ruiz, Staff Writer, River Daily", ["Ana Ruiz"]),
    ("By Ana Ruiz, Staff Writer, and Tom Berg, Contributor", ["Ana Ruiz", "Tom Berg"]),
    ("By Ana Ruiz, River Daily", ["Ana Ruiz", "River Daily"]),  # no title: the desk or agency is credited
    ("By Ana Ruiz, MD, Riverside Health", ["Ana Ruiz"]),  # where the writer works is no author
    ("By Ana Ruiz, Senior Director, Marketing, RiverLabs and Harbour Institute", ["Ana Ruiz"]),
    ("By Ana Ruiz, Head of Marketing and Community Development", ["Ana Ruiz"]),  # a title of something
    ("By Ana Ruiz, Sr. Director of Operations, River Lines", ["Ana Ruiz"]),
    ("By Ana Ruiz, Home- and Travel-Safety Expert & Tom Berg, Safety Expert", ["Ana Ruiz", "Tom Berg"]),
    # Where the story was filed from, or for whom, is no part of the name.
    ("By Ana Ruiz in London", ["Ana Ruiz"]),
    ("By Ana Ruiz and Tom Berg in Washington", ["Ana Ruiz", "Tom Berg"]),
    ("By Ana Ruiz For Riverdaily.com", ["Ana Ruiz"]),
    ("By Ana Ruiz Special to The River Daily", ["Ana Ruiz"]),
    # A title of two fields joined ("Arts and Culture Reporter") is no second author "Arts".
    ("By Ana Ruiz, Arts and Culture Reporter", ["Ana Ruiz"]),
    ("By Ana Ruiz, Food & Drink Editor & Tom Berg, Travel Writer", ["Ana Ruiz", "Tom Berg"]),
    ("By Ana Ruiz and Tom Berg, Arts and Culture Reporters", ["Ana Ruiz", "Tom Berg"]),
    ("River Lines Plans | Travel Advisor | Standard | Select | Plus", []),  # a table's row
    ("by Ana Ruiz · Dec 20, 2025 at 3:00 am · One comment so far", ["Ana Ruiz"]),  # a dot between the parts
    ("By River Daily Team• 5 min read", ["River Daily Team"]),
    ("By Ana Ruiz ⋅ Review Editor", ["Ana Ruiz"]),  # a dot operator between name and title
    ("Written by: Ana Ruiz Ana Ruiz", ["Ana Ruiz"]),  # drawn twice, for the eye and for a screen reader
    ("By Ana Ruiz Sunday 4 May 2025", ["Ana Ruiz"]),  # a weekday opens the date
    ("By Ana Ruiz ∙ 4 min read", ["Ana Ruiz"]),
    ("By Ana Ruiz Senior Writer", ["Ana Ruiz"]),
    ("By The River Daily editors", ["The River Daily editors"]),  # a desk named as author
    ("By the River Daily Team 2–3 minutes", ["the River Daily Team"]),
    ("By AFP", ["AFP"]),
    ("Ana Ruiz and Tom Berg | Guest Columnists", ["Ana Ruiz", "Tom Berg"]),  # a title after the bar
    ("Written by by Ana Ruiz", ["Ana Ruiz"]),
    ("Guide by Ana Ruiz Former Deputy Tech Editor", ["Ana Ruiz"]),
    ("This post was written by Ana Ruiz, Head of Marketing", ["Ana Ruiz"]),
    ("This is by far the best lock on the river", []),
    ("Home | News | Sport", []),
    ("By Industry", []),  # a menu's facets
    ("By Topic", []),
    ("By Admin", ["Admin"]),  # a desk
    ("By Tom Price", ["Tom Price"]),
    # A title written small before the name, as broadcasters set it.
    ("By political reporter Ana Ruiz", ["Ana Ruiz"]),
    ("By Tom Berg and chief economics correspondent Ana Ruiz in Lagos", ["Tom Berg", "Ana Ruiz"]),
    # Or capitalised, with the newsroom's name, as British papers set it; an agency's is its copy.
    ("By Political Editor Ana Ruiz", ["Ana Ruiz"]),
    ("By River TV Wales Reporter Ana Ruiz", ["Ana Ruiz"]),
    ("By PA Political Correspondent Ana Ruiz", ["Ana Ruiz", "PA"]),
    ("By Ana Ruiz, River Daily Staff", ["Ana Ruiz"]),  # the newsroom the writer works in
    ("By Ana Ruiz, Reuters Staff", ["Ana Ruiz", "Reuters Staff", "Reuters"]),  # an agency's desk: its copy
    ("Source: Example Wire | 2026-12-02 19:22:45", []),  # a field's label is no name
    ("By Dayo Johnson, Akure", ["Dayo Johnson"]),  # the bureau the writer files from
    ("By Emma Una, Calabar & Ike Uchechukwu", ["Emma Una", "Ike Uchechukwu"]),
    ("By Ana Ruiz with AFP", ["Ana Ruiz"]),  # the writer's story on the agency's material, no agency copy
    ("By Ana Ruiz with Tom Berg", ["Ana Ruiz", "Tom Berg"]),
    ("Di Giulia Ferrante", ["Giulia Ferrante"]),  # Italian's "by"
    ("Di Maio", []),  # and a surname's first word
])
def test_byline_names(line: str, expected: list[str]) -> None:
    assert byline_names(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Modified: May 19, 2025 by Ana Ruiz · 3 min read", ["Ana Ruiz"]),
    ("May 18, 2023 By Ana Ruiz In", ["Ana Ruiz"]),  # the category the post is filed in follows
    ("On January 12, 2025 By Ana Ruiz In Budgeting", ["Ana Ruiz"]),
    ("Ana Ruiz October 14, 2025", []),  # no "by": see dated_name
    # The writer, not the reviewer named first; a reviewer credited alone is credited.
    ("Medically reviewed by Tom Berg, MD — Written by Ana Ruiz, MS, RD — Updated on March 7, 2025", ["Ana Ruiz"]),
    ("Reviewed by Tom Berg, Trial Attorney, on December 9, 2024.", ["Tom Berg"]),
    ("Published on December 2nd, 2025 by Ana Ruiz and Tom Berg", ["Ana Ruiz", "Tom Berg"]),
    ("May 19, 2025 by Ana Ruiz, Tom Berg & Lea Stone", ["Ana Ruiz", "Tom Berg", "Lea Stone"]),
    ("May 19, 2025 by Ana Ruiz, Candidate Representative", ["Ana Ruiz"]),  # a title after the comma
    # "by" in another language, the job after the name ("Repórter da Agência Brasil").
    ("Publicado em 07/12/2026 - 11:32 Por Ana Ruiz - Repórter da Agência Brasil - Brasília", ["Ana Ruiz"]),
    ("Publié le 07/12/2026 à 11h45 par Ana Ruiz", ["Ana Ruiz"]),
])
def test_dated_byline(line: str, expected: list[str]) -> None:
    assert dated_byline(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Ana Ruiz October 14, 2025", "Ana Ruiz"),
    ("Ferry Crews in Port Selva for 2026 - November 27, 2025", None),  # a teaser's headline
    ("Dec. 19, 2025 · Ana Ruiz on behalf of the Water Board", "Ana Ruiz"),
    ("December 15, 2025 · 30 min · 6279 words · Ana Ruiz", "Ana Ruiz"),
    ("12/19/2025 • River News • Ana Ruiz", "Ana Ruiz"),  # the category, then the author
    ("Dec 26, 2025 • Ana Ruiz in River Transport", "Ana Ruiz"),
    ("Dec. 19, 2025 * Ana Ruiz on behalf of the River Desk", "Ana Ruiz"),  # html2text draws the dot as "*"
    ("Dec 26, 2025 • 5 min read", None),
    ("Written By Feb 11, 2019 · 3 min read", None),  # a label whose name the page left out
    ("September 1, 2016September 8, 2016Ana Ruiz", "Ana Ruiz"),  # published and updated, glued to the name
    ("Released Wednesday, March 2, 2022", None),
    ("Ana Ruiz Wednesday, March 2, 2022", "Ana Ruiz"),
    ("05/12/26 14:32 ‧ há 2 horas por Lusa", "Lusa"),  # the agency after the date, by the word for "by"
    ("Senin, 7 Desember 2026 | 11:40 WIB", None),  # a weekday, no writer
    ("December 5, 2026 by Reuters", "Reuters"),
])
def test_dated_name(line: str, expected: str | None) -> None:
    assert dated_name(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Published: November 5, 2025 12:25 pm", "2025-11-05"),
    ("05-11-2025 04:38 IST", "2025-11-05"),
    ("11/05/2025", "2025-11-05"),
    ("Updated on 19-Dec-2025", "2025-12-19"),
    ("Posted on June 29, 2020November 12, 2021", "2020-06-29"),
    ("the 3rd of May 2024", "2024-05-03"),
    ("December 19. 2025", "2025-12-19"),  # an ordinal dot after the day, as Central European sites write it
    ("October 17, 20236:01 PM ET", "2023-10-17"),  # a browser's page text joins a date and time set apart
    ("5 March 202512:30", "2025-03-05"),
    ("River NewsOctober 15, 2025", "2025-10-15"),  # and a label to the date after it
    ("to his dismay 5, 2020", None),
    ("November 5, 20251", None),
    ("Copyright 2025", None),
    ("February 30, 2026", None),  # no such day: no date, not one a consumer of the ISO string would choke on
    ("Feb 30, 2026, corrected March 2, 2026", "2026-03-02"),
    ("February 29, 2024", "2024-02-29"),
    ("Published: 05 December ,2026: 02:32 PM GST", "2026-12-05"),  # a comma before the year, a space before it
    ("December, 05, 2026 - 14:32", "2026-12-05"),  # a comma after the month
    ("Addis Ababa, December 4/2026 (ENA) —", "2026-12-04"),  # a slash before the year, as Ethiopia's agency writes it
    ("2026. december 4., péntek 12:40", "2026-12-04"),  # the year first, as Hungarian writes it
    ("By Lina Haddad - Dec 04,2026 - Last updated at Dec 04,2026", "2026-12-04"),  # no space after the comma
    ("2026. március 4.", "2026-03-04"),
    ("7 december 2026, 15:02", "2026-12-07"),  # a month in small letters, as Dutch writes it: not "7 de cember"
    ("Senin, 7 Desember 2026 10:15 WIB", "2026-12-07"),  # Indonesian
    ("7 Aralık 2026 Pazartesi", "2026-12-07"),  # Turkish
    ("3 października 2026", "2026-10-03"),  # Polish, a month of twelve letters
    ("7 decembrie 2026", "2026-12-07"),  # Romanian
    ("Monday, 5 2026", None),
    # A two-digit year only beside a clock, day first; alone it is as often a version or a score.
    ("14:05, 04.12.26", "2026-12-04"),
    ("24.12.26, 09:15", "2026-12-24"),
    ("12.24.26, 09:15", "2026-12-24"),
    ("12.04.26, 09:15", None),  # day first or month first, as sites write it before the clock: no telling
    ("12/04/26 5:42 PM ET", "2026-12-04"),  # slashed beside a twelve-hour clock: month first, as American copy
    ("04/12/26 17:42", "2026-12-04"),  # beside a 24-hour clock: day first
    ("v1.2.26 10:30", None),
    ("Won 3.4.26", None),
    ("12:30 31.02.26", None),
])
def test_find_date(text: str, expected: str | None) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(("date_line", "expected"), [
    ("Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET", "2022-11-09"),
    ("Updated November 11, 20228:23 PM ET Originally published November 9, 202211:01 AM ET", "2022-11-09"),
    ("Posted on November 25, 2024December 3, 2024 in River News, Fishing, Shipping, Harbour Works, Locks and "
     "Gates, Water Board, Boats, Markets, Weather, Repairs", "2024-11-25"),
])
def test_the_publication_date_where_the_line_gives_more(date_line: str, expected: str) -> None:
    content = "\n\n".join(["Home", "Your Health", "Treatments", "River landing closed for lock repairs, board says",
                           date_line, "By", "Ana Ruiz", *STORY])
    article = extract(_page(content))
    assert (article.title, article.published) == ("River landing closed for lock repairs, board says", expected)


@pytest.mark.parametrize(("footer", "expected"), [
    ("Copyright 2025 River Daily", "River Daily"),
    ("© 2024 Global Relay. All rights reserved.", "Global Relay"),
    ("copyright (C) 2023 Harbour Watch Ltd", "Harbour Watch"),
    ("© Copyright 2015 - 2025 River Daily LLC. All Rights Reserved.", "River Daily"),
    ("© River Daily 2012-2025", "River Daily"),
    ("Copyright © 2025 The President and Fellows of Harbour College", "The President and Fellows of Harbour College"),
    ("©2025 Editorial Projects in River Studies, Inc.", "Editorial Projects in River Studies"),
    ("Copyright © 2004 - River Daily LLC. All rights reserved", "River Daily"),
    ("© 2026 - River Daily / Locations / Terms / Privacy Policy", "River Daily"),
    ("Copyright © 2026 · River Daily · All Rights Reserved", "River Daily"),
    ("River Daily © 2025 • River Daily Jobs • Best of the River", "River Daily"),
    ("2025 River Daily Media Inc. All rights reserved.", "River Daily Media"),
    ("River Daily, LLC. All Rights Reserved 2024", "River Daily"),
    ("© Copyright 2025. All Rights Reserved - Harbour Publications, Inc.", "Harbour Publications"),
    ("©2025 eRiver Media, Inc. All rights reserved.", "eRiver Media"),  # a name may open in lower case
    ("© 2026 River Daily LLC. All rights reserved. River Daily is a Harbour Media company. Our website's services, "
     "content and products are for information only and are not advice of any kind.", "River Daily"),
    ("River Daily © 2011-2025 Privacy Policy", "River Daily"),
    ("© 2025 River Daily. Website design and build by M2 Studio.", "River Daily"),
    ("© 2026 River Daily PrivacyTerms", "River Daily"),
    ("riverdaily.example", "riverdaily.example"),
])
def test_outlet_from_masthead_or_copyright_line(footer: str, expected: str) -> None:
    assert outlet(split_lines("\n".join([*STORY, footer]))) == expected


@pytest.mark.parametrize(("top", "footer", "expected"), [
    ("THE DAILY SENTINEL", "Terms", "The Daily Sentinel"),  # a masthead a stylesheet sets in capitals
    ("Daily Sentinel logo", "Terms", "Daily Sentinel"),  # the logo's text
    ("ABC News Southland", "Terms", "ABC News Southland"),  # a broadcaster's regional service
    ("World News Today", "Terms", None),  # a section
    ("Menu", "Follow The Daily Sentinel on Facebook and X", "The Daily Sentinel"),
    ("Menu", "Download the Daily Sentinel app", "Daily Sentinel"),
    ("Menu", "Subscribe to The Daily Sentinel for unlimited access", "The Daily Sentinel"),
    ("Menu", "Follow Jane Doe on Facebook", None),  # a person, no publication
    ("Menu", "Get The Latest News", None),  # a section
])
def test_a_publication_s_name_over_its_menu_or_in_its_own_calls_to_readers(top: str, footer: str,
                                                                           expected: str | None) -> None:
    assert outlet(split_lines("\n".join([top, "News", "Sport", *STORY, footer]))) == expected


@pytest.mark.parametrize(("footer", "expected"), [
    ("River Eats is part of the Harbour Inc. publishing family.", "River Eats"),
    ("The River Table is part of Harbour Media Group", "The River Table"),
    ("RiverWeb® is a registered trademark of Harbour Media LLC.", "RiverWeb"),
    ("riverdaily.example is owned and operated by ASX-listed Harbour Group Ltd", "riverdaily.example"),
    ("This site is part of the Harbour Media Network", "Harbour Media"),
    ("Our river guide is part of a series on the delta.", "Harbour Media"),
])
def test_a_site_that_names_its_owner_is_the_outlet_not_the_owner(footer: str, expected: str) -> None:
    notice = "© 2025 Harbour Media, Inc. All rights reserved."
    assert outlet(split_lines("\n\n".join([*STORY, footer, notice]))) == expected


def test_domain_between_the_page_s_sections_is_a_link_not_the_masthead() -> None:
    menu = ["Home", "World", "Business", "Sport", "Travel", "Weather", "Search", "Subscribe"]
    partner = ["Book your ferry with", "ferrybooking.example", "Compare fares from 40 operators"]
    footer = ["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Cookie settings",
              "Accessibility", "Sitemap", "Newsletters", "RSS"]
    page = [*menu * 2, *STORY, *partner, *STORY, *footer]
    assert outlet(split_lines("\n".join(page))) is None
    assert outlet(split_lines("\n".join(["riverdaily.example", *page]))) == "riverdaily.example"


@pytest.mark.parametrize(("contact", "expected"), [
    ("Write to us: desk@riverdaily.example", "River Daily"),
    ("Jobs at https://careers.riverdaily.example", None),  # a section's subdomain, not the site's name
])
def test_outlet_from_a_line_that_spells_the_site_s_mail_or_link_domain(contact: str, expected: str | None) -> None:
    # The name stands in the menu, below where a masthead would be.
    menu = ["Careers", "Home", "World", "Sport", "River Daily"]
    assert outlet(split_lines("\n".join([*menu, *STORY, contact]))) == expected


def test_a_paper_s_name_over_its_menu_is_the_masthead() -> None:
    menu = ["Menu", "The Harbour Post", "World | Europe | Business"]
    assert outlet(split_lines("\n".join([*menu, *STORY]))) == "The Harbour Post"
    sections = ["Menu", "Latest News", "Source: Coastal Times"]  # a section's heading; a credit line
    assert outlet(split_lines("\n".join([*sections, *STORY]))) is None


def test_outlet_from_a_footer_s_brand_list_not_from_a_table_s_row() -> None:
    table = ["| Fare | Adult | Child |", "---|---|---", "Ferry | 12 | 6", "River Bus | 4 | 2", "Night Boat | 15 | 8"]
    footer = ["River Daily | Harbour Watch | Port Radio", "Accessibility | Cookie Notice | Careers | Contact"]
    assert outlet(split_lines("\n".join([*STORY, *table, "Sources: the water board", *footer]))) == "River Daily"
    assert outlet(split_lines("\n".join([*STORY, *table, footer[1]]))) is None


@pytest.mark.parametrize("footer", ["Image credit: © Depositphotos.com/AndrewLozovyi",
                                    "* Copyright, Trademark and Patent Information",
                                    "Training AI Models: U.S. Copyright Office Weighs In",
                                    "Copyright © 2024. All rights reserved.",
                                    "From RIVER LOCKS by Ana Ruiz. Copyright © 2015 by Ana Ruiz. Reprinted courtesy of "
                                    "Harbour Books."])
def test_no_outlet_from_picture_or_reprint_credits_or_lines_about_copyright(footer: str) -> None:
    assert outlet(split_lines("\n".join([*STORY, footer]))) is None


def test_month_precision_only_when_labelled() -> None:
    assert find_date("Published: March 2025", month_precision=True) == "2025-03"
    assert find_date("March 2025 archive") is None


def test_split_lines_undoes_markdown_and_bullets() -> None:
    lines = split_lines("* [Harbour fees](/a/1)\n## Heading here\n> quoted line\n-----\n")
    assert [(line.text, line.bullet, line.heading) for line in lines] == [
        ("Harbour fees", True, 0), ("Heading here", False, 2), ("quoted line", False, 0)]
    assert lines[0].link_ratio == 1.0


@pytest.mark.skipif(not GOLD.exists(), reason="shared seeds not present")
def test_seed_dumps_match_the_gold_metadata() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    pages = [p for p in read_pages([SEEDS]) if isinstance(p, Page)]
    context = prepare(pages)
    for page in pages:
        article, expected = extract(page, context), gold[page.id]
        assert article.title == expected["title"]
        assert article.published == expected["published"]
        assert article.origin == expected["origin"]
        assert set(expected["body_lines"]) <= set(article.body)


def test_headline_set_apart_by_blank_lines_over_a_box_drawn_line_under_line() -> None:
    box = ["Lock repairs and river traffic updates", "What boat owners need to know this week", "Sign up"]
    content = "\n\n".join(["Home\nWorld\nBusiness", "River landing closed for lock repairs", "\n".join(box), *STORY])
    assert extract(_page(content)).title == "River landing closed for lock repairs"


def test_headline_with_its_byline_under_it_after_teasers_that_open_the_region() -> None:
    teasers = ["Explore our guides", "Every week our reporters follow the boats, the markets and the people who "
               "keep the river running, and they send the best of it to your inbox.",
               "Read the latest", "From the harbour to the hills, these are the stories that our readers "
               "shared the most this month, with maps and pictures of each place.",
               "Listen to the podcast", "Our editors talk through the week on the water with the skippers and "
               "traders who were there, in episodes of about half an hour."]
    content = "\n\n".join(["Home\nWorld\nBusiness", *teasers, "River landing closed for lock repairs",
                           "By Ana Ruiz", "March 3, 2025", *STORY])
    article = extract(_page(content))
    assert (article.title, article.authors, article.body) == ("River landing closed for lock repairs", ["Ana Ruiz"],
                                                              STORY)


def test_a_long_headline_in_title_case_is_no_paragraph() -> None:
    headline = ("Fix It Friday: Why The River Landing Closed For Lock Repairs, What The Divers Found Under The "
                "Gate And When The Boats Will Be Back")
    content = "\n\n".join(["Home\nWorld\nBusiness", "What are you looking for?", headline, "By Ana Ruiz", *STORY])
    assert extract(_page(content)).title == headline


@pytest.mark.parametrize(("caption", "words"), [
    ("General Jane Doe - Photo credit: AP", "General Jane Doe"),
    ("Divers at the lock on Monday. (AP Photo/John Smith)", "Divers at the lock on Monday."),
    ("Traders at the landing © Ana Ruiz", "Traders at the landing"),
    ("Photo credit: Reuters", None),
])
def test_a_caption_without_its_credit(caption: str, words: str | None) -> None:
    assert caption_words(caption) == words


def test_a_headline_that_names_images_is_no_caption() -> None:
    # "Images:" after a name is part of a headline; a picture's credit follows a caption's punctuation.
    headline = "River Landing Images: Divers Film the Damaged Gate"
    content = "\n\n".join(["Home\nWorld\nBusiness", headline, "By Ana Ruiz", "March 3, 2025", *STORY])
    assert extract(_page(content)).title == headline


def test_picture_caption_is_kept_beside_the_body() -> None:
    content = "\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", STORY[0],
                         "Engineer Amara Nwosu at the lock - Photo credit: Harbour Times", *STORY[1:]])
    article = extract(_page(content))
    assert article.body == STORY
    assert article.captions == ["Engineer Amara Nwosu at the lock"]


@pytest.mark.parametrize("headline", [
    "River landing closed for lock repairs after divers find a crack in the lower gate.",
    "The river board failed the landing. Now the boats must wait.",
])
def test_headline_closed_by_a_full_stop_above_the_byline(headline: str) -> None:
    content = "\n\n".join(["Home\nWorld\nBusiness", headline, "By Ana Ruiz", "March 3, 2025", *STORY])
    article = extract(_page(content))
    assert (article.title, article.body) == (headline, STORY)


def test_readers_comments_after_the_article_are_not_its_text() -> None:
    thread = []
    for name in ("Maria", "Tom B", "harbourfan", "Jo"):
        thread += [name, "2 days ago", "I have fished from that landing for thirty years and the lock has always "
                   "been the weak point of the river, so the board should have repaired it before the gate cracked."]
    content = "\n\n".join(["Home\nWorld", "River landing closed for lock repairs", "By Ana Ruiz", *STORY,
                           "12 Comments", *thread])
    assert extract(_page(content)).body == STORY


def test_a_dated_comment_thread_longer_than_the_article_is_not_chosen_over_it() -> None:
    comment = ("I have fished from that landing for thirty years and the lock has always been the weak point of "
               "the river, so the board should have repaired it years ago, before the gate cracked and the crews "
               "lost a week of work in the busiest season of the year.")
    thread = [f"{name} March {day}, 2025 at 9:{day:02d} am\n{comment}\nReply"
              for day, name in enumerate(["Maria", "Tom B", "harbourfan", "Jo", "Sam", "Lee"], start=4)]
    bio = "Ana Ruiz covers rivers, ports and the people who work on them for the paper's city desk."
    content = "\n\n".join(["Home\nWorld", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "About the author", bio, "Comments", *thread])
    assert extract(_page(content)).body == STORY[:2]


def test_a_section_heading_ends_the_article_before_long_teasers() -> None:
    teasers = ["Ferry crews walked out on Monday morning as the harbour stayed closed for a third day, and their "
               "union said the strike would go on until the board answered its letter about pay and hours.",
               "The port authority said on Friday that it would raise fees for cargo ships and fishing boats from "
               "January, the first rise in six years, to pay for the dredging of the northern channel."]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY,
                           "Most Popular", *teasers])
    assert extract(_page(content)).body == STORY


def test_the_article_goes_on_after_a_read_more_pointer_and_its_teaser() -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "Read more", "FILE PHOTO.\nFerry fares rise for the third year in a row", *STORY[2:],
                           "Tags: river, fishing", "Follow Us"])
    assert extract(_page(content)).body == STORY


# The paragraphs after the box name what the paragraphs above it name, as an article's halves do.
_REST = ["Traders in Kenya's capital said on Tuesday that the closure had already pushed up the price of fish in "
         "the city markets, where most of the catch is sold each morning.",
         "The board said it would publish a timetable for the repairs on Tuesday evening, once the divers had "
         "finished their survey of the gate and its hinges."]


@pytest.mark.parametrize("box", [
    ["Most Read", "Ferry crews walk out as the harbour stays closed", "Storm closes the northern harbour"],
    # Teasers' headlines in title case, one closed by a full stop: no paragraphs of the article.
    ["Related Articles", "Ferry Crews Walk Out As The Harbour Stays Closed.", "Harbour Fees To Rise Next Year"],
    ["You may also like", "Harbour Fees To Rise Next Year",
     "Ana Ruiz: Boat Owners Worried About Harbour Fees, Lock Repairs; It’s ‘in Their Heads.’"],
])
def test_the_article_goes_on_after_a_box_set_between_its_paragraphs(box: list[str]) -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2], *box,
                           *_REST, "Related Articles", "Harbour fees to rise next year"])
    assert extract(_page(content)).body == [*STORY[:2], *_REST]


TEASERS = ["Why The Harbour Board Keeps Raising Its Fees (And What Boat Owners Can Do About It)",
           "What The Ferry Strike Taught The City About Its River Crossings And Their Crews",
           "How To Plan A Trip Along The River When The Landing Is Closed For Repairs"]
WORKS_CITED = ["1. Water Board. (2024). Annual report on the river locks and their repair, pages 12 to 40.",
               "2. Ruiz, A. (2023). The lock gates of the river landing: a history of their repairs since 1920.",
               "3. Port Authority. (2025). Fees for cargo ships and fishing boats from January, with the reasons."]


@pytest.mark.parametrize(("head", "items"), [
    *((head, TEASERS) for head in [
        "Read more of our articles...", "You may also like…", "Other posts you’ll love:", "More by the author:",
        "Read more from Ana Ruiz >", "You may be interested in the following articles:", "Was this article helpful?",
        "Discussion about this post", "Previous Post: Harbour fees to rise next year",
        "If you liked this post you might also like:", "How useful was this post?", "Related tags:",
        "Post navigation", "Recent Posts",
        "3 thoughts on “River landing closed for lock repairs as divers find a crack”"]),
    # A list of works cited closes the text too.
    *((head, WORKS_CITED) for head in ["References", "Sources:", "Works Cited", "Footnotes"]),
])
def test_a_section_heading_ends_the_article(head: str, items: list[str]) -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY, head, *items,
                           "We would love to hear from you about the stories you want us to cover next."])
    assert extract(_page(content)).body == STORY


def test_a_credit_naming_its_sources_is_no_list_of_works_cited() -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", STORY[0], STORY[1],
                           "Sources: AP, Reuters", STORY[2], STORY[3]])
    assert extract(_page(content)).body[-2:] == STORY[2:]


@pytest.mark.parametrize("box", [
    ["Ana Ruiz", "Ana has covered the river and its ports for a decade. She writes about fishing, shipping and "
                 "the towns along the water, and lives by the old quay with her two dogs."],
    ["Ana Ruiz", "Senior Writer", "Hi, I'm Ana, and I have covered the river and its ports for a decade, writing "
                                  "about fishing, shipping and the towns along the water."],
    ["Ana Ruiz", "Ana is a river reporter and writer based in Mombasa. She’s passionate about the boats and the "
                 "crews that work the water."],
    # Under a byline's label with no name line, a blurb that opens with the writer's name and what they are.
    ["Written by:", "Ana Ruiz is a senior writer at River Daily, where she has covered the boats and the crews "
                    "that work the water for a decade."],
    # Under a job title, the blurb may call her by her whole name.
    ["Ana Ruiz", "Senior Writer", "Dr. Ana Ruiz has covered the river and its ports for a decade. She writes about "
                                  "fishing, shipping and the towns along the water."],
    # A box's heading, alone or glued to the name under it by a renderer that draws inline elements without a break.
    *([heading, "The Harbour Desk is a team of reporters who have covered the river, its ferries and its fishing crews "
                "for more than twenty years, from the landing to the old harbour and the markets of the city."]
      for heading in ("About the Writer:", "About the AuthorHarbour Desk",
                      "**About the Author**[Harbour Desk](https://example.org/desk)")),
])
def test_an_author_box_after_the_article_is_left_out(box: list[str]) -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY, *box,
                           "Copyright 2025 Example Media"])
    article = extract(_page(content))
    assert (article.body, article.authors) == (STORY, ["Ana Ruiz"])


def test_a_list_of_places_under_their_names_is_no_author_box() -> None:
    # Each entry repeats its heading's whole name and speaks of the place, not of a person.
    entries = [["Memorial Park", "Memorial Park is home to the oldest trail system in the city, with twelve miles "
                                 "of singletrack that drains well after the spring rains."],
               ["Bluff Creek Ranch", "Bluff Creek Ranch is a day trip from the city, with a loop for beginners and "
                                     "a longer one that climbs the ridge above the creek."]]
    paragraphs = [text for _, text in entries]
    content = "\n\n".join(["Home", "Where to ride this spring", "By Ana Ruiz", STORY[0],
                           *[line for entry in entries for line in entry]])
    assert extract(_page(content)).body == [STORY[0], *paragraphs]


@pytest.mark.parametrize(("credit", "notice"), [
    ("Photo © 2025 Jane Doe", "© 2025 Example Media"),
    ("The lock gate at dawn, Mombasa | © 2025 Jane Doe", "© 2025 Example Media. All rights reserved."),
])
def test_nothing_under_the_copyright_notice_is_the_article_s(credit: str, notice: str) -> None:
    # Sites render their pop-ups and "about us" boxes after the footer; a picture's credit is no notice.
    about = ["We take the accuracy of our content very seriously, and every article we publish is checked by "
             "two of our editors before it goes out to the readers who rely on it.",
             "Our editors cross-reference every claim and every figure with several sources, and we correct "
             "our mistakes openly whenever a reader points one out to us."]
    story = [STORY[0], credit, *STORY[1:]]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *story,
                           "Contact", "Privacy", notice, *about])
    body = extract(_page(content)).body
    assert [text for text in body if text in STORY] == STORY and not set(about) & set(body)


@pytest.mark.parametrize("disclosure", [
    "We may earn a commission when you buy through links on our site, at no extra cost to you.",
    "River Daily is reader-supported. When you buy via the links on our site, we may earn a small fee.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "River Daily is an independent, reader-supported publication. Subscribe today.",
])
def test_a_site_s_disclosure_of_its_affiliate_links_is_no_paragraph(disclosure: str) -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", disclosure, *STORY])
    assert extract(_page(content)).body == STORY


def test_a_quotation_about_a_commission_is_the_article_s() -> None:
    quoted = "“We earn a commission on every boat we sell at the landing, and this week we sold none,” a broker said."
    story = [*STORY[:2], quoted, *STORY[2:]]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *story])
    assert extract(_page(content)).body == story


@pytest.mark.parametrize(("line", "kind"), [
    ("< Back to All Articles", JUNK), ("« Back to news", JUNK), ("Back to blog", JUNK),
    # a link with its note for screen readers
    ("Click to share on WhatsApp (Opens in new window) WhatsApp", JUNK),
    ("LinkedIn Jane Doe, SEO Lead, River Daily (opens in a new tab)", JUNK),
    # a headline or an article's own heading that starts the same way
    ("Back to School: 10 Tips for Parents", SHORT), ("Back to the drawing board", SHORT),
])
def test_links_about_the_site_are_furniture(line: str, kind: int) -> None:
    assert classify(split_lines(line)[0]) == kind


def test_a_long_headline_in_title_case_is_the_title_not_a_paragraph() -> None:
    # As archives write them: closed by a full stop, over a short opening line.
    headline = "River Landing Closes For Lock Repairs; Boat Owners Told To Wait A Week."
    story = ["The river has closed again.", *STORY]
    article = extract(_page("\n\n".join([headline, *story])))
    assert (article.title, article.body) == (headline, story)


def test_the_words_that_open_a_quotation_after_a_box_are_the_article_s() -> None:
    box = ["Most Read", "Ferry crews walk out as the harbour stays closed", "Storm closes the northern harbour"]
    rest = ["The engineer went on:", *_REST]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2], *box,
                           *rest, "Related Articles", "Harbour fees to rise next year"])
    assert extract(_page(content)).body == [*STORY[:2], *rest]


def test_a_quotation_introduced_on_a_line_of_its_own_is_no_comment_head() -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "The engineer said:", *STORY[2:]])
    assert extract(_page(content)).body == [*STORY[:2], "The engineer said:", *STORY[2:]]


def test_a_thread_dated_by_age_longer_than_the_article_is_not_chosen_over_it() -> None:
    comment = ("I have fished from that landing for thirty years and the lock has always been the weak point of "
               "the river, so the board should have repaired it years ago, before the gate cracked and the crews "
               "lost a week of work in the busiest season of the year.")
    thread = [f"{name} · {n} days ago\n{comment}\nReply" for n, name in enumerate(["Maria", "Tom B", "Jo", "Sam"], 2)]
    bio = "Ana Ruiz covers rivers, ports and the people who work on them for the paper's city desk."
    content = "\n\n".join(["Home\nWorld", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "About the author", bio, "Most Popular", *thread])
    assert extract(_page(content)).body == STORY[:2]


def test_a_long_comment_inside_a_thread_is_still_one_of_its_items() -> None:
    short = "The board should have repaired the lock years ago, before the gate cracked."
    more = ("I have said so at every meeting of the board since the spring, and I will say it again at the next "
            "one, because the crews cannot lose another season to a gate that everyone knew was failing. My "
            "father fished from the same landing, and he said the same thing to the same board forty years ago.")
    long = [" ".join([STORY[1], STORY[2], more]), " ".join([STORY[3], STORY[2], more])]
    texts = [short, short, short, long[0], short, long[1], short]
    names = ["Maria", "Tom B", "Jo", "Sam", "Lee", "Kim", "Ed"]
    thread = [f"{name}\n{n} days ago\n{text}\nReply"
              for n, (name, text) in enumerate(zip(names, texts, strict=True), 2)]
    content = "\n\n".join(["Home\nWorld", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "Most Popular", "Ferry crews walk out", "Harbour fees to rise", "36 Comments", *thread])
    assert extract(_page(content)).body == STORY[:2]


def test_a_dated_name_after_the_article_does_not_date_it() -> None:
    after = ["Ahmet Demir January 23, 2025 10:01 am", "Lock keepers", "Ahmet Demir January 21, 2025 2:06 pm",
             "Ferry timetables"]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "Mar 3, 2025 10:42 AM", *STORY, *after])
    assert extract(_page(content)).published == "2025-03-03"


_BLURBS = ["Crews say the strike will go on until the board answers their letter about pay.",
           "Long exposures and a steady tripod turn the lock gates into something else entirely.",
           "The board is weighing a temporary pontoon while the main landing is repaired."]


@pytest.mark.parametrize("headlines", [
    ["Ferry crews walk out as the harbour stays closed again",
     "The ultimate guide to photographing the river locks at night",
     "Why the old quay upstream may reopen to fishing boats this summer"],
    # in title case and closed by a full stop, as some sites set them
    ["Ferry Crews Walk Out As The Harbour Stays Closed.", "Photographing The River Locks At Night.",
     "Why The Old Quay May Reopen To Fishing Boats."],
])
def test_teasers_of_other_stories_after_the_article_are_left_out(headlines: list[str]) -> None:
    teasers = [row for pair in zip(headlines, _BLURBS, strict=True) for row in pair]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2], *teasers])
    assert extract(_page(content)).body == STORY[:2]


def test_an_authors_box_after_the_article_is_left_out() -> None:
    bio = ["About Ana Ruiz", "Ana Ruiz has covered the river, its ports and the crews who work on them for the "
           "paper's city desk since 2015, and before that reported on fisheries for a regional radio station."]
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2], *bio])
    assert extract(_page(content)).body == STORY[:2]


def test_an_authors_item_in_a_menu_is_no_byline_label() -> None:
    menu = "  * Insights\n    + Authors\n  * Find Jobs\n  * Menu"
    content = "\n\n".join([menu, "River landing closed for lock repairs", "By Ana Ruiz", *STORY])
    assert extract(_page(content)).authors == ["Ana Ruiz"]


@pytest.mark.parametrize("headline", ["Anger, but few options at the landing.",
                                      "The Top 5 Lock Repairs of 2025, According to Engineers"])
def test_a_headline_with_a_comma_over_its_standfirst(headline: str) -> None:
    # A comma in the line above makes no breadcrumb of it: the line under it is still its standfirst.
    deck = "Crews denounce N. River lock closure; traders, others count the cost."
    assert extract(_page("\n\n".join([headline, deck, *STORY]))).title == headline


def test_a_headline_asked_in_title_case_over_a_summary_heading() -> None:
    head = ["How Much Does a Lock Repair Cost?", "Quick Summary: What the River Board Pays for Lock Repairs"]
    story = [*STORY, "Repairs to a lock gate cost the board between two and five million a year, its accounts show."]
    assert extract(_page("\n\n".join(["Home\nWorld\nSport", *head, *story]))).title == head[0]


@pytest.mark.parametrize("label", ["Home > World > Africa", "Shop our products", "Graphic Design Courses",
                                   "Camera & Gear Reviews", "Subscribe to Our Newsletter"])
@pytest.mark.parametrize("headline", ["Divers find a crack in the lower gate of the river landing's main lock.",
                                      "Divers Find A Crack In The Lower Gate Of The River Landing's Main Lock."])
def test_headline_closed_by_a_full_stop_under_a_label_set_apart(label: str, headline: str) -> None:
    # The label is spaced like a headline and shorter than the line under it, which a standfirst under its
    # headline also is; a breadcrumb, a line about something else, or a line in title case under it says which.
    content = "\n\n".join(["Home\nWorld\nSport", label, headline, "By Ana Ruiz", "March 3, 2025", *STORY])
    assert extract(_page(content)).title == headline


def test_a_sites_name_marked_as_the_pages_h1_is_no_headline() -> None:
    headline = "Ferry crews stay ashore as divers inspect the damaged lock gate"
    content = "\n\n".join(["# The Harbour Gazette", "Home > World", "March 3, 2025", headline, "By Ana Ruiz",
                           *STORY])
    assert extract(_page(content)).title == headline


def test_headline_closed_by_a_full_stop_under_a_section_label() -> None:
    headline = "River Landing Closed For Lock Repairs After Divers Find A Crack In The Lower Gate."
    content = "\n\n".join(["Home\nWorld\nAsk the Expert — Rivers and Locks", headline, "By Ana Ruiz", "March 3, 2025",
                           *STORY])
    assert extract(_page(content)).title == headline


def test_a_link_drawn_against_its_neighbours_is_a_word_of_its_own() -> None:
    assert split_lines("by [Jane Doe](https://example.org/author/jd)November 20, 2007")[0].text == \
        "by Jane Doe November 20, 2007"
    # Emphasis closed against the link too: its marks are undone and the words stay apart.
    assert split_lines("**Written by**[Jane Doe](https://example.org/author/jd)**Editor**")[0].text == \
        "Written by Jane Doe Editor"
    content = "\n\n".join(["# River landing closed for lock repairs",
                           "By[Ana Ruiz](https://example.org/author/ana-ruiz)", "March 3, 2025", *STORY])
    assert extract(_page(content)).authors == ["Ana Ruiz"]


def test_a_link_whose_address_is_padded_with_spaces_is_undone() -> None:
    # html2text keeps the spaces a page's href holds ("<a href=" https://...">").
    assert split_lines("By:  [Jane Doe , Contributor]( https://example.org/authors/jd )")[0].text == \
        "By: Jane Doe , Contributor"
    content = "\n\n".join(["# River landing closed for lock repairs",
                           "By:  [Ana Ruiz , Contributor]( https://example.org/authors/ana-ruiz)", "March 3, 2025",
                           *STORY])
    assert extract(_page(content)).authors == ["Ana Ruiz"]


def test_a_link_whose_words_are_padded_with_spaces_is_undone() -> None:
    # A link around a whole byline keeps the spaces its markup held ("<a> Written by ... </a>").
    assert split_lines("[ Written by Jane Doe ](https://example.org/authors/jd)")[0].text == "Written by Jane Doe"
    content = "\n\n".join(["# River landing closed for lock repairs",
                           "[ Written by Ana Ruiz ](https://example.org/authors/ana-ruiz)", *STORY])
    assert extract(_page(content)).authors == ["Ana Ruiz"]


@pytest.mark.parametrize("headline", [
    "River landing closed for lock repairs",
    "Boats wait as divers inspect the damaged lock gate.",
])
def test_headline_drawn_tight_on_its_byline_over_a_short_first_paragraph(headline: str) -> None:
    # A browser's page text sets only paragraphs apart: the headline, byline and date run line under line,
    # as the menu above them does.
    menu = ["Home", "World", "Business", "Sport", "Opinion", "Subscribe", "Sign in"]
    lead = "The river is shut to boats this week."
    content = "\n".join([*menu, headline, "By Ana Ruiz", "March 3, 2025"]) + "\n\n" + "\n\n".join([lead, *STORY])
    article = extract(_page(content))
    assert (article.title, article.authors, article.body) == (headline, ["Ana Ruiz"], [lead, *STORY])


def test_headline_drawn_tight_on_its_byline_over_a_standfirst_set_apart() -> None:
    # The standfirst under the byline and date is set apart as the paragraphs are; the headline, drawn tight on
    # the menu above it, is the line over the byline.
    headline = "Few options on the table for river crews."
    standfirst = "Crews, water board trade blame; divers inspect damaged gate."
    menu = ["Home", "World", "Business", "Sport", "Opinion", "Subscribe", "Sign in"]
    content = "\n".join([*menu, headline]) + "\n\n" + "\n\n".join(["By Ana Ruiz", "March 3, 2025", standfirst, *STORY])
    article = extract(_page(content))
    assert (article.title, article.authors, article.published) == (headline, ["Ana Ruiz"], "2025-03-03")


@pytest.mark.parametrize(("under", "tight"), [
    ("Divers found a crack in the lower gate, and the boats must wait until it is mended", True),
    ("River News | Boats, Locks and Landings", False),
])
def test_a_standfirst_or_tagline_between_headline_and_byline_is_no_headline(under: str, tight: bool) -> None:
    headline = "River landing closed for lock repairs"
    top = "\n".join([headline, under]) if tight else f"{headline}\n\n{under}"
    content = "\n".join(["Home", "World", "Business", "Sport"]) + "\n\n" + top + "\nBy Ana Ruiz\nMarch 3, 2025\n\n" + \
        "\n\n".join(STORY)
    assert extract(_page(content)).title == headline


@pytest.mark.parametrize("trail", ["World / Africa / ", "You are here: Rivers and Locks » ", "Locks › "])
def test_a_breadcrumb_trail_that_ends_with_the_headline_is_no_headline(trail: str) -> None:
    # Drawn as one line with no stylesheet, the trail is set apart and the headline under it is not.
    headline = "River landing closed for lock repairs"
    deck = "Boats must wait until divers have mended the lower gate"
    content = "\n".join(["Home", "World", "Business", "Sport"]) + f"\n\n{trail}{headline}\n\n" + \
        "\n".join(["Rivers", headline, deck]) + "\n\n" + "\n\n".join(STORY)
    assert extract(_page(content)).title == headline


@pytest.mark.parametrize("trail", ["Home » River landing repairs", "Rivers | Locks | River landing repairs",
                                   "Rivers > Locks > Lock repairs"])
def test_a_breadcrumb_trail_of_short_crumbs_is_no_headline(trail: str) -> None:
    headline = "River landing closed for lock repairs"
    deck = "Boats must wait until divers have mended the lower gate"
    content = "\n".join(["Home", "World", "Business", "Sport"]) + f"\n\n{trail}\n\n" + \
        "\n".join([headline, deck]) + "\n\n" + "\n\n".join(STORY)
    assert extract(_page(content)).title == headline


def test_a_byline_and_date_glued_together_by_the_browser() -> None:
    headline = "River landing closed for lock repairs"
    content = "\n".join(["Home", "World", "Business", "Sport", headline, "ByAna RuizMarch 3, 20259:41 AM ET"]) + \
        "\n\n" + "\n\n".join(STORY)
    article = extract(_page(content))
    assert (article.title, article.authors, article.published) == (headline, ["Ana Ruiz"], "2025-03-03")


def test_links_drawn_on_one_line_after_the_article_are_no_paragraph() -> None:
    towns = ["Trevose", "Upper Holland", "Vincentown", "Voorhees", "Warwick", "Windsor"]
    links = " ".join(f"Ferry Times in {town}, River County" for town in towns)
    speech = ("“We have the same river, we have the same boats, we have the same fish and we have the same "
              "markets,” the board’s chief engineer said of the towns on both banks.")
    content = "\n\n".join(["River landing closed for lock repairs", *STORY, speech, links])
    assert extract(_page(content)).body == [*STORY, speech]


def test_a_page_with_no_blank_line_finds_its_headline_past_the_menus() -> None:
    # Some dumps have no blank line at all: no headline is set apart, and menu blurbs may open the region.
    headline = "River landing closed for lock repairs"
    cards = ["Highlights", "* Harbour booking week",
             "Join our weekly sessions to see in depth how the harbour's new booking system works for the boats "
             "and their crews.", "* Ghosts on the ledger",
             "Payroll fraud is a major risk for the ferry operators, and the board has written a guide to the tools "
             "that find it."]
    menu = ["Help", "Product help", "Communities", "Account management", "Learn", "Guides", "Courses", "Events",
            "Webinars", "Podcasts", "Careers", "Contact", "Sign in"]
    content = "\n".join(["Home", "World", "Business", *cards, *menu, headline, "By Ana Ruiz", "March 3, 2025", *STORY])
    article = extract(_page(content))
    assert (article.title, article.body) == (headline, STORY)


def test_a_headline_drawn_tight_on_its_byline_past_the_menus_that_opened_the_region() -> None:
    headline = "River landing closed for lock repairs"
    cards = ["Harbour booking week", "Join our weekly sessions to see in depth how the harbour's new booking system "
             "works for the boats and their crews.", "Ghosts on the ledger", "Payroll fraud is a major risk for the "
             "ferry operators, and the board has written a guide to the tools that find it."]
    menu = ["Help", "Product help", "Communities", "Account management", "Learn", "Guides", "Courses", "Events",
            "Webinars", "Podcasts", "Careers", "Contact", "Sign in"]
    content = "\n\n".join(["Home\nWorld\nBusiness", *cards, "\n".join(menu),
                           f"{headline}\nBy Ana Ruiz\nMarch 3, 2025", *STORY])
    article = extract(_page(content))
    assert (article.title, article.authors, article.body) == (headline, ["Ana Ruiz"], STORY)


def test_a_kicker_over_a_headline_drawn_tight_on_its_byline_is_no_headline() -> None:
    # A browser's page text sets the kicker apart and runs the headline, byline and date line under line.
    content = "\n".join(["Home", "World", "", "The River Landing Repairs", "",
                         "Small Steps Toward River Landing Repairs", "By Ana Ruiz", "March 3, 2025", "",
                         "\n\n".join(STORY)])
    assert extract(_page(content)).title == "Small Steps Toward River Landing Repairs"


def test_a_byline_naming_its_writer_marks_the_headline_over_a_dated_header() -> None:
    # A section's header carries a date too; the headline is the line over "By Ana Ruiz".
    content = "\n".join(["Home", "Blog", "", "See the latest content with helpful ferry and harbour posts and videos.",
                         "", "FEBRUARY 12, 2024", "", "Burma leader's visit to the river landing marks a rare success.",
                         "By Ana Ruiz", "Published March 3, 2025", "", "\n\n".join(STORY)])
    article = extract(_page(content))
    assert (article.title, article.authors) == ("Burma leader's visit to the river landing marks a rare success.",
                                                ["Ana Ruiz"])


def test_the_headline_again_on_a_card_further_down_confirms_the_first() -> None:
    # A recipe's page: short steps, then a card for a blog post with the same title and its byline.
    headline = "Fish traders shut out of the landing"
    steps = [f"Step {n}: stir the pot and wait." for n in range(1, 13)]
    content = "\n".join(["Home", "Recipes", "Fish", "Stews", headline, "67 Reviews 4.7 out of 5 stars"]) + "\n\n" + \
        "\n\n".join([*STORY[:2], *steps]) + "\n\n" + \
        "\n".join(["Perfect your technique", "Blog", headline.title(), "By Ana Ruiz"]) + "\n\n" + "\n\n".join(STORY[2:])
    article = extract(_page(content))
    assert (article.title, article.body[:2]) == (headline, STORY[:2])


def test_headline_over_a_labelled_byline_below_a_menu_of_described_links() -> None:
    # The menu's sentences open the region; the headline over "Written by" / name / date further down is the story's.
    menu = ["Book a free consultation today", "Our Labs"]
    for n, topic in enumerate(["Industries", "Playbooks", "Services", "Partners", "Careers", "Events"]):
        menu += [topic, f"For more than {n + 2} decades our engineers have crafted tailored solutions for the clients "
                        "who trust them with their most important work.", "Health", "Finance", "Retail"]
    head = ["River landing closed for lock repairs", "Written by", "Ana Ruiz", "Last updated on:", "March 3, 2025"]
    article = extract(_page("\n".join(["Home", *menu, "About", "Contact", *head, *STORY])))
    assert article.title == "River landing closed for lock repairs"
    assert article.body == STORY


def test_a_table_of_contents_does_not_part_the_headline_from_the_text() -> None:
    sections = ["Why the gate failed", "What the divers found", "When boats may return", "What it costs"]
    story = [STORY[0], sections[0], STORY[1], sections[1], STORY[2], sections[2], STORY[3], sections[3],
             "The board put the cost of the repairs at about four million shillings, to be shared with the city."]
    promotion = "Thousands of boat crews have switched to our app. You can too."
    page = ["Home", "Published: March 3, 2025", "River landing closed for lock repairs", "Ana Ruiz",
            "Table of Contents", "", *sections, "", promotion, "", *story]
    article = extract(_page("\n".join(page)))
    assert article.title == "River landing closed for lock repairs"


def test_a_link_with_an_arrow_is_no_headline() -> None:
    page = ["Home", "Reviews", "River landing closed for lock repairs",
            "The regional water board shut the main landing while divers inspect a damaged lock gate.",
            "Ana Ruiz", "Senior Reporter", "→ Learn about our reporting standards.", "March 3, 2025", *STORY]
    article = extract(_page("\n".join(page)))
    assert article.title == "River landing closed for lock repairs"


def test_headline_over_a_byline_label_under_a_form_message() -> None:
    headline = "To Fix the Damaged Lock Gate, Divers Survey Its Hinges—and Fishing Crews Stay Ashore"
    page = ["Home", "Get fresh stories, tips, deal alerts, and more!", "Email Address",
            "There was an error. Please try again.", "About Us", "Contact Us", "",
            "We independently report on every story. If you click on links we provide, we may receive a commission.",
            "", headline, "", "The water board has closed the landing to boats for the whole week.", "By", "Ana Ruiz",
            "", *STORY]
    article = extract(_page("\n".join(page)))
    assert article.title == headline
    assert article.authors == ["Ana Ruiz"]


def test_headline_over_a_byline_spread_over_lines() -> None:
    # A browser's page text draws each link of the byline on its own line; the last name sits above the date.
    page = ["Home", "Search", "", "River landing closed for lock repairs", "By", "Ana Ruiz", ",", "Tom Berg", ", and",
            "River Desk Team", "Updated on March 3, 2025", "Why the gate failed", "When boats may return", *STORY]
    article = extract(_page("\n".join(page)))
    assert article.title == "River landing closed for lock repairs"


def test_a_headline_over_a_name_a_reading_time_and_a_date_past_a_promotion_in_the_menu() -> None:
    items = ["* Pricing", "* Product", "* Company", "* About us", "* Customers", "* Support", "* Security",
             "* Press kit"]
    promotion = ["Fleet Days", "What happens when a fleet's engines fail in a storm? At the boat show, we asked the "
                 "crews to share their worst days.", "Report", "", "Harbour Fleet Report 2025",
                 "If you run a harbour or a fleet of boats on the river, this yearly report is your go-to reference "
                 "for every change."]
    head = ["River Blog", "", "River landing closed for lock repairs", "", "Ana Ruiz", "8 min", "29th August, 2023",
            "Harbours", ""]
    article = extract(_page("\n".join(["Home", *items, *promotion, *items, *head, "\n\n".join(STORY)])))
    assert (article.title, article.authors) == ("River landing closed for lock repairs", ["Ana Ruiz"])


def test_the_document_s_title_written_first_gives_way_to_the_headline_it_holds() -> None:
    # html-text writes the page's <title> first, over the masthead's date; a news ticker opens the region.
    menu = ["Home", "News", "Business", "Sport", "Opinion", "Weather", "Subscribe", "Archive", "Contact"]
    ticker = ("Ferry fares to rise on the east bank next month as the operators pass on the rising cost of fuel and "
              "wages to travellers Council approves the new market hall after a long debate over its cost and the "
              "traders who will lose their stalls on the quay while the work goes on for two years or more")
    page = ["River landing closed for lock repairs | River Daily", "", "Saturday", "20 December, 2025", "", *menu,
            "", "News Flash", "", ticker, "", "World", "", "RDA", "20 Dec 2025, 11:59", "",
            "River landing closed for lock repairs", "", "By Ana Ruiz", "", "Published March 3, 2025", "",
            "\n\n".join(STORY)]
    article = extract(_page("\n".join(page)))
    assert (article.title, article.published, article.authors) == (
        "River landing closed for lock repairs", "2025-03-03", ["Ana Ruiz"])
    assert article.body == STORY


def test_the_document_s_title_written_first_vouches_for_the_headline_far_below_it() -> None:
    menu = [f"* Section {n}" for n in range(30)]
    head = ["River landing closed for lock repairs", "", "Share", "Copy link More information",
            "Why trust River Daily?", "", "What the divers found on the gate"]
    page = ["River landing closed for lock repairs | River Daily", "", *menu, "", *head, "", "\n\n".join(STORY)]
    assert extract(_page("\n".join(page))).title == "River landing closed for lock repairs"


def test_a_markdown_dump_s_one_top_level_heading_is_the_headline_far_from_the_text() -> None:
    links = [f"* [Lock {n} timetable](/locks/{n})" for n in range(60)]
    page = ["[River Daily](/)", "", "# River landing closed for lock repairs", "", *links, "",
            "Harbour Fleet Report 2025", "", "\n\n".join(STORY)]
    assert extract(_page("\n".join(page))).title == "River landing closed for lock repairs"


def test_a_section_s_name_as_the_top_level_heading_gives_way_to_the_headline_over_the_byline() -> None:
    menu = [f"* [Section {n}](/section-{n})" for n in range(6)]
    page = ["[River Daily](/)", *menu, "", "# Harbour Updates", "March 1, 2025",
            "### River landing closed for lock repairs", "By Ana Ruiz", "March 3, 2025", "", "\n\n".join(STORY)]
    assert extract(_page("\n".join(page))).title == "River landing closed for lock repairs"


@pytest.mark.parametrize("text", [
    # The wording of a common consent tool: long sentences with stop words, as an article's are.
    "To provide the best experiences, we use technologies like cookies to store and/or access device information. "
    "Consenting to these technologies will allow us to process data such as browsing behavior.",
    "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a "
    "specific service explicitly requested by the subscriber or user.",
    "The technical storage or access that is used exclusively for statistical purposes, which cannot usually be "
    "used to identify you without a subpoena or the records of a third party.",
])
def test_a_cookie_consent_box_is_junk(text: str) -> None:
    line = split_lines(text)[0]
    count_stops([line], STOPWORDS["en"])
    assert classify(line) == JUNK


def test_a_menu_repeated_in_the_footer_is_no_table_of_contents() -> None:
    # A table of contents above the text costs the headline no distance; a menu that the footer repeats does.
    menu = ["Home", "Fares", "Timetables", "Blogs", "FAQs", "Contact Us"]
    paragraphs = [row for text in STORY for row in (text, "")]
    page = ["What the river landing closure means for fishing crews - River Daily", "", "Skip to content", "",
            *menu, *menu, "", "Sign in", "", "Can the landing reopen before the season?", "By Ana Ruiz",
            "Sep 29, 2016 10:42 AM", "", "Letters.", "", *paragraphs, *menu]
    article = extract(_page("\n".join(page)))
    assert article.title == "Can the landing reopen before the season?"


@pytest.mark.parametrize(("note", "source"), [
    ("This article first appeared in The Lakeside Herald.", "The Lakeside Herald"),
    ("Culled from The Lakeside Herald", "The Lakeside Herald"),  # West African papers' word for it
    ("This article originally appeared on the Lakeside Herald (www.lakeside.example), the leading news site of the "
     "lakes.", "Lakeside Herald"),
])
def test_a_note_that_the_story_ran_first_elsewhere_is_a_credit_not_the_headline(note: str, source: str) -> None:
    story = [paragraph.removeprefix("NAIROBI, Kenya (AP) — ") for paragraph in STORY]
    dump = "\n\n".join(["Lake Region Today", "HOME  NEWS  BUSINESS  CONTACT", "River landing closed for lock repairs",
                         "March 5, 2025 by regionadmin", note, *story, "Share this:",
                         "Copyright © 2025 Lake Region Today"])
    article = extract(_page(dump))
    assert article.title == "River landing closed for lock repairs"
    assert article.body == story
    assert article.origin == source


def test_a_syndication_note_names_the_site_and_is_no_paragraph_or_editor() -> None:
    dump = "\n\n".join(["LOGIN", "Latest News | India | World", "River landing closed for lock repairs",
                         "Wednesday, March 5, 2025 | 15:05 IST", *STORY,
                         "(This story has not been edited by Lake Region Today staff and is auto-generated from a "
                         "syndicated feed.)", "Follow us on Google News"])
    article = extract(_page(dump))
    assert article.body == STORY
    assert article.outlet == "Lake Region Today"
    assert article.authors == []  # "not been edited by ... staff" credits no one
    assert article.origin == "AP"


def test_a_note_of_when_the_text_first_ran_is_a_date_not_a_credit() -> None:
    assert credit_note("This article first appeared in The Lakeside Herald.")
    assert not credit_note("Originally published in March 2022. Last updated on December 20, 2024.")
    assert not credit_note("This article was originally published on 26 Sep 2019 but is regularly updated.")


def test_a_blog_feed_s_footer_names_where_the_post_appeared_first() -> None:
    assert credit_note("The post River crews return to work appeared first on Velka Voice.")
    assert not credit_note("The post office appeared first on the list of closures, he said, and then the bank.")


def test_an_excerpt_s_pointer_to_the_whole_story_names_its_source() -> None:
    assert credit_note("Read the full story at Velka Voice")
    assert credit_note("Continue reading on The Norvale Ledger.")
    assert not credit_note("Read the full post on how to budget and fund your renovation project.")  # about what


@pytest.mark.parametrize(("page", "value"), [
    ("03/12/2025\nWinds of 100 kilometres per hour closed the harbour.", "2025-12-03"),  # British spelling
    ("03/12/2025 09:30 GMT\nThe port closed.", "2025-12-03"),  # a day-first country's time zone
    ("Published on: 03/12/2025 - 14:32\nThe port closed.", "2025-12-03"),  # a 24-hour clock beside it
    ("Published 03/12/2025 2:32 PM\nThe port closed.", "2025-03-12"),  # a 12-hour one tells nothing
    ("03/12/2025\nComments: 25/11/2025", "2025-12-03"),  # another date read one way only
    ("03/12/2025\nWinds of 60 miles per hour closed the harbor.", "2025-03-12"),  # American spelling
    ("03/12/2025\nThe carer stole £48,000.", "2025-12-03"),  # British copy counts in pounds
    ("03/12/2025\nThe port closed.", "2025-03-12"),  # nothing to tell: slashes read month first
    ("March 12, 2025\nWinds of 100 kilometres per hour.", "2025-03-12"),  # written with the month's name
    # The text writes the date out one way: a release's dateline under a portal's day-first stamp.
    ("03/12/2025 | 08:05am CET\nOSLO, Norway, March 12, 2025 (GLOBE NEWSWIRE) -- Results.", "2025-03-12"),
    ("03/12/2025\nLONDON, 3 December 2025 - Winds of 60 miles per hour.", "2025-12-03"),
])
def test_a_slashed_date_that_reads_both_ways_follows_the_page_s_house_style(page: str, value: str) -> None:
    assert in_house_order("2025-03-12", page) == value


@pytest.mark.parametrize(("page", "value"), [
    # Brazilian copy gives the day beside its weekday: the 3rd is a Thursday in December 2026, a Friday in April.
    ("Published on 04/12/2026 - 10:48\nThe bridge collapsed on Thursday night (3).", "2026-12-04"),
    ("04/12/2026 15h20\nThe bridge collapsed.", "2026-12-04"),  # and a clock with "h" reads day first
    ("Published 04/12/2026\nThe bridge collapsed on Friday (3).", "2026-04-12"),
])
def test_a_weekday_with_its_day_or_a_brazilian_clock_tells_a_slashed_date(page: str, value: str) -> None:
    assert in_house_order("2026-04-12", page) == value


def test_notes_naming_where_a_copy_ran_first_credit_that_outlet() -> None:
    for note in ("Source: Example Times", "Read the original article on Example Times.",
                 "This article is republished from Example Times under a Creative Commons license."):
        assert origin(["A paragraph of the story."], [], [note]) == "Example Times", note
    assert origin(["A paragraph of the story."], [], ["Source: Getty Images"]) is None  # a picture's credit
    for note in ("Source: rt.com", "Source: RT News", "This article was originally published on RT.com"):
        assert origin(["A paragraph of the story."], [], [note]) == "RT", note  # a source by its site or kind


@pytest.mark.parametrize(("line", "names"), [
    ("By MIKE STOBBE AP Medical Writer", ["Mike Stobbe", "AP"]),  # the title set apart by its case
    ("By Jane Doe, Reuters correspondent", ["Jane Doe", "Reuters"]),
    ("By Kate Bell Health policy editor", ["Kate Bell"]),
    ("By Dr Sam Patel", ["Sam Patel"]),
    ("By Jane Doe Staff Writer", ["Jane Doe"]),
    ("By Jane Doe Transportation Reporter", ["Jane Doe"]),  # the beat before the job, where "Reporter" ends a desk's
    ("By Harbour Post Reporter", ["Harbour Post Reporter"]),  # ... as it does here
    ("by jane doe staff writer", []),  # no capital to tell a name by
    ("By PA Sport Staff", ["PA Sport Staff", "PA"]),  # an agency's desk
    ("By News Desk", ["News Desk"]),
    ("By News24 Wire", ["News24 Wire"]),  # a number in a desk's name ends no name
    ("By Jane Doe, AFP-JIJI", ["Jane Doe", "AFP", "Jiji"]),  # one agency's copy as another carries it, as it spells
    ("BY PARK HYE-JIN [park.hyejin@example.co.kr]", ["Park Hye-Jin"]),  # the writer's address in brackets
    ("[park.hyejin@example.co.kr]", []),  # an address alone names no one
])
def test_a_writer_s_title_is_cut_and_the_agency_it_opens_with_credited(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(("opening", "place", "source"), [
    ("New Delhi, Dec 5 (PTI) Prime Minister Ravi Menon said", "New Delhi", "PTI"),
    ("Islamabad [Pakistan], December 5 (ANI): The ministry said", "Islamabad [Pakistan]", "ANI"),
    ("MOSCOW, December 5. /TASS/. The ministry said", "MOSCOW", "TASS"),
    ("DUBAI, 4th December, 2025 (WAM) -- The ministry said", "DUBAI", "WAM"),
    ("Varn (Kestria) (AFP) – The leaders said", "Varn (Kestria)", "AFP"),
    ("Washington, Dec 5 (NYSE) Shares of the firm rose", None, None),  # a ticker's exchange, no agency
    # National agencies, in their own house styles.
    ("MANILA, March 5 (PNA) -- The government said", "MANILA", "PNA"),
    ("ACCRA, March 5, (GNA) - The ministry said", "ACCRA", "GNA"),
    ("RAMALLAH, March 5, 2026 (WAFA) – The ministry said", "RAMALLAH", "WAFA"),
    ("BUCHAREST, March 5 /AGERPRES/ - The ministry said", "BUCHAREST", "Agerpres"),
    ("ZAGREB, March 5 (Hina) - The ministry said", "ZAGREB", "HINA"),
    ("ISLAMABAD, Mar 5 (APP): The ministry said", "ISLAMABAD", "APP"),
    # After a place and a day, initials in brackets credit an agency no list holds.
    ("Taipei, Dec. 5 (CNA) The weather bureau said", "Taipei", "CNA"),
])
def test_agency_datelines_without_a_dash(opening: str, place: str | None, source: str | None) -> None:
    assert dateline(opening) == (place, source)


def test_a_source_field_beside_an_editor_field_is_no_byline() -> None:
    assert byline_names("Source: Xinhua | Editor: Jane Doe | 2025-12-03 14:22:05") == []
    assert byline_names("Jane Doe and John Roe | Guest Columnists") == ["Jane Doe", "John Roe"]


def test_the_site_s_own_masthead_is_never_the_headline() -> None:
    # The headline's words are not the story's, while the paper's name is, as the story quotes it.
    story = ["Shopkeepers in Brisk spent Monday carrying sodden stock out of their flooded stores, as the water crept "
             "higher and the mayor warned that the worst might not be over.",
             "Mayor Nadia Orel said the town had asked the government for pumps and more boats. “We cannot wait for "
             "the water to go down by itself,” she told The Valley Ledger.",
             "Volunteers filled sandbags outside the town hall through the afternoon, and the regional government "
             "said schools in Brisk would stay closed until Friday."]
    dump = "\n\n".join(["THE VALLEY LEDGER", "Monday 9 February 2026", "News | Politics | Business | Sport",
                         "Residents count losses as river keeps rising", "By Katya Dren", "9 February 2026, 16:05",
                         *story, "Share on Facebook  Share on X", "© The Valley Ledger 2026"])
    article = extract(_page(dump))
    assert article.outlet == "The Valley Ledger"
    assert article.title == "Residents count losses as river keeps rising"


def test_an_agency_s_closing_notice_names_the_copy_s_owner_not_the_site() -> None:
    dump = "\n\n".join(["TODAY'S PAPER | SUBSCRIBE", "River landing closed for lock repairs", "March 4, 2025",
                         *STORY, "Copyright 2025 The Associated Press. All rights reserved.", "Most Popular",
                         "1. Election date set for November", "2. Heat wave to last through weekend"])
    article = extract(_page(dump))
    assert (article.origin, article.dateline) == ("AP", "NAIROBI, Kenya")
    assert article.outlet is None


def test_a_short_closing_sentence_over_the_post_s_date_is_no_headline() -> None:
    dump = "\n\n".join(["Lira hits record low as inflation climbs",
                         "The lira fell to a record low against the dollar on Tuesday after data showed inflation "
                         "rose to 48% in October, the highest in two years.",
                         "Central bank governor Emre Aslan said the bank was “watching the markets closely” and was "
                         "ready to act.",
                         "The lira has lost about 10% since September.",
                         "Posted: November 4, 2025"])
    article = extract(_page(dump))
    assert article.title == "Lira hits record low as inflation climbs"
    assert len(article.body) == 3 and article.published == "2025-11-04"


def test_a_masthead_the_story_names_as_the_outlet_people_spoke_to_is_the_site() -> None:
    story = [paragraph.removeprefix("NAIROBI, Kenya (AP) — ") for paragraph in STORY]
    story[1] = story[1].replace("said the board’s chief engineer", "the board’s chief engineer told Lake Radio")
    dump = "\n\n".join(["LAKE RADIO", "Home  News  Shows", "River landing closed for lock repairs", "4 Mar, 2025 19:12",
                         *story, "You can share this story on social media:"])
    assert extract(_page(dump)).outlet == "Lake Radio"


@pytest.mark.parametrize(("byline", "outlet"), [
    ("By Ana Ruiz, LRN News, Mombasa", "LRN News"),  # the masthead's initials written out with a press word
    ("By Ana Ruiz, Mombasa", None),  # initials alone name no site: a section's or a menu's may be so set
])
def test_a_masthead_of_initials_is_the_name_the_byline_writes_it_out_as(byline: str, outlet: str | None) -> None:
    story = [paragraph.removeprefix("NAIROBI, Kenya (AP) — ") for paragraph in STORY]
    dump = "\n\n".join(["LRN", "Home", "River landing closed for lock repairs", byline, "4 March 2025", *story])
    assert extract(_page(dump)).outlet == outlet


@pytest.mark.parametrize(("words", "expected"), [
    ("the ferry will not sail on Monday, the operator said, as the storm is due to reach the coast", "en"),
    # Polish, not Portuguese, whose list holds "na", "do" and "a" too.
    ("po trzech miesiącach remontu tramwaje wrócą w poniedziałek na ulice miasta i do centrum jak poinformował "
     "rzecznik przewoźnika w pierwszym tygodniu przejazdy będą bezpłatne dla mieszkańców", "pl"),
    ("färjetrafiken ställs in under måndagen eftersom stormen väntas nå kusten under natten", None),  # Swedish
    # Romanian, not French, whose list holds its "a", "la", "de" and "un".
    ("zăpada a blocat mai multe drumuri din județul suceava, iar autoritățile au trimis utilaje pentru deszăpezire, "
     "a anunțat prefectul. potrivit meteorologilor, ninsorile vor continua până marți seara în zonele de munte", "ro"),
    # Swedish again: five of Spanish's words ("de", "en", "del"), too few of its short words for Spanish prose.
    ("hon räknar med att de flesta ska ha fått tillbaka strömmen under tisdagen men att en del hushåll i inlandet "
     "kan få vänta till slutet av veckan och smhi har utfärdat en orange varning för mycket hårda vindar längs kusten "
     "fram till måndag kväll då de flesta vägar är stängda", None),
    ("Remont", None),
])
def test_guess_language(words: str, expected: str | None) -> None:
    assert guess_language(words.lower().split()) == expected


def test_a_dump_in_a_language_not_told_apart_is_read_by_its_own_commonest_short_words() -> None:
    swedish = "\n".join([
        "Nyheter", "Inrikes", "Sport",
        "Färjetrafiken till Granö ställs in efter stormen",
        "7 december 2026",
        "Färjetrafiken mellan fastlandet och Granö ställs in under måndagen eftersom stormen väntas nå kusten under "
        "natten, meddelar rederiet.",
        "Enligt prognosen kan vinden bli mycket hård längs hela kusten och vågorna når upp till fem meter på de "
        "öppna fjärdarna.",
        "Boende på ön uppmanas att handla mat och mediciner redan under söndagen, eftersom det är oklart när "
        "trafiken kan komma igång igen.",
        "Kommunen har öppnat en samlingslokal i skolan där den som behöver hjälp kan få värme och information.",
        "Dela artikeln",
    ])
    article = extract(Page(id="sv", path="sv.txt", kind="text", content=swedish))
    assert (article.language, article.title, len(article.body)) == (
        "und", "Färjetrafiken till Granö ställs in efter stormen", 4)
    assert article.body[0].startswith("Färjetrafiken mellan")


def test_a_russian_dump_is_read_and_one_in_an_unread_script_is_rejected_saying_so() -> None:

    russian = "\n".join([
        "Главная", "Политика",
        "Правительство выделит 200 млн рублей пострадавшим от паводка районам",
        "МОСКВА, 4 декабря. /ТАСС/. Правительство России выделит 200 млн рублей на помощь районам, пострадавшим от "
        "паводка на прошлой неделе, сообщил вице-премьер.",
        "По данным региональных властей, наводнение повредило более 3 тыс. домов, и это уже не первый раз за год.",
        "Первые выплаты начнутся до конца месяца, сообщили в министерстве, но глава района просит больше средств.",
        "Поделиться",
    ])
    article = extract(Page(id="ru", path="ru.txt", kind="text", content=russian))
    assert (article.language, len(article.body), article.dateline, article.origin) == ("ru", 3, "МОСКВА", "TASS")
    assert article.title == "Правительство выделит 200 млн рублей пострадавшим от паводка районам"
    arabic = "الحكومة تخصص 200 مليون يورو للبلدات المتضررة من الفيضانات\n" + "وافقت الحكومة يوم الثلاثاء على تخصيص " * 8
    with pytest.raises(ExtractionError, match="its text is in Arabic script, and text dumps are read in Latin or "
                                              "Cyrillic only"):
        extract(Page(id="ar", path="ar.txt", kind="text", content=arabic))


@pytest.mark.parametrize(("line", "clock"), [
    ("March 9, 2026 6:12 AM GMT", "06:12+00:00"),
    ("Updated: 03 Mar 2026, 09:41 PM IST", "21:41+05:30"),
    ("Updated 14:45 (UTC+2)", "14:45+02:00"),
    ("Monday 9 March 2026 07:30", "07:30"),  # no zone named: the clock alone
    ("Published 10.40pm, 3 March 2026", "22:40"),
    ("Mon 9 Mar 2026 14.02 GMT", "14:02+00:00"),  # a dot between the hour and the minutes, the zone after
    ("Feb 3, 2026 at 3:15 p.m. ET", "15:15"),  # "ET" is two zones, by the season: without the day, none
    ("1.2 million passengers", None),
    ("03.03.2026", None),
    ("Final score 2:1", None),
    ("December 4, 20263:12 PM GMT+1Updated 2 hours ago", "15:12+01:00"),  # glued to the year by a page's text
    ("in 2026 12.5 million", None),
    ("December 5, 20262:32 PM GMTUpdated 2 hours ago", "14:32+00:00"),  # the zone glued to the label after it
    ("Published: 05 December ,2026: 02:32 PM GST", "14:32+04:00"),
    ("Mon 9 March 2026 at 7:02pm AWST", "19:02+08:00"),
    ("14:32 In the city", "14:32"),
])
def test_the_time_of_day_beside_a_date(line: str, clock: str | None) -> None:
    assert time_of_day(line) == clock


@pytest.mark.parametrize(("line", "day", "clock"), [
    ("Feb 3, 2026 at 3:15 p.m. ET", "2026-02-03", "15:15-05:00"),  # standard time
    ("9:10 a.m. ET", "2026-03-07", "09:10-05:00"),  # the day before the second Sunday of March
    ("9:10 a.m. ET", "2026-03-08", "09:10-04:00"),  # daylight time from that Sunday
    ("9:10 a.m. ET", "2026-10-31", "09:10-04:00"),
    ("9:10 a.m. ET", "2026-11-01", "09:10-05:00"),  # standard again from the first Sunday of November
    ("4:00 PM PT", "2026-07-01", "16:00-07:00"),
    ("5:04 a.m. MT", "2026-07-01", "05:04"),  # Arizona keeps standard time all summer: "MT" says neither
    ("8:00 ET", "2006-07-01", "08:00"),  # before today's rule
    ("Published Time: 2026-03-12T16:45:00+00:00", "2026-03-12", "16:45+00:00"),  # a stamp with its offset
    # Britain's summer time, from the last Sunday of March to the last Sunday of October ("17:42, UK").
    ("Saturday 28 March 2026 17:42, UK", "2026-03-28", "17:42+00:00"),
    ("Sunday 29 March 2026 17:42, UK", "2026-03-29", "17:42+01:00"),
    ("Sunday 25 October 2026 17:42, UK", "2026-10-25", "17:42+00:00"),
])
def test_a_zone_is_read_by_the_season_of_its_day(line: str, day: str, clock: str) -> None:
    assert time_of_day(line, day) == clock


def test_a_markup_stamp_gives_the_time_of_the_day_published_but_not_a_midnight_placeholder() -> None:
    assert stamped("2026-03-09T06:12:00Z", "2026-03-09") == "2026-03-09T06:12+00:00"
    assert stamped("2026-03-09T06:12:00.000+0530", "2026-03-09") == "2026-03-09T06:12+05:30"
    assert stamped("2026-03-09T00:00:00+00:00", "2026-03-09") is None
    assert stamped("2026-03-10T06:12:00Z", "2026-03-09") is None  # another day's stamp (an update's)


def test_a_dump_keeps_the_time_its_date_line_gives() -> None:
    content = "\n".join(["The Example Courier", "Ferry fares to rise on the east bank", "By Jane Doe",
                         "March 9, 2026 6:12 AM GMT", *STORY])
    article = extract(Page(id="x", path="x.txt", kind="text", content=content))
    assert (article.published, article.published_at) == ("2026-03-09", "2026-03-09T06:12+00:00")


@pytest.mark.parametrize(("body", "kept"), [
    # A quotation set apart that repeats a paragraph's words, and its attribution: a pull quote.
    (['"We will not wait for the next flood to act on this," the mayor said.', "“We will not wait for the next flood”",
      "— Ana Ruiz, mayor", "The council meets on Friday."],
     ['"We will not wait for the next flood to act on this," the mayor said.', "The council meets on Friday."]),
    # A subheading of quoted phrases, and a short quoted heading, are no pull quotes though the text repeats them.
    (["“Answer Oriented” not “Procedure Oriented”", "Teachers praise answer oriented not procedure oriented work."],
     ["“Answer Oriented” not “Procedure Oriented”", "Teachers praise answer oriented not procedure oriented work."]),
    (["'All Bets Are Off.'", "He said all bets are off. The market fell."],
     ["'All Bets Are Off.'", "He said all bets are off. The market fell."]),
    # A quotation that is a paragraph of its own, repeated nowhere, stays.
    (['"We will not wait for the next flood to act on this."', "The council meets on Friday."],
     ['"We will not wait for the next flood to act on this."', "The council meets on Friday."]),
])
def test_pull_quotes(body: list[str], kept: list[str]) -> None:
    assert without_pull_quotes(body) == kept


def test_a_newsletter_box_between_paragraphs_does_not_end_the_article() -> None:
    page = _page("\n\n".join([
        "The Dunmore Chronicle", "News", "Sport", "Bin workers in Dunmore walk out over pay", "By Ruth Okafor",
        "2 April 2026",
        "Refuse collectors in Dunmore began a two-week strike on Thursday after talks over pay broke down, leaving "
        "bins uncollected across the city.",
        "About 140 drivers and loaders rejected a 3% offer from the city council, saying it fell far short of rising "
        "living costs.",
        "Sign up for our morning briefing", "Get the day's top stories delivered to your inbox.", "Sign up",
        "The council said it had made a fair offer within a tight budget and urged residents to keep their bins out "
        "as usual in case some rounds went ahead.",
        "Council leader Hannah Ives said the authority could not afford more without cutting other services, and "
        "that talks would resume next week.",
        "Related stories", "Recycling centre to close on Sundays",
    ]))
    article = extract(page)
    assert article.title == "Bin workers in Dunmore walk out over pay"
    assert [p.split()[0] for p in article.body] == ["Refuse", "About", "The", "Council"]


def test_a_lynx_dump_s_link_numbers_and_buttons_are_no_words() -> None:
    lynx = """   [1]The Dunmore Chronicle [2]News [3]Sport

Bin workers in Dunmore walk out over pay

   By [4]Ruth Okafor
   2 April 2026

   Refuse collectors in Dunmore began a two-week strike on Thursday after
   talks over pay broke down, leaving bins uncollected across the city, the
   [5]city council said.

   About 140 drivers and loaders rejected a 3% offer from the council,
   saying it fell far short of rising living costs.
   ____________________ (BUTTON) Sign up

References

   1. file:///
   2. file:///news
"""
    article = extract(_page(lynx))
    assert article.authors == ["Ruth Okafor"]
    assert article.body[0].endswith("uncollected across the city, the city council said.")
    assert not any("BUTTON" in p or "Sign up" in p for p in article.body)


def test_an_agency_s_tag_after_the_last_sentence_credits_it_and_agency_report_names_no_outlet() -> None:
    page = _page("\n\n".join([
        "Lagos Chronicle", "News", "Politics", "FG approves N45bn for Niger Delta coastal road", "By Agency Report",
        "March 5, 2026",
        "The Federal Executive Council has approved N45 billion for the construction of a section of the Niger "
        "Delta coastal road, the Minister of Works said on Wednesday.",
        "The minister told reporters after the council's meeting in Abuja that the contractor would mobilise to "
        "site within two weeks.",
        "It costs N45bn. (NAN)",
    ]))
    article = extract(page)
    assert (article.origin, article.authors) == ("NAN", ["Agency Report"])
    assert article.body[-1] == "It costs N45bn. (NAN)"  # a paragraph of its own, not a sign-off alone


def test_an_official_s_column_its_note_on_the_writer_and_its_disclaimer() -> None:
    page = _page("\n\n".join([
        "The Valley Times", "Opinion", "Letters", "Our rivers cannot wait for another flood report",
        "By Senator Maria Keller",
        "Senator Keller represents the 12th District in the state Senate and chairs its environment committee.",
        "March 9, 2026",
        "Three years ago, when the Tamsin River burst its banks and flooded 400 homes, we were promised action.",
        "The state's own engineers say the levees need $200 million of work. Yet this year's budget sets aside "
        "$12 million.",
        "I am introducing a bill this week that would fund the repairs in full over five years.",
        "The views expressed are the author's own.",
    ]))
    article = extract(page)
    assert (article.title, article.authors) == ("Our rivers cannot wait for another flood report", ["Maria Keller"])
    assert [p.split()[0] for p in article.body] == ["Three", "The", "I"]


def test_a_caption_with_its_picture_credit_marked_is_no_headline_nor_the_site_s_notice() -> None:
    dump = "\n".join(["EXAMPLE 24", "News", "Africa", "River landing closed for lock repairs",
                      "Issued on: 04/12/2026 - 16:40",
                      "The lock at the river landing in Nairobi on June 7, 2026. © Example Agency", *STORY])
    article = extract(_page(dump))
    assert article.title == "River landing closed for lock repairs"
    assert article.outlet != "Example Agency"  # the picture's credit is no copyright line of the site


@pytest.mark.parametrize(("line", "expected"), [
    ("Jane Doe in Kyiv", "Jane Doe"),
    ("Chuks Okocha in Ilasa", "Chuks Okocha"),  # a town the gazetteer does not know, after a name's rare words
    ("Habibu Sani, Kano", "Habibu Sani"),
    ("Why Rust in Production", "Why Rust in Production"),  # a headline's common words
    ("Prices Rise in Lagos", "Prices Rise in Lagos"),
    ("Jane Doe, Editor", "Jane Doe, Editor"),  # a title, not a town
    ("Nonessential Thoughts, Technology", "Nonessential Thoughts, Technology"),  # a post's categories
])
def test_a_byline_without_the_place_it_was_filed_from(line: str, expected: str) -> None:
    assert without_place(line) == expected


@pytest.mark.parametrize("furniture", [
    # A plea for readers' money under the text ends it.
    ["Support THE RIVER TIMES' journalism of integrity and credibility",
     "At The River Times, we firmly believe in the importance of high-quality journalism. Recognising that not "
     "everyone can afford costly news subscriptions, we deliver researched news that remains free to all.",
     "Would you consider supporting us with a modest contribution on a monthly basis to help maintain our "
     "commitment to free, accessible news?", "Make Contribution"],
    ["DISCLAIMER: Comments expressed here do not reflect the opinions of The River Times or any employee thereof."],
    ["Stay informed and ahead of the curve! Follow The River Times on WhatsApp for real-time updates."],
    ["Follow River Times Business on X, LinkedIn, Instagram and Facebook for insights on business and finance."],
    # A notice that reserves the site's rights in all it publishes, pictures among them.
    ["Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia "
     "information, etc) published in this site belongs to River Times Information Co (RTIC)."],
    # The paper's note on its reporter.
    ["Ana Ruiz joined the Times in 2021 and covers rivers and ports."],
])
def test_a_sites_notes_under_the_text_are_no_paragraphs(furniture: list[str]) -> None:
    dump = "\n\n".join(["River landing closed for lock repairs", "By Ana Ruiz", "March 3, 2025", *STORY, *furniture])
    assert extract(_page(dump)).body == STORY


def test_a_caption_with_its_picture_s_credit_in_square_brackets_is_no_paragraph() -> None:
    caption = "A ferry waits at the closed lock in Mombasa on Friday. [Photo/Lake Region Daily]"
    dump = "\n\n".join(["River landing closed for lock repairs", "By Ana Ruiz", "March 3, 2025", *STORY[:2], caption,
                         *STORY[2:]])
    article = extract(_page(dump))
    assert article.body == STORY
    assert article.captions == ["A ferry waits at the closed lock in Mombasa on Friday."]


def test_a_sentence_about_following_someone_stays() -> None:
    said = "The minister urged residents to follow the board on WhatsApp for warnings, officials said on Tuesday."
    dump = "\n\n".join(["River landing closed for lock repairs", "March 3, 2025", *STORY, said])
    assert extract(_page(dump)).body == [*STORY, said]


@pytest.mark.parametrize(("name", "source"), [
    ("News Agency of Nigeria (NAN)", "NAN"),  # a site's name with the initials it is known by
    ("rt.com", "RT"),
    ("Daily Post (DP)", None),
])
def test_a_source_named_with_its_initials_or_its_domain(name: str, source: str | None) -> None:
    assert known_source(name) == source


def test_an_agency_desks_marks_under_its_copy_are_no_paragraphs() -> None:
    body = ["Ilasa, Dec. 5, 2026 (NAN) Long queues returned to filling stations on Saturday.",
            "NAN reports that the price has risen three times since September.",
            "(NAN)(www.nannews.ng)", "CO/BIO", "Edited by Bola Idowu"]
    article = apply_credits(Article(id="a", path="a.html", body=body))
    assert article.body == [body[0], f"{body[1]} (NAN)"]  # the tag signs the copy off, as "(NAN)" alone does
    assert article.origin == "NAN"


@pytest.mark.parametrize(("line", "names"), [
    ("— Paolo Garcia", ["Paolo Garcia"]),  # a writer's sign-off under the text
    ("— Associated Press", []),  # an agency's credits its copy
    ("(By Chen Yun-yu and Frances Huang)", ["Chen Yun-yu", "Frances Huang"]),  # an agency's writers under its copy
])
def test_a_writers_sign_off_under_the_text(line: str, names: list[str]) -> None:
    assert credit_names(line) == names


@pytest.mark.parametrize("line", ["—WITH A REPORT FROM PNA", "(With inputs from PTI)",
                                  "With files from The Canadian Press"])  # Canadian papers' credit
def test_a_note_that_an_agency_reported_is_a_credit(line: str) -> None:
    assert credit_note(line)


def test_a_summary_boxs_label_is_no_paragraph() -> None:
    points = ["Boats will stay ashore until divers finish inspecting the lock.",
              "The water board says a timetable will follow the inspection."]
    dump = "\n\n".join(["River landing closed for lock repairs", "By Jane Wanjiru", "March 3, 2025",
                         "What you need to know:", *points, *STORY])
    assert extract(_page(dump)).body == [*points, *STORY]  # the points stay, as a standfirst does


@pytest.mark.parametrize("mark", ["(end) fm.gb", "(END) ab/cd", "Enditem", "PTI AMP RS RS"])
def test_an_agency_s_end_mark_goes_its_sentence_stays(mark: str) -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:-1],
                           f"{STORY[-1]} {mark}", "Share", "Print"])
    assert extract(_page(content)).body == STORY


def test_a_list_item_s_number_is_no_sentence_before_an_end_mark() -> None:
    assert without_end_mark("9. CANON EOS RP") == "9. CANON EOS RP"
    assert without_end_mark("Fares rise on Monday, the operator said. PTI AB CD") == \
        "Fares rise on Monday, the operator said."


@pytest.mark.parametrize(("line", "name"), [
    ("KENJI TANAKA, Nikkei staff writer", "Kenji Tanaka"),  # a name in capitals beside its title
    ("Kenji Tanaka, Nikkei staff writer", "Kenji Tanaka"),
    ("BREAKING NEWS, staff writer", None),
    ("BREAKING NEWS", None),  # capitals alone are no name
])
def test_a_name_on_its_own_line_with_its_title(line: str, name: str | None) -> None:
    assert person_line(line) == name


@pytest.mark.parametrize(("name", "written"), [
    ("JANE DOE", "Jane Doe"),
    ("TOI STAFF", "TOI Staff"),  # a desk's name: its paper's initials as they are
    ("NEWS DESK", "News Desk"),
    ("PA SPORT STAFF", "PA Sport Staff"),
    ("AFP", "AFP"),
])
def test_a_name_in_capitals_is_written_as_a_name_is(name: str, written: str) -> None:
    assert in_mixed_case(name) == written


def test_a_related_story_between_paragraphs_is_no_paragraph() -> None:
    content = "\n\n".join(["Home", "River landing closed for lock repairs", "By Ana Ruiz", *STORY[:2],
                           "Related news: Ferry fares rise for the third year in a row", *STORY[2:], "Share"])
    assert extract(_page(content)).body == STORY


@pytest.mark.parametrize(("last", "expected"), [
    ("The depot stays open until Friday.-KNA", "The depot stays open until Friday. -KNA"),  # a sign-off glued on
    ("The talks will cover U.S.-EU", "The talks will cover U.S.-EU"),  # an abbreviation's point, no sentence's end
])
def test_a_sign_off_glued_to_the_last_sentence_is_set_apart(last: str, expected: str) -> None:
    article = apply_credits(Article(id="a", path="a.txt", body=[STORY[1], last]))
    assert article.body[-1] == expected


def test_a_desk_s_credit_over_the_date_is_no_headline() -> None:
    # A story set's roundup with the lines set one under the other, no blank line between them, as some renderers
    # write a page: "By Shipping Today staff" over the date had been taken for the headline.
    page = Path(__file__).parent / "story_sets" / "copy-chain" / "roundup.txt"
    content = "\n".join(line for line in page.read_text(encoding="utf-8").splitlines() if line.strip())
    assert extract(_page(content)).title == "Port roundup: Selden fire, Varna strike talks"


def test_a_long_lede_is_dated_by_its_dateline_alone() -> None:
    lede = ("Doha, December 05, 2026, QNA -- The Ministry of Municipality said on Saturday that it had opened three "
            "new parks in the north of the country, bringing the number of public parks to 152, with more planned.")
    article = extract(_page("\n".join(["Qatar News", "Local", "Ministry opens three new parks in the north", lede,
                                       "The parks include walking tracks, playgrounds and shaded seating areas.",
                                       "Works on two more parks in Al Khor will finish by March."])))
    assert (article.dateline, article.origin, article.published) == ("Doha", "QNA", "2026-12-05")
    # A date inside the lede's sentence is no dateline's: the page is left undated.
    undated = extract(_page("\n".join(["Qatar News", "Local", "Ministry opens three new parks in the north",
                                       lede.replace("Doha, December 05, 2026, QNA -- ", "") + " It opened the first "
                                       "of them on December 05, 2025, a year ago.",
                                       "The parks include walking tracks, playgrounds and shaded seating areas."])))
    assert undated.published is None


HEADLINE = "River landing closed for lock repairs"
STORY_BARE = [STORY[0].replace("NAIROBI, Kenya (AP) — ", ""), *STORY[1:]]


@pytest.mark.parametrize(("byline", "authors", "origin"), [
    ("Cairo - Jane Doe", ["Jane Doe"], None),
    ("Beirut - Reuters", ["Reuters"], "Reuters"),
])
def test_a_writer_s_place_before_their_name_is_the_dateline(byline: str, authors: list[str],
                                                             origin: str | None) -> None:
    # A captioned picture with its credit in brackets stands between the date and the byline, as Arab papers set it.
    head = [HEADLINE, "Friday, 4 December, 2026 - 17:42", "Boats tied up at the landing on Friday. (AFP)", byline]
    article = extract(_page("\n".join(["River Daily", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.title, article.authors, article.origin) == (HEADLINE, authors, origin)
    assert (article.dateline, article.body[0]) == (byline.split(" - ")[0], STORY_BARE[0])


def test_a_section_label_before_a_dash_is_no_writer_s_place() -> None:
    head = [HEADLINE, "Video - River Highlights", "December 4, 2026"]
    article = extract(_page("\n".join(["River Daily", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert article.dateline is None and article.authors == []


def test_a_source_line_naming_the_agency_first_credits_it() -> None:
    page = ["River Daily", "News | World", HEADLINE, "December 4, 2026", *STORY_BARE, "Source: AAP, River Daily"]
    assert extract(_page("\n".join(page))).origin == "AAP"
    # A ministry and its country are no agency.
    page[-1] = "Source: Ministry of Water, Kenya"
    assert extract(_page("\n".join(page))).origin is None


def test_a_site_s_tag_and_slash_opening_its_text_is_its_credit() -> None:
    assert dateline("Example News/ The water board said on Tuesday that ...") == (None, "Example News")
    assert dateline("Reuters/ The water board said on Tuesday that ...") == (None, "Reuters")
    assert dateline("Input/ Output figures rose on Tuesday") == (None, None)  # no publication's name


@pytest.mark.parametrize(("line", "at"), [("Updated: 04 Dec 2026, 17: 42", "2026-12-04T17:42"),
                                          ("Updated: 04 Dec 2026, 17:42", "2026-12-04T17:42")])
def test_a_clock_with_a_space_after_its_colon_is_read(line: str, at: str) -> None:
    article = extract(_page("\n".join(["River Daily", "News | World", HEADLINE, line, *STORY_BARE])))
    assert article.published_at == at


def test_a_writer_with_their_paper_over_the_place_and_date() -> None:
    head = [HEADLINE, "Jane Doe (The River Post)", "Nairobi ● Fri, December 4, 2026", "Share this article",
            "Facebook Twitter WhatsApp"]
    article = extract(_page("\n".join(["The River Post", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.title, article.authors, article.dateline, article.published) == (
        HEADLINE, ["Jane Doe"], "Nairobi", "2026-12-04")
    slashed = extract(_page("\n".join(["River Times", "News | World", HEADLINE, "Jane Doe / River Times",
                                       "Publication date 04 December 2026 | 17:42 ICT", *STORY_BARE])))
    assert slashed.authors == ["Jane Doe"]


def test_the_masthead_as_the_byline_is_the_site_s_desk() -> None:
    page = ["The River Post", "News | World | Business", HEADLINE, "By The River Post 4 December 2026", *STORY_BARE]
    assert extract(_page("\n".join(page))).authors == ["The River Post"]
    # A section's "By The Numbers" names no one.
    page[3] = "By The Numbers 4 December 2026"
    assert extract(_page("\n".join(page))).authors == []


@pytest.mark.parametrize(("logo", "name"), [("riverwire", "Riverwire"), ("riverwire.", "Riverwire")])
def test_a_logo_s_word_in_small_letters_over_the_menu_is_the_site(logo: str, name: str) -> None:
    page = [logo, "News  Columns  Letters  Business  Sport", HEADLINE, "December 4, 2026", *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == name
    # A menu's first item in small letters is none.
    assert extract(_page("\n".join(["menu", *page[1:]]))).outlet is None


def test_an_agency_named_under_the_headline_is_its_credit_not_the_masthead() -> None:
    page = ["riverwire", "News  Columns  Letters  Business  Sport", HEADLINE + ", traders say", "Bernama",
            "Published: Dec 4, 2026 6:10 PM", *STORY_BARE]
    article = extract(_page("\n".join(page)))
    assert (article.outlet, article.origin) == ("Riverwire", "Bernama")


def test_a_desk_with_agencies_it_does_not_name_credits_none() -> None:
    head = [HEADLINE, "DAILY RIVER WITH AGENCIES", "ISTANBUL", "Dec 04, 2026 - 5:42 pm GMT+3"]
    article = extract(_page("\n".join(["DAILY RIVER", "News | World | Business", *head, *STORY_BARE])))
    assert (article.outlet, article.authors, article.origin) == ("DAILY RIVER", [], None)


@pytest.mark.parametrize(("masthead", "menu", "site"), [
    ("RTÉ", "News  Sport  Entertainment  Business", "RTÉ"),
    ("Riverside Now", "News | Towns | Weather", "Riverside Now"),
    ("Latest News", "News  Sport  Entertainment  Business", None),  # a heading of words English uses often
    ("Rivermouth", "Photo Frame App Makes Old Tablets Useful Again", None),  # a headline's words, single-spaced
])
def test_a_masthead_over_a_menu_of_capitalised_words(masthead: str, menu: str, site: str | None) -> None:
    page = [masthead, menu, HEADLINE, "December 4, 2026", *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == site


@pytest.mark.parametrize("byline", ["Jane Doe - The River Post", "Jane Doe, River Post News", "Jane Doe / River Times"])
def test_a_writer_with_their_paper_after_a_dash_comma_or_slash(byline: str) -> None:
    page = ["River Daily", "News | World | Business", HEADLINE, byline, "Posted at Dec 04 2026 05:42 PM", *STORY_BARE]
    article = extract(_page("\n".join(page)))
    assert (article.authors, article.published_at) == (["Jane Doe"], "2026-12-04T17:42")


def test_a_caption_between_the_date_line_and_the_byline_is_no_headline() -> None:
    # Set apart by blank lines, as a browser's text sets a headline, a date line and a caption each.
    head = [HEADLINE, "Updated / Friday, 4 Dec 2026 17:42", "A fishing boat at the landing in Nairobi",
            "By Jane Doe\nRiver Correspondent"]
    article = extract(_page("\n\n".join(["River Daily\nNews | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.title, article.authors, article.body[0]) == (HEADLINE, ["Jane Doe"], STORY_BARE[0])


def test_a_date_with_its_parts_set_apart_by_spaced_dashes() -> None:
    assert find_date("Dec - 04 - 2026 , 17:42") == "2026-12-04"
    assert find_date("Page - 4 - 2026") is None


def test_a_masthead_over_a_menu_in_a_script_without_capitals() -> None:
    page = ["Al-Nahr Al-Youm", "الرئيسية | أخبار | اقتصاد", HEADLINE, "04-12-2026 17:42", *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == "Al-Nahr Al-Youm"


@pytest.mark.parametrize("quoted", [
    '"Demand for high-grown teas remains strong despite higher prices," board chairman Jane Doe said.',
    '“Tourism numbers fell sharply in the third quarter,” said Jane Doe.',
])
def test_a_quotation_of_few_small_words_is_running_text(quoted: str) -> None:
    line = split_lines(quoted)[0]
    count_stops([line], STOPWORDS["en"])
    assert classify(line) not in (SHORT, JUNK)


def test_the_day_after_a_dateline_s_place_is_no_part_of_it() -> None:
    head = [HEADLINE, "THT Online", "KATHMANDU, DECEMBER 4"]
    article = extract(_page("\n".join(["The Harbour Times", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.dateline, article.authors) == ("KATHMANDU", ["THT Online"])  # the masthead's initials' desk


def test_a_writer_s_place_after_a_bar_is_no_name() -> None:
    assert byline_names("Jane Doe | Thimphu") == ["Jane Doe"]
    assert byline_names("Politics | Thimphu") == []


def test_a_place_and_the_day_alone_over_the_text_is_its_dateline() -> None:
    head = [HEADLINE, "By River Daily reporter.", "Tripoli, 4 December 2026:"]
    article = extract(_page("\n".join(["River Daily", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.dateline, article.published) == ("Tripoli", "2026-12-04")


def test_a_source_note_of_initials_credits_them() -> None:
    page = ["River Daily", "News | World", HEADLINE, "December 4, 2026", *STORY_BARE, "Source: ZNBC"]
    assert extract(_page("\n".join(page))).origin == "ZNBC"


@pytest.mark.parametrize(("top", "site"), [
    (["Kuensel", "Bhutan's National Newspaper"], "Kuensel"),  # the name over its motto
    (["ZNBC", "Zambia National Broadcasting Corporation"], "Zambia National Broadcasting Corporation"),
])
def test_a_masthead_over_its_motto_or_its_name_spelled_out(top: list[str], site: str) -> None:
    page = [*top, "News  Sport  Business  TV  Radio", HEADLINE, "December 4, 2026", *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == site


def test_a_known_place_in_capitals_before_a_date_line_s_dash_is_the_dateline() -> None:
    head = [HEADLINE, "NAIROBI / MOMBASA – December 4, 2026"]
    article = extract(_page("\n".join(["River Daily", "News | World | Business | Sport", *head, *STORY_BARE])))
    assert (article.dateline, article.published) == ("NAIROBI / MOMBASA", "2026-12-04")
    label = extract(_page("\n".join(["River Daily", "News | World | Business | Sport", HEADLINE,
                                     "VIDEO – December 4, 2026", *STORY_BARE])))
    assert label.dateline is None


def test_a_source_note_of_an_address_credits_the_site() -> None:
    page = ["River Daily", "News | World", HEADLINE, "December 4, 2026", *STORY_BARE, "Source: www.rivernews.example"]
    assert extract(_page("\n".join(page))).origin == "rivernews.example"


def test_a_place_and_a_news_service_s_initials_open_the_text() -> None:
    assert dateline("Bengaluru, DHNS: The Yellow Line will open on December 15.") == ("Bengaluru", "DHNS")
    assert dateline("Update, NOTE: The line will open on December 15.") == (None, None)  # no place


def test_an_agency_s_copyright_notice_under_a_site_s_copy_credits_it() -> None:
    page = ["River Daily", "News | World | Business | Sport", HEADLINE, "TOKYO", "Dec. 04 06:12 pm JST", *STORY_BARE,
            "© Copyright Thomson Reuters 2026."]
    article = extract(_page("\n".join(page)))
    assert (article.outlet, article.origin) == ("River Daily", "Reuters")


def test_a_writer_with_their_paper_and_job() -> None:
    page = ["River News", "News | World | Business", HEADLINE, "Jane Doe, River News, Staff Writer", "2026/12/04 17:42",
            *STORY_BARE]
    assert extract(_page("\n".join(page))).authors == ["Jane Doe"]


def test_a_brand_opening_in_small_letters_is_kept_as_written() -> None:
    page = ["i24RIVER", "News | World | Business | Sport", HEADLINE, "December 4, 2026", *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == "i24RIVER"


def test_a_paper_s_staff_though_its_last_word_names_no_one() -> None:
    page = ["River Today", "News | World | Business | Sport", HEADLINE, "River Today staff", "December 4, 2026",
            *STORY_BARE]
    assert extract(_page("\n".join(page))).authors == ["River Today staff"]


def test_a_site_s_address_with_what_it_is_in_brackets_is_its_masthead() -> None:
    page = ["Riverwire.com (Valley News Agency)", "Home | World | Business | Sport", HEADLINE, "December 4, 2026",
            *STORY_BARE]
    assert extract(_page("\n".join(page))).outlet == "riverwire.com"


@pytest.mark.parametrize(("logo", "expected"), [
    ("The River Post - Back to home", "The River Post"),
    ("Harbour Daily | Homepage", "Harbour Daily"),
    ("River News - Back to home page", "River News"),
])
def test_the_logo_s_link_names_the_site_under_the_skip_links(logo: str, expected: str) -> None:
    top = ["Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in", "Search jobs", logo]
    assert outlet(split_lines("\n".join([*top, "News", "Opinion", "Sport", *STORY]))) == expected


def test_the_place_the_writer_reported_from_is_the_byline_s_and_the_dateline() -> None:
    assert reporting_from("Reporting from Kyiv, Ukraine") == "Kyiv, Ukraine"
    assert reporting_from("Reporting from the scene was difficult.") is None
    content = "\n\n".join(["River landing closed for lock repairs", "By Jane Wanjiru", "Reporting from Kisumu",
                           "March 3, 2025", "Leer en español", *STORY[1:]])
    article = extract(_page(content))
    assert (article.body, article.dateline) == (STORY[1:], "Kisumu")


@pytest.mark.parametrize(("line", "kind"), [
    ("OK", JUNK), ("Got it", JUNK), ("Enjoy more audio and podcasts on iOS or Android.", JUNK),
    ("Jane Doe, the editor, selects her favourite stories in this weekly newsletter.", JUNK),
    ("Copyright The River Daily Limited 2026. All rights reserved.", BARRIER),
    # an article's own lines that hold the same words
    ("Joo Ok", SHORT), ("OK, so what happens now?", SHORT),
    ("Copyright law changed in 2019, and the ruling follows it.", SHORT),
])
def test_a_player_s_pitch_a_pop_up_s_button_and_a_notice_with_its_holder_are_furniture(line: str, kind: int) -> None:
    assert classify(split_lines(line)[0]) == kind


def test_a_button_under_the_lede_leaves_the_lede_the_text_s() -> None:
    # The lede right under the headline, then a link's word ("Twitter."): no byline block follows, so the lede is no
    # standfirst.
    content = "\n\n".join(["River landing closed for lock repairs", STORY[1], "Twitter.", *STORY[2:]])
    assert extract(_page(content)).body == STORY[1:]


@pytest.mark.parametrize(("line", "junk"), [
    ("Add as a preferred source", True), ("Make us a preferred source on Google", True),
    ("Add River Daily as a preferred source on Google", True),
    ("The well was the village's preferred source of water until the drought.", False),
])
def test_a_search_engine_s_button_beside_the_byline_is_furniture(line: str, junk: bool) -> None:
    lines = split_lines(line)
    count_stops(lines, STOPWORDS["en"])
    assert (classify(lines[0]) == JUNK) == junk


def test_a_known_place_before_a_bar_and_the_date_s_label_is_the_dateline() -> None:
    content = "\n\n".join(["River landing closed for lock repairs", "Written by Jane Wanjiru",
                           "Nairobi | Updated: March 3, 2025 10:42 IST", "Add as a preferred source", *STORY[1:]])
    article = extract(_page(content))
    assert (article.body, article.dateline, article.authors) == (STORY[1:], "Nairobi", ["Jane Wanjiru"])
    assert place_before_date("Jane Wanjiru | Updated: March 3, 2025 10:42 IST") is None  # a name, not a place


def test_a_date_before_a_bar_and_its_time_is_no_byline() -> None:
    assert byline_names("Sat, Dec 06, 2026 | 12:30 PM") == []
    assert byline_names("Jane Wanjiru | Updated: December 6, 2026") == ["Jane Wanjiru"]


def test_the_dateline_under_a_standfirst_opens_the_story_but_not_a_transcript_s_second_turn() -> None:
    standfirst = "Works minister Jane Doe says the government will pay RM1.2 billion in compensation."
    opening = "PETALING JAYA: Toll rates on five highways will not rise until the end of 2028, the minister said today."
    assert lede([standfirst, opening, "Another paragraph."]) == opening
    turns = ["DAVID HOLLIS, NBS ANCHOR: Good morning and welcome to the programme.",
             "SEN. MARIA LOPEZ (D-NM): Thanks for having me, David."]
    assert lede(turns) == turns[0]
    assert lede([opening, standfirst]) == opening
