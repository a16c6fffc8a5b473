"""Named entity mentions in one article: spaCy's NER, repaired where a small model fails on news copy.

en_core_web_sm cuts long Arabic-style names at their particles ("Tahrir al-Sham" for "Hayat Tahrir
al-Sham"), cuts organisation names at "for the"/"of the", tags countries as people, glues titles,
possessives and list commas into names, and misses agencies in datelines. The repairs below work on
spaCy's tokens: split spans at what cannot be inside a name, strip titles and determiners, extend over
name particles and hyphens, take the long form that an acronym in parentheses defines, re-type with a
world gazetteer and the cues a copy editor uses (an acronym defined in parentheses names an organisation;
"in the X" is a place; "Secretary of State" is a title).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wordfreq import zipf_frequency

from newstrace.annotate.nlp import GIVEN_NAME_SHORT
from newstrace.extract.credits import HONORIFICS
from newstrace.gazetteer import AGENCIES, VARIANTS, name_key, place_keys, places
from newstrace.models import EntityType, Mention
from newstrace.sources import source_name


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, for word lists."""
    return frozenset(text.split())


_LABELS: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE",
                                  "FAC": "PLACE"}

# Lowercase words that live inside names: Arabic, Romance, Dutch/German particles and English connectives.
NAME_PARTICLES = word_set("al el es ul wal wa bin ibn bint abu de del della di da das do dos du van von der ng "
                           "den la le ter y ó ní nic")
ORG_CONNECTIVES = frozenset({"of", "for", "on", "to", "the", "and", "&"})  # "Committee to Protect Journalists"

# A company's trade after its name ("Altamira Resources", "Walter Energy"); copy drops it on second reference.
COMPANY_TRADES = word_set("resources mining minerals metals energy industries motors pharmaceuticals technologies "
                        "systems partners investments enterprises petroleum railway railways railroad rail bahn water "
                        "utilities logistics foods snacks brands beverages chemicals shipping nutrition")
# Last (or first) words that make a capitalised phrase an organisation.
ORG_HEADS = COMPANY_TRADES | word_set("""institute center centre council ministry department command commission
committee alliance union association organization organisation bank university college school party front movement
office agency court fund foundation society league federation coalition network army forces corps board programme
syndicate
authority bureau academy forum group company corporation corp corp. inc inc. ltd ltd. llc co. plc jsc pjsc holdings
bancorp press news times post parliament
assembly congress senate police brigade battalion navy trust club church hospital media television radio
airlines airways institution service services administration cabinet government guard unit secretariat transit
tribune herald journal gazette telegraph chronicle enquirer inquirer courier examiner daily united fc
rovers wanderers rangers athletic hotspur
""")

_NAME_ZIPF = 4.0  # a given name is rarer than the words of an office: "Hamid" 3.2, "Patty" 3.6; "District" 5.0
_SURNAME_ZIPF = 3.5  # a family name is a rare word: "Duque" 2.3, "Schultz" 3.5; "Hispanic" 4.0, "Wall" 5.0
_COMMON_ZIPF = 4.5  # a word an organisation's name shares with English, alone no name: "State" 5.5, "Party" 5.2
# What a writer calls an armed or political movement after its name: "the Islamic State group", "... militants".
_GROUP_NOUNS = frozenset(["group", "militants", "fighters", "movement", "militia", "network"])
GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])  # after a name: "Jr.", "III"
# A company's legal form after its name ("Upjohn Co.", "Reuters Holdings PLC").
COMPANY_SUFFIXES = frozenset(["inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "llp", "lp",
                              "jsc", "pjsc", "ag", "sa", "nv", "gmbh"])
_GLUED_POSSESSIVE = frozenset(["‘s", "`s", "´s"])
_UNITS = frozenset(["mw", "gw", "kw", "mwh", "gwh", "kwh", "km", "kg", "mm", "cm", "bpd", "teu"])
_QUOTATION_MARKS = frozenset(['"', "“", "”", "«", "»", "„"])  # not "’", which ends a plural's possessive
# Words that head a person's title; stripped from the front of a name.
TITLES = word_set("""general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
admiral rear adm adm. commodore commander sergeant sgt sgt. marshal brigadier president vice prime minister secretary
deputy assistant undersecretary under foreign chief senator sen sen. representative rep rep. congressman
congresswoman assemblyman assemblywoman assemblymember councilman councilwoman councilmember alderman
governor gov gov. mayor akim ambassador envoy chancellor king queen prince princess sheikh emir pope cardinal
archbishop bishop rev rev. reverend imam rabbi dr dr. mr mr. mrs mrs. ms ms. madam sir dame lord lady judge justice
speaker spokesman spokeswoman spokesperson director chairman chairwoman chairperson chair ceo founder leader
commissioner attorney senior acting former interim transitional caretaker junta opposition rebel professor prof
prof. coach militant activist analyst expert official officer commander-in-chief premier president-elect
clerk treasurer auditor comptroller sheriff coroner assessor registrar councillor councilor cllr cllr. mp
cs ps mca superintendent inspector constable collector det det. insp insp. supt supt.
""")
# Honours before a name, a person's only and part of no name: Malaysian and Bruneian ones, alone ("Datuk", "Tun")
# or as the first word of two ("Tan Sri", "Datuk Seri", "Dato' Sri"), and West African Muslim ones ("Alhaji").
HONOURS = word_set("datuk dato datin tun alhaji alhaja hajah hajjah")
_HONOUR_PAIRS = {"tan": "sri", "puan": "sri", "toh": "puan", "datuk": "seri wira", "dato": "seri sri wira",
                 "datin": "seri paduka"}


def honour_words(words: list[str]) -> int:
    """How many of a name's first words are an honour ("Tan Sri Jane Doe": 2), an apostrophe ("Dato'") counted
    with its word; none where no name would be left."""
    low = [w.lower().strip("'’") for w in words]
    low = [w for w in low if w]
    n = len(words) - len(low)  # apostrophes the tokenizer split off
    if len(low) > 2 and low[1] in _HONOUR_PAIRS.get(low[0], "").split():
        return 2 + n
    return 1 + n if len(low) > 1 and low[0] in HONOURS else 0


# Last words of organisations' names that are no one's surname (unlike "Post", "Court", "Church" or "Bank").
_ORG_ONLY_HEADS = word_set("""bulletin gazette tribune chronicle telegraph journal courier examiner enquirer inquirer
university ministry institute council committee commission department agency association foundation federation
coalition authority academy hospital airlines airways corporation holdings bancorp inc inc. ltd ltd. llc plc jsc pjsc
minerals mining resources industries technologies pharmaceuticals therapeutics logistics motors petroleum metals
polymer polymers plastics chemicals foods textiles cement energy metro railway railways airport cruises""")
# Words of a title that qualify the office after them ("Foreign Minister", "Deputy Mayor"), no office themselves.
_TITLE_MODIFIERS = word_set("""foreign deputy assistant under senior acting former interim transitional vice prime
opposition rebel junta caretaker""")

# A name of two words or more (with the particles of transliterated names: "al-Islam", "wal-Muslimin") set before
# what kind of group it is ("..., an al-Qaeda affiliate,", "..., a Kurdish militia,").
_NAME_WORD = r"[A-Z][\w’'-]*"
_DESCRIBED_ORG = re.compile(
    rf"(?<![\w’'-])(?:The\s+)?(?P<name>{_NAME_WORD}(?:[\s-]+(?:(?:al|wal|el|ul|bin|ibn|of|the|and|for)[\s-]+)?"
    rf"{_NAME_WORD}){{1,6}}),\s+(?:an?|the)\s+(?:(?!(?:for|of|with|in|to|on|at|by)\s)[\w’'-]+\s+){{0,2}}"
    r"(?:group|affiliate|militia|movement|organi[sz]ation|coalition|alliance|network|faction|outfit|offshoot)\b")

# A person's role, which the person's name may follow or stand beside ("spokeswoman Irina Vastova", "the operator's
# chief executive, Ines Barreto,").
ROLES = word_set("""spokesman spokeswoman spokesperson minister president secretary ambassador envoy mayor governor
speaker senator analyst expert economist lawyer attorney professor researcher director chairman chairwoman chairperson
commander prosecutor judge executive founder chair officer official owner manager boss coach captain striker goalkeeper
midfielder defender winger referee engineer scientist doctor nurse teacher historian architect curator pilot farmer
resident activist campaigner organiser organizer volunteer chief aide adviser advisor strategist consultant lawmaker
legislator councillor councilor councilman councilwoman clerk treasurer sheriff superintendent principal detective
inspector sergeant firefighter surgeon physician meteorologist forecaster winner victim witness survivor neighbour
neighbor student pensioner shopper mum dad grandmother grandfather widow widower head counsel shopkeeper trader vendor
fisherman driver villager motorist commuter passenger tourist landlord tenant parent mother father retiree businessman
businesswoman entrepreneur mechanic labourer laborer miner worker coordinator writer reporter correspondent protester
protestor demonstrator herder""")

_SECOND_CAPITAL = re.compile(r"(?:Mac|Mc|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+")  # "MacLeod", "DeSantis"
# Roles that are adjectives too ("official", "chief"): before a name, the adjective's more often.
_ADJECTIVE_ROLES = word_set("official chief head principal executive expert resident senior")

# Portfolios that follow "Secretary of" / "Minister for": part of the title, not organisations.
PORTFOLIOS = word_set("""state defense defence foreign affairs home interior justice finance health
education energy commerce labor labour agriculture transportation transport homeland security treasury
trade economy environment culture information war communications veterans housing""")

# The fields a ministry's name joins with "and" ("Public Works and Housing", "Trade and Industry").
_PORTFOLIO_WORDS = PORTFOLIOS | word_set("""works planning development fisheries tourism water resources mineral
minerals natural lands sport sports youth welfare mines mining forestry forests infrastructure industry logistics
public civil protection emergency emergencies police electricity power""")  # "Minister of Police"
_PORTFOLIO_TAIL = 2  # words of one field
_PORTFOLIO_FIELD_WORDS = 4  # of the fields before "and" in an office's portfolio
_PORTFOLIO_LIST_TOKENS = 12  # of a list of portfolios with commas before a minister's title
_TITLE_OPENERS = word_set("cabinet principal permanent")  # of an office's name: "Cabinet Secretary"
# Offices that copy writes by their initials before the holder's name: Cabinet and Principal Secretaries and county
# assembly members in East Africa, chief district officers, directors general and police ranks in South Asia ("ASP W.D.
# Perera", "DG EPD Imran Sheikh", "DIG Kamal Rai").
OFFICE_INITIALS = frozenset(["CS", "PS", "MCA", "CDO", "DG", "IGP", "DIG", "SSP", "DSP", "ASP", "SHO"])
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,5}")  # "W.D.", "R.M.S.K.", "J."

_LISTED_NAME_TOKENS = 3  # of a name read by the list it stands in ("Ocho Rios", "Al-Baha")
_MINISTERS = word_set("minister secretary")
_REPORTS = word_set("report story article")
# The work a wire story's credit line gives to a person "by" name.
_CREDITED_WORK = word_set("reporting editing writing")
_LOCATIVE = word_set("in across throughout into from near within around over inside outside toward "
                      "towards to")
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i", "ien", "ean", "ans")

# Words that make up web-page furniture, not names (a mention made only of them is dropped).
_BOILERPLATE = word_set("""read also more click here share subscribe newsletter sign login log comments
comment advertisement sponsored terms conditions privacy cookie cookies policy copyright rights reserved
menu home search related trending watch video photo photos follow tweet email print next previous full
article tags tag whatsapp telegram facebook twitter instagram youtube tiktok linkedin download app note
today yesterday tomorrow breaking live update updated editor editors desk end""")
_THOROUGHFARES = frozenset(["Street", "Avenue", "Road", "Boulevard", "Square", "Plaza", "Drive", "Crescent", "Terrace",
                            "Highway"])
# Last words of a place's name ("Hill" is not one: "Capitol Hill" stands for Congress).
_LANDFORMS = frozenset(["Point", "Bay", "Harbour", "Harbor", "Cove", "Beach", "Island", "Islands", "Valley", "Heights",
                        "Falls", "Springs", "Creek", "Peninsula", "Vale", "Highlands", "Lowlands", "Gully", "Gorge",
                        "Ridge", "Hills", "Plains", "Lagoon"])
_WHERE = frozenset(["in", "across", "throughout"])
_ON_A_ROAD = frozenset(["on", "along", "off", "at"])
_JOINS_PLACES = word_set("link connect")
_WAYS = word_set("""bridge road railway rail line tunnel highway motorway expressway route flight ferry pipeline canal
corridor service train bus crossing link cable promenade walkway footbridge path trail tram metro subway bypass
sailing""")
_DEMONYM = re.compile(r"(?:an|ese|ish|ic|i)$")
# Words that end the names of countries' divisions and nothing else's.
_DIVISIONS = frozenset(["Oblast", "Raion", "Krai", "Prefecture", "Governorate", "Voivodeship", "Canton", "Okrug"])
_COMPASS = word_set("northern southern eastern western northeastern northwestern southeastern southwestern")
_ROAD_PARTS = word_set("stretch section length end corner part side")
_NAME_WORDS = 4  # of a name after an honorific
_NICKNAME_TOKENS = 2  # words of a nickname between a given name and a surname
_DATELINE_CHARS = 60  # of a text's opening, where its dateline stands
_STRUCTURES = frozenset(["Bridge", "Tunnel", "Dam", "Canal", "Viaduct", "Causeway"])
_PLACES_OFFICES = word_set("mayor governor premier sheriff senator congressman congresswoman councillor councilor")
_TRIBE_OPENERS = frozenset(["Ngāti", "Ngāi", "Ngati", "Ngai"])  # "descendants of", opening Māori tribes' names
_ROADS_ONLY = frozenset(["Highway", "Motorway", "Expressway", "Freeway"])  # last words of roads' names and no body's
_QUALIFIER_NOUNS = frozenset(["era", "style", "type", "level", "class", "size"])
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
_CALENDAR = word_set("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday""")
_TIME_ZONES = word_set("GMT UTC BST EST EDT CST CDT PST PDT CET CEST EET IST WAT EAT CAT")
_COMMON_TAGS = frozenset(["NNS", "NN", "JJ"])
_NAMED_AFTER = frozenset(["river", "lake", "loch", "lough", "mount"])
# The Malay and Indonesian words that open a river's, a hill's, an island's, a cape's, a bay's, a village's or a
# town's name ("Sungai Golok", "Bukit Mertajam", "Kota Bharu"), as "River" and "Mount" do in English.
_PLACE_OPENERS = frozenset(["Sungai", "Bukit", "Gunung", "Pulau", "Tanjung", "Teluk", "Kampung", "Kampong", "Kota",
                            "Kuala", "Bandar", "Danau"])
_SHELTERED = word_set("refugee refugees displacement displaced idp idps")  # who a camp shelters, set before it
# The people of a place, which a place's name qualifies ("Gauteng residents") and no person's does.
_INHABITANTS = word_set("residents resident inhabitants townspeople villagers islanders")
# Offices of a district's or a county's administration: "the Tumpat district officer" names the district.
_LOCAL_OFFICES = word_set("officer officers commissioner commissioners collector council councils administrator "
                          "police chief")
_RESIDENTS = word_set("man woman men women boy girl boys girls teenager teenagers teen resident residents pensioner "
                      "couple farmer farmers villager villagers fisherman fishermen herder herders")
_WEATHER_SYSTEMS = word_set("storm hurricane typhoon cyclone tropical")
# What a family calls its own ("Mum no longer trusts anyone"): capitalised as a name, nobody's name.
_KIN_WORDS = word_set("mum mom mam mummy mommy dad daddy gran granny grandma grandpa grandad granddad auntie")
# The letters after a British or Irish name for a rank or an office ("Rosalind Achebe KC", "Jane Doe MP"), not part
# of the name.
POST_NOMINALS = frozenset(["KC", "QC", "MP", "MSP", "MEP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "JP"])
# A barrister's part in a case, set after the name in British court reports ("Jane Doe, prosecuting, said").
_COUNSEL_PARTS = word_set("prosecuting defending mitigating representing")
# Areas of local government that a name's last word may be ("Catahoula Parish", "Kisumu County").
_AREA_HEADS = word_set("county parish province prefecture oblast governorate borough township")
_SMALL_WORD, _HEADLINE_SHARE = 3, 0.6  # a headline capitalises most of its words longer than this
_OLDEST = 120  # a number in commas after a name under this is the person's age, not a year or a count

# Parenthesised capitals that are not entities: times, currencies, media markers.
# A currency's code before a sum ("EGP 10 billion") names no organisation.
_CURRENCY_CODES = word_set("""USD EUR GBP JPY CNY INR PKR NGN KES ZAR EGP SAR AED QAR KWD BRL MXN RUB IDR MYR VND THB
BDT LKR CHF CAD AUD NZD HKD SGD KRW GHS UAH""")
_NOT_ACRONYMS = _TIME_ZONES | _CURRENCY_CODES | word_set("""AM PM
PHOTO PHOTOS VIDEO WATCH LIVE FILE UPDATE UPDATED PDF TV OK ID AI""")
# Capitalised inside a span only when a headline is set in Title Case ("Lift Sanctions Amid New Talks").
_HEADLINE_WORDS = word_set("""Amid To With Over Against After Before As At By From Into Says Said Is Are Was
Were Will Has Have Had Could Would Should May Might Can Urges Vows Warns Slams Calls""")
_WORDLIKE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# News agencies, and the organisations' names of several words that a reader would search for, which the model
# may cut ("Doctors" of "Doctors Without Borders"). Longest first, and never a part of a longer name ("Interfax" of
# "Interfax-Ukraine").
_KNOWN_ORGS = {*AGENCIES, *(name for typ, names in VARIANTS if typ == "ORG" for name in names if " " in name)}
_KNOWN_ORG_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(_KNOWN_ORGS, key=len, reverse=True))
                                + r")\b(?!-\w)")
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co|net|org|news|id|in|my|ph|vn|uk|au)", re.I)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,11}")
_WORD_ACRONYM_LETTERS = (4, 8)


@dataclass
class _Span:
    start: int
    end: int
    type: EntityType
    split: bool = False
    stated: bool = False  # the text says it is a place ("the town of X"), whatever the model took it for


def find_mentions(doc: Any, known_places: Iterable[str] = ()) -> list[Mention]:
    """PERSON / ORG / PLACE mentions in the text `doc` parses (an article's text, or its captions), in text
    order; `known_places` are names known to be places (the dateline's), whatever the model takes them for."""
    spans: list[_Span] = []
    lone_surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    for ent in doc.ents:
        if owner := _owner_of_office(doc, ent):
            spans.append(owner)
            continue
        if _title_before_name(doc, ent):
            continue  # "Rear Admiral", "Labour Adviser" cut from the name after it: a rank or an office, no one's name
        if len(ent) == 1 and ent[0].lower_ in _CREDITED_WORK:
            continue  # "Writing" of "Writing by Jane Doe": a credit line's work, no one's name
        if _country_adjective(ent):
            continue  # "2,000 Slovak schools": a people's adjective, no one's name
        # The model files some newspapers and parties under EVENT, WORK_OF_ART or NORP, and some people it
        # meets with their title first ("Mayor Jane Doe") or beside their role under WORK_OF_ART or PRODUCT, or
        # a name of a people's words ("Luz Marina Ortiz") under NORP, though the story calls her "Ortiz" after.
        label = _LABELS.get(ent.label_) or ("ORG" if _has_org_head(list(ent)) else None) or (
            "PERSON" if titled_person(ent) or _role_beside(doc, ent) or _surnamed(ent, lone_surnames) else None) or (
            # "near the town of Saramuro", which the model took for a product
            "PLACE" if ent.label_ in _THING_LABELS and _after_place_noun(doc, ent.start) else None)
        if ent.label_ == "LOC" and ent.text not in places() and _role_beside(doc, ent):
            label = "PERSON"  # "protester Nino Lomjaria told AP": a location to the model, after a person's role
        if label:
            for part in _split(doc, _Span(ent.start, ent.end, label)):
                # "Greenbush Bulletin", "Keston University": no one's name ends so; after the split, as a picture's
                # credit joins a photographer to the paper ("Jane Doe/Greenbush Bulletin").
                if part.type == "PERSON" and doc[part.end - 1].lower_ in _ORG_ONLY_HEADS:
                    part.type = "ORG"
                elif part.type == "PERSON" and _named_area(doc, part):
                    part.type = "PLACE"
                spans.append(part)
    spans = _with_given_short_forms(doc, [s for s in (_repair(doc, s) for s in _joined_surnames(doc, spans))
                                          if s is not None])
    offices = _offices(doc)
    spans = [s for s in (_without_office(doc, s, offices) for s in spans) if s is not None]
    spans = [part for span in spans for part in _initialled_person(doc, span)]
    known_places = [place for place in known_places if place]
    spans = _resolve(spans + _dateline_spans(doc, known_places))
    spans = _resolve(spans + _known_org_spans(doc, spans) + _acronym_spans(doc, spans, offices)
                     + _described_orgs(doc, spans) + _listed_orgs(doc, spans) + _homes(doc, spans) + _sites(doc, spans)
                     + _honorific_names(doc, spans) + _office_holders(doc, spans, offices) + _nicknamed_names(doc))
    person_tokens = _person_name_tokens(doc, spans)
    spans = _resolve(spans + _place_spans(doc, spans, person_tokens))
    spans = _resolve(spans + _repeated_names(doc, spans))
    _cut_to_known_names(doc, spans)
    # A name the story once calls a place ("the town of Brisk") is that place wherever the story names it; so is what
    # a road or a line joins, unless the story gives it a person's title or role ("a bridge that connects candidate
    # Ana Ruiz and activist Tom Berg").
    named_places = {doc[s.start:s.end].text.casefold() for s in spans if _named_as_place(doc, s)}
    # Names the story gives a person's role ("spokeswoman Irina Vastova", "its spokeswoman, Irina Vastova,").
    role_named = {doc[s.start:s.end].text.casefold() for s in spans if _named_as_person(doc, s)}
    if linked := {doc[s.start:s.end].text.casefold() for s in spans if _linked_by_a_way(doc, s)}:
        named_places |= linked - role_named - {doc[s.start:s.end].text.casefold() for s in spans
                                               if _after_honorific(doc, s, list(doc[s.start:s.end]))}
    named_places.update(place.casefold() for place in known_places)
    # The place an institution is named for ("Keston" of "the University of Keston"), unless it is someone's name.
    named_places.update(word.casefold() for s in spans if s.type == "ORG" for word in _institution_place(doc, s)
                        if word not in person_tokens)
    # A land whose people the story names ("Ostravia" and "Ostravian officials"), unless it is someone's name.
    demonyms = {e.text for e in doc.ents if e.label_ == "NORP"}
    named_places.update(word.casefold() for s in spans if s.end - s.start == 1 and (word := doc[s.start].text)
                        not in person_tokens and any(word + suffix in demonyms for suffix in _DEMONYM_SUFFIXES))
    # So is one it calls a company ("the ferry operator, Baltline", "the airline Skyjet") an organisation.
    named_orgs = {doc[s.start:s.end].text.casefold() for s in spans if _named_as_org(doc, s)} - named_places
    # And one it gives a person's role a person, whose surname alone then stands for them too.
    named_people = role_named - named_places - named_orgs
    spans = [part for span in spans for part in _initials_then_person(doc, span, named_people)]
    spans = [part for span in spans for part in _portfolio_then_person(doc, span)]
    # The people those two name, whose name alone then stands for them too ("Suharyanto said").
    named_people.update(doc[s.start:s.end].text.casefold() for s in spans if s.stated and s.type == "PERSON")
    for span in spans:
        if doc[span.start:span.end].text.casefold() in named_people:
            span.type = "PERSON"
    short_forms = _short_forms(doc, spans)
    # Surnames the story uses alone for a person ("said Yadav"), which make "Ramesh Yadav" a person's name too.
    lone_people = {doc[s.start].text for s in spans if s.type == "PERSON" and s.end - s.start == 1}
    day_words = _day_words(doc)
    small_words = {t.text for t in doc if t.is_lower}
    # "Alberta Wildfire said", in a story of "a wildfire": a place's body named for what it does, no person.
    place_words = {doc[s.start].text for s in spans if s.type == "PLACE" and s.end - s.start == 1}
    bodies = {doc[s.start:s.end].text.casefold() for s in spans if s.type == "PERSON" and s.end - s.start == 2
              and (doc[s.start].text in place_words or doc[s.start].text in places())
              and doc[s.end - 1].lower_ in small_words and doc[s.end - 1].text not in lone_people}
    _listed_places(doc, spans)
    terms = _defined_terms(doc)
    out = []
    text = doc.text  # spaCy joins it from every token on each read
    for span in spans:
        key = doc[span.start:span.end].text.casefold()
        span.stated = key in named_places or key in named_orgs or key in named_people
        if span.stated:
            span.type = "PLACE" if key in named_places else "ORG" if key in named_orgs else "PERSON"
        else:
            span.type = "ORG" if key in bodies else _retype(doc, span, person_tokens, short_forms, lone_people)
        one_word = doc[span.start].text if span.end - span.start == 1 else None
        if not _is_junk(doc, span) and one_word not in day_words | terms \
                and not _capitalised_common_word(doc, span, person_tokens, small_words):
            first, last = doc[span.start], doc[span.end - 1]
            start, end = first.idx, last.idx + len(last.text)
            if last.text[-2:] in _GLUED_POSSESSIVE and len(last.text) > 2:
                end -= 2  # "Trump‘s": a wrong quotation mark for the apostrophe keeps the tokenizer from splitting
            out.append(Mention(text[start:end], span.type, start, end, stated=span.stated))
    return out


def _defined_terms(doc: Any) -> set[str]:
    """Initials the story gives for words in small letters ("the air quality index (AQI)", "gross domestic product
    (GDP)"): a thing's name, no body's."""
    out = set()
    for i in range(2, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not is_acronym(doc[i].text):
            continue
        start = i - 1
        while start > 0 and i - 1 - start < len(doc[i].text) and doc[start - 1].is_lower and doc[start - 1].is_alpha:
            start -= 1
        words = doc[start:i - 1].text
        if start < i - 1 and words[:1].lower() == doc[i].text[:1].lower() and defines(doc[i].text, words):
            out.add(doc[i].text)
    return out


def _offices(doc: Any) -> set[str]:
    """Initials that stand for an office: the listed ones, and those the story gives after a title ("Chief District
    Officer (CDO)", "Deputy Superintendent of Police (DSP)"), not after a body's name ("Armed Police Force (APF)")."""
    out = set(OFFICE_INITIALS)
    for i in range(2, len(doc) - 2):
        # Its holder's name follows: "the United Nations High Commissioner for Refugees (UNHCR) said" names a body.
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not is_acronym(doc[i].text) \
                or not doc[i + 2].text.istitle():
            continue
        long_form = _long_form(doc, i - 1, doc[i].text)
        if long_form is None:
            continue
        # The office's head word: before its "of" ("Deputy Superintendent of Police"), else its last ("Officer").
        head = next((t.i - 1 for t in doc[long_form.start:long_form.end] if t.lower_ in ("of", "for")), i - 2)
        if doc[head].lower_ in TITLES | ROLES:
            out.add(doc[i].text)
    return out


def _without_office(doc: Any, span: _Span, offices: set[str]) -> _Span | None:
    """A span without the office that opens it ("ASP W.D. Perera" -> the person's name) or that it spells out before
    its initials ("Chief District Officer (CDO)"): an office is no one's name."""
    if doc[span.start].text in offices:
        return _Span(span.start + 1, span.end, "PERSON", split=True, stated=True) if span.end - span.start > 1 else None
    bracket = span.end
    if bracket + 2 < len(doc) and doc[bracket].text == "(" and doc[bracket + 2].text == ")" \
            and doc[bracket + 1].text in offices:
        return None
    return span


def _office_holders(doc: Any, spans: list[_Span], offices: set[str]) -> list[_Span]:
    """Names the model missed after an office: its initials ("CDO Bhattarai", "(CDO) Hari Prasad Bhattarai"), a title
    with its portfolio ("Deputy Minister of Education Sunil Gamage") or alone ("Mayor Tsvetan Iliev"): a person's,
    however unfamiliar."""
    # A part of the name the model found ("[Imran] Hamid Sheikh") gives way to the whole, and so does a surname it took
    # for a place ("Gergely [Tóth]").
    taken = {j for s in spans if s.type != "PERSON" for j in range(s.start, s.end)
             if not (s.end - s.start == 1 and _misread_surname(doc[j]))}
    out = []
    for tok in doc:
        if (opening := _after_office(doc, tok, offices)) is None:
            continue
        first, least = opening
        end = _name_end(doc, first)
        # Words before another title are part of the office ("Chief Information Security Officer Dana Whitfield").
        office = end < len(doc) and doc[end].lower_ in TITLES | ROLES
        if end - first >= least and not office and not any(j in taken for j in range(first, end)):
            out.append(_Span(first, end, "PERSON", stated=True))
    return out


def _after_office(doc: Any, tok: Any, offices: set[str]) -> tuple[int, int] | None:
    """Where a holder's name would start after an office `tok` ends, and the fewest words it needs (a surname alone
    after initials, "CDO Bhattarai"; a whole name after a title), else None."""
    if tok.text in offices:
        first = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")")
        while first < len(doc) and is_acronym(doc[first].text) and not _DOTTED_INITIALS.fullmatch(doc[first].text):
            first += 1  # the body's initials after the office's: "DG EPD Imran Sheikh"; not "ASP W.D. Perera"
        least = 1
    elif _closes_portfolio(doc, tok.i) or (tok.text.istitle() and tok.lower_ in TITLES - _TITLE_MODIFIERS):
        first, least = tok.i + 1, 2
    elif tok.is_lower and tok.lower_ in (TITLES | ROLES) - _TITLE_MODIFIERS and tok.i + 2 < len(doc) \
            and doc[tok.i + 1].pos_ == doc[tok.i + 2].pos_ == "PROPN":
        # "port director general Mamadou Ndiaye told APA", a name the model missed; a rank after the role is the
        # holder's ("chairman Commodore Arif Ahmed").
        first, least = tok.i + 1, 2
        while first < len(doc) and doc[first].lower_ in TITLES:
            first += 1
    else:
        return None
    return first + honour_words([t.text for t in doc[first: first + 4]]), least  # "Minister Datuk Seri Zainal ..."


def _name_end(doc: Any, first: int) -> int:
    """The end of a name of words the model may not know, from token `first`."""
    end = first
    while end < len(doc) and end - first < _NAME_WORDS and (
            _loose_name_part(doc, end) or (end > first and _misread_surname(doc[end]))) and (
            doc[end].lower_ not in TITLES | ROLES or (end > first and not _loose_name_part(doc, end + 1)
                                                      and zipf_frequency(doc[end - 1].text, "en") < _NAME_ZIPF)):
        end += 1  # a title's word closing a name is a surname ("Imran Hamid Sheikh"; not "District Officer")
    return end + 2 if end > first and _glued_syllable(doc, end) else end  # "Oh Kyung-hwan": two syllables


# What the model calls the words of a name it does not know, beside a person's: a people's, a product's, a work's.
_NAME_LABELS = frozenset(["", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"])
_THING_LABELS = frozenset(["PRODUCT", "WORK_OF_ART", "EVENT"])  # what the model may take a place it does not know for


def _glued_syllable(doc: Any, i: int) -> bool:
    """A hyphen at `i` glued to a syllable in small letters after it, closing a romanised given name ("Kyung-hwan")."""
    return i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i + 1].is_lower and doc[i + 1].is_alpha


def _loose_name_part(doc: Any, i: int) -> bool:
    """A word of a name the model may not know: initials, or a capitalised proper noun it took for no date, place or
    organisation."""
    tok = doc[i] if i < len(doc) else None
    return tok is not None and (_DOTTED_INITIALS.fullmatch(tok.text) is not None or (
        tok.pos_ == "PROPN" and tok.text.istitle() and tok.lower_ not in _CALENDAR and tok.ent_type_ in _NAME_LABELS))


def _misread_surname(tok: Any) -> bool:
    """A capitalised word the model took for a place that the gazetteer does not know, or alone for an organisation:
    after a holder's given name, his surname ("Budapest Mayor Gergely Tóth", "Foreign Minister Olushegun Adjadi
    Bakari")."""
    if tok.pos_ != "PROPN" or not tok.text.istitle():
        return False
    if tok.ent_type_ == "ORG":
        alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.nbor().ent_iob_ != "I")
        return alone and source_name(tok.text) is None
    return tok.ent_type_ in ("GPE", "LOC") and tok.text not in places()


def _closes_portfolio(doc: Any, i: int) -> bool:
    """Whether token `i` ends the portfolio of a capitalised title ("Deputy Minister of Education", "Secretary for
    Foreign Affairs and Trade", "Minister of Territorial Administration and Infrastructure")."""
    if not (doc[i].text.istitle() and doc[i].lower_ in _PORTFOLIO_WORDS) or (
            i + 1 < len(doc) and doc[i + 1].lower_ in _PORTFOLIO_WORDS | {"and", "&"}):
        return False
    k = i
    while k > 0 and (doc[k - 1].lower_ in ("and", "&") or (doc[k - 1].text.istitle()
                                                          and doc[k - 1].lower_ in _PORTFOLIO_WORDS)):
        k -= 1
    if doc[k].lower_ in ("and", "&"):
        # Fields the list of portfolios does not hold, joined by "and" ("Territorial Administration and").
        while k > i - _PORTFOLIO_FIELD_WORDS - 1 and k > 0 and doc[k - 1].text.istitle() \
                and doc[k - 1].lower_ not in TITLES:
            k -= 1
    k -= doc[k - 1].lower_ == "the"
    title = k - 2
    if title >= 2 and doc[title].text == "State" and doc[title - 1].lower_ == "of":
        title -= 2  # "Minister of State for Energy Affairs"
    return k > 1 and doc[k - 1].lower_ in ("of", "for") and doc[title].lower_ in TITLES and doc[title].text.istitle()


def _initialled_person(doc: Any, span: _Span) -> list[_Span]:
    """A name written with two initials or more and a surname ("R.M.S.K. Dissanayake"), as South Asian copy writes
    names, after words of the holder's office that the model took into it ("Examinations R.M.S.K. Dissanayake", of
    "Commissioner General of Examinations"): the person's name alone."""
    first = span.end - 1
    while first > span.start and _DOTTED_INITIALS.fullmatch(doc[first - 1].text):
        first -= 1
    surname = doc[span.end - 1]
    # One initial is a middle name's ("Donald J. Trump"); two or more open the name ("W.D. Perera") unless a given
    # name comes before them ("George H.W. Bush"), or a body's name holds them ("the D.C. Circuit").
    if first in (span.start, span.end - 1) or sum(c.isupper() for t in doc[first:span.end - 1] for c in t.text) < 2 \
            or not surname.text.istitle() or surname.lower_ in ORG_HEADS \
            or (doc[first - 1].tag_ == "NNP" and doc[first - 1].lower_ not in TITLES | ROLES) \
            or any(not t.text[:1].isupper() for t in doc[span.start:first]):
        return [span]
    return [_Span(first, span.end, "PERSON", split=True, stated=True)]


def _initials_then_person(doc: Any, span: _Span, people: set[str]) -> list[_Span]:
    """"Head of BNPB Suharyanto": an organisation's initials before a person's name, which the model took for one
    organisation's name, as two names; the person's where a role and "of" stand before the initials, or where the
    story names the person so elsewhere."""
    rest = [doc[j] for j in range(span.start + 1, span.end)]
    after_office = span.start > 0 and doc[span.start - 1].text in OFFICE_INITIALS  # "DG EPD Sheikh"
    if not rest or not is_acronym(doc[span.start].text) or _DOTTED_INITIALS.fullmatch(doc[span.start].text) \
            or not all(t.text.istitle() for t in rest) \
            or _has_org_head(rest) or (len(rest) == 1 and zipf_frequency(rest[0].text, "en") >= _SURNAME_ZIPF
                                       and not after_office):
        return [span]  # "SITE Intelligence Group", "CREDO Action": one organisation's name
    titled = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ROLES
    if titled or after_office or doc[span.start + 1:span.end].text.casefold() in people:
        return [_Span(span.start, span.start + 1, "ORG", split=True),
                _Span(span.start + 1, span.end, "PERSON", split=True, stated=True)]
    return [span]


def _portfolio_then_person(doc: Any, span: _Span) -> list[_Span]:
    """"Secretary for Transport and Logistics Lam Sai-hung": an office's portfolio and its holder's name, which the
    model took for one organisation's name, as the person's name alone (the portfolio is part of the title)."""
    if span.type not in ("ORG", "PERSON"):
        return [span]
    k = span.start
    while k < span.end and (doc[k].lower_ in _PORTFOLIO_WORDS or doc[k].lower_ in ("and", "&")):
        k += 1
    name = doc[k:span.end].text.split()
    # The model's person is one already ("Minister of Territorial Administration and Infrastructure Arsen Manukyan",
    # of which it saw "Infrastructure Arsen Manukyan"); its organisation only where a name's shape says so.
    if k == span.start or len(name) < 2 or not _closes_portfolio(doc, k - 1) or (
            span.type == "ORG" and not _HYPHENATED_GIVEN.fullmatch(name[-1])):
        return [span]
    return [_Span(k, span.end, "PERSON", split=True, stated=True)]


def _named_area(doc: Any, span: _Span) -> bool:
    """Whether a name ends in the word for a kind of local government's area that the story also uses alone in small
    letters ("Catahoula Parish" ... "the parish"), as copy names a county or a parish a second time; "Robert Parish" is
    a person where no parish is spoken of."""
    head = doc[span.end - 1]
    return span.end - span.start >= 2 and head.text.istitle() and head.lower_ in _AREA_HEADS \
        and any(t.text == head.lower_ for t in doc)


def _title_before_name(doc: Any, ent: Any) -> bool:
    """Whether the model's name is a title, with the portfolio it may open with, before the name that follows ("Rear
    Admiral Jane Doe", "Labour Adviser Shahidul Alam", of which the model took "Labour" for a name)."""
    j = ent.end
    while j < len(doc) and doc[j].lower_ in _OFFICE_TITLES:
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j - 1].lower_ in _OFFICE_TITLES \
        and all(t.lower_ in _OFFICE_TITLES or t.lower_ in PORTFOLIOS for t in doc[ent.start:j])


def _country_adjective(ent: Any) -> bool:
    """A one-word name the model took for a person's, a place's or a body's that qualifies the common noun or the
    title after it and is a country's adjective ("Slovak" of Slovakia, "Kenyan" of Kenya, "Nigerien" of Niger,
    "Moldovan President Maia Sandu", "the Kyrgyz side", "Kyrgyz guards")."""
    word = ent[0]
    if ent.label_ not in ("PERSON", "GPE", "ORG") or len(ent) != 1 or word.i + 1 >= len(word.doc) \
            or word.text in places():
        return False
    after = word.doc[word.i + 1]
    if after.lower_ in TITLES or (word.head.pos_ == "NOUN" and word.head.i == after.i):
        return _adjective_of_country(word.text)
    # Before a common noun, whatever the parser made of the two ("Nigerien markets" as a conjunct of another noun),
    # where the word is longer than the country's name, not shorter ("Sana" of "the Una and Sana rivers").
    return after.pos_ == "NOUN" and after.is_lower and _adjective_of_country(word.text, longer=True)


def _adjective_of_country(text: str, longer: bool = False) -> bool:
    """Whether the word is a country's adjective: its name with "n", "i", "ien" or "ese" after it ("Kenyan",
    "Nigerien"), its name without the "stan" of a land's ("Kyrgyz", "Tajik"), or, unless `longer`, its name without its
    ending ("Slovak" of Slovakia)."""
    return any(text.endswith(suffix) and text[: -len(suffix)] in places() for suffix in ("n", "i", "ien", "ese")) or (
        any(text + suffix in places() for suffix in ("stan", "istan"))) or (
        not longer and any(text + suffix in places() for suffix in ("ia", "a")))


def _owner_of_office(doc: Any, ent: Any) -> _Span | None:
    """The company or the place whose office a span names in front of the person holding it, the model having run
    them together ("Halvorsen Chief Executive" before "Marit Solberg"): the name before the title. A place's is a
    place ("Phoenix Mayor"), any other an organisation's; the title is no one's name."""
    if ent.end >= len(doc) or doc[ent.end].ent_type_ != "PERSON" or ent[-1].lower_ not in TITLES | ROLES \
            or not all(t.text[:1].isupper() for t in ent):
        return None
    office = next((t.i for t in ent if t.lower_ in TITLES | ROLES), ent.start)
    if office == ent.start:
        return None
    place = doc[office].lower_ in _PLACES_OFFICES or doc[ent.start:office].text in places()
    return _Span(ent.start, office, "PLACE" if place else "ORG")


def _surnamed(ent: Any, lone_surnames: set[str]) -> bool:
    """A name the model filed as a people's whose last word, a rare word, it takes alone for a person."""
    return ent.label_ == "NORP" and len(ent) >= 2 and all(t.pos_ == "PROPN" for t in ent) \
        and ent[-1].text in lone_surnames and zipf_frequency(ent[-1].text, "en") < _SURNAME_ZIPF


def _dateline_spans(doc: Any, known_places: list[str]) -> list[_Span]:
    """The dateline's places where the text opens with them, whole ("KOTA BHARU:", of which the model may tag a
    word)."""
    out = []
    for place in known_places:
        at = doc.text.find(place, 0, _DATELINE_CHARS)
        span = doc.char_span(at, at + len(place)) if at >= 0 else None
        if span is not None:
            out.append(_Span(span.start, span.end, "PLACE"))
    return out


def _listed_places(doc: Any, spans: list[_Span]) -> None:
    """A name of up to three words listed among places after "at" or "in" ("at Mill Lane, Northgate, Ashby Park and
    Fernhill", "at Montego Bay, Falmouth and Ocho Rios"), or a one-word name of either kind in a list of nothing but
    places ("the province's metros, Johannesburg, Tshwane and Ekurhuleni"): the items of one list are things of one
    kind."""
    kind = {doc[s.end - 1].i: s for s in spans}
    known = places()
    for span in spans:
        if span.type != "PLACE" and doc[span.start:span.end].text.count(" ") <= 1 and _of_places(doc[span.end - 1]):
            span.type = "PLACE"  # "the regions of Makkah, Al-Baha, Asir and Jazan", "of Kassala, Wad Al-Hulaywah and"
            continue
        if span.type == "PLACE" or span.end - span.start > _LISTED_NAME_TOKENS or doc[span.start].text.isupper():
            continue
        tok = doc[span.end - 1]
        first = tok
        # Up the list's items, not onto a noun the parse joins to it ("the metros, Johannesburg, ... and X").
        while first.dep_ == "conj" and first.head.i < first.i and first.head.i in kind:
            first = first.head
        items = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i != tok.i)]
        listed = [t for t in items if t.i != tok.i and (found := kind.get(t.i)) and found.type == "PLACE"]
        # A list of nothing but places holds one the gazetteer knows: "three children — Adam, Salma and Aliya", the
        # two given names tagged as places, is no list of places.
        after_where = first.dep_ == "pobj" and first.head.lower_ in _WHERE | {"at"}
        if len(listed) >= 2 and (after_where or (span.end - span.start == 1 and len(listed) == len(items) - (
                tok in items) and any(t.text in known for t in listed))):
            span.type = "PLACE"
        elif after_where and len(listed) == 1 and len(items) - (tok in items) == 1 and span.type != "PERSON" \
                and span.end - span.start == 1:
            span.type = "PLACE"  # "new export centres in Jimma and Dilla"; not "in Washington and Zachary Fagenson"


def _two_names(words: Any) -> bool:
    """Two capitalised names of a word or two joined by "and" ("Taftan and Mand", "Falmouth and Ocho Rios")."""
    joins = [t.i - words.start for t in words if t.lower_ == "and"]
    return len(joins) == 1 and 1 <= joins[0] <= 2 and 1 <= len(words) - joins[0] - 1 <= 2 and all(
        t.text[:1].isupper() for t in words if t.lower_ != "and")


def _of_places(tok: Any) -> bool:
    """Whether the word is an item of a list that a plural place noun and "of" open ("the regions of Makkah, ...
    and Jazan", "the provinces of Iloilo, Capiz and Antique")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PLACES_AMONG and of.head.pos_ == "NOUN"


def _split(doc: Any, span: _Span) -> list[_Span]:
    """Cut a span at what cannot sit inside one name: list commas, possessives, lowercase words, an acronym's
    bracket, the slash between a photographer and an agency ("Jane Doe/Reuters"; not "AC/DC")."""
    if any(_opens_holiday(doc, i) for i in range(span.start, span.end)):
        return []  # "International Women's Day" names a day
    parts, begin = [], span.start
    # A firm of partners' names keeps its commas ("Goldman, Sachs & Co."); a list of organisations does not.
    firm = span.type == "ORG" and any(doc[j].text == "&" for j in range(span.start, span.end))
    # "..., Ashby Park and Fernhill", "at Falmouth and Ocho Rios": two places; not "Jamaica, Trinidad and Tobago", nor
    # "at the Center for Strategic and International Studies".
    listed = span.type == "PLACE" and span.start > 0 and (doc[span.start - 1].text == "," or (
        doc[span.start - 1].lower_ in {"at", "in"} and _two_names(doc[span.start:span.end]))) and (
        doc[span.start:span.end].text not in places())
    # "in Iloilo, Capiz and Antique", the last two taken for one organisation, or "the provinces of Iloilo, Capiz and
    # Antique" all three: a list of places.
    places_listed = span.type == "ORG" and span.start > 1 and not _has_org_head(list(doc[span.start:span.end])) and (
        (doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ in ("GPE", "LOC"))
        or (doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _PLACES_AMONG | _PLACE_NOUNS))
    # "dementia patients in Elmsworth and Norbridge": where people are, two towns the model joined into one group.
    places_listed = places_listed or (
        span.type == "ORG" and span.start > 0 and (where := doc[span.start - 1]).lower_ == "in"
        and where.head.tag_ == "NNS" and where.head.lower_ not in _HOLDINGS and _two_names(doc[span.start:span.end])
        and not _has_org_head(list(doc[span.start:span.end])))
    listed = listed or places_listed
    for i in range(span.start, span.end):
        tok = doc[i]
        possessive = tok.lower_ in {"'s", "’s"} and not _possessive_in_name(doc, span, i)
        # A relay's credit in a dateline's brackets joins the outlet and the relay ("(RNZ PACIFIC/PACNEWS)"); "AC/DC"
        # is one name, and a poll's joint brand ("NBC/WSJ/Marist") one sponsor's.
        credit = tok.text == "/" and (span.type == "PERSON" or (
            span.type == "ORG" and span.start > 0 and doc[span.start - 1].text == "(" and begin < i < span.end - 1
            and all(len(w) >= 3 and w.text.isupper() for w in (doc[i - 1], doc[i + 1]))))
        route = tok.lower_ == "to" and span.type == "PLACE"  # "from Winnipeg to Saskatoon": two places
        items = tok.lower_ == "and" and listed  # "at Mill Lane, Ashby Park and Fernhill": a list's last two places
        paragraph = tok.is_space and "\n" in tok.text  # a heading's last words and the paragraph under it
        # A dash set apart by spaces ends a dateline ("MARLOWE — City council", ANSA's "ROME, 04 DEC - The ..."); one
        # inside a name is glued.
        dash = tok.text in ("—", "–", "-") and _spaced_dash(tok)
        lower_word = (tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_PARTICLES | ORG_CONNECTIVES
                      and not _hyphen_joined(doc, i))
        # A bracket opening an acronym ends the name it defines ("Department of Agriculture (DA", the model's); an
        # editor's words in brackets may sit inside one ("George (W. Bush)").
        acronym = tok.text == "(" and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_upper
        # A company's legal form after a comma is its name's end ("Example Foods, Inc.").
        legal_form = i + 1 < span.end and doc[i + 1].lower_ in COMPANY_SUFFIXES
        breaks = (tok.text in {";", ":", "|"} or (tok.text == "," and not firm and not legal_form) or possessive
                  or credit or route
                  or items or paragraph or lower_word or acronym or dash)
        if len(tok.text) > 1 and tok.text.endswith("/") and tok.whitespace_:
            begin = i + 1  # a site's tag opening its text ("Example News/ Iraq's ..."): the tag is no part of a name
        elif breaks:
            if i > begin:
                parts.append(_Span(begin, i, span.type))
            begin = i + 1
    if begin < span.end:
        parts.append(_Span(begin, span.end, span.type))
    if places_listed and len(parts) > 1:
        for part in parts:
            part.type = "PLACE"
    if any(doc[i].is_space and "\n" in doc[i].text for i in range(span.start, span.end)):
        # A span the model ran across paragraphs: of the words either side, only a proper noun's may be a name
        # ("Speaking" opening the next line is none).
        parts = [p for p in parts if any(doc[j].pos_ == "PROPN" for j in range(p.start, p.end))]
    if len(parts) > 1 or (parts and (parts[0].start, parts[0].end) != (span.start, span.end)):
        for part in parts:
            part.split = True
    return parts


def _day_words(doc: Any) -> set[str]:
    """Capitalised words that the article writes before a weekday twice or more and nowhere else: the first
    word of a day's name ("Super Tuesday", "Black Friday"), not a name of its own. Once may be a subject
    before its day ("Apple Tuesday unveiled")."""
    before_day: Counter[str] = Counter()
    elsewhere: set[str] = set()
    for i, tok in enumerate(doc):
        if tok.text[:1].isupper():
            if i + 1 < len(doc) and doc[i + 1].text in _WEEKDAYS:
                before_day[tok.text] += 1
            else:
                elsewhere.add(tok.text)
    return {word for word, n in before_day.items() if n >= 2 and word not in elsewhere}


def _opens_holiday(doc: Any, i: int) -> bool:
    """Whether the possessive at i makes the name before it a day's ("Valentine's Day", "New Year's Eve")."""
    return doc[i].lower_ in {"'s", "’s"} and i + 1 < len(doc) and doc[i + 1].text in {"Day", "Eve"}


def _possessive_in_name(doc: Any, span: _Span, i: int) -> bool:
    """Whether the possessive at i is part of an organisation's name: followed by nothing but a company's
    suffix ("Rally's Inc.", "McDonald's Corp.") or an organisation's head ("German People's Union", "St.
    Mary's College"), and not after a place ("China's Ministry" is two names, as "Kenya's Ruto" is). A whole
    name after it is one of the possessor's ("Obama's Justice Department")."""
    if span.end - i != 2 or i == span.start or doc[i - 1].text in places():
        return False
    after = doc[i + 1]
    return after.lower_ in COMPANY_SUFFIXES or (span.type == "ORG" and after.text[:1].isupper()
                                                 and after.lower_ in ORG_HEADS)


def _hyphen_joined(doc: Any, i: int) -> bool:
    """Whether token i is glued to a neighbour by a hyphen ("wal-Jihad", "Hamas-linked")."""
    before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    after = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
    return bool(before or after)


def _joined_surnames(doc: Any, spans: list[_Span]) -> list[_Span]:
    """A person's name the model cut before a hyphenated surname and filed apart ("Alix Didier" + "Fils-Aimé" as an
    organisation): one person."""
    out: list[_Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.type == "PERSON" and span.start == last.end \
                and hyphenated_name(doc[span.start:span.end]):
            out[-1] = _Span(last.start, span.end, "PERSON")
        else:
            out.append(span)
    return out


def hyphenated_name(tokens: Any) -> bool:
    """Whether the tokens are a surname of capitalised parts joined by hyphens ("Fils-Aimé", "Mbeki-Ngcobo")."""
    texts = [t.text for t in tokens]
    return len(texts) >= 3 and all(t == "-" if k % 2 else t[:1].isupper() and t[1:].islower()
                                   for k, t in enumerate(texts)) and len(texts) % 2 == 1


def _repair(doc: Any, span: _Span) -> _Span | None:
    trimmed = _trim(doc, span)
    if trimmed is None:
        return None
    named = _strip_title(doc, trimmed)
    if named is None or _is_portfolio(doc, named):
        return None
    return _trim(doc, _extend(doc, named))


def _trim(doc: Any, span: _Span | None) -> _Span | None:
    """Drop determiners, quotes, emoji, possessives, "pro-"-style prefixes and "-linked"-style suffixes from
    the edges."""
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and (_is_edge_noise(doc[start]) or doc[start].lower_ in {"the", "a", "an", "-"}):
        start += 1
    if end - start >= 3 and doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES \
            and doc[start + 1].text == "-" and not doc[start].whitespace_:
        start += 2  # "pro-Clinton", "anti-Trump"; not "al-Assad"
    while start < end:
        last = doc[end - 1]
        if _is_edge_noise(last) or last.lower_ in {"'s", "’s", "'", "’", "-"} | ORG_CONNECTIVES or (
                span.type == "PERSON" and end - start >= 3 and last.text in POST_NOMINALS):
            end -= 1
        elif end - start >= 3 and last.is_lower and last.pos_ != "PROPN" and doc[end - 2].text == "-" \
                and not doc[end - 3].whitespace_ and not _hyphenated_given_name(span, last):
            end -= 2  # "Hamas-linked", "Geneva-based"; not "Ban Ki-moon"
        else:
            break
    return _Span(start, end, span.type, span.split) if start < end else None


# A given name of two syllables joined by a hyphen, as Korean names are romanised ("Jae-myung"), after the family name.
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def generation(name: str) -> str | None:
    """The generation that ends a name ("jr" of "Joseph R. Biden Jr."), else None."""
    words = name.split()
    last = words[-1].rstrip(".").lower() if len(words) > 2 else ""
    return last if last in GENERATIONS else None


_NICKNAME = re.compile(r"\s+[\"“][^\"”]{1,30}[\"”](?=\s)")


def without_nickname(name: str) -> str:
    """A name without the nickname set in quotation marks inside it ('Ramon "Monching" Villareal Jr.')."""
    return _NICKNAME.sub("", name)


def surnames(name: str) -> list[str]:
    """The words a story calls the person by alone: the last, or the family name before a hyphenated given name
    ("Lee" of "Lee Jae-myung", "Kwok" of "Martin Kwok Wing-hei", as Hong Kong writes an English name before it)."""
    words = name.split()
    if generation(name):
        words = words[:-1]  # "Biden" of "Joseph R. Biden Jr."
    return [words[-1], words[-2]] if len(words) > 1 and _HYPHENATED_GIVEN.fullmatch(words[-1]) else [words[-1]]


def father_surname(short: str, name: str) -> bool:
    """Whether the one word `short` is the first of the two family names that end `name` ("Vichot" of "Rolando
    Vichot Almeida"), which Spanish usage calls a person by (callers ask it only where no name ends with the word).
    A word English uses often is another name's part ("Wall" of "Dodd-Frank Wall Street"), and a particle is none
    ("bin" of "Osama bin Laden")."""
    return len(words := name.split()) >= 3 and words[-2] == short and not generation(name) \
        and short.lower() not in NAME_PARTICLES and zipf_frequency(short, "en") < _SURNAME_ZIPF


def _hyphenated_given_name(span: _Span, last: Any) -> bool:
    """A person's given name of two syllables joined by a hyphen ("Lee Jae-myung", "Kim Min-seok"), which the
    tagger reads as a noun; "Trump-backed", "Trump-era" qualify a noun."""
    return span.type == "PERSON" and last.tag_ not in ("VBN", "VBD", "JJ") and last.lower_ not in _QUALIFIER_NOUNS


def _is_edge_noise(tok: Any) -> bool:
    return not any(c.isalnum() for c in tok.text) and tok.text not in {"&"}


def _strip_title(doc: Any, span: _Span) -> _Span | None:
    """"Deputy Secretary of State Jane Doe" -> "Jane Doe". A titled ORG is a person when at least two
    name words remain ("General Mark Milley"; not "General Motors"). After "Secretary of", the model often
    starts the name at the portfolio ("Secretary of [Defense Jane Doe]")."""
    words = [doc[j].text for j in range(span.start, span.end)]
    if honour_words([*words, "Name"]) == len(words):
        return None  # "Datuk Seri", which the model may cut from the name after it
    i, titled, courtesy = span.start, _follows_title(doc, span.start), False
    while titled and i < span.end - 1 and doc[i].lower_ in PORTFOLIOS | {"the", "and"}:
        i += 1
    # An office its place or body qualifies ("Phoenix Mayor Greg Stanton", "Senate Majority Leader Ana Ruiz"): the
    # name is what follows the title, when a first name and a surname do.
    office = max((j for j in range(span.start + 1, span.end - 2) if doc[j].lower_ in TITLES - _TITLE_MODIFIERS),
                 default=None)
    if office is not None and all(doc[j].text[:1].isupper() for j in range(span.start, office)):
        i, titled = office + 1, True
    while i < span.end - 1:
        low = doc[i].lower_
        honour = honour_words([doc[j].text for j in range(i, min(i + 4, span.end))])
        if honour:
            i, titled, courtesy = i + honour, True, True
        elif low in TITLES:
            i, titled, courtesy = i + 1, True, courtesy or low.rstrip(".") in _COURTESY
        elif titled and low in {"of", "for"}:
            i += 1
            while i < span.end - 1 and doc[i].lower_ in PORTFOLIOS | {"the", "and"}:
                i += 1
        else:
            break
    if not titled:
        return span
    if span.type == "PERSON":
        return _Span(i, span.end, "PERSON", span.split)
    rest = [doc[j] for j in range(i, span.end)]
    if doc[i - 1].lower_ == "of" and doc[i:span.end].text in places():
        return _Span(i, span.end, "PLACE", span.split)  # "Akim of Almaty region": the office's place
    # "Ms Holt": a courtesy title is only ever a person's.
    if (len(rest) >= 2 or courtesy) and all(_is_name_word(t) for t in rest) and rest[-1].lower_ not in ORG_HEADS \
            and rest[-1].lower_ not in _ORG_ONLY_HEADS:  # "Imam Khomeini International Airport" is named for him
        return _Span(i, span.end, "PERSON", span.split)
    return span


def _is_portfolio(doc: Any, span: _Span) -> bool:
    """"State" in "Secretary of State" and "Interior" in "Interior Minister" are part of a title, not the
    name of anything."""
    words = [doc[j].lower_ for j in range(span.start, span.end)]
    if len(words) > 2 and words[0] in _MINISTERS and words[1] in ("of", "for"):
        return True  # "Minister of Agriculture, Rural Development and Fisheries": an office, no body
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    titled = words[-1] in PORTFOLIOS or words[-1] in _TITLE_OPENERS or all(w in _PORTFOLIO_WORDS for w in words)
    if (titled and after in TITLES) or (words[-1] in _PORTFOLIO_WORDS and after in _MINISTERS):
        # "Agriculture Cabinet" of "Agriculture Cabinet Secretary Mutahi Kagwe", "Public Works" of "Public Works
        # Minister", "Mozambique's Mineral Resources" of its minister; not "Johannesburg Water" of its spokesperson
        return True
    if _portfolios_before_minister(doc, span):
        # "Energy and Water Minister Yossi Harel", "Textiles and Jute Minister Rashed Khan Menon" (of which the model
        # may see only "Textiles"): portfolios, whichever the list of them knows.
        return True
    return all(w in _PORTFOLIO_WORDS | {"and", "the"} for w in words) and _follows_title(doc, span.start)


def _portfolios_before_minister(doc: Any, span: _Span) -> bool:
    """Whether the span opens a list of capitalised portfolios joined by "and" that a minister's or a secretary's
    title closes; a country's name of two parts ("Trinidad and Tobago Minister of Finance") is no portfolio."""
    if span.type == "PERSON":
        return False  # "President Oskar Brandt and Breganese Prime Minister Selim Aydan": two leaders
    j = span.end
    # A list with commas runs longer: "Lands, Agriculture, Fisheries, Water and Rural Development Minister".
    reach = _PORTFOLIO_LIST_TOKENS if span.end < len(doc) and doc[span.end].text == "," else _LISTED_NAME_TOKENS
    while j < len(doc) and j - span.end < reach and doc[j].lower_ not in _MINISTERS and (
            doc[j].lower_ in {"and", "&", ","} or (_is_name_word(doc[j]) and doc[j].lower_ not in TITLES
                                                  and doc[j].ent_type_ not in ("PERSON", "NORP", "GPE"))):
        j += 1
    return (j < len(doc) and doc[j].lower_ in _MINISTERS and any(doc[k].lower_ in {"and", "&"}
                                                                 for k in range(span.start + 1, j))
            and doc[span.start:j].text not in places() and doc[span.start].text not in places())


def _follows_title(doc: Any, start: int) -> bool:
    """Whether "<title> of/for [the]" stands right before token `start`."""
    j = start - 1
    while j >= 0 and doc[j].lower_ in {"the", "of", "for"}:
        j -= 1
    return 0 <= j < start - 1 and doc[j].lower_ in TITLES


def _extend(doc: Any, span: _Span) -> _Span:
    """Grow a cut-off name over hyphens, name particles and, for organisations, "of/for the" phrases."""
    end = span.end
    orgish = span.type == "ORG" or doc[end - 1].lower_ in ORG_HEADS
    while end < len(doc):
        tok = doc[end]
        if tok.text == "-" and not doc[end - 1].whitespace_ and not tok.whitespace_ and end + 1 < len(doc) \
                and (_is_name_word(doc[end + 1]) or doc[end + 1].lower_ in NAME_PARTICLES):
            end += 2
        elif tok.lower_ in NAME_PARTICLES and _continues_name(doc, end + 1):
            end += 1
        elif orgish and ((_joins_complement(doc, end) and _org_tail(doc, end + 1) > end + 1
                          and not _defined_body(doc, end + 1)
                          and not (doc[end].lower_ != "for" and _qualifies_noun(doc, _org_tail(doc, end + 1))))
                         or (_lists_portfolios(doc, end) and _has_of(doc, span.start, end))):
            end = _org_tail(doc, end + 1)
        elif orgish and _has_of(doc, span.start, end) and (tail := _portfolio_after_and(doc, end)):
            end = tail  # "the Ministry of Public Works and Housing", of which the model saw "Ministry of Public Works"
        elif span.type == "PERSON" and _loose_name_word(doc[end]):
            end += 1
        elif span.type == "PERSON" and doc[end - 1].is_lower and doc[end - 1].lower_ in NAME_PARTICLES \
                and _is_name_word(tok):
            end += 1  # "Ursula von der" and "Leyen", which the model took for a place: a name never ends in "der"
        else:
            break
    start = span.start
    # Only names built with particles lose their first word ("Hayat" of "Tahrir al-Sham").
    particled = span.type != "PLACE" and any(doc[j].lower_ in NAME_PARTICLES for j in range(span.start, end))
    while start > 0:
        # A letter alone before the hyphen is a lawmaker's party ("R-Fla."), not a part of the name.
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and len(doc[start - 2].text) > 1 \
                and (_is_name_word(doc[start - 2]) or doc[start - 2].lower_ in NAME_PARTICLES):
            start -= 2
        elif doc[start - 1].whitespace_ and ((particled and _loose_name_word(doc[start - 1])) or (
                span.type == "PERSON" and _accented_given_name(doc[start - 1]))):
            start -= 1
        elif start >= 2 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].is_lower \
                and doc[start - 2].tag_ == "NNP" and _is_name_word(doc[start - 2]) and _is_name_word(doc[start]):
            start -= 2  # "Maria do Carmo Vidal", of which the model saw only "Carmo Vidal"
        elif span.type == "PERSON" and _name_word_before(doc, start, end):
            start -= 1  # "chief executive Ngien Hoon Ping", of which the model saw "Hoon Ping" and an organisation
        elif doc[start - 1].whitespace_ and not doc[start - 1].ent_type_ \
                and _APOSTROPHE_NAME.fullmatch(doc[start - 1].text):
            start -= 1  # "Amoron'i Mania", of which the tagger took the first word for an adjective
        elif span.type == "ORG" and end - start == 1 and doc[start - 1].ent_type_ == "NORP" \
                and doc[start - 1].whitespace_ and end < len(doc) and doc[end].lower_ in _GROUP_NOUNS \
                and zipf_frequency(doc[start].text, "en") >= _COMMON_ZIPF:
            # "the Islamic State group", of which the model saw a people's word and "State"; not "a Republican
            # Senate", the chamber a party holds.
            start -= 1
        elif joined := _joined_by_and(doc, start, span, end):
            start -= joined  # "the Maritime and Port Bureau", of which the model saw only "Port Bureau"
        elif lead := _portfolios_before_and(doc, start, span, end):
            start -= lead  # "the Public Works and Housing Ministry", of which the model saw "Housing Ministry"
        else:
            break
    return _Span(start, end, span.type, span.split)


def _name_word_before(doc: Any, start: int, end: int) -> bool:
    """Whether the word before a person's name, right after their office, is the family name written first ("LTA
    chief executive Ngien Hoon Ping"), which the model took for a body of its own, or the given name it took for a
    place ("Associated Press writer Regina Garcia Cano"): a capitalised word the parse makes part of the name and
    English seldom uses (not "Miss" of "former Miss Universe Jane Doe"), no place, no office."""
    if start < 2:
        return False
    word, offices = doc[start - 1], TITLES | ROLES
    return word.whitespace_ != "" and word.pos_ == "PROPN" and word.dep_ == "compound" and word.text.isalpha() \
        and word.text.istitle() and start <= word.head.i < end and word.text not in places() \
        and word.lower_ not in offices and doc[start - 2].lower_ in offices \
        and zipf_frequency(word.text, "en") < _NAME_ZIPF and word.lower_ not in HONOURS


def _qualifies_noun(doc: Any, end: int) -> bool:
    """Whether the name that ends before `end` qualifies a common noun after it ("of the SNCTA union"): the union is
    the body, its name no complement of the name before "of" ("Lucie Marchand of the SNCTA union"). (After "for", the
    noun is often the body's own kind: "the Kirkpatrick for Senate campaign".)"""
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower and doc[end - 1].head.i == end


def _joins_complement(doc: Any, i: int) -> bool:
    """Whether the word at `i` opens an organisation's complement: "of" or "for", and "on" only after its head
    ("Committee on Foreign Relations"; not "their VIN on the NHTSA website")."""
    word = doc[i].lower_
    return word in {"of", "for"} or (word == "on" and doc[i - 1].lower_ in ORG_HEADS)


def _joined_by_and(doc: Any, start: int, span: _Span, end: int) -> int:
    """How many words "the <Word> and" or "the <Word>, <Word>, and" take before an organisation's name that ends in an
    organisation's head: one name of several parts, not a list ("the Maritime and Port Bureau", "the Meteorology,
    Climatology, and Geophysical Agency"); else 0."""
    if span.type != "ORG" or start < 3 or doc[start - 1].lower_ != "and" or doc[end - 1].lower_ not in ORG_HEADS:
        return 0
    k = start - 1 - (doc[start - 2].text == ",")  # the list's serial comma
    # Words the model took for a name are another name ("the IMF and World Bank"), unless it ran that name into the
    # "and" ("The Ethiopian Coffee and", then "Tea Authority").
    ran_on = doc[start - 1].ent_type_ == "ORG"
    while k >= 2 and _is_name_word(doc[k - 1]) and (ran_on or not doc[k - 1].ent_type_):
        if doc[k - 2].lower_ == "the":
            return start - (k - 1)
        if doc[k - 2].text == ",":
            k -= 2
        elif ran_on and _is_name_word(doc[k - 2]):
            k -= 1  # a part of two words
        else:
            return 0
    return 0


def _portfolio_after_and(doc: Any, end: int) -> int:
    """The end of the portfolio that "and" joins to the one an organisation's name ends with ("... Public Works and
    Housing", "... Trade and Industry"), else 0: two fields of one ministry, not two bodies ("the IMF and World Bank",
    "the White House and State Department")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&") or doc[end - 1].lower_ not in _PORTFOLIO_WORDS:
        return 0
    tail = _org_tail(doc, end + 1)
    words = [doc[j] for j in range(end + 1, tail)]
    fits = 0 < len(words) <= _PORTFOLIO_TAIL and any(w.lower_ in _PORTFOLIO_WORDS for w in words) and not any(
        w.lower_ in ORG_HEADS or w.is_upper for w in words)
    return tail if fits else 0


def _portfolios_before_and(doc: Any, start: int, span: _Span, end: int) -> int:
    """How many words of a portfolio stand before "and" and an organisation's name that opens with another and ends in
    an organisation's head ("the Public Works and Housing Ministry"), else 0."""
    head = doc[end - 1]  # a body's head ("Ministry"), not a field that names companies too ("Energy")
    if span.type != "ORG" or start < 3 or doc[start - 1].lower_ != "and" or head.lower_ not in ORG_HEADS \
            or head.lower_ in _PORTFOLIO_WORDS or head.tag_ == "NNS" or doc[start].lower_ not in _PORTFOLIO_WORDS \
            or doc[start - 2].lower_ not in _PORTFOLIO_WORDS:  # "the Justice and Energy departments" are two
        return 0
    k = start - 2
    while k > start - 2 - _PORTFOLIO_TAIL and k > 0 and _is_name_word(doc[k - 1]) and not doc[k - 1].is_upper:
        k -= 1
    return start - k if _is_name_word(doc[k]) else 0


# A capitalised word with an apostrophe inside it, as Malagasy, Chadian and Irish names have ("Amoron'i", "N'Djamena").
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+['’][A-Za-z][a-z]*")


def _loose_name_word(tok: Any) -> bool:
    """A capitalised proper noun next to a name that the model left out of every entity
    ("Hayat" before "Tahrir al-Sham")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and _WORDLIKE.fullmatch(tok.text) is not None \
        and not tok.ent_type_ \
        and tok.lower_ not in TITLES and tok.text not in places() and not tok.is_sent_start


def _accented_given_name(tok: Any) -> bool:
    """A given name spelled with letters English does not use ("Vítor" of "Vítor Vaz Pinto"), which the model leaves
    out of the name it starts, at a sentence's start too."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isascii() and tok.text.isalpha() \
        and not tok.ent_type_ and tok.lower_ not in TITLES and tok.text not in places()


def _continues_name(doc: Any, i: int) -> bool:
    if i >= len(doc):
        return False
    if doc[i].text == "-" and i + 1 < len(doc):
        return _is_name_word(doc[i + 1])
    return _is_name_word(doc[i])


def _defined_body(doc: Any, i: int) -> bool:
    """Whether the name after "of" at `i` is a body of its own, which an acronym in brackets after it defines ("the
    Board of Executive Directors of the Roads and Transport Authority (RTA)"): the board is that body's."""
    start = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    end = _org_tail(doc, i)
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
        and is_acronym(doc[end + 1].text) and defines(doc[end + 1].text, doc[start:end].text)


def _org_tail(doc: Any, i: int) -> int:
    """End of "the Study of War" after "Institute for": an optional "the" then capitalised words, and a
    ministry's list of portfolios ("Electricity, Water and Renewable Energy" after "Ministry of")."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < len(doc) and doc[j].lower_ not in _CALENDAR and (
            _is_name_word(doc[j]) or (j > i and doc[j].lower_ in {"of", "and", "&"} and j + 1 < len(doc)
                                      and _is_name_word(doc[j + 1])) or (j > i and _lists_portfolios(doc, j))):
        j += 1
    return j if j > i else i - 1


def _has_of(doc: Any, start: int, end: int) -> bool:
    """Whether the name holds an "of" or "for", as a ministry's does before its portfolios."""
    return any(doc[k].lower_ in {"of", "for"} for k in range(start, end))


def _lists_portfolios(doc: Any, comma: int) -> bool:
    """Whether the comma at `comma` goes on with a list of capitalised portfolios closed by "and" and one more
    ("..., Water and Renewable Energy")."""
    if doc[comma].text != ",":
        return False
    j = comma + 1
    while j < len(doc) and (_is_name_word(doc[j]) or doc[j].text == ","):
        j += 1
    return j > comma + 1 and doc[j - 1].text != "," and j + 1 < len(doc) and doc[j].lower_ in {"and", "&"} \
        and _is_name_word(doc[j + 1])


def _is_name_word(tok: Any) -> bool:
    """A capitalised word that is a proper noun or at least not capitalised only for starting a sentence."""
    text = tok.text
    capitalised = text[:1].isupper() and any(c.isalpha() for c in text)
    return capitalised and (tok.pos_ == "PROPN" or not tok.is_sent_start)


def _cut_to_known_names(doc: Any, spans: list[_Span]) -> None:
    """A person's name that runs on into a Title Case headline ("Hillary Clinton Sides With Obama") ends
    where the name the article gives elsewhere ends; a generation after it ("Donald Trump Jr.") is a part."""
    texts = [t.text for t in doc]
    known = {tuple(texts[s.start:s.end]) for s in spans if s.type == "PERSON" and s.end - s.start >= 2}
    for span in spans:
        if span.type != "PERSON" or span.end - span.start < 3:
            continue
        for end in range(span.end - 1, span.start + 1, -1):
            if tuple(texts[span.start:end]) in known:
                if texts[end].lower().rstrip(".") not in GENERATIONS:
                    span.end = end
                break


def _short_forms(doc: Any, spans: list[_Span]) -> dict[str, EntityType]:
    """The one word that stands for a longer name of this article: a person's surname ("Ruto" after "William
    Ruto", "Choi" after "Choi Soo-yeon") and an organisation's first word ("Magna" after "Magna International
    Inc."), unless a place's ("Washington" after "Washington Post")."""
    forms: dict[str, EntityType] = {}
    for s in spans:
        first = doc[s.start].text
        # The model may take a company named for its trade for a place ("Northline Railway"); its head tells.
        if s.end - s.start >= 2 and s.type != "PERSON" and first[:1].isupper() and first not in places() \
                and _has_org_head(list(doc[s.start:s.end])):
            forms[first] = "ORG"
    # "KBF said" after "Crown Prince Khalid bin Fahad (KBF)": the person's initials.
    forms.update((doc[s.end + 1].text, "PERSON") for s in spans
                 if _titled_initials(doc, s) and _followed_by_acronym(doc, s) and doc[s.end].text == "(")
    for s in spans:
        # A club the model takes for a person ("Harlow Rovers") ends with its organisation word, not a surname.
        if s.end - s.start >= 2 and s.type == "PERSON" and doc[s.end - 1].text[:1].isupper() \
                and doc[s.end - 1].lower_ not in ORG_HEADS:
            forms[doc[s.end - 1].text] = "PERSON"
            if " " in doc[s.start:s.end].text:
                forms[_last_word(doc, s)] = "PERSON"  # "Al-Rashidi" after "Fahad Al-Rashidi"
                forms.update((word, "PERSON") for word in surnames(without_nickname(doc[s.start:s.end].text)))
            if len(words := (name := doc[s.start:s.end].text).split()) >= 3 and father_surname(words[-2], name):
                forms.setdefault(words[-2], "PERSON")  # "Duque" after "Hernando Duque Gómez"
        elif s.end - s.start >= 4 and s.type == "PERSON" and doc[s.end - 2].text == "-":
            # The family name before a hyphenated given name ("Choi Soo-yeon", "Martin Kwok Wing-hei").
            forms[doc[s.end - 4].text] = "PERSON"
    # A given name that speaks ("Adugna said" after "Director-General Adugna Debela"), as copy names Ethiopians and
    # Icelanders: one person's, and no place's ("Virginia" of "Virginia Foxx").
    full: defaultdict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.type == "PERSON" and s.end - s.start >= 2 and doc[s.start].text[:1].isupper() \
                and rare_names(doc[s.start + 1:s.end].text.split()):
            full[doc[s.start].text].add(doc[s.start:s.end].text)
    forms.update((t.text, "PERSON") for t in doc if t.dep_ == "nsubj" and t.head.lemma_ in _SAYING
                 and len(full.get(t.text, ())) == 1 and t.text not in forms and t.text not in places())
    # A rare name that speaks where the model saw no name at all ("Esquivel said"), which the story gives with a given
    # name before it too ("Marisol Esquivel brought ..."): a person's surname, not a body's name ("Transnet said").
    speaking = {t.text for t in doc if t.dep_ == "nsubj" and t.head.lemma_ in _SAYING and t.pos_ == "PROPN"
                and not t.ent_type_ and t.text.istitle() and t.text not in forms and t.lower_ not in TITLES
                and t.text not in places() and rare_names([t.text])}
    forms.update((t.text, "PERSON") for t in doc if t.text in speaking and t.i and _given_name_before(doc, t.i))
    return forms


def rare_names(words: list[str]) -> bool:
    """Whether every word is as rare as a surname, not a headline's word the model ran into a name ("EgyptAir
    Crash", "Obama Says")."""
    return all(zipf_frequency(word, "en") < _NAME_ZIPF for word in words)


def _last_word(doc: Any, span: _Span) -> str:
    """The span's last word as written, hyphens and all ("Al-Rashidi" of "Fahad Al-Rashidi")."""
    k = span.end - 1
    while k - 2 >= span.start and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
        k -= 2
    return doc[k:span.end].text


def _person_name_tokens(doc: Any, spans: list[_Span]) -> set[str]:
    """Words of multi-word person names in this article: "Jordan" after "Michael Jordan" is no country."""
    out: set[str] = set()
    for s in spans:
        if s.type == "PERSON" and s.end - s.start >= 2:
            out.update(doc[j].text for j in range(s.start, s.end))
    return out


_SAYING = word_set("say tell add explain note")
_PLACE_JOINERS = frozenset(["of", "and", "the"])
# Words that open an organisation's name: Spanish and Portuguese company words, a national statistics office.
_ORG_FIRST_WORDS = word_set("""minera mineração compañía companhia grupo empresa corporación banco industrias
sociedad aerolíneas petróleos constructora naviera inmobiliaria statistics""")
_ROMANCE_OF = frozenset(["de", "del", "da", "do", "dos", "das"])
# Nouns for a company or a body that a story sets beside its name, and what only a company has.
# Not "producer" or "exporter": a state is an oil producer too.
_ORG_NOUNS = word_set("company firm operator airline carrier maker manufacturer automaker carmaker retailer lender "
                    "insurer broadcaster newspaper publisher charity conglomerate utility chain startup agency "
                    "regulator watchdog consultancy group corporation")
# Company nouns that are people's jobs too ("a crane operator", "a cheese maker", "a mail carrier").
_JOBS_TOO = word_set("operator maker carrier publisher broadcaster")
_BUSINESSES = word_set("mill mills factory factories bakery brewery distillery workshop shipyard")
_COMPANY_PARTS = word_set("ceo shareholders shares stock")
_HOLDINGS = word_set("shares stakes investments interests holdings jobs")  # what one has in a company
# Nouns that say a name is a place's: "X, the town that ...", "the port city of X", "the X river"; not
# "district", as a House or a school district is no place's name.
_PLACE_NOUNS = word_set("town city village capital port region province county island suburb municipality "
                      "valley settlement enclave citadel neighbourhood neighborhood river lake sea bay coast delta "
                      "basin mountains hills peninsula gulf islands isles road highway expressway motorway rivers "
                      "lakes towns villages cities regions provinces districts counties localities areas tunnel bridge "
                      "reservoir reservoirs pier piers wharf jetty bridges reserve reserves")
_TRADES = _BUSINESSES | word_set("shop cafe café restaurant bar pub farm hotel store salon garage boat taxi bus lorry "
                                 "truck market stall kiosk")
_TRADE_ROLES = word_set("owner owners manager managers worker workers driver drivers keeper keepers operator "
                        "operators staff boss")
# What may stand before a district's name other than where ("the", a place's "'s"): not a House's number or a
# school's name, which "the 5th" or "the Tacoma school" set between.
_NAMED_DISTRICT_BEFORE = word_set("the 's ’s")
_PLACES_AMONG = word_set("areas districts towns villages cities neighbourhoods neighborhoods suburbs provinces regions "
                         "islands municipalities states ports localities parts")
# Words that only a place follows with "of": "the mayor of Paterna", "residents of Punta Roca"; not "governor",
# as there are governors of banks.
_OF_A_PLACE = word_set("mayor mayors resident residents native natives inhabitants outskirts heartland prince princess "
                       "emir king queen sultan")
# The people of a place ("the people of Hamhung"); not what a place owns, as "Clinton's people" are no town's.
_PEOPLE_OF = word_set("people citizens")
# What only a place owns ("Kelby's swing bridge"), its people and mayor too.
_PLACE_OWNS = _OF_A_PLACE | word_set("bridge harbour harbor port airport streets suburbs skyline townspeople")
# Institutions named for their place: "the University of Keston", "the Port of Norddam".
_NAMED_FOR_A_PLACE = word_set("university port city county bank diocese")
# Buildings that stand in a place ("a warehouse in Thu Duc").
_BUILDINGS = word_set("warehouse warehouses factory factories plant plants mill mills depot depots shop shops store "
                      "stores market markets clinic clinics prison prisons mosque mosques temple temples station "
                      "stations airport airports hospital hospitals refinery refineries")
# Who is elected for a place: "the MP for Ashcombe".
_FOR_A_PLACE = word_set("mp mps mla msp mep td")
# What a title before a name may be, an adviser's too ("Labour Adviser Shahidul Alam").
_OFFICE_TITLES = TITLES | word_set("adviser advisor")
# Titles only ever given to a person ("Ms Holt", "Dr Patel").
_COURTESY = word_set("mr mrs ms miss dr sir dame cllr")


def _place_spans(doc: Any, spans: list[_Span], person_tokens: set[str]) -> list[_Span]:
    """Countries, capitals and big cities the model missed ("Chad" tagged PERSON, "NAIROBI" in a dateline)."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    gazetteer = places()
    # Read once per token: spaCy builds a new object on every doc[i] and every slice.
    tokens = list(doc)
    with_ws = [t.text_with_ws for t in tokens]
    fits = [t.pos_ == "PROPN" or t.is_upper or t.lower_ in _PLACE_JOINERS for t in tokens]
    out = []
    i = 0
    while i < len(tokens):
        hit = 0
        # Every window starting here holds token i: when it cannot be part of a place, none can.
        for n in range(min(5, len(tokens) - i), 0, -1) if fits[i] and i not in taken else ():
            if any(j in taken for j in range(i, i + n)) or not all(fits[i:i + n]):
                continue
            words = "".join(with_ws[i:i + n - 1]) + tokens[i + n - 1].text
            text = words.title() if words.isupper() and len(words) > 3 else words
            if text in gazetteer and not _inside_name(doc, i, i + n, person_tokens):
                hit = n
                break
        if hit:
            out.append(_Span(i, i + hit, "PLACE"))
            i += hit
        else:
            i += 1
    return out


def _inside_name(doc: Any, start: int, end: int, person_tokens: set[str]) -> bool:
    """Whether a place-named word is really part of a person's name ("Chad Smith", "Michael Jordan")."""
    if end - start == 1 and doc[start].text in person_tokens:
        return True
    before = start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
        and doc[start - 1].ent_type_ == "PERSON"
    after = end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
        and doc[end].ent_type_ == "PERSON"
    return bool(before or after)


def _repeated_names(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Later mentions the model missed of a name it found once in the article, and bare surnames of the
    people it found ("Stumpf said" after "John Stumpf")."""
    texts = [t.text for t in doc]
    with_ws = [t.text_with_ws for t in doc]

    def spelled(start: int, end: int) -> str:
        # As the text writes it, hyphens glued ("St-Onge"), as `_short_forms` gives a surname.
        return "".join(with_ws[start:end - 1]) + texts[end - 1]

    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for s in spans:
        votes[spelled(s.start, s.end)][s.type] += 1
    known: dict[str, EntityType] = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    known.update((word, typ) for word, typ in _short_forms(doc, spans).items() if typ == "PERSON")
    taken = {j for s in spans for j in range(s.start, s.end)}
    # Words the model took alone for a body or a people's name, which may be a given name it cut off its surname.
    misfiled = {s.start for s in spans if s.end - s.start == 1 and s.type != "PLACE"}
    longest = max((len(k.split()) + 2 * k.count("-") for k in known), default=0)  # "St-Onge": three tokens
    fits = [t.pos_ == "PROPN" or not t.is_alpha or t.is_lower for t in doc]
    out = []
    i = 0
    while i < len(texts):
        # A mention opens with a capital: most tokens start none.
        for n in range(min(longest, len(texts) - i), 0, -1) if texts[i][:1].isupper() else ():
            key = spelled(i, i + n)
            if key in known and not taken & set(range(i, i + n)) and all(fits[i:i + n]):
                # "Minister for Housing Seán Ó Dálaigh" before "Mr Ó Dálaigh": the given name the model left out; a
                # one-word name's, only where the word before it reads as nothing else (`_given_name_before`).
                given = known[key] == "PERSON" and i > 0 and (
                    (n > 1 and i - 1 not in taken and _accented_given_name(doc[i - 1]))
                    or (n == 1 and (i - 1 in misfiled or not (i - 1 in taken or doc[i - 1].ent_type_))
                        and _given_name_before(doc, i)))
                out.append(_Span(i - given, i + n, known[key]))
                i += n - 1
                break
        i += 1
    return out


def _given_name_before(doc: Any, i: int) -> bool:
    """Whether the word before a person's surname at token `i` is their given name, which the model took alone for
    an organisation's name or for no name ("Wilma" of "Wilma Guidry", though "Guidry, 71, said" is a person): one
    capitalised word that is no place's name, right before it."""
    word = doc[i - 1]
    # A word as rare as a given name, not one a headline capitalises ("Never Trump", "Team Sanders"); not a particle
    # of the surname ("De Jong", "Abu Saud"), a body's or a storm's word ("County Fire", "Typhoon Pepito"), nor the
    # first word of a place that the two make ("Việt Nam", beside "Trần Thanh Nam").
    return word.pos_ == "PROPN" and word.text.istitle() and word.is_alpha and bool(word.whitespace_) \
        and rare_names([word.text]) and not _title_cased(doc[i].sent) \
        and word.lower_ not in TITLES | NAME_PARTICLES | ORG_HEADS | _PLACE_NOUNS | _WEATHER_SYSTEMS \
        and word.text not in places() \
        and doc[i].pos_ == "PROPN" and name_key(word.text + doc[i].text) not in place_keys()


def _title_cased(sent: Any) -> bool:
    """Whether a sentence capitalises most of its words, as a headline does ("Rebuking Trump, Senators Break Ranks")."""
    words = [t for t in sent if t.is_alpha and len(t) > _SMALL_WORD]
    return sum(t.text[0].isupper() for t in words) > _HEADLINE_SHARE * len(words)


def _honorific_names(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Names the model missed after "Mr", "Mrs", "Dr", an honour and the like ("Madam Akosua Frimpong", "Dato' Sri
    Fadillah Yusof"): a person's, however unfamiliar the name."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    for tok in doc:
        honour = honour_words([t.text for t in doc[tok.i: tok.i + 4]])
        if tok.text.rstrip(".") not in HONORIFICS and not honour:
            continue
        first = end = tok.i + max(honour, 1)
        while end < len(doc) and end - first < _NAME_WORDS and doc[end].pos_ == "PROPN" and doc[end].text.istitle() \
                and doc[end].lower_ not in TITLES:  # "Madam President", "Mr Speaker": an office, no name
            end += 1
        if end > first and not any(j in taken for j in range(first, end)):
            out.append(_Span(first, end, "PERSON"))
    return out


def _nicknamed_names(doc: Any) -> list[_Span]:
    """A name with a nickname in quotation marks inside it ('Ramon "Monching" Villareal Jr.'), which the model cuts at
    the marks: one person's name, from the given name to the surname."""
    out = []
    for tok in doc:
        if tok.text not in _QUOTATION_MARKS or tok.i == 0 or not _name_part(doc[tok.i - 1]):
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 2 + _NICKNAME_TOKENS, len(doc)))
                      if doc[j].text in _QUOTATION_MARKS), None)
        if close is None or not all(_name_part(doc[j]) for j in range(tok.i + 1, close)):
            continue
        end = close + 1
        while end < len(doc) and end - close <= _NAME_WORDS and (_name_part(doc[end]) or (
                doc[end].text.rstrip(".").lower() in GENERATIONS and end > close + 1)):
            end += 1
        if end > close + 1:
            out.append(_Span(tok.i - 1, end, "PERSON"))
    return out


def _name_part(tok: Any) -> bool:
    return tok.text.istitle() and tok.is_alpha and tok.lower_ not in TITLES


def _known_org_spans(doc: Any, spans: list[_Span]) -> list[_Span]:
    """News agencies and well-known organisations, wherever they stand ("NAIROBI, Kenya (AP) —", "told Reuters",
    "for Doctors Without Borders")."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    text = doc.text
    for match in _KNOWN_ORG_PATTERN.finditer(text):
        span = doc.char_span(match.start(), match.end())
        # A name the model cut short is the agency's all the same ("France" of "France 24").
        if span is None or (any(j in taken for j in range(span.start, span.end))
                            and not _covers_taken(spans, span.start, span.end)):
            continue
        if match.group() == "RT" and text[match.end():match.end() + 2].lstrip().startswith("@"):
            continue  # "RT @user" is a retweet
        out.append(_Span(span.start, span.end, "ORG"))
    return out


def _covers_taken(spans: list[_Span], start: int, end: int) -> bool:
    """Whether the tokens from `start` to `end` hold every span they touch whole, and more words besides."""
    touched = [s for s in spans if s.start < end and start < s.end]
    held = all(start <= s.start and s.end <= end for s in touched)
    return held and sum(s.end - s.start for s in touched) < end - start


def _described_orgs(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Names the model missed that the story calls a group ("The Jama'at Nusrat al-Islam wal-Muslimin, an al-Qaeda
    affiliate,"): a long transliterated name is often no name the model has seen."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    for match in _DESCRIBED_ORG.finditer(doc.text):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None:
            continue
        start = span.start
        while start < span.end and doc[start].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
            start += 1  # "In June, a ...": a sentence's opening words
        if sum(1 for t in doc[start:span.end] if t.text[:1].isupper()) >= 2 and not any(
                j in taken for j in range(start, span.end)):
            out.append(_Span(start, span.end, "ORG"))
    return out


def _with_given_short_forms(doc: Any, spans: list[_Span]) -> list[_Span]:
    """A person's name with the short given name before it ("Md. Abdul Karim"), which the model leaves out or files
    apart (as Maryland's "Md.")."""
    starts = {s.start: s for s in spans if s.type == "PERSON"}
    out = []
    for span in spans:
        if span.end - span.start == 1 and doc[span.start].text in GIVEN_NAME_SHORT and span.end in starts:
            continue
        if span.type == "PERSON" and span.start > 0 and doc[span.start - 1].text in GIVEN_NAME_SHORT:
            span.start -= 1
        out.append(span)
    return out


def _listed_orgs(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Names of two or more capitalised words that the model missed in a list with a company ("Kestrel Resources,
    Emirates Global Aluminium and several Chinese-backed consortiums"): the items of one list are things of one
    kind."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    for span in spans:
        root = doc[span.start:span.end].root
        if span.type != "ORG" or root.dep_ == "conj":
            continue
        for item in (t for t in root.children if t.dep_ == "conj" and t.i not in taken and t.tag_ == "NNP"):
            name = [t for t in item.lefts if t.dep_ == "compound"] + [item]
            start = name[0].i
            if len(name) >= 2 and name[-1].i - start + 1 == len(name) and not any(j in taken for j in range(
                    start, item.i + 1)) and all(t.text[:1].isupper() and t.tag_ == "NNP" for t in name) \
                    and name[0].lower_ not in TITLES:  # "General Dempsey, General Ham and ...": people
                out.append(_Span(start, item.i + 1, "ORG"))
    return out


def _homes(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Names the model missed where people live ("Residents of Lekki and Ikorodu waded through ..."): what the
    inhabitants are "of", and the names listed with it, are places."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in _INHABITANTS:
            continue
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        home = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if home is None:
            continue
        out += [span for item in [home, *(t for t in home.children if t.dep_ == "conj")]
                if (span := _place_name(item, taken)) is not None]
    return out


def _place_name(item: Any, taken: set[int]) -> _Span | None:
    """The proper name a noun phrase's head ends, its compounds before it ("Novi" "Sad"), as a place, unless a
    name already found holds a word of it."""
    name = [t for t in item.lefts if t.dep_ == "compound"] + [item]
    if name[-1].i - name[0].i + 1 == len(name) and all(
            t.tag_ == "NNP" and t.text[:1].isupper() and t.i not in taken for t in name):
        return _Span(name[0].i, item.i + 1, "PLACE")
    return None


def _sites(doc: Any, spans: list[_Span]) -> list[_Span]:
    """Names the model missed where a building stands ("the railway station in Novi Sad", "a warehouse in Thu
    Duc"): a building stands in a place."""
    taken = {j for s in spans for j in range(s.start, s.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in _BUILDINGS or not tok.is_lower:
            continue
        at = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1), None)
        item = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        if item is not None and (span := _place_name(item, taken)) is not None and span.start == tok.i + 2:
            out.append(span)  # the name right after "in", no word between ("in central Novi Sad" is left alone)
    return out


def _acronym_spans(doc: Any, spans: list[_Span], offices: set[str]) -> list[_Span]:
    """Acronyms given in parentheses ("(ICRC)", "(CENTCOM)", the agency of a dateline "(AP)") and the long
    form they define, which the model often cuts ("Al Qaeda" + "the Arabian Peninsula" before "(AQAP)")."""
    by_end = {s.end: s for s in spans}
    out = []
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not (is_acronym(tok.text) or word_acronym(tok.text)):
            continue
        long_form = _long_form(doc, i - 1, tok.text)
        if long_form is None and not is_acronym(tok.text):
            continue  # a word in brackets is a short form only of the name it follows
        if doc[i - 2].lower_ in TITLES or tok.text in offices:
            continue  # an office's initials ("Cabinet Secretary (CS)"), as East African copy titles people
        before = long_form or by_end.get(i - 1)
        typ: EntityType = "PLACE" if before and _is_place(doc[before.start:before.end].text) and defines(
            tok.text, doc[before.start:before.end].text) else "ORG"
        if long_form:
            out.append(_Span(long_form.start, long_form.end, typ))
        out.append(_Span(i, i + 1, typ))
    return out


def _long_form(doc: Any, paren: int, acronym: str) -> _Span | None:
    """The shortest run of name words before "(" that starts with the acronym's first letter and holds its
    letters in order (Schwartz & Hearst, 2003), at most min(|A| + 5, 2|A|) words long, within the sentence."""
    letters = sum(c.isalnum() for c in acronym)
    budget = min(letters + 5, 2 * letters)
    start = paren
    while start > 0 and budget > 0:
        tok = doc[start - 1]
        # A list of a ministry's fields is one name ("Department for Environment, Food and Rural Affairs").
        if not (_is_name_word(tok) or tok.lower_ in NAME_PARTICLES | ORG_CONNECTIVES | {"in", "-", ","}):
            return None
        start -= 1
        budget -= tok.is_alpha
        long_form = doc[start:paren].text
        if _is_name_word(tok) and tok.text[0].lower() == acronym[0].lower() and defines(acronym, long_form):
            return _Span(start, paren, "ORG")
        if tok.is_sent_start:
            return None
    return None


def _is_place(text: str) -> bool:
    return name_key(text) in place_keys()


def word_acronym(text: str) -> bool:
    """A short form written as a word ("Defra", "Ofsted", "Unicef"), which only the long name before it defines."""
    return _WORD_ACRONYM_LETTERS[0] <= len(text) <= _WORD_ACRONYM_LETTERS[1] and text.isalpha() and text.istitle()


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2 \
        and text.replace(".", "") not in _NOT_ACRONYMS


def defines(acronym: str, long_form: str) -> bool:
    """Whether `acronym` can abbreviate `long_form` (after Schwartz & Hearst, 2003): its letters occur in
    order in the long form and its first letter starts a word."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    words = re.findall(r"[^\W_]+", long_form.lower())
    if not letters or not words or (len(words) < 2 and len(letters) > len(words[0]) // 2):
        return False
    if not any(w.startswith(letters[0]) for w in words):
        return False
    text = " ".join(words)
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _titled_initials(doc: Any, span: _Span) -> bool:
    """A person's name after a title that the story shortens to initials ("Crown Prince Khalid bin Fahad (KBF)");
    without a title, a name before initials is an organisation's as often ("Hayat Tahrir al-Sham (HTS)")."""
    return span.type == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ in TITLES


def _followed_by_acronym(doc: Any, span: _Span) -> bool:
    """"X (ACR)" or "X, or ACR" right after the span, with letters that can abbreviate it."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        acronym = doc[i + 1].text
    elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or":
        acronym = doc[i + 2].text
    else:
        return False
    return is_acronym(acronym) and defines(acronym, doc[span.start:span.end].text)


def _retype(doc: Any, span: _Span, person_tokens: set[str], short_forms: dict[str, EntityType],
            lone_people: set[str]) -> EntityType:
    words = [doc[j] for j in range(span.start, span.end)]
    text = doc[span.start:span.end].text
    if " " not in text and text in short_forms and not (
            short_forms[text] == "ORG" and span.type == "PLACE" and span.start > 0
            and (doc[span.start - 1].lower_ in _LOCATIVE or _of_places(doc[span.start]))):
        # "Ruto said" after "William Ruto", whatever the model thought; but "in Hokkaido" is the island, whatever
        # company is named after it ("Hokkaido Railway Company"), and so is a state the story lists as one ("the
        # states of Tocantins and Maranhão", beside the "Tocantins Fire Department").
        return short_forms[text]
    if text in AGENCIES or source_name(text) is not None:
        return "ORG"  # "he told Bernama": an agency, which the model may take for a person it has not met
    if _after_honorific(doc, span, words):
        return "PERSON"  # "Mr Tunde Adeyemi": whatever a name the model has never seen looked like to it
    if span.type != "PLACE" and span.start > 0 and doc[span.start - 1].lower_ in _COMPASS and not _has_org_head(words):
        return "PLACE"  # "heavy rain in northern Central Java": a region's part, whatever the model took the name for
    if len(words) >= 2 and words[-1].text in _DIVISIONS | _ROADS_ONLY:
        return "PLACE"  # "Poltava Oblast", "Hyogo Prefecture", "Dhunge Highway": whoever the model took it for
    if len(words) == 2 and words[0].text == "Greater" and words[1].text in places():
        return "PLACE"  # "Greater Odesa": a city with its suburbs, no person's name
    if text in places() and not (len(words) == 1 and text in person_tokens and span.type == "PERSON"):
        return "PLACE"
    if _has_org_head(words) or any(w.lower_ == "for" for w in words[1:-1]) or (
            len(words) >= 2 and words[0].text in _TRIBE_OPENERS):
        return "ORG"  # no place is called "X for Y"; "Ngāti Kahu" is an iwi, a tribe, whoever the model took it for
    if span.type != "PLACE" and _followed_by_acronym(doc, span) and not _titled_initials(doc, span):
        return "ORG"
    if span.type == "ORG" and (_introduced_as_person(doc, span) or _personal_name(words, lone_people)):
        return "PERSON"
    if span.type == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ == "the" \
            and not (span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}):
        # "in the Balkans" is a place, "the Taliban" a group; "the Trump administration" stays a person
        before = doc[span.start - 2].lower_ if span.start > 1 else ""
        return "PLACE" if before in _LOCATIVE else "ORG"
    if (span.type == "PERSON" or span.split or _on_the_road(doc, span)) and len(words) >= 2 \
            and words[-1].text in _THOROUGHFARES | _STRUCTURES:
        # "Wall Street", "Calder Bridge": no person, whatever the model or a cut span says; "stations on Oke-Ilu Road":
        # the road itself, where a street standing for its trade ("Wall Street said") goes without the preposition.
        return "PLACE"
    if span.type != "PLACE" and len(words) >= 2 and (words[0].lower_ in _NAMED_AFTER or words[0].text in
                                                      _PLACE_OPENERS) and words[1].text[:1].isupper():
        return "PLACE"  # "River Calder", "Lake Orla": a water or a mountain, which the model may take for a group
    if span.start > 1 and doc[span.start - 2].lower_ == "junction" and doc[span.start - 1].lower_ in ("with", "of"):
        return "PLACE"  # "near the junction with Mill Lane": a road, whoever else is called Lane
    if len(words) >= 2 and words[-1].text in _LANDFORMS and (
            span.type == "ORG" or (span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE)
            or words[0].text in places()):  # "the Lesotho Highlands tunnel"
        # "Lindon Point", "at Carrow Bay": a headland or a bay, not a company; a person may be called "Bay"
        return "PLACE"
    if span.type == "PERSON" and len(words) == 1 and text not in person_tokens and span.start > 0 \
            and _where(doc[span.start - 1]):
        return "PLACE"  # "in Westmere", "a driver from Brno": one word for a person the story never names whole
    if span.type == "ORG" and len(words) >= 3 and words[1].lower_ in _ROMANCE_OF and span.start > 0 \
            and _where(doc[span.start - 1]) and not _has_org_head(words):
        return "PLACE"  # "in Ciego de Ávila", "from Santiago de Compostela": a place named as Spanish names one
    if span.type == "ORG" and span.start > 0 and (word := doc[span.start - 1]).lower_ in ("from", "in") \
            and word.head.lower_ in _RESIDENTS and word.head.i < word.i and not _has_org_head(words) \
            and (len(words) == 1 or word.lower_ == "in"):
        return "PLACE"  # "a 31-year-old man from Westfield", "farmers in Uasin Gishu": where they live or work
    if span.type == "ORG" and len(words) >= 2 and words[-1].text in _STRUCTURES and span.start > 0 \
            and doc[span.start - 1].lower_ == "the":
        # "the Old Harbour Bridge" collapsed: a place, which the model files with organisations; a group named
        # for one goes without the article ("American Bridge President Jane Doe").
        return "PLACE"
    if span.split and span.type == "ORG" and 2 <= len(words) <= 3 and all(
            w.pos_ == "PROPN" and w.text.istitle() and w.lower_ not in ORG_HEADS | _BOILERPLATE
            for w in words):
        return "PERSON"  # a person glued into an organisation span ("Geneva are Anne Smith")
    return span.type


def _after_honorific(doc: Any, span: _Span, words: list[Any]) -> bool:
    """A name of capitalised words, no organisation's, right after "Mr", "Mrs", "Dr" and the like."""
    return span.start > 0 and doc[span.start - 1].text.rstrip(".") in HONORIFICS and not _has_org_head(words) and all(
        w.pos_ == "PROPN" and w.text[:1].isupper() for w in words)


def _on_the_road(doc: Any, span: _Span) -> bool:
    """An organisation's span on a road ("on Al Wasl Road") or a part of one ("a 3km stretch of Al Wasl Road")."""
    return span.type == "ORG" and span.start > 0 and (doc[span.start - 1].lower_ in _ON_A_ROAD or (
        span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _ROAD_PARTS))


def _where(word: Any) -> bool:
    """A preposition that places what comes after it: "in", "across", "throughout", and "from" after a noun ("a
    driver from Brno"), not after a verb ("heard from Smith")."""
    return word.lower_ in _WHERE or (word.lower_ == "from" and word.head.pos_ == "NOUN" and word.head.i < word.i)


def _institution_place(doc: Any, span: _Span) -> list[str]:
    """The one word after "of" in a university's, a port's or a city's name ("University of Keston")."""
    words = [doc[j] for j in range(span.start, span.end)]
    return [words[2].text] if len(words) == 3 and words[0].lower_ in _NAMED_FOR_A_PLACE and words[1].lower_ == "of" \
        and words[2].pos_ == "PROPN" else []


def _in_part_of(doc: Any, span: _Span) -> bool:
    """A name set before the part of a country it lies in ("Ruda Śląska, southern Poland")."""
    i = span.end
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in _COMPASS and doc[i + 2].text in places()


def _after_place_noun(doc: Any, start: int) -> bool:
    """Whether a name opening at `start` follows a noun only a place follows with "of" ("the town of Punta Roca",
    "residents of Punta Roca"), one that elects someone for it ("the MP for Ashcombe") or one for where a person lives
    ("a farmer from Kiptoro")."""
    before = [t.lower_ for t in doc[max(start - 2, 0): start]]
    return len(before) == 2 and (
        (before[1] == "of" and (before[0] in _PLACE_NOUNS or before[0] in _OF_A_PLACE or before[0] in _PEOPLE_OF))
        or (before[1] == "for" and before[0] in _FOR_A_PLACE) or (before[1] == "from" and before[0] in _RESIDENTS))


def _where_one_works(doc: Any, span: _Span) -> bool:
    """A name a person's role is held "in" ("Lova Ranaivo, a district health officer in Antsirabe") or a building
    stands "in" ("a warehouse in Thu Duc"): people work at a body and in a place."""
    root = doc[span.start:span.end].root
    held = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i == span.start - 1 and held.is_lower \
        and (held.lower_ in ROLES or held.lower_ in _BUILDINGS) \
        and not _has_org_head([doc[j] for j in range(span.start, span.end)])


def _named_as_place(doc: Any, span: _Span) -> bool:
    """A name a place noun stands beside: "Punta Roca, the town that grew up around the mine", "the capital,
    Norddam,", "the port city of Punta Roca", "the Saren river". The model may take a place it has never seen for
    a person."""
    # Whatever the parse sets beside the name ("a resident of Oke-Ilu, Mrs Bisi Adewale,").
    if _home_address(doc, span.start) or _place_within(doc, span) or _in_part_of(doc, span) \
            or _after_place_noun(doc, span.start) or _where_one_works(doc, span):
        return True
    # The noun the parse sets beside the name, not a word qualifying it ("a port town", not "a city councillor").
    beside = next((t for t in doc[span.end: span.end + 5] if t.dep_ == "appos" and span.start <= t.head.i < span.end),
                  None)
    if beside is not None:
        if beside.lower_ == "one":  # "Sabah Al-Nour, one of the affected areas,"
            return any(t.dep_ == "pobj" and t.lower_ in _PLACES_AMONG for c in beside.children if c.lower_ == "of"
                       for t in c.children)
        # "the Big Apple (New York City)" is one; "Okoro (City)" names a club.
        return beside.lower_ in _PLACE_NOUNS and (beside.is_lower or doc[beside.i - 1].pos_ == "PROPN")
    root = doc[span.start:span.end].root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lower_ in _PLACE_NOUNS \
            and root.head.pos_ == "NOUN" and root.head.is_lower:
        return True  # "in the capital, Norddam,", not "in Silicon Valley, Tyrone Pike,"
    noun = doc[span.end] if span.end < len(doc) else None
    # A later name of a list qualifies what the first does ("the Oder and Opava rivers").
    partner = _list_head(root)
    if noun is not None and noun.lower_ in _PLACE_NOUNS and noun.i in (doc[span.end - 1].head.i, root.head.i,
                                                                       partner.head.i) \
            and noun.dep_ != "compound":
        return True  # the name qualifies the noun that follows it: "the Saren river", "the Izu and Ogasawara
        # islands", not "a CNN town hall"
    anchor = partner.head
    listed = partner is not root or any(c.dep_ == "conj" for c in root.children)
    if listed and partner.dep_ in {"nmod", "compound"} and anchor.i >= span.end \
            and anchor.lower_ in _PLACE_NOUNS and anchor.dep_ != "compound":
        return True  # an item of such a list: "Kharkiv" and "Sumy" of "in Kharkiv, Sumy and Poltava regions"
    if noun is not None and noun.lower_ in _PLACE_NOUNS | {"district"} and noun.is_lower and noun.i + 1 < len(doc) \
            and doc[noun.i + 1].lower_ in _LOCAL_OFFICES:
        return True  # "Tumpat district officer Nik Azlan", "the Kisumu county commissioner"
    if noun is not None and noun.lower_ == "district" and span.start > 0 and (
            doc[span.start - 1].lower_ in _WHERE or doc[span.start - 1].lower_ in _NAMED_DISTRICT_BEFORE):
        return True  # "a shop owner in Al-Sawaed district", "the Shamakhi district", "Kharkiv's Saltivka district"
    if noun is not None and noun.lower_ in _SHELTERED and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in ("camp", "camps"):
        return True  # "the Adre refugee camp"; not "the Biden camp", a candidate's people
    if noun is not None and noun.lower_ in _INHABITANTS and noun.i in (doc[span.end - 1].head.i, root.head.i):
        return True  # "What Gauteng residents need to know": the people of a place
    # "Kelby's swing bridge", "the town's mayor": what only a place owns
    after = [t.lower_ for t in doc[span.end: span.end + 4]]
    if after[:1] in (["'s"], ["’s"]) and any(word in _PLACE_OWNS for word in after[1:]):
        return True
    # "the river Tarn": a lower-case noun that a water's or a mountain's name follows
    return span.start > 0 and doc[span.start - 1].text in _NAMED_AFTER


def _place_within(doc: Any, span: _Span) -> bool:
    """A name the model took for a person's where something happened "at" it, in a place the story names ("a landslide
    at Bhirkot in Tamakot district"): a village or a spot within that place."""
    after = doc[span.end: span.end + 3]
    return span.type == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ == "at" and len(after) == 3 \
        and after[0].lower_ == "in" and (after[1].text in places() or (
            after[1].text.istitle() and after[2].lower_ in _PLACE_NOUNS | {"district"}))


def _home_address(doc: Any, start: int) -> bool:
    """Whether a name at `start` is part of the address a court or police report gives after a person's age ("Jane
    Doe, 41, of Kestrel Way, Elmsworth,"): the street and the town where the person lives."""
    i = start - 1
    while i >= 1 and doc[i].text == "," and doc[i - 1].text[:1].isupper():
        i -= 1  # back over the address's earlier parts: "Kestrel Way," before "Elmsworth"
        while i >= 1 and doc[i].text[:1].isupper():
            i -= 1
    return i >= 3 and doc[i].lower_ == "of" and doc[i - 1].text == "," and doc[i - 2].like_num \
        and doc[i - 3].text == ","


def _list_head(tok: Any) -> Any:
    """The first item of the list the token is an item of ("Kharkiv" of "Kharkiv, Sumy and Poltava"), else itself."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _linked_by_a_way(doc: Any, span: _Span) -> bool:
    """A name that a road or a line links or connects ("a bridge linking Kai Fong and Tung Lo Wan"), or that a way runs
    between ("its busiest route, between Tsawwassen and Swartz Bay"; not "talks between Biden and Xi")."""
    partner = _list_head(doc[span.start:span.end].root)
    if partner.dep_ == "pobj" and partner.head.lower_ == "between":
        # Two ends, not a name the parse runs into the list after them ("the road between Buzău and Focșani, IGSU
        # spokesman ...") nor a body ("the rail link between Sohar and Abu Dhabi, the Ministry of ...").
        ends = [partner, *[c for c in partner.children if c.dep_ == "conj"][:1]]
        return doc[span.start:span.end].root in ends and _a_way(partner.head.head) \
            and not _has_org_head(list(doc[span.start:span.end]))
    return partner.dep_ == "dobj" and partner.head.lemma_ in _JOINS_PLACES and _joined_by_a_way(partner.head)


def _a_way(noun: Any) -> bool:
    """A road, a line, a route ("the rail link"); a link alone may be any tie ("a direct link between Mateen and
    militants")."""
    return noun.lemma_ in _WAYS and (noun.lemma_ != "link" or any(
        c.dep_ in ("compound", "amod") and c.lemma_ in _WAYS for c in noun.lefts))


def _joined_by_a_way(verb: Any) -> bool:
    """Whether what links or connects is a way ("a bridge linking ...", "the line will connect ..."), not evidence
    ("emails linking Clinton and Chagoury")."""
    way = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return way is not None and way.lemma_ in _WAYS


def _capitalised_common_word(doc: Any, span: _Span, person_tokens: set[str], small_words: set[str]) -> bool:
    """A noun or an adjective capitalised as its sentence's first word ("Operators will have until March",
    "Seagrass meadows cover ...", "Coastal councils are due ..."), which the tagger reads as no proper noun, or
    which the story writes in small letters elsewhere ("Maize is the staple" after "maize farmers"); not a surname
    the tagger takes for one ("Sanders said", after "Bernie Sanders")."""
    first = doc[span.start]
    if span.end - span.start != 1 or first.text in person_tokens:
        return False
    # A dateline's dash, or a quotation's opening mark ('"Flash floods can form ...," he said'), opens one too.
    before = doc[span.start - 1] if span.start > 0 else None
    opens = first.is_sent_start or (before is not None and (before.text in ("—", "–", "--") or _spaced_dash(before)
                                                            or before.tag_ == "``"))
    # A label in capitals that the model ran into the name after its dash, opening a caption ("FILE - Containers
    # are stacked ..."), as agencies set it.
    label = span.split and first.is_sent_start and first.text.isupper() and span.end < len(doc) \
        and _spaced_dash(doc[span.end]) and zipf_frequency(first.lower_, "en") >= _NAME_ZIPF
    return label or (opens and (first.tag_ in _COMMON_TAGS or first.text.lower() in small_words))


def _spaced_dash(tok: Any) -> bool:
    """A dash set apart by spaces, or a hyphen set so, which stands for one ("ROME, 04 DEC - The ...")."""
    return tok.text in ("—", "–", "--", "-") and bool(tok.whitespace_) and tok.i > 0 \
        and bool(tok.doc[tok.i - 1].whitespace_)


def _named_as_org(doc: Any, span: _Span) -> bool:
    """A name a company noun stands beside ("the ferry operator, Baltline,", "Baltline, the operator,", "the
    airline Skyjet", "state nuclear corporation Rosatom"), or whose chief executive or shares the story names
    ("Baltline's chief executive")."""
    if doc[span.start:span.end].text in places():
        return False  # a known place keeps its type
    root = doc[span.start:span.end].root
    if span.type == "PERSON" and span.end - span.start >= 2 and any(
            t.dep_ == "appos" and t.lower_ in _JOBS_TOO and t.head.i == root.i for t in doc[span.end: span.end + 6]):
        return False  # "Rokeya Begum, a sewing machine operator,": a person's job, as the model read the full name
    # Not a person's role right before the name, whatever the parse hangs it on ("the news agency IRNA quoted
    # deputy minister Hamid Rezaei Kia", the name read as the agency's apposition), nor a company's name ("the
    # chairman of the Podesta Group, Tony Podesta,").
    if root.dep_ == "appos" and root.head.lower_ in _ORG_NOUNS and root.head.is_lower and not (
            span.start > 0 and doc[span.start - 1].lower_ in ROLES):
        return True
    if any(t.dep_ == "appos" and t.lower_ in _ORG_NOUNS and t.head.i == root.i for t in doc[span.end: span.end + 5]):
        return True
    if span.start > 0 and (noun := doc[span.start - 1]).lower_ in _ORG_NOUNS and noun.dep_ == "compound" \
            and span.start <= noun.head.i < span.end:
        return True
    after = [t.lower_ for t in doc[span.end: span.end + 3]]
    if after and after[0] in _BUSINESSES and span.end - span.start >= 2 and doc[span.end - 1].head.i == span.end \
            and span.start > 0 and doc[span.start - 1].lower_ == "the":
        # The name qualifies the business that follows it: "at the Noor Weaving mill"; a place's name alone is
        # where it stands ("the Indianapolis factory").
        return True
    return len(after) >= 2 and after[0] in ("'s", "’s") and (after[1] in _COMPANY_PARTS or after[1:3] == [
        "chief", "executive"])


def _role_beside(doc: Any, ent: Any) -> bool:
    """A name the model filed as a thing, beside a person's role ("chief executive, Ines Barreto,")."""
    return ent.label_ != "NORP" and _named_as_person(doc, _Span(ent.start, ent.end, "PERSON"))


def _named_as_person(doc: Any, span: _Span) -> bool:
    """A name of capitalised words, no organisation's, right after a person's role or set beside one: "spokeswoman
    Irina Vastova", "analyst Tomas Ardell", "Its spokeswoman, Irina Vastova,". The model may take a name it has
    never seen for an organisation's."""
    words = [doc[j] for j in range(span.start, span.end)]
    if not _capitalised_names(words) or _has_org_head(words):
        return False
    root = doc[span.start:span.end].root
    before = doc[span.start - 1] if span.start > 0 else None
    if _credited_reporter(root) and len(words) >= 2 and source_name(doc[span.start:span.end].text) is None:
        return True  # "CNN's Leo Park contributed to this report": a reporter, whatever a name ending in "Park" is
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in _COUNSEL_PARTS \
            and doc[span.end + 2].text == ",":
        return True  # "Sophie Ng, mitigating, said": counsel in a court report
    if _aged(doc, span.end):
        return True  # "Wilma Guidry, 71, said": a person's age, set between commas after the name
    # A role set after the name ("Sun Jiayi, a tourism researcher at Hengzhou University,").
    if any(t.dep_ == "appos" and t.lower_ in ROLES and t.head.i == root.i for t in doc[span.end: span.end + 6]):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text[:1].isupper() and before.lower_ in TITLES and before.pos_ == "PROPN" \
            and before.dep_ == "compound" and span.start <= before.head.i < span.end and len(words) >= 2 \
            and not (after is not None and after.is_lower and after.lower_ in TITLES) \
            and doc[span.start:span.end].text not in places():
        # A title set as part of a full name ("Mayor Geordin Hill-Lewis"), whatever the model took the name for; not
        # the place a title names before its office ("Deputy Kano State governor").
        return True
    return (root.dep_ == "appos" and root.head.lower_ in ROLES and root.head.i < span.start) or (
        # A role in small letters that the tagger took for a name ("said chief forecaster Ilse Marten") or for an
        # adjective ("shopkeeper Rosli Yusof") is a noun too, unless the word is an adjective as well ("the
        # official White House Christmas card"); a role the tagger took for a verb is a noun where the name is what
        # it qualifies ("BPBD head Isnawa Adji told reporters"); no role is a preposition ("station, motorist Adebayo
        # Ogunleye said" as the tagger read it).
        before is not None and before.lower_ in ROLES and (before.pos_ == "NOUN" or (before.is_lower and (
            before.pos_ in ("PROPN", "ADP") or (before.pos_ == "VERB" and before.dep_ == "compound")
            or (before.pos_ == "ADJ" and before.lower_ not in _ADJECTIVE_ROLES)))))


def _aged(doc: Any, i: int) -> bool:
    """Whether a person's age in commas opens at token `i` (", 71,"), as copy gives it after a name."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 2].text == "," and doc[i + 1].text.isdigit() \
        and 0 < int(doc[i + 1].text) < _OLDEST


def _credited_reporter(root: Any) -> bool:
    """Whether a name is who "contributed to this report" or "contributed reporting", or who a wire story's credit
    line gives its reporting, writing or editing to ("(Reporting by Jane Doe; Editing by John Roe)")."""
    by = _list_head(root).head
    if by.lower_ == "by" and by.head.lower_ in _CREDITED_WORK:
        return True
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_ == "contribute" and any(
        child.lower_ == "reporting" or (child.lower_ == "to" and any(t.lower_ in _REPORTS for t in child.children))
        for child in verb.children)


def _personal_name(words: list[Any], lone_people: set[str]) -> bool:
    """Two or three capitalised words, no organisation's, ending in a word the story uses as a person's name
    ("Ramesh Yadav" where it goes on with "said Yadav")."""
    # Words apart, not one compound ("Dodd-Frank", "Trump-Clinton").
    return (2 <= sum(w.text != "-" for w in words) <= 3 and any(w.whitespace_ for w in words[:-1])
            and words[-1].text in lone_people and not _has_org_head(words) and _capitalised_names(words))


def _capitalised_names(words: list[Any]) -> bool:
    """Proper nouns in title case, joined by hyphens or not ("Fahad Al-Rashidi"), a surname's second capital too
    ("Shona MacLeod")."""
    return words[0].text != "-" and all(w.text == "-" or (w.pos_ == "PROPN" and (
        w.text.istitle() or _SECOND_CAPITAL.fullmatch(w.text) is not None)) for w in words)


def _introduced_as_person(doc: Any, span: _Span) -> bool:
    """"Petar Lukas, who owns a shop": a name of two or three words taken for an organisation, with a "who"
    after it. Not a club whose name holds its city ("Manchester United, who won")."""
    after = doc[span.end: span.end + 2]
    # "Maria do Carmo Vidal" is three words, "Della Morrow" two: a name's first word is never a particle.
    words = sum(j == span.start or doc[j].lower_ not in NAME_PARTICLES for j in range(span.start, span.end))
    if not (2 <= words <= 3 and len(after) == 2 and after[0].text == "," and after[1].lower_ == "who"):
        return False
    # The clause must hang on the name, and the name must not be where a person before it works ("a lawyer at
    # Bailey & Glasser, who represents"), which the parse may read the same way.
    clause = after[1].head
    return (clause.dep_ == "relcl" and span.start <= clause.head.i < span.end and clause.head.dep_ != "pobj"
            and not any(doc[j].text in places() for j in range(span.start, span.end)))


def titled_person(ent: Any) -> bool:
    """A person's title and then a name, all capitalised ("Mayor Jane Doe", "Housing Minister Rita Lobo"), in a
    span the model filed as something other than a people's, a place's, an organisation's or a nationality's name
    (as a work of art)."""
    words = list(ent)
    if ent.label_ in _LABELS or ent.label_ == "NORP" or len(words) < 2 or not any(
            w.lower_ in TITLES for w in words[:-1]):
        return False
    name = [w for w in words if w.lower_ not in TITLES]
    return bool(name) and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in name)


def _has_org_head(words: list[Any]) -> bool:
    return is_org_name([w.lower_ for w in words])


def is_org_name(words: list[str]) -> bool:
    """"Brookings Institution", "Ministry of ...", "Center for ...": an organisation word (of the lower-cased
    `words`) that ends the name or is followed by its complement, or one that opens it ("Minera Cordillera",
    "Grupo Bimbo", "Banco de Chile", "Statistics Korea")."""
    if len(words) >= 2 and words[0] in _ORG_FIRST_WORDS:
        return True
    for k, word in enumerate(words):
        if word in ORG_HEADS and (k == len(words) - 1 or words[k + 1] in {"of", "for", "on"}):
            return True
    return False


def _is_junk(doc: Any, span: _Span) -> bool:
    """Not a name: no capital, one letter ("X", the platform), a handle, a date word or a day's name ("St.
    Patrick" of "St. Patrick's Day"), page furniture."""
    text = doc[span.start:span.end].text
    words = [doc[j].lower_ for j in range(span.start, span.end) if any(c.isalnum() for c in doc[j].text)]
    if not words or not any(c.isupper() for c in text) or sum(c.isalpha() for c in text) < 2:
        return True
    if text.startswith(("@", "#")) or "http" in text or "www." in text or (
            text.isupper() and _ADDRESS.fullmatch(text)) or (
            any(c.isdigit() for c in text) and source_name(text) is None):  # "France 24" is a name
        return True  # a handle, or an address in capitals, a site's tag before its dateline ("TEMPO.CO, Jakarta -"),
        # where a name written as an address is a company's ("Amazon.com")
    if text in _CURRENCY_CODES or all(w in _CALENDAR or w.upper() in _TIME_ZONES for w in words) or (
            span.end < len(doc) and _opens_holiday(doc, span.end)):
        return True
    if len(words) >= 2 and words[0] in _WEATHER_SYSTEMS:
        return True  # "Storm Orla", "Hurricane Maria": a storm is no person, organisation or place
    if len(words) == 2 and words[1] == "time" and doc[span.start].text in places():
        return True  # "9:05 a.m. Friday (Beijing Time)": a clock's zone
    if any(doc[j].text in _HEADLINE_WORDS for j in range(span.start + 1, span.end)):
        return True
    if sum(doc[j].text in _QUOTATION_MARKS for j in range(span.start, span.end)) % 2:
        return True  # across a quotation's edge ('on X. "Serving Elmridge'); a nickname is quoted whole
    if span.end - span.start == 1 and (doc[span.start].text.rstrip(".") in HONORIFICS or words[0] in _KIN_WORDS):
        return True  # "Madam" of "Madam President", "Mum": a form of address, nobody's name
    if words[-1] in _TRADES and span.end < len(doc) and doc[span.end].lower_ in _TRADE_ROLES:
        return True  # "Shop owner Maria Okafor", "Taxi driver Jane Doe": what the person does, capitalised first
    if span.end - span.start == 1 and doc[span.start].text in OFFICE_INITIALS:
        return True  # "the CS said", "PS Ronoh": an office, as East African copy writes it
    if span.end - span.start == 1 and span.start >= 3 and doc[span.start - 1].text == ":" \
            and doc[span.start - 2].text.isupper() and doc[span.start - 3].text == "(":
        return True  # "(OSE: NORDV)": a share's ticker after its exchange
    if span.end - span.start == 1 and doc[span.start].tag_ == "JJ" and _DEMONYM.search(text) \
            and span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower \
            and text not in places():  # "other Caribbean ports" name a region
        return True  # "the central Ukrainian city": a people's adjective, no place's name
    if words == ["crown"] and span.end < len(doc) and doc[span.end].lower_ in ("prince", "princess"):
        return True  # "Crown Prince Sheikh Hamdan": the heir's title, no crown's organisation
    if len(words) == 1 and words[0] in _UNITS and span.start > 0 and doc[span.start - 1].like_num:
        return True  # "10,850 MW": a unit after its figure
    if words[-1] in ("no", "no.") and any(t.like_num for t in doc[span.end: span.end + 2]):
        return True  # "Signal No. 4", "Alert Level No. 3": a numbered warning, no organisation
    if words == ["bill"] and span.start >= 2 and doc[span.start - 1].text.istitle() \
            and doc[span.start - 2].lower_ == "the":
        return True  # "the Finance Bill": a law before parliament, no one called Bill
    return all(w in _BOILERPLATE | ORG_CONNECTIVES for w in words)


def _resolve(spans: list[_Span]) -> list[_Span]:
    """Non-overlapping spans in text order; a longer span wins over the pieces it covers."""
    chosen: list[_Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(j in taken for j in range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)
