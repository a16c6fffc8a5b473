"""Entity mentions (annotate.entities) and cross-corpus merging (link.entities) on real news sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newstrace.annotate.entities import find_mentions
from newstrace.annotate.nlp import load_nlp
from newstrace.link.entities import merge_entities
from newstrace.models import Annotations, Article, Document, Entity, Mention


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return load_nlp()
    except RuntimeError as err:
        pytest.skip(str(err))


def mentions(nlp: Any, *paragraphs: str) -> list[Mention]:
    article = Article(id="a", path="a.txt", body=list(paragraphs))
    return find_mentions(article, nlp(article.text))


def document(nlp: Any, doc_id: str, *paragraphs: str, origin: str | None = None) -> Document:
    article = Article(id=doc_id, path=f"{doc_id}.txt", body=list(paragraphs), origin=origin)
    found = find_mentions(article, nlp(article.text))
    return Document(article=article, annotations=Annotations(doc_id=doc_id, mentions=found))


def holding(entities: list[Entity], alias: str) -> list[Entity]:
    return [e for e in entities if alias in e.aliases]


def test_offsets_point_into_article_text(nlp: Any) -> None:
    article = Article(id="a", path="a", body=["Landau spoke with Mali’s foreign minister.",
                                              "Earlier, the Pentagon pulled personnel from Chad."])
    for m in find_mentions(article, nlp(article.text)):
        assert article.text[m.start:m.end] == m.text


def test_titles_are_not_part_of_names(nlp: Any) -> None:
    found = mentions(nlp, "US Deputy Secretary of State Christopher Landau has spoken with Malian Foreign "
                          "Minister Abdoulaye Diop on shared security interests.",
                     "Earlier this year, US Africa Command (AFRICOM) chief General Michael Langley told "
                     "reporters in Kenya that the unit is reassessing its presence.")
    people = {m.text for m in found if m.type == "PERSON"}
    assert {"Christopher Landau", "Abdoulaye Diop", "Michael Langley"} <= people
    assert not any(m.text in {"State", "Secretary of State"} for m in found)
    assert not any(m.text.startswith(("General", "Deputy", "Minister")) for m in found)


def test_truncated_names_are_repaired(nlp: Any) -> None:
    found = mentions(nlp, "Since September, Al-Qaida-affiliated Jama’at Nusrat al-Islam wal-Muslimin had "
                          "enforced a stifling blockade on oil imports into Mali.",
                     "“So far, the U.S. remains engaged diplomatically,” Rida Lyammouri, Sahel expert at "
                     "Morocco-based Policy Center for the New South, said.")
    texts = {m.text: m.type for m in found}
    assert "Jama’at Nusrat al-Islam wal-Muslimin" in texts
    assert texts.get("Policy Center for the New South") == "ORG"
    assert texts.get("Al-Qaida") == "ORG"  # "-affiliated" is not part of the name
    assert texts.get("Morocco") == "PLACE"


def test_dateline_agency_and_places(nlp: Any) -> None:
    found = mentions(nlp, "BAMAKO, Mali (AP) — Days after American diplomats and nationals were told to "
                          "leave Mali, a senior U.S. official praised the military junta.")
    types = {m.text: m.type for m in found}
    assert types.get("AP") == "ORG"
    assert types.get("Mali") == "PLACE"
    assert types.get("BAMAKO") == "PLACE"


def test_platform_x_and_page_furniture_are_not_entities(nlp: Any) -> None:
    found = mentions(nlp, "Landau took to the platform X, formerly known as Twitter, to commend the army.",
                     "READ ALSO: U.S. urges citizens to flee amid jihadi blockade and fuel shortages",
                     "By registering, you agree to the Terms & Conditions and Privacy and Cookie Policy.")
    texts = {m.text for m in found}
    assert "X" not in texts
    assert not any("READ" in t or "Privacy" in t or "Terms" in t for t in texts)
    assert not any(any(c.isdigit() for c in t) for t in texts)


def test_possessive_and_the_are_stripped(nlp: Any) -> None:
    found = mentions(nlp, "Landau’s comments were welcomed by a member of Niger’s parliament, the "
                          "Associated Press reported.")
    texts = {m.text for m in found}
    assert "Associated Press" in texts and "Niger" in texts
    assert not any(t.endswith(("’s", "'s")) or t.lower().startswith("the ") for t in texts)


def test_empty_and_odd_text_give_no_mentions(nlp: Any) -> None:
    assert mentions(nlp) == []
    assert mentions(nlp, "🇲🇱 2025-11-05 | 04:38 IST | $100-million ★★★") == []


def test_acronym_defined_in_parentheses_merges(nlp: Any) -> None:
    docs = [document(nlp, "d1", "Earlier this year, US Africa Command (AFRICOM) chief General Michael "
                                "Langley told reporters in Kenya that the unit is reassessing its presence."),
            document(nlp, "d2", "AFRICOM said the drills would resume next month in Kenya.")]
    entities = merge_entities(docs)
    (command,) = holding(entities, "AFRICOM")
    assert "US Africa Command" in command.aliases and command.type == "ORG"
    assert command.in_ == ["d1", "d2"]


def test_apostrophe_variants_and_acronym_merge(nlp: Any) -> None:
    docs = [document(nlp, "d1", "He commended the army's fight against Al-Qaeda-linked Jama’at Nusrat "
                                "al-Islam wal-Muslimin (JNIM)."),
            document(nlp, "d2", "Landau praised the fight against the group Jama'at Nusrat al-Islam "
                                "wal-Muslimin (JNIM). This group announced a fuel blockade."),
            document(nlp, "d3", "Experts say JNIM had been consolidating control in the countryside.")]
    entities = merge_entities(docs)
    (group,) = holding(entities, "JNIM")
    spellings = {"Jama’at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert spellings <= set(group.aliases)
    assert group.type == "ORG" and group.in_ == ["d1", "d2", "d3"]
    assert group.name != "JNIM"


def test_transliterations_merge(nlp: Any) -> None:
    docs = [document(nlp, "d1", "He commended Mali's army in its fight against Al-Qaeda-linked militants."),
            document(nlp, "d2", "Since September, Al-Qaida-affiliated fighters had enforced a blockade.")]
    (group,) = holding(merge_entities(docs), "Al-Qaeda")
    assert "Al-Qaida" in group.aliases and group.type == "ORG"


def test_us_variants_merge(nlp: Any) -> None:
    docs = [document(nlp, "d1", "In September 2024, the US withdrew forces from a base in Niger."),
            document(nlp, "d2", "A senior U.S. official praised the military junta in Mali."),
            document(nlp, "d3", "Mali’s military rulers have been eulogized by a senior United States "
                                "official.")]
    entities = merge_entities(docs)
    (us,) = holding(entities, "US")
    assert {"U.S.", "United States"} <= set(us.aliases)
    assert us.type == "PLACE" and us.in_ == ["d1", "d2", "d3"]


def test_country_prefix_merges_only_when_unambiguous(nlp: Any) -> None:
    docs = [document(nlp, "d1", "Christopher Landau, the deputy secretary at the U.S. State Department, "
                                "said in a post on X late Tuesday that talks went well."),
            document(nlp, "d2", "The delegation will stay in Niger until Wednesday, as announced by the "
                                "State Department.")]
    (department,) = holding(merge_entities(docs), "State Department")
    assert "U.S. State Department" in department.aliases and department.name == "US State Department"

    docs = [document(nlp, "e1", "The US Embassy in Niamey and the UK Embassy in Bamako closed on Friday."),
            document(nlp, "e2", "A spokesman for the Embassy declined to comment.")]
    entities = merge_entities(docs)
    assert all(not {"US Embassy", "UK Embassy"} <= set(e.aliases) for e in entities)


def test_surname_merges_with_the_one_full_name(nlp: Any) -> None:
    docs = [document(nlp, "d1", "US Deputy Secretary of State Christopher Landau has spoken with the foreign "
                                "minister. Landau said the discussions were held on Tuesday."),
            document(nlp, "d2", "Landau’s comments were welcomed by some in the government.")]
    entities = merge_entities(docs)
    (person,) = holding(entities, "Landau")
    assert person.name == "Christopher Landau" and person.type == "PERSON"
    assert person.in_ == ["d1", "d2"]


def test_people_sharing_a_first_name_stay_apart(nlp: Any) -> None:
    docs = [document(nlp, "d1", "General Michael Langley, the commander of US Africa Command, is part of the "
                                "delegation."),
            document(nlp, "d2", "Michael Jordan said on Monday that he would sell his stake in the team."),
            document(nlp, "d3", "Michael said he had not been told.")]
    entities = merge_entities(docs)
    assert len(holding(entities, "Michael Langley")) == 1
    assert not holding(entities, "Michael Langley")[0].aliases.count("Michael Jordan")
    assert all("Michael" not in e.aliases for e in holding(entities, "Michael Langley"))


def test_ambiguous_surname_is_not_merged(nlp: Any) -> None:
    docs = [document(nlp, "d1", "Joe Biden met voters in Ohio on Monday."),
            document(nlp, "d2", "Hunter Biden appeared in court on Tuesday."),
            document(nlp, "d3", "Biden said the economy was improving.")]
    entities = merge_entities(docs)
    assert all(not {"Joe Biden", "Hunter Biden"} <= set(e.aliases) for e in entities)
    assert all("Biden" not in e.aliases for e in entities if e.name in {"Joe Biden", "Hunter Biden"})


def test_origin_agency_is_an_organisation(nlp: Any) -> None:
    docs = [document(nlp, "d1", "The US discussed security interests with Mali.", origin="RT")]
    (rt,) = holding(merge_entities(docs), "RT")
    assert rt.type == "ORG" and "Russia Today" in rt.aliases
