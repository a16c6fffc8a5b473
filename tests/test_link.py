"""Who copied whom, and stories, on small hand-written documents.

The texts are one invented event (a dam failure) told by several outlets: an original report, a
verbatim copy, a rewrite that keeps its quotations, a copy of a story whose source is not in the corpus,
and an unrelated report. Quotations are found from their quotation marks (the annotations are empty).
"""

from __future__ import annotations

import pytest

from newstrace.annotate import annotate
from newstrace.extract.credits import apply_credits
from newstrace.link import link
from newstrace.link.candidates import ReuseIndex
from newstrace.link.credit import credits, credits_name, site_names
from newstrace.link.derive import find_derivations
from newstrace.link.stories import group_stories
from newstrace.models import Annotations, Article, Derivation, Document, Precision

ORIGINAL = [
    "Engineers in the river town of Kestrel Ford began emptying the upper reservoir on Monday after a crack "
    "opened along the western wall of the old Harrow dam overnight.",
    "About 3,200 residents living below the dam were told to leave their homes before noon, and buses were "
    "sent to carry older people to a sports hall on higher ground.",
    "\u201cWe saw water running through the face of the wall at about two in the morning and we did not wait "
    "for a second look,\u201d said Maren Tollis, the chief engineer of the regional water board.",
    "The dam, built in 1958 to hold drinking water for the valley, was last inspected in the spring, when "
    "the board reported minor erosion near the spillway.",
    "\u201cEvery family on the lower streets has been reached, and nobody is left in the houses closest to "
    "the river,\u201d the mayor, Dorin Vale, told the Valley Courier.",
    "Repair crews expect to lower the water by four metres within two days, which the board says will take "
    "the pressure off the damaged section.",
    "\u201cIf the level keeps falling at this rate, people could be back in their homes by the weekend,\u201d "
    "Tollis added.",
]

REWRITE = [
    "Some 3,200 people living below the Harrow dam were ordered to leave their homes by noon on Monday, with "
    "buses taking older residents to a sports hall on high ground.",
    "\u201cWe saw water running through the face of the wall at about two in the morning and we did not wait "
    "for a second look,\u201d said Maren Tollis, the chief engineer of the regional water board.",
    "Crews in Kestrel Ford started to empty the upper reservoir after a crack appeared overnight along the "
    "dam's western wall.",
    "Repair teams hope to bring the water down by four metres in two days, which the water board says would "
    "relieve the pressure on the damaged part.",
    "\u201cEvery family on the lower streets has been reached, and nobody is left in the houses closest to "
    "the river,\u201d mayor Dorin Vale said.",
    "The dam was built in 1958 to hold the valley's drinking water and was inspected this spring, when minor "
    "erosion was found near its spillway.",
]

UNRELATED = [
    "The city council of Port Alder approved a new budget for its public libraries on Tuesday, adding two "
    "mobile reading vans and longer opening hours on weekends.",
    "\u201cChildren in the outer districts should not need a bus ticket to borrow a book,\u201d said council "
    "member Ilse Brandt, who proposed the vans last year.",
    "The budget also pays for repairs to the roof of the central library, closed for three weeks in "
    "January after heavy snow damaged its skylights.",
    "\u201cWe expect the first van to be on the road before the summer holidays begin,\u201d the head "
    "librarian, Tomas Eriksen, said at the meeting.",
]

CARRIED = [
    "This article was originally published by The Northern Ledger.",
    "Fishermen on the northern coast say the herring arrived three weeks early this year, filling nets "
    "close to the harbour of Gull Point before the season had officially opened.",
    "\u201cIn forty years on this water I have never seen the shoals this close to shore in March,\u201d said "
    "skipper Anton Reyes, who lands his catch at Gull Point.",
    "Marine scientists at the coastal institute said warmer currents along the shelf were the most likely "
    "reason, but that one early season did not yet make a trend.",
    "\u201cWe need several years of counts before we can say the fish have changed their habits,\u201d said "
    "biologist Hanna Lind.",
]


def doc(doc_id: str, body: list[str], published: str | None, outlet: str, authors: list[str] | None = None,
        ) -> Document:
    article = Article(id=doc_id, path=f"{doc_id}.txt", title=None, published=published,
                      authors=authors or [], outlet=outlet, language="en", body=body)
    return Document(apply_credits(article), Annotations(doc_id))


def edge(derivations: list[Derivation], a: str, b: str) -> Derivation | None:
    return next((d for d in derivations if {d.derived, d.source} == {a, b}), None)


def test_republication_found_and_directed_by_dates() -> None:
    source = doc("src", ORIGINAL, "2025-03-03", "The Valley Courier", ["Petra Holm"])
    copy = doc("copy", [*ORIGINAL, "Follow The Lowland Gazette for more news."], "2025-03-04",
               "The Lowland Gazette")
    derivations, relations, origins = find_derivations([copy, source])
    found = edge(derivations, "src", "copy")
    assert found is not None and found.directed
    assert (found.derived, found.source, found.kind) == ("copy", "src", "republication")
    assert found.evidence.reused_share > 0.9
    assert "of its text verbatim from The Valley Courier (1 passage);" in found.evidence.summary
    # Every passage's offsets point at the same words in both bodies.
    for p in found.evidence.passages:
        assert copy.article.text[p.derived_start:p.derived_end] == source.article.text[p.source_start:p.source_end]
        assert p.text == copy.article.text[p.derived_start:p.derived_end]
    assert relations["copy"] == "republication" and origins["copy"] == "The Valley Courier"
    assert relations["src"] == "original"


def test_rewrite_around_kept_quotations() -> None:
    source = doc("src", ORIGINAL, "2025-03-03", "The Valley Courier", ["Petra Holm"])
    rewrite = doc("rw", REWRITE, "2025-03-04", "The Hill Times", ["Jon Arden"])
    derivations, relations, _ = find_derivations([source, rewrite])
    found = edge(derivations, "src", "rw")
    assert found is not None
    assert (found.derived, found.source, found.kind) == ("rw", "src", "rewrite")
    assert len(found.evidence.quotes) >= 2
    assert all(q in source.article.text and q in rewrite.article.text for q in found.evidence.quotes)
    assert relations["rw"] == "independent-rewrite"


WIRE = ["KESTREL FORD, Valdor (AP) \u2014 " + ORIGINAL[0], *ORIGINAL[1:]]

# Told in its own words throughout, with one of the agency's quotations kept.
FREE_REWRITE = [
    "Thousands were moved out of their homes in Kestrel Ford on Monday as engineers drained a reservoir behind "
    "a cracked dam, the Associated Press reported.",
    ORIGINAL[2],
    "Older residents were taken by bus to a hall on a hill. The structure dates from 1958, and an inspection in "
    "spring found only a little wear.",
    "Officials hope that people can go home again by the weekend.",
]


def test_free_rewrite_that_credits_the_agency_and_keeps_its_quotation_derives_from_its_copy() -> None:
    wire = doc("wire", WIRE, "2025-03-03", "The Valley Courier")
    rewrite = doc("rw", FREE_REWRITE, "2025-03-04", "Dam Watch")
    derivations, relations, origins = find_derivations([wire, rewrite])
    found = edge(derivations, "wire", "rw")
    assert found is not None and (found.derived, found.source, found.kind) == ("rw", "wire", "rewrite")
    assert found.evidence.quotes and all(q in WIRE[2] for q in found.evidence.quotes)
    assert "credit: \u201cThousands were moved" in found.evidence.summary  # the credit's sentence, whole
    assert (relations["rw"], origins["rw"]) == ("rewrite-of-wire", "AP")


@pytest.mark.parametrize("published", ["2025-03-24", None])
def test_a_credited_quotation_weeks_later_or_undated_is_no_proof_of_the_copy(published: str | None) -> None:
    # The speaker may repeat a line for weeks; an undated page gives no time to tie it to this copy.
    derivations, _, _ = find_derivations([doc("wire", WIRE, "2025-03-03", "The Valley Courier"),
                                          doc("rw", FREE_REWRITE, published, "Dam Watch")])
    assert derivations == []


def test_one_shared_quotation_without_a_credit_is_no_derivation() -> None:
    uncredited = [FREE_REWRITE[0].removesuffix(", the Associated Press reported.") + ".", *FREE_REWRITE[1:]]
    derivations, _, _ = find_derivations([doc("wire", WIRE, "2025-03-03", "The Valley Courier"),
                                          doc("rw", uncredited, "2025-03-04", "Dam Watch")])
    assert derivations == []


def test_agency_copy_run_under_a_credit_line_is_no_rewrite_of_other_agency_copy() -> None:
    # Two agency stories a day apart quote the same statement; a site runs the second under a credit line.
    second = ["KESTREL FORD, Valdor (AP) \u2014 Residents below the Harrow dam began returning home on Tuesday "
              "as the water level fell faster than engineers had expected.", ORIGINAL[2]]
    carried = doc("carried", ["This article was originally published by the Associated Press.", *second],
                  "2025-03-04", "Dam Watch")
    derivations, _, _ = find_derivations([doc("wire", WIRE, "2025-03-03", "The Valley Courier"), carried])
    assert derivations == []


def test_origin_from_credit_line_when_the_source_is_not_in_the_corpus() -> None:
    carried = doc("carried", CARRIED, "2025-03-05", "The Harbour Post")
    derivations, relations, origins = find_derivations([carried, doc("other", UNRELATED, "2025-03-05", "Alder News")])
    assert derivations == []
    assert (relations["carried"], origins["carried"]) == ("republication", "The Northern Ledger")


def test_unrelated_documents_are_not_linked() -> None:
    docs = [doc("dam", ORIGINAL, "2025-03-03", "The Valley Courier", ["Petra Holm"]),
            doc("library", UNRELATED, "2025-03-03", "Alder News", ["Ruth Meyer"]),
            doc("herring", CARRIED[1:], "2025-03-03", "The Northern Ledger", ["Ola Berg"])]
    derivations, _, _ = find_derivations(docs)
    assert derivations == []
    stories, _ = group_stories(docs, derivations)
    assert sorted(map(sorted, stories)) == [["dam"], ["herring"], ["library"]]


def test_direction_unknown_when_nothing_tells() -> None:
    # Same day, no credit line, no agency, the same text on both sides: either could be the copy. (The text's "told
    # the Valley Courier" credits a third outlet.)
    a = doc("a", ORIGINAL, "2025-03-03", "The Kestrel Times")
    b = doc("b", ORIGINAL, "2025-03-03", "The Lowland Gazette")
    derivations, relations, _ = find_derivations([a, b])
    found = edge(derivations, "a", "b")
    assert found is not None and found.kind == "republication" and not found.directed
    assert "nothing tells" in found.evidence.summary
    assert relations["a"] == relations["b"] == "unknown"


def test_an_outlet_s_closing_note_is_not_copying() -> None:
    # One outlet closes unrelated stories with the same editor's note: no story was copied, and they stay
    # apart. A copy of one of them, note and all, is still a copy.
    note = ("Editor's note: The Valley Courier's reporting on water and public works is paid for in part by a "
            "grant from the Lowland Civic Fund, which has no say over what we cover or how we cover it.")
    docs = [doc("dam", [*ORIGINAL, note], "2025-03-03", "The Valley Courier"),
            doc("library", [*UNRELATED, note], "2025-03-05", "The Valley Courier"),
            doc("herring", [*CARRIED[1:], note], "2025-03-08", "The Valley Courier"),
            doc("copy", [*ORIGINAL, note], "2025-03-04", "The Lowland Gazette")]
    result = link(docs)
    assert [(d.derived, d.source, d.kind) for d in result.derivations] == [("copy", "dam", "republication")]
    assert sorted(map(sorted, result.stories)) == [["copy", "dam"], ["herring"], ["library"]]
    # Added to an earlier run, a page with the note is compared with the new pages only; the count of
    # texts that carry the note still includes the old ones.
    index = ReuseIndex()
    before = link(docs[:3], index)
    rail = doc("rail", [
        "The regional rail operator will add two night trains between Kestrel Ford and Port Alder from May, the "
        "transport board said on Thursday, after a year of complaints from shift workers.",
        "\u201cPeople finishing at midnight have had no way home except a taxi they cannot afford,\u201d said "
        "board member Lisbet Crane, who pushed for the change.", note], "2025-03-09", "The Valley Courier")
    assert link([*docs[:3], rail], index, before).derivations == []


def test_the_same_quotations_of_one_speech_are_not_copying() -> None:
    # Two reports of one speech quote the same two passages, each in a paragraph of its own with "she said":
    # what every report of the speech holds, not a copy (their own words differ).
    speech = ["“We will not reopen the lower streets until the engineers have checked every metre of the "
              "wall, and I will not apologise for that,” she said.",
              "“The water board warned this council about the spillway two years ago, and the money never "
              "came,” she said."]
    first = ["The mayor of Kestrel Ford, Dorin Vale, told residents at a packed meeting on Tuesday evening that "
             "the evacuation order would stay in place for now.", speech[0],
             "Several residents shouted questions about compensation before she turned to the council.", speech[1]]
    second = ["Speaking in the town hall on Tuesday, Kestrel Ford mayor Dorin Vale defended keeping families out "
              "of their homes below the damaged reservoir.", speech[0],
              "She also blamed the regional government for years of delay.", speech[1]]
    derivations, _, _ = find_derivations([doc("a", first, "2025-03-04", "The Valley Courier"),
                                          doc("b", second, "2025-03-04", "The Hill Times")])
    assert derivations == []
    # The two statements back to back, joined by each reporter's own attribution.
    joined = [speech[0].replace("she said.", "she told reporters. ") + speech[1].replace(" she said", "")]
    rejoined = [speech[0].replace("she said.", "the mayor added. ") + speech[1].replace(" she said", "")]
    derivations, _, _ = find_derivations([doc("a", [first[0], *joined], "2025-03-04", "The Valley Courier"),
                                          doc("b", [second[0], *rejoined], "2025-03-04", "The Hill Times")])
    assert derivations == []


def test_an_agency_update_that_repeats_its_earlier_copy_is_still_its_original() -> None:
    first = doc("first", [f"KESTREL FORD (AP) \u2014 {ORIGINAL[0]}", *ORIGINAL[1:5]], "2025-03-03", "AP News")
    update = doc("update", [
        "KESTREL FORD (AP) \u2014 Water began to flow over the damaged section of the Harrow dam on Tuesday, and "
        "engineers said a controlled breach could come within hours.",
        "Police closed the two bridges below the dam and asked drivers to keep away from the valley road.",
        *ORIGINAL[1:3],
    ], "2025-03-04", "AP News")
    derivations, relations, origins = find_derivations([first, update])
    found = edge(derivations, "first", "update")
    assert found is not None and (found.derived, found.source) == ("update", "first")
    assert relations == {"first": "wire-original", "update": "wire-original"}
    assert origins["update"] == "AP"


@pytest.mark.parametrize(("closing", "relation", "origin"), [
    (["— Reuters"], "wire-original", "Reuters"),  # the agency's sign-off, on a line of its own
    (["Officials said the lock would reopen on Friday. -- AFP"], "wire-original", "AFP"),
    (["The Associated Press contributed to this report."], "rewrite-of-wire", "AP"),  # the paper's own, with help
    (["Information from The Associated Press was included in this report."], "rewrite-of-wire", "AP"),
    (["Additional reporting by AFP"], "rewrite-of-wire", "AFP"),
])
def test_how_a_paper_closes_an_agency_s_copy_or_its_own_story(closing: list[str], relation: str, origin: str) -> None:
    page = doc("page", [*ORIGINAL[:3], *closing], "2025-03-03", "The Valley Courier")
    _, relations, origins = find_derivations([page])
    assert (relations["page"], origins["page"]) == (relation, origin)
    assert not any(p.strip() == "— Reuters" for p in page.article.body)  # set at the end of the text, as print does


@pytest.mark.parametrize("tag", ["KESTREL FORD (AP) _ ", "KESTREL FORD (AP) "])
def test_wire_copy_of_the_1990s_types_its_dateline_dash_as_an_underscore_or_not_at_all(tag: str) -> None:
    wire = doc("wire", [f"{tag}{ORIGINAL[0]}", *ORIGINAL[1:]], "1998-03-03", "AP")
    _, relations, origins = find_derivations([wire])
    assert (relations["wire"], origins["wire"]) == ("wire-original", "AP")


def test_copies_of_one_event_form_one_story() -> None:
    docs = [doc("src", ORIGINAL, "2025-03-03", "The Valley Courier", ["Petra Holm"]),
            doc("rw", REWRITE, "2025-03-04", "The Hill Times", ["Jon Arden"]),
            doc("library", UNRELATED, "2025-03-03", "Alder News", ["Ruth Meyer"])]
    result = link(docs)
    assert sorted(map(sorted, result.stories)) == [["library"], ["rw", "src"]]


def test_adding_documents_to_an_earlier_run() -> None:
    first = [doc("src", ORIGINAL, "2025-03-03", "The Valley Courier", ["Petra Holm"]),
             doc("library", UNRELATED, "2025-03-03", "Alder News", ["Ruth Meyer"])]
    later = [doc("rw", REWRITE, "2025-03-04", "The Hill Times", ["Jon Arden"]),
             doc("copy", ORIGINAL, "2025-03-05", "The Lowland Gazette")]
    index = ReuseIndex()
    before = link(first, index)
    assert before.derivations == []
    after = link(first + later, index, before)
    full = link(first + later)
    pairs = sorted((d.derived, d.source, d.kind) for d in after.derivations)
    assert pairs == sorted((d.derived, d.source, d.kind) for d in full.derivations)
    assert ("rw", "src", "rewrite") in pairs and ("copy", "src", "republication") in pairs
    assert sorted(map(sorted, after.stories)) == sorted(map(sorted, full.stories))
    assert after.relations == full.relations


def test_two_short_reports_from_one_town_are_two_stories() -> None:
    # Two pages only: the corpus cannot tell how rare a word is, so common words ("the", "said", "first",
    # "time") must not carry two different events of the same town into one story.
    fire = ["A fire broke out in a bakery on the main square of Kestrel Ford early on Friday, and the owner "
            "said it was the first time in thirty years that the ovens had been cold on a market day.",
            "\u201cWe heard the alarm at four and by the time we were there the back room was full of smoke,"
            "\u201d said the baker, Lena Morrow."]
    match = ["The school team of Kestrel Ford won the regional football final on Sunday, and it is the first "
             "time in a long while that the cup has come back to the town.",
             "\u201cThe boys played for each other and they never stopped running,\u201d said the coach, Ivo "
             "Petrak, after the match."]
    docs = [doc("fire", fire, "2025-06-06", "The Valley Courier"), doc("match", match, "2025-06-08", "The Hill Times")]
    stories, _ = group_stories(docs, [])
    assert sorted(map(sorted, stories)) == [["fire"], ["match"]]


def test_two_undated_pages_of_one_town_need_more_than_its_names_for_one_thread() -> None:
    # Undated pages have no window in time to keep a storyline apart from everything else said about the town
    # and its mayor: a school opening and a terminal sale are two threads.
    school = ["A new primary school opened in Kestrel Ford on Monday, two years after floods ruined the old "
              "building beside the river.",
              "The school has twelve classrooms, a library and a gym, and was paid for by a grant from the Lowland "
              "Civic Fund and a loan from the regional education board.",
              "Teachers moved furniture and books over the weekend, and the first pupils arrived by bus from the "
              "outer villages.",
              "\u201cEvery child deserves a dry classroom,\u201d said headteacher Mirela Osk at the opening.",
              "Mayor Dorin Vale cut the ribbon."]
    terminal = ["The council of Kestrel Ford voted on Thursday to sell the empty ferry terminal to a developer who "
                "plans flats, shops and a covered market hall.",
                "The terminal closed a decade ago when the coastal ferry line went bankrupt, and repairs to its roof "
                "and piers were judged too costly.",
                "Opposition councillors said the price was too low and asked for an independent valuation of the "
                "site.",
                "\u201cThe building has rotted while we argued,\u201d council leader Piet Hamar told the meeting.",
                "Mayor Dorin Vale abstained."]
    docs = [doc("school", school, None, "The Valley Courier"), doc("terminal", terminal, None, "The Hill Times")]
    _, threads = group_stories(docs, [])
    assert sorted(map(sorted, threads)) == [["school"], ["terminal"]]


def test_a_storyline_told_in_more_pages_than_its_words_may_propose_pairs_is_one_thread() -> None:
    # Ten follow-ups over five weeks share the storyline's words (the dam, the town, its engineer): in a small
    # corpus these are in too many pages to propose pairs, and each page's rarest words are its own.
    turns = ["the board closed the footpath along the crest", "divers inspected the base of the spillway",
             "a second crack was found near the outlet tower", "the regional court heard the insurers' case",
             "farmers downstream asked for compensation for flooded fields", "the school below the dam reopened",
             "a ministry report blamed years of delayed maintenance", "steel plates were bolted over the crack",
             "the reservoir was refilled to half its level", "the last families returned to the lower streets"]
    docs = [doc(f"dam{i}", [f"Engineers at the Harrow dam in Kestrel Ford said on Monday that {turn}, the latest "
                            "step since the crack in the western wall forced the town to empty the reservoir.",
                            "Maren Tollis, the chief engineer of the regional water board, said the repairs "
                            "to the dam would go on through the winter.", ORIGINAL[3]],
                f"2025-03-{3 + 3 * i:02d}", "The Valley Courier")
            for i, turn in enumerate(turns)]
    docs.append(doc("library", UNRELATED, "2025-03-10", "Alder News"))
    _, threads = group_stories(docs, [])
    assert sorted(map(sorted, threads)) == [sorted(d.article.id for d in docs[:-1]), ["library"]]


def test_timeline_links_the_same_clauses_as_comparing_all_pairs() -> None:
    # The word-key index may only skip pairs that share no word: check it against the all-pairs definition
    # on clauses built from words that share prefixes, are typos of each other, or are short.
    import random

    from newstrace.link.disjoint import DisjointSets
    from newstrace.link.timeline import _SHARED_NEEDED, _Clause, _distinctive, _link, _shared

    stems = ["curfew", "varga", "post", "rally", "strike", "border", "harbour", "ferry", "tanker", "minister",
             "protest", "court", "flood", "bridge", "market", "school", "ban", "ice", "dam", "gate"]
    vocabulary = [*stems, *(s + "s" for s in stems), *(s[:-1] for s in stems if len(s) > 4)]
    rng = random.Random(5)
    days: tuple[tuple[Precision, str], ...] = (("day", "2025-03-04"), ("year", "2025"))
    for precision, date in days:
        clauses = [_Clause(f"d{k}", date, precision, "Tuesday", f"what {k % 40}",
                           frozenset(rng.sample(vocabulary, rng.randint(0, 3)))) for k in range(80)]
        distinctive = _distinctive(clauses)
        sets: DisjointSets[int] = DisjointSets()
        for i, a in enumerate(clauses):
            for j in range(i + 1, len(clauses)):
                if _shared(a, clauses[j], distinctive) >= _SHARED_NEEDED[precision]:
                    sets.union(j, i)
        expected = [[clauses[i] for i in group] for group in sets.groups(range(len(clauses)))]
        assert _link(clauses, distinctive) == expected
        assert len(expected) < len(clauses)  # some clauses were joined: the check is not vacuous


DESK_PIECE = [
    "Work at the port of Dakara ground to a halt this week after dockers launched a strike against the planned "
    "automation of container handling.",
    "Workers fear that some 800 positions will disappear once the new cranes are installed. The port authority "
    "insists that no one will be laid off and that staff will be retrained.",
]


@pytest.mark.parametrize(("quoted", "relation"), [
    ("Union leader Amadou Fall said workers were \u201cnot against progress\u201d but would not accept losing their "
     "livelihoods.", "independent-rewrite"),  # a few words lifted from another's story
    ("\u201cWe are not against progress, but we will not accept losing our livelihoods,\u201d union leader Amadou "
     "Fall told the digest.", "unknown"),  # a quotation of its own: it may have asked him
])
def test_a_desk_piece_quoting_a_few_words_in_its_own_sentence_rewrites_another_s_story(quoted: str,
                                                                                      relation: str) -> None:
    article = Article(id="desk", path="desk.txt", published="2025-03-05", authors=["Port Digest Newsroom"],
                      outlet="Port Digest", language="en", body=[*DESK_PIECE, quoted])
    desk = Document(apply_credits(article), annotate(article))
    _, relations, _ = find_derivations([desk, doc("other", UNRELATED, "2025-03-05", "Alder News")])
    assert relations["desk"] == relation


def test_an_outlet_naming_itself_credits_no_one_so_its_same_day_copy_is_the_derived_one() -> None:
    # The original opens with a standfirst the copy dropped, so the copy does not hold all of it.
    told = [ORIGINAL[0], ORIGINAL[1], ORIGINAL[2].replace("said Maren Tollis", "Maren Tollis told Lake Radio"),
            *ORIGINAL[3:]]
    original = doc("orig", ["Engineers drain the reservoir as 3,200 people leave their homes below the dam.", *told],
                   "2025-03-03", "Lake Radio")
    copy = doc("copy", told, "2025-03-03", "Harbour Digest", authors=["Lake Radio"])
    derivations, relations, origins = find_derivations([original, copy])
    found = edge(derivations, "orig", "copy")
    assert found is not None and (found.derived, found.source) == ("copy", "orig")
    assert (relations["copy"], origins["copy"]) == ("republication", "Lake Radio")


def test_a_copy_of_an_outlet_s_rewrite_of_agency_copy_republishes_the_outlet() -> None:
    wire = doc("wire", WIRE, "2025-03-03", "The Valley Courier")
    rewrite = doc("rw", FREE_REWRITE, "2025-03-04", "Dam Watch")
    copy = doc("copy", [*FREE_REWRITE, "Support our work: donate today."], "2025-03-05", "River Friends")
    derivations, relations, origins = find_derivations([wire, rewrite, copy])
    found = edge(derivations, "rw", "copy")
    assert found is not None and (found.derived, found.source) == ("copy", "rw")
    assert "from Dam Watch" in found.evidence.summary
    assert (relations["copy"], origins["copy"]) == ("republication", "Dam Watch")


def test_a_copy_without_the_byline_copies_the_signed_text_unless_it_is_the_agency_s_own() -> None:
    signed = doc("signed", [*ORIGINAL], "2025-03-03", "The Valley Courier", ["Petra Holm"])
    scraped = doc("scraped", ORIGINAL[:-1], "2025-03-03", "Feed Hub")
    derivations, _, _ = find_derivations([signed, scraped])
    found = edge(derivations, "signed", "scraped")
    assert found is not None and (found.derived, found.source) == ("scraped", "signed")
    wire = [f"KESTREL FORD (AP) \u2014 {ORIGINAL[0]}", *ORIGINAL[1:]]
    own = doc("own", wire, "2025-03-03", "AP News")
    carried = doc("carried", wire, "2025-03-03", "The Valley Courier", ["Petra Holm"])
    derivations, _, _ = find_derivations([own, carried])
    found = edge(derivations, "own", "carried")
    assert found is not None and (found.derived, found.source) == ("carried", "own")  # the agency's own site


@pytest.mark.parametrize(("first_at", "second_at", "ordered"), [
    ("2025-03-03T09:00+01:00", "2025-03-03T08:30+00:00", True),  # 08:00 UTC before 08:30 UTC
    ("2025-03-03T07:00", "2025-03-03T08:30+00:00", False),  # a clock without its zone orders nothing
    ("2025-03-03T07:00", "2025-03-03T08:30", False),  # two outlets' clocks, zones unknown
])
def test_copies_of_one_day_are_ordered_by_times_in_named_zones(first_at: str, second_at: str,
                                                              ordered: bool) -> None:
    # Neither holds all of the other (each has a line of its own), and both credit a third outlet ("told the Valley
    # Courier"): only the times can tell.
    first = doc("first", [*ORIGINAL, "Support local news."], "2025-03-03", "The Kestrel Times")
    second = doc("second", [*ORIGINAL, "Read more river news."], "2025-03-03", "Feed Hub")
    first.article.published_at, second.article.published_at = first_at, second_at
    found = edge(find_derivations([first, second])[0], "first", "second")
    assert found is not None
    assert ((found.derived, found.source) == ("second", "first") and found.directed) == ordered


def annotated(doc_id: str, body: list[str], published: str, outlet: str) -> Document:
    article = apply_credits(Article(id=doc_id, path=f"{doc_id}.txt", title=None, published=published, authors=[],
                                    outlet=outlet, language="en", body=body))
    return Document(article, annotate(article))


def test_a_quotation_first_ran_in_the_source_its_same_day_copy_derives_from() -> None:
    source = annotated("src", CARRIED[1:], "2025-03-03", "The Northern Ledger")
    copy = annotated("copy", CARRIED, "2025-03-03", "Coast Daily")  # "... originally published by The Northern Ledger."
    links = link([copy, source])
    skipper = next(q for q in links.quotes if q.text.startswith("In forty years"))
    assert (sorted(skipper.in_), skipper.first) == (["copy", "src"], "src")
    # A third outlet's own story of that day quotes the skipper too, copying no one: the day's copies no longer
    # tell which page ran the words first.
    own = annotated("own", [
        "Herring boats at Gull Point have landed full catches since early February, weeks ahead of the usual "
        "season, the harbour master said on Monday, and the fish market has extended its opening hours.",
        "\u201cIn forty years on this water I have never seen the shoals this close to shore in March,\u201d "
        "skipper Anton Reyes told reporters on the quay.",
        "Buyers from inland towns said prices had fallen by a third since the start of the month.",
    ], "2025-03-03", "Gull Point Radio")
    skipper = next(q for q in link([copy, source, own]).quotes if q.text.startswith("In forty years"))
    assert (sorted(skipper.in_), skipper.first) == (["copy", "own", "src"], None)


@pytest.mark.parametrize("sentence", [
    "The council approved the plan, citing the Valley Courier.",
    "The council approved the plan, as reported in the Valley Courier.",
    "According to a report in the Valley Courier, the council approved the plan.",
    "The council approved the plan, reports the Valley Courier.",
    "The council approved the plan, the Valley Courier reports.",
    "A report in the Valley Courier said the council approved the plan.",
    "The council approved the plan, reported the Valley Courier.",
    "The council approved the plan, the Valley Courier has reported.",
    "The council approved the plan, the Valley Courier said in a report on Friday.",
    "Citing a report by the Valley Courier newspaper, officials said the council approved the plan.",
    "The council approved the plan, the investigative outlet Valley Courier revealed.",
    "The mayor said in comments published by the Valley Courier that the council approved the plan.",
    "The council approved the plan, the Valley Courier learned.",
    "The mayor confirmed to the Valley Courier that the council approved the plan.",
    "The council approved the plan, writes the Valley Courier.",
    "The council approved the plan, the Valley Courier wrote on Friday.",
    "The council approved the plan, according to a report by environmental news site Valley Courier.",
])
def test_the_ways_a_text_credits_an_outlet(sentence: str) -> None:
    assert [name for name, _, _ in credits(sentence)] == ["Valley Courier"]


def test_a_sentence_naming_the_masthead_in_lower_case_credits_it() -> None:
    # "..., the mayor, Dorin Vale, told the Valley Courier." on another outlet's page of the same day: the Courier's.
    courier = doc("courier", ORIGINAL, "2025-03-03", "The Valley Courier")
    copy = doc("copy", ORIGINAL, "2025-03-03", "The Lowland Gazette")
    found = edge(find_derivations([courier, copy])[0], "courier", "copy")
    assert found is not None and found.directed and (found.derived, found.source) == ("copy", "courier")
    assert "credits the other" in found.evidence.summary


@pytest.mark.parametrize(("text", "outlet", "credited"), [
    ("Ferries stayed in port, Kathimerini reported.", "ekathimerini.com", True),  # an electronic edition's address
    ("Ferries stayed in port, Harbour Post reported.", "harbourpost.example", True),
    ("Prices fell, Vanguard reported on Friday.", "Vanguard News", True),  # a paper's site by the paper's name
    ("Prices fell, Local reported on Friday.", "Local News", False),  # a word English uses often names no site
    ("The ports shut on Friday, i24RIVER reported.", "i24RIVER", True),  # a brand opening in small letters
])
def test_a_credit_names_an_outlet_by_its_address_or_its_paper(text: str, outlet: str, credited: bool) -> None:
    assert (credits_name(text, outlet) is not None) is credited


def test_an_address_spells_its_site_s_names() -> None:
    assert site_names("www.ekathimerini.com") == {"ekathimerini", "kathimerini"}
    assert site_names("Harbour Post") == set()


def _dump(site: str, lines: list[str]) -> Document:
    article = Article(id=site.split()[0].lower(), path="x.txt", outlet=site, published="2026-12-04", body=lines)
    return Document(article=article, annotations=annotate(article))


def test_initials_in_a_source_note_name_the_outlet_they_spell() -> None:
    body = ["LUSAKA — The Food Reserve Agency has opened its maize purchasing season with a floor price of K350 per "
            "50 kilogramme bag, its executive director said on Friday in Lusaka.",
            "The agency intends to buy 1.2 million tonnes to replenish the strategic reserve this season, he added.",
            '"We urge farmers to sell their maize to the agency and not to briefcase buyers," Chola Mwamba said.']
    source = _dump("Zambia National Broadcasting Corporation", body)
    copy = _dump("Lusaka Times", body)
    copy.article.origin = "ZNBC"  # "Source: ZNBC" under the copy
    result = link([copy, source])
    assert {(d.derived, d.source) for d in result.derivations} == {("lusaka", "zambia")}
    assert (result.relations["lusaka"], result.origins["lusaka"]) == ("republication",
                                                                      "Zambia National Broadcasting Corporation")
    # Initials that spell no outlet of the run credit no source ("Source: CDC" under a story's figures).
    alone = _dump("Lusaka Times", body)
    alone.article.origin = "CDC"
    assert link([alone]).origins["lusaka"] is None


@pytest.mark.parametrize(("text", "outlet", "credited"), [
    ("The council approved the plan, according to valleycourier.com.", "The Valley Courier", True),
    ("The council approved the plan, according to www.valleycourier.co.uk.", "Valley Courier", True),
    ("The council approved the plan, according to valleycourier.com.", "Valley Times", False),
])
def test_a_credit_names_an_outlet_by_its_address_in_small_letters(text: str, outlet: str, credited: bool) -> None:
    assert (credits_name(text, outlet) is not None) is credited


def test_a_credit_in_cyrillic_capitals_is_read_with_ukrainian_letters() -> None:
    # "І" of "Інтерфакс" is a Ukrainian capital outside Russian's А-Я: the name is a credit all the same.
    assert credits("Про це повідомляє Інтерфакс-Україна.") == (("Інтерфакс-Україна", 18, 35),)
    assert credits_name("Про це повідомляє Інтерфакс-Україна.", "Interfax-Ukraine") == (
        "Про це повідомляє Інтерфакс-Україна.")
