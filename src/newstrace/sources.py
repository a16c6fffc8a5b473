"""News agencies and the state or syndicating outlets whose copy others carry, by every spelling a page
credits them with. One table for every stage: extraction reads credit lines with it, linking tells agency
copy from an outlet's own text with it, and both must give a source the same short name."""

from __future__ import annotations

import re

# Short name used in analyses -> spellings, as pages write them (case matters for datelines: "(AP) —").
SOURCES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France‑Presse"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA", "Agenzia Nazionale Stampa Associata"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "TASS": ("TASS", "Tass", "ITAR-TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI", "Asian News International"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UNI": ("UNI", "United News of India"),
    "UPI": ("UPI", "United Press International"),
    "AAP": ("AAP", "Australian Associated Press"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "Canadian Press": ("Canadian Press", "CP"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Europa Press": ("Europa Press",),
    # Austria's and the African Press Agency share the initials, by which their copy and its credits name them.
    "APA": ("APA", "Austria Presse Agentur", "African Press Agency"),
    "NAN": ("NAN", "News Agency of Nigeria"),
    "APS": ("APS", "Algérie Presse Service", "Algerie Presse Service"),
    "MAP": ("MAP", "Maghreb Arabe Presse"),
    "WAM": ("WAM", "Emirates News Agency"),
    "KUNA": ("KUNA", "Kuwait News Agency"),
    "IRNA": ("IRNA",),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "Jiji": ("Jiji", "Jiji Press"),
    # "Dow Jones" alone is as often the index; its copy closes on "Copyright (c) 2026 Dow Jones & Company, Inc.".
    "Dow Jones": ("Dow Jones Newswires", "Dow Jones & Company", "Dow Jones & Co"),
    "MT Newswires": ("MT Newswires",),  # markets copy on brokers' and portals' pages: "(MT Newswires) -- ..."
    "SPA": ("SPA", "Saudi Press Agency"),
    "QNA": ("QNA", "Qatar News Agency"),
    "MENA": ("Middle East News Agency", "MENA"),  # "MENA" is as often the region: in capitals only (`_AMBIGUOUS`)
    "APP": ("APP", "Associated Press of Pakistan"),  # "app" in capitals only (`_AMBIGUOUS`)
    "PAP": ("PAP", "Polish Press Agency", "Polska Agencja Prasowa"),  # "PAP" in capitals only (`_AMBIGUOUS`)
    "CTK": ("CTK", "ČTK", "Czech News Agency", "Česká tisková kancelář"),
    "MTI": ("MTI", "Hungarian News Agency", "Magyar Távirati Iroda"),  # "MTI" in capitals only (`_AMBIGUOUS`)
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "NTB": ("NTB",),
    "Ritzau": ("Ritzau",),
    "STT": ("STT", "STT-FNB"),
    "TT": ("TT", "TT News Agency", "Tidningarnas Telegrambyrå"),  # Sweden's; "TT" in capitals only (`_AMBIGUOUS`)
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "SANA": ("SANA", "Syrian Arab News Agency"),
    "Prensa Latina": ("Prensa Latina",),
    "PNA": ("PNA", "Philippine News Agency"),
    "VNA": ("VNA", "Vietnam News Agency"),
    "AKP": ("AKP", "Agence Kampuchea Presse"),  # Cambodia's; "AKP" alone is as often Turkey's ruling party
    "BSS": ("BSS", "Bangladesh Sangbad Sangstha"),
    "UNB": ("UNB", "United News of Bangladesh"),
    "ONA": ("Oman News Agency",),  # "ONA" alone is as often a name
    "BNA": ("Bahrain News Agency",),  # "BNA" alone is as often Bloomberg's legal service
    "TAP": ("Tunis Afrique Presse",),
    "Trend": ("Trend News Agency",),
    "AGI": ("AGI", "Agenzia Italia"),
    "IPS": ("IPS", "Inter Press Service"),
    "GNA": ("GNA", "Ghana News Agency"),
    "NAMPA": ("NAMPA", "Namibia Press Agency"),
    "KNA": ("Kenya News Agency",),  # "KNA" is as often Germany's Catholic agency
    "SUNA": ("SUNA", "Sudan News Agency"),
    "ENA": ("Ethiopian News Agency",),
    "African News Agency": ("African News Agency",),  # "ANA" is as often an airline
    "SAnews": ("SAnews", "SAnews.gov.za", "South African Government News Agency"),
    "WAFA": ("WAFA",),
    "Petra": ("Jordan News Agency",),  # "Petra" is as often the ancient city or a first name
    "NNA": ("NNA", "National News Agency"),  # Lebanon's
    "CNA": ("Central News Agency",),  # Taiwan's; "CNA" alone is as often Singapore's broadcaster
    "Cyprus News Agency": ("Cyprus News Agency",),  # its "CNA" is Taiwan's agency's initials too
    "RSS": ("RSS", "Rastriya Samachar Samiti"),  # Nepal's; "RSS" alone is as often a feed (`_CREDITED_ONLY`)
    "Pajhwok": ("Pajhwok", "Pajhwok Afghan News"),
    "Tasnim": ("Tasnim", "Tasnim News Agency"),
    "Fars": ("Fars News Agency", "Fars", "FNA"),  # "Fars" alone is as often the province (`_AMBIGUOUS`)
    "Mehr": ("Mehr News Agency", "Mehr"),  # "Mehr" in capitals only (`_AMBIGUOUS`): a German word, a name
    "Kazinform": ("Kazinform",),
    "Montsame": ("Montsame", "MONTSAME", "Mongolian National News Agency"),
    "AzerTac": ("AzerTac", "AZERTAC"),
    "Armenpress": ("Armenpress",),
    "BelTA": ("BelTA", "Belarusian Telegraph Agency"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "Interfax-Ukraine": ("Interfax-Ukraine", "Інтерфакс-Україна"),
    "BNS": ("BNS", "Baltic News Service"),
    "LETA": ("LETA",),
    "ELTA": ("ELTA",),
    "TASR": ("TASR", "Tlačová agentúra Slovenskej republiky"),
    "Agerpres": ("Agerpres", "AGERPRES"),
    "BTA": ("BTA", "Bulgarian News Agency"),
    "HINA": ("HINA",),
    "STA": ("STA", "Slovenian Press Agency", "Slovenska tiskovna agencija"),  # "STA" in capitals only (`_AMBIGUOUS`)
    "Tanjug": ("Tanjug",),
    "Adnkronos": ("Adnkronos",),
    "Keystone-SDA": ("Keystone-SDA",),
    "ANA-MPA": ("ANA-MPA", "Athens-Macedonian News Agency", "AMNA"),  # "AMNA" since its renaming
    "Notimex": ("Notimex",),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Andina": ("Andina", "Agencia Andina", "Agencia Peruana de Noticias"),  # Peru's; "ANDINA" in capitals only
    "CMC": ("CMC", "Caribbean Media Corporation"),  # the Caribbean's; "CMC" in capitals only (`_AMBIGUOUS`)
    # Shares council reporting with local papers; its reporters sign as "Local Democracy Reporter".
    "Local Democracy Reporting Service": ("Local Democracy Reporting Service", "LDRS", "Local Democracy"),
    "RT": ("RT", "Russia Today", "TV-Novosti", "RT News", "RT.com"),  # "TV-Novosti": its owner, in its notice
    "Sputnik": ("Sputnik", "Sputnik News"),
    "CGTN": ("CGTN", "China Global Television Network"),
    "Global Times": ("Global Times",),
    "China Daily": ("China Daily",),
    "Press TV": ("Press TV", "PressTV"),
    "TRT World": ("TRT World", "TRT"),
    "teleSUR": ("teleSUR", "TeleSUR", "Telesur"),
    "Al Jazeera": ("Al Jazeera", "Al Jazeera English"),
    "DW": ("DW", "Deutsche Welle"),
    "VOA": ("VOA", "Voice of America"),
    "RFE/RL": ("RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty"),
    "RFA": ("RFA", "Radio Free Asia"),
    "France 24": ("France 24", "FRANCE 24"),
    "NHK": ("NHK", "NHK World", "NHK WORLD-JAPAN", "NHK World-Japan"),
    "CNN": ("CNN",),  # its copy runs on its affiliates' sites under "(CNN) —"
    "PR Newswire": ("PR Newswire", "PRNewswire"),
    "Business Wire": ("Business Wire", "BusinessWire"),
    "GlobeNewswire": ("GlobeNewswire", "Globe Newswire"),
}
# Outlets whose stories are carried whole by others but which are not news agencies: state broadcasters and papers,
# and the wires that carry companies' press releases. A copy of their text is a republication, not agency copy,
# and being quoted by them is not using wire reporting.
CARRIED_OUTLETS = frozenset({"RT", "Sputnik", "CGTN", "Global Times", "China Daily", "Press TV", "TRT World",
                             "teleSUR", "Al Jazeera", "DW", "VOA", "RFE/RL", "RFA", "France 24", "NHK", "PR Newswire",
                             "Business Wire", "GlobeNewswire", "CNN"})
# Of them, the newsrooms whose name alone over or beside a story's date is its byline ("RT | December 11, 2026"); a
# release wire's there labels what it distributes.
CARRIED_NEWSROOMS = CARRIED_OUTLETS - {"PR Newswire", "Business Wire", "GlobeNewswire"}
WIRES: dict[str, tuple[str, ...]] = {k: v for k, v in SOURCES.items() if k not in CARRIED_OUTLETS}
# Every spelling, lower-cased -> the short name.
_BY_SPELLING = {spelling.lower(): short for short, spellings in SOURCES.items() for spelling in spellings}
# ... -> that spelling, the first one given where two differ in case only ("azertac" -> "AzerTac").
_AS_SPELLED = {spelling.lower(): spelling
               for spellings in reversed(SOURCES.values()) for spelling in reversed(spellings)}
_SPACES = re.compile(r"\s+")
# The agency's own desk as a byline gives it ("PA Reporter", "Reuters Staff", "AFP staff writer").
_DESK = re.compile(r"\s+(?:staff(?: writers?)?|reporters?|newsroom|desk|correspondents?)$", re.I)
# Short spellings that are also ordinary words or initials.
_AMBIGUOUS = frozenset({"ap", "pa", "cp", "aa", "map", "ria", "uni", "nan", "aps", "dw", "spa", "app", "wafa", "hina",
                        "leta", "elta", "sta", "suna", "mena", "cmc", "mti", "mehr", "tt", "andina", "fars", "pap"})
# Initials that a page sets in capitals for something else as often (a feed's link, "RSS"; "AGI" and "IPS", as tech
# pages write them; a party, "AKP"): a source only where a credit gives them as one (a dateline's tag, "Source:
# RSS"), never alone on a line or in a sentence.
_CREDITED_ONLY = frozenset({"rss", "agi", "ips", "akp"})


def source_name(text: str | None, strict: bool = True) -> str | None:
    """The short name of the agency or syndicating outlet `text` names ("The Associated Press" -> "AP"),
    else None. `strict` refuses spellings that are also ordinary initials unless written in capitals."""
    if not text:
        return None
    if not strict and text in SOURCES:
        return text  # the short name given, which a page's credit is not read by ("KNA")
    key = _spelling(text)
    if key.startswith("the ") and key not in _BY_SPELLING:
        key = key[4:]
    short = _BY_SPELLING.get(key)
    if short and strict and (key in _CREDITED_ONLY or (key in _AMBIGUOUS and not text.strip(" .,:;()—–-").isupper())):
        return None
    return short


def as_spelled(text: str) -> str | None:
    """The spelling of a source that `text` writes in other letters ("JIJI PRESS" -> "Jiji Press"), else None."""
    return _AS_SPELLED.get(_spelling(text))


def ambiguous(text: str) -> bool:
    """Whether the text is a spelling of a source that is also ordinary initials or a word ("AA", as a page's
    text-size button reads; "Map")."""
    return _spelling(text) in _AMBIGUOUS


def _spelling(text: str) -> str:
    """A name as the spellings are keyed: without the punctuation around it, its spaces single, in small letters."""
    return _SPACES.sub(" ", text.strip(" .,:;()[]—–-+")).lower()  # "Kyodo News+", its English service


def desk_source(name: str | None) -> str | None:
    """The source that `name` names, also as its own desk (``"PA Reporter"``, ``"RT Staff"``), else None."""
    return source_name(name, strict=False) or (source_name(_DESK.sub("", name), strict=False) if name else None)


def agency(name: str | None) -> str | None:
    """The agency that `name` names (``"Associated Press"`` -> ``"AP"``), also as its own desk (``"PA Reporter"``),
    else None; a syndicating outlet that is not an agency gives None."""
    short = desk_source(name)
    return short if short in WIRES else None
