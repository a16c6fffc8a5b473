"""Speaker rules of annotate.quotes for the less common turns of news copy: who speaks when the nearest
cue is not the attribution, when the speaker is a country, a poll share or a body referred to as "it",
and when a name stands beside a role noun. Hand-written wire-style sentences about invented stories."""

from __future__ import annotations

from typing import Any

from conftest import quotes

from newstrace.annotate.quotes_names import clean_name
from newstrace.models import Quote


def by_words(found: list[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in found}


def test_countries_speak_for_their_governments(nlp: Any) -> None:
    found = by_words(quotes(nlp, "Denmark said the pipeline plan was “a reckless and costly gamble.”",
                            "Norway insisted that Sweden “return to the table at once.”"))
    assert found == {"a reckless and costly gamble.": "Denmark", "return to the table at once.": "Norway"}


def test_a_titled_speaker_the_model_files_as_a_work_of_art_is_named_without_the_title(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“We learned in 2023 that every minute matters,” Mayor Petra Solen said."))
    assert found == {"We learned in 2023 that every minute matters,": "Petra Solen"}


def test_a_statement_speaks_for_whoever_issued_it(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“The damage will run into millions,” according to a statement from the regional "
                                 "government."))
    assert found == {"The damage will run into millions,": "the regional government"}


def test_a_share_of_those_polled_speaks(nlp: Any) -> None:
    found = quotes(nlp, "Asked about the tram project, 63 percent said the council was “out of touch.”")
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.endswith("percent")


def test_participle_after_a_name_and_a_cue_in_a_clause_of_time(nlp: Any) -> None:
    found = quotes(nlp, "The advert ends with footage of Mayor Carla Ruiz saying, “We balanced the budget,” when "
                        "her rival Tom Becker blasted her record.")
    assert [q.speaker for q in found] == ["Carla Ruiz"]


def test_footage_of_a_person_asking(nlp: Any) -> None:
    found = quotes(nlp, "The advert uses footage of Governor Pia Lundgren asking, “Where did the flood money go?”")
    assert [q.speaker for q in found] == ["Pia Lundgren"]


def test_a_cue_inside_a_relative_clause_gives_way_to_the_one_governing_the_quotation(nlp: Any) -> None:
    found = quotes(nlp, "Senator Omar Haddad mocked the audit, saying anybody who complains about the harbour "
                        "budget “has not read the figures.”")
    assert [q.speaker for q in found] == ["Omar Haddad"]


def test_the_object_of_a_participle_is_not_its_speaker(nlp: Any) -> None:
    found = quotes(nlp, "Councillor Ruth Adler spoke to reporters on Monday.",
                   "She says the mayor’s posts accusing Daniel Okoro of fraud are “lies and smears.”")
    assert [q.speaker for q in found] == ["Ruth Adler"]


def test_speaker_named_right_after_the_quotation_with_a_long_apposition(nlp: Any) -> None:
    found = quotes(nlp, "“The dam will hold through what the old men here call ‘the hungry months,’” Elena "
                        "Marquez, the chief engineer of the regional water authority and a member of its safety "
                        "board since 2009, told reporters.")
    assert [q.speaker for q in found] == ["Elena Marquez"]


def test_a_role_noun_stands_for_the_name_beside_it(nlp: Any) -> None:
    found = quotes(nlp, "His former business partner at the firm, Lawrence B. Kimball, called him a master at "
                        "impossible deals. “He showed again and again an ability to put together deals that other "
                        "people couldn't.”")
    assert [q.speaker for q in found] == ["Lawrence B. Kimball"]


def test_a_body_referred_to_as_it_or_they(nlp: Any) -> None:
    found = by_words(quotes(
        nlp,
        "The city council on Monday passed the budget and pledged to end what it called “years of neglect.”",
        "The transit union is defending the strike. It says the company made “an insulting offer.”",
    ))
    assert found["years of neglect."] is not None and found["years of neglect."].lower().endswith("council")
    assert found["an insulting offer."] is not None and found["an insulting offer."].endswith("union")


def test_signature_signs_a_partial_quotation_that_ends_the_comment(nlp: Any) -> None:
    found = quotes(nlp, "Nobody I know trusts him, and all he offers is “the same broken promises.” ― Ana Torres")
    assert [q.speaker for q in found] == ["Ana Torres"]


def test_a_nickname_inside_a_quotation_is_not_the_speaker_s_name(nlp: Any) -> None:
    found = quotes(nlp, "“Crooked Tom Brandt cannot be trusted with the harbour,” Senator Ada Mills said.",
                   "Tom Brandt answered on Friday. “I have never lied about the harbour,” Brandt said.")
    assert [q.speaker for q in found] == ["Ada Mills", "Tom Brandt"]


def test_a_dash_is_never_the_subject(nlp: Any) -> None:
    found = quotes(nlp, "When Judge Ana Ruiz noted that Victor Kessler has occasionally not paid anything in "
                        "federal income taxes ― as was true for the few years his tax returns were made public ― "
                        "Kessler boasted, “That makes me clever.”")
    assert [q.speaker for q in found] == ["Victor Kessler"]


def test_a_name_ending_in_a_lowercase_part_is_a_subject_a_pronoun_can_stand_for(nlp: Any) -> None:
    found = quotes(nlp, "Foreign minister Paul Girard spoke first at the meeting in Geneva.",
                   "Secretary General Park Ji-sung condemned the missile test on Friday.",
                   "“We must urgently break this spiral of escalation,” he told reporters.")
    assert [q.speaker for q in found] == ["Park Ji-sung"]


def test_a_dateline_place_is_not_the_speaker(nlp: Any) -> None:
    found = quotes(nlp, "Washington (AFP) – Greg Holt has taken a swipe at a rival’s stance on the vote, saying that "
                        "“bombastic comments” do more harm than good during such times.")
    assert [q.speaker for q in found] == ["Greg Holt"]


def test_an_as_clause_after_the_quotation_still_attributes_it(nlp: Any) -> None:
    found = quotes(nlp, "The plan is “a regional fix at best,” as Mayor Carla Ruiz suggested on Monday.")
    assert [q.speaker for q in found] == ["Carla Ruiz"]


def test_a_letter_to_a_person_asking_is_the_writer_s(nlp: Any) -> None:
    found = quotes(nlp, "Mayor Greg Holt wrote a letter to Attorney General Nina Park asking the department to "
                        "investigate the “fiasco at the polls.”")
    assert [q.speaker for q in found] == ["Greg Holt"]


def test_what_a_speaker_says_a_thing_confirms_is_the_speaker_s(nlp: Any) -> None:
    found = quotes(nlp, "Senator Ruth Adler called the mayor’s posts unhinged. She says it confirms that the mayor is "
                        "“unfit to run the harbour.”")
    assert [q.speaker for q in found] == ["Ruth Adler"]


def test_a_subject_names_its_head_not_the_name_qualifying_it(nlp: Any) -> None:
    found = quotes(nlp, "Senator Tom Becker toured the plant on Monday.",
                   "Becker spokeswoman Laura Simmons said the visit had been planned for months.",
                   "“We feel good about the places we are going to,” she said.")
    assert [q.speaker for q in found] == ["Laura Simmons"]


def test_a_surname_two_people_share_is_the_one_named_more_often(nlp: Any) -> None:
    found = quotes(nlp, "Senator Chris Hallett returned to the school on Friday.",
                   "Chris Hallett had voted for the bill in 2013, the year teacher Mary Ann Hallett was killed.",
                   "“I am the same age as all of these parents,” Hallett said.")
    assert [q.speaker for q in found] == ["Chris Hallett"]


def test_a_person_just_introduced_is_who_the_next_he_said_stands_for(nlp: Any) -> None:
    found = quotes(nlp, "Senator Tom Becker spoke to supporters in Dayton on Monday.",
                   "The rally drew a thin crowd, which is something that concerns Henry Okafor, president of the "
                   "county party.",
                   "“No one is writing songs for our candidate,” he said.")
    assert [q.speaker for q in found] == ["Henry Okafor"]


def test_another_speaks_like_a_delegate_does(nlp: Any) -> None:
    found = quotes(nlp, "“The plan will not survive the winter,” said one delegate from Ohio.",
                   "“It is already dead and everybody in this hall knows it,” said another.")
    assert found[1].speaker is not None and found[1].speaker.lower() == "another"


def test_he_after_a_speaker_no_name_gives_is_that_speaker(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“It was definitely a bomb,” said a harbour official, who refused to identify "
                                 "himself. “You can see a huge crater behind the pier,” he said."))
    assert found == {"It was definitely a bomb,": "a harbour official",
                     "You can see a huge crater behind the pier,": "a harbour official"}


def test_the_office_stands_for_the_person_named_with_it(nlp: Any) -> None:
    found = quotes(nlp, "President Ana Ruiz vowed on Saturday to find those behind the harbour blast.",
                   "Vice President Tom Berg and World Bank President Lea Moss flew to the port.",
                   "“We will not rest until they are found,” the president said.",
                   "“The port will reopen,” the vice president said.")
    assert [q.speaker for q in found] == ["Ana Ruiz", "Tom Berg"]


def test_a_book_s_title_or_a_photo_credit_run_into_a_name_is_cut_off() -> None:
    # As the tagger read a PolNeAR article: "according to \"Perfect Enough: Carly Fiorina and the ..."
    assert clean_name("Perfect Enough: Ana Ruiz") == "Ana Ruiz"
    assert clean_name("Tom Berg / Reuters") == "Tom Berg"
    assert clean_name("President Ana Ruiz's") == "Ana Ruiz"


def test_a_role_the_story_gives_a_person_it_named_stands_for_that_person(nlp: Any) -> None:
    found = quotes(nlp, "Sen. Ana Ruiz (D-Ore.) toured the flooded harbour in Astoria on Monday.",
                   "“We will rebuild every pier,” the Oregon senator said.",
                   "Tom Berg, the harbour master, joined her on the tour.",
                   "“Nobody was hurt,” the man said.",
                   "At the dinner, the band leader sang “Harbour Lights.”")
    assert by_words(found) == {"We will rebuild every pier,": "Ana Ruiz", "Nobody was hurt,": "the man",
                               "Harbour Lights.": "the band leader"}


def test_an_office_after_a_headline_closing_with_a_quotation_mark(nlp: Any) -> None:
    found = quotes(nlp, "Mayor Corners Ruiz On ‘Harbour Tax.’",
                   "President Ana Ruiz answered a fisherman at the town hall on Wednesday.",
                   "During the town hall, Tom Berg had a question for the president.",
                   "“The tax has been sort of manufactured,” the president said.")
    assert [q.speaker for q in found] == ["Ana Ruiz"]


def test_a_role_given_beside_a_name_and_a_party_that_is_another_s(nlp: Any) -> None:
    found = quotes(nlp, "Pia Lund, the former governor, opened the new ferry terminal in Astoria on Monday.",
                   "“This terminal took ten years,” the former governor said.",
                   "Republicans slammed Democratic nominee Lea Moss over the terminal's cost.",
                   "“The port needs a plan,” the Republican nominee said.")
    assert by_words(found) == {"This terminal took ten years,": "Pia Lund",
                               "The port needs a plan,": "the Republican nominee"}


def test_the_senator_of_a_story_that_follows_another_than_the_one_named_so_is_not_known(nlp: Any) -> None:
    found = quotes(nlp, "Sen. Tom Berg (R-Ore.) has released a video that attacks Walsh.",
                   "Linda Walsh defends her record in an advert running on local TV.",
                   "“I balanced the port's budget,” the senator said.",
                   "Mayor Lea Moss toured the harbour with Berg on Friday.",
                   "Asked about the vote, Berg smiled. “We will see,” the mayor said.")
    assert by_words(found) == {"I balanced the port's budget,": "the senator", "We will see,": "Lea Moss"}


def test_a_cue_in_the_passive_is_said_by_its_agent_not_its_subject(nlp: Any) -> None:
    found = by_words(quotes(nlp, "The harbour plan was described as “reckless” by Mayor Linda Walsh on Monday.",
                            "For decades, the island's exiles were cut off from their families. Labeled “worms” by "
                            "the regime, many could not visit for years."))
    assert found == {"reckless": "Linda Walsh", "worms": "the regime"}


def test_who_asked_is_not_whom_the_next_he_stands_for(nlp: Any) -> None:
    found = by_words(quotes(nlp, "Mark Dunn was asked by moderator Tom Berg whether his plan would risk “adding "
                                 "another expensive program to the budget.”",
                            "Dunn’s answer was that “the family comes first,” so the city should help parents.",
                            "“The most important job I will ever have is being a parent,” he said."))
    assert found == {"adding another expensive program to the budget.": "Tom Berg",
                     "the family comes first,": "Mark Dunn",
                     "The most important job I will ever have is being a parent,": "Mark Dunn"}


def test_a_passive_relative_clause_introduces_no_quotation(nlp: Any) -> None:
    found = quotes(nlp, "“We will rebuild the pier,” Dunn wrote in the letter, which was first reported by the "
                        "Harbour Gazette. “The port will reopen in May.”")
    assert [q.speaker for q in found] == ["Dunn", "Dunn"]


def test_a_he_stands_for_the_person_named_beside_the_role_that_was_the_subject(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“The shops close when the mill stops,” said Rosa Lind, who runs the bakery.",
                            "The town’s mayor, Peter Holm, said he had asked both sides to return to talks. "
                            "“This town cannot afford another long strike,” he told the Valley Courier."))
    assert found["This town cannot afford another long strike,"] == "Peter Holm"


def test_a_thing_that_goes_on_says_nothing(nlp: Any) -> None:
    found = quotes(nlp, "Union leader Pavel Marek said the strike would go on “as long as it takes.”")
    assert [q.speaker for q in found] == ["Pavel Marek"]


def test_a_person_or_a_body_owned_speaks_for_itself_a_thing_owned_for_its_owner(nlp: Any) -> None:
    found = by_words(quotes(nlp, "Maria Lopez was arrested on Monday. “She is innocent,” her lawyer said.",
                            "“The fire is under control,” the governor's office said in a statement.",
                            "“We are shocked,” his family said.",
                            "“This is a sad day,” the mayor's statement said."))
    assert found["She is innocent,"] == "her lawyer"
    assert found["The fire is under control,"] is not None and found["The fire is under control,"].endswith(
        "governor's office")
    assert found["We are shocked,"] == "his family"
    assert found["This is a sad day,"] == "the mayor"


def test_a_name_set_between_commas_after_a_role_is_the_speaker(nlp: Any) -> None:
    found = by_words(quotes(nlp, "According to the ministry spokesperson, Elif Sahin, “all roads will reopen by "
                                 "Friday.”"))
    assert found == {"all roads will reopen by Friday.": "Elif Sahin"}


def test_a_feeling_said_aloud_is_a_cue(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“We have lost everything,” wept Kerry Jones.",
                            "Mick Doyle spoke first. “It is over,” he groaned.",
                            "“We are thrilled,” enthused Lily Evans."))
    assert found == {"We have lost everything,": "Kerry Jones", "It is over,": "Mick Doyle",
                     "We are thrilled,": "Lily Evans"}


def test_a_name_beside_a_person_s_word_after_the_verb_is_the_speaker(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“It is the best day of my life!” gushed the winner, Lily Evans."))
    assert found == {"It is the best day of my life!": "Lily Evans"}


def test_the_minister_of_a_portfolio_is_the_minister_capitalised_or_not(nlp: Any) -> None:
    found = by_words(quotes(nlp, "Health Minister Ana Velko said clinics would open on Sundays.",
                            "“Nobody should wait a week to see a nurse,” the Minister said.",
                            "Deputy Minister Tomas Brel said the plan would cost 40 million.",
                            "“It is money well spent,” the deputy minister said."))
    assert found == {"Nobody should wait a week to see a nurse,": "Ana Velko",
                     "It is money well spent,": "Tomas Brel"}


def test_he_said_stands_for_the_sentence_s_subject_not_a_place_of_its_absolute_clause(nlp: Any) -> None:
    found = by_words(quotes(nlp, "District secretary Aziz Noor said 61 relief centres had been opened, with Bandar "
                                 "Rosli and Tok Ali the worst hit.",
                            "“We expect more families to be moved tonight,” he said."))
    assert found == {"We expect more families to be moved tonight,": "Aziz Noor"}


def test_a_label_before_a_quotation_speaks_for_no_one_when_a_speaker_follows_the_verb(nlp: Any) -> None:
    found = by_words(quotes(nlp, 'Chad: "We need help now," says trader.',
                            'The town, which flooded last year: "Nobody came," said resident Awa Coulibaly.'))
    assert found == {"We need help now,": "trader", "Nobody came,": "Awa Coulibaly"}


def test_a_body_named_after_what_it_is_speaks(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“We expect very few trams,” the city's transport operator KVB said.",
                            "“No ships will sail,” the port authority Portmar said on Friday."))
    assert found == {"We expect very few trams,": "KVB", "No ships will sail,": "Portmar"}


def test_words_an_agency_reports_are_the_clause_s_subject_s(nlp: Any) -> None:
    found = by_words(quotes(nlp, "The operator KVB expects “very few trams on the network” on Tuesday, when the "
                                 "unions strike, the Belga news agency reported."))
    assert found == {"very few trams on the network": "KVB"}


def test_an_officer_named_after_his_rank_and_its_force(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“More rain is making the work dangerous,” said Deputy Superintendent of Police "
                                 "Hari Thapa, spokesperson for the district police."))
    assert found == {"More rain is making the work dangerous,": "Hari Thapa"}


def test_a_person_of_a_place_is_named_without_it(nlp: Any) -> None:
    found = by_words(quotes(nlp, "“Our churches are full,” Archbishop Tomás Nhaca of Beira told the news service.",
                                 "“We are ready,” Jane Doe of Springfield told reporters."))
    assert found == {"Our churches are full,": "Tomás Nhaca", "We are ready,": "Jane Doe"}


def test_the_cardinal_is_the_cardinal_named_before(nlp: Any) -> None:
    found = by_words(quotes(nlp, "Cardinal Luis Ferreira said the Holy See had sent 100,000 euros.",
                                 "“The poor must not be forgotten,” the cardinal said."))
    assert found == {"The poor must not be forgotten,": "Luis Ferreira"}
