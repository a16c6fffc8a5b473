"""Speaker names for quotations: the fullest form of a person's name in the article, the noun phrase of
a speaker that is not a named person ("a spokesman", "the White House"), and pronoun antecedents.

A "he" or "she" is resolved the way a reader does it in news prose: to the subject of the sentences
before it (the speaker stays in subject position while the story follows them), skipping people the
article shows to be of the other gender. An article tells a person's gender itself: "Mr."/"Ms.", a
gendered role noun next to the name ("the actress", "his wife"), or the pronouns of the sentences that
name that person and nobody else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newstrace.annotate.entities import (
    NAME_PARTICLES,
    OFFICE_INITIALS,
    POST_NOMINALS,
    ROLES,
    father_surname,
    generation,
    honour_words,
    hyphenated_name,
    rare_names,
    surnames,
    titled_person,
    without_nickname,
    word_set,
)
from newstrace.models import Mention

TITLES = word_set("""
    mr mr. mrs mrs. ms ms. miss madam dr dr. sir dame lord lady rev rev. fr fr. prof prof. president vice
    sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. general col col. maj maj.
    capt capt. adm adm. sgt sgt. secretary minister premier chancellor mayor judge justice ambassador
    deputy assistant chief commander former candidate nominee chairman chairwoman chairperson chair speaker leader
    state of the u.s. us prime king queen prince princess pope cardinal archbishop rabbi imam bishop attorney first
    lady democratic republican gop presidential democrat dem. r-n.y. spokesman spokeswoman spokesperson councillor
    councilor sergeant constable inspector detective superintendent corporal officer det det. insp insp. supt supt.
    councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember
    professor associate clerk treasurer auditor comptroller sheriff coroner assessor registrar cllr cllr. mp
    cs ps mca caretaker acting interim akim colonel lieutenant captain major brigadier admiral rear commodore marshal
    collector executive director
""")
# What a person quoted is, as copy sets it before their name ("farmer Dale Whitcomb", "guest Karen Boudreau"), in
# capitals at a sentence's start; not words that open names as often ("Hunter", "Baker").
_DESCRIPTORS = word_set("""
    farmer guest witness resident neighbour neighbor shopkeeper nurse teacher student driver commuter passenger
    fisherman trader vendor shopper survivor volunteer worker activist economist analyst lawyer doctor physician
    homeowner landlord tenant parent mother father owner entrepreneur researcher scientist historian engineer pilot
    firefighter paramedic coach veteran retiree pensioner villager protester demonstrator motorist cyclist
""")
# Offices a story names a person by once it has named them with it: "President Ana Ruiz ... the president said".
OFFICES = word_set("""
    president minister premier chancellor senator governor mayor secretary ambassador general chairman
    chairwoman chairperson judge commander king queen prince pope spokesman spokeswoman spokesperson congressman
    congresswoman prosecutor director cs ps cardinal archbishop bishop
""")
# Roles a story calls a person it has named by, once it has ("the Florida senator", "the former secretary",
# "the billionaire businessman"); not words for someone it need not name ("the man", "the official").
EPITHETS = OFFICES | word_set("""
    candidate nominee frontrunner front-runner lawmaker businessman businesswoman billionaire tycoon mogul
    developer neurosurgeon surgeon actor actress singer leader lady star rapper comedian
""")
# Offices a story's world has one holder of: "the president" or "the mayor" is the one it named, "the senator"
# one of several.
_PORTFOLIO_AFTER = r"(?:\s+(?:of|for)(?:\s+(?:the|and|&|(?-i:[A-Z])[\w'’&-]*)){1,4})?"
SOLE_OFFICES = word_set("president premier chancellor king queen pope mayor judge")
# Offices held for a portfolio, which copy names before the office ("Finance Minister", "Home Secretary").
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary"})
# Words of an office's name that make it another office ("vice president", "prime minister").
OFFICE_PARTS = word_set("vice deputy assistant associate acting lieutenant prime foreign attorney")
# Short forms of titles before a name ("Sen. Ana Ruiz").
ABBREVIATED = {"senator": "sen.", "governor": "gov.", "congressman": "rep.", "congresswoman": "rep.",
               "secretary": "sec.", "general": "gen.", "president": "pres.", "representative": "rep."}
# Determiners and modifiers that belong to a descriptive speaker ("a senior official").
NP_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case"})
SUBJECT = frozenset({"nsubj", "nsubjpass"})
_OF_WORDS = 6  # of a descriptive speaker's "of" phrase ("the head of the junior doctors' union")
_FIELD_WORDS = 4  # of a role's field before its holder's name ("spokesperson on energy Kevin Mileham")
POSSESSIVE = re.compile(r"['’]s?$")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
MALE_WORDS = word_set("""
    mr mr. sir lord king prince father son brother husband uncle nephew grandfather boy man businessman
    congressman chairman spokesman actor sportsman councilman alderman
""")
FEMALE_WORDS = word_set("""
    mrs mrs. ms ms. miss madam dame lady queen princess mother daughter sister wife aunt niece grandmother girl
    woman businesswoman congresswoman chairwoman spokeswoman actress sportswoman councilwoman
    alderwoman
""")
# A subject whose verb heads its sentence, or runs on from it, is what the next "he" most likely means;
# the subject of a clause inside it ("... said that Cruz was a liar", "When Cruz spoke, ...") is not.
SUBORDINATE = frozenset({"ccomp", "relcl", "acl", "csubj", "advcl", "pcomp"})
GOVERNED = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def clean_name(name: str) -> str:
    """A person's name without titles before it, letters or a possessive after it, and without what the tagger ran
    it into: a book's or a label's words before a colon ("Perfect Enough: Carly Fiorina"), a photo credit's
    agency after a slash ("Jane Doe / Reuters")."""
    cut = without_nickname(name).rpartition(":")[2].partition("/")[0]
    if any(c.isalpha() for c in cut):
        name = cut
    words = POSSESSIVE.sub("", name.strip()).split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0] in OFFICE_INITIALS or honour_words(words)):
        words = words[honour_words(words) or 1:]
    if len(words) > 2 and words[0].lower() in _DESCRIPTORS:
        words = words[1:]  # "Farmer Dale Whitcomb, one of the plaintiffs, said": what he is, at a sentence's start
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()  # "Rosalind Achebe KC"
    # Whose people the name belongs to, in the possessive before it ("Rosatom's Vladimir Panov"), is no part of it.
    owner = max((i for i, w in enumerate(words[:-2]) if w.endswith(("'s", "’s"))), default=None)
    if owner is not None:
        words = words[owner + 1:]
    # An office named by its portfolio ("Housing Minister Rita Lobo", "Labour leader Keir Starmer"): the name is
    # what follows its title, when a first name and a surname do.
    office = max((i for i, w in enumerate(words[:-2]) if w.lower() in TITLES), default=None)
    return " ".join(words if office is None else words[office + 1:])


@dataclass
class _Subject:
    """A subject outside quotations: a person's name, or a he/she (name None until resolved)."""

    char: int
    name: str | None
    main: bool
    pronoun: str | None = None


class Names:
    """The people an article names, to expand a short mention and to resolve pronouns."""

    def __init__(self, doc: Any, quoted: Callable[[int], bool], mentions: Sequence[Mention] = ()) -> None:
        self.doc, self.quoted = doc, quoted
        # Not a name the entity rules read as a place's or an organisation's ("at Montego Bay, Falmouth and Ocho
        # Rios"), unless they read it as a person's elsewhere ("the Bernie Sanders presidential campaign").
        persons = {m.text for m in mentions if m.type == "PERSON"}
        others = {(m.start, m.end) for m in mentions if m.type != "PERSON" and m.text not in persons}
        people = [e for e in doc.ents if e.label_ == "PERSON" and clean_name(e.text)
                  and (e.start_char, e.end_char) not in others]
        # Where the entity rules cut an office's words from the model's person ("[Energy] Orkhan Zeynalov", of "Deputy
        # Minister of Energy Orkhan Zeynalov"), the name is theirs.
        ends = {m.end: m for m in mentions if m.type == "PERSON"}
        self.people = [(e.start_char, clean_name(m.text if (m := ends.get(e.end_char)) and m.start > e.start_char
                                                 else e.text), e.root) for e in people]
        self.surnames = {surname for _, name, _ in self.people for surname in surnames(name)}
        # The people the entity rules name in full where the model did not ("Harlow Rovers owner Marta Eklund",
        # taken for an organisation; "Mr Tunde Adeyemi", for a place, though "Adeyemi said" was a person's): whom
        # the surname alone then stands for.
        full = {name for _, name, _ in self.people}
        missed = [(m.start, name, span.root) for m in mentions
                  if m.type == "PERSON" and len((name := clean_name(m.text)).split()) > 1
                  and name not in full and (span := doc.char_span(m.start, m.end)) is not None]
        self.people += missed
        self.surnames |= {surname for _, name, _ in missed for surname in surnames(name)}
        self.people += self._retagged(self.surnames)
        self.people.sort(key=lambda p: p[0])
        self.gender = self._genders()
        self.subjects = self._subjects()

    def _retagged(self, surnames: set[str]) -> list[tuple[int, str, Any]]:
        """Mentions of a person the tagger named elsewhere but missed here ("Trump" as ORG, or no
        entity at all, even as a common noun): the surname of a PERSON of the article, capitalised."""
        found = []
        for tok in self.doc:
            if tok.pos_ not in ("PROPN", "NOUN") or tok.text not in surnames or tok.ent_type_ == "PERSON":
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.dep_ == "compound":
                continue  # "Trump Tower", "Obama administration"
            found.append((tok.idx, tok.text, tok))
        return found

    def _genders(self) -> dict[str, str]:
        votes: dict[str, Counter[str]] = {}
        sents = list(self.doc.sents)
        for k, sent in enumerate(sents):
            inside = [(n, root) for c, n, root in self.people if sent.start_char <= c < sent.end_char]
            for name, root in inside:
                self._title_votes(root, votes.setdefault(self.fullest(name), Counter()))
            outside = [(n, root) for n, root in inside if not self.quoted(root.idx)]
            if len({self.fullest(n) for n, _ in outside}) != 1 or outside[0][1].dep_ not in SUBJECT:
                continue
            # The one person a sentence names, as its subject, is who the pronoun subjects after them
            # there and in a next sentence that names nobody stand for.
            tally = votes.setdefault(self.fullest(outside[0][0]), Counter())
            follow = sents[k + 1] if k + 1 < len(sents) else None
            if follow is not None and any(follow.start_char <= c < follow.end_char for c, _, _ in self.people):
                follow = None
            for tok in [*sent[outside[0][1].i - sent.start + 1:], *(follow or [])]:
                if tok.lower_ in PRONOUN_GENDER and not self.quoted(tok.idx) and tok.dep_ in SUBJECT:
                    tally[PRONOUN_GENDER[tok.lower_]] += 1
        return {n: max(v, key=lambda g: v[g]) for n, v in votes.items() if v and v["m"] != v["f"]}

    @staticmethod
    def _title_votes(root: Any, tally: Counter[str]) -> None:
        """A title or role noun attached to the name: "Mr. Cruz", "the actress Susan Sarandon", "her
        husband, Bill Clinton"."""
        doc = root.doc
        near = [t for t in root.subtree if t.i <= root.i] + ([root.head] if root.dep_ == "appos" else [])
        near += [t for t in root.children if t.dep_ == "appos"] + ([doc[root.i - 1]] if root.i else [])
        for tok in near:
            if tok.lower_ in MALE_WORDS:
                tally["m"] += 3
            elif tok.lower_ in FEMALE_WORDS:
                tally["f"] += 3

    def _subjects(self) -> list[_Subject]:
        found = []
        for tok in self.doc:
            if tok.dep_ not in SUBJECT or self.quoted(tok.idx):
                continue
            main = tok.head.dep_ not in SUBORDINATE or (tok.head.dep_ == "ccomp" and self.quoted(tok.head.head.idx))
            # "..., with the two towns the worst hit": a subject of no verb is no clause's.
            main = main and (tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ == "ROOT")
            if tok.lower_ in ("he", "she"):
                found.append(_Subject(tok.idx, None, main, tok.lower_))
                continue
            name = self._person_at(tok) if tok.text[:1].isupper() or tok.ent_type_ == "PERSON" else None
            if name is None and tok.pos_ == "NOUN":
                name = self._apposed(tok)
            if name is not None:
                found.append(_Subject(tok.idx, name, main))
        return found

    def _apposed(self, noun: Any) -> str | None:
        """The person named beside a role noun: "The town's mayor, Jane Doe, said" has her as its subject."""
        for child in noun.children:
            if child.dep_ == "appos":
                named = [n for c, n, _ in self.people if child.left_edge.idx <= c <= child.idx]
                if named:
                    return self.fullest(named[-1])
        return None

    def spoke(self, char: int, name: str) -> None:
        """A named speaker of a quotation, tagged PERSON or not ("Calderon told CNBC"), is a subject."""
        if not any(s.char == char for s in self.subjects):
            self.subjects.append(_Subject(char, name, True))
            self.subjects.sort(key=lambda s: s.char)

    def fullest(self, name: str) -> str:
        """The longest person name of the article that ends like `name` (or opens so, where that is the family
        name: "Lee" of "Lee Jae-myung") and contains all its words, else the one whose father's family name it is
        ("Vichot" of "Rolando Vichot Almeida"), else the one person it is the given name of. Where
        two people share the name ("Murphy": Chris Murphy and Anne Marie Murphy), the one the article
        names more often, else first."""
        words = name.split()
        if not words:
            return name
        people: list[list[str]] = []  # the forms of each person's name, longest first
        named = [other for char, other, _ in self.people if not self.quoted(char)]  # not a coined nickname
        # A surname's particles are capitalised when it stands alone: "Van der Berg" of "Marieke van der Berg".
        fits = [other for other in named if words[-1] in surnames(other) and _particles_small(words) < _particles_small(
            other.split())]
        if not fits and len(words) == 1:
            fits = [other for other in named if father_surname(name, other)]
        if not fits and len(words) == 1:
            # Or given name, as copy names Ethiopians, Icelanders and many Indonesians again ("Sofia said" after
            # "State Minister Sofia Kassa"): where one person alone has it.
            fits = [other for other in named if other.split()[0] == name and len(other.split()) > 1
                    and rare_names(other.split()[1:])]
            fits = fits if len({tuple(other.split()[1:]) for other in fits}) == 1 else []
        for other in sorted(fits, key=lambda n: -len(n.split())):  # sorted() keeps mention order in ties
            # A generation tells two people apart: "Duncan Hunter" is not "Duncan Hunter Sr.", his father.
            group = next((g for g in people if set(other.split()) <= set(g[0].split())
                          and generation(other) == generation(g[0])), None)
            if group is None:
                people.append([other])
            else:
                group.append(other)
        if not people:
            return name
        return max(people, key=lambda g: (len(g), -fits.index(g[0])))[0]

    def holder(self, office: Any) -> str | None:
        """The person "the president" stands for: one named before it under that office, in full or short
        ("Sen."), with the same qualifiers ("the vice president", "the Mexican president": "Vice President Tom
        Berg", "Mexican President Ana Ruiz"), and of those the one `_in_focus` picks. An office a name's
        qualifiers make another's ("World Bank President Ana Ruiz") is not what "the president" alone means."""
        if office.lower_ not in OFFICES or not any(t.lower_ == "the" for t in office.lefts):
            return None
        title = [re.escape(t.text) for t in office.lefts if t.dep_ in ("compound", "amod")] + [_spelled(office.lower_)]
        # The portfolio may follow the office ("Deputy Minister of Education Sunil Gamage").
        pattern = re.compile(r"(?:(\S+)\s+)?" + r"\s+".join(title) + _PORTFOLIO_AFTER + r"\W*$", re.I)
        text, named = self.doc.text, []
        for char, name, _ in self.people:
            if char >= office.idx or self.quoted(char):
                continue
            found = pattern.search(text[max(0, char - 60): char])
            qualifier = found.group(1) or "" if found else ""
            # A minister's portfolio before the office ("Water and Sanitation Minister Ana Ruiz") leaves her "the
            # minister"; a deputy's or a prime minister's office is another.
            if found and (len(title) > 1 or not _qualifies(qualifier) or (
                    office.lower_ in _PORTFOLIO_OFFICES and qualifier.lower() not in OFFICE_PARTS - {"foreign"})):
                named.append(name)
        return self._in_focus(named, office, sole=office.lower_ in SOLE_OFFICES or len(title) > 1)

    def epithet(self, role: Any) -> str | None:
        """The person "the Florida senator" or "the retired neurosurgeon" stands for: the last one the story
        named with that role, before the name ("Sen. Ana Ruiz (D-Ore.)", "retired neurosurgeon Ben Carson",
        "Secretary of State Ana Ruiz") or beside it ("Ana Ruiz, the former secretary of state,"). Copy
        varies a role's other words ("Oregon", "former"), not the parts of an office's name ("the vice
        president"), which `holder` matches."""
        plural = role.tag_ in ("NNS", "NNPS")
        if role.lower_ not in EPITHETS or plural or not any(t.lower_ == "the" for t in role.lefts):
            return None
        if any((t.dep_ == "compound" and t.pos_ != "PROPN") or t.lower_ in OFFICE_PARTS for t in role.lefts):
            return None  # "the band leader" is another role than a leader's; "the vice president" holder's
        word = _spelled(role.lower_)
        before = re.compile(word + r"(?:\s+of(?:\s+[A-Z][\w'’-]*){1,3})?\W*$", re.I)
        # The role heads the apposition: "Ana Ruiz, the wife of the former president," is no president.
        beside = re.compile(r"[^,.;:]{0,40},\s+(?:the|a|an)\s+(?:(?!of\b)[\w'’.-]+\s+){0,4}?(" + word + r")\b", re.I)
        # A party's or a place's name in the role is one the story gives the person too ("the Vermont
        # senator": "Sen. Ana Ruiz (I-Vt.)"), else the role is someone else's ("the Republican nominee" is not
        # the Democratic one named last).
        names = _proper_words([t for t in role.subtree if t.i < role.i])
        text, start, named = self.doc.text, role.left_edge.idx, []  # the role's own words are no evidence
        for char, name, _ in self.people:
            if char >= start or self.quoted(char):
                continue
            told = beside.match(text, char, min(char + 140, start))
            if told and not self._in_apposition(told.start(1), told.end(1)):
                told = None  # "In Chelsea, the mayor said": the role is the sentence's subject, no apposition
            if told or before.search(text, max(0, char - 60), char):
                # The words that give the role, and a party's and state's letters after the name ("(I-Vt.)").
                near = text[max(0, char - 60): told.end() if told else char + len(name) + 12]
                if all(_carries(near, n) for n in names):
                    named.append(name)
        return self._in_focus(named, role)

    def _in_apposition(self, start: int, end: int) -> bool:
        """Whether the role word at these characters is set beside a name ("Ana Ruiz, the senator,")."""
        role = self.doc.char_span(start, end)
        return role is not None and role.root.dep_ == "appos"

    def _in_focus(self, named: list[str], at: Any, sole: bool = False) -> str | None:
        """Of the people named with a role, the one the role at token `at` means: the story's subject there
        when it is one of them. Where the subject is somebody else, a sole office ("the president") is still
        its last holder named, but "the senator" of a story that names several is not known; with no subject
        near, the last named."""
        holders = {self.fullest(name) for name in named}
        if not holders:
            return None
        focus = self._subject_near(at)
        if focus is not None and focus in holders:
            return focus
        return self.fullest(named[-1]) if sole or focus is None else None

    def _subject_near(self, at: Any) -> str | None:
        """The nearest subject before token `at` in its sentence or the two before, a he or she resolved."""
        first = at.sent.start
        for _ in range(2):
            first = at.doc[first - 1].sent.start if first else 0
        since = at.doc[first].idx
        for subject in reversed([s for s in self.subjects if since <= s.char < at.idx]):
            name = subject.name
            if subject.pronoun is not None and name is None:
                name = subject.name = self._resolve(subject.char, PRONOUN_GENDER[subject.pronoun])
            if name is not None:
                return self.fullest(name)
        return None

    def name_of(self, tok: Any) -> str:
        """The speaker a subject token stands for, as written at its fullest."""
        ent = _entity_of(tok)
        if ent is not None and (ent.label_ == "CARDINAL" or any(t.pos_ == "VERB" for t in ent)):
            # A number is what it counts ("one of the sources"); a span run on over the cue ("Associate Professor
            # Lindqvist told AAP" as a work's title) no one's name.
            ent = None
        if ent is not None and ent.label_ not in _BODY_LABELS and tok.pos_ == "PROPN" \
                and any(t.dep_ == "prep" and t.i < ent.end for t in tok.rights):
            ent = None  # a name run on over what its holder is of ("Jo Doe of Sharjah's" as a work's title)
        if ent is not None and ent.label_ != "PERSON" and ent.start and hyphenated_name(ent) and (
                given := _entity_of(tok.doc[ent.start - 1])) is not None and given.label_ == "PERSON":
            # "Alix Didier" and "Fils-Aimé": one name the model cut in two.
            return self.fullest(self._named_within(clean_name(tok.doc[given.start: ent.end].text)))
        if ent is not None and (ent.label_ == "PERSON" or clean_name(ent.text).split()[-1] in self.surnames
                                or titled_person(ent)):
            return self.fullest(self._named_within(clean_name(ent.text)))
        if ent is not None:
            # A body's office and its holder, which the parse hangs on the body's "of" ("Department of Statistics
            # Director-General Beatrice Tsai"): the holder speaks.
            if (holder := _holder_of_body_office(tok)) is not None:
                return self.name_of(holder)
            # A name the model took for a work's title is read as a person's ("Rosatom's Vladimir Panov").
            return self._named_within(str(ent.text) if ent.label_ in _BODY_LABELS else clean_name(ent.text))
        # An office capitalised before its field and holder ("Deputy Minister for Civil Protection Nikos Papadakis").
        if (holder := _holder_after_field(tok)) is not None:
            return self.name_of(holder)
        if (person := self._office_holder(tok) or self._holder_after(tok)) is not None:
            return self.fullest(person)
        if (person := self._covering(tok)) is not None:
            return self.fullest(person)  # a name the tokenizer splits ("Oh Se-hoon"), which the model missed
        if (tok.pos_ == "PROPN" and not tok.is_lower) or tok.text in self.surnames:
            chain = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
            # As written, hyphens kept ("Asante-Mensah said", three tokens), where nothing else stands between.
            run = tok.doc[chain[0].i: tok.i + 1]
            whole = all(t in chain or t.text == "-" for t in run)
            return self.fullest(clean_name(run.text if whole else " ".join(t.text for t in chain)))
        if (person := self._set_off_holder(tok)) is not None:
            return self.fullest(person)
        left = [t for t in tok.lefts if t.dep_ in NP_LEFT]
        # From the first word of what stands before it: the owner's whole name ("The National Weather Service's
        # Buffalo office", not "Service's Buffalo office").
        start = left[0].left_edge.i if left else tok.i
        # "The head of the doctors' union", not "The head": whose head the noun says after it.
        of = next((t for t in tok.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
        end = tok.i
        if of is not None and tok.ent_type_ == "CARDINAL" and (group := next(
                (t for t in of.children if t.dep_ == "pobj"), None)) is not None:
            end = group.i  # "one of two witnesses who relayed the same story": of whom, without what they did
        elif of is not None and of.right_edge.i - tok.i <= _OF_WORDS:
            # Up to a list's "and" or a comma: "The presidents of Kestria and the prime minister of ..." is two.
            end = next((t.i - 1 for t in tok.doc[of.i + 1: of.right_edge.i + 1] if t.dep_ in ("cc", "punct")),
                       of.right_edge.i)
        return str(tok.doc[start: end + 1].text)

    def _set_off_holder(self, tok: Any) -> str | None:
        """The person named between commas after the subject's office and right before its verb ("KiwiRail's general
        manager of Interislander, Duncan Roy, said"), which the parse may hang on the office's "of"; else None."""
        comma = tok.head.i - 1
        if comma <= tok.i or tok.doc[comma].text != ",":
            return None
        before = tok.doc[comma - 1]
        for start, person, root in self.people:
            if root.i == before.i and before.idx + len(before) - start == len(person):
                opening = tok.doc.char_span(start, start + 1, alignment_mode="expand")
                return person if opening is not None and opening.start > tok.i + 1 \
                    and tok.doc[opening.start - 1].text == "," else None
        return None

    def _office_holder(self, tok: Any) -> str | None:
        """The person an office runs into after its "of" ("Deputy Superintendent of Police Ramesh Karki"), which the
        parse makes the object of the office's "of", else None."""
        if tok.lower_ not in TITLES:
            return None
        names = {root.i: person for _, person, root in self.people}
        return next((names[name.i] for prep in tok.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                     for name in prep.children if name.dep_ == "pobj" and name.i in names), None)

    def _covering(self, tok: Any) -> str | None:
        """The person whose hyphened name, as the entity rules read it, holds the token ("Se" of "Oh Se-hoon", which
        the tokenizer splits); else None."""
        return next((person for char, person, _ in self.people
                     if "-" in person and char <= tok.idx < char + len(person)), None)

    def _holder_after(self, tok: Any) -> str | None:
        """The person named right after an office that the parse makes the subject ("Seoul Mayor Oh Se-hoon said",
        the name's parts hung elsewhere), else None."""
        if tok.lower_ not in OFFICES or tok.i + 1 >= len(tok.doc):
            return None  # an office, not an honorific, whose name the entity rules read with it ("Mr. Trump")
        after = tok.doc[tok.i + 1].idx
        return next((person for char, person, _ in self.people if char == after), None)

    def _named_within(self, name: str) -> str:
        """The person's name a longer span ends with, where the span holds an office's field before it ("Energy
        Orkhan Zeynalov", of "Deputy Minister of Energy Orkhan Zeynalov"), or ends before the place they are of
        ("Jane Doe of Springfield", "Archbishop Jane Doe of Leeds"); else the span."""
        people = {person for _, person, _ in self.people}
        words, head = name.split(), name.partition(" of ")[0].split()
        return next((tail for i in range(1, len(words) - 1) if (tail := " ".join(words[i:])) in people), None) or next(
            (tail for i in range(len(head) - 1) if len(head) < len(words) and (tail := " ".join(head[i:])) in people),
            name)

    def antecedent(self, tok: Any) -> str | None:
        """The person a "he" or "she" token stands for: the nearest main-clause subject before it that
        may be of its gender (a he/she there stands for what it was resolved to), else the nearest
        subject at all, else the nearest person named."""
        gender = PRONOUN_GENDER[tok.lower_]
        return self._governing(tok, gender) or self._introduced(tok, gender) or self._resolve(tok.idx, gender)

    def _introduced(self, tok: Any, gender: str) -> str | None:
        """A person the sentence before introduces, by full name and as no subject, is who the "he said"
        of the quotation after it stands for when nobody is that sentence's subject ("..., which concerns
        Henry Crespo, president of the caucus.\n\n'...,' he said")."""
        if tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        if any(before.start_char <= s.char < before.end_char for s in self.subjects):
            return None
        named = {n for c, n, _ in self.people if before.start_char <= c < before.end_char and not self.quoted(c)}
        first = {n: min(c for c, m, _ in self.people if m == n) for n in named}
        new = [n for n in named if before.start_char <= first[n] and len(n.split()) > 1]
        return new[0] if len(new) == 1 and self.gender.get(self.fullest(new[0]), gender) == gender else None

    def referent(self, tok: Any) -> Any:
        """The body an "it" or "they" subject stands for: the nearest main-clause subject before it, in its
        sentence or the two before, that is a noun naming no person, singular for an "it" ("The council ...
        pledged sanctions over what it called", "The campaign is defending him. It says")."""
        start = tok.sent.start
        for _ in range(2):
            start = tok.doc[start - 1].sent.start if start else 0
        for cand in reversed(tok.doc[start: tok.i]):
            if cand.dep_ not in SUBJECT or cand.pos_ not in ("NOUN", "PROPN") or self.quoted(cand.idx):
                continue
            if cand.head.dep_ in SUBORDINATE or cand.ent_type_ == "PERSON" or cand.text in self.surnames:
                continue
            if cand.lower_ in TITLES | MALE_WORDS | FEMALE_WORDS:
                continue  # "the former first lady" is a person
            if tok.lower_ == "it" and cand.tag_ in ("NNS", "NNPS"):
                continue
            return cand
        return None

    def _governing(self, tok: Any, gender: str) -> str | None:
        """In "Trump said he had asked", the he of a reported clause is the subject of the verb that
        reports it, when that subject is a person who may be of its gender."""
        verb = tok.head
        while verb.dep_ in GOVERNED and verb.head.i != verb.i:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
            if subject is None:
                continue
            if self.quoted(subject.idx):
                return None
            if subject.lower_ in PRONOUN_GENDER:
                return self.antecedent(subject) if PRONOUN_GENDER[subject.lower_] == gender else None
            name = self._person_at(subject)
            return name if name is not None and self.gender.get(name, gender) == gender else None
        return None

    def _person_at(self, tok: Any) -> str | None:
        """The person a subject names: the last one named up to its head word, so that "Cruz spokeswoman
        Catherine Frazier" is Frazier, not the Cruz who qualifies her."""
        start = tok.left_edge.idx
        named = [n for c, n, _ in self.people if start <= c <= tok.idx]
        return self.fullest(named[-1]) if named else None

    def _resolve(self, char: int, gender: str, depth: int = 0) -> str | None:
        before = [s for s in self.subjects if s.char < char]
        for pool in ([s for s in before if s.main], before):
            for subject in reversed(pool):
                name = subject.name
                if subject.pronoun is not None:
                    if subject.pronoun != ("he" if gender == "m" else "she") or depth > 20:
                        continue
                    name = subject.name = subject.name or self._resolve(subject.char, gender, depth + 1)
                if name is not None and self.gender.get(name, gender) == gender:
                    return name
        named = [n for c, n, _ in self.people if c < char and not self.quoted(c)]
        fits = [n for n in map(self.fullest, named) if self.gender.get(n, gender) == gender]
        return fits[-1] if fits else None


def _holder_after_field(tok: Any) -> Any:
    """The person named after a role and its field ("DA spokesperson on energy Kevin Mileham", "shadow minister for
    housing Jane Doe"), which the parse hangs on the field's preposition, else None."""
    if tok.lower_ not in ROLES:
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for"):
            name = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if name is None or name.ent_type_ != "PERSON":
                continue
            # The field's words are those before the name's first ("Civil Protection" of "... Nikos Papadakis").
            first = next(e.start for e in name.doc.ents if e.start <= name.i < e.end)
            if first - prep.i - 1 <= _FIELD_WORDS:
                return name
    return None


def _holder_of_body_office(tok: Any) -> Any:
    """The person whose title a body's name opens, where the parse makes the person the object of the body's "of"
    ("Department of Statistics Director-General Beatrice Tsai"), else None."""
    for prep in tok.rights:
        name = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep.lower_ == "of" else None
        if name is not None and name.ent_type_ == "PERSON" and any(
                t.lower_ in TITLES or t.lower_ in ROLES for t in name.lefts):
            return name
    return None


def _spelled(role: str) -> str:
    """A pattern for a role word as copy writes it before a name, in full or short ("Sen.", "Gov.")."""
    short = ABBREVIATED.get(role)
    return rf"\b(?:{re.escape(role)}|{re.escape(short)})" if short else rf"\b{re.escape(role)}"


def _proper_words(tokens: list[Any]) -> list[str]:
    """The capitalised names among the tokens, a run of them as one ("New York")."""
    names: list[list[Any]] = []
    for tok in tokens:
        if tok.text[:1].isupper() and tok.lower_ != "the":
            if names and names[-1][-1].i == tok.i - 1:
                names[-1].append(tok)
            else:
                names.append([tok])
    return [" ".join(t.text for t in run) for run in names]


def _carries(text: str, name: str) -> bool:
    """Whether the text holds the name, in full or as copy shortens it ("Vt." for Vermont, "N.J.")."""
    if re.search(rf"\b{re.escape(name)}\b", text):
        return True
    return any(_shortens(short.replace(".", ""), name) for short in re.findall(r"\b[A-Z][A-Za-z.]{0,4}\.", text))


def _particles_small(words: list[str]) -> set[str]:
    return {word.lower() if word.lower() in NAME_PARTICLES else word for word in words}


def _shortens(short: str, name: str) -> bool:
    """"Vt" shortens "Vermont", "NJ" "New Jersey": its letters in order, from the name's first."""
    if not short or short[0] != name[0]:
        return False
    rest = iter(name)
    return all(letter in rest for letter in short)


def _qualifies(word: str) -> bool:
    """Whether the word before an office qualifies it ("Bank" in "World Bank President", "Vice"), rather than
    ending the sentence before or being an article."""
    return word[:1].isupper() and word not in ("The", "A", "An") and word[-1] not in ".!?:;,\"”’"


_BODY_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])  # names whose "of" may be their own ("Bank of Ghana")


def _entity_of(tok: Any) -> Any:
    if not tok.ent_type_:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None
