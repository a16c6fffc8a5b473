"""Who wrote a story and where it comes from, read the way a copy desk reads a page: bylines ("By X",
"Author: X", "X | Updated: ..."), end credits ("X reported from Lagos."), datelines ("NAIROBI, Kenya (AP) —")
and source credits ("(Reuters) -", "Author: RT", "told the Associated Press").

The functions work on plain strings so that the text and the HTML extractors share them; `apply_credits`
fills what an `Article` lacks from its own body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, takewhile

from wordfreq import zipf_frequency

from newstrace.extract.text_dates import AGE, DATE_LABEL, MONTHS, WEEKDAY_NAMES, find_date, opening_date_end
from newstrace.extract.text_lines import at_most_words, end_mark, literal_alternation
from newstrace.gazetteer import filing_places, name_key, place_initials, places
from newstrace.languages import LANGUAGE_NAMES
from newstrace.models import Article
from newstrace.sources import CARRIED_NEWSROOMS, SOURCES, WIRES, agency, as_spelled, desk_source, source_name

# Every spelling, lower-cased -> the short name used in analyses.
# Short aliases that are also ordinary words or initials: accepted only in credit positions.

# Words for a paper that Czech and Polish write in small letters after its name ("Horský deník", "Lidové noviny").
PAPER_WORDS_IN_SMALL = ("deník", "týdeník", "noviny", "listy", "dziennik", "tygodnik")
# Words of publications' names: a byline holding one credits an outlet, not a person.
_OUTLET_WORD = re.compile(
    r"\b(?:Times|News|Post|Herald|Press|Journal|Tribune|Gazette|Daily|Agency|Wire|Media|Telegraph|Chronicle"
    r"|Observer|Express|Radio|Television|TV|FM|Broadcasting|Network|Newswire|Weekly|Courier|Monitor|Globe|Dispatch"
    r"|Inquirer|Portal"
    # The same in the languages told apart (newstrace.languages).
    r"|Zeitung|Rundschau|Anzeiger|Kurier|Tageblatt|Nachrichten|Presse|Diario|Periódico|Gazzetta|Corriere|Giornale"
    r"|Courrier|Krant|Dagblad|Avis|Amtsavis|Avisen|Tidende|Tidning|Posten"
    r"|Новости|Вести|Вестник|Газета|Известия|Ведомости|Новини|Вісті|Вісник|Відомості|Gazeta"
    rf"|{'|'.join(w.capitalize() for w in PAPER_WORDS_IN_SMALL)}"
    r"|Wiadomości|Kabar|Berita|Harian|Warta|Tribun|Haber|Gazete|Gazetesi|Nyheter|Nyheder|Bladet|Uutiset"
    r"|Sanomat"
    # Japanese and Korean papers' word for a newspaper, which their English editions keep ("The Asahi Shimbun").
    r"|Shimbun|Nippo|Ilbo|Sinmun)\b"
)
# More last words of papers' names, which name other things too: read only as a masthead's ("The Example Echo").
_MASTHEAD_WORD = re.compile(
    r"Echo|Star|Sun|Mail|Mirror|Standard|Independent|Guardian|Record|Review|Leader|Ledger|Bulletin|Register|Voice"
    r"|Argus|Sentinel|Enquirer|Examiner|Advertiser|Mercury|Citizen|Nation|Insider|Reporter|Today|Week|Live|Online"
    r"|Magazine|Quarterly|Monthly|Digest|Republic|Republican|Democrat|Banner|Beacon|Pioneer|Patriot|Clarion|Watch|Brief"
    r"|Advocate|Portal|Local|Roundup|Spectator|Reports|Alternative|Briefing")
# Last words of publications' names that no one's surname is ("Afrika Policy Digest"; not "Sun" or "Ledger").
_PUBLICATION_ONLY = re.compile(
    r"Digest|Brief|Watch|Review|Magazine|Insider|Online|Live|Today|Now|Buzz|Quarterly|Monthly|Bulletin|Register|Voice"
    r"|Standard|Mirror|Republic|Examiner|Enquirer|Advertiser|Sentinel|Clarion|Screener|Roundup|Spectator|Alternative"
    r"|Briefing")
# The last words of newspapers' names that no section's or programme's name ends with.
_PAPER_WORD = re.compile(
    r"Times|Post|Herald|Journal|Tribune|Gazette|Telegraph|Chronicle|Observer|Express|Courier|Globe|Dispatch"
    r"|Inquirer|Echo|Star|Sun|Mail|Mirror|Standard|Independent|Guardian|Record|Leader|Ledger|Bulletin|Register"
    r"|Argus|Sentinel|Enquirer|Examiner|Advertiser|Mercury|Citizen|Shimbun|Nippo|Ilbo|Sinmun")
# What a broadcaster's service abroad is named by after its initials ("RNZ Pacific", "KBS WORLD").
_SERVICE_REGIONS = frozenset({"Pacific", "Africa", "Asia", "Europe", "Americas", "Caribbean", "Arabia", "World",
                              "International"})
# First words of a section's heading, not a paper's name ("Latest News", "World News", "Top Stories").
_SECTION_WORDS = frozenset(["latest", "top", "breaking", "more", "all", "related", "trending", "recent", "popular",
                            "live", "other", "local", "world", "business", "sports", "sport", "tech", "health",
                            "entertainment", "science", "politics", "fake", "good", "today's", "our", "your",
                            "watch", "listen", "editor's", "product", "customer", "book", "this", "social",
                            "humanitarian", "climate", "peace", "culture", "economy", "opinion", "lifestyle", "travel"])
DESK_WORDS = frozenset([
    "desk", "staff", "team", "newsroom", "editors", "editor", "reporter", "reporters", "correspondent", "bureau",
    "writer", "writers",  # "Staff Writer", "Example News Writers": no one named
    "report", "reports",  # "Agency Report", "Wire Reports": a desk's credit of copy it does not say whose
])
# Words for a desk set before its name: "Team Upwork", and a newsroom's in other languages ("Redazione ANSA",
# "Redacción EFE", "Rédaction Le Point").
_DESK_FIRST = frozenset(["Team", "Redazione", "Redacción", "Redação", "Rédaction", "Redaktion", "Redactie", "Redakcja",
                         "Redakce", "Redaksi", "Редакция", "Редакція"])
# Capitalised labels that open a paragraph the way a dateline does.
_LABELS = frozenset(
    [
        "UPDATE", "UPDATED", "BREAKING", "WATCH", "EXCLUSIVE", "ANALYSIS", "OPINION", "NOTE", "LIVE", "VIDEO", "PHOTOS",
        "READ", "ALSO", "EDITOR", "COMMENTARY", "FACT", "CHECK", "CORRECTION", "WARNING", "ALERT", "SOURCE", "SOURCES",
        "PHOTO", "IMAGE", "CREDIT"
    ]
)
# Offices set before a person's name, without their points: an official's byline ("By Sen. Jane Doe"), a transcript's
# label ("MINISTER HALE:").
_OFFICES = frozenset([
    "minister", "prime", "president", "secretary", "senator", "sen", "representative", "rep", "governor", "gov",
    "mayor", "cllr", "councillor", "councilmember", "assemblyman", "assemblywoman", "chairman", "chairwoman", "chair",
    "speaker", "judge", "commissioner", "spokesman", "spokeswoman", "spokesperson", "general", "gen", "ambassador",
    "reverend", "rev", "sir", "dame", "lord", "baroness",
])
# The first words of a transcript's speaker labels: a title, a question, the one who asks it.
_SPEAKER_LABELS = _OFFICES | {"mr", "mrs", "ms", "dr", "question", "answer", "reporter", "moderator", "host",
                              "interviewer"}
# A broadcaster's role after a speaker's name ("DAVID HOLLIS, NBS ANCHOR:").
_SPEAKER_ROLES = frozenset(["ANCHOR", "HOST", "CO-HOST", "CORRESPONDENT", "REPORTER", "CONTRIBUTOR", "ANALYST",
                            "MODERATOR"])
_NAME_PART = r"[A-Z][\w’'.\-]*"
_PARTICLES = frozenset([
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le", "al", "el", "bin", "ibn",
    "ben", "mac", "st.", "y"
])
# The words of an article's own section headings and of a page's panels ("Contents", "Key Takeaways", "Show
# Sidebar"), which may stand alone under a headline as a name does.
SECTION_WORDS = frozenset([
    "contents", "overview", "introduction", "summary", "takeaways", "highlights", "motivation", "conclusion",
    "background", "sidebar", "posts",
])
_NOT_NAMES = frozenset(
    [
        "updated", "published", "posted", "created", "modified", "edited", "last", "share", "follow", "read", "more",
        "the", "on", "at", "in", "and", "photo", "video", "image", "comments", "comment", "minutes", "minute", "min",
        "hours", "hour", "ago", "today", "yesterday", "verified", "by", "written", "publication", "release"
    ]
) | SECTION_WORDS

# A menu's facets ("Browse by Industry", "By Topic"): a one-word "By" line of these names nobody.
_FACETS = frozenset(
    [
        "industry", "topic", "topics", "category", "categories", "type", "brand", "brands", "location", "price",
        "size", "region", "role", "product", "products", "sector", "country", "state", "city", "year", "month",
        "date", "popularity", "relevance", "subject", "format", "level", "department", "service", "solution",
        "platform", "audience", "function", "occasion", "collection", "season", "style", "material", "color",
    ]
)

# A byline's label: the word before "by" ("Written by", "Curated by", "This article was written by"), a role that
# labels the names after it ("Author:", "Reporters:"), or "by" in another language ("Par", "Por", "Von", "Door").
_BY_LABELS = ("written", "words", "story", "posted", "report", "reported", "compiled", "curated", "text", "reporting",
              "article", "guide", "review", "column", "essay")
_ROLE_LABELS = ("author", "reporter", "writer", "correspondent", "contributor")
# "by" in the other languages told apart, and their labels for the writer ("Autor:", "Pewarta:", "Yazar:").
_BY_ABROAD = ("par", "por", "von", "door", "di", "av", "af")
_FOREIGN_BY = (*_BY_ABROAD, "autor", "autorka", "pewarta", "penulis", "wartawan", "yazar")
# Romanian's "by", in small letters only: "De" opens names and sentences ("De Beers said").
_SMALL_BY = "de"
_BYLINE = re.compile(
    rf"^(?:(?:this\s+(?:post|article|story|guide)\s+was\s+)?(?:{'|'.join(_BY_LABELS)})(?:\s+written)?\s+by|by"
    rf"|{'|'.join(f'{role}s?' for role in _ROLE_LABELS)}|{'|'.join(_FOREIGN_BY)}|(?-i:{_SMALL_BY}))"
    r"\b\s*[:\-–—]?\s*(?:by\s+)?(?P<rest>.+)$",
    re.I,
)
# The words `_BYLINE` opens with, asked of a line's first word before the expression runs.
_BYLINE_FIRST = frozenset(
    [*_BY_LABELS, "this", "by", *_ROLE_LABELS, *(f"{role}s" for role in _ROLE_LABELS), *_FOREIGN_BY, _SMALL_BY])
_BY_AFTER_BAR = re.compile(r"\|\s*[Bb]y\s+(?P<rest>[A-Z][^|]{2,60})$")
_PIPE_BYLINE = re.compile(r"^(?P<rest>[^|]{2,60}?)\s*\|\s*(?:updated|published|posted|created|last|\d)", re.I)
# "Has not been edited by ... staff" names no editor.
_EDITED_BY = re.compile(r"(?<!not been )\bedited by\s*:?\s*(?P<rest>.+)$", re.I)
_END_CREDIT = re.compile(
    # "Associated Press writer Jane Doe in Vienna contributed to this report.", "Jane Doe contributed reporting."
    r"^(?:(?:[A-Z][\w.]*\s+){1,3}(?:writers?|reporters?|correspondents?)\s+)?"
    rf"(?P<rest>{_NAME_PART}(?:\s+{_NAME_PART}){{0,4}}(?:(?:,\s*|\s+and\s+){_NAME_PART}(?:\s+{_NAME_PART}){{0,4}})*)"
    r"(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+(?:reported|contributed|wrote)\b(?: reporting)?(?:\s+(?:from|to|this|for)\b|\.?$)"
    r"|^\(?(?i:reporting by)\s+(?P<rest2>[^;.)]+)"
    # An agency's writers in brackets under the text: "(By Jane Doe and John Roe)"; a reporter's name alone in
    # them, as South Asian papers sign a staff story: "(Chaturanga Perera)".
    r"|^\((?i:by)\s+(?P<rest3>[^;()]+)\)$"
    rf"|^\((?=[^()]*[a-z])(?P<rest4>{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}})\)$",
)
_AGENCY_CREDITS = re.compile(r"(?P<agency>[A-Z][\w.&' -]{1,40}?)\s*\((?P<inside>[^()]*\bauthors?:[^()]*)\)$")
_AUTHOR_LABEL = re.compile(r"\bauthors?:\s*([^,;()]+)")
_NAME_END = re.compile(
    # A label glued to the name by the renderer ("Jane DoePublished") ends it too.
    r"(?<=[a-z])(?:Published|Updated|Posted|Follow)\b.*$"
    # The writer's address after the name ("By Jane Doe jdoe@example.com") ends it.
    r"|\s+[\w.+-]+@[\w-]+\.[\w.]+.*$"
    r"|\s*(?:[|·•⋅∙]|\s[-–—]\s|\bon\b|\bupdated\b|\bpublished\b|\bposted\b|\blast\b|\bat\b\s+\d|\d|"
    r"\b(?:" + "|".join(MONTHS) + r")\b\.?\s+\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\((?!@)).*$",
    re.I,
)
_BRACKETED = re.compile(r"\s*\(([^()@]{1,40})\)")
# A release's "From:" line: bodies and ministers, with their honorifics and post-nominal letters.
ISSUER_LABEL = "from:"
_ISSUER_WORDS = 20
_ISSUER_SPLIT = re.compile(r"\s*,\s*|\s+and\s+")
_HONORIFIC = re.compile(r"^\s*(?:the\s+)?(?:rt\.?\s+hon\.?|right honourable|hon\.?)\s+", re.I)
_ISSUER_JOINERS = frozenset(["of", "for", "on", "and", "the", "&"])
# A byline's label alone on its line, the name on the next ("By" / "Jane Doe"), as inline markup renders.
BYLINE_LABELS = frozenset(
    [
        "by", "written by", "words by", "posted by", "reported by", "story by", "article by", "article written by",
        "author", "authors", "author(s)", "reporter",
        "writer"
    ]
)
# A job title next to a name marks the name as a byline ("Jane Doe" / "Senior Reporter"). The job nouns of
# bylines and author boxes ("Staff Writer", "Digital Security Expert", "Trial Attorney"):
_JOB = (
    r"(?:writer|author|editor|reporter|correspondent|contributor|columnist|journalist|analyst|editor-in-chief"
    r"|co-founder|founder|producer|critic|expert|consultant|attorney|lawyer|director|president|manager|specialist"
    r"|strategist|officer|engineer|scientist|researcher|professor|dietitian|nutritionist|physician|coach"
    r"|reviewer|tester|designer|developer|photographer|illustrator|planner|advisor|adviser|educator|economist"
    # The same in the other languages told apart ("Repórter da Agência Brasil", "Redakteurin", "корреспондент").
    r"|repórter|reporter[oa]|periodista|redactora?|jornalista|journaliste|rédact(?:eur|rice)|correspondante?"
    r"|corresponsal|correspondente|giornalista|inviat[oa]|redakteur(?:in)?|korrespondent(?:in)?|redacteur"
    r"|корреспондент|журналист|редактор)s?"
)
_JOB_NOUN = re.compile(_JOB, re.I)
# The rank and the beat a job title names ("Senior Writer", "Transportation Reporter").
_ROLE_KINDS = (r"(?:senior|staff|contributing|chief|managing|deputy|associate|lead|special|guest|freelance|executive"
               r"|political|science|health|business|foreign|digital|former|tech|news|sports|features|opinion|travel"
               r"|transportation|transport|education|environment(?:al)?|climate|crime|courts?|legal|justice|city"
               r"|municipal|energy|economics|economy|financial|finance|technology|entertainment|culture|arts|food"
               r"|housing|labou?r|immigration|investigative|national|local|world|medical|weather|parliamentary"
               r"|diplomatic|defen[cs]e|security|agriculture|religion|general|assignment)")
_ROLE = re.compile(rf"^(?:{_ROLE_KINDS}\s+)*{_JOB}\b", re.I)
# Any capitalised words before a job noun ("Print Managing Editor", "Trending Editor", "Nikkei staff writer"): read
# only where the words stand alone, as a name stands apart from its title.
_TITLED_ROLE = re.compile(rf"(?:[A-Z][\w&’'-]*\s+){{1,3}}(?i:(?:{_ROLE_KINDS}\s+)*{_JOB})")
# Where the writer filed from or whom for, after the name ("Jane Doe in London", "Jane Doe For Example.com",
# "Jane Doe, special to The Example Post"), or the section a post is filed in ("Jane Doe in Gardening").
_FILED = re.compile(r",?\s+(?i:(in)|for|special\s+to|on\s+behalf\s+of)\s+(?:the\s+)?([A-Z].*)$")
_FILED_TOWN = re.compile(r",\s+([A-Z][\w’'-]+)$")  # "Habibu Sani, Kano"
_RARE_NAME_ZIPF = 3.0  # under one use in a million words: a name's word, not a headline's
_PAPER_NAME_ZIPF = 3.5  # the word a paper named for its rhythm is named by ("Maverick", not "Briefing" or "Deals")
_COMMON_PLACE_ZIPF = 4.0  # ten uses in a million words: "Technology", "Adoption"; "Lagos" and "Kano" are rarer
_NAME_WORDS = 4  # of a name with the town it was filed from
# A job title of two fields joined after a name's comma (", Arts and Culture Reporter", ", Food & Drink Editor"),
# which a split at "and" would part into a name and a title.
_JOINED_ROLE = re.compile(rf",\s*(?:[A-Z][\w’'-]*\s+){{1,2}}(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{_JOB})\b")
# A title of something ("Sr. Director of Operations", "Head of Marketing"), however it opens.
_ROLE_OF = re.compile(rf"^(?:[\w.&’'-]+\s+){{0,3}}(?:head|chair|{_JOB})\s+of\s+[A-Z]", re.I)
# The name after "by" ends before the category a post is filed in ("By Jane Doe In Budgeting").
_EMBEDDED_NAME = r"[A-Z][\w’'.\-]*(?:\s+(?!(?:In|On|At)\b)[A-Z][\w’'.\-]*){1,3}"
# Names listed after "by" end with "and" or "&" before the last ("by Jane Doe, John Roe and Ann Lee"); a part after a
# comma alone is a title ("by Jane Doe, Candidate Representative").
# "by" in any language told apart, as a date line writes it ("Publicado em 07/12/2026 - 11:32 Por Jane Doe").
_BY_WORDS = rf"(?i:by|{'|'.join(_BY_ABROAD)})"
_EMBEDDED_BY = re.compile(rf"\b{_BY_WORDS}\s+(?P<rest>{_EMBEDDED_NAME}"
                          rf"(?:(?:\s*,\s*{_EMBEDDED_NAME})*\s*,?\s*(?:\band\b|&)\s*{_EMBEDDED_NAME})?)")
_NOT_AUTHOR_BY = re.compile(r"\b(?:reviewed|checked|edited|illustrated|photographed|produced)\s+$", re.I)
HONORIFICS = frozenset(["Dr", "Prof", "Mr", "Mrs", "Ms", "Madam"])
# The accounts a publishing tool sets up for whoever runs the site: a byline with one of them names no writer. Its
# logins sign posts no one wrote ("Posted by Admin"); its desk's accounts may be a label's named author ("Staff").
LOGINS = frozenset(("admin", "administrator", "webmaster", "user", "guest", "root"))
SITE_ACCOUNTS = LOGINS | {"editor", "staff", "team"}
CREDENTIAL = re.compile(r"^(?:[A-Z]{2,6}(?:-[A-Z]{1,2})?|[A-Z]\.(?:[A-Z]\.)+|Ph\.?D\.?|M\.?D\.?)$")  # "PA-C", "FNP-BC"
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ’'\-]+|[A-Z]\.|[A-Z][a-z]{0,2}[A-Z][a-z]+|(?:al|el)-[A-Z][a-z]+)$")
# What sets the parts of a byline's date line apart, and what may follow the name there.
_SEPARATOR = re.compile(r"\s*[·•|⋅∙]\s*|\s+[/*]\s+|\s+[-–—]\s+")  # a dot glued on by the renderer too
_DIGIT = re.compile(r"\d")
# Degrees with a vowel, which an all-capitals name shares the shape of.
_DEGREES = frozenset(["MA", "BA", "MBA", "MPA", "MFA", "MED", "EDD", "DO", "PA", "CPA", "CFA", "ESQ", "FACP", "FACS",
                      "FAAN", "FAAP", "OBE", "MBE", "CBE"])
_VOWEL = re.compile("[AEIOUY]")
# "ByJane Doe", "Jane DoeNovember 20, 2007", "UpdatedJanuary 25, 2026": a browser's page text glues the label,
# the name and the date that the page sets in elements of their own.
# "ByJane Doe", "ByHT Correspondent": page text glues the label to the name; "ByANI" alone may be a word of a page's.
_GLUED_BY = re.compile(r"By(?=[A-Z][a-z]|[A-Z]{2,5} [A-Z][a-z])")
_GLUED_MONTH = re.compile(r"(?<=[a-z])(?=([A-Z][a-z]{2,9})\.?\s+\d)")
# The outlet a byline says its writers wrote for, set after their names ("By JANE DOE FOR EXAMPLEONLINE").
_FOR_OUTLET = re.compile(r"\s+(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}$")
# The split keeps the separators. A word cut short by a hyphen is not split from the rest ("Home- and
# Digital-Security Expert").
# German and French bylines join two names with their own "and" ("Jane Doe und John Roe").
_NAME_SPLIT = re.compile(r"(?<!-)(?<!-\s)\s*(,|;|\band\b|&|\bwith\b|(?-i:\bund\b|\bet\b))\s*", re.I)
_NEXT_NAME = frozenset([";", "and", "&", "with"])
_NAME_JOINERS = re.compile(r"[-’']")
# The last word of an organisation's name, or its first before "of" ("University of Dunmore"), which a byline may
# give after the writer's.
_ORG_WORDS = (r"(?:Institute|Institution|University|College|School|Center|Centre|Foundation|Group|Inc|LLC|Ltd|Company"
              r"|Corporation|Association|Society|Hospital|Clinic|Health|Agency|Council|Academy|Laboratory|Labs?"
              r"|Partners|Department|Ministry|Bank|Trust|Fund)")
_AFFILIATION = re.compile(rf"\b{_ORG_WORDS}\.?$|^(?:The\s+)?{_ORG_WORDS}\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_GLUE = re.compile(r"[a-z](?=[A-Z])")
_NEWSROOM_STAFF = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}Staff")  # a site's newsroom after its writer's name
_POSSESSIVE = re.compile(r"[’']s\b")
_LABELLED_WORDS = 12  # four names of three words
_ROLE_BEFORE_WORDS = 4  # "senior foreign affairs correspondent"
_PLACE_WORDS = 5  # a city and its country or state
_LEDE_WORDS, _LEDE_SMALL_WORDS = 8, 4  # of a sentence after a dateline: words, and words in small letters

# A dateline's day, either way round ("Dec. 5", "5th December", ANSA's "DEC 5"), and its year if given ("December 5,
# 2026", Lusa's "05 Dec 2026", ENA's "December 5/2026").
_DATELINE_DAY = r"(?:[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][A-Za-z]{2,8}\.?)"
_DATELINE_YEAR = r"(?:,?\s+\d{4}|,\d{4}|/\d{4})"
_DATELINE = re.compile(
    # A place in capitals, accented ones too ("HÀ NỘI —"): any letter but an unaccented small one; or two, as Reuters
    # files from both ("CAIRO/HAMBURG, Dec 30 (Reuters) -").
    r"^(?P<place>(?:[^\W\d_a-z](?:[^\W\d_a-z]|[’'.\-])+)(?:(?:\s+|/)[^\W\d_a-z](?:[^\W\d_a-z]|[’'.\-])+)*"
    r"(?:,\s*[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*){0,2})"
    # The date may be written in full ("Addis Ababa, December 5, 2026 (FBC) -", "December 5th 2026").
    r"(?:,?\s+" + _DATELINE_DAY + _DATELINE_YEAR + r"?)?"
    # Trend closes a dated one with a point ("BAKU, Azerbaijan, December 4. Azerbaijan exported ..."); PACNEWS sets
    # three dashes ("NUKU'ALOFA, 04 DECEMBER 2026 (RNZ PACIFIC/PACNEWS) --- ...").
    r"\s*(?:\((?P<src>[^()]{1,40})\)\.?)?\s*(?:[—–_]|-{1,3}|:|(?<=\d)\.(?=\s+[A-Z“\"]))(?:\s+(?=\S)|\s*$)"
)
# EFE closes its tag with a point ("Madrid, Dec 4 (EFE).- ...").
# Wire copy of the 1990s (LDC's news corpora) types the dash as "_", sets the dateline on a line of its own
# ("NAIROBI, Kenya (AP) _"), or leaves the dash out after a city in capitals ("MOSCOW (AP) The mayor").
_SOURCE_DATELINE = re.compile(
    # AFP sets the country in brackets after the city ("Varn (Kestria) (AFP) –").
    r"^(?P<place>[A-Z][\w’'.\-]*(?:[ ,]+[A-Z][\w’'.\-]*){0,4}?(?:\s+\([A-Z][^()]{1,30}\))?)"
    r"(?:,?\s+" + _DATELINE_DAY + _DATELINE_YEAR + r"?)?"
    r"\s*\((?P<src>[^()]{1,40})\)\.?\s*"
    r"(?:[—–_]|--?)(?:\s+|$)"
    r"|^(?P<city>[A-Z][A-Z’'.\-]*[A-Z](?:\s+[A-Z][A-Z’'.\-]*[A-Z])*(?:,\s*[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)?)"
    r"\s*\((?P<tag>[^()]{1,40})\)\s+(?=[A-Z“\"`])"
    # South Asian and Russian agencies date the place and tag the agency with no dash: "New Delhi, Dec 5 (PTI)
    # Prime ...", "Islamabad [Pakistan], December 5 (ANI): ...", "MOSCOW, December 5. /TASS/. ...".
    # Press-release wires: "OSLO, Norway, Dec. 4, 2025 /PRNewswire/ -- ...". WAM: "DUBAI, 4th December, 2025 (WAM)".
    # GNA: "ACCRA, Dec. 4, (GNA) - ...".
    # Spanish, Italian, Portuguese and Russian agencies write the month small, EFE closes the tag with a point:
    # "Valencia, 3 dic (EFE).- ...", "МОСКВА, 4 декабря. /ТАСС/. ...". Lusa and Belga give the year after the day
    # ("Lisbon, 05 Dec 2026 (Lusa) - "), ENA after a slash ("December 5/2026"); Jiji glues its dash to the text
    # ("Tokyo, Dec. 5 (Jiji Press)--The ...").
    r"|^(?P<dated>[A-ZЀ-Я][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s*\[[A-Z][^\[\]]{1,30}\]|\s+\([A-Z][^()]{1,30}\)"
    r"|,\s*[A-Z][\w’'.\-]*)?)"
    r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zа-я][a-zа-я]{2,8})\.?"
    + _DATELINE_YEAR + r"?,?\s*"
    r"(?:\((?P<tag2>[^()]{1,40})\)\.?|/(?P<tag3>[^/]{2,20})/\.?)(?:\s*(?::|[—–]|--?)\s*|\s+)(?=[A-ZЀ-Я“\"`«])"
    # Business copy opens with the day alone, or with the tag alone: "Dec 4 (Reuters) - Shares of ...",
    # "(Bloomberg) -- A strike at ...". ANSA sets its place and day after the tag: "(ANSA) - ROME, DEC 5 - ...".
    r"|^(?:" + _DATELINE_DAY + r"\s*)?\((?P<tag4>[^()]{1,40})\)\s*(?:[—–]|--?)\s+"
    r"(?:(?P<after>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}),\s+" + _DATELINE_DAY + r"\s*(?:[—–]|--?)\s+)?"
    # A broadcaster's site sets its name after the place without brackets: "Washington CNN — ...".
    r"|^(?P<named>[A-Z][\w’'.\-]*(?:[ ,]+[A-Z][\w’'.\-]*){0,3}?)\s+(?P<tag5>[A-Z]{2,5})\s*(?:[—–]|--)(?:\s+|$)"
    # GNA also leaves the brackets out after the date, though not after its region: "Ho (V/R), Dec. 5, GNA - ...".
    # IRNA leaves the date out too: "Tehran, IRNA -- ...".
    r"|^(?P<bare>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s+\([A-Z][^()]{1,30}\))?),\s+(?:"
    + _DATELINE_DAY + r"\.?" + _DATELINE_YEAR + r"?,\s*)?(?P<tag6>[A-Z]{2,6})\s*(?:[—–]|--?)\s+"
)
# The day and then the place in brackets, as Sudan's papers open a report: "December 4, 2026 (PORT SUDAN) – ...".
_DAY_THEN_PLACE = re.compile(r"^" + _DATELINE_DAY + _DATELINE_YEAR + r"?\s*\((?P<place>[A-Z][A-Z’'.\- ]+[A-Z])\)"
                             r"\s*(?:[—–]|--?)\s+(?=[A-Z“\"])")
_AGENCY_OPENING = re.compile(r"(?P<tag>[A-Z]{2,8})(?:-(?P<place>[A-Z][\w’'.]+(?:\s+[A-Z][\w’'.]+){0,2}"
                             r"(?:\s+\([A-Z][^()]{1,30}\))?))?\s+(?:[—–]|--?)\s+(?=[A-Z“\"])")
_BRACKETED_ADDRESS = re.compile(r"\s*[\[(][^\])\s]*@[^\])\s]*[\])]")
_POSSESSIVE_S = re.compile(r"['’]S$")
_EDITORS_NOTE = re.compile(r"\W{0,2}editor['’]?s['’]?\s+note\b", re.IGNORECASE)
_SPEAKER_TURN = re.compile(r"[A-Z][A-Z.'’ -]+(?:, [A-Z][\w.'’ -]*)?(?: \([^()]{1,12}\))?: ")
_VERSION_NOTE = re.compile(r"\((?:adds|updates|recasts|corrects|rewrites|changes|writes through|new throughout|"
                           r"repeats|refiles)\b[^()]{0,200}\)", re.IGNORECASE)
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,8}")
_INITIALS_WORD = re.compile(r"[A-Z]{2,6}")  # a source's or a service's initials ("ZNBC", "KBS")
SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+")  # a site's address written as its name
_SOURCES_LISTED = re.compile(r"(?i:sources?)\s*:\s*(?P<names>[^|;:]{2,60}?)\.?$")
_SERVICE_TAG = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<tag>[A-Z]{2,6}):\s+(?=[A-Z“\"])")
_SLASHED_TAG = re.compile(r"(?P<tag>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})/\s+(?=[A-Z])")
_SITE_TAG = re.compile(r"^[A-Za-z0-9-]+\.(?:co|com|net|org|id|in|my|ph|vn)(?:\.[a-z]{2})?,\s+(?=[A-Z])", re.I)
_PLACE_POINT = re.compile(r"(?<=[^\W\d_]{3})\.$")
_WEEKDAY_AFTER = re.compile(r",\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)
_AGENCY_AFTER_PLACE = re.compile(r"^(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?:,\s+[A-Z][a-z]+)?"
                                 r"(?:\.\s+|,\s+" + _DATELINE_DAY + _DATELINE_YEAR + r"?\.?,?\s+)"
                                 r"(?P<tag>[A-Z]{2,12})(?:[.:]|\s*(?P<dash>[—–-]+))?(?:\s+(?=[A-Z“\"])|\s*$)")
# RIA Novosti sets its name after the place, the day and a dash, and closes it with a point: "МОСКВА, 7 дек - РИА
# Новости. ...".
_DASHED_AGENCY = re.compile(r"^(?P<place>[A-ZЀ-Я][\w’'\-]+(?:\s+[A-ZЀ-Я][\w’'\-]+){0,2}),\s+\d{1,2}\s+[a-zа-я]{3,9}\.?"
                            r"\s+[—–-]\s+(?P<tag>[A-ZЀ-Я][\w’' -]{1,30}?)\.\s+(?=[A-ZЀ-Я«\"“])")
# Stock exchanges, whose initials a business story sets in brackets too.
_EXCHANGES = frozenset({"NYSE", "NASDAQ", "AMEX", "LSE", "TSX", "ASX", "OTC", "NSE", "BSE", "JSE", "SGX", "HKEX"})
_PLACE_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z’'.\-]+(?:\s+[A-Z][a-z’'.\-]+){0,2})"
                             r"(?P<region>,\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})?"  # "Monterrey, Nuevo León —"
                             r"(?P<day>,\s+" + _DATELINE_DAY + _DATELINE_YEAR + r"?)?"
                             r"\s*(?::|[—–]|--|(?<=\s)-|\.)\s+(?=[A-Z“\"])")
# Words that say the text ran first elsewhere, before the name of where ("This article first appeared in",
# "Read the original article on", "This article is republished from", a blog feed's "appeared first on", an
# excerpt's "Read the full story at", "Continue reading on", "Used with the permission of").
FIRST_RAN = (r"(?i:(?:originally|first)\s+(?:published|appeared|ran|produced)\s+(?:by|on|in|at)"
             r"|(?:published|appeared)\s+first\s+(?:on|in|at)"
             r"|read\s+the\s+(?:original|full|complete|whole)\s+(?:article|story|post)\s+(?:on|at|in)"
             r"|continue\s+reading\s+(?:(?:the|this)\s+(?:article|story)\s+)?(?:on|at)"
             r"|(?:(?:is|was)\s+)?republished\s+(?:here\s+)?(?:from|with\s+permission\s+(?:from|of))"
             r"|culled\s+from"  # West African papers' word for a story taken from another paper
             r"|(?:used|reprinted)\s+with\s+(?:the\s+)?permission\s+(?:of|from))")
# "With inputs from Reuters", "with additional reporting by AFP", "With files from The Canadian Press", "Some
# information for this report came from The Associated Press"; French,
# Spanish and German papers' "Le Monde avec AFP", "con información de EFE", "mit Material von dpa".
_WITH_INPUTS_FROM = (r"(?:(?:with (?:inputs?|reporting|additional reporting|(?:an? )?reports?|files|information)"
                     r"|additional reporting) (?:from|by)"
                     r"|(?:some |additional )?information (?:for|in) this (?:report|article|story) (?:came|comes) from"
                     r"|avec|con informaci[oó]n de|mit material von)")
# A wire's own tagline, naming itself before the date it ran ("This report by The Canadian Press was first
# published Dec. 3, 2025.").
_REPORT_BY = (r"^(?:this|the)\s+(?:article|story|report|piece)\s+by\s+(?P<name5>[^.;,]{2,50}?)\s+was\s+"
              r"(?:first|originally)\s+published\b")
# A desk's byline with the agency its story draws on ("Example 24 with AFP", "DAILY EXAMPLE WITH AA"), in brackets
# under the text too ("(EXAMPLE 24 with AFP)").
_DESK_WITH = (r"^\(?[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,3}\s+(?:with|and(?=\s+agencies\b))\s+"
              r"(?P<name7>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})\)?\.?$")
# A desk's sign-off: its editors' initials, then the agencies in brackets ("ab/rt (AFP, Reuters)").
_DESK_INITIALS = r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*\("
# A source line's label in the other languages the project tells apart ("Источник: ТАСС", "Джерело: Укрінформ",
# "Fuente: EFE", "Quelle: dpa", "Fonte: ANSA", "Bron: ANP"), and in Polish, Czech, Indonesian, Turkish and the Nordic
# languages ("Źródło: PAP", "Zdroj: ČTK", "Sumber: ANTARA", "Kaynak: AA", "Källa: TT", "Kilde: NTB").
SOURCE_LABELS_ABROAD = ("источник", "джерело", "fuente", "quelle", "fonte", "bron", "źródło", "zdroj", "sumber",
                        "kaynak", "källa", "kilde", "sursa")
_CREDIT_LINE = re.compile(
    rf"^(?P<label>source\(s\)|sources|(?:(?:article|story|news)\s+)?source|{'|'.join(SOURCE_LABELS_ABROAD)}|courtesy|via|credit|copyright|©"
    r"|contributing(?=:))\s*[:\-]?\s*(?:\d{4}\s+)?"
    r"(?P<name>[^|,;]{2,50}?)\s*\.?\s*(?:\||$)"  # a field of its own, or the first of a bar's ("Source: X | <date>")
    rf"|\b{_WITH_INPUTS_FROM}\s+(?P<name2>[^.;,)]{{2,50}})"
    rf"|\b{FIRST_RAN}\s+(?P<name3>[^.;,]{{2,50}})"
    r"|\bcopyright\s+(?:©\s*)?\d{4}\s+(?P<name4>[^.;,]{2,50})"
    # The editors' initials and the agencies their story draws on, first named first ("ab/rt (AFP, Reuters)").
    rf"|{_DESK_INITIALS}(?P<name6>[^,()]{{2,40}})"
    # A desk's byline with the agency its story draws on ("Example 24 with AFP").
    rf"|{_DESK_WITH}"
    # The agency alone after "with" under a story ("- with AAP", "With AFP", "(with AFP)"), by its capital, not
    # "with inputs from"; an agency's note on its syndicated copy ("This content was produced by Reuters, which is
    # solely responsible ..."), a business site's ("Material from Reuters was used in this report.").
    r"|^\(?[-–—]?\s*with\s+(?!(?:inputs?|files|reports?|reporting|information|additional)\b)"
    r"(?P<name8>(?-i:[A-Z])[\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})\)?\.?$"
    r"|^this (?:content|article|story) was produced by\s+(?P<name9>[^.;,]{2,40})"
    r"|^material from\s+(?P<name10>[^.;,]{2,40}?)\s+was used in this (?:report|article|story)"
    # A syndicate's notice under a paper's story it sells to others ("©2026 Example Times. Visit at example.com.
    # Distributed by Example Content Agency, LLC.").
    r"|^(?:©|\(c\)|copyright)\s*\d{4},?\s+(?P<name11>[^.;]{2,50}?)\.\s+(?:visit (?:us )?at\s+\S+\s+)?distributed by\b"
    rf"|{_REPORT_BY}"
    # A link under a copy to where it came from ("Read more at RT"); a known source's only, not a section's.
    r"|^read more (?:at|on)\s+(?P<name12>[^.;,|]{2,40}?)\.?$",
    re.I,
)
# Words each of `_CREDIT_LINE`'s credits not tied to the line's start holds (in small letters).
_CREDIT_CUES = ("with input", "with reporting", "with additional", "with a report", "with an report", "with report",
                "with files", "with information", "information for this", "information in this", "additional reporting",
                "avec", "con informaci", "mit material", "originally", "first", "read", "continue", "republished",
                "culled", "copyright")
_REPORTED_BY = re.compile(_REPORT_BY, re.I)
# Reports, not a person's reporting, credited by the outlets that filed them ("With reports from El Norte and Milenio").
_REPORTS_FROM = re.compile(r"(?:[-–—]\s*)?\(?\s*with (?:reports?|inputs?) from\b", re.I)
_DESK_WITH_LINE = re.compile(_DESK_WITH, re.I)
_DESK_SIGN_OFF = re.compile(rf"{_DESK_INITIALS}[A-Za-z][^()]{{1,60}}\)$")
_WRITER_SIGN_OFF = re.compile(r"[—–]\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})$")
_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)$")
_DESK_INITIALS_ALONE = re.compile(r"[A-Z]{1,4}(?:/[A-Z]{1,4})+$")
_TAG_AND_SITE = re.compile(r"\((?P<tag>[A-Z]{2,6})\)\s*\(?(?:https?://)?www\.[\w.-]+\)?$")
_CONTRIBUTORS = re.compile(r"Contributing:\s.{2,150}")  # a chain paper's: "Contributing: Jane Doe, The Example Star"
# The desk's credits of its editors and translators under the text, a sentence each ("Translated by Jane Doe. Edited
# by John Roe.").
_STAFF_NAME = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}}"
_STAFF_CREDITS = re.compile(rf"(?:(?i:translated|edited|copy[- ]edited|fact[- ]checked|produced)\s+(?i:by):?\s+"
                            rf"{_STAFF_NAME}(?:(?:,|\s+and)\s+{_STAFF_NAME})*\.?\s*)+")
_INITIALS_LETTERS = 4  # a paper's or an agency's initials in a desk's name ("TOI", "IANS")


# A note that the text ran first elsewhere ("This article first appeared in ...", "Originally published by ...").
_REPUBLICATION_NOTE = re.compile(r"^(?:(?:this|the following) (?:article|story|post|piece|report|column)\b"
                                 rf"[^.]{{0,40}}?\s)?(?:was\s+)?{FIRST_RAN}\s", re.I)
# A blog feed's footer, which sites that copy feeds keep, names the post first: "The post <headline> appeared first
# on Example News."
_FEED_FOOTER = re.compile(r"^The post\s.{1,200}?\s(?:appeared|was published)\s+first\s+on\s+[A-Z][^,;:]{1,60}?\.?$")


def republication_note(text: str) -> bool:
    """Whether a line says the text ran first elsewhere: a credit, never the headline. "Originally published in
    March 2022" says when, not where: a date line."""
    found = _REPUBLICATION_NOTE.match(text)
    after = text[found.end():].split(None, 2) if found else []
    if after[:1] == ["the"]:
        after = after[1:]  # "appeared on the Example Morning Post"
    # Where is a name or an address ("The Lakeside Herald", "rt.com"); "read the full post on how to ..." points to
    # a post about something.
    named = bool(after) and (after[0][:1].isupper() or "." in after[0].rstrip("."))
    return (named and after[0].lower().rstrip(".,") not in MONTHS) or bool(_FEED_FOOTER.match(text))


# A portal's note that it runs a feed's copy as delivered ("auto-generated from a syndicated feed", "auto-published
# from an agency feed").
# Led by " feed", which the regex engine skips to at once, and only then the word before it: a pattern that opens
# with the alternation is tried at every character, ten times slower on a long page.
_FEED = re.compile(r"(?i) feed\b(?:(?<=\bsyndicated feed)|(?<=\bsyndicated news feed)|(?<=\bagency feed)"
                   r"|(?<=\bwire feed))")
# A line that is nothing but a credit of others' reporting ("(With inputs from agencies)").
_WITH_INPUTS = re.compile(rf"^(?:[—–-]\s*)?\(?\s*{_WITH_INPUTS_FROM}\b[^.()]{{0,60}}\)?\.?$", re.I)
# A note on where the text comes from is a line of up to this many words; a source's name alone, this many
# characters.
_NOTE_WORDS, _NOTE_CHARS, _SOURCE_LABEL_CHARS = 40, 400, 40
# A writer's name and what they cover or how to reach them.
# A columnist's line may set what they were before their name's verb ("Jane Doe, a former finance minister of
# Varland, is a senior fellow at ...").
_TAGLINE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:, (?:a|an|the) [^,]{3,80},)? "
                      r"(?:covers|writes about|reports on|is (?:(?:a|an|the|[A-Z][\w.-]*['’]s) )?(?:[\w'’-]+ ){0,3}?"
                      r"(?i:reporter|correspondent|writer|columnist|editor|contributor|fellow|professor|lecturer"
                      r"|economist|director|author)|can be reached"
                      r"|joined (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?: in (?:19|20)\d\d)? (?:as|and))\b")
# The writer's address under the text ("Contact Jane Doe at jdoe@example.com.", "Reach Jane Doe at 555-0100.").
_CONTACT_WRITER = re.compile(r"(?:Contact|Reach|Email|E-mail|Write to) (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
                             r" (?:at|on|via)\b")
# The publication a writer's tagline names after its role ("... is a reporter for The Example Herald.").
_TAGLINE_OUTLET = re.compile(r"\b(?:for|at|with) (?P<outlet>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})\.?$")
# A note under agency copy on what the agency is ("The Local Democracy Reporting Service is a public service news
# agency that shares ..."), as papers print under a pool reporter's story.
_AGENCY_NOTE = re.compile(r"(?:The )?(?P<name>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}) (?:is|are) (?:a|an|the)\b")
_HEAD_PARAGRAPHS = 3
_BYLINE_BLOCK_WORDS = 12
_TAGLINE_WORDS = 60
_TITLE_AGENCY_WORDS = 3  # of an agency's name at the start of a writer's title
_NOTE_CUES = ("originally", "first", "republished", "read the ", "continue reading", " feed", "culled",
              "information for this", "information in this", "contributed to this", "agencies")
# Agencies given as the source without their names ("Source: Agencies").
AGENCIES_SOURCE = re.compile(r"(?i)\(?sources?\s*:\s*(?:news\s+)?agencies\.?\)?")
# An agency's part in the story, on a line of its own under it ("Agence France-Presse contributed to this report.").
_AGENCY_CONTRIBUTED = re.compile(r"(?:[Tt]he )?(?P<name>[A-Z][\w.'’&-]*(?:[ -][A-Z][\w.'’&-]*){0,3}) contributed "
                                 r"(?:reporting )?to this (?:report|story|article)\.?")
# A portal's note that it runs agency copy as the feed delivered it ("This story has not been edited by Example
# staff and is auto-generated from a syndicated feed."), in which the portal names itself.
# "... not been edited by Example staff", "... only the image & headline may have been reworked by Example."
_SYNDICATING_SITE = re.compile(r"\b(?i:edited|reworked)\s+by\s+(?:the\s+)?"
                               r"(?P<site>[A-Z][\w&'’-]*(?:\.\w+)*(?:\s+[A-Z][\w&'’-]*(?:\.\w+)*){0,4})"
                               r"(?:\s+staff\b|\.?\s*\)?$)")


def credit_note(text: str, lower: str | None = None) -> bool:
    """Whether a line is a note on where the text comes from: the first publisher's, the feed's, the agencies'
    ("(With inputs from agencies)"). A credit, never the headline or a paragraph of the text. (A line crediting
    reporters, "Jane Doe reported from Lagos, Nigeria.", names people and places of the story: it stays.)"""
    if len(text) > _NOTE_CHARS:
        return False  # a paragraph, told by its length before any word is looked at
    if "/" in text[:10] and _DESK_SIGN_OFF.match(text):
        return True
    lower = lower or text.lower()  # the caller's, where it holds it already
    # Every note holds one of these; most lines hold none, and are told so by a few substring tests.
    with_ = lower.startswith(("with ", "(with ")) or (lower[:1] in "—–-" and lower.lstrip("—–- ").startswith("with "))
    if not (with_ or any(map(lower.__contains__, _NOTE_CUES))) or not at_most_words(text, _NOTE_WORDS):
        return False
    return (republication_note(text) or bool(_FEED.search(text)) or bool(_WITH_INPUTS.match(text))
            or bool(AGENCIES_SOURCE.fullmatch(text))
            or bool(_REPORTED_BY.match(text)) or _agency_contribution(text) is not None)


def contribution(line: str) -> bool:
    """Whether a credit says an agency contributed to the story ("Contributing: The Associated Press", "Reuters
    contributed to this report."): the outlet's own story, on the agency's material."""
    contributors = line.removeprefix("Contributing:").strip() if _CONTRIBUTORS.fullmatch(line) else None
    return bool(contributors and agency(contributors)) or _agency_contribution(line) is not None


def _agency_contribution(line: str) -> str | None:
    """The agency a line says contributed to the story ("The Associated Press contributed to this report."), else
    None; a writer's contribution names a person, whom the byline's finders read."""
    found = _AGENCY_CONTRIBUTED.fullmatch(line.strip())
    return agency(found.group("name")) if found else None


def syndicating_site(text: str) -> str | None:
    """The site a syndication note names as the one that ran the feed's copy unedited, else None."""
    if len(text) > _NOTE_CHARS or not _FEED.search(text):
        return None
    found = _SYNDICATING_SITE.search(text)
    return found.group("site") if found else None


# No leading \b: an alternation that starts the pattern lets the regex engine skip to its first letters.
_MENTION = re.compile(
    "(?:"
    + literal_alternation(form for spellings in SOURCES.values() for a in spellings
                          for form in (a, a.upper(), a.title()))  # "News Agency of Nigeria" as written too
    + r")\b"
)
# The page's own outlet as the one words were told to ("told this newspaper", "told us", "spoke to our reporter"):
# read for a quotation's day (`newstrace.annotate.timex`) and for an outlet's own reporting (`newstrace.link`).
OWN_AUDIENCE = (r"(?:this (?:newspaper|paper|website|site|station|agency)|us\b"
                r"|our (?:own )?(?:reporters?|correspondents?|journalists?))")
# What kind of agency a text says it cites ("the state-run Philippine News Agency", "state news agency Xinhua").
AGENCY_KIND = r"(?i:state(?:-run|-owned)?|official|national|government(?:-run)?)"
# The words that cite another's reporting, before its name ("told Reuters", "citing AFP", "according to a report in
# the Example Ledger", "..., reports AFP", "confirmed to AFP", a chain paper's "Contributing: The Associated Press")
# and after it ("Reuters reported", "the Example Ledger first reported", "... revealed", "... said in a report",
# "... was the first to report"): one reading for an agency a text cites (`origin`) and
# for an outlet a text credits (`newstrace.link.credit`).
# The same words in the other languages the project tells apart (`newstrace.languages`), as their desks write them:
# "según EFE", "según informó EFE", "dijo a EFE", "selon l'AFP", "rapporte l'agence Belga", "laut dpa", "secondo
# l'ANSA", "segundo a Lusa", "volgens ANP", "сообщает ТАСС", "по данным ТАСС", "со ссылкой на ТАСС", "рассказал ТАСС"
# (told TASS), "повідомляє Укрінформ", Polish "według PAP", "poinformował PAP", Czech "podle ČTK", "uvedla ČTK" and
# Indonesian "seperti dilansir ANTARA", "kata X kepada ANTARA" (told ANTARA), Swedish, Norwegian and Danish "enligt
# TT", "uppger TT", "säger X till TT" (told TT), "melder NTB", "ifølge Ritzau", Romanian "potrivit AGERPRES", "a
# declarat pentru AGERPRES" (told AGERPRES);
# after the name, "EFE informó", "dpa berichtet", "ТАСС сообщил".
_CITING_ABROAD = (r"según|segun|inform(?:ó|a|aron)|dijo a|declaró a|selon|rapporte|indique"
                  r"|a (?:indiqué|déclaré|confié|expliqué) à|laut|secondo"
                  r"|ha (?:detto|riferito) a|riferisce|riporta|segundo|disse à|volgens|zei tegen|meldt|meldde"
                  r"|сообща(?:ет|ют)|сообщил[аи]?"
                  r"|переда[её]т|пишет|по данным|по информации|со ссылкой на|рассказал[аи]?|заявил[аи]?"
                  r"|повідомля[єю]|повідомил[аи]?|повідомив|переда[єю]|пише|за даними|з посиланням на|розповіл[аи]?"
                  r"|розповів|заявив|według|poinformował[aoy]?|podał[aoy]?|informuje|podaje|podle"
                  r"|uvedl[aoi]?|řekl[aoi]?|informoval[aoi]?|sdělil[aoi]?|dilansir|dikutip dari|mengutip|menurut"
                  r"|kepada|enligt|ifølge|uppger|skriver|melder|meddelar|oplyser|till|til|potrivit|pentru")
_REPORTED_ABROAD = (r"informó|reportó|rapporte|a rapporté|berichtet|berichtete|meldet|meldete|riferisce|noticiou"
                    r"|meldt|сообщил[аи]?|сообща(?:ет|ют)")
CITING = (r"\b(?i:per|told|telling|tells|(?:according to|citing)(?:\s+an?\s+report\s+(?:in|by|from))?"
          r"|an?\s+report\s+(?:in|by)|reported(?: by| in)?|reporting by|cited by|quoted by|reports|information from"
          r"|in an interview with|(?:statement|interview|speaking|spoke) (?:to|with)|said to|confirmed to"
          r"|writes(?: in)?|wrote in|asked by|(?:comments|remarks) (?:to|published by|published in)|via|contributing:"
          rf"|{_CITING_ABROAD})")
# After the name: "... reported", "an Example Post report said", "the Example Post's report said", "... first broke
# the story", "... has learnt".
REPORTED = (r"(?:(?:has |had )?reported|reports|quoted|cited|contributed to this|revealed|wrote|writes"
            r"|(?:['’]s\s+)?report (?:said|says|showed|shows)|said in (?:a|its) report"
            r"|(?:['’]s\s+)?(?:correspondent|reporter) reported|broke (?:the|this) (?:story|news)"
            rf"|was (?:the )?first to report|(?:has )?(?:learnt|learned)|{_REPORTED_ABROAD})\b")
# The article or the word for an agency between a cue and the name: "the", "l'", "la agencia", "агентство".
_NAME_ARTICLE = r"(?:[Tt]he\s+|l['’]|all['’]|la\s+|el\s+|der\s+|die\s+|dem\s+)"
_AGENCY_NOUN = r"(?i:news\s+agency|agencia|agence|agenzia|agência|nachrichtenagentur|persbureau|агентств[оау])"
# Where the name's possessive opens the cue ("the Example Post's report said", "Example TV's correspondent reported").
OWN_CUE = r"(?=['’]s\s+(?:report|correspondent|reporter)\b)"
_CITED_BEFORE = re.compile(
    # "according to a Kenya News Agency report", "according to the state-run Philippine News Agency"
    rf"{CITING}\s+(?:{_NAME_ARTICLE}|an?\s+)?(?:{AGENCY_KIND}\s+)?(?:{_AGENCY_NOUN}\s+)?$"
    # "..., state news agency Xinhua said": a state's agency named as such is cited, whatever the verb.
    rf"|\b{AGENCY_KIND}\s+news\s+agency\s+$"
)
# What a text calls an agency after its name ("the AP news agency", "the TASR newswire").
_AGENCY_WORD = r"(?:news\s+agency|newswire|wire\s+service|news\s+service)"
# "Reuters reported", "the AP news agency said"; not "Bloomberg says he ...", where the name is a person's.
# The initials after a name are its own ("The News Agency of Nigeria (NAN) reported").
# An agency that "first reported" a story a text tells in its own words was credited with the scoop, not used: no
# origin (the link stage reads it as a credit all the same).
# Or a case ending glued to it, where a language declines the name: Turkish "AA'ya" (to AA: told AA), Finnish "STT:n
# mukaan" (according to STT).
_CITED_AFTER = re.compile(rf"(?:\s+\([A-Z][A-Za-z]{{1,6}}\))?(?:\s+{_AGENCY_WORD}\s+(?:said|says|wrote)"
                          rf"|(?:\s+{_AGENCY_WORD})?(?:\s+|{OWN_CUE}){REPORTED}|['’]y?[ae]\b|:n\s+mukaan\b)")


def byline_names(line: str) -> list[str]:
    """The authors named by a byline line ("By X and Y, 6:52am November 06, 2025", "Author: X",
    "X | Updated: ...", "X | Staff Writer"); [] when the line is not a byline."""
    return list(_byline_names(line))


# The headline, author and date finders each ask of the lines around the headline; a site's byline, date and
# menu lines recur on all its pages.
@lru_cache(maxsize=4096)
def _byline_names(line: str) -> tuple[str, ...]:
    if "@" in line and not (line := _BRACKETED_ADDRESS.sub("", line)):
        return ()  # "BY PARK HYE-JIN [park.hyejin@example.co.kr]": the address goes, and an address alone is no byline
    if _GLUED_BY.match(line):
        line = f"By {line[2:]}"
    line = line.removesuffix(" Follow")  # the button beside each writer's name ("By Jane Doe Follow")
    first = line.split(None, 1)[0].lower().rstrip(":")
    if first == "di" and at_most_words(line, 2):
        return ()  # Italian's "by", and a surname's first word ("Di Maio")
    if line.count("|") == 1 and first not in _BYLINE_FIRST and (
            signed := _BY_AFTER_BAR.search(line)) and not find_date(signed.group("rest")):
        return tuple(_names(signed.group("rest")))  # a station's credit before its writer's ("Example FM | By ...")
    match = (first in _BYLINE_FIRST and _BYLINE.match(line)) or ("|" in line and _PIPE_BYLINE.match(line))
    if not match or len(line.split(None, 20)) > 20:
        return tuple(_titled_names(line)) if "|" in line else ()
    if match.re is _PIPE_BYLINE and (find_date(line) is None or _section_label(match.group("rest"))
                                     or opening_date_end(match.group("rest"))):
        # A table row, not "X | Updated: <date>"; the section a story is filed in ("WORLD | 13 March"); the date
        # before its time ("Sat, Dec 06, 2026 | 12:30 PM").
        return ()
    return tuple(_names(match.group("rest")))


def heading_word(word: str) -> bool:
    """A word a section's heading opens with ("Latest News", "Top Stories"), not a paper's name."""
    return word.lower() in _SECTION_WORDS


def _section_label(rest: str) -> bool:
    """Whether the one word before a bar and a date is the story's section ("WORLD", "Politics"): a word English
    uses often, where a pen name is rare as a word ("Stefan") and an agency is named as itself ("AFP")."""
    word = rest.strip()
    return " " not in word and not is_agency(word) and (
        heading_word(word) or zipf_frequency(word, "en") >= _SECTION_ZIPF)


def _space_before_month(match: re.Match[str]) -> str:
    return " " if match.group(1).lower() in MONTHS else ""


def _titled_names(line: str) -> list[str]:
    """The names before a job title or the writer's place set off by a bar ("Jane Doe and John Roe | Guest
    Columnists", "Jane Doe | Thimphu")."""
    names, _, title = line.partition("|")
    if title.count("|") > 1 or ":" in names:
        return []  # a table's row; a labelled field ("Source: Example | Editor: Jane Doe")
    after = title.split("|")[0]
    placed = after.strip() in filing_places() and person_line(names.strip()) is not None  # not "Politics | Paris"
    return _names(names) if (is_role(after) or placed) and len(names.split()) <= 8 else []


def labelled_names(text: str) -> list[str]:
    """The names of a line that a byline's label stands above ("Jane Doe and John Roe", "Lauren")."""
    return _names(text) if len(text.split()) <= _LABELLED_WORDS else []


def issuers(text: str) -> list[str]:
    """The bodies and people a government release says it is from, on the line under its "From:" label
    ("Ministry of Transport and Ana Keller MP", "Department for Education and The Rt Hon Jane Doe MP"); [] when
    any part is no name."""
    if len(text.split()) > _ISSUER_WORDS:
        return []
    names = []
    for part in _ISSUER_SPLIT.split(text.strip()):
        words = _HONORIFIC.sub("", part).split()
        while len(words) > 1 and is_credentials(words[-1]):
            words.pop()  # "MP", "KC"
        if not words or words[0] in _ISSUER_JOINERS or not all(w[:1].isupper() or w in _ISSUER_JOINERS for w in words):
            return []
        names.append(" ".join(words))
    return names


def may_be_byline(first_word: str, line: str) -> bool:
    """Whether `byline_names` may find a byline in the line (`first_word`: its first word, lower-cased):
    a cheap test for callers that hold the words already."""
    return first_word.rstrip(":") in _BYLINE_FIRST or "|" in line or _GLUED_BY.match(line) is not None


_HANDLE_AFTER = re.compile(r"\s+@\w{2,30}$")  # the writer's account after the name, as a site links it


def person_line(text: str) -> str | None:
    """The name when the line is nothing but a person's name, perhaps with a job title or degrees after it
    ("Jane Doe", "Jane Doe Author", "Jane Doe, MS, RD", "Jane Doe, Print Managing Editor") or the writer's account
    ("Jane Doe @janedoe"), or a desk's ("Example Team"); None otherwise."""
    text = _unglued_role(_HANDLE_AFTER.sub("", text))
    before, slash, after = text.partition("/")
    if slash and is_role(after):
        text = f"{before}, {after}"  # "Jane Doe/Senior Staff Reporter"; not a picture's credit, "Jane Doe/AFP"
    name, *after_commas = text.split(",")
    titles = after_commas and all(is_credentials(part) or is_role(part) for part in after_commas)
    if titles and name.isupper() and not text.isupper():
        name = name.title()  # "KENJI TANAKA, Nikkei staff writer": a name in capitals beside its title is a name
    tokens = (name if titles else text).split()
    named = without_role(tokens)
    if _desk_byline(tokens, named):
        return " ".join(tokens)
    tokens = named
    while len(tokens) > 2 and is_credentials(tokens[-1], capitals=text.isupper()):
        # "Jane A. Doe CPP, PSP": letters after the name before the comma too, and "Jane Doe USA TODAY": the
        # paper set in capitals after a name that is not
        tokens = tokens[:-1]
    honorific = bool(tokens) and tokens[0].rstrip(".") in HONORIFICS
    words = tokens[1:] if honorific else tokens  # after an honorific a surname alone is a name ("Dr. Allen")
    if not (1 if honorific else 2) <= len(words) <= 4 \
            or not all(is_name_word(t) or t.lower() in _PARTICLES for t in words) or heading_word(words[0]) \
            or " ".join(words) in filing_places() or words[-1] == "News":
        return None  # a section's label ("All News", "Top Stories", "Latin America", "Agency News") is no one's name
    return _clean_name(" ".join(tokens))


def _desk_byline(tokens: list[str], named: list[str]) -> bool:
    """Whether a byline's words are a desk's ("Example News Editors", "Harbour Post Reporter"), not a person's with the
    title after the name (`named`: the words before it): "Jane Doe Senior Editor", "Jane Doe Transportation
    Reporter"."""
    return _is_desk(tokens) and not (len(named) < len(tokens) and _person_words(named)
                                     and not press_name(" ".join(named)))


def _person_words(tokens: list[str]) -> bool:
    return 2 <= len(tokens) <= 4 and tokens[0] not in ("The", "the") and all(map(is_name_word, tokens))


def _unglued_role(text: str) -> str:
    """The name apart from the job title that a link's text glues to it ("Jane DoeTrending Editor")."""
    for glue in _GLUE.finditer(text):
        # A name of one word run together is a brand's ("NaijaPulse Reporter" is its desk, not Naija's).
        if " " in text[:glue.end()].strip() and is_role(text[glue.end():]):
            return f"{text[:glue.end()]}, {text[glue.end():]}"
    return text


def uncapitalised(text: str) -> str:
    """A line set in capitals by a stylesheet ("JANE DOE") as a name is written; an acronym's line ("ACME
    GTC") has a word without a vowel and stays as it is, and a country's initials stay ("USA TODAY" -> "USA Today")."""
    if not text.isupper() or not all(map(_VOWEL.search, words := text.split())):
        return text
    return " ".join(word if word in place_initials() else word.title() for word in words)


def service_initials(name: str) -> str | None:
    """The broadcaster's initials of a service named by them and the region or the world it covers ("RNZ Pacific",
    "BBC Africa", "KBS WORLD"), by which copy credits it ("RNZ reported"); else None."""
    initials, _, region = name.partition(" ")
    region = region.title() if region.isupper() else region
    known = region in _SERVICE_REGIONS or (region in places() and region.istitle())
    return initials if known and _INITIALS_WORD.fullmatch(initials) else None


def owner_name(text: str) -> str | None:
    """The person a personal site is named after ("Jane Doe"); a publication's name ("Harbour Daily News") or
    a site named for its owner's things ("Jane's Kitchen") is none, though it has the shape of one."""
    name = person_line(text)
    return name if name and not _OUTLET_WORD.search(name) and not _POSSESSIVE.search(name) and not (
        _PUBLICATION_ONLY.fullmatch(name.split()[-1])) else None


def is_name_word(token: str) -> bool:
    """A capitalised word of a name, in any Latin alphabet and hyphenated or not ("Çelik", "Martínez-Beltrán",
    "O’Brien"), an initial ("J."), or "McDonald", "al-Hassan"."""
    if _NAME_TOKEN.match(token):
        return True
    # A capital alone is a name's part only before a joiner ("O’Brien"): the token is longer than one letter.
    return len(token) > 1 and all(
        part[:1].isupper() and (not part[1:] or (part[1:].isalpha() and part[1:].islower()))
        for part in _NAME_JOINERS.split(token)
    )


def people_line(text: str) -> list[str]:
    """The names when the line is nothing but two or more people's names ("Jane Doe, John Roe & Ana Ruiz"), each
    perhaps with where they work."""
    # Most lines are told at their first part, a sentence's clause, before the whole line is split.
    first = _NAME_SPLIT.search(text)
    if first is None or ((head := text[: first.start()]).strip() and not person_line(head)):
        return []
    parts = [part for part in _NAME_SPLIT.split(text)[::2] if part.strip()]
    if len(parts) < 2:
        return []
    names: list[str] = []
    for part in parts:
        if names and (affiliation(part) or paper_name(part.strip())):
            continue  # where the writer before works ("Jane Doe, Coralbay University", "Jane Doe, The Harbour Post")
        if not (name := person_line(part)):
            return []  # most lines fail on their first part: a sentence's clause is no name
        names.append(name)
    return names


def affiliation(text: str) -> bool:
    """Whether a byline's part after the writer's name is where they work ("Coralbay University", "University of
    Dunmore"), not a second writer."""
    return _AFFILIATION.search(text.strip()) is not None


def is_credentials(text: str, capitals: bool = False) -> bool:
    """Degrees and post-nominal letters alone ("MS RD", "Ph.D."): what follows a name, never a name. In a line
    set in capitals (a stylesheet's text-transform, which a browser's page text keeps) a short name looks the
    same ("TOM BERG"): there only letters without a vowel ("RD", "MSW") and well-known degrees count."""
    tokens = [t.strip(",.") for t in text.split()]
    if not tokens or not all(CREDENTIAL.match(t) for t in tokens):
        return False
    return not capitals or all(t in _DEGREES or "." in t or not _VOWEL.search(t) for t in tokens)


def is_role(text: str) -> bool:
    """A job title on its own ("Senior Writer", "Print Managing Editor")."""
    text = text.strip()
    if not at_most_words(text, 5):
        return False  # a paragraph, told without splitting it through
    if text[:1].islower() and len(after_role(words := text.split())) < len(words):
        return False  # a title written small before a name ("business reporter Jane Doe")
    return bool(_ROLE.match(text) or _TITLED_ROLE.fullmatch(text) or _ROLE_OF.match(text))


def dated_byline(text: str) -> list[str]:
    """Authors named with "by" inside a date line ("Modified: May 19, 2025 by Jane Doe · 3 min read"); the
    writer before a reviewer or an editor ("Medically reviewed by X — Written by Y"), who is credited only
    where nobody else is."""
    if not at_most_words(text, 25) or not find_date(text):
        return []
    matches = sorted(_EMBEDDED_BY.finditer(text), key=lambda m: bool(_NOT_AUTHOR_BY.search(text, 0, m.start())))
    return _names(matches[0].group("rest")) if matches else []


_BY_AGENCY_LAST = re.compile(rf"\s{_BY_WORDS}\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})$")


def dated_name(text: str) -> str | None:
    """The name of a date line without a "By": before the date ("Jane Doe October 14, 2025"), or set apart
    by separators ("Dec 19, 2025 · Jane Doe · 5 min read", "Dec 26, 2025 • Jane Doe in Gardening")."""
    if not at_most_words(text, 25):
        return None
    if AGE.search(text.lower()) and (by := _BY_AGENCY_LAST.search(text)) and agency(by["name"]):
        return as_spelled(by["name"]) or by["name"]  # how long ago, by the agency ("HÁ 2 HORAS POR LUSA")
    if not find_date(text):
        return None
    before_date = _NAME_END.sub("", text).strip(" ,|·•-–—")
    # "JANE DOE 04 December, 2026 05:42 pm IST"; not a date's label in another language ("Publié le 07/12/2026")
    if not DATE_LABEL.match(before_date) and before_date.lower() not in WEEKDAY_NAMES and (
            name := person_line(uncapitalised(before_date))):
        return name
    if source_alone(before_date):
        # An agency's copy dated beside its name ("MENA , Saturday 5 Dec 2026"), or a state outlet's that others
        # carry ("RT | December 11, 2026").
        return before_date
    if (by := _BY_AGENCY_LAST.search(text)) and agency(by["name"]):
        return by["name"]  # after the date, by the word for "by" ("05/12/26 14:32 ‧ há 2 horas por Lusa")
    rest = text
    while lead := opening_date_end(rest):
        rest = rest[lead:].lstrip()  # "Dec 17, 2025 Jane K. Doe", or two dates first (published, updated)
    if rest != text and (name := person_line(rest)):
        return name
    # The author comes after the post's category when both are given ("12/19/2025 • Gardening Tips • Jane Doe").
    # Or an agency's, or a state outlet's whose copy others carry ("December 12, 2026 · RT").
    parts = _SEPARATOR.split(text)
    return next((name for part in reversed(parts) if len(parts) > 1 and not _DIGIT.search(part)
                 and (name := person_line(without_filing(part.strip())) or source_alone(part.strip()))), None)


def source_alone(text: str) -> str | None:
    """The text when it is an agency's name or a newsroom's whose copy others carry ("AFP", "RT"), else None."""
    short = source_name(text)
    return text if short and (agency(text) or short in CARRIED_NEWSROOMS) else None


def editor_names(line: str) -> list[str]:
    match = _EDITED_BY.search(line)
    return _names(match.group("rest")) if match and len(line.split()) <= 20 else []


def credit_names(line: str) -> list[str]:
    """Authors from an end credit: "X reported from Lagos.", "X and Y contributed to this report.",
    "Reporting by X; Editing by Y", a writer's sign-off under the text ("— Paolo Garcia"), an agency's note of who
    wrote each language's version ("AGERPRES (RO - author: X, editor: Y; EN - author: Z, editor: W)")."""
    if (noted := _AGENCY_CREDITS.match(line)) and source_name(noted.group("agency")):
        return [name for found in _AUTHOR_LABEL.finditer(noted.group("inside")) for name in _names(found.group(1))]
    if (signed := _WRITER_SIGN_OFF.match(line)) and (name := person_line(signed.group(1))) and not source_name(
            name, strict=False):
        return [name]  # an agency's sign-off ("— Associated Press") credits its copy, not a writer
    match = _END_CREDIT.match(line)
    if not match or len(line.split()) > 30:
        return []
    # "The Associated Press contributed to this report": an agency's help, which credits the agency, no writer.
    return [name for name in _names(next((g for g in match.group("rest", "rest2", "rest3", "rest4") if g), ""))
            if not source_name(name, strict=False)]


def _names(rest: str) -> list[str]:
    # An agency in brackets after the name credits it ("Jane Doe (AFP)"); other brackets end the name.
    rest = _BRACKETED.sub(lambda m: f", {m.group(1)}" if is_agency(m.group(1)) else m.group(0), rest.strip())
    # So does a news agency set off by a bar ("Jane Doe | Reuters"), where a bar otherwise ends the name (a paper's own
    # name there is the site's: "Jane Doe | China Daily").
    writer, bar, after = rest.partition("|")
    if bar and agency((credited := after.partition("|")[0]).strip()):
        rest = f"{writer.rstrip()}, {credited.strip()}{after[len(credited):]}"
    # "News24 Wire", "France 24", "Example 360 Staff": a number in a desk's name
    if not (press_name(rest) or source_name(rest) or _is_desk(rest.split())):
        rest = _NAME_END.sub("", _GLUED_MONTH.sub(_space_before_month, rest)).strip(" ,:;-–—")
    rest = _FOR_OUTLET.sub("", rest)
    names: list[str] = []
    title = ""  # the job title that followed the last name
    pieces = _NAME_SPLIT.split(without_joined_roles(rest))
    # Names set in capitals ("JANE DOE and JOHN ROE, Associated Press") look like letters after a name.
    capitals = pieces[0].isupper()
    parts = [(separator if k == 0 else ",", credit)
             for separator, filed in zip(["", *pieces[1::2]], pieces[::2], strict=True)
             for k, credit in enumerate(credits_in(filed))]
    # "Jane Doe, PA" alone is the agency's byline style; a physician assistant's letters come among others
    # ("Jane Doe, MS, PA-C") or after another's name.
    agency_pa = len(parts) == 2 and parts[1][1].strip() == "PA"
    for separator, part in parts:
        if names and (is_agency(part) or (agency_pa and part.strip() == "PA")):
            # "By Jane Doe with AFP": the writer's story on the agency's material, which credits it as its source.
            if part not in names and separator.lower() != "with":
                names.append(part)  # "Jane Doe, AP": the agency credited beside the writer
            continue
        if names and is_credentials(part, capitals):
            continue  # "By Jane Doe, MD, Staff Writer": degrees after a name, split off at a comma
        if names and is_role(part):
            title = part
            if (wire := title_agency(part)) and wire not in names:
                names.append(wire)  # "Jane Doe, PA Health Correspondent": the agency's copy
            continue
        if names and (_AFFILIATION.search(part) or (
                _NEWSROOM_STAFF.fullmatch(part.strip()) and not title_agency(part))):
            # "By Jane Doe, Example Institute", "By Jane Doe, Example Staff": where the writer works; an agency's
            # desk ("Jane Doe, PA Sport Staff") credits its copy.
            continue
        if names and separator == "," and len(part.split()) == 1:
            continue  # "By Dayo Johnson, Akure": the bureau the writer files from; a co-author has a full name
        if title and not _next_author(separator, part, title):
            continue
        name = _clean_name(part)
        if name is None and not names:
            return []  # "By using this site, you agree to our Terms and Privacy Policy": a sentence, no byline
        tokens = part.split()
        title = " ".join(tokens[len(without_role(tokens)):])  # "Jane Doe Executive Editor and ..."
        before = " ".join(tokens[:len(tokens) - len(after_role(tokens, titled=True))])  # "PA Political Correspondent"
        if name and name not in names:
            names.append(name)
            # "Jane Doe, AP Medical Writer", "PA Political Correspondent Jane Doe", or an agency's desk ("PA Sport
            # Staff"): the agency's copy
            if (wire := title_agency(title) or title_agency(before)
                    or (title_agency(name) if _is_desk(name.split()) else None)) and wire not in names:
                names.append(wire)
    return names


def is_agency(part: str) -> bool:
    """Whether the part names a news agency; "PA" alone is a physician assistant's letters as often (see
    `_names`)."""
    return source_name(part) is not None and part.strip(" .").upper() not in _DEGREES


def credits_in(part: str) -> list[str]:
    """The credits one part of a split byline holds: the name without where it was filed from, and an agency
    written after it without a comma ("Jane Doe in London", "JANE DOE Associated Press")."""
    return _agency_apart(without_filing(part))


def _agency_apart(part: str) -> list[str]:
    """A name and the agency or the job written after it without a comma ("JANE DOE Associated Press", "Jane Doe/AP",
    "Jane Doe / Staff reporter"), or two agencies joined by a hyphen, as two credits; else the part alone."""
    head, slash, tail = part.rpartition("/")
    if slash and (is_agency(tail) or is_role(tail)):
        return [head, tail.strip()]  # "Jane Doe/AP", "Crystal Hsu / Staff reporter"
    joined = part.strip().split("-")
    if len(joined) > 1 and all(is_agency(agency) for agency in joined):
        return [in_mixed_case(agency) for agency in joined]  # "AFP-JIJI": one agency's copy as another carries it
    words = part.split()
    for k in (3, 2, 1):
        if len(words) >= k + 2 and is_agency(agency := " ".join(words[-k:])):
            return [" ".join(words[:-k]), agency]
    return [part]


def without_filing(name: str) -> str:
    """A byline's name without where it was filed from or for whom ("Jane Doe in London" -> "Jane Doe"); an
    organisation's name keeps its words ("Center for Drug Evaluation")."""
    if " " not in name or (person := _FILED.sub("", name)) == name:
        return name
    named = " ".join(after_role(person.split()))
    return person if person_line(named) and not _AFFILIATION.search(person) else name


_PAPER_AFTER = re.compile(r"\s+\((?P<bracketed>[^()]{2,40})\)$|(?:\s+[/–—-]|,)\s+(?P<set_off>[^/,–—]{2,40})$")


def name_of_paper(line: str) -> str | None:
    """The writer's name where the line gives their paper after it ("Jane Doe (The Daily Post)", "Jane Doe / Example
    Times", "Jane Doe - The Daily Post", "Jane Doe, Example News", with the writer's job after it too: "Jane Doe,
    Example News, Staff Writer"), as Asian papers set a byline; None for any other line."""
    return person_line(signed[0]) if (signed := _names_and_paper(line)) else None


def writers_paper(line: str) -> str | None:
    """The paper a byline gives after its writers' names ("Jane Doe and John Roe, Example Times", "Jane Doe (The
    Daily Post)"), else None."""
    if not (signed := _names_and_paper(line)):
        return None
    names, paper = signed
    return paper if all(map(person_line, re.split(r",\s*|\s+and\s+", names))) else None


def _names_and_paper(line: str) -> tuple[str, str] | None:
    """What stands before the paper `name_of_paper` reads, and the paper."""
    found = _PAPER_AFTER.search(line)
    if found and found.group("set_off") and is_role(found.group("set_off")):
        line = line[: found.start()]  # the job after the paper ("..., Staff Writer")
        found = _PAPER_AFTER.search(line)
    if not found or not press_name(paper := found.group("bracketed") or found.group("set_off")):
        return None
    return line[: found.start()], paper


def without_place(line: str) -> str:
    """A name line without the city or country it was filed from ("Jane Doe in Kyiv", "Habibu Sani, Kano" -> the
    name): a known place, since a headline reads the same ("Why Rust in Production"), or a town of one word after a
    name with a word English seldom uses ("Chuks Okocha in Ilasa"); a headline's words are common ones."""
    if (filed := _FILED.search(line)) and filed.group(1):  # "in Kyiv"
        start, place = filed.start(), filed.group(2)
    elif town := _FILED_TOWN.search(line):  # ", Kano"
        start, place = town.start(), town.group(1)
    else:
        return line
    name = line[:start]
    if place in filing_places():
        return name
    # A town's name is no word English uses ("Nonessential Thoughts, Technology" is a post's categories).
    words = name.split()
    if not (" " not in place and 2 <= len(words) <= _NAME_WORDS and _NAME_TOKEN.match(place)):
        return line
    town_name = zipf_frequency(place, "en") < _COMMON_PLACE_ZIPF or place in places()
    return name if town_name and has_rare_word(words) else line


def has_rare_word(words: list[str]) -> bool:
    """Whether a name holds a word English seldom uses, as a person's does ("Okocha"); a headline's, a product's or a
    menu's words are common ones ("Get Listed")."""
    return min(zipf_frequency(w, "en") for w in words) < _RARE_NAME_ZIPF


def without_joined_roles(byline: str) -> str:
    """The byline without the job titles of two fields joined that follow its names ("Jane Doe, Arts and
    Culture Reporter" -> "Jane Doe")."""
    return _JOINED_ROLE.sub("", byline) if "and" in byline or "&" in byline else byline


def _next_author(separator: str, part: str, title: str) -> bool:
    """Whether a part of a byline after a job title names the next author: a title runs on after a comma with
    its desk and employer ("Senior Director, Content & Marketing, Example Institute"), and a title of
    something through "and" ("Head of Marketing and Communications"). A semicolon, or "and" with a name of
    two words or more, opens the next author's name."""
    if separator == ";":
        return True
    return separator.lower() in _NEXT_NAME and len(part.split()) >= 2 and " of " not in f" {title.lower()} "


def _clean_name(part: str) -> str | None:
    stripped = part.strip(" .,:;-–—")
    if source_name(stripped):
        return stripped  # "By The Associated Press"
    tokens = stripped.split()
    half = len(tokens) // 2
    if half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # drawn twice, for the eye and for a screen reader ("Jane Doe Jane Doe")
    while len(tokens) > 2 and (tokens[0].rstrip(".") in HONORIFICS or (
            tokens[0].rstrip(".").lower() in _OFFICES and not _is_desk(tokens))):  # not "General Assembly staff"
        tokens = tokens[1:]  # "By Dr Jane Doe", an official's column "By Sen. Jane Doe": the name is Jane Doe's
    # "By Political Editor Jane Doe", "By Example News Wales Reporter Jane Doe": the name after the title.
    named = without_role(after_role(tokens, titled=True))
    if _desk_byline(tokens, named) or _ROLE.fullmatch(" ".join(tokens)):
        return " ".join(tokens)  # a desk, or a title and no name ("By Staff Writer"): whoever holds it wrote it
    tokens = named
    if not 1 <= len(tokens) <= 6 or any(t.lower() in _NOT_NAMES or t.endswith(":") for t in tokens):
        return None  # a word that is no name's, or a field's label ("Source: Example | 2026-12-02")
    if len(tokens) == 1 and tokens[0].lower() in _FACETS:
        return None
    if not all(t[0].isupper() or t.lower() in _PARTICLES or t[:3].lower() in ("al-", "el-") for t in tokens):
        return None
    if not tokens[0][0].isupper():
        return None
    return in_mixed_case(" ".join(tokens))


# A word English uses this often (once in ten thousand words) is an ordinary word, not a name: a brand's capitals
# ("USA TODAY"), or a word that names more than one company when it stands alone ("United"); surnames stay below it.
_COMMON_ZIPF = 5.0
# A section's one-word name ("Opinion", "Culture") is a word English uses about once in thirty thousand words.
_SECTION_ZIPF = 4.5


def common_word(word: str) -> bool:
    return zipf_frequency(word, "en") >= _COMMON_ZIPF


def in_mixed_case(name: str) -> str:
    """A person's name set in capitals as a byline may set it ("JANE DOE"), written as a name is ("Jane Doe");
    an agency's or a brand's capitals ("AFP", "USA TODAY", ending with a word English uses often) stay, but for an
    agency that spells its name in small letters ("JIJI": "Jiji")."""
    words = name.split()
    if name.isupper() and (spelled := as_spelled(name)):
        return spelled
    if name.isupper() and len(words) >= 2 and words[-1].lower() in DESK_WORDS:
        # A desk's name in capitals ("TOI STAFF", "NEWS DESK"): its words as a name's, its paper's initials as they are.
        initials = [w if len(w) <= _INITIALS_LETTERS and not common_word(w) else w.title() for w in words[:-1]]
        return " ".join([*initials, words[-1].title()])
    # A hyphenated word is a name's ("PARK HYE-JIN"), not a brand's, whatever English word the other is. A brand ends
    # with the word English uses often ("USA TODAY"); a name may open with one ("JAMES CARTER").
    if not name.isupper() or len(words) < 2 or (common_word(words[-1]) and "-" not in name):
        return name
    return name.title()


def after_role(tokens: list[str], titled: bool = False) -> list[str]:
    """The name after a job title written small before it, as broadcasters' bylines set it ("political reporter
    Jane Doe", "chief economics correspondent Jane Doe"); `titled` for a byline an extractor has capitalised
    ("Political Reporter Jane Doe"), where a name of two words or more must follow."""
    for k, token in enumerate(tokens[:_ROLE_BEFORE_WORDS]):
        if not (token.islower() or (titled and (token.istitle() or token.isupper()))):
            break
        if _JOB_NOUN.fullmatch(token):
            rest = tokens[k + 1:]
            return rest if rest and rest[0][:1].isupper() and (token.islower() or len(rest) >= 2) else tokens
    return tokens


def without_role(tokens: list[str]) -> list[str]:
    """The name before the job title that follows it ("Jane Doe Staff Writer" -> "Jane Doe"), or before two
    titles joined ("Jane Doe Founder & Lead Reviewer")."""
    if len(tokens) < 2 or not _JOB_NOUN.fullmatch(tokens[-1]):
        return tokens  # a title ends in a job noun; most names are told so by their last word alone
    if (k := _title_start(tokens)) >= 2:
        return tokens[:k]
    for k in range(1, len(tokens)):
        if _ROLE.fullmatch(" ".join(tokens[k:])):
            if tokens[k - 1].lower() in ("&", "and") and len(before := without_role(tokens[: k - 1])) < k - 1:
                return before
            return tokens[:k]
    return tokens


def _title_start(tokens: list[str]) -> int:
    """Where a title set apart from the name by its case begins, with the agency it names first: "MIKE STOBBE AP
    Medical Writer" (a name in capitals, the title not), "Kate Bell Health policy editor" (the title in lower
    case after its first word); 0 where the case tells nothing."""
    if tokens[0].isupper() and not tokens[-1].isupper():
        k = next(i for i, t in enumerate(tokens) if not t.isupper())
        return k - 1 if k >= 3 and is_agency(tokens[k - 1]) else k
    if tokens[-1].islower():
        k = next((i for i in range(len(tokens), 0, -1) if not tokens[i - 1].islower()), 0)
        return k - 1 if k >= 3 and tokens[k - 1][:1].isupper() else k
    return 0


def title_agency(title: str) -> str | None:
    """The agency a writer's title opens with ("PA Health Correspondent", "AP Medical Writer"), as written; before
    a title, "PA" is the agency, not a physician assistant's letters. An agency named in more words than its title
    keeps ("Local Democracy Reporter") is given its full name."""
    words = title.strip(" ,.").split()
    for n in range(min(len(words), _TITLE_AGENCY_WORDS), 0, -1):
        if short := source_name(named := " ".join(words[:n])):
            return named if n == 1 else short
    return None


def with_title_agency(name: str, line: str) -> list[str]:
    """The writer a line names, and the agency their title opens with ("Jane Doe, PA Health Correspondent")."""
    tokens = line.split()
    title = line.split(",", 1)[1] if "," in line else " ".join(tokens[len(without_role(tokens)):])
    wire = title_agency(title)
    return [name, wire] if wire and wire != name else [name]


def name_word(name: str) -> str:
    """The word that names whom a credit names: a person's surname, a desk's own name ("Example" of "The
    Example Team")."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1].lower() in DESK_WORDS else words[-1]


def desk_words(name: str) -> list[str]:
    """The words of a desk's own name ("Example Lifestyle" of "The Example Lifestyle Desk"); [] for a person."""
    return _desk_own_words(name.split())


def _is_desk(tokens: list[str]) -> bool:
    return bool(_desk_own_words(tokens))


def _desk_own_words(tokens: list[str]) -> list[str]:
    """A desk or team credited as the author ("The Currency editors", "Upwork Team", "Team Upwork"), a
    capitalised name and a desk word, which may be written in lower case: the words of that name; [] for
    anything else."""
    named = tokens[1:] if tokens[:1] in (["The"], ["the"]) else tokens
    # A site's desk in the possessive runs a word longer ("Example PBS World's General Desk").
    if not 2 <= len(named) <= 4 + any(_POSSESSIVE.search(t) for t in named[:-1]):
        return []
    own = named[:-1] if named[-1].lower() in DESK_WORDS else named[1:] if named[0] in _DESK_FIRST else []
    # A number may follow the name's first word ("Example 360 Staff", "Channel 4 Team").
    if not own or not all(t[0].isupper() or (k and t.isdigit()) for k, t in enumerate(own)) \
            or any(t.lower() in _NOT_NAMES for t in own[:-1]):
        return []
    # A publication's last word may be one that names no one ("L'Orient Today staff").
    return own if own[-1].lower() not in _NOT_NAMES or (len(own) > 1 and press_word(own[-1])) else []


def dateline(paragraph: str) -> tuple[str | None, str | None]:
    """The place and the credited source of a story's opening dateline: "NAIROBI, Kenya (AP) — ..." gives
    ("NAIROBI, Kenya", "AP"); "WASHINGTON, Nov 5 (Reuters) - ..." gives ("WASHINGTON", "Reuters")."""
    place, source, _ = _dateline(paragraph)
    return place, source


def lede(body: list[str]) -> str:
    """The paragraph that opens the story: the first, or the one under an editor's note set over the text, or the
    dateline's under a standfirst set over it ("Works minister Jane Doe says ..." / "PETALING JAYA: Toll rates ...")."""
    first = next((p for p in body[:2] if not _EDITORS_NOTE.match(p)), body[0])
    # Not under a transcript's first turn ("DAVID HOLLIS, NBS ANCHOR: ..." over "SEN. JANE DOE (D-NM): ...").
    if first is body[0] and len(body) > 1 and not dateline(first)[0] and not _SPEAKER_TURN.match(first) and (
            dateline(body[1])[0]):
        return body[1]
    return first


def dateline_end(paragraph: str) -> int:
    """Where the paragraph's opening dateline ends (its date, if any, dates the report); 0 when it has none."""
    return _dateline(paragraph)[2]


# The lede's dateline is asked for by the byline, credit and origin readers alike.
@lru_cache(maxsize=1024)
def _dateline(paragraph: str) -> tuple[str | None, str | None, int]:
    place, source, end = _dateline_parts(paragraph)
    # WAFA names the weekday before the date: "NABLUS, Friday, December 4, 2026 (WAFA) -"; Interfax-Ukraine closes
    # the place with a point ("KYIV. Dec 4 (Interfax-Ukraine) -"), which an abbreviation keeps ("FLINT, Mich.").
    if place:
        place = _SITE_TAG.sub("", place)  # the site's own address before the place ("TEMPO.CO, Jakarta -")
    if place and "," not in place:
        place = _PLACE_POINT.sub("", place)  # a state's or a prefecture's abbreviation keeps its point
    return (_WEEKDAY_AFTER.sub("", place) if place else place), source, end


def _dateline_parts(paragraph: str) -> tuple[str | None, str | None, int]:
    if named := _named_agency_dateline(paragraph) or _agency_opening(paragraph) or _slashed_tag(paragraph) or (
            _service_tag(paragraph)) or _dashed_agency(paragraph):
        return named
    match = _DATELINE.match(paragraph)
    # A dateline alone on its line must credit a source: a capitalised word and a colon is a label.
    if match and not _caps_word_only(match.group("place"), match.group("src")) and (
            match.group("src") or paragraph[match.end():].strip()):
        place, src = match.group("place").strip(" ,"), match.group("src")
        if src in places():
            return f"{place} ({src})", None, match.end()  # the country in brackets after the town: no source
        if src and src.upper() in _LABELS:
            return place, None, match.end()  # "MANILA, Philippines (UPDATED) –": the story's label, no source
        return place, _credited(src), match.end()
    match = _SOURCE_DATELINE.match(paragraph)
    if match is None and (dated := _DAY_THEN_PLACE.match(paragraph)):
        return dated.group("place"), None, dated.end()
    if match is None:
        return _known_place_dateline(paragraph)
    # Without its dash, the tag must name an agency or syndicate: "IBM (NYSE) Shares rose" is no dateline.
    src = match.group("src")
    tag = next((t for t in match.group("tag", "tag2", "tag3", "tag4", "tag5", "tag6") if t), None)
    # Initials in brackets and a dash are a credit, even those a page sets for something else too ("(AGI) - Rome").
    bracketed = bool(match.group("tag2") or match.group("tag4"))
    source = _credited(src) if src and src not in places() else source_name(tag, strict=not bracketed)
    if not source and match.group("tag2") and _AGENCY_INITIALS.fullmatch(tag or "") and tag not in _EXCHANGES:
        source = tag  # after a place and a day, initials in brackets are an agency's, listed or not: "(CNA)"
    if not source:
        return None, None, 0
    place = next((p for p in match.group("place", "city", "dated", "named", "bare", "after") if p), None)
    return (place.strip(" ,") if place else None), source, match.end()


def _named_agency_dateline(paragraph: str) -> tuple[str | None, str | None, int] | None:
    """A dateline whose agency follows the place and day after a point or a comma, in capitals, without brackets
    ("ASTANA. KAZINFORM – ...", "Baku, December 5, AZERTAC The ...", "YEREVAN, DECEMBER 5, ARMENPRESS. The ...",
    "Phnom Penh, December 4, 2026 AKP -- ...",
    or on a line of its own over the text): only an agency a list knows tells it from a sentence's opening."""
    match = _AGENCY_AFTER_PLACE.match(paragraph)
    # After the day, initials and a dash are a credit, even those a page sets for something else too
    # ("Phnom Penh, December 4, 2026 AKP -- ...").
    source = source_name(match.group("tag"), strict=not match.group("dash")) if match else None
    return (match.group("place"), source, match.end()) if match and source else None


def _dashed_agency(paragraph: str) -> tuple[str, str, int] | None:
    """A place, a day and an agency's name after a dash (`_DASHED_AGENCY`): only an agency a list knows."""
    match = _DASHED_AGENCY.match(paragraph)
    source = source_name(match.group("tag")) if match else None
    return (match.group("place"), source, match.end()) if match and source else None


def _agency_opening(paragraph: str) -> tuple[str | None, str, int] | None:
    """An agency's name and a dash opening its copy with no place ("NNA - Minister of ..."), as Lebanon's agency
    writes it, or glued to the place by a hyphen ("APA-Dakar (Senegal) - ..."), as the African Press Agency does:
    only an agency a list knows tells it from an acronym opening a sentence ("NATO - the alliance ...")."""
    match = _AGENCY_OPENING.match(paragraph)
    source = source_name(match.group("tag")) if match else None
    return (match.group("place"), source, match.end()) if match and source else None


def _slashed_tag(paragraph: str) -> tuple[None, str, int] | None:
    """A site's or an agency's name and a slash opening its copy with no place ("Example News/ The ministry said
    ..."), as some Iraqi sites write it: a publication's name, or an agency's, not a pair of words ("and/ or")."""
    match = _SLASHED_TAG.match(paragraph)
    if not match:
        return None
    tag = match.group("tag")
    source = source_name(tag) or (tag if press_name(tag) else None)
    return (None, source, match.end()) if source else None


def _service_tag(paragraph: str) -> tuple[str, str, int] | None:
    """A known place and a news service's initials before a colon ("Bengaluru, DHNS: The Yellow Line ..."), as Indian
    papers tag their own service's copy."""
    match = _SERVICE_TAG.match(paragraph)
    return (match.group("place"), match.group("tag"), match.end()) if match and match.group("place") in places() \
        else None


def _known_place_dateline(paragraph: str) -> tuple[str | None, None, int]:
    """A dateline in small letters without a source's tag, which only a known place tells from a label ("Dubai:
    The authority ...", "Kuala Lumpur, Dec 5 -- Malaysia ...", "Jakarta. The ministry ...", "Monterrey, Nuevo León —
    Water ..."; not "Update: The ...")."""
    match = _PLACE_DATELINE.match(paragraph)
    # A sentence follows a dateline, its small words among its names; a headline's topic before its colon ("Israel:
    # What we know") is no place, nor a list's label ("Iowa: Tim Albrecht, Brad Anderson, ..."). A town the list
    # does not know is a place where the report's day follows it ("Gilgit, December 7: Protesters ..."), and its name
    # no word English uses ("Update, Dec 5:", "Monday, Dec 7:" are labels).
    words = paragraph[match.end():].split() if match else []
    if match is None or len(words) < _LEDE_WORDS or sum(1 for word in words if word[:1].islower()) < _LEDE_SMALL_WORDS:
        return None, None, 0
    if match.group("place") not in places() and not (match.group("day") and all(
            zipf_frequency(word, "en") < _COMMON_PLACE_ZIPF for word in match.group("place").split())):
        return None, None, 0
    return match.group("place") + (match.group("region") or ""), None, match.end()


def _caps_word_only(place: str, src: str | None) -> bool:
    """A capitalised word with no credit is often a label ("UPDATE:"), a transcript's speaker ("MINISTER HALE:",
    "Q:") or an acronym opening a sentence ("NATO: ...") rather than a place: a place has four letters or more, or
    is followed by a region."""
    if src:
        return False
    words = [_POSSESSIVE_S.sub("", word) for word in place.strip(" ,").upper().split()]  # "EDITOR'S NOTE —"
    return set(words) <= _LABELS or not _SPEAKER_ROLES.isdisjoint(words) or (
        "," not in place and (len(place) < 4 or words[0].rstrip(".").lower() in _SPEAKER_LABELS))


# Small words inside an outlet's name ("Bank of the West"); labels that credit where a text came from.
OUTLET_JOINERS = frozenset({"of", "the", "and", "&"})  # the small words of a publication's name
_ROMANCE_ARTICLES = frozenset({"El", "La", "Le", "Il", "O", "A", "Lo", "Los", "Las", "Les"})
_ROMANCE_JOINERS = frozenset({"de", "del", "della", "dello", "di", "do", "da", "des", "du", "dos", "das", "la", "el"})
_SOURCE_LABELS = frozenset({"source", "sources", "courtesy", "via", *SOURCE_LABELS_ABROAD})


# What a note on where a text ran first may name instead: when ("in April 2020"), in what language ("in German").
_NOT_WHERE = frozenset(MONTHS) | LANGUAGE_NAMES


def _credited(src: str | None) -> str | None:
    """The outlet a note names: a known source by its short name, else up to three capitalised words, where the
    name ends at the note's next words ("The Conversation under a Creative Commons license") or at a colon before
    the story's headline ("... originally appeared on Desert Republic: Heat deaths fell ...")."""
    if not src:
        return None
    # A relay's credit names the outlet first and the relay after a slash ("RNZ PACIFIC/PACNEWS"): the outlet's story.
    src = src.partition(":")[0].partition("/")[0]
    named = source_name(src, strict=False)
    if named:
        return named
    # A number is part of a station's or a channel's name ("News 1st", "France 24", "Channel 4 News").
    words = list(takewhile(lambda w: w[0].isupper() or w[0].isdigit() or w in OUTLET_JOINERS, src.split()))
    while words and words[-1] in OUTLET_JOINERS:
        words.pop()
    if words and words[0] == "the":
        words.pop(0)  # "appeared in the Riverton Courier": the name is the paper's, as it writes it
    if words and (words[0][0].isdigit() or words[0].lower().rstrip(".,") in _NOT_WHERE):
        return None  # "first published in April 2020", "... in German": when or in what language, not where
    return " ".join(words) if 1 <= len(words) <= 3 else None


def origin(body: Iterable[str], authors: Iterable[str] = (), credit_lines: Iterable[str] = (),
           outlet: str | None = None) -> str | None:
    """The wire service or outlet the story credits as its source, by the strength of the credit: a
    dateline credit, a byline that names a source, a source/copyright line or the site's byline with an agency's,
    then the body citing a wire service ("told the Associated Press", "Reuters reported")."""
    paragraphs = list(body)
    own = {outlet, source_name(outlet, strict=False)} - {None}
    authors = list(authors)
    tagged = (dateline(paragraphs[0])[1] or signed_off_by(paragraphs[-1])) if paragraphs else None
    if tagged and tagged not in own and not same_house(tagged, outlet):
        return tagged
    # A byline naming the site's own desk ("Text by: Example 24") gives way to a line crediting an agency under
    # the text ("(Example 24 with AFP)") or to one its lede cites ("..., according to Reuters."), and a dateline's tag
    # naming the site ("SEOUL (Example Wire) --") to an agency the text cites ("..., according to Yonhap News
    # Agency"); alone, either says the site wrote the story.
    named_own = tagged
    credited = chain((desk_source(author) or _outlet_name(author) for author in authors),
                     (_credit_line_source(line) or _byline_source(line) or _desk_and_agency(line, outlet)
                      or _employer(line, authors) for line in [*credit_lines, *paragraphs[-3:]]))
    for named in credited:
        if named and same_house(named, outlet):
            named = outlet  # the house's newsroom signing the house's page
        if named and named not in own:
            return named
        named_own = named_own or named
    if named_own and named_own != tagged:
        return (_cited_wire(paragraphs[0]) if paragraphs else None) or named_own
    for paragraph in paragraphs:
        if named := _cited_wire(paragraph):
            return named
    return tagged


def _employer(line: str, authors: list[str]) -> str | None:
    """The publication the writer's tagline says they work for ("Jane Doe is a reporter for The Example Herald."):
    on another outlet's page, the story is that publication's."""
    found = _TAGLINE_OUTLET.search(line) if _writer_tagline(line, authors) else None
    employer = found.group("outlet").rstrip(".") if found else ""
    return employer if press_name(employer) else None


def address_label(address: str) -> str:
    """The name part of a site's address, without "www." and the domain ("example" of "www.example.co.uk")."""
    return address.lower().removeprefix("www.").split(".")[0]


def run_together(name: str) -> str:
    """A name's letters and digits run together, as a site's address writes it ("harbourpost" of "The Harbour
    Post")."""
    return "".join(filter(str.isalnum, name_key(name)))


# The words after a house's name that name one of its editions ("Example News Digital").
_EDITIONS = frozenset(["Digital", "Online", "International", "English", "Global", "Channel", "TV", "Radio"])


def same_house(name: str, outlet: str | None) -> bool:
    """Whether a name is another of the outlet's own newsrooms, by the letters of the brand both open with ("GMA
    Integrated News" of "GMA News Online", "VOA News" of "Voice of America"); a word that opens many names ("Gulf",
    "The") tells nothing. Or the outlet's name run on after a writer's, as a page's text glues a byline's two links
    ("Jane Doe Example News"), or before an edition's word ("Example News Digital"), or the outlet's own address
    ("Source: www.example.com" on Example's page), or its first words, two or more ("by Example News" on Example News
    Scotland's page)."""
    if not outlet:
        return False
    if name_key(name) == name_key(outlet):
        return True  # "Tico Times" of "The Tico Times"
    brand = name.split()[0]
    if SITE_ADDRESS.fullmatch(name):
        return address_label(name) == run_together(outlet)
    if brand.isupper() and len(brand) > 1 and (outlet.split()[0] == brand or (
            brand != name and brand == source_name(outlet, strict=False))):
        return True  # "VOA News" on the page of "Voice of America", which the sources know by its initials
    return name.endswith(f" {outlet}") or (
        name.startswith(f"{outlet} ") and name[len(outlet) + 1:] in _EDITIONS) or (
        " " in name and outlet.startswith(f"{name} "))


def _cited_wire(paragraph: str) -> str | None:
    for match in _MENTION.finditer(paragraph):
        # A name inside a word, or a poll's joint brand ("a Reuters/Ipsos poll"), cites no reporting.
        if (match.start() and paragraph[match.start() - 1].isalnum()) or paragraph[match.end(): match.end() + 1] == "/":
            continue
        named = source_name(match.group()) or _named_as_agency(paragraph, match)
        if named not in WIRES:  # being quoted by an agency means its reporting was used
            continue
        before = paragraph[max(0, match.start() - 40): match.start()]
        if _CITED_BEFORE.search(before) or _CITED_AFTER.match(paragraph, match.end()):
            return named
    return None


def _named_as_agency(paragraph: str, match: re.Match[str]) -> str | None:
    """The agency a name stands for that is as often other words ("Hina", a given name), where the text calls it a
    news agency ("Hina news agency reported", "the news agency Hina")."""
    after = paragraph[match.end(): match.end() + len(" news agency")].lower()
    before = paragraph[max(0, match.start() - len("news agency ")): match.start()].lower()
    return source_name(match.group(), strict=False) if " news agency" in (after, " " + before.rstrip()) else None


# Two names joined by a slash, as a byline: "The Example Ledger/Ritzau".
_SLASHED = re.compile(r"(?i:by\s+)?(?P<a>[^/]{2,40}?)\s*/\s*(?P<b>[^/]{2,40}?)\.?")


def _desk_and_agency(line: str, outlet: str | None) -> str | None:
    """The agency that a byline or a sign-off joins to the site's own name with a slash ("The Example Ledger/Ritzau",
    "AFP/The Example Ledger", "— TIMES/AFP"): the site's story drawn on the agency's, as English-language sites abroad
    sign it. A slash
    between two other names is a picture's credit ("AFP/Getty Images", "REUTERS/Jane Doe") or a poll's brand."""
    if not outlet or "/" not in line or not (found := _SLASHED.fullmatch(line.strip().lstrip("—–- "))):
        return None
    site = name_key(without_country(outlet))
    for desk, other in ((found["a"], found["b"]), (found["b"], found["a"])):
        # The desk may sign with the masthead's last word: "— TIMES/AFP" under "The River Plate Times".
        if (name_key(desk) == site or site.endswith(f" {name_key(desk)}")) and (named := agency(other)):
            return named
    return None


def without_country(outlet: str) -> str:
    """An outlet's name without the country its edition adds ("The Example Germany" -> "The Example")."""
    site, _, country = outlet.rpartition(" ")
    return site if " " in site and country in places() else outlet


def initials(name: str) -> str:
    """The first letters of a name's capitalised words ("THT" of "The Himalayan Times", "ZNBC" of "Zambia National
    Broadcasting Corporation"), its small words left out."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def desk_with_agency(line: str) -> str | None:
    """The agency a desk's byline says its story draws on ("Example 24 with AFP"): the line names no writer."""
    found = _DESK_WITH_LINE.match(line)
    return known_source(found.group("name7")) if found else None


def desk_with_line(line: str) -> bool:
    """Whether the line is a desk's byline with an agency or with agencies it does not name ("DAILY EXAMPLE WITH
    AGENCIES"): no writer's, and the desk's site is the masthead it names."""
    if not (found := _DESK_WITH_LINE.match(line)):
        return False
    return found.group("name7").lower() == "agencies" or known_source(found.group("name7")) is not None


def _byline_source(line: str) -> str | None:
    names = byline_names(line)
    return next((named for name in names if (named := source_name(name, strict=False) or _outlet_name(name))), None)


# A name set as one word, its words' capitals kept ("LawWire", "ReliefWeb", "NewsWaveHub").
CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+){1,2}(?P<last>[A-Z][a-z]+)")


def press_word(word: str) -> bool:
    """Whether a word is one that ends publications' names ("Sentinel", "Post", "Times"), perhaps run together
    with another ("NewsWire")."""
    forms = (word, word.capitalize()) if word[1:].isalpha() and not word[1:].islower() else (word,)
    return any(_OUTLET_WORD.fullmatch(form) or _MASTHEAD_WORD.fullmatch(form) for form in forms)


def paper_name(text: str) -> bool:
    """Whether the line is a newspaper's name, whose last word names no section or programme ("The Coastline
    Herald", not "Travel News", "Connected TV" or "Photo of the Week")."""
    return press_name(text) and _PAPER_WORD.fullmatch(text.split()[-1]) is not None


def press_name(text: str) -> bool:
    """Whether the line is a publication's name and nothing else: two to five capitalised words, the last a
    word of publications' names ("Coastal Times", "The Harbour Post"), not a section's heading nor a byline's name
    and job ("Jane Doe, Local Democracy Reporter"); or such words run together ("LawWire")."""
    words = text.split()
    if len(words) == 1 and (camel := CAMEL_NAME.fullmatch(text)):
        return press_word(camel.group("last"))  # "LawWire", "CityPost": a name set as one word
    if not 2 <= len(words) <= 5:
        return False
    first = words[1] if words[0] == "The" and len(words) > 2 else words[0]  # "The Latest News" heads a section too
    # A station's number is part of its name ("KRVN 4 News"); "By Jane Doe Associated Press" is a byline. A
    # broadcaster's regional service names its region last ("ABC News Southland"), a paper its country ("Daily
    # Courier Kenya").
    # "The Daily Meghna", "Daily Maverick": a paper named for its rhythm, whatever its last word (without "The", one
    # English seldom uses: "Daily Deals" is a menu's).
    daily = (len(words) in (3, 4) and words[0] == "The" and words[1] in ("Daily", "Weekly")) or (
        len(words) == 2 and words[0] in ("Daily", "Weekly") and zipf_frequency(words[1], "en") < _PAPER_NAME_ZIPF)
    if _romance_masthead(words) or _paper_of_place(words):
        return True
    return (":" not in text and "," not in text and words[0] != "By"
            and all(w[:1].isupper() or w.isdigit() or w in OUTLET_JOINERS for w in words)
            and (daily or press_word(words[-1].rpartition("-")[2]) or (len(words) >= 3 and (
                words[-2] == "News" or (press_word(words[-2]) and words[-1] in places()))))
            # A section's word first heads a section ("Tech News"), unless a place follows it ("Tech Asia Daily") or
            # closes the name after a publication's word ("Travel Weekly Asia", an edition's region).
            and (not heading_word(first) or any(w in places() for w in words[1:-1]) or (
                len(words) >= 3 and words[-1] in places() and press_word(words[-2]))))


def _paper_of_place(words: list[str]) -> bool:
    """A paper named for its place of a word or two after "of" ("The Times of Ostmark", "Times of Malta", "The Times
    of Central Asia"); not a journal named for its field ("Journal of Medicine")."""
    return any(len(words) in (n + 2, n + 3) and words[-n - 1] == "of" and _PAPER_WORD.fullmatch(words[-n - 2])
               is not None and all(w[:1].isupper() for w in words[-n:])
               and (words[0] == "The" or " ".join(words[-n:]) in places()) for n in (1, 2))


def _romance_masthead(words: list[str]) -> bool:
    """A paper's name as French, Italian, Spanish and Portuguese write it, the publication's word first and the place
    after a preposition ("El Diario del Plata", "Corriere della Sera", "Journal de Montréal")."""
    named = words[1:] if words[0] in _ROMANCE_ARTICLES else words
    return len(named) >= 3 and press_word(named[0]) and named[1] in _ROMANCE_JOINERS and all(
        w[:1].isupper() or w in _ROMANCE_JOINERS for w in named[2:])


def _outlet_name(name: str) -> str | None:
    """A byline that names another publication rather than a person ("Author: Harbour Daily News"); the
    site's own desk ("News Desk", "Web Team") credits no one else."""
    words = name.split()
    if len(words) > 5 or words[-1].lower() in DESK_WORDS:
        return None
    return name if _OUTLET_WORD.search(name) else None


# The initials a name is also known by, after it ("News Agency of Nigeria (NAN)").
NAME_INITIALS = r"\s*\((?-i:[A-Z][A-Z&]{1,6})\)"
# What a credit may write after a source's name: its site's domain ("rt.com", "ansa.it", "kuna.net.kw"; not a
# government's or a college's, "pa.gov"), words for what it is ("RT News", "Kazinform International News Agency"), its
# initials ("News Agency of Nigeria (NAN)").
_SOURCE_TAIL = re.compile(r"(?:\.(?:(?:com?|net|org)\.)?(?!(?:gov|edu|mil)$)[a-z]{2,4}"
                          r"|\s+(?:News|Noticias|Notícias|TV|Online|English|International|International News Agency)"
                          rf"|{NAME_INITIALS})$", re.I)


# A site's name after a copied headline ("... — RT World News", "... | RT"), and a section's words after it.
_TITLE_SITE = re.compile(r"\s+[—–|-]\s+(?P<site>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})$")


def titled_source(title: str) -> tuple[str, str] | None:
    """The headline and the newsroom whose copy others carry ("RT") when the headline still ends with that newsroom's
    site name, as a copy takes it from the page's title ("... — RT World News", "... – RT Africa"); else None. An
    agency's name there says whose report the headline gives ("... – Reuters"), not whose copy the page runs."""
    found = _TITLE_SITE.search(title)
    if found is None:
        return None
    words = found.group("site").split()
    short = next((name for k in range(len(words), 0, -1) if (name := known_source(" ".join(words[:k]), strict=True))),
                 None)
    return (title[:found.start()], short) if short in CARRIED_NEWSROOMS else None


def known_source(name: str | None, strict: bool = False) -> str | None:
    """The agency or syndicating outlet a credit names, also by its site's domain or with a word after it;
    `strict` as for `source_name`, where the name stands alone and may be a word ("map")."""
    if not name:
        return None
    return source_name(name, strict) or source_name(_SOURCE_TAIL.sub("", name.strip()), strict)


def _credit_matches(line: str) -> Iterable[re.Match[str]]:
    """The credits `_CREDIT_LINE` finds in the line. Its credits that may stand anywhere hold one of
    `_CREDIT_CUES`; a line without any (most paragraphs) is credited at its start or nowhere, told without searching
    it through."""
    lower = line.lower()
    if any(map(lower.__contains__, _CREDIT_CUES)):
        return _CREDIT_LINE.finditer(line)
    return [found] if (found := _CREDIT_LINE.match(line)) else []


# A source line that links to the story it copies ("Source URL: https://www.rt.com/news/...", "Original article:
# https://...").
_SOURCE_LINK = re.compile(r"(?i:source(?:\s+(?:url|link))?|original(?:\s+(?:article|story|source|url))?|via)\s*:?\s*"
                          r"(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:/\S*)?")


def source_link(line: str) -> str | None:
    """The known source whose story a source line links to ("Source URL: https://www.rt.com/..."), else None."""
    linked = _SOURCE_LINK.fullmatch(line.strip())
    return known_source(linked.group("host")) if linked else None


def _credit_line_source(line: str) -> str | None:
    if not at_most_words(line, 40):
        return None
    if named := source_link(line):
        return named
    if contributed := _agency_contribution(line):
        return contributed
    for match in _credit_matches(line):
        name = next((g for g in match.group("name", "name2", "name3", "name4", "name5", "name6", "name7", "name8",
                                            "name9", "name10", "name11", "name12") if g), None)
        if named := known_source(name):
            return named
        if (listed := match.group("name2") or match.group("name")) and (named := _first_of_agencies(listed)):
            return named  # "With reports from Reuters and AFP", "Sources: Notimex - EFE": the first agency credited
        if (reports := match.group("name2")) and _REPORTS_FROM.match(match.group()) and all(
                outlets := [_credited(part) for part in _parts(reports)]):
            # "With reports from El Norte and Milenio": the outlets whose reports it retells, the first named; not
            # "... and our correspondents", the outlet's own reporting besides.
            return outlets[0]
        if (match.group("name3") or match.group("name5") or match.group("name11")) and (named := _credited(name)):
            return named  # the outlet the story ran in first, named by the note, known or not
        label = match.group("label")
        if label and name and label.lower() in _SOURCE_LABELS:
            name = name.strip()
            if named := _outlet_name(name) or (name if press_name(name) else None):
                return named  # "Source: Example Times", "Source: The Star": a publication, not a picture agency
            if _INITIALS_WORD.fullmatch(name) or SITE_ADDRESS.fullmatch(name):
                # "Source: ZNBC", "Source: citinewsroom.com": an outlet by its initials or its address, which the
                # link stage reads as the outlet's name
                return name.removeprefix("www.")
    return _agency_listed_first(line) if line[:6].lower() == "source" else None


def _agency_listed_first(line: str) -> str | None:
    """The agency a source line names first among others ("Source: AAP, SBS", "Sources: AP, Reuters"): the copy is
    the agency's, with the outlet's own reporting or another's added."""
    found = _SOURCES_LISTED.match(line)
    parts = _parts(found.group("names")) if found else []
    return known_source(parts[0]) if len(parts) > 1 else None


def _first_of_agencies(names: str) -> str | None:
    """The first of two or more sources a credit names together ("Reuters and AFP", "AP, Reuters", teleSUR's "EFE -
    Prensa Latina"), when each is one."""
    parts = _parts(names)
    named = [known_source(part) for part in parts]
    return named[0] if len(parts) > 1 and all(named) else None


def _parts(names: str) -> list[str]:
    """The names a credit lists ("Reuters and AFP", "AP, Reuters", "EFE - Prensa Latina")."""
    return [part.strip() for part in re.split(r",|\band\b|&|\s[-–]\s", names) if part.strip()] or [names]


def _note_or_label(paragraph: str) -> bool:
    """A credit note, or a source's name alone set over the text as its label ("PR Newswire") or under it as its
    sign-off ("BNS/LETA") or its source line ("Source: RT", "Author: RT")."""
    return (len(paragraph) <= _SOURCE_LABEL_CHARS and (known_source(paragraph, strict=True) is not None
                                                        or bool(signers(paragraph)) or _source_line(paragraph))
            ) or credit_note(paragraph) or source_link(paragraph) is not None


_AUTHOR_LABELS = ("Author:", "AUTHOR:")


def _labelled_source(line: str) -> bool:
    """An author's label naming an outlet or an agency ("Author: RT")."""
    return line.startswith(_AUTHOR_LABELS) and known_source(_byline_source(line) or "", strict=True) is not None


def _source_line(paragraph: str) -> bool:
    """A source line naming an outlet or an agency ("Source: RT", "Author: RT" as a feed's import sets it over the
    text), not a chart's ("Source: NATO.")."""
    return _labelled_source(paragraph) or (paragraph.startswith(("Source", "SOURCE")) and known_source(
        _credit_line_source(paragraph) or "", strict=True) is not None)


# A source's sign-off after the text, as South Asian and Gulf papers close agency copy: "— Reuters", "-- AFP",
# "(AP)".
# "— Reuters", "-- Yonhap", "-- dpa" (as dpa writes itself), "==Kyodo" (Kyodo's sign-off), "(AFP)" alone, or after
# the last sentence ("... in 24 months. (NAN)", as Nigerian papers close the national agency's copy; ANSA adds a
# point: "(ANSA).").
# Dow Jones closes its copy with "(END) Dow Jones Newswires", under the writer's address.
_SIGN_OFF = re.compile(r"(?:^|[\s.!?”\"])(?:[—–]|--?|==)\s*(?P<a>[A-Za-z][\w.&' -]{1,40}?)\s*$"
                       r"|(?:^|[.!?”\"]\s*)\((?:©\s?)?(?P<b>[A-Z][\w.&' -]{1,40}?)\)\.?$"
                       r"|(?:^|[.!?”\"]\s+)\(END\)\s+(?P<c>[A-Z][\w.&' -]{1,40}?)\s*$")


_SIGNERS_APART = re.compile(r"/|,\s*")
_BYLINE_IN_BRACKETS = re.compile(r"\((By [^()]{3,60})\)")
# After a sentence's end, not an abbreviation's ("talks on U.S.-EU trade").
_GLUED_SIGN_OFF = re.compile(r"(?<=[a-z0-9)][.!?]|[.!?][”\"])(?:[—–]|--?)(?P<tag>[A-Z][\w.&' -]{1,40})$")


def signs_off(paragraph: str) -> str | None:
    """The agency whose name alone, under the text, signs its copy ("AAP", and "PA" as British sites close the
    agency's stories; in capitals where the spelling is other initials too), save "AA", as a text-size button reads."""
    text = paragraph.strip()
    if len(text) > _SOURCE_LABEL_CHARS:
        return None
    # Agencies whose reports a desk joined sign together ("BNS/LETA"): the first named, whose copy the text opens with.
    names = signers(text)
    return agency(names[0]) if names and names != ["AA"] else None


def signers(paragraph: str) -> list[str]:
    """The sources a sign-off under the text names, alone ("AAP", "African News Agency (ANA)", its initials after
    its name) or joined by a slash or a comma ("BNS/LETA", "AP, REUTERS"), else []."""
    names = [_INITIALS_AFTER.sub("", name.strip()) for name in _SIGNERS_APART.split(paragraph.strip().rstrip("."))]
    return names if all(source_name(name) and agency(name) for name in names) else []


def signed_off_by(paragraph: str) -> str | None:
    """The agency or carried outlet whose sign-off closes the paragraph ("... the ministry said. — Reuters")."""
    found = _SIGN_OFF.search(paragraph[-48:])
    return source_name(_signer(found)) if found else None


def _signer(sign_off: re.Match[str]) -> str:
    return next(name for name in sign_off.group("a", "b", "c") if name)


def _writer_tagline(text: str, authors: list[str]) -> bool:
    """A line about the article's writer under the text ("Jane Doe covers public safety for the Gazette. Reach her
    at ..."): the paper's note on its reporter, not the story."""
    match = _TAGLINE.match(text) or _CONTACT_WRITER.match(text)
    if match is None or len(text.split()) > _TAGLINE_WORDS:
        return False
    name = match.group("name")
    return any(name in (author, author.split()[-1]) for author in authors)


def _agency_note(text: str) -> bool:
    match = _AGENCY_NOTE.match(text)
    return match is not None and len(text.split()) <= _TAGLINE_WORDS and agency(match.group("name")) is not None


def place_line(text: str) -> str | None:
    """A dateline with no agency tag, set in capitals on a line of its own over the first paragraph ("ANKARA", "NEW
    DELHI, India"), as some agencies' own sites set it: a place, not a section's label ("WORLD")."""
    if len(text.split()) > _PLACE_WORDS or not text.isupper():
        return None
    head, _, day = text.rpartition(",")
    if head and len(words := day.split()) == 2 and words[0].lower().rstrip(".") in MONTHS and words[1].isdigit():
        text = head  # "KATHMANDU, DECEMBER 4": the day the report was filed, after its place
    place = text.split(",")[0].strip().title()
    return text if place in filing_places() or place in places() else None


# The writer's place on a line of its own under the byline, as some papers set it.
_REPORTING_FROM = re.compile(r"Report(?:ing|ed) from (?P<place>[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,4})")
_PLACED_BYLINE = re.compile(
    r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) [-–—] (?P<name>[A-Z](?:(?! [-–—] ).){1,40})")


def reporting_from(text: str) -> str | None:
    """The place a line under the byline says the writer reported from ("Reporting from Kyiv, Ukraine"), else None."""
    found = _REPORTING_FROM.fullmatch(text) if text.startswith(("Reporting from ", "Reported from ")) else None
    return found.group("place") if found else None


def placed_byline(text: str) -> tuple[str, str] | None:
    """The writer's place and name on a line of their own over the text ("Cairo - Jane Doe", "Beirut - Reuters", or a
    paper's own desk, "Beirut - Example Daily"), as Arab papers set them; None for any other line."""
    if " - " not in text and " – " not in text and " — " not in text:
        return None  # most lines, told at once
    found = _PLACED_BYLINE.fullmatch(text)
    if not found or not (found.group("place") in places() or found.group("place") in filing_places()):
        return None
    name = found.group("name")
    # A paper's name of two or more words no section is named with ("Asharq Al-Awsat", not "Breaking News").
    paper = 2 <= len(words := name.split()) <= _PLACE_WORDS and not any(map(common_word, words)) and all(
        w[:1].isupper() for w in words)
    return (found.group("place"), name) if paper or known_source(name, strict=True) or person_line(name) else None


# A syndicator's tag opening the copy it carries, its own name and then its provider's ("(FEEDNET- Example Post)
# Firefighters ...").
_CARRIED_TAG = re.compile(r"^\((?P<carrier>[A-Z][\w.&]*)[-–—]\s+(?P<provider>[A-Z][^()]{1,60}?)\)\s+(?=\S)")


def _without_desk_marks(body: list[str]) -> list[str]:
    """The body without the marks an agency's desk sets under its copy, as its site prints them: the editors'
    initials ("CO/BIO"), the editors' and translators' credits ("Edited by Bola Idowu", "Translated by Jane Doe.
    Edited by John Roe."), the agency's tag with its address
    ("(NAN)(www.nannews.ng)", which signs the copy off as "(NAN)" does)."""
    while len(body) > 1:
        last = body[-1].strip()
        if tag := _TAG_AND_SITE.match(last):
            return [*body[:-1], f"({tag.group('tag')})"]
        desk = _DESK_INITIALS_ALONE.match(last) and not signers(last)  # "BNS/LETA" signs: two agencies' copy
        if not (desk or _STAFF_CREDITS.fullmatch(last)):
            break
        body = body[:-1]
    return body


def _byline_block(paragraph: str, authors: list[str]) -> bool:
    """A line of the byline block that an extraction kept as a paragraph: the writer's name, a byline naming them
    ("By Meera Pillai, Express News Service") or a date line ("Published: 05th December, 2026 03:10 PM IST")."""
    if paragraph in authors:
        return True
    if paragraph.endswith(".") or len(paragraph.split()) > _BYLINE_BLOCK_WORDS:
        return False
    if any(author in paragraph for author in authors) and set(byline_names(paragraph)) & set(authors):
        return True
    return DATE_LABEL.match(paragraph) is not None and find_date(paragraph) is not None


def _without_closing_marks(article: Article) -> None:
    """A markup's last paragraphs may be the desk's end mark ("Enditem/ls") and the writer's name in brackets ("(By
    Alison Hsiao)"), as Taiwan's and China's agencies close their copy: no paragraphs, the name the writer's."""
    while len(article.body) > 1:
        last = article.body[-1].strip()
        if (signed := _BYLINE_IN_BRACKETS.fullmatch(last)) and not article.authors:
            article.authors = byline_names(signed.group(1))
        elif not (signed or end_mark(last)):
            return
        article.body = article.body[:-1]


def apply_credits(article: Article, credit_lines: Iterable[str] = ()) -> Article:
    """Fill the article's dateline, origin, outlet (from a syndicator's tag) and (from end credits) authors when
    they are missing; `credit_lines` are lines around the article that may credit its source ("Author: RT"). A
    note in the body on where the text comes from is such a line, not a paragraph; the notes are kept as the
    article's `credits`."""
    credit_lines = list(credit_lines)
    article.credits = [line for line in credit_lines if credit_note(line)]
    if article.body and (tag := _CARRIED_TAG.match(article.body[0])):
        article.outlet = article.outlet or tag.group("carrier")
        article.origin = article.origin or tag.group("provider")
    article.body = _without_desk_marks(article.body)
    _without_closing_marks(article)
    # The desk's note on what a version changed, over the dateline: "(Adds economist comment in paragraphs 5-7)".
    article.body = [p for k, p in enumerate(article.body) if k >= _HEAD_PARAGRAPHS or not _VERSION_NOTE.fullmatch(p)]
    # Under a standfirst, a dateline of its own opens the text: no paragraph.
    if not article.dateline and (at := next((k for k, p in enumerate(article.body[:2]) if place_line(p)), None)) \
            is not None and at + 1 < len(article.body):
        article.dateline = article.body.pop(at)
    if article.body and (glued := _GLUED_SIGN_OFF.search(article.body[-1], max(0, len(article.body[-1]) - 48))) and (
            glued.group("tag").isupper() or signed_off_by(article.body[-1])):
        # "... until Friday.-KNA": the sign-off set apart from the sentence, as a reader and the parser take it.
        article.body[-1] = f"{article.body[-1][:glued.start()]} {article.body[-1][glued.start():]}"
    if len(article.body) > 1 and (alone := _SIGN_OFF.match(article.body[-1].strip())) and source_name(_signer(alone)):
        # A sign-off on a line of its own ("-- AFP") closes the text all the same, as print sets it.
        article.body = [*article.body[:-2], f"{article.body[-2]} {article.body[-1]}"]
    signed = signs_off(article.body[-1]) if len(article.body) > 1 else None
    # Two agencies signing together ("BNS/LETA") credit the reports a desk combined, neither's copy as it ran.
    if signed and signed not in map(agency, article.authors) and len(names := signers(article.body[-1])) == 1:
        article.authors = [*article.authors, names[0]]
    if signed and signed != article.outlet and not same_house(signed, article.outlet):
        article.origin = article.origin or signed  # the site signing its own copy credits it to no one else
    notes = [p for p in article.body if _note_or_label(p)]
    if notes:
        article.body = [p for p in article.body if p not in notes]
        credit_lines = [*credit_lines, *notes]
        article.credits.extend(note for note in notes if credit_note(note) or signers(note))
    # "Author: RT" as a feed's import sets it over the text: the source is named as the author, beside the login that
    # posted it ("by Admin").
    named = [name for line in credit_lines if _labelled_source(line) for name in byline_names(line)]
    if named:
        # The site's account that posted the import ("by editor", "by Example Voice") wrote none of it.
        article.authors = [a for a in article.authors
                           if a.lower() not in SITE_ACCOUNTS and name_key(a) != name_key(article.outlet or "")]
    article.authors = [*article.authors, *named[:1]]
    if len(article.body) > 1 and _writer_tagline(article.body[-1], article.authors):
        credit_lines = [*credit_lines, article.body[-1]]  # which may name the paper the writer works for
        article.body = article.body[:-1]
        if len(article.body) > 1 and name_key(article.body[-1]) in map(name_key, article.authors):
            article.body = article.body[:-1]  # the writer's name over it ("JANE DOE" / "Doe covers ..."), the box's
    if len(article.body) > 1 and _CONTRIBUTORS.fullmatch(article.body[-1]):
        credit_lines = [*credit_lines, article.body[-1]]  # over the writer's tagline, as a chain paper sets it
        article.credits.append(article.body[-1])
        article.body = article.body[:-1]
    if len(article.body) > 1 and _agency_note(article.body[-1]):
        credit_lines = [*credit_lines, article.body[-1]]
        article.body = article.body[:-1]
    # A byline's name on its own line among the first paragraphs (under an editor's note set above it) is no
    # paragraph.
    article.body = [p for k, p in enumerate(article.body)
                    if k >= _HEAD_PARAGRAPHS or not _byline_block(p, article.authors)]
    if article.body and not article.dateline:
        # After a syndicator's tag: "(MENAFN- Example Times) AMMAN — ...".
        first = lede(article.body)
        tag = _CARRIED_TAG.match(first)
        article.dateline = dateline(first[tag.end() if tag else 0:])[0]
    if not article.authors:
        for paragraph in article.body[-3:]:
            if names := credit_names(paragraph):
                article.authors = names
                break
    if not article.origin:
        article.origin = origin(article.body, article.authors, credit_lines, article.outlet)
    # Each name once, written as a name is or as its agency spells itself ("JIJI" -> "Jiji"), whichever line gave it.
    article.authors = list(dict.fromkeys(map(in_mixed_case, article.authors)))
    return article
