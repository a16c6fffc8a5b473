"""Time expressions resolved against the publication date, and the timeline built from them.

Every sentence is hand-written; the publication date is fixed per case, so each expected date follows from
the copy-desk rule the test names, not from the program's output.
"""

from __future__ import annotations

import pytest

from newstrace.annotate import annotate
from newstrace.annotate.nlp import load_nlp
from newstrace.annotate.timex import find_times, find_timexes
from newstrace.link.timeline import build_timeline
from newstrace.models import Article, Derivation, Document, TimeExpr

WEDNESDAY = "2025-11-05"  # a Wednesday: the Tuesday before is 2025-11-04, the next one 2025-11-11


def _times(sentence: str, published: str | None = WEDNESDAY) -> list[TimeExpr]:
    article = Article(id="t", path="t.txt", published=published, body=[sentence], language="en")
    return find_times(article, load_nlp()(article.text))


def _only(sentence: str, published: str | None = WEDNESDAY) -> TimeExpr:
    return _single(_times(sentence, published))


def _single(times: list[TimeExpr]) -> TimeExpr:
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The minister said the talks were held on Tuesday in the capital.", "2025-11-04"),
    ("The agency said in a post late Tuesday that the border had reopened.", "2025-11-04"),
    ("The two ministers will meet on Tuesday to sign the accord.", "2025-11-11"),
    ("The delegation is expected to arrive on Tuesday, officials said.", "2025-11-11"),
    ("More rain is forecast through Tuesday across the valley.", "2025-11-11"),
    ("Forecasters predict snow on Tuesday in the mountains.", "2025-11-11"),
    ("The authority said it had opened an inquiry and that crews would try to refloat the ship on Tuesday.",
     "2025-11-11"),
    # What one is told to do comes after the telling; a gerund takes the tense of the verb it completes; what is
    # set for a day in the present tense is to come.
    ("Workers said they had been told to return to the mill on Tuesday.", "2025-11-11"),
    ("Farmers will start receiving subsidised fertiliser on Tuesday, officials said.", "2025-11-11"),
    ("The final vote is on Tuesday, the clerk said.", "2025-11-11"),
    # What a warning says could come is to come; what could not be done was not.
    ("The weather agency warned that snow could fall by Tuesday in the hills.", "2025-11-11"),
    ("The missing fisherman could not be found on Tuesday, the coast guard said.", "2025-11-04"),
])
def test_weekday_is_the_last_one_unless_the_clause_looks_ahead(sentence: str, value: str) -> None:
    time = _only(sentence)
    assert (time.value, time.precision) == (value, "day")
    assert "Tuesday" in time.phrase


def test_since_a_month_marks_a_start_in_the_latest_such_month() -> None:
    time = _only("Since September, the dockers have staged weekly strikes at the container port.")
    assert (time.value, time.precision, time.is_start) == ("2025-09", "month", True)
    assert "strikes" in time.event


def test_since_a_month_looks_back_a_year_when_the_month_is_still_ahead() -> None:
    time = _only("Fuel prices have doubled since December.", published="2025-11-05")
    assert (time.value, time.is_start) == ("2024-12", True)


@pytest.mark.parametrize("sentence", ["The walkout will begin on 11 November.", "The walkout will begin on Nov. 11.",
                                      "The walkout will begin on the 11th of November."])
def test_a_day_and_month_without_a_year_in_either_order(sentence: str) -> None:
    assert _only(sentence).value == "2025-11-11"


def test_a_month_any_year_names_no_month() -> None:
    def months(text: str) -> list[str | None]:
        return [t.value for t in find_timexes(text, WEDNESDAY, load_nlp()(text))]
    assert months('"We cannot go through another November like this one," the mayor said.') == []
    assert months("The fair is held every May in the old town.") == []
    assert months("The floods in November left two people dead.") == ["2025-11"]


def test_a_season_is_a_time_only_after_a_preposition_of_time() -> None:
    def seasons(text: str) -> list[str | None]:
        return [t.value for t in find_timexes(text, WEDNESDAY, load_nlp()(text)) if (t.value or "").endswith("-FA")]
    assert seasons("Officials say the fall in the lake's level is due to drought.") == []
    assert seasons("The dam will be finished in the fall, the ministry said.") == ["2025-FA"]


@pytest.mark.parametrize(("sentence", "value"), [
    ("A confiscation hearing will take place on 12 March next year.", "2026-03-12"),
    ("The shop opened on March 3 last year.", "2024-03-03"),
    ("The shop opened in March last year.", "2024-03"),
    ("The law takes effect on the first of January.", "2026-01-01"),  # a day said in words
])
def test_a_day_and_month_take_the_year_a_phrase_after_them_names(sentence: str, value: str) -> None:
    assert [t.value for t in find_timexes(sentence, "2025-12-03", load_nlp()(sentence))] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The works will finish next summer.", "2026-SU"),  # December opens the winter: summer is next year's
    ("Elections will be held in the spring.", "2026-SP"),
    ("Fuel prices rose last spring.", "2025-SP"),  # the spring just gone, not the one before it
    ("The harvest failed in the summer.", "2025-SU"),
    # No tense to tell which: the nearest spring, three months on, not the one nine months gone.
    ("The works are due to finish, starting in the spring.", "2026-SP"),
])
def test_a_season_in_december_looks_across_the_new_year(sentence: str, value: str) -> None:
    assert [t.value for t in find_timexes(sentence, "2025-12-03", load_nlp()(sentence))] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ban takes effect on the 15th.", "2026-12-15"),
    ("The talks began on the 21st, officials said.", "2026-11-21"),  # behind publication: last month's
    ("The vote will be held on the 2nd.", "2027-01-02"),  # ahead of it: next month's
])
def test_a_day_of_the_month_alone_is_read_around_publication(sentence: str, value: str) -> None:
    assert [t.value for t in find_timexes(sentence, "2026-12-04", load_nlp()(sentence))] == [value]


@pytest.mark.parametrize(("sentence", "values"), [
    # In December, January alone in a past clause may be the coming one; as a span's first month, the last one's year.
    ("Exports to Europe rose 9% in January-November.", ["2026-01"]),
    ("Prices fell between January and November, the ministry said.", ["2026-01", "2026-11"]),
    ("The heating season ran from October to February, the utility said.", ["2025-10", "2026-02"]),
])
def test_a_span_s_first_month_lies_in_the_year_of_its_last(sentence: str, values: list[str]) -> None:
    assert [t.value for t in find_timexes(sentence, "2026-12-04", load_nlp()(sentence))] == values


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    sentence = "The office opened on the 3rd floor."
    assert find_timexes(sentence, "2026-12-04", load_nlp()(sentence)) == []


def test_a_fortnight_is_two_weeks() -> None:
    sentence = "The strike began a fortnight ago and lasted a fortnight."
    found = find_timexes(sentence, "2026-12-04", load_nlp()(sentence))
    assert [(t.phrase, t.value) for t in found] == [("a fortnight ago", "2026-W47"), ("a fortnight", "P2W")]


def test_a_figure_measured_against_a_forecast_dates_the_forecast_before() -> None:
    time = _only("The deficit will be $12 billion bigger than forecast in May.", "2025-12-03")
    assert time.value == "2025-05"


def test_since_a_year_marks_a_start() -> None:
    time = _only("The company has been losing money since 2012.")
    assert (time.value, time.precision, time.is_start) == ("2012", "year", True)


def test_month_and_year_are_absolute_and_do_not_start_anything() -> None:
    time = _only("In September 2024, the army withdrew from the northern base.")
    assert (time.value, time.precision, time.is_start) == ("2024-09", "month", False)
    assert "withdrew" in time.event


def test_earlier_this_year_is_the_publication_year_at_year_precision() -> None:
    time = _only("Earlier this year, the general told reporters the mission was under review.")
    assert (time.value, time.precision) == ("2025", "year")


def test_a_year_ago_counts_back_from_publication() -> None:
    time = _only("The foreign secretary visited the capital a year ago.")
    assert (time.value, time.precision) == ("2024", "year")


def test_a_month_without_year_is_the_nearest_one_when_tense_does_not_say() -> None:
    time = _only("The summit in February remains on the agenda.", published="2025-11-05")
    assert time.value == "2026-02"


def test_undated_page_leaves_relative_dates_unresolved_with_the_reason() -> None:
    times = _times("Officials visited the capital on Tuesday. The mission began in March 2023.", published=None)
    relative = next(t for t in times if "Tuesday" in t.phrase)
    absolute = next(t for t in times if "2023" in t.phrase)
    assert relative.value is None and relative.why and "publication date" in relative.why
    assert absolute.value == "2023-03"  # an absolute date needs no publication date


def test_today_inside_a_quotation_is_the_day_its_attribution_gives() -> None:
    dated = _times("“Today I spoke with the minister,” the envoy said in a post late Tuesday.")
    assert [(t.phrase, t.value) for t in dated] == [("Today", "2025-11-04"), ("late Tuesday", "2025-11-04")]
    undated = _only("“Today I spoke with the minister,” the envoy wrote.")
    assert undated.value is None and undated.why and "quotation" in undated.why


def test_words_told_to_the_page_s_own_outlet_count_from_its_date() -> None:
    def told(to: str, outlet: str | None) -> str | None:
        article = Article(id="t", path="t.txt", published=WEDNESDAY, outlet=outlet, language="en",
                          body=[f"“Nobody told us anything until this morning,” he told {to}."])
        return _single(find_times(article, load_nlp()(article.text))).value

    assert told("this newspaper", None) == WEDNESDAY
    assert told("The Harbour Gazette", "The Harbour Gazette") == WEDNESDAY
    assert told("the Gazette", "The Harbour Gazette") == WEDNESDAY  # a paper by its last word
    assert told("reporters", "The Harbour Gazette") is None  # on a day the page does not give
    assert told("The Harbour Gazette", "Coast Radio") is None  # another outlet's interview, on its day


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # Counted from the date the story named last, not from publication.
    ("The plant opened in March 1996. The following year, it closed.", "The following year", "1997"),
    ("He was shot on Oct. 23, 1998. Earlier that day, he had seen patients.", "Earlier that day", "1998-10-23"),
    ("In 2020 the court annulled the vote; the rerun was held in June of that year.", "June of that year", "2020-06"),
    ("The dam failed in 2019 and was rebuilt by May of the following year.", "May of the following year", "2020-05"),
    # A date without its year in a past-tense clause may lie most of a year back.
    ("The company reported a loss for the year ended March 31.", "March 31", "2025-03-31"),
    # Fractions are written in the next smaller unit.
    ("The talks lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("The talks lasted two and a half years.", "two and a half years", "P2Y6M"),
    # Ages are not durations.
    ("Mr. Smith, 52 years old, will succeed him.", "52 years", None),
    # A month without its year in a past-tense clause may lie one month ahead (a plan told in the past), no more.
    ("Officials said the accession was planned for early December.", "early December", "2025-12"),
    ("The mill closed in January.", "January", "2025-01"),
    ("Rents have risen since December.", "December", "2024-12"),
    # A clock time before a date is one TIME of that day.
    ("The offer was extended until 5 p.m. EST, Nov. 9.", "5 p.m. EST, Nov. 9", "2025-11-09T17:00"),
    ("The vote was held at 10 a.m. on March 3, 2024.", "10 a.m. on March 3, 2024", "2024-03-03T10:00"),
    # "Until Tuesday" is a deadline: the first such day not yet over, unless the past perfect closed the span.
    ("The agency gave the family until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2025-11-11T09:00"),
    ("The office stays shut until Wednesday.", "Wednesday", "2025-11-05"),
    ("Until Tuesday, the police had not named a suspect.", "Tuesday", "2025-11-04"),
    # A plan told in the past perfect had its day before publication.
    ("The offer had been due to expire Friday evening.", "Friday evening", "2025-10-31TEV"),
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "2025-10-31T24:00"),
    # "By year-end" is the publication year; "since year-end" the one before.
    ("The sale should close by year-end.", "by year-end", "2025"),
    ("The index has fallen 4% since year-end.", "since year-end", "2024"),
    ("Sales for the full year rose 13%.", "the full year", "2025"),
    ("The judge ruled at midday.", "midday", "2025-11-05T12:00"),
    ("The span gave way at about 6.20am.", "6.20am", "2025-11-05T06:20"),  # a British clock's point
    # "Over the past year" is the twelve months to publication, not the calendar year before it.
    ("Hate groups have multiplied over the past year.", "the past year", "P1Y"),
    # A decade with a curly apostrophe, as typeset copy writes it, is still a decade.
    ("The market collapsed in the 1980\u2019s.", "the 1980\u2019s", "198"),
    ("Rents doubled in the \u201990s.", "the \u201990s", "199"),
    # A date in figures, in the order the text's own dates show: one with a day over 12 tells a page's style.
    ("Bids close on 16/03/2026.", "16/03/2026", "2026-03-16"),
    ("Bids close on 3/16/2026.", "3/16/2026", "2026-03-16"),
    ("Bids close on 05/03/2026, and the results follow on 19/03/2026.", "05/03/2026", "2026-03-05"),
    ("Bids close on 05/03/2026.", "05/03/2026", "2026-05-03"),
])
def test_grammar_values(text: str, phrase: str, value: str | None) -> None:
    found = {t.phrase: t.value for t in find_timexes(text, WEDNESDAY, load_nlp()(text))}
    assert found.get(phrase) == value, found


def _document(doc_id: str, published: str | None, *paragraphs: str) -> Document:
    article = Article(id=doc_id, path=f"{doc_id}.txt", published=published, body=list(paragraphs), language="en")
    return Document(article, annotate(article))


@pytest.mark.parametrize(("opening", "phrases"), [
    ("HAVANA, August 7 (Xinhua) -- The Cuban government Friday condemned the bombings.", ["Friday"]),
    ("HAVANA (AP) _ The Cuban government on Friday condemned the bombings.", ["on Friday"]),
    ("HAVANA — The Cuban government on Friday condemned the bombings of August 7.", ["on Friday", "August 7"]),
])
def test_the_date_of_a_dateline_dates_the_report_not_an_event(opening: str, phrases: list[str]) -> None:
    article = Article(id="x", path="x.txt", published="1998-08-08", dateline="HAVANA", language="en",
                      body=[opening])
    assert [t.phrase for t in find_times(article, load_nlp()(article.text))] == phrases


@pytest.mark.parametrize("opening", ["HAVANA, August 7 (Xinhua) -- ", "HAVANA, CUBA (AP)-- ", "HAVANA (AP) _ "])
def test_the_clause_a_date_dates_starts_after_the_dateline(opening: str) -> None:
    article = Article(id="x", path="x.txt", published="1998-08-08", dateline="HAVANA", language="en",
                      body=[f"{opening}The Cuban government on Friday condemned the bombings."])
    (found,) = find_times(article, load_nlp()(article.text))
    assert found.event == "The Cuban government on Friday condemned the bombings."


def test_a_clock_time_s_colon_does_not_cut_the_clause_it_dates() -> None:
    article = Article(id="x", path="x.txt", published="1998-08-08", language="en",
                      body=["The blast in Nairobi occurred at about 10:35 a.m. on Friday, police said."])
    (found,) = find_times(article, load_nlp()(article.text))
    assert found.event.startswith("The blast in Nairobi occurred at about 10:35 a.m. on Friday")


def test_timeline_merges_one_happening_reported_by_two_documents() -> None:
    wire = _document(
        "wire", "2025-11-05",
        "Rebels seized the river port of Kadora on Tuesday after a night of heavy fighting, officials said.",
        "The government imposed a curfew on the capital in September 2024.",
    )
    paper = _document(
        "paper", "2025-11-06",
        "The river port of Kadora fell to the rebels late Tuesday, residents told the paper.",
        "Separately, the central bank raised its main interest rate on Tuesday.",
    )
    events, unresolvable = build_timeline([wire, paper])
    tuesday = [e for e in events if e.date == "2025-11-04"]
    port = next(e for e in tuesday if "Kadora" in e.what)
    assert sorted(port.in_) == ["paper", "wire"]
    assert port.precision == "day"
    assert any("bank" in e.what and e.in_ == ["paper"] for e in tuesday), "an unrelated happening stays apart"
    assert any(e.date == "2024-09" and e.in_ == ["wire"] for e in events)
    assert unresolvable == []


def test_a_rewrite_s_one_happening_of_a_day_is_its_source_s_one_happening_of_that_day() -> None:
    wire = _document("wire", "2025-11-05", "The court on Tuesday annulled the governor elections in two districts.")
    rewrite = _document("rewrite", "2025-11-05", "Reading the judgment on Tuesday, Judge Ada Phiri said the tallies "
                                                 "were altered.")
    edge = Derivation(derived="rewrite", source="wire", kind="rewrite", score=0.5)
    (apart, other) = build_timeline([wire, rewrite])[0]
    assert apart.in_ != other.in_, "no word shared, no edge: two happenings"
    (ruling,) = build_timeline([wire, rewrite], [edge])[0]
    assert sorted(ruling.in_) == ["rewrite", "wire"]


def test_a_timeline_event_is_worded_by_the_report_its_sources_share_not_by_a_quotation() -> None:
    wire = _document("wire", "2025-11-05", "Rebels seized the river port of Kadora on Tuesday after heavy shelling.")
    paper = _document("paper", "2025-11-06", "\u201cWe seized Kadora,\u201d the rebels said on Tuesday.",
                      "Kadora fell to the rebels on Tuesday after heavy shelling.")
    events, _ = build_timeline([wire, paper])
    (port,) = [e for e in events if e.date == "2025-11-04"]
    assert sorted(port.in_) == ["paper", "wire"]
    assert port.what == "Rebels seized the river port of Kadora on Tuesday after heavy shelling."


def test_a_sentence_that_dates_three_things_counts_once_among_the_corpus_s_words() -> None:
    wire = _document("wire", "2026-12-04", "The junta seized power in 2020 and again in 2021, promising to hand over "
                                           "to civilians by March 2024.")
    paper = _document("paper", "2026-12-04", "The junta had promised to hand over power by March 2024.",
                      "Mali's junta on Thursday extended its rule by five years.")
    events, _ = build_timeline([wire, paper])
    (promise,) = [e for e in events if e.date == "2024-03"]
    assert sorted(promise.in_) == ["paper", "wire"]


def test_timeline_lists_an_undated_pages_relative_dates_as_unresolvable() -> None:
    undated = _document("undated", None, "A delegation of senior officials visited the capital on Tuesday.")
    events, unresolvable = build_timeline([undated])
    assert events == []
    assert [(u.doc, "Tuesday" in u.phrase) for u in unresolvable] == [("undated", True)]
    assert "publication date" in unresolvable[0].why


@pytest.mark.parametrize(("sentence", "published", "value"), [
    # No tense to go by: the nearer one.
    ("Talks were ongoing to stabilise supply before Christmas.", "2026-12-05", "2026-12-25"),
    ("Talks were ongoing to stabilise supply before Christmas.", "2026-01-10", "2025-12-25"),
    ("Shops will open on Christmas Day.", "2026-01-10", "2026-12-25"),  # the clause looks ahead
    ("Sales were strong at Christmas, the company said.", "2026-12-05", "2025-12-25"),  # ... or back
    ("Shops will open on the day after Christmas.", "2026-12-05", "2026-12-26"),
    ("The ferry made its last run the day before Christmas Eve 2025.", "2026-12-05", "2025-12-23"),
    # What a strike is called for is still to come, though the calling is told in the perfect.
    ("Unions have called a one-day strike for the day after Christmas.", "2026-12-05", "2026-12-26"),
])
def test_a_holiday_without_a_year(sentence: str, published: str, value: str) -> None:
    assert _only(sentence, published=published).value == value


def test_days_and_hours_kept_every_week_date_nothing() -> None:
    assert _times("The library will add a Saturday homework club and open from 11am to 4pm on Sundays.") == []
    assert _times("The market opens every Sunday.") == []
    assert _only("They attended a Sunday night memorial.", published="2026-12-02").value == "2026-11-29"  # one


@pytest.mark.parametrize(("sentence", "value"), [
    ("Unions have called a strike for Friday.", "2026-12-04"),  # published on Wednesday 2 December
    ("A vote is scheduled for Friday.", "2026-12-04"),
    ("A memorial service planned for Saturday was canceled.", "2026-11-28"),  # a plan told as past
])
def test_the_day_an_event_is_set_for(sentence: str, value: str) -> None:
    assert _only(sentence, published="2026-12-02").value == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("The meeting was held on Thursday last week.", "2026-11-26"),  # published on Saturday 5 December
    ("The talks resume on Tuesday next week.", "2026-12-08"),
    ("He spoke on Monday this week.", "2026-11-30"),
])
def test_a_weekday_of_a_named_week(sentence: str, value: str) -> None:
    assert _only(sentence, published="2026-12-05").value == value


def test_the_yuletide_is_christmas() -> None:
    assert _only("The road will be completed before the Yuletide.", published="2026-12-05").value == "2026-12-25"


def test_a_holiday_naming_a_kind_of_thing_dates_nothing() -> None:
    assert not _times("Officials refused to call the Christmas party shooting terrorism.", published="2015-12-04")


def test_a_date_the_parse_makes_the_subject_of_the_report_keeps_its_own_clause_s_tense() -> None:
    # "the end of February" parsed as the subject of "said": the restrictions "will remain" until then.
    found = _times("Residents will live with Stage 2 water restrictions until at least the end of February, Water "
                   "and Sanitation Minister Ana Velko said on Tuesday.")
    assert [t.value for t in found] == ["2026-02", "2025-11-04"]
