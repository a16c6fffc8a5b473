"""One entry per real-world entity across the corpus, with every spelling found.

Mentions are grouped by a normalised key (apostrophes, acronym dots, "the" and case do not count), then
joined by the rules a copy desk applies when it reconciles names: the common variant table (US / U.S. /
United States), acronyms defined in the text ("US Central Command (CENTCOM)") or spelled by the initials
of exactly one name, organisations with and without a country prefix ("US Justice Department" / "Justice
Department"), transliterations (Hezbollah / Hizbollah), people with and without a middle name or initial, or
with their names in either order ("Sato Kenji" / "Kenji Sato"), and a surname or given name used alone for the
person its story names in full ("Ruto", "Hillary"). Every rule leaves two entries apart rather than join two
different entities when the corpus does not tell them apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from newstrace.annotate.entities import (
    COMPANY_SUFFIXES,
    COMPANY_TRADES,
    GENERATIONS,
    NAME_PARTICLES,
    ORG_CONNECTIVES,
    defines,
    father_surname,
    is_acronym,
    is_org_name,
    without_nickname,
    word_acronym,
)
from newstrace.annotate.nlp import GIVEN_NAME_SHORT
from newstrace.extract.credits import common_word, press_word
from newstrace.gazetteer import VARIANTS, name_key, place_keys, places, undot, variant_rows
from newstrace.link.credit import site_names
from newstrace.models import Document, Entity, EntityType, Mention
from newstrace.sources import SOURCES, ambiguous, source_name

_TYPE_PRIORITY: dict[str, int] = {"ORG": 2, "PLACE": 1, "PERSON": 0}
# Short forms of "Mohammad" and "Mosammat" that South and Southeast Asian copy writes first and drops later, as a
# name key writes them.
_GIVEN_SHORT_FORMS = frozenset(name_key(short).rstrip(".") for short in GIVEN_NAME_SHORT)
_CHINESE_GIVEN = re.compile(r"[a-z]+-[a-z]+")  # a romanised given name of two syllables, as a name key writes it
_NATIONAL = frozenset({"us", "u.s.", "united states", "federal", "national"})  # before a nation's body's name
_NASAB = frozenset({"bin", "ibn", "bint", "binti"})  # "son of", "daughter of" in Arabic and Malay names
_KEY_PARTICLES = frozenset(map(name_key, NAME_PARTICLES))  # as name keys write them ("o" of "Ó Dálaigh")
_FUZZY_MIN = 90.0  # rapidfuzz ratio on skeletons for a transliteration
_FUZZY_MIN_LENGTH = 6  # shorter skeletons must match exactly
_SURNAME_FUZZY_MIN = 80.0  # a surname two outlets of one story spell apart: "tiani" / "tchiani" 83
_WORD_FUZZY_MIN = 75.0  # each word of a fuzzy pair: "hizbulah" / "hizbalah" 87.5
_DEFINITION = re.compile(r"\s*(?:\(\s*|,\s+(?:or|also known as|known as)\s+)([A-Z][A-Za-z0-9&.\-]{1,11})\b")
# Words of a company's legal form or trade, after its name ("Upjohn Co.", "Reuters Holdings PLC", "McKinsey & Co.",
# "Walter Energy", "Nimbra Health Inc.").
_LEGAL_WORDS = COMPANY_SUFFIXES | COMPANY_TRADES | {"international", "holdings", "group", "corporation", "company",
                                                    "incorporated", "limited", "&", "health", "healthcare", "medical",
                                                    "therapeutics", "robotics", "software", "newswires"}
# A surname's reading prevails in stories that do not tell when this many stories tell it, and this share of
# those that tell.
_PREVAILING_STORIES, _PREVAILING_SHARE = 10, 0.9
# Public bodies a story names again by their kind alone, capitalised ("the Ministry", "the Council").
_BODY_KINDS = frozenset({"ministry", "department", "council", "commission", "committee", "authority", "agency",
                         "board", "tribunal", "bureau", "directorate", "inspectorate", "secretariat"})
_WORD = re.compile(r"\w+")
_ISLAND_WORDS = frozenset({"island", "isle", "atoll"})
# The Arabic article as papers transliterate it ("el-Sisi", "al-Sissi", "ul-Haq"): one word, however spelled.
# Arabic's article inside a name, hyphened or not ("El-Sayed", "Al Busaidi"); a name's first word with a space after
# it is a given name ("Al Gore").
_ARABIC_ARTICLE = re.compile(r"(?:(?<=\s)|^)(?:el|al|ul)-|(?<=\s)(?:el|al|ul)\s")
# "Abd" and the article that joins it to one of God's names, however written: "Abdel-Rahman", "Abdul Rahman",
# "Abdulrahman", "Abd al-Rahman".
_ABD = re.compile(r"(?<![^\W\d_])abd[\s-]?[aeiu]l[\s-]?")
# Given names that English copy transliterates from Ukrainian or from Russian ("Yevhen" / "Yevgeny"), and common
# English forms: each group is one name.
_GIVEN_SPELLINGS = {spelling: group.split()[0] for group in (
    "yevhen yevgeny yevgeniy evgeny evgeniy", "oleksandr aleksandr alexander alexandr", "volodymyr vladimir",
    "serhiy serhii sergei sergey sergiy", "mykola nikolai nikolay", "andriy andrii andrei andrey",
    "oleksiy oleksii alexei aleksei alexey", "dmytro dmitry dmitri dmitriy", "yuriy yurii yuri yury",
    "mykhailo mikhail", "vitaliy vitalii vitaly", "petro pyotr petr", "ihor igor", "hennadiy hennadii gennady",
    "valeriy valerii valery", "anatoliy anatolii anatoly", "vasyl vasily vasiliy", "hryhoriy grigory",
    "kostiantyn konstantin", "olha olga", "tetiana tatiana tatyana", "nataliya natalia natalya") for spelling in
    group.split()}
_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_VOWELS = str.maketrans({"e": "i", "y": "i", "o": "u"})


@dataclass
class _Node:
    """Every mention that shares one name key."""

    types: Counter[str] = field(default_factory=Counter)
    spellings: Counter[str] = field(default_factory=Counter)
    docs: set[str] = field(default_factory=set)
    # Types the articles state rather than the model's guess: a dateline's place, "the town of X", a credited
    # source.
    stated: Counter[str] = field(default_factory=Counter)
    person_in: set[str] = field(default_factory=set)  # the documents that tag it a person's name ...
    other_in: set[str] = field(default_factory=set)  # ... and those that tag it anything else

    @property
    def type(self) -> EntityType:
        return _vote(self.types, self.stated)

    def add(self, spelling: str, typ: str, doc_id: str, stated: bool = False) -> None:
        self.types[typ] += 1
        self.spellings[spelling] += 1
        self.docs.add(doc_id)
        if stated:
            self.stated[typ] += 1
        (self.person_in if typ == "PERSON" else self.other_in).add(doc_id)


class _Groups:
    """Union-find over name keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_entities(documents: list[Document], stories: list[list[str]] | None = None) -> list[Entity]:
    """One entry per real-world entity, with every spelling found in the corpus. `stories` (partitions of the
    document ids) tell which pages report one event, whose people a bare surname may stand for."""
    nodes, by_doc = _collect(documents)
    groups = _Groups()
    for key in nodes:
        groups.find(key)
        row = variant_rows().get(key)
        if row is not None:
            groups.union(key, f"#variant{row}")
    for a, b in _definitions(documents):
        if a in nodes and b in nodes:
            groups.union(a, b)
    told = {doc_id for story in stories or [] for doc_id in story}
    alone = [[d.article.id] for d in documents if d.article.id not in told]  # a story of its own
    story_of = {doc_id: n for n, story in enumerate([*(stories or []), *alone]) for doc_id in story}
    for rule in (_country_prefixes, _legal_forms, _legal_suffixes, _transliterations, _middle_names, _leading_names,
                 _nasab_names, _english_given_names, _name_orders, _expanded_prefixes, _paper_short_names,
                 _agency_names, _bodies_turned, _bodies_by_kind, _islands):
        for a, b in rule(nodes, groups):
            groups.union(a, b)
    for a, b in [*_initials(nodes, groups, story_of), *_respelled_surnames(nodes, story_of)]:
        groups.union(a, b)
    nodes = _short_names(nodes, by_doc, groups, story_of)
    members: dict[str, list[str]] = defaultdict(list)
    for key in nodes:
        members[groups.find(key)].append(key)
    entities = [_entity([nodes[k] for k in keys], keys) for keys in members.values()]
    _outlets_are_bodies(documents, entities)
    _spelled_elsewhere(documents, entities)
    return sorted(entities, key=lambda e: (-len(e.in_), e.name.casefold()))


def _outlets_are_bodies(documents: list[Document], entities: list[Entity]) -> None:
    """An outlet of the run, named in another's text, is an organisation, whatever its name's words ("Middle East Eye
    reported", which the model takes for a region's name), by its name or the one its address spells ("Ledger" of
    eledger.example)."""
    outlets = {key for d in documents if d.article.outlet
               for key in (name_key(d.article.outlet), *site_names(d.article.outlet))}
    for entity in entities:
        if entity.type != "ORG" and name_key(entity.name) in outlets:
            entity.type = "ORG"


def _spelled_elsewhere(documents: list[Document], entities: list[Entity]) -> None:
    """Add the documents that spell a known name where the model saw none: a small model misses a name
    without context ("HTS has promised ...") that another article of the corpus introduced. Names are matched
    as written, on word boundaries, outside the document's mentions ("Washington" in "Washington Post"); a
    name of two entries, one under three characters, a body's kind alone ("Ministry", which any ministry is
    called), a bare surname that another person of the document ends with, and a word (not an acronym) found
    unnamed in more documents than the entity is named in are left alone."""
    owner: dict[str, int] = {}
    shared: set[str] = set()
    for i, entity in enumerate(entities):
        for alias in entity.aliases:
            if owner.setdefault(alias, i) != i:
                shared.add(alias)
    by_lead: dict[str, list[str]] = defaultdict(list)
    for alias in owner.keys() - shared:
        first = _WORD.match(alias)
        if first and len(alias) >= 3 and any(c.isupper() for c in alias) and alias.lower() not in _BODY_KINDS:
            by_lead[first.group()].append(alias)
    named = [set(entity.in_) for entity in entities]
    unnamed: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        text, doc_id = document.article.text, document.article.id
        mentions = document.annotations.mentions
        surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON"}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for word in _WORD.finditer(text):
            if word.start() in covered:
                continue
            for alias in by_lead.get(word.group(), ()):
                end, i = word.start() + len(alias), owner[alias]
                if doc_id in named[i] or not text.startswith(alias, word.start()) or text[end:end + 1].isalnum() \
                        or (entities[i].type == "PERSON" and alias in surnames):
                    continue
                unnamed[alias].add(doc_id)
    # One word the model passed over in more documents than it named the entity in is mostly no name there:
    # an adjective ("Republican", "American") or a sentence's first word ("Look", "Make").
    for alias, docs in unnamed.items():
        entity = entities[owner[alias]]
        if " " in alias or is_acronym(alias) or len(docs) <= len(entity.in_):
            named[owner[alias]] |= docs
    for entity, docs in zip(entities, named, strict=True):
        if len(docs) > len(entity.in_):
            entity.in_ = sorted(docs)


def _collect(documents: list[Document]) -> tuple[dict[str, _Node], dict[str, dict[str, _Node]]]:
    """Mentions by name key; short names also by document, as each story may use one for another person."""
    nodes: dict[str, _Node] = defaultdict(_Node)
    by_doc: dict[str, dict[str, _Node]] = defaultdict(lambda: defaultdict(_Node))
    for document in documents:
        doc_id = document.article.id
        named = [(m.text, m.type, m.stated)
                 for m in (*document.annotations.mentions, *document.annotations.caption_mentions)]
        # The agency a text credits (its origin) is an organisation the article names; an address the page's markup
        # names as the original's ("example.com") is no name in it.
        if (origin := document.article.origin) and not _ADDRESS.fullmatch(origin):
            named.append((origin, "ORG", True))
        for text, typ, stated in named:
            key, spelling = _spelled(text)
            if key:
                nodes[key].add(spelling, typ, doc_id, stated)
                if _short(key):
                    by_doc[key][doc_id].add(spelling, typ, doc_id, stated)
    return dict(nodes), by_doc


@lru_cache(maxsize=1 << 16)
def _spelled(text: str) -> tuple[str, str]:
    """The name key and spelling of a mention."""
    # An editor's brackets inside a quotation ("[Hillary] Clinton") are no part of the name's spelling.
    text = re.sub(r"\s+", " ", re.sub(r"['’]s$", "", text.replace("[", "").replace("]", "")).strip())
    text = without_nickname(text)  # 'Ramon "Monching" Villareal Jr.' is Ramon Villareal Jr.
    return name_key(text), text


def _definitions(documents: list[Document]) -> Iterable[tuple[str, str]]:
    """("hayat tahrir al-sham", "hts") for "Hayat Tahrir al-Sham (HTS)" and "..., or HTS"."""
    for document in documents:
        text = document.article.text
        for mention in document.annotations.mentions:
            match = _DEFINITION.match(text, mention.end)
            if match is None:
                continue
            short = match.group(1)
            if (is_acronym(short) or word_acronym(short)) and (defines(short, mention.text) or (
                    text.startswith(")", match.end()) and _foreign_initials(short, mention))):
                yield name_key(mention.text), name_key(short)


def _foreign_initials(short: str, mention: Mention) -> bool:
    """Initials alone in brackets after an organisation's name of three words or more, that spell its name in its
    own language ("Disaster and Emergency Management Authority (AFAD)", "Doctors Without Borders (MSF)", "Polish Press
    Agency (PAP)"); not another agency's credit ("(AP)")."""
    return mention.type == "ORG" and len(mention.text.split()) >= 3 and is_acronym(short) and (
        source_name(short) in (None, source_name(mention.text)))


def _country_prefixes(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"State Department" joins "US State Department" when no other country's State Department is named."""
    places = place_keys()
    holders: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        words = key.split()
        for n in range(1, min(3, len(words) - 1) + 1):
            rest = " ".join(words[n:])
            if " ".join(words[:n]) in places and node.type == "ORG" and rest in nodes \
                    and nodes[rest].type == "ORG":
                holders[rest].add(groups.find(key))
    for rest, roots in holders.items():
        if len(roots) == 1:
            yield rest, next(iter(roots))


def _legal_forms(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"Northline Railway" joins "Northline Railway Co.": a company named again without its legal form alone."""
    for key, node in nodes.items():
        words = key.split()
        if node.type == "ORG" and len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
            name = " ".join(words[:-1]).rstrip(",")  # "Example Foods, Inc."
            if name in nodes and nodes[name].type == "ORG":
                yield key, name


def _legal_suffixes(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"Upjohn" joins "Upjohn Co.", "Amnesty" "Amnesty International" and "Walter" "Walter Energy": a company
    named again without the words of its legal form or trade, when one organisation of the corpus has that name
    with them. A common word alone names others too ("United" the airline, not United Technologies)."""
    holders: dict[str, set[str]] = defaultdict(set)
    # A word alone that the model took for a person's name ("Eskom said") is the company's where no person of the
    # corpus has it for a name's part.
    name_words = {word for key, node in nodes.items() if node.type == "PERSON" and " " in key for word in key.split()}
    for key, node in nodes.items():
        words = key.split()
        n = len(words)
        while n > 1 and words[n - 1] in _LEGAL_WORDS:
            n -= 1
        name = " ".join(words[:n]).rstrip(",")
        if n < len(words) and node.type == "ORG" and name in nodes and (n > 1 or not common_word(name)) and (
                nodes[name].type == "ORG" or (n == 1 and nodes[name].type == "PERSON" and name not in name_words)):
            holders[name].add(groups.find(key))
    for name, roots in holders.items():
        if len(roots) == 1:
            yield name, next(iter(roots))


def _expanded_prefixes(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"UN Security Council" joins "United Nations Security Council" where "UN" is one entity with "United
    Nations": a body named after its parent, the parent shortened."""
    full_names: dict[str, list[str]] = defaultdict(list)
    for key in nodes:
        if " " in key:
            full_names[groups.find(key)].append(key)
    for key in nodes:
        first, _, rest = key.partition(" ")
        if rest and first in nodes and is_acronym(_spelling(nodes[first])):
            for full in full_names[groups.find(first)]:
                if (expanded := f"{full} {rest}") in nodes:
                    yield key, expanded


def _paper_short_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"the Sentinel" joins "The Verdano Sentinel": a paper named by the last word of its name, when one
    organisation of the corpus has a name ending with it."""
    papers: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        words = key.split()
        if node.type == "ORG" and len(words) > 1 and press_word(words[-1].title()):
            papers[words[-1]].add(groups.find(key))
    for word, roots in papers.items():
        if len(roots) == 1 and word in nodes and nodes[word].type == "ORG":
            yield word, next(iter(roots))


def _bodies_by_kind(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"the Ministry said" joins "Ministry of Municipality", "the Department" "Fisheries Department": a public body
    named again by its kind alone, when every page that does so names one body of that kind, the same one."""
    bodies: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, node in nodes.items():
        words = key.split()
        if node.type != "ORG" or len(words) < 2:
            continue
        for kind in {words[-1], words[0] if words[1] in ORG_CONNECTIVES else ""} & _BODY_KINDS:
            for doc_id in node.docs:
                bodies[(doc_id, kind)].add(groups.find(key))
    for kind in _BODY_KINDS:
        bare = nodes.get(kind)
        if bare is None or bare.type != "ORG":
            continue
        named = [bodies.get((doc_id, kind), set()) for doc_id in bare.docs]
        if all(len(roots) == 1 for roots in named) and len(roots := set.union(*named)) == 1:
            yield kind, roots.pop()


def _islands(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """"Ukerewe Island" and "Ukerewe": a place named with and without the word for what it is, where the name alone
    is a place's too (not "Rhode Island" and a person "Rhode"), and no city: one the gazetteer knows, or a dateline's
    ("VANCOUVER" of a story on "Vancouver Island" is the city)."""
    known = place_keys()
    for key, node in nodes.items():
        words = key.split()
        if node.type == "PLACE" and len(words) >= 2 and words[-1] in _ISLAND_WORDS and (
                bare := nodes.get(" ".join(words[:-1]))) is not None and bare.type == "PLACE" \
                and " ".join(words[:-1]) not in known and not all(spelling.isupper() for spelling in bare.spellings):
            yield key, " ".join(words[:-1])


def _bodies_turned(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """A public body named kind first and kind last ("Ministry of Public Works and Housing", "Public Works and Housing
    Ministry"; "Department of Health", "Health Department"): one body."""
    for key, node in nodes.items():
        words = key.split()
        if node.type == "ORG" and len(words) >= 3 and words[0] in _BODY_KINDS and words[1] == "of":
            field = words[3:] if words[2] == "the" else words[2:]
            turned = " ".join([*field, words[0]])
            # Not where the name stands for a state's or a city's body ("Department of State" read as the Florida
            # Department of State): "State Department" is the nation's.
            if field and turned in nodes and nodes[turned].type == "ORG" and not any(
                    other.endswith(" " + key) and other[: -len(key)].strip() not in _NATIONAL
                    and groups.find(other) == groups.find(key) for other in nodes):
                yield key, turned


def _agency_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """An agency's spellings ("Kyodo", "Kyodo News"; "Fars News Agency", its tag "FNA") where both name an
    organisation; short initials that are other words too ("PA", "AA", "CP") stand for other bodies as often, and a
    name alone may be a person's ("Bloomberg")."""
    for spellings in SOURCES.values():
        keys = [key for spelling in spellings if (len(spelling) > 3 or " " in spelling or (
                source_name(spelling) and not ambiguous(spelling)))
                and (key := name_key(spelling)) in nodes and nodes[key].type == "ORG"]
        yield from ((keys[0], key) for key in keys[1:])
    # Its name and then its initials, as a rewrite introduces it ("Bulgarian News Agency BTA reported").
    sources = {name_key(spelling): short for short, spellings in SOURCES.items() for spelling in spellings}
    for key, node in nodes.items():
        name, _, initials = key.rpartition(" ")
        if node.type == "ORG" and name and sources.get(name) is not None and sources.get(name) == sources.get(initials):
            yield from ((key, other) for other in (name, initials) if other in nodes and nodes[other].type == "ORG")


def _ascii_letters(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", ascii_text)


def skeleton(key: str) -> str:
    """A spelling-insensitive form for transliterations: ASCII letters only, e/i/y and o/u folded,
    doubled letters single ("Hezbollah", "Hizbolah" -> "hizbulah")."""
    return re.sub(r"(.)\1+", r"\1", _ascii_letters(key).translate(_VOWELS))


def _transliterations(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """Names of one type with one skeleton; organisations and places also with skeletons a letter or two
    apart when they differ word for word only in spelling ("Hizbullah" / "Hizballah", never "Air Force" /
    "Space Force"). People need equal skeletons: "Michael" / "Michaela" are two names, not two spellings; and a
    short word has too few letters to tell a spelling from another name (see `_one_skeleton`)."""
    # A person's name is compared in the form its spellings agree on, worked out once per name.
    forms = {key: _person_form(key) if node.type == "PERSON" else key for key, node in nodes.items()}
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        letters = _ascii_letters(forms[key])
        if not is_acronym(_spelling(node)) and letters:
            buckets[(letters[0], node.type)].append(key)
    for (_, typ), keys in buckets.items():
        skeletons = [skeleton(forms[k]) for k in keys]
        first: dict[str, str] = {}
        for key, skel in zip(keys, skeletons, strict=True):
            if skel in first and _one_skeleton(first[skel], key, skel, typ, forms):
                yield first[skel], key
            first.setdefault(skel, key)
        long = [i for i, skel in enumerate(skeletons) if len(skel) >= _FUZZY_MIN_LENGTH]
        if typ == "PERSON" or len(long) < 2:
            continue
        # One vectorised pass per bucket keeps this linear-ish on corpora with many thousand names.
        scores = process.cdist([skeletons[i] for i in long], [skeletons[i] for i in long], scorer=fuzz.ratio,
                               score_cutoff=_FUZZY_MIN, dtype=np.uint8)
        for a, b in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
            if _respelled(keys[long[a]], keys[long[b]]):
                yield keys[long[a]], keys[long[b]]


def _person_form(key: str) -> str:
    """A person's name key as its spellings agree: the given name in one transliteration, Arabic's article dropped and
    "Abd" joined to the name it opens ("Abdel-Rahman El-Sayed", "Abdulrahman Al Sayed" -> "abdalrahman sayed")."""
    given, _, rest = key.partition(" ")
    form = f"{_GIVEN_SPELLINGS.get(given, given)} {rest}".strip()
    return _ARABIC_ARTICLE.sub("", _ABD.sub("abdal", form))


def _one_skeleton(a: str, b: str, skel: str, typ: str, forms: dict[str, str]) -> bool:
    """Whether two names with one skeleton are one name: for people, as many words ("Maria Ochoa" /
    "Mariaochoa" is no person); two short words with other letters only when they are places, whose names are
    few ("Libya" / "Lybia", where "Hill" / "Hell" and "Jane" / "Janey" are two names)."""
    words = len(a.split())
    # "Abdel Fattah el-Sisi" and "Abdel-Fattah al-Sissi": as many words each, a hyphen or a space between them.
    if typ == "PERSON" and len(forms[a].replace("-", " ").split()) != len(forms[b].replace("-", " ").split()):
        return False
    short = words == 1 and len(b.split()) == 1 and len(skel) < _FUZZY_MIN_LENGTH
    return not short or typ == "PLACE" or _ascii_letters(a) == _ascii_letters(b)


def _respelled(a: str, b: str) -> bool:
    """Whether two names differ only in how their words are spelled: as many words, and each pair with one
    skeleton or the same first letter and most letters shared."""
    words_a, words_b = re.findall(r"[^\W_]+", a), re.findall(r"[^\W_]+", b)
    return len(words_a) == len(words_b) and all(
        skeleton(x) == skeleton(y) or (x[0] == y[0] and fuzz.ratio(skeleton(x), skeleton(y)) >= _WORD_FUZZY_MIN)
        for x, y in zip(words_a, words_b, strict=True))


def initials(name: str) -> str:
    """Capitals that open the words of a name, particles skipped: "Hayat Tahrir al-Sham" -> "HTS",
    "Associated Press" -> "AP", "Jama'at Nusrat al-Islam wal-Muslimin" -> "JNIM"."""
    parts = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", name)
    skip = NAME_PARTICLES | {"of", "for", "the", "and"}
    return "".join(p[0].upper() for p in parts if p.lower() not in skip)


def _initials(nodes: dict[str, _Node], groups: _Groups, story_of: dict[str, int]) -> Iterable[tuple[str, str]]:
    """"EPA" joins "Environmental Protection Agency" when exactly one multi-word name of its type in the
    corpus has those initials and one story has both: a writer spells a name out before abbreviating it,
    and "NBC" in one story is not the "National Baptist Convention" of another."""
    by_initials: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, node in nodes.items():
        if len(key.split()) >= 2 and node.type != "PERSON":
            by_initials[(initials(_spelling(node)), node.type)][groups.find(key)] |= node.docs
    # An acronym already joined to a full name (defined in the text, or a known variant) stays put.
    placed = {groups.find(k) for k, n in nodes.items() if not is_acronym(_spelling(n))}
    placed |= {groups.find(k) for k in nodes if k in variant_rows()}
    for key, node in nodes.items():
        spelling = _spelling(node)
        if not is_acronym(spelling) or node.type == "PERSON" or groups.find(key) in placed:
            continue
        # "OG&E" of "Oklahoma Gas and Electric": the ampersand stands for the "and" the initials skip.
        roots = by_initials.get((spelling.replace(".", "").replace("&", "").upper(), node.type), {})
        if len(roots) == 1:
            root, docs = next(iter(roots.items()))
            if {story_of.get(d) for d in docs} & {story_of.get(d) for d in node.docs}:
                yield key, root


def _respelled_surnames(nodes: dict[str, _Node], story_of: dict[str, int]) -> Iterable[tuple[str, str]]:
    """One person whose surname the outlets of one story transliterate apart ("Abdourahamane Tiani" / "Abdourahamane
    Tchiani"): the same given names, surnames of one first letter whose skeletons are a letter or two apart. Within
    one story only, where two people of one given name and such surnames are rare ("John Kelly" / "John Kerry" are
    further apart)."""
    by_given: dict[tuple[int | None, str], set[str]] = defaultdict(set)
    for key, node in nodes.items():
        if node.type == "PERSON" and len(words := key.split()) >= 2:
            for story in {story_of.get(d) for d in node.docs}:
                by_given[(story, " ".join(words[:-1]))].add(key)
    for keys in by_given.values():
        for a, b in combinations(sorted(keys), 2):
            x, y = skeleton(a.split()[-1]), skeleton(b.split()[-1])
            if x[:1] == y[:1] and max(len(x), len(y)) >= _FUZZY_MIN_LENGTH and fuzz.ratio(x, y) >= _SURNAME_FUZZY_MIN:
                yield a, b


def _middle_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """Full names with the same first name, last name and middle initials are one person ("James C. Kopp",
    "James Charles Kopp"), and the name without the middle joins them ("Donald Trump", "Hillary Rodham
    Clinton") when no other person of the corpus shares the first and last names ("George W. Bush" and
    "George H.W. Bush" leave "George Bush" alone)."""
    longer: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, node in nodes.items():
        words = _without_generation(key.split())
        # The surname with its particles ("Mattar Khalfan Al Shamsi", "Mattar Al Shamsi"): "Al" is no middle name.
        last = len(words) - 1
        while last > 1 and words[last - 1] in _KEY_PARTICLES:
            last -= 1
        # "Bill and Hillary Clinton" is two people, not a middle name. A full name of four words the model took for an
        # organisation's ("Brice Clotaire Oligui Nguema") is a person's where no organisation's word names it.
        person = node.type == "PERSON" or (node.type == "ORG" and len(words) >= 4 and not is_org_name(words))
        if person and last >= 2 and not ORG_CONNECTIVES & set(words[1:last]):
            longer[" ".join([words[0], *words[last:]])][_middle_initials(words[1:last])].append(key)
    for short, by_middle in longer.items():
        for keys in by_middle.values():
            yield from ((keys[0], key) for key in keys[1:])
        # One outlet leaves out one of two middle names ("Brice Clotaire Oligui Nguema", "Brice Oligui Nguema"): where
        # no third person shares the first and last names, the names whose middles one holds in order are one.
        if len(by_middle) == 2 and _within((middles := sorted(by_middle, key=len))[0], middles[1]):
            yield by_middle[middles[0]][0], by_middle[middles[1]][0]
        # The model may take the name without the middle for an organisation's ("Nigeria's Bola Tinubu and ..."),
        # though no organisation is named like a person's first and last names.
        if short in nodes and (nodes[short].type == "PERSON" or (
                nodes[short].type == "ORG" and not is_org_name(short.split()))) and len(by_middle) == 1:
            yield short, next(iter(by_middle.values()))[0]


def _leading_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """A person named with a leading given name or its short form that other copy leaves out ("Md Abu Zafar Ripon",
    "Abu Zafar Ripon"; "Md Kamal Hossain", "Kamal Hossain"), or two ("Luiz Inácio Lula da Silva", "Lula da Silva"):
    the name without them, of three words or more, or of two after a short form, when the corpus names no one else
    so."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key, node in nodes.items():
        words = key.split()
        if node.type == "PERSON" and len(words) >= 3:
            longer[" ".join(words[1:])].append(key)
            if len(words) >= 5:
                longer[" ".join(words[2:])].append(key)
    for short, keys in longer.items():
        lead = keys[0].split()[0]
        if len(keys) == 1 and short in nodes and nodes[short].type == "PERSON" and (
                len(short.split()) >= 3 or lead.rstrip(".") in _GIVEN_SHORT_FORMS):
            yield short, keys[0]


def _nasab_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """A person called by given name and father's name ("Hamdan bin Saif") whom other copy names with the family name
    after them ("Hamdan bin Saif Al Nuaimi"), as Arabic and Malay names are shortened, when the corpus names no one
    else so."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key, node in nodes.items():
        words = key.split()
        if node.type == "PERSON" and len(words) >= 4 and words[1] in _NASAB:
            longer[" ".join(words[:3])].append(key)
    for short, keys in longer.items():
        if len(keys) == 1 and short in nodes and nodes[short].type == "PERSON":
            yield short, keys[0]


def _english_given_names(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """A Hong Kong name, an English given name before the family name and a hyphenated Chinese one after it ("Martin
    Kwok Wing-hei"), that other copy gives without either given name ("Martin Kwok", "Kwok Wing-hei"): one person,
    when the corpus names no one else so."""
    shorter: dict[str, list[str]] = defaultdict(list)
    for key, node in nodes.items():
        words = key.split()
        if node.type == "PERSON" and len(words) == 3 and _CHINESE_GIVEN.fullmatch(words[-1]):
            shorter[" ".join(words[:2])].append(key)
            shorter[" ".join(words[1:])].append(key)
    for short, keys in shorter.items():
        if len(keys) == 1 and short in nodes and nodes[short].type == "PERSON":
            yield short, keys[0]


def _name_orders(nodes: dict[str, _Node], groups: _Groups) -> Iterable[tuple[str, str]]:
    """A person named family name first in one copy and given name first in another ("Sato Kenji" by a Korean agency,
    "Kenji Sato" by a Japanese one): two words, the same two."""
    for key, node in nodes.items():
        words = key.split()
        if node.type == "PERSON" and len(words) == 2 and words[0] < words[1]:
            other = f"{words[1]} {words[0]}"
            if other in nodes and nodes[other].type == "PERSON":
                yield key, other


def _within(short: str, long_: str) -> bool:
    """Whether the letters of `short` stand in `long_` in the same order (a name's middle initials)."""
    letters = iter(long_)
    return all(letter in letters for letter in short)


def _middle_initials(words: list[str]) -> str:
    """"c." and "charles" -> "c"; "h.w." -> "hw"."""
    letters = [w.replace(".", "") for w in words]
    return "".join(w if len(w) <= 2 else w[0] for w in letters)


def _without_generation(words: list[str]) -> list[str]:
    """A name's words without a generation after them ("Jr.", "III")."""
    return words[:-1] if len(words) > 2 and words[-1].rstrip(".,") in GENERATIONS else words


def _spelling(node: _Node) -> str:
    return node.spellings.most_common(1)[0][0]


def _short_names(nodes: dict[str, _Node], by_doc: dict[str, dict[str, _Node]],
                 groups: _Groups, story_of: dict[str, int]) -> dict[str, _Node]:
    """A short name (one word, or a surname with its particle) joins the person it stands for in each
    document: the one full name of the document that ends with it ("Ruto" after "William Ruto") or opens with
    it ("Hillary" after "Hillary Clinton"). Documents that name no such person take the surname's prevailing
    reading (see `_prevailing`; where no document tells, the corpus's one full name ending with it); given
    names are not read across documents. Two readings ("Joe Biden" in one story, "Hunter Biden" alone in
    another) split the name between them, and documents that do not say which stay apart. Returns the nodes,
    a split one replaced by one node per person."""
    near, given, anywhere = _readings(nodes, by_doc, groups)
    in_story: dict[tuple[int, str], set[str]] = defaultdict(set)
    for (doc_id, surname), people in near.items():
        in_story[(story_of[doc_id], surname)] |= people
    out = dict(nodes)
    for key, node in nodes.items():
        if not _short(key) or (node.type != "PERSON" and not _placed_surname(key, node, in_story, story_of)):
            continue
        told = [near[(d, key)] for d in node.docs if (d, key) in near]
        fallback = _prevailing([r for r in told if len(r) == 1]) if told else _one(anywhere.get(key, set()))
        targets = {d: _one(near.get((d, key), set()) | given.get((d, key), set())) or fallback for d in node.docs}
        if len(chosen := set(targets.values())) == 1 and (person := chosen.pop()) is not None:
            groups.union(key, person)
            if node.type != "PERSON":
                out[key] = _Node(Counter({"PERSON": node.types.total()}), node.spellings, node.docs)
            continue
        if node.type != "PERSON":
            continue  # a place-like surname joins a person only where every page tells the same one
        for person in {t for t in targets.values() if t is not None}:
            part = f"{key}@{person}"
            out[part] = _merged(by_doc[key][d] for d, t in targets.items() if t == person)
            groups.union(part, person)
        rest = [by_doc[key][d] for d, t in targets.items() if t is None]
        if rest:
            out[key] = _merged(rest)
        else:
            del out[key]
    return out


def _placed_surname(key: str, node: _Node, in_story: dict[tuple[int, str], set[str]], story_of: dict[str, int]) -> bool:
    """A one-word name the model took for a place ("Okoro was left unmarked"), which no page says is one and no
    gazetteer knows, and which is the surname of exactly one person that the pages of its story name in full ("Dan
    Okoro" in the agency's match report): a town of the same name is reported in other stories."""
    if node.type != "PLACE" or node.stated or key in place_keys():
        return False
    readings = [in_story.get((story_of[d], key), set()) for d in node.docs]
    return all(len(r) == 1 for r in readings) and len({next(iter(r)) for r in readings}) == 1


_Readings = dict[tuple[str, str], set[str]]


def _readings(nodes: dict[str, _Node], by_doc: dict[str, dict[str, _Node]],
              groups: _Groups) -> tuple[_Readings, _Readings, dict[str, set[str]]]:
    """The people a short name may stand for: by (document, surname), by (document, given name), and by
    surname anywhere in the corpus."""
    near: _Readings = defaultdict(set)
    given: _Readings = defaultdict(set)
    anywhere: dict[str, set[str]] = defaultdict(set)
    for key, node in nodes.items():
        if not _short(key) and (node.type == "PERSON" or _called_by_surname(key, node, by_doc)):
            root = groups.find(key)
            for surname in _surname_keys(key):
                anywhere[surname].add(root)
                for doc_id in node.docs:
                    near[(doc_id, surname)].add(root)
            for doc_id in node.docs:
                given[(doc_id, key.split()[0])].add(root)
    for (doc_id, father), roots in _fathers_names(nodes, by_doc, groups).items():
        if (doc_id, father) not in near and (doc_id, father) not in given:
            near[(doc_id, father)] = roots
    return near, given, anywhere


def _fathers_names(nodes: dict[str, _Node], by_doc: dict[str, dict[str, _Node]], groups: _Groups) -> _Readings:
    """The first of two family names that end a person's name ("duque" of "hernando duque gómez"), by document:
    what Spanish usage calls the person by, read only where no one's surname or given name is that word."""
    fathers: _Readings = defaultdict(set)
    for key, node in nodes.items():
        words = key.split()
        # A name written only in capitals is as often a headline's words ("WASSERMAN SCHULTZ RESIGNS").
        if len(words) >= 2 and father_surname(words[-2], key) and (
                node.type == "PERSON" or _called_by_surname(key, node, by_doc)) and not all(
                spelling.isupper() for spelling in node.spellings):
            for doc_id in node.docs:
                fathers[(doc_id, words[-2])].add(groups.find(key))
    return fathers


def _called_by_surname(key: str, node: _Node, by_doc: dict[str, dict[str, _Node]]) -> bool:
    """Whether a full name is a person's because a page that names it only as one calls the person by the surname
    alone ("Councilman Tyrell Banks ... Banks said"), however often the model took it for a group elsewhere ("Two
    council members, including Tyrell Banks,")."""
    # A word English uses often is as likely a law's or a place's last word ("the Dodd-Frank Act", "the Act").
    return any((short := by_doc.get(surname, {}).get(doc_id)) is not None and short.type == "PERSON"
               for surname in _surname_keys(key) if not common_word(surname)
               for doc_id in node.person_in - node.other_in)


def _prevailing(readings: list[set[str]]) -> str | None:
    """The person that the stories telling who a surname is name nearly always ("Obama": Barack Obama in 90
    stories, Michelle Obama in 3), whom a reader takes the bare name in other stories for; None when two
    readings are each common, or too few stories tell."""
    counts = Counter(next(iter(r)) for r in readings)
    if len(counts) <= 1:
        return next(iter(counts), None)
    leader, n = counts.most_common(1)[0]
    return leader if n >= _PREVAILING_STORIES and n >= _PREVAILING_SHARE * sum(counts.values()) else None


def _short(key: str) -> bool:
    """A name of one word, or a surname with its particle ("bin laden")."""
    words = key.split()
    return len(words) == 1 or (len(words) == 2 and words[0] in _KEY_PARTICLES)


def _one(roots: set[str]) -> str | None:
    return next(iter(roots)) if len(roots) == 1 else None


def _merged(parts: Iterable[_Node]) -> _Node:
    node = _Node()
    for part in parts:
        node.types.update(part.types)
        node.spellings.update(part.spellings)
        node.docs |= part.docs
        node.stated.update(part.stated)
        node.person_in |= part.person_in
        node.other_in |= part.other_in
    return node


def _surname_keys(key: str) -> set[str]:
    """The last word of a name key before a generation ("joseph r. biden jr." -> "biden"), without its
    particle prefix ("al-zawahiri" -> "zawahiri") and with its particle word ("bin laden"). "Donald Jr."
    names no surname."""
    words = _without_generation(key.replace(",", " ").split())
    last = words[-1]
    if last.rstrip(".") in GENERATIONS:
        return set()
    head, _, rest = last.partition("-")
    keys = {last, rest} if rest and head in _KEY_PARTICLES else {last}
    if len(words) >= 3 and words[-2] in _KEY_PARTICLES:
        keys.add(f"{words[-2]} {last}")  # "bin laden" after "osama bin laden"
    if len(words) >= 3 and _CHINESE_GIVEN.fullmatch(last):
        keys.add(words[-2])  # "ho" of "ivan ho chun-yin"
    return keys


def _entity(group: list[_Node], keys: list[str]) -> Entity:
    rows = [variant_rows()[k] for k in keys if k in variant_rows()]
    merged = _merged(group)
    if rows:
        typ, names = VARIANTS[Counter(rows).most_common(1)[0][0]]
        name, extra = names[0], list(names[:2])
    else:
        typ = "ORG" if merged.type == "PERSON" and _company_named_alone(group, keys) else merged.type
        # A person's initials keep their dots ("R.M.S.K. Dissanayake"); a body's lose them ("US State Department").
        shown = _display(merged.spellings, typ)
        name, extra = (shown if typ == "PERSON" else undot(shown)), []
    aliases = list(dict.fromkeys([name, *(s for s, _ in merged.spellings.most_common()), *extra]))
    return Entity(name=name, type=typ, aliases=aliases, in_=sorted(merged.docs))


def _company_named_alone(group: list[_Node], keys: list[str]) -> bool:
    """A company that copy names in full with its legal form or trade ("Eskom Group") and elsewhere by its one word,
    which the model may take for a person's name ("Eskom said"): no person's full name is among its spellings."""
    full = [(node, key.split()) for node, key in zip(group, keys, strict=True) if " " in key]
    return bool(full) and all(words[-1] in _LEGAL_WORDS and node.type == "ORG" for node, words in full)


def _vote(types: Counter[str], stated: Counter[str]) -> EntityType:
    """The type the articles state, else the one the model gave most mentions."""
    votes = stated or types
    best = max(votes, key=lambda t: (votes[t], _TYPE_PRIORITY[t]))
    return "PERSON" if best == "PERSON" else "ORG" if best == "ORG" else "PLACE"


def _display(spellings: Counter[str], typ: str) -> str:
    """The most complete full form, as a sentence writes it rather than a dateline's capitals, then the most
    frequent: a name over its acronym or bare surname ("RNZ Pacific" over "RNZ PACIFIC" and "RNZ")."""
    full = [s for s in spellings if not is_acronym(s)] or list(spellings)
    if typ == "PERSON":
        full = [s for s in full if len(s.split()) > 1] or full
    name = max(full, key=lambda s: (len(s.split()), not s.isupper(), spellings[s], s))
    # A place named only in a dateline's capitals ("ANKARA") is shown as the gazetteer writes it.
    return titled if typ == "PLACE" and name.isupper() and (titled := name.title()) in places() else name
