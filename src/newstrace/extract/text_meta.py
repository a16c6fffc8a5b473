"""Metadata of a page dump that lives outside the article's paragraphs: its title, its publication date,
its authors, the site's name and the language."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date
from functools import cached_property
from hashlib import blake2b
from itertools import chain, pairwise, takewhile
from urllib.parse import urlsplit

from wordfreq import zipf_frequency

from newstrace.extract.credits import (
    BYLINE_LABELS,
    CAMEL_NAME,
    DESK_WORDS,
    HONORIFICS,
    ISSUER_LABEL,
    LOGINS,
    NAME_INITIALS,
    OUTLET_JOINERS,
    PAPER_WORDS_IN_SMALL,
    SECTION_WORDS,
    SITE_ACCOUNTS,
    byline_names,
    common_word,
    credit_names,
    credit_note,
    dated_byline,
    dated_name,
    dateline,
    dateline_end,
    desk_with_line,
    desk_words,
    editor_names,
    has_rare_word,
    heading_word,
    initials,
    is_name_word,
    is_role,
    issuers,
    known_source,
    labelled_names,
    may_be_byline,
    name_of_paper,
    name_word,
    owner_name,
    people_line,
    person_line,
    place_line,
    placed_byline,
    press_name,
    press_word,
    run_together,
    service_initials,
    signed_off_by,
    source_alone,
    syndicating_site,
    uncapitalised,
    with_title_agency,
    without_place,
)
from newstrace.extract.text_dates import (
    ANY_YEAR,
    DATE_LABEL,
    find_date,
    opening_date_end,
    time_of_day,
    weekday_told,
    yearless_date,
)
from newstrace.extract.text_lines import (
    BARRIER,
    GOOD,
    JUNK,
    META,
    NEAR,
    PUNCT,
    READING_TIME,
    RELATED,
    SHORT,
    Line,
    at_most_words,
    boilerplate,
    credited_picture,
    furniture_in,
    furniture_words,
    is_caption,
    marked_caption,
)
from newstrace.gazetteer import name_key, place_keys, places
from newstrace.languages import ALL_STOPWORDS, SAMPLE_WORDS, STOPWORDS, UNDETERMINED, guess_language
from newstrace.sources import CARRIED_NEWSROOMS, CARRIED_OUTLETS, agency, as_spelled, source_name

_SIGNED_ADDRESS = re.compile(r"[.!?”\"]\s+[–—-]{1,2}\s*(?P<site>[\w-]+)\.[a-z]{2,3}$", re.IGNORECASE)
_AGENCY_LIST = re.compile(r"\s*[|,/]\s*|\s+and\s+")
_DATELINE_CHARS = 60  # of a lede's opening, where its dateline's date stands
_BRACKETED_INITIALS = re.compile(r"\s*\([A-Z]{2,8}\)$")
_UPDATED_INSIDE = re.compile(r"\b(?:updated|modified|edited)\b", re.I)
_PUBLISHED_INSIDE = re.compile(r"\b(?:(?:first|originally) )?(?:published|posted)\b", re.I)
# A correction appended to a story; the date line under it is the correction's, not the story's.
_CORRECTION = re.compile(
    r"^(?:correction|clarification)s?\b|\ban earlier version of this (?:article|story|report)\b"
    r"|\bbecause of an? (?:editing|reporting|production) error\b"
    r"|^(?:editor['’]s note:\s*)?an? (?:article|report|story|picture caption|headline|chart|map|review|obituary)\b"
    r".{0,300}\b(?:misstated|misidentified|misspelled|misattributed|incorrectly|erroneously|omitted)\b")
# Where a site's logo stands: its first 15 lines or top tenth (masthead), its last 10 lines or last twentieth
# (footer).
_DOMAIN_MASTHEAD_LINES, _MASTHEAD_SHARE, _FOOTER_LINES, _FOOTER_SHARE = 15, 0.1, 10, 0.05
# A masthead the story names: among the page's first lines, of a few capitalised words, found in a sentence.
_NAMED_MASTHEAD_LINES, _NAMED_MASTHEAD_WORDS, _SENTENCE_WORDS = 3, 5, 6
# A byline or a source line that names an agency alone ("AFP", "By Reuters", "Source: AP").
_AGENCY_BYLINE_WORDS = 4
_BY_OR_SOURCE = re.compile(r"^(?:by|source:?|credit:?|\(end\))\s+", re.I)
# A menu's first items ("Menu", "Search") may come before the masthead in a page's text.
_PRESS_MASTHEAD_LINES = 4
_HEADLINE_REACH = 20  # lines of a page's head within which its headline stands
_DATE_UNDER_HEADLINE = 3  # lines under a headline within which its date stands, after a byline
# The logo's link text, which gives the site's name and where the link leads ("The Example Post - Back to home",
# "Example News | Homepage"), under the skip links and a menu's first items.
_HOME_LINK = re.compile(r"(?P<name>\S.{0,60}?)\s+[-–—|:]\s+"
                        r"(?i:back to (?:the )?home(?: ?page)?|go to (?:the )?home ?page|home ?page)")
_HOME_LINK_LINES, _HOME_LINK_WORDS = 12, 5
# A logo's label read out without a separator ("Example Times home"), which only the site's copyright line confirms.
_LOGO_HOME = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) home")
_BRANDED_DOMAIN_WORDS = 3
_ARTICLE_MASTHEAD_LINES = 2
_THE_NAME = re.compile(r"The(?: [A-Z][\w'’&-]+){1,3}")
_PAPER_WORDS = 2  # of a paper's name that its publisher's name starts with: one word is as likely a brand's
_COMPANY_WORDS = frozenset(["digital", "media", "group", "publishing", "holdings", "interactive", "online", "network",
                            "daily", "newspaper", "newspapers", "publications"])
# The logo's text ("Daily Sentinel logo"), or the initials a name is also known by ("News Agency of Nigeria (NAN)",
# "Emirates News Agency - WAM").
_LOGO = re.compile(rf"\s+(?i:logo)$|{NAME_INITIALS}$|\s+[-–—|]\s+[A-Z][A-Z&]{{1,6}}$")
_SELF_NAMED = re.compile(
    r"(?i:subscribe to|follow|download|sign up (?:to|for)|get|thanks for reading)\s+(?:the\s+)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){1,4}?)"
    r"(?:\s+(?:on|for|app|newsletter|today|in your inbox|everywhere)\b|[.!]?$|!\s)")
# The site's line about itself under each story ("Example Brief is a reader-supported site.", "The Example Tribune
# is a nonprofit, nonpartisan newsroom ...", "Example Truth is on Telegram").
_SELF_DESCRIBED = re.compile(
    r"(?P<name>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,4}?)\s+is\s+(?:(?:an?|the)\s+"
    r"(?:[\w-]+,?\s+){0,3}(?:site|website|publication|newsroom|magazine|newspaper|newsletter"
    r"|(?:news|media)\s+(?:site|organi[sz]ation|outlet|service|company))\b"
    # "Example Truth is on Telegram. Subscribe!": where the site posts its news.
    r"|(?:now\s+)?on\s+(?:Telegram|WhatsApp|Viber|Google\s+News)\b)")
_SELF_NAMED_CHARS = 110
_SPOKE_TO = r"\b(?:told|speaking to|in an interview with|according to|follow|seen by|obtained by)\s+(?:the\s+)?"
_DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,20})?\.[a-z]{2,12}$", re.I)
_NOT_SITE_DOMAINS = re.compile(
    r"(?:^|\.)(?:twitter|x|facebook|fb|instagram|youtube|youtu|tiktok|linkedin|t|bit|google|whatsapp|telegram"
    r"|apple|pinterest|reddit|wordpress|gmail|yahoo|outlook|hotmail)\.[a-z]+$|\.(?:jpe?g|png|gif|pdf|html?|php"
    r"|aspx?|mp[34]|webp|svg|js|css)$",
    re.I,
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_URL_HOST = r"https?://(?:www\.)?([\w-]+)\."
_EMAIL_OR_URL_HOST = re.compile(r"[\w.+-]+@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,12}\b|" + _URL_HOST, re.I)
_URL_HOST_ONLY = re.compile(_URL_HOST, re.I)
_YEARS = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
# The mark ("©", "(c)", "Copyright"), more marks and years, a dash (bars and bullets part the footer's links),
# "by", then the holder: capitalised words (or one like "eBay"), joined by "of", "and", "in", "&" ("The
# President and Fellows of Harvard College", "Le Courrier de l'Estuaire"), a legal form after a comma. A copyright
# line holds a year or the sign (`_YEAR_OR_MARK`): "Copyright Office weighs in" and "Copyright, Trademark and Patent
# Information" do not.
# The small words of a publication's or a holder's name, in English and in the languages told apart ("Voice of the
# People", "Notícias ao Minuto", "Diario de la Sierra", "Dagblad van het Noorden-Oost").
_NAME_SMALL_WORDS = frozenset({"of", "and", "for", "in", "the", "from", "&", "de", "du", "des", "del", "della", "di",
                               "da", "do", "das", "dos", "la", "le", "el", "los", "las", "ao", "au", "van", "von",
                               "der", "het"})
_NAME_JOINER = "(?i:" + "|".join(sorted(_NAME_SMALL_WORDS, key=len, reverse=True)) + ")"
_COPYRIGHT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyrights?)\b)"
    r"(?:\s*(?:©|\((?i:c)\)|(?i:copyrights?)\b|" + _YEARS + r")[,.]?)*(?:\s*[-–—:·])?"
    r"\s*(?:(?i:by)\s+)?"
    # A name in guillemets, as Russian and French notices write it ("© 2026 «Северный край»"), whatever its case.
    r"(?P<name>«[^«»]{2,60}»|(?:[A-Z0-9À-ÖØ-ÞĀ-žЀ-Я]|[a-z]{1,2}[A-Z])[\w&'’.+-]*"
    # Small words between its capitalised ones, one or two ("Voice of the People", "Diario de la Sierra").
    r"(?:\s+(?:" + _NAME_JOINER + r"(?:\s+" + _NAME_JOINER + r")?\s+)?"
    r"(?:[dl]['’])?[A-Z0-9À-ÖØ-ÞĀ-žЀ-Я&][\w&'’.+-]*){0,9}"
    # A paper's word in small letters after its name ("Horský deník").
    r"(?:\s+(?:" + "|".join(PAPER_WORDS_IN_SMALL) + r")\b)?"
    r"(?:,\s+(?i:inc|llc|ltd|plc|corp|co|gmbh|s\.a|b\.v|p\.a)\b\.?)?)",
)
_RIGHTS_RESERVED = re.compile(r"(?i:all rights reserved)")
_QUOTED_BRAND = re.compile(r"\s*[“\"](?P<brand>[^”\"]{2,60})[”\"]")
_LEADING_YEARS = re.compile(r"^\W*" + _YEARS)
_NOTICE_PUNCT = " .,|•·-–—"
_RESERVED_NAME_WORDS = 6
_YEAR_OR_MARK = re.compile(r"©|\((?i:c)\)|" + _YEARS)
# Where a holder's name ends: the rights notice, a sentence's end after a word (not "U.S."), a trade name
# ("dba"), a web designer's credit, the footer's links ("PrivacyTerms": renderers glue links together).
_HOLDER_END = re.compile(
    r"(?:^|[.,]?\s+)(?i:all rights|a (?:\w+ )?company|built by|hosted|dba|d/b/a|and its|(?:powered|designed|"
    r"developed|website|site) by)\b.*$|(?<=[^\s.]{3})\.\s.*$"
    r"|\s*(?:Privacy|Terms|Sitemap|Cookie|Contact|Disclaimer|Accessibility|Log in|Powered\b).*$",
)
_HOLDER_TAIL = re.compile(r"(?:[\s,.-]*" + _YEARS + r"|\s+(?i:and|of|for|in|the|&))\W*$")
# Credits of what the site did not make: pictures, and text it reprints ("Copyright © 2015 by the author.
# Reprinted courtesy of ...").
_OTHERS_CREDIT = re.compile(
    r"(?i)\bphotos?\b|\b(?:image|picture)s?\s*(?:credits?|courtesy|by)?\s*:|\bcredits?\s*:"
    r"|\b(?:getty images|shutterstock|dreamstime|istock|adobe stock|depositphotos)\b"
    r"|\b(?:reprinted|excerpted|courtesy of|with (?:the )?permission|by permission)\b")
# The holder written before the mark ("Class Central © 2011-2025 Privacy Policy").
# Small words between its capitalised ones: "Club of Mozambique", "Voice of the People".
_HOLDER_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&'’.+-]*(?:\s+(?:(?:of|the|and|for|de|du|la)\s+)*[A-Z][\w&'’.+-]*){0,4})\s*$")
# A cheap test before the full expression. Its letters' cases are spelled out, each branch starting with a
# plain character: the regex engine skips ahead to those, which a case-blind expression cannot, and
# lower-casing every line costs more.
_COPYRIGHT_MARK = re.compile(r"©|\([cC]\)|c[oO][pP][yY][rR][iI][gG][hH][tT]|C[oO][pP][yY][rR][iI][gG][hH][tT]")
_COMPANY_SUFFIX = re.compile(
    r"\s+(?:inc|ltd|llc|plc|gmbh|limited|corp|co|media group|all|private limited|pvt|pte)\.?$", re.I)
_LEGAL_FORM = re.compile(r"\b(?:Inc|Ltd|LLC|PLC|plc|Corp|GmbH|Limited)\b")
# A company owning papers ("Example Media Group", "MediaNews Group", "Example Publishing").
_PUBLISHER = re.compile(r"\b\w*(?:Media|News) Group\b|\b(?:Publishing|Newspapers|Publications)\b")
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
_CALL_SIGN_ZIPF = 3.0  # at most, as an English word: "KIDS" or "WEEK" over a menu is none
# The site's name before the messaging service's ("join the IOL News WhatsApp channel"); not the service's alone
# ("join our WhatsApp channel").
_MESSENGER = r"(?:WhatsApp|Telegram|Facebook|Discord|Viber|Signal)\b"
_CHANNEL = re.compile(
    rf"\bjoin (?:the |our )?(?P<name>(?!{_MESSENGER})[A-Z][\w&+.'’-]*(?:\s+(?!{_MESSENGER})[A-Z][\w&+.'’-]*){{0,3}})\s+"
    rf"(?:{_MESSENGER} )?(?:channel|community|group|newsletter|family|whatsapp|telegram)\b"
)
# A site that names its owner ("Example Eats is part of the Example Inc. publishing family", "Example® is a
# registered trademark of Example Media LLC"): the name before the verb is the site's, the copyright line's the
# owner's. The statement opens its line or follows a sentence of the notice.
_DECLARED_BRAND = re.compile(
    r"(?:^|(?<=[.!] ))(?P<name>(?:The (?=[A-Z0-9]))?\w[\w&'’.+-]*(?: [A-Z0-9&][\w&'’.+-]*){0,4})[®™]?"
    r"(?:, (?i:inc|llc|ltd)\.?)?"
    r" (?:is|are) (?:(?:a |an |the )?(?:(?:proud )?(?:part|member|division|subsidiary|brand|unit) of"
    r"|(?:registered )?trademarks? of|owned (?:and operated )?by) (?:the )?[A-Z]"
    # "WebProNews is an iEntry Publication": the owner's name before the kind of thing the site is to it.
    r"|an? (?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2} (?i:publication)\b)"
)
_DECLARATION_WORDS = 30
_DECLARING_WORDS = (" of ", " by ", " publication", " Publication")
_BRAND_SEGMENT = re.compile(r"^[A-Z0-9][\w&+.'’-]*(?:\s+[A-Z0-9&+][\w&+.'’-]*){0,2}$")
NOT_BRANDS = re.compile(
    r"^(?:home|about|about us|contact|contact us|privacy|privacy policy|terms|disclaimer|sitemap|careers|accessibility"
    r"|advertise|faq|help|login|sign in|subscribe|cookies?|news|sports?|business|world|politics|opinion|blog|shop"
    r"|store|jobs|support|docs|site|website|homepage|sections|navigation|menu)$",
    re.I,
)


# How far from the region's start a headline may lie: above it, or among its first lines when the region
# opens with a disclosure or a deck.
_TITLE_BEFORE, _TITLE_INSIDE = 50, 12
_REPEAT_REACH = 25  # lines either side where a copy of a candidate counts as its repeat
_TITLE_IN_TITLE_WORDS = 4  # the fewest words of a headline that the document's title vouches for
_MARKDOWN_LINKS = 3  # lines with links written as markdown: the dump is markdown
_CONTENTS_ITEMS = 3  # lines in a row that recur in the text: a table of contents
_STAMP_WORDS = 2  # words of a stamp beside each item of a table of contents ("8m ago", "14:02")
_DECK_WORDS = 45
_OWN_HEADLINE_WORDS = 4
_LABEL_WORDS = 3
_DECK_MIN_WORDS, _DECK_ABOVE_WORDS, _DECK_COST = 10, 4, 2.0
_DECK_GAP = 3  # lines between a standfirst and its headline: a section, a date, a byline or a source
_LABEL_WORDS_UNDER = 2  # of a section's label under a headline
_DATE_ONLY_WORDS = 4  # of a line that is nothing but a date
_SHORT_DECK_WORDS, _SHORT_DECK_OPENS = 6, 3
_ON_TOPIC_SHARE = 0.5  # of a line's content words in the article's opening, for it to tell the story
_DESK_LINE_WORDS = 4
# A desk's last word in a credit line; not "Team" of a menu's "Join Our Team".
_DESK_CREDITS = frozenset({"report", "reports", "desk", "staff", "bureau", "newsroom"})
# A declined word's first letters, alike in its forms ("kamiony" / "kamionů", "vyprošťují" / "vyprošťovat").
_DECLINED_STEM = 5
_STEM_LETTERS = 4  # a word's first letters, alike in its forms: "votes" and "voted", "barrier" and "barriers"
_DECK_LOWER = 2  # words of a standfirst in lower case that a headline in title case capitalises
_BREADCRUMB = re.compile(r"[>»<|/]")  # a trail's separators; a headline has commas too
HEADLINE_WORDS = 20  # the words of a headline as most are written
_TITLE_MAX_WORDS = 30
_SUMMARY_POINTS = 4  # short lines between a headline and its byline that sum the story up
_TWO_SENTENCES = re.compile(r"[.?!] [A-Z]")
_TITLE_CASE_SHARE = 0.8
# The byline and date sit right under the headline, or just above it.
_BYLINE_BELOW = {1: 3.5, 2: 2.5, 3: 1.5, 4: 0.5, -1: 1.5, -2: 1.0, -3: 0.5}
_UNDER_DATE_COST = 2.0  # of a line under a date line that a headline-shaped line stands over
_NAMED_BYLINE = 1.0
_SIGNED = _BYLINE_BELOW[1] + _NAMED_BYLINE  # a byline that names its writer right under the line
_FACET_REACH = 8  # lines around a byline where a menu's items would repeat its words
# A headline is a block of its own: a renderer sets it apart by blank lines, where a menu's items and a box's
# labels run line under line (a page drawn with no blank lines costs each line alike), unless it sits on the
# byline that opens the text.
_UNSPACED_COST = 3.0
# A breadcrumb trail sits a few lines above the headline it ends with, a standfirst or kicker between them.
# Drawn on one line with nothing of it repeated nearby, it opens with "Home" or holds only short crumbs (a
# section's name); a headline may hold separators too ("Ferry crews walk out over pay | Opinion | Gazette"),
# but not only short crumbs.
_TRAIL_REACH = 3
_TRAIL_COST = 6.0
_CRUMB_MIN_WORDS = 2
_CRUMB_SEPARATORS = tuple("»›>/|\\")
_CRUMB_WORDS = 5
_TRAIL_HOME = re.compile(rf"(?:you are here:?\s*)?home\s*[{re.escape(''.join(_CRUMB_SEPARATORS))}]", re.I)
_BYLINE_LINES = 4  # of a byline block: name, role, date, reading time
# A pick scoring under this has nothing of a headline but its place. A region may open with a few hundred
# words of teasers before the article's own headline, byline and date.
_WEAK_TITLE = 2.0
_LATE_TITLE_WORDS = 400
# A date line is short; a date inside a longer line is part of a sentence or a teaser.
_DATE_LINE_WORDS = 12
_DATELINE_PLACE_WORDS = 4  # of a writer's place before a date line's dash ("Palma de Mallorca - DEC 04, ...")
_MASTHEAD_LINES = 5
_PLACE_MARK = re.compile(r" [●•–—] ")  # a date line's mark after the writer's place, as a dash is
_INITIALS_MIN, _INITIALS_MAX, _INITIALS_REACH = 2, 6, 25  # a masthead of initials, and the lines that write it out
_INITIALS_WRITTEN_OUT = re.compile(r"\b([A-Z]{2,6})\s+([A-Z][a-z]+)\b")  # "BBC News"
_DESK_MASTHEAD_WORDS = 4
# "Example Post Staff", "Example Post Staff | <date>", "Example Post Staff & Agencies".
_DESK_WORD = re.compile(rf"\s+(?i:{'|'.join(sorted(DESK_WORDS))})\s*(?:$|[|·•—–-]|(?i:&|and)\s+(?i:agencies)$)")
_DESK_SEPARATORS = tuple("|·•—–-")
_TOP_NAME_LINES, _MENU_MASTHEAD_WORDS, _MENU_BAR_ITEMS = 3, 4, 4  # where a masthead stands over the menu
_MENU_ITEM_WORDS, _MENU_RUN_LINES = 3, 12  # a menu's items drawn line under line
_SHORT_MENU_ITEMS, _SHORT_MENU_HEADLINE = 3, 4  # a masthead's short menu of sections, and the headline's words under it
# A one-word brand before what it is ("MercoPress, South Atlantic News Agency", "MercoPress. South Atlantic News
# Agency"); not the initials of "U.S. News".
_BRAND_AND_KIND = re.compile(r"([^\s,.]{3,})[,.] (.+)")
# Of a name whose initials are a word of their own ("PIB", a corporation's brand); two make too many such words.
_SPELLED_WORDS = (3, 5)
_BUTTON_TAILS = frozenset({"us", "in", "up"})  # a menu's buttons: "Support us", "Sign in", "Sign up"
_MENU_BUTTONS = 3  # buttons between a masthead and its menu ("Subscribe", "Sign In")
_MASTHEAD_BUTTONS = 2  # of them right under the page's first line, that make it the masthead
_BRAND_ZIPF = 4.0
# A section's name, or one joined to another word ("Politics & Policy", "Arts + Culture").
_SECTION_ITEM = re.compile(
    r"(?i:home|news|latest|business|economy|markets?|money|sports?|opinion|world|politics|entertainment|lifestyle"
    r"|tech(?:nology)?|health|culture|travel|science|education|environment|local|national|regions?|regional|features"
    r"|international|world news|middle east|e-?paper|videos?|photos|podcasts?|editorials?|letters|columns|analysis"
    r"|crime|weather|property|motoring|food|arts|books|media|magazines?|policy|elections?|congress|white house"
    r"|cities|movies|cricket|football|auto|astrology|viral|states|nation|explainers?|companies|industry|finance"
    r"|personal finance|investing|portfolio|real estate|startups|jobs|careers|autos|tv|showbiz|celebs|celebrity"
    r"|topics|americas|asia[- ]pacific|pacific|latin america|oceania|society|climate|energy|trade|commodities"
    # The same sections in the other languages told apart ("Última hora", "Politique", "Wirtschaft", "Cronaca",
    # "Происшествия", "Новини").
    r"|última hora|política|internacional|nacional|economía|sociedad|deportes|sucesos|opinión|mundo|cultura"
    r"|politique|économie|société|monde|faits divers|politik|wirtschaft|kultur|panorama|ausland|inland|meinung"
    r"|politica|economia|esportes|cronaca|esteri|главная|новости|лента|политика|экономика|общество|происшествия"
    r"|спорт|культура|регионы|в мире|наука|технологии|здоровье|мнения|город|власть|жкх|транспорт"
    r"|startseite|inicio|portada|accueil|voorpagina|nieuws|binnenland|buitenland|politiek|economie|cultuur|regio"
    r"|головна|новини|політика|економіка|суспільство|регіони|війна|місто|аналітика|zprávy|domov|svět"
    r"|ekonomika|kultura|region|názory|wiadomości|kraj|świat|gospodarka|regiony|opinie|notícias|noticias|região"
    r"|beranda|berita|daerah|nasional|olahraga|ekonomi|gündem|dünya|spor|nyheter|inrikes|utrikes|nyheder"
    r"|indland|udland|innenriks|utenriks|uutiset|kotimaa|ulkomaat|país|país e mundo|desporto|sociedade|ciência)"
    r"(?:\s+(?:&|\+|and)\s+[A-Z][a-z]+)?")
_DESCRIBED = re.compile(r"\s+\([^()]{2,40}\)$")
_INITIALS_DESK_WORDS = DESK_WORDS | {"online", "service"}  # "THT Online", "HT Correspondent", "DH News Service"
# A masthead set in small letters, perhaps with the logo's point ("euronews."), or opening with them ("i24NEWS",
# "myRepública").
_LOGO_WORD = re.compile(r"[a-z]{4,}\.?|[a-z][a-zA-Z0-9]*(?:[A-Z0-9][a-zA-Z0-9]*){2,}|[a-z]{1,3}[A-Z][^\W\d_]{3,}")
_EDITION = re.compile(r"\s+(?:English|International|Online|Digital)\s+Edition$")
_DESK_OWNER = re.compile(r"['’]s(?:\s+[A-Z][a-z]+)?$")
_PHRASE_MARK = re.compile(r"[,:?!]")
# Date lines further above the headline than this belong to the page's top, not to the article's head.
_DATE_ABOVE = 4
_COPY_REACH = 4  # lines around another copy of the headline where its byline may stand
_TEASER_DAYS = 2  # days of a list of other stories, each dated
_LABEL_LINES, _LABEL_WORDS = 2, 3  # a date's label alone on the lines above it, in a table of facts
# A headline is written in the words of the story under it; a banner, a menu or a promotion is not.
_TOPIC_WORDS = 300
# Words of prose that tell a language: in one told apart, they hold its common words many times over.
_UNDETERMINED_WORDS = 50
_OFF_TOPIC_SHARE = 0.2
# More than a markdown H1 earns: some sites mark their name or a section's as the page's H1.
_OFF_TOPIC_COST = 7.0
_PLURAL_LETTERS = 4  # a word's singular, at least, that its plural is compared by
_PLURAL_WORDS = 4  # content words of a line whose plurals are compared
_SLUG_SPLIT = re.compile(r"[\W_]+")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")
_ARROWS = (">", "»", "›", "→", "⟶", "➔")
# Not a part of an address ("blog@example.io", "example.com"): a site writes its own name that way in its prose.
_LOWER_WORD = re.compile(r"(?<![\w@.-])[a-z][a-z'’-]+(?![\w@-]|\.[a-z])")
_FILED_FROM_WORDS = 3  # a place in capitals on a line of its own ("NEW DELHI", "RIO DE JANEIRO")


def language(lines: list[Line]) -> str | None:
    """A stop-word guess: the language whose most common words make up most of the page's prose; `UNDETERMINED`
    for prose in none of the languages told apart (Polish, Swedish, Turkish...)."""
    sample = prose_sample(lines)
    return guess_language(sample) or (UNDETERMINED if len(sample) >= _UNDETERMINED_WORDS else None)


def prose_sample(lines: list[Line]) -> list[str]:
    """The page's first few hundred words of prose: those of its lines of eight words or more."""
    sample: list[str] = []
    for line in lines:
        if line.words >= 8:
            sample.extend(line.tokens)
            if len(sample) > SAMPLE_WORDS:
                break
    return sample


def restore_own_headline(lines: list[Line], start: int) -> None:
    """A headline that the outlet's other pages in the run list as a teaser ("Most read") was made their
    furniture; right over this page's text, or over its byline and date, and telling its story, it is this
    page's own. So is the byline of a writer whose other stories the run holds."""
    i = start - 1
    while i >= 0 and META in (lines[i].kind, lines[i].own_kind):
        lines[i].kind = META
        i -= 1
    line = lines[i] if i >= 0 else None
    if line is None or line.own_kind is None or line.own_kind < SHORT or line.words < _OWN_HEADLINE_WORDS:
        return
    if _topic_share(content_words(line), _topic_words(lines, start)) >= _ON_TOPIC_SHARE:
        line.kind = line.own_kind


def _lede(line: Line) -> bool:
    """A sentence longer than headlines are written, closed by its full stop and written in sentence case: a text
    that opens with its story (an article's text alone, as a crawl's record keeps it), not with a headline ("Glenn
    Beck Blasts Drudge for Mocking His Fast, ..." capitalises every word but the small ones)."""
    return line.words > HEADLINE_WORDS and line.text.endswith(".") and _sentence_case(line)


def pick_title(lines: list[Line], start: int, url: str | None = None, site: str | None = None) -> int | None:
    """The index of the headline of an article whose body starts at `start`: the best headline-like
    line shortly before it or among the first lines of the region (a markdown H1, a line repeated on the
    page, one that the URL's slug spells, one just above the byline or date; not a caption, a numbered
    item, a byline's name or title, the site's own name, or a line whose words the story does not use), else
    the page's first line when the body starts right after it. A weak pick with no byline or date beside it
    gives way to a headline further into the region that has one right under it: the region then opened with
    teasers."""
    best, best_score = None, float("-inf")
    slug = _slug_words(url)
    topic = _topic_words(lines, start)
    contents = _table_of_contents(lines, start)
    bylines = _Bylines(lines)
    prose = 0  # words of running text in the region above the candidate: past a deck, the story has begun
    window = range(max(0, start - _TITLE_BEFORE), min(start + _TITLE_INSIDE, len(lines)))
    scored: list[tuple[int, float, bool]] = []  # each candidate, its score and whether its words are the text's
    for i in window:
        line = lines[i]
        if i >= start and line.kind == GOOD and not _headline_sentence(line) and not _above_byline(lines, i):
            prose += line.words
            if prose > _DECK_WORDS:
                break
            continue
        # Two words set as a phrase make a headline right above the byline that opens the text ("Goodbye, Marian");
        # a label there is a section's or a name ("Press Release", "Craig McCarthy").
        least = 2 if line.words == 2 and _PHRASE_MARK.search(line.text) and _above_byline(lines, i) else 3
        if not _headline_like(line, least) or _names_site(line, site) or i in contents or _labelled(lines, i):
            continue
        if prose and line.text.endswith(".") and not _above_byline(lines, i):
            continue  # a short sentence of the running text, though a date line follows it ("Posted: ...")
        scored.append((i, _title_score(lines, i, start, slug, contents, bylines), _off_topic(line, topic)))
    # A headline signed right under it and set twice is the story's own however loosely its words match the text's,
    # unless another signed one matches them (a page that sets another story's headline and byline over its own).
    signed_on_topic = any(not off and bylines.bonus(i) >= _SIGNED for i, _, off in scored)
    for i, score, off in scored:
        if off and (signed_on_topic or not _signed_twice(lines, i, bylines)):
            score -= _OFF_TOPIC_COST
        if score > best_score:
            best, best_score = i, score
    head = _over_deck(lines, best) if best else None
    if best and head is not None and _is_deck(lines, best) and head not in contents \
            and not _NUMBERED.match(lines[head].text) \
            and not (best + 1 < len(lines) and _byline_part(lines[best + 1]) and title_case(lines[head])
                     and not _standfirst_shaped(lines[best], lines[head])):
        best = head  # a standfirst stands under its headline, which a line above it may have kept from its place
    best = _over_summary(lines, best) if best else best
    if (best is None or (best_score < _WEAK_TITLE and not bylines.bonus(best))) and (
            late := _late_headline(lines, start)) is not None:
        # The same headline again further down (a recipe's card, a print view) confirms the first pick.
        return best if best is not None and lines[best].lower == lines[late].lower else late
    if best is None and start <= 1 and lines and lines[0].words <= _TITLE_MAX_WORDS \
            and lines[0].kind in (GOOD, NEAR, SHORT) and not _lede(lines[0]):
        return 0
    if best is None:
        return next((i for i, line in enumerate(lines) if line.heading == 1), None)
    # The page's one top-level heading is its headline, unless the pick has a closer byline under it (a
    # section's name set as the heading, the story's headline as a lesser one under it).
    if ((only := _only_h1(lines, start)) is not None and lines[only].lower != lines[best].lower
            and bylines.bonus(only) >= bylines.bonus(best)):
        return only
    # The document's title, which some renderers write first ("Headline | Site"), stands over the masthead's
    # date; the headline it holds is the copy further down, over the byline.
    return (_held_headline(lines, window) or best) if best == 0 else best


def _signed_twice(lines: list[Line], i: int, bylines: _Bylines) -> bool:
    """A headline right over a byline that names its writer, which the page sets again near it (its picture's
    caption): "African court cancels pro-government election wins" over "Malawi's top constitutional court has annulled
    ..."."""
    return bylines.bonus(i) >= _SIGNED and any(
        lines[j].text == lines[i].text for j in range(max(0, i - _REPEAT_REACH), min(len(lines), i + _REPEAT_REACH))
        if j != i)


def _over_summary(lines: list[Line], best: int) -> int:
    """The headline over a stack of summary points set right above the byline ("Officials say ..." / "Ban runs
    from April" / "By Jane Doe"): a line at least as long as each of two points or more under it, which the page
    repeats further down (its share box, its print view) where no point recurs. A shorter line there is a
    section's or a menu's."""
    if best + 1 >= len(lines) or not _byline_part(lines[best + 1]):
        return best
    for j in range(best - 1, max(-1, best - 1 - _SUMMARY_POINTS), -1):
        if not _headline_like(lines[j]) or lines[j].words > _TITLE_MAX_WORDS:
            return best
        points = range(j + 1, best + 1)
        if len(points) >= 2 and all(lines[k].words <= lines[j].words for k in points) and _recurs_below(lines, j) \
                and not any(_recurs_below(lines, k) for k in points):
            return j
    return best


def _recurs_below(lines: list[Line], i: int) -> bool:
    return any(other.text == lines[i].text for other in lines[i + 2:])


def _names_site(line: Line, site: str | None) -> bool:
    """Whether the line is the site's own name, its masthead ("THE EXAMPLE POST" of "The Example Post"), or its desk's
    credit ("Example Gazette report", "Example Post Staff")."""
    if site is None:
        return False
    own, name = site.lower().removeprefix("the "), line.lower.removeprefix("the ")
    desk, _, word = name.rpartition(" ")
    return name == own or (word in _DESK_CREDITS and desk == own)


def _only_h1(lines: list[Line], start: int) -> int | None:
    """The page's one top-level heading, wherever the text's region lies, in a dump written as markdown (its
    links are): a page marks its headline so. Two different ones (a site's name and the headline) mark
    nothing, and elsewhere "# " opens a code comment or a hashtag as often. Of copies (a sticky header's), the
    one nearest the text."""
    h1s = [i for i, line in enumerate(lines) if line.heading == 1 and line.words]
    if not h1s or len({lines[i].lower for i in h1s}) > 1 or not _headline_like(lines[h1s[0]]):
        return None
    if sum(1 for line in lines if line.link_ratio) < _MARKDOWN_LINKS:
        return None
    return min(h1s, key=lambda i: abs(i - start))


def _held_headline(lines: list[Line], window: range) -> int | None:
    """A later line that the first line holds as most of its words, as a title holds a headline beside the
    site's name; the site's name alone is the lesser part."""
    return next((i for i in range(1, window.stop)
                 if _in_title(lines, lines[i]) and 2 * lines[i].words > lines[0].words), None)


def _in_title(lines: list[Line], line: Line) -> bool:
    """Whether the page's first line, as some renderers write the document's title there, holds the line."""
    return line.words >= _TITLE_IN_TITLE_WORDS and line.lower in lines[0].lower


def _late_headline(lines: list[Line], start: int) -> int | None:
    """A headline with its byline or date right under it and about the text after it, within the first few
    hundred words of the region: set apart as a block, or drawn tight on the byline that opens the text (as a
    browser's page text draws it), or anywhere on a page that sets no line apart."""
    prose = 0
    spacing = any(line.spaced for line in lines)
    for i in range(start, len(lines) - 2):
        line = lines[i]
        if line.kind == GOOD:
            prose += line.words
            if prose > _LATE_TITLE_WORDS:
                return None
        elif (_byline_under(lines, i) and _headline_like(line)
              and (line.spaced or not spacing or _heads_the_text(lines, i, start))
              and not _off_topic(line, _topic_words(lines, i + 1))):
            return i
    return None


def _byline_under(lines: list[Line], i: int) -> bool:
    """A byline or date on one of the two lines under line `i`, a byline's label alone right under it ("Written
    by" / "Jane Doe" / "Last updated on:" / the date), or a name with the date two lines under it ("Jane Doe" /
    "8 min" / the date)."""
    return _byline_part(lines[i + 1]) or lines[i + 2].kind == META or (
        i + 3 < len(lines) and lines[i + 3].kind == META and person_line(lines[i + 1].text) is not None)


def _labelled(lines: list[Line], i: int) -> bool:
    """Whether the line is the value of a byline's label on the line above ("By" / "Jane Doe", "From:" / "Ministry of
    Transport"): a credit, set over the date as a headline may be."""
    return i > 0 and (lines[i - 1].lower.rstrip(" :") in BYLINE_LABELS or lines[i - 1].lower == ISSUER_LABEL)


def _byline_part(line: Line) -> bool:
    """A byline, a date line, or a byline's or a date's label alone on its line ("By" / "Jane Doe", "Published" /
    "7 December 2026")."""
    return line.kind == META or line.lower.rstrip(" :") in BYLINE_LABELS or line.lower == ISSUER_LABEL \
        or _date_label(line)


def _date_label(line: Line) -> bool:
    """A date's label alone on its line ("Published", "Last updated:"), the date on the line under it."""
    return line.words <= 2 and (label := DATE_LABEL.match(line.text)) is not None \
        and not line.text[label.end():].strip(" :")


def _topic_words(lines: list[Line], start: int) -> frozenset[str]:
    """The content words of the article's opening, as stems: the first few hundred words of its running text."""
    words: list[str] = []
    for line in lines[start:]:
        if line.kind >= NEAR:
            words.extend(content_words(line))
            if len(words) > _TOPIC_WORDS:
                break
    return frozenset(words)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def content_words(line: Line) -> list[str]:
    """The line's words that tell what it is about, as a headline and its text are compared: a Cyrillic one without
    its last two letters, as Russian and Ukrainian decline a noun by its case ("тепло" / "тепла", "Северогорске" /
    "Северогорска"); on a page in a language that declines its words in Latin letters, their first letters."""
    if line.content_words is None:
        # A possessive is its noun ("Kenya’s" of "Kenya").
        words = [w for token in line.tokens if len(w := _without_possessive(token.strip(PUNCT))) >= 3
                 and w not in ALL_STOPWORDS]
        line.content_words = [w[:_DECLINED_STEM] for w in words] if line.declined else words if line.lower.isascii() \
            else [w[:max(_STEM_LETTERS, len(w) - 2)] if "\u0400" <= w[0] <= "\u04ff" else w for w in words]
    return line.content_words


def _lower_words(line: Line) -> frozenset[str]:
    """The words the line writes in lower case, not in an address ("abc7ny.com", "@npr")."""
    if line.lower_words is None:
        line.lower_words = frozenset(_LOWER_WORD.findall(line.text))
    return line.lower_words


def _off_topic(line: Line, topic: frozenset[str]) -> bool:
    """Whether at most one in five of the line's content words is in the article's opening."""
    words = content_words(line)
    return bool(words) and _topic_share(words, topic) <= _OFF_TOPIC_SHARE


def _topic_share(words: list[str], topic: Collection[str]) -> float:
    """The share of the words that the article's opening uses (0 for none); in the singular or the plural for a
    line of four words or more ("prisoner swap with rebels" over "agreed to exchange prisoners ... the rebel group"),
    where one of a few words does not turn a menu's label into the story's ("Shop our products")."""
    if len(words) < _PLURAL_WORDS:
        return sum(1 for w in words if w in topic) / len(words) if words else 0.0
    return sum(1 for w in words if w in topic or _other_number(w) in topic) / len(words)


def _other_number(word: str) -> str:
    """The noun's plural, or its singular, where either is a word of four letters or more ("rebels", "rebel")."""
    if word.endswith("s"):
        return word[:-1] if len(word) > _PLURAL_LETTERS else word
    return word + "s" if len(word) >= _PLURAL_LETTERS else word


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's most descriptive path segment ("/2025/11/ferry-crews-walk-out.html")."""
    if not url:
        return frozenset()
    segments = [seg for seg in urlsplit(url).path.split("/") if seg]
    words = max((_SLUG_SPLIT.split(seg.lower().rsplit(".", 1)[0]) for seg in segments), key=len, default=[])
    return frozenset(w for w in words if w and not w.isdigit()) if len(words) >= 3 else frozenset()


def _headline_sentence(line: Line) -> bool:
    """A line of running text that may still be a headline: not closed by a full stop, and short or in title
    case (a long headline capitalises its words, a paragraph does not)."""
    return not line.text.endswith(".") and (line.words <= HEADLINE_WORDS or title_case(line))


def _above_byline(lines: list[Line], i: int) -> bool:
    """A sentence right above the byline or the date, with the text going on under them, is the headline (some
    sites close theirs with a full stop; an opinion piece's may hold two short ones), unless it is a summary of
    two long sentences or the standfirst under a shorter headline."""
    line = lines[i]
    if line.words > _TITLE_MAX_WORDS or (line.words > HEADLINE_WORDS and _TWO_SENTENCES.search(line.text)):
        return False
    byline = next((j for j in range(i + 1, min(i + 3, len(lines))) if _byline_part(lines[j])), None)
    if byline is None:
        return False
    while byline < len(lines) and _byline_part(lines[byline]):
        byline += 1
    if not any(line.kind >= NEAR for line in lines[byline: byline + 3]):
        return False  # a date line that closes the post ("Posted: ..." under its last paragraph) heads nothing
    # Under a shorter headline set apart as a block, it is the standfirst; under a breadcrumb, a section's label
    # drawn line under line or a line about something else (a site's name, a promotion), or written in title
    # case itself, it is the headline.
    above = lines[i - 1] if i > 0 else None
    under_headline = (above is not None and above.spaced and above.words < line.words and _headline_like(above)
                      and not _BREADCRUMB.search(above.text) and not title_case(line)
                      and not _off_topic(above, _topic_words(lines, i)))
    return not under_headline and not _is_deck(lines, i)


def _headline_like(line: Line, least: int = 3) -> bool:
    if line.kind in (BARRIER, JUNK, META, RELATED) or line.bullet or line.link_ratio > 0.5:
        return False
    limit = 1 if line.heading else least
    # A label of the line under it ends as a phrase does not ("Distributed by", "News provided by").
    if not limit <= line.words <= _TITLE_MAX_WORDS or line.text.endswith((":", ",", " by")) or DATE_LABEL.match(
            line.text):
        return False
    if line.text.startswith(_ARROWS) or line.text.endswith(_ARROWS):
        return False  # a link's label ("→ Learn about our review process", "Book your consultation now >")
    return not _byline_piece(line)


def _byline_piece(line: Line) -> bool:
    """A byline's part on a line of its own: a name with its degrees or title, a title, an editor's credit, an
    agency's name ("The Associated Press" under "By JANE DOE"); or a breadcrumb trail, a credit note, a paper's name
    with its city. Read from the line's text alone, once."""
    if line.byline_piece is None:
        text = line.text
        line.byline_piece = bool(
            ("," in text and (person_line(text) or people_line(text))) or is_role(text) or editor_names(text)
            or agency_line(text) or _filed_byline(line) or _is_trail(text) or credit_note(text)
            or _paper_of_city(text) or _desk_line(line))
    return line.byline_piece


def _desk_line(line: Line) -> bool:
    """A desk's credit set as a byline ("Star Online Report", "Metro Desk", "By Shipping Today staff"): a few
    capitalised words ending in a desk's word."""
    words = line.text.split()
    if words[-1].lower() not in _DESK_CREDITS:
        return False  # most lines, told at once
    if words[0] in ("By", "BY"):
        words = words[1:]
    elif not title_case(line):
        return False
    return 2 <= len(words) <= _DESK_LINE_WORDS and all(w[:1].isupper() for w in words[:-1])


def _filed_byline(line: Line) -> bool:
    """A writer's name with the place they filed from ("Chuks Okocha in Ilasa", "Habibu Sani, Kano")."""
    text = line.text
    return line.words <= _FILED_BYLINE_WORDS and (" in " in text or ", " in text) and (
        name := without_place(text)) != text and person_line(name) is not None


def _paper_of_city(text: str) -> bool:
    """A publication's name with its city in brackets, as portals credit the paper a story comes from ("The Star
    (Nairobi)", "Daily Examiner (Abuja)")."""
    found = _CITY_IN_BRACKETS.match(text) if text.endswith(")") else None
    return found is not None and found.group("place") in places()


def _is_trail(text: str) -> bool:
    """A breadcrumb trail drawn on one line: from "Home" ("Home » Guides"), or of short crumbs ("Guides / Tax /
    Filing"). Its last crumb may be the headline, but the line is not."""
    if _TRAIL_HOME.match(text):
        return True
    separator = next((c for c in _CRUMB_SEPARATORS if text.count(c) >= 2), None)
    return separator is not None and all(len(crumb.split()) <= _CRUMB_WORDS for crumb in text.split(separator))


def _table_of_contents(lines: list[Line], start: int) -> frozenset[int]:
    """The lines above the region that list the text's own headings: runs of lines that each recur in the region
    (or as the heading right over it), in the same order and with the text between them (a menu repeated in the
    footer recurs as a run), perhaps each beside a stamp of its own (a live page's "Key events": "8m ago" / the
    entry's heading); and the headings they recur as. None of them is the page's headline."""
    top = max(0, start - 1)
    at: dict[str, int] = {}
    for k in range(len(lines) - 1, top - 1, -1):
        at[lines[k].text] = k  # the first recurrence
    runs: list[list[int]] = []
    for i in range(max(0, start - _TITLE_BEFORE), top):
        if lines[i].text not in at:
            continue
        # Items follow each other, or each its stamp: one way through the list.
        step = runs[-1][-1] - runs[-1][-2] if runs and len(runs[-1]) > 1 else None
        gap = i - runs[-1][-1] if runs else 0
        stamped = gap == 2 and lines[i - 1].words <= _STAMP_WORDS
        if (gap == 1 and step in (None, 1)) or (stamped and step in (None, 2)):
            runs[-1].append(i)
        else:
            runs.append([i])
    listed = [run for run in runs if len(run) >= _CONTENTS_ITEMS
              and all(at[lines[b].text] - at[lines[a].text] > 1 for a, b in pairwise(run))]
    return frozenset(j for run in listed for i in run for j in (i, at[lines[i].text]))


def _title_score(lines: list[Line], i: int, start: int, slug: frozenset[str], contents: frozenset[int],
                 bylines: _Bylines) -> float:
    line = lines[i]
    # Inside the region each line costs twice as much: its first lines are a deck or a disclosure more often
    # than the headline. Above it, a table of contents is the article's own and sets no headline apart from
    # the text.
    score = -0.15 * (start - i - sum(1 for j in contents if i < j < start)) if i <= start else -0.3 * (i - start)
    score += {1: 6.0, 2: 2.0}.get(line.heading, 0.0)
    # A headline repeated elsewhere (breadcrumb, share text) scores; one drawn twice in a row (a layout for
    # each screen size) scores less, as teasers are drawn that way too.
    # A copy and a trail both end with the line's text, which tells most lines apart at once.
    repeats = [abs(j - i) for j in range(max(0, i - _REPEAT_REACH), min(len(lines), i + _REPEAT_REACH))
               if lines[j].text.endswith(line.text) and (lines[j].text == line.text or _crumb_of(lines[j], line))]
    score += 2.0 if max(repeats) > 1 else (1.0 if len(repeats) > 1 else 0.0)
    # The document's own title, which some renderers write first ("Headline | Site"), holds the headline; nearer
    # the top, the repeat above has counted it already.
    if i > _REPEAT_REACH and _in_title(lines, line):
        score += 2.0
    # The trail itself, ending with a line near it, is no headline.
    if any(_crumb_of(line, lines[j]) for j in range(max(0, i - _TRAIL_REACH), min(len(lines), i + _TRAIL_REACH + 1))):
        score -= _TRAIL_COST
    score += bylines.bonus(i)
    if any(is_caption(other) for other in lines[i: i + 2]) or credited_picture(line.text):
        score -= 4.0
    if _under_dated_headline(lines, i):
        score -= _UNDER_DATE_COST
    if _is_deck(lines, i):
        score -= _DECK_COST
    # A heading's length; a question in title case is one too, though the line classes read it as a sentence.
    if (line.kind == SHORT or (line.text.endswith("?") and title_case(line))) and 5 <= line.words <= 25:
        score += 1.0
    if not line.spaced and not _heads_the_text(lines, i, start):
        score -= _UNSPACED_COST
    if line.text.endswith(".") and line.words > 20:
        score -= 1.0
    if _NUMBERED.match(line.text):
        score -= 3.0
    if slug:
        words = _SLUG_SPLIT.split(line.lower)
        score += 6.0 * sum(1 for w in words if w in slug) / max(len(slug), len(words))
    return score


_DATE_BUTTONS = 2  # buttons between a date line and the caption under it


def _under_dated_headline(lines: list[Line], i: int) -> bool:
    """Whether the line stands under a date line that a headline stands over ("Example headline" / "Updated / Friday,
    4 Dec 2026 17:42" / "A coach at the station in Dublin" / "By Jane Doe"): the picture's caption over the byline,
    not the headline, which the date line closes."""
    date = i - 1
    while date > 0 and lines[date].kind == JUNK and i - date <= _DATE_BUTTONS:
        date -= 1  # the buttons under the date ("Share")
    headline = date - 1
    if headline > 0 and _date_label(lines[headline]):
        headline -= 1  # the date's label on a line of its own ("Published" / "7 December 2026")
    if headline < 0 or lines[date].kind != META or lines[headline].kind != SHORT:
        return False
    return _headline_like(lines[headline], _SENTENCE_WORDS) and find_date(lines[date].text) is not None \
        and not _marked_names(lines, date)


def _crumb_of(trail: Line, line: Line) -> bool:
    """Whether `line` is the last crumb of a breadcrumb trail ("Home / Guides / How to fix a tap" over "How to fix a
    tap"): a page's trail ends with its headline, so the trail is no headline and the headline is shown twice."""
    return (line.words >= _CRUMB_MIN_WORDS and trail.words > line.words and trail.text.endswith(line.text)
            and trail.text[: -len(line.text)].rstrip().endswith(_CRUMB_SEPARATORS))


def _heads_the_text(lines: list[Line], i: int, start: int) -> bool:
    """Right above the byline (and date) that open the article's text, or a standfirst under them, and no
    standfirst under its headline. A renderer that sets only paragraphs apart, as a browser's page text does,
    draws the headline tight on its byline, as it draws a menu."""
    text = next((j for j in range(i + 1, min(len(lines), i + 2 + _BYLINE_LINES)) if lines[j].kind != META), None)
    return (text is not None and text + 1 >= start and any(_marked_names(lines, j) for j in range(i + 1, text))
            and not (i > 0 and _deck_under(lines, i)))


def _deck_under(lines: list[Line], i: int) -> bool:
    """A line in sentence case under a headline about the same story, set apart or shorter: the headline's
    standfirst or tagline. A line in title case is the headline itself, under a kicker ("The River Repairs" /
    "Small Steps Toward Landing Repairs" / "By Jane Doe"), unless it is a label. Unlike `_is_deck`, which
    prices a deck among candidates, a headline with a "| Section" end counts here: `_is_deck` reads that as a
    breadcrumb, and a standfirst it misses must not take the byline's place."""
    above, line = lines[i - 1], lines[i]
    return (above.kind != META and _headline_like(above) and not _off_topic(above, _topic_words(lines, i))
            and not _under_kicker(line) and (above.spaced or above.words < line.words))


def _under_kicker(line: Line) -> bool:
    """A headline in title case under a kicker; a tagline in title case is a label with a bar ("River News |
    Boats and Locks")."""
    return title_case(line) and "|" not in line.text


class _Bylines:
    """The bylines around a page's headline candidates, each line's reading worked out once: the candidates stand a
    line or two apart and look at the same lines around them."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._names_writer: dict[int, bool] = {}

    def bonus(self, i: int) -> float:
        """The bonus of the nearest byline or date line around line `i`; a byline that names its writer ("By Jane
        Doe") says more than a date alone, which teasers and a section's header carry too. A menu's "By Use Case"
        names none."""
        lines = self._lines
        return max((_BYLINE_BELOW.get(j - i, 0.0) + (_NAMED_BYLINE if self._names(j) else 0.0)
                    for j in range(max(0, i - 3), min(len(lines), i + 5)) if _byline_part(lines[j])), default=0.0)

    def _names(self, j: int) -> bool:
        if (named := self._names_writer.get(j)) is None:
            named = self._names_writer[j] = _names_writer(self._lines, j)
        return named


def _names_writer(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a byline that names a writer: not a menu's facet, whose words its items repeat in
    lower case ("By Use Case" over "Explore marketing use cases")."""
    names = _marked_names(lines, i)
    if not names:
        return False
    words = {word.lower() for name in names for word in name.split()}
    # A line that does not hold the words as written holds none of them in lower case: most lines are told so at once.
    return not any(not words.isdisjoint(_lower_words(line))
                   for line in lines[max(0, i - _FACET_REACH): i + _FACET_REACH + 1]
                   if any(map(line.text.__contains__, words)))


def _is_deck(lines: list[Line], i: int) -> bool:
    """A standfirst: a line in sentence case right under a headline-like one that is shorter or in title case,
    which is the headline; a breadcrumb ("Home > Tech"), a section's name or a line about something else above
    a headline is no headline."""
    line = lines[i]
    above = lines[_over_deck(lines, i)] if i > 0 else None
    if above is None or line.words < _SHORT_DECK_WORDS or above.words < _DECK_ABOVE_WORDS:
        return False
    if (line.words < _DECK_MIN_WORDS or (above.words >= line.words and not title_case(above)
                                          and not _standfirst_shaped(line, above))) and not _short_deck(lines, i):
        return False
    # The standfirst tells the story as its headline does, though a short one may pack too many names to read as
    # running text ("Teenagers' body clocks shift later during puberty, ... researchers say.").
    return (_sentence_case(line) and not _BREADCRUMB.search(above.text) and _headline_like(above)
            and not _off_topic(above, _topic_words(lines, i) | frozenset(content_words(line))))


def _over_deck(lines: list[Line], i: int) -> int:
    """The line a standfirst at `i` stands under: the one right above, or the one above the headline's section, date
    and byline or source set between them ("Headline" / "07.12.2026 | 12:31" / "RT News" / "Standfirst", "Headline" /
    "Bangladesh" / "December 7, 2026" / "Author: RT" / "Standfirst")."""
    k, dated = i - 1, False
    while k > 0 and i - k <= _DECK_GAP and (
            (byline := _date_or_byline(lines[k])) or (dated and lines[k].words <= _LABEL_WORDS_UNDER
                                                      and not lines[k].sentence)):
        dated = dated or byline  # a section's label stands over the date and byline, not alone ("Blog" / "Headline")
        k -= 1
    # Not a teaser over its date in a list of them ("Teaser" / "12/04/2025" / "Headline" / "By Jane Doe").
    dated_teaser = k < i - 1 and k > 0 and lines[k - 1].words <= _DATE_ONLY_WORDS and find_date(lines[k - 1].text)
    return i - 1 if dated_teaser else k


def _date_or_byline(line: Line) -> bool:
    """A byline or a date line, or a source's name ("RT News")."""
    return line.kind == META or (line.kind == JUNK and find_date(line.text) is not None) \
        or known_source(line.text) is not None


def _short_deck(lines: list[Line], i: int) -> bool:
    """A standfirst as short as a headline or shorter, the pair opening the page's headline block right above the
    byline, the date or the dateline ("Lagoon town approves barrier plan" / "Mayor says works to start in spring" /
    the date): the line above must read as a headline in sentence case, telling the story the text opens with (half
    its words, as stems), with nothing but the menu or a section's name over it. A line in title case there is a
    menu or the document's title; a tagline under the masthead or a teaser over a headline has more over it."""
    above, over = lines[i - 1], lines[i - 2]
    # Or the date over the pair, as a broadcaster's site sets it ("Published December 6, 2026 10:15am EST").
    menu = over.kind == JUNK or over.words <= _SHORT_DECK_OPENS or ("|" in over.text and title_case(over)) or (
        over.kind == META and find_date(over.text) is not None)
    if i < 3 or not menu or title_case(above):
        return False
    # Agency copy runs with no byline: its dateline under the pair ends the headline block as well.
    if not (i + 3 < len(lines) and (_byline_under(lines, i) or dateline_end(lines[i + 1].text) > 0)):
        return False
    stems = [w[:_STEM_LETTERS] for w in content_words(above)]
    topic = {w[:_STEM_LETTERS] for w in _topic_words(lines, i + 1)}
    return len(stems) >= 3 and _topic_share(stems, topic) >= _ON_TOPIC_SHARE


def _standfirst_shaped(line: Line, above: Line) -> bool:
    """A headline as long as its standfirst still stops without the full stop that ends the standfirst's sentence
    ("'We will not sell the club': Rovers owner ... on debts, fans and the future" over "The owner speaks to ..."),
    and seldom joins two clauses with a semicolon as a standfirst does ("Children kept home in three districts;
    ministry threatens permits")."""
    return (line.text.endswith(".") or "; " in line.text) and not above.text.endswith((".", "?", "!")) \
        and "; " not in above.text


def _sentence_case(line: Line) -> bool:
    """Written as a sentence: most words in lower case, or, where names crowd the line ("..., Deputy Foreign
    Minister Pavel Orlik said"), words a headline in title case would capitalise ("parties", "meet")."""
    capitals = sum(1 for w in line.text.split() if w[:1].isupper())
    return capitals * 2 < line.words or sum(1 for w in _lower_words(line) if w not in ALL_STOPWORDS) >= _DECK_LOWER


def title_case(line: Line) -> bool:
    """Nearly every word capitalised, as headlines and names are written."""
    return sum(1 for w in line.text.split() if not w[:1].islower()) >= _TITLE_CASE_SHARE * line.words


def published(lines: list[Line], title: int | None, start: int, end: int) -> tuple[str | None, str | None]:
    """The article's own date: a labelled publication date or a byline date near the headline first,
    then a date line next to the headline, then an "Updated" date, and dates after the article last; then
    the same beside another copy of the headline; when none is near, a labelled publication date or the only
    day elsewhere in the page. A date line at the top of the page far above the headline is the site's
    "today" masthead and is ignored. With it, the time of day that the date's line gives ("06:12+00:00")."""
    anchor = title if title is not None else start
    candidates = _dated(lines, _date_window(lines, anchor, start, end), anchor, end) or next(
        (found for copy, around in _copies(lines, title, end) if (found := _dated(lines, around, copy, end))), [])
    if not candidates:
        day, time = _page_date(lines, anchor)
        return (day, time) if day or start >= len(lines) else (_masthead_today(lines, anchor, start), None)
    _, _, day, at = min(candidates, key=lambda c: (-c[0], c[1]))
    return day, time_of_day(_publication_part(lines[at].text), day)


def _dated(lines: list[Line], window: Iterable[int], anchor: int, end: int) -> list[tuple[int, int, str, int]]:
    """The dates of the lines in `window`, with their rank, their distance from line `anchor` and their line."""
    candidates: list[tuple[int, int, str, int]] = []
    for i in window:
        line = lines[i]
        if line.kind == RELATED:
            continue  # a picture's caption dates the picture, a teaser its own story ("... on December 5, 2026. Photo")
        text = _publication_part(line.text)
        label = DATE_LABEL.match(text)
        # A label's date follows it: whatever the line goes on with ("... in Health, Nutrition, ...") is no matter.
        # So does a dateline's ("Riyadh, December 05, 2026, SPA -- The ..."), the day the copy was filed.
        if line.words > 25 and not label:
            # Most long lines hold no year at their opening and are passed over before any dateline is read.
            if not (ANY_YEAR.search(text, 0, _DATELINE_CHARS) and (filed := dateline_end(text))):
                continue
            text = text[:filed]
        value = find_date(text, month_precision=bool(label))
        if value and not _dates_correction(lines, i):
            rank = _date_rank(line, label, i, anchor)
            # After the article, an unlabelled date belongs to a comment or a teaser more often than to it, and a
            # dated name ("Jane Doe January 23, 2025") ranks under its like beside the headline.
            candidates.append((rank if i <= end else (rank - 1 if rank >= 4 else 0), abs(i - anchor), value, i))
    return candidates


def _copies(lines: list[Line], title: int | None, end: int) -> list[tuple[int, range]]:
    """The other lines that repeat the headline before the article's end, each with the lines around it: a page
    drawn for two screen sizes, or with a sticky header, shows it twice and its byline under one copy. (After
    the article, a line that repeats it is a table of contents' or a teaser's.)"""
    if title is None:
        return []
    return [(i, range(max(0, i - _COPY_REACH), min(len(lines), i + _COPY_REACH + 1)))
            for i in range(end + 1) if i != title and lines[i].text == lines[title].text]


def _page_date(lines: list[Line], anchor: int) -> tuple[str | None, str | None]:
    """When nothing near the headline dates the article: a labelled publication date elsewhere in the page
    ("Published: May 6, 2025" under a long deck, or after the text), else the one day its bylines give ("By Jane
    Doe – Updated Sep 9, 2025 at 1:00 PM | Fact-checked by John Roe", a line longer than a date's), else the one
    day the page shows. A date among the page's first lines above the headline is the site's "today" masthead,
    not a candidate."""
    days: list[tuple[str, int]] = []
    signed: list[tuple[str, int]] = []
    for i, line in enumerate(lines):
        # Every date holds a year: most lines are passed over before any label is looked for.
        if not ANY_YEAR.search(line.text) or (
                i < _MASTHEAD_LINES and i < anchor - _DATE_ABOVE and not _timed(lines, i)):
            continue
        byline = line.words <= _BYLINE_WORDS and bool(byline_names(line.text))
        if line.words > _DATE_LINE_WORDS and not byline:
            continue
        label = DATE_LABEL.match(line.text) or _label_above(lines, i)
        if (day := find_date(line.text, month_precision=bool(label))) and not _dates_correction(lines, i):
            if label and label.group("pub"):
                return day, time_of_day(line.text, day)
            days.append((day, i))
            if byline:
                signed.append((day, i))
    for found in (signed, days):
        if found and all(day == found[0][0] for day, _ in found):
            day, at = found[0]
            return day, time_of_day(lines[at].text, day)
    return None, None


def _masthead_today(lines: list[Line], anchor: int, start: int) -> str | None:
    """The site's "today" date atop a page that shows no other, where it falls on the weekday of the news the text
    opens with ("Monday, 7 December 2026" over "..., Reuters reported on Monday"): the story is that day's."""
    weekday = weekday_told(lines[start].text)
    if weekday is None:
        return None
    days = {day for line in lines[:min(_MASTHEAD_LINES, anchor - _DATE_ABOVE)]
            if line.words <= _DATE_LINE_WORDS and (day := find_date(line.text))}
    if len(days) != 1:
        return None
    day = days.pop()
    return day if date.fromisoformat(day).weekday() == weekday else None


def _label_above(lines: list[Line], i: int) -> re.Match[str] | None:
    """The date's label on a line of its own above it ("Published" / "Publish date" / "15 November 2018"): a
    page that sets its dates in a table of facts."""
    for j in range(i - 1, max(-1, i - 1 - _LABEL_LINES), -1):
        if lines[j].words > _LABEL_WORDS or ANY_YEAR.search(lines[j].text):
            return None
        if label := DATE_LABEL.match(lines[j].text):
            return label
    return None


def _timed(lines: list[Line], i: int) -> bool:
    """Whether a reading time stands beside line `i`: a byline block's, which a masthead's date never has."""
    return any(READING_TIME.match(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _dates_correction(lines: list[Line], i: int) -> bool:
    return i > 0 and bool(_CORRECTION.search(lines[i - 1].lower))


def _date_window(lines: list[Line], anchor: int, start: int, end: int) -> list[int]:
    before = max(0, anchor - _DATE_ABOVE)
    after = _head_end(lines, anchor, start, min(len(lines), max(start, anchor) + 6))
    tail = range(end + 1, min(len(lines), end + 6))
    return [*range(before, after), *tail]


def _head_end(lines: list[Line], anchor: int, start: int, stop: int) -> int:
    """Where the article's head ends, at `stop` at most: at a heading between the headline and the text over
    a list of other stories ("Most Popular"), whose dated bylines are the teasers', each of its own day; at
    the end of a short text that begins at `start` (readers' comments, "Ivan P. on 06.12.2025", under "3
    Comments")."""
    for i in range(anchor + 1, stop):
        if lines[i].kind == BARRIER:
            if i > start:
                return i
            days = {day for line in lines[i + 1: stop] if line.kind == META and (day := find_date(line.text))}
            if len(days) >= _TEASER_DAYS:
                return i
    return stop


def _publication_part(text: str) -> str:
    """From a line that gives the update first, the part that gives the publication ("Updated Nov. 11, 2022
    Originally published Nov. 9, 2022" -> "Originally published Nov. 9, 2022")."""
    label = DATE_LABEL.match(text)
    if label and label.group("upd") and (inner := _PUBLISHED_INSIDE.search(text, label.end())):
        return text[inner.start():]
    return text


def _date_rank(line: Line, label: re.Match[str] | None, i: int, anchor: int) -> int:
    if label and label.group("pub"):
        return 5
    if byline_names(line.text) or dated_byline(line.text) or dated_name(line.text):
        return 4 if not _UPDATED_INSIDE.search(line.text) else 3
    if label:
        return 1
    if line.kind == META or line.words <= 8:
        return 3 if i >= anchor else 2
    return 0


_STORY_KINDS = frozenset([
    "feature", "features", "opinion", "analysis", "review", "reviews", "interview", "explainer", "editorial",
    "commentary", "guide", "guides", "news", "sponsored", "podcast", "column", "essay", "letters", "obituary"
])
_FILED_BYLINE_WORDS = 8  # a name of four words, "in", a place of three
_CITY_IN_BRACKETS = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s+\((?P<place>[A-Z][^()]{1,30})\)$")
_SITE_KIND = re.compile(r"\s+(?:Blog|News|Online|Media)$")
# Led by the "B" the regex engine skips to; the space or the line's start before it is checked behind it.
_HANDLE_BYLINE = re.compile(r"[Bb](?<!\S[Bb])y\s+([a-z][a-z0-9_.\-]{2,30})(?:$|\s+[|·•]\s)")
# A blurb about a person speaks of them ("she", "his"), or they introduce themselves (`GREETING`).
# Led by the "h" every one of them holds, which the regex engine skips to, then the word checked behind it.
_PERSONAL = re.compile(r"h(?:e|is|ers?|im)\b(?:(?<=\bhe)|(?<=\bshe)|(?<=\bhis)|(?<=\bher)|(?<=\bhim)|(?<=\bhers))")
GREETING = re.compile(r"^(?:(?:hi|hello|hey)(?: there)?[,!.]?\s+)?(?:i['’]m|i am|my name is)\s+", re.I)
_BOX_OPENING = 40  # characters of a blurb that hold the writer's name (after a greeting or an honorific)
_WORD = re.compile(r"\w+")
_VOUCHING_HEADLINE_WORDS, _VOUCH_REACH = 4, 6
_RUN_ON_NAMES = 6
_PLURAL_LABELS = frozenset(["authors", "author(s)"])
_BYLINE_PARTS = re.compile(r"\s*[|·•⋅∙,]\s*")
_TITLE_REACH = 100  # lines from the top where a document's title recurs as the headline
_BYLINE_WORDS = 25  # the longest byline line: names, titles, a date and a reading time
_NAME_WORDS = 6  # a name with its degrees or title
_BOX_AFTER = 30  # lines after the article's end where a box about its author may stand
_SITE_CREDIT_REACH, _PLACED_CREDIT_REACH = 2, 5  # lines between a credit to the site and the text under it
_CREDIT_REACH = 8  # lines after the article's end where a credit ("X contributed reporting") may stand


def authors(lines: list[Line], title: int | None, start: int, end: int, site: str | None) -> list[str]:
    """The byline near the headline ("By X", "By" / "X", "Updated May 6, 2025 by X", a name above or below
    the date or beside a job title, a name alone under the headline) or near another copy of it, else a marked
    byline elsewhere in the page, a credit just after the article ("X contributed reporting") or a box about
    its author. `site`: the site's name as the page gives it, which a business signs its own posts with."""
    anchor = title if title is not None else start
    window = range(max(0, anchor - 6), _head_end(lines, anchor, start, min(len(lines), max(anchor, start) + 8)))
    # A label above a date ("Travel Tips" / "May 5, 2025") or a menu's "By Industry" ends in a word the page
    # also uses in lower case; a surname seldom is one, where a first name may be ("Mark", "Will").
    prose = _ProseWords(lines)
    names = (_near_headline(lines, window, prose, site) or _under_headline(lines, title, prose)
             or _near_copy(lines, title, end, prose, site)
             or _marked_elsewhere(lines, window, end, prose) or _after_article(lines, start, end, prose)
             or _site_owner(lines, title, prose))
    # A page's text may run the site's name on after the writer's, from the link beside it ("By Jane Doe Example
    # News"); a site's login ("Posted by Admin") is no one.
    return [name.removesuffix(f" {site}") if site and person_line(name.removesuffix(f" {site}")) else name
            for name in names if name.lower() not in LOGINS]


def _site_owner(lines: list[Line], title: int | None, prose: _ProseWords) -> list[str]:
    """The person a personal site is named after, in its masthead (the page's first line, or the next one under
    the page's own title), when no byline names a writer: a blog's posts are its owner's. A business's name holds
    words its pages use ("Example Dental Care")."""
    if (names := _owner(lines[0], prose)) or len(lines) < 2 or not (names := _owner(lines[1], prose)):
        return names
    # The second line is the masthead under the document's title, which some renderers write first: the title
    # holds the headline found, or it recurs further down ("Headline / Dec 2025"), and then so does the owner's
    # name on a site of their own (a footer, a box about them), where a menu's label glued to its icon
    # ("Main Menuadd") does not.
    if title is not None and _in_title(lines, lines[title]):
        return names
    return names if _title_first(lines) and sum(names[0] in line.text for line in lines) > 1 else []


def _title_first(lines: list[Line]) -> bool:
    """Whether the page's first line reads as the document's title: a headline it holds, or the line itself,
    recurs further down."""
    reach = range(min(len(lines), _TITLE_REACH))
    return _held_headline(lines, reach) is not None or any(lines[0].lower in lines[i].lower for i in reach[1:])


def _owner(masthead: Line, prose: _ProseWords) -> list[str]:
    if furniture_words(masthead) or any(map(ALL_STOPWORDS.__contains__, masthead.tokens)):
        return []  # a menu's first item ("Skip Navigation", "About Us")
    name = owner_name(masthead.text)
    if not name or prose.shares_a_word(name) or known_source(name) or press_name(name) or press_word(name.split()[0]):
        # An agency's or a state broadcaster's own site ("Sputnik International") is no person's, nor is one named as
        # publications are ("Hellas Portal", "Portal Tapajós").
        return []
    return [name] if has_rare_word(name.split()) else []


def _near_copy(lines: list[Line], title: int | None, end: int, prose: _ProseWords, site: str | None) -> list[str]:
    """The byline beside another copy of the headline."""
    return next((names for _, around in _copies(lines, title, end)
                 if (names := _near_headline(lines, around, prose, site))), [])


def _near_headline(lines: list[Line], window: range, prose: _ProseWords, site: str | None) -> list[str]:
    for i in window:
        if (names := _marked_names(lines, i)) and not prose.has_word_name(names):
            return names
    for i in window:
        # A label beside a date ("Travel Tips") uses the text's words; so does a business that signs its own
        # posts ("Example Dental Care"), by the name the page gives the site.
        if (names := _name_beside_date(lines, i) or _handle(lines[i]) or _name_over_site(lines, i, site)
                or _site_byline(lines[i], site) or _site_desk(lines[i], site)) and (
                not prose.has_surname(names) or [n.lower() for n in names] == [(site or "").lower()]):
            if site and lines[i].lower == site.lower() and [n.lower() for n in names] != [site.lower()]:
                continue  # the masthead read as a name and a job ("ASIA PACIFIC ANALYST")
            return names
    return []


def _site_byline(line: Line, site: str | None) -> list[str]:
    """The site's own name as the byline, perhaps with the date after it ("By The Example Post 4 December 2026"): its
    desk's story. A name with "The" reads as a section's too ("By The Numbers"), so only the masthead's is taken."""
    if not site or line.text[:3] not in ("By ", "BY ", "by ") or not (rest := line.text[3:]).lower().startswith(
            site.lower()):
        return []
    after = rest[len(site):].strip(" |,-–—")
    return [rest[: len(site)]] if not after or opening_date_end(after) == len(after) else []


def _site_desk(line: Line, site: str | None) -> list[str]:
    """The site's desk named by the site's initials or its name and a word or two ("THT Online" of The Himalayan
    Times, "DH News Service" of the Deccan Herald, "The Example Staff" of The Example): the byline."""
    if not site or not 2 <= line.words <= len(site.split()) + 2 or line.tokens[-1] not in _INITIALS_DESK_WORDS:
        return []  # not a menu's "CIS Communities"
    letters = initials(site)
    named = (len(letters) >= 2 and line.text.split()[0] == letters and line.words <= 3) or line.lower.startswith(
        f"{site.lower()} ")
    return [line.text] if named else []


def _name_over_site(lines: list[Line], i: int, site: str | None) -> list[str]:
    """A name over the site's own name as a publication's, alone or with the writer's place ("Jane Doe" / "Example
    News, Kyiv" on Example's or Example News' page): the writer, as a broadcaster's site credits its correspondents.
    A blog's or an index's name under a line is its menu's or its owner's; the credit stands over the story's text."""
    outlet, _, place = (lines[i + 1].text if i + 1 < len(lines) else "").partition(",")
    outlet = outlet.strip()
    # The site's name, or its name with its newsroom's word ("BBC News" on the BBC's page). With the writer's place it
    # is a credit however far down the text starts (under share buttons and a picture); without it, a name over the
    # site's name may be a masthead over its tagline.
    reach = _PLACED_CREDIT_REACH if place.strip() else _SITE_CREDIT_REACH
    if not site or not (outlet.lower() + " ").startswith(site.lower() + " ") or not press_name(outlet) or not any(
            line.kind == GOOD for line in lines[i + 2: i + 2 + reach]):
        return []
    name = person_line(lines[i].text)
    return [name] if name else []


def _handle(line: Line) -> list[str]:
    """A user name that a byline gives in lower case ("by jdoe", "Posted on July 1, 2024 by jdoe", "by jdoe | May 2,
    2025"), the site's own account too ("by examplesite"), as WCXB's labels name it; not a default account."""
    match = _HANDLE_BYLINE.search(line.text) if line.words <= _DATE_LINE_WORDS else None
    if not match or not (line.words == 2 or find_date(line.text)) or match.group(1) in SITE_ACCOUNTS:
        return []
    return [match.group(1)]


def _under_headline(lines: list[Line], title: int | None, prose: _ProseWords) -> list[str]:
    """A name alone under the headline ("Jane Doe"), or a first name or pen name alone between the headline
    and the date ("Stefan"); a menu's "Our Labs" is none."""
    if title is None or title + 2 >= len(lines):
        return []
    # Or under the headline's standfirst, a sentence or two about the story; there a menu's item ("Learn Hub")
    # may stand too, and no word of a name is a word of the text.
    under_standfirst = lines[title + 1].sentence and lines[title + 1].words >= _DECK_MIN_WORDS
    line = lines[title + 2] if under_standfirst else lines[title + 1]
    if ((name := person_line(line.text)) and not prose.has_surname([name]) and not furniture_words(line)
            and not any(map(STOPWORDS["en"].__contains__, line.tokens))
            and not (under_standfirst and prose.shares_a_word(name))):
        return with_title_agency(name, line.text)
    for i in (title + 1, title + 2):
        if i + 1 < len(lines) and _lone_name(lines, title, i) and not prose.has_surname([lines[i].text]):
            return [lines[i].text]
    # A paper's desk over the dateline that opens the text ("Our Staff Reporter" / "MIRABAD: ...").
    lede = lines[title + 2]
    if desk_words(lines[title + 1].text) and lede.kind == GOOD and dateline(lede.text)[0]:
        return [lines[title + 1].text]
    return []


def _marked_elsewhere(lines: list[Line], window: range, end: int, prose: _ProseWords) -> list[str]:
    """A byline further down, when the headline was taken from the page's menus or a teaser, else further up,
    when the region found is a late section of a long page. Menus list "By Category" among their items."""
    for i in [*range(window.stop, end + 1), *range(window.start - 1, -1, -1)]:
        line = lines[i]
        # A byline was classed META, unless its label stands alone above the name.
        if ((line.kind == META or line.lower.rstrip(" :") in BYLINE_LABELS) and not line.bullet
                and (names := _marked_names(lines, i)) and not prose.has_word_name(names)
                and (i >= window.start or _vouched(lines, i))):
            return names
    return []


def _vouched(lines: list[Line], i: int) -> bool:
    """Above the headline, a menu's items may read as a byline ("By Use Case", "Reporter Toolkit"); a byline
    there stands under a headline or has a date, a reading time, the writer's job title or a blurb about them
    beside it."""
    line = lines[i]
    if find_date(line.text) or any(is_role(part) or READING_TIME.match(part)
                                   for part in _BYLINE_PARTS.split(line.text)[1:]):
        return True
    if i > 0 and lines[i - 1].words >= _VOUCHING_HEADLINE_WORDS and _headline_like(lines[i - 1]):
        return True
    return any(_dates_the_page(other) or is_role(other.text) or speaks_of_a_person(other)
               for other in [*lines[max(0, i - 2): i], *lines[i + 1: i + _VOUCH_REACH]])


def _after_article(lines: list[Line], start: int, end: int, prose: _ProseWords) -> list[str]:
    for i in range(end + 1, min(len(lines), end + _CREDIT_REACH)):
        text = lines[i].text
        if (names := _marked_names(lines, i) or editor_names(text) or credit_names(text)) \
                and not prose.has_word_name(names):
            return names
    for i in range(end + _CREDIT_REACH, min(len(lines), end + _BOX_AFTER)):
        if lines[i].lower.rstrip(" :") in BYLINE_LABELS - {"by"} and (names := _labelled_name(lines, i)) \
                and not prose.has_word_name(names):
            return names
    return _author_box(lines, start, end)


def _author_box(lines: list[Line], start: int, end: int) -> list[str]:
    """The name heading a box about the author, at or after the article's end, where the paragraph under it
    may call them by their whole name ("Jane Doe" / "Jane Doe is a reporter. She...")."""
    for i in range(start, min(len(lines) - 1, end + _BOX_AFTER)):
        following = lines[i + 1]
        if following.kind >= NEAR and (name := boxed_author(lines, i, following, whole_name=True)):
            return [name]
    return []


def speaks_of_a_person(line: Line) -> bool:
    return _PERSONAL.search(line.lower) is not None or GREETING.match(line.text) is not None


def boxed_author(lines: list[Line], i: int, about: Line, whole_name: bool) -> str | None:
    """The writer's name when line `i` heads a box about them and `about` is the box's paragraph: it speaks of a
    person ("she", "his", "Hi, I'm") and opens with their first name ("Jane is a travel writer...", "Hi, I'm Jane"),
    or with their whole name under a job title ("Jane Doe" / "Senior Writer" / "Jane Doe is...") or where the
    caller allows it. An entry of a list of places or products repeats its heading's whole name ("Memorial
    Park" / "Memorial Park is...") or goes on about "it"."""
    line = lines[i]
    # Most lines are told apart by the first word alone, without reading a name.
    if line.words > _NAME_WORDS or line.text.split(None, 1)[0] not in about.text[:_BOX_OPENING] \
            or not speaks_of_a_person(about) or not (name := person_line(line.text)):
        return None
    titled = whole_name or (i + 1 < len(lines) and is_role(lines[i + 1].text))
    greeted = GREETING.sub("", about.text, count=1)
    words = _WORD.findall(greeted)[:3]
    if titled and words[:1] and words[0] in HONORIFICS:
        words = words[1:]
    first, *rest = name.split()
    if not words or words[0] != first:
        return None
    return name if titled or greeted != about.text or (len(words) > 1 and words[1] != rest[0]) else None


def _marked_names(lines: list[Line], i: int) -> list[str]:
    """The names a line marks as the author's: "By X", "By" / "X", "Updated May 6, 2025 by X"."""
    line = lines[i]
    if line.words > _BYLINE_WORDS:
        return []
    if names := byline_names(line.text):
        # A second writer on the line under the first, as a site sets each name with its button ("By Jane Doe
        # Follow" / "and John Roe Follow").
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        return names + byline_names(f"By {after[4:]}") if after.startswith("and ") else names
    return _labelled_name(lines, i) or _issued_by(lines, i) or dated_byline(line.text) \
        or [placed[1] for placed in [placed_byline(line.text)] if placed]


def _issued_by(lines: list[Line], i: int) -> list[str]:
    """The bodies and ministers a government release names under its "From:" label, over its publication date
    ("From:" / "Ministry of Transport and Ana Keller MP" / "Published" / "12 March 2026")."""
    if lines[i].lower != ISSUER_LABEL or i + 2 >= len(lines):
        return []
    dated = lines[i + 2]
    return issuers(lines[i + 1].text) if dated.kind == META or DATE_LABEL.match(dated.text) else []


class _ProseWords:
    """The words the page's running text uses in lower case, read once when first asked for."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines

    @cached_property
    def words(self) -> set[str]:
        return {w for line in self._lines if line.kind >= NEAR for w in _lower_words(line)}

    def has_surname(self, names: list[str]) -> bool:
        """Whether a name's surname is a word of the text ("Travel Tips"), or every word of a desk's own name
        ("Lifestyle" of "Example Lifestyle Desk" may be). An agency's name is no label, whatever its words
        ("... Reporting Service" over a story about a library service)."""
        return any(all(w.lower() in self.words for w in desk) if (desk := desk_words(name)) else
                   name_word(name).lower() in self.words for name in names if not agency_line(name))

    def shares_a_word(self, name: str) -> bool:
        """Whether any word of a name is a word of the text: a business's ("Example Dental Care") or a menu
        item's ("Learn Hub"), where a person's name seldom has one."""
        return any(w.lower() in self.words for w in name.split())

    def has_word_name(self, names: list[str]) -> bool:
        """Whether a one-word name is a word of the text ("By Industry"), not a first name ("By Lauren")."""
        return any(" " not in name and name[1:].islower() and name.lower() in self.words for name in names)


def _labelled_name(lines: list[Line], i: int) -> list[str]:
    """The names on the line after a byline's label alone on its line ("By" / "Jane Doe and John Roe"); an
    "Authors" item in a menu, with more items under it, is no label."""
    if lines[i].lower.rstrip(" :") in BYLINE_LABELS and i + 1 < len(lines):
        following = lines[i + 1]
        if (lines[i].bullet and following.bullet) or not (names := labelled_names(following.text)):
            return []
        return [*names, *_names_run_on(lines, i + 2, lines[i].lower.rstrip(" :") in _PLURAL_LABELS)]
    return []


def _names_run_on(lines: list[Line], j: int, plural: bool) -> list[str]:
    """The names on the lines under a labelled byline's first, line under line: after a joiner on its own line
    ("Jane Doe" / "," / "John Roe" / ", and" / "Ann Lee", as links are drawn), or one to a line under a plural
    label ("Authors"). A name under a singular label without a joiner is someone else's (a reviewer's)."""
    names: list[str] = []
    joined = False
    while j < len(lines) and not lines[j - 1].spaced and len(names) < _RUN_ON_NAMES:
        text = lines[j].text
        if text.strip(" ,&").lower() in ("", "and"):
            joined = True
        elif (plural or joined) and (name := person_line(text)) and not furniture_words(lines[j]):
            if name not in names:
                names.append(name)
            joined = False
        else:
            break
        j += 1
    return names


def _name_beside_date(lines: list[Line], i: int) -> list[str]:
    line = lines[i]
    if line.kind == RELATED:
        return []  # a caption, dated and credited ("Ministers meet, 5 December 2026. Credit: Agency / Jane Doe")
    if name := dated_name(line.text):
        return [name]
    # A date line is a byline block's, or junk where it holds no letter ("2026/12/04 17:42").
    if i + 1 < len(lines) and lines[i + 1].kind in (META, JUNK) and (name := name_of_paper(line.text)) \
            and _dates_the_page(lines[i + 1]):
        return [name]  # "Jane Doe (The Daily Post)" / "Jakarta ● Fri, December 4, 2026"
    text = uncapitalised(line.text)
    if " in " in text or ", " in text:
        text = without_place(text)  # "Jane Doe in Kyiv" or "Habibu Sani, Kano" over the date
    after = lines[i + 1] if i + 1 < len(lines) else None
    before = lines[i - 1] if i > 0 else None
    over_date = after is not None and i + 2 < len(lines) and _dates_the_page(lines[i + 2])
    # Or the place the story was filed from between the name and the date itself, in capitals ("Jane Doe" /
    # "VALMORA" / "07 December 2026 11:48"), as agencies' sites set it; not a breadcrumb's last item over a label
    # ("RESOURCE CENTER" / "VEHICLE MAINTENANCE SCHEDULE" / "Posted under ...").
    dated = bool((after and (is_role(after.text) or _dates_the_page(after, yearless=True)))
                 or (before and _dates_the_page(before))
                 or (over_date and after and after.text.isupper() and after.words <= _FILED_FROM_WORDS
                     and find_date(lines[i + 2].text) is not None))
    agency = after.text if over_date and after and agency_line(after.text) else None
    paper = over_date and after is not None and agency is None and _words_name(after.text)
    # Without a date beside it, an agency or a paper under it or a role after it, no line is a byline: most lines are
    # told so before any name is looked for.
    if not (dated or agency or paper or ((words := text.split()) and is_role(words[-1]))) or desk_with_line(text):
        return []
    name = person_line(text)
    if paper and not dated:
        # The writer's paper between the name and the date ("Jane Doe" / "Desert Republic" / "Published ..."): a
        # person's name holds a word English seldom uses, a paper's is made of words.
        return [name] if name and not _words_name(name) else []
    # An agency alone, or with the place it filed from ("BSS, Dhaka", "QNA/Doha"), or the state outlet whose copy
    # others carry ("RT" under the date).
    names = with_title_agency(name, text) if name else (
        [line.text.partition("/")[0]] if agency_line(line.text) else [text] if agency_line(text) or source_alone(text)
        else _agencies_line(line.text) or people_line(text))
    if not names:
        return []
    if dated:
        return names
    if agency:
        return [*names, agency]  # the writers' agency on the line between ("Jane Doe" / "The Canadian Press")
    return [name] if name and text != name and is_role(text.split()[-1]) else []


def _words_name(text: str) -> bool:
    """A name of up to five capitalised words that English uses often ("Desert Republic"), as a paper's is."""
    words = text.removeprefix("The ").split()
    return 1 <= len(words) <= _NAME_WORDS - 1 and all(w[:1].isupper() for w in words) and not has_rare_word(words)


def _agencies_line(text: str) -> list[str]:
    """The agencies a line names and nothing else ("Reuters | AFP", "AP, Reuters"): a story made of their copy."""
    parts = _AGENCY_LIST.split(text)
    return parts if len(parts) > 1 and all(map(agency_line, parts)) else []


def agency_line(text: str) -> str | None:
    """The agency a short line names and nothing else ("AFP"), strictly spelled (a menu's "Ap" is no agency), or
    with the city it filed from after a slash ("QNA/Doha"; not a picture's credit, "AFP/Jane Doe")."""
    name, slash, place = text.partition("/")
    if slash and name_key(place) not in place_keys():
        return None
    return agency(name) if len(name.split()) <= _AGENCY_BYLINE_WORDS and source_name(name) else None


def _lone_name(lines: list[Line], title: int, i: int) -> bool:
    line = lines[i]
    if (line.words != 1 or not is_name_word(line.text) or furniture_words(line)
            or line.lower in _STORY_KINDS or line.lower in SECTION_WORDS
            or line.lower in {t.strip(PUNCT) for t in lines[title].tokens} or DATE_LABEL.match(line.text)
            or any(lines[j].lower == line.lower and _among_labels(lines, j) for j in range(title))):
        # A label of the story's kind or topic ("Feature", "Ethereum") may stand there too, or its section's
        # name as the menu above gives it ("Local").
        return False
    between = lines[title + 1: i]  # the date, or the headline's standfirst, may stand between the two
    if between and find_date(between[0].text) and between[0].words <= 8:
        return len(between) == 1
    return all(other.kind >= SHORT and other.words >= _DECK_MIN_WORDS for other in between) \
        and _dates_the_page(lines[i + 1], yearless=True)


def _among_labels(lines: list[Line], i: int) -> bool:
    """Whether line `i` stands in a run of short labels, as a menu's item does; not a name under a headline."""
    return 0 < i < len(lines) - 1 and lines[i - 1].words <= _LABEL_WORDS and lines[i + 1].words <= _LABEL_WORDS


def _dates_the_page(line: Line, yearless: bool = False) -> bool:
    """A short line of the byline block that dates the page: a date, a date's label whose date follows on
    the next line ("Last updated:"), or a reading time ("9 min read"); under a name, also a day and month
    alone ("Jane" / "Jan 23"), as blogs date a post of the current year. Over a line, a date that short may
    head a section ("Dec 10" / "Cautionary Tale"). A date line of the byline block may run longer, with the reading
    time before its date ("2 min read . Updated: 06 Dec 2026, 10:15 AM IST")."""
    return (line.words <= 8 and bool(find_date(line.text) or DATE_LABEL.match(line.text)
                                     or READING_TIME.match(line.text) or (yearless and yearless_date(line.text)))
            ) or (line.kind == META and line.words <= _DATE_LINE_WORDS and find_date(line.text) is not None) or (
        place_before_date(line.text) is not None)


def place_before_date(text: str) -> str | None:
    """The writer's place that a date line names before the date ("Palma de Mallorca - DEC 04, 2026 - 17:42 CET"),
    as Spanish papers set it under the byline, or a known place before a comma ("Tripoli, 4 December 2026:", as
    Libyan papers open their text) or a bar and the date's label ("Pune | Updated: December 6, 2026 10:42 IST", as
    Indian papers set it), else None."""
    place, dash, rest = _PLACE_MARK.sub(" - ", text, count=1).partition(" - ")  # "Jakarta ● Fri, December 4, 2026"
    # Not a weekday's comma ("Friday, 4 December 2026"), nor a writer's name before a bar ("Jane Doe | Updated: ...").
    known_only = not dash
    for mark in (" | ", ", "):
        if not dash:
            place, dash, rest = text.partition(mark)
    if label := DATE_LABEL.match(rest):
        rest = rest[label.end():].lstrip(" :")
    if not dash or not place[:1].isupper() or len(place.split()) > _DATELINE_PLACE_WORDS \
            or may_be_byline(place.split()[0].lower(), place) or not opening_date_end(rest):
        return None
    return place if not known_only or place in places() else None


def place_after_date(text: str) -> str | None:
    """The writer's place that a date line names in capitals after the date ("Updated - December 04, 2026 10:21 pm
    IST - CHENNAI"), as Indian papers set it, or after a bar ("Dec 4th 2026|BERLIN"), as a weekly does, else None."""
    dated, dash, last = text.rpartition(" - ")
    if not dash:
        dated, dash, last = text.rpartition("|")
    return place_line(last.strip()) if dash and find_date(dated) else None


def outlet(lines: list[Line], url: str | None = None, site_names: dict[bytes, str | None] | None = None) -> str | None:
    """The site's name: a masthead that is a domain ("example.news"), a short line that spells the
    domain of the site's e-mail or links, a site that names its owner ("X is part of Y"), a copyright
    holder, "join the X channel", the first of a footer's brand list ("X | Y | Z"), else the URL's host."""
    texts = [line.text for line in lines]
    # The menu under the masthead with the dump's wide spaces, which set its items apart ("News  Sport  Business"),
    # where nothing but its spaces was undone (no markdown, no bullet).
    for i, line in enumerate(lines[:_TOP_NAME_LINES + 1]):
        if "  " in line.source and " ".join(line.source.split()) == line.text:
            texts[i] = line.source
    return known_site_name(texts, {} if site_names is None else site_names) or url_host(url) or None


def url_host(url: str | None) -> str:
    """The URL's host without "www.", or "" when there is no URL."""
    return (urlsplit(url).hostname or "").removeprefix("www.") if url else ""


def known_site_name(texts: list[str], site_names: dict[bytes, str | None]) -> str | None:
    """`site_name` of the lines, as kept in `site_names` under their digest, else worked out and kept there."""
    key = blake2b("\n".join(texts).encode(), digest_size=16).digest()
    if key not in site_names:
        site_names[key] = site_name(texts)
    return site_names[key]


def site_name(texts: list[str]) -> str | None:
    """The name the site gives itself on the page's lines (see `outlet`), else None."""
    for finder in (_syndicated_here, _home_link_masthead, _named_masthead, _domain_masthead, _branded_domain,
                   _domain_name_line, _declared_brand, _copyright_holder, _channel_name, _brand_list, _press_masthead,
                   _self_named, _signed_masthead, _desk_masthead, _desk_with_masthead, _placed_masthead,
                   _handle_masthead, _initials_masthead, _article_masthead, _spelled_masthead, _menu_masthead,
                   _over_sections, _headline_masthead):
        if name := finder(texts):
            return _spelled_out(_as_written(name, texts), texts)
    return None


def _spelled_out(name: str, texts: list[str]) -> str:
    """The name a one-word masthead stands for, where the line under it spells out its initials ("ENA" over
    "Ethiopian News Agency") or gives an agency's full name ("Petra" over "Jordan News Agency"): the name the site's
    other pages give, with or without a story that names the short one."""
    if " " in name:
        return name
    under = next((texts[i + 1] for i, top in enumerate(texts[:_MASTHEAD_LINES])
                  if top.casefold() == name.casefold() and i + 1 < len(texts)), "")
    capitals = "".join(w[0] for w in under.split() if w[:1].isupper())
    spelled = name.isupper() and capitals == name and len(under.split()) == len(name)
    return under if spelled or (" " in under and known_source(under, strict=True)) else name


def _as_written(name: str, texts: list[str]) -> str:
    """A name a masthead sets in capitals, as the page writes it elsewhere ("PORT ALDER GAZETTE" over "© 2025 Port
    Alder Gazette"); capitals it writes nowhere else are the name's own ("KPAL")."""
    if not name.isupper():
        return name
    # As a word, not in an address ("abc7ny.com", "@npr"), and in capitals and small letters.
    spelled = re.compile(rf"(?<![\w@./]){re.escape(name)}(?![\w@]|\.\w)", re.IGNORECASE)
    return next((m.group() for text in texts for m in spelled.finditer(text)
                 if m.group()[0].isupper() and not m.group().isupper()), as_spelled(name) or name)


def _syndicated_here(texts: list[str]) -> str | None:
    """The site a note on agency copy names as the one running it unedited ("... not been edited by Example
    staff and is auto-generated from a syndicated feed.", "... from a syndicated feed of ANI; only the image &
    headline may have been reworked by Example.")."""
    if " feed" not in (page := "\n".join(texts)) or " by " not in page:
        return None  # one look at the page, not one at each line
    return next((site for text in texts if (site := syndicating_site(text))), None)


def _home_link_masthead(texts: list[str]) -> str | None:
    """The site's name as its logo's link gives it, with where the link leads (`_HOME_LINK`)."""
    for top in texts[:_HOME_LINK_LINES]:
        # Every such link ends with its "home" word: most lines are told so at once.
        if "home" in top[-9:].lower() and (found := _HOME_LINK.fullmatch(top)) \
                and len((name := found.group("name")).split()) <= _HOME_LINK_WORDS:
            return name
        if top.endswith(" home") and (found := _LOGO_HOME.fullmatch(top)) and any(
                found.group("name") in text for text in texts if notice_words(text)):
            return found.group("name")
    return None


def _domain_masthead(texts: list[str]) -> str | None:
    """The domain the site writes as its name, in its masthead or its footer. A domain alone on a line in the
    middle of the page is a link to another site: an advertiser, a partner, a booking site."""
    n = len(texts)
    top = math.ceil(max(_DOMAIN_MASTHEAD_LINES, n * _MASTHEAD_SHARE))
    bottom = max(top, math.ceil(min(n - _FOOTER_LINES, n * (1 - _FOOTER_SHARE))))
    # A domain with what the site is in brackets after it ("Example.com (Sofia News Agency)") is the site's name too.
    lines = (_DESCRIBED.sub("", t) if t.endswith(")") else t for t in chain(texts[:top], texts[bottom:]))
    domains = [t.lower() for t in lines
               if "." in t and " " not in t and _DOMAIN_LINE.match(t) and not _NOT_SITE_DOMAINS.search(t)]
    if not domains:
        return None  # most pages, told without a counter
    domain = Counter(domains).most_common(1)[0][0].removeprefix("www.")
    # The masthead that spells the domain in words ("Project Commentary" over "www.project-commentary.example",
    # "Rappler" over "Rappler.com"), or that opens the page with the domain's word and its kind ("JIJI PRESS" over
    # "JIJI.COM").
    label = _NOT_ALNUM.sub("", domain.split(".")[0])
    return next((t for k, t in enumerate(texts[:_MASTHEAD_LINES]) if "." not in t
                 and _NOT_ALNUM.sub("", t.lower()) == label and (" " in t or k == 0)), None) or (
        texts[0] if _opens_with(texts[0], label) else _domain_as_written(domain, texts[:top]))


def _domain_as_written(domain: str, texts: list[str]) -> str:
    """A masthead's domain with the capitals it sets it in ("TheJournal.ie"), else in small letters."""
    return next((t.removeprefix("www.") for t in texts if t.lower().removeprefix("www.") == domain
                 and not t.islower()), domain)


def _branded_domain(texts: list[str]) -> str | None:
    """A masthead that ends with the site's domain after a brand's initials ("SWI swissinfo.ch"; not a menu's
    "Search iii.org" or "LoginJoin Bold.org")."""
    for top in texts[:_MASTHEAD_LINES]:
        *brand, domain = top.split()
        initials = 1 <= len(brand) < _BRANDED_DOMAIN_WORDS and all(w.isupper() and w.isalpha() for w in brand)
        if initials and _DOMAIN_LINE.match(domain) and not _NOT_SITE_DOMAINS.search(domain):
            return top
    return None


def _opens_with(masthead: str, label: str) -> bool:
    words = masthead.split()
    return 2 <= len(words) <= 3 and words[0].lower() == label and press_word(words[-1].title())


def _domain_name_line(texts: list[str]) -> str | None:
    labels = set()
    for text in texts:
        if "@" not in text and "http" not in text:
            continue
        # An address's expression tries every letter of a line of links; without an "@" it cannot match.
        for match in (_EMAIL_OR_URL_HOST if "@" in text else _URL_HOST_ONLY).finditer(text):
            label = match.group(match.lastindex or 0).lower()
            # A section's subdomain ("blog.", "careers.") or a number names no site.
            if (len(label) >= 3 and not _NOT_SITE_DOMAINS.search(label + ".com") and not NOT_BRANDS.match(label)
                    and not label.isdigit()):
                labels.add(label)
    if not labels:
        return None
    for i, text in enumerate(texts):
        # Not a byline's second line, the writer's employer between her name and the date ("Jane Doe" / "Example
        # Today" / "Published ..." on another paper of the group that runs her story, with her address at the foot).
        if at_most_words(text, 4) and _NOT_ALNUM.sub("", text.lower()) in labels \
                and not (0 < i < len(texts) - 1 and person_line(texts[i - 1]) and find_date(texts[i + 1])):
            return text.strip()
    return None


def _declared_brand(texts: list[str]) -> str | None:
    """The name of the last short line where the site names its owner (`_DECLARED_BRAND`)."""
    for text in reversed(texts):
        if (" is " not in text and " are " not in text) or not any(map(text.__contains__, _DECLARING_WORDS)) \
                or not at_most_words(text, _DECLARATION_WORDS):
            continue
        for match in _DECLARED_BRAND.finditer(text):
            name = match.group("name")
            # "This site is part of...", "Our program is a member of...": no name.
            if name.split()[0].lower() not in ALL_STOPWORDS or name.startswith("The "):
                return name
    return None


def notice_words(text: str) -> bool:
    """A copyright mark or a rights notice (what `_COPYRIGHT_MARK` and `_RIGHTS_RESERVED` find, told twice as fast
    without them on the many lines that hold neither)."""
    if "©" in text:
        return True
    lower = text.lower()
    return "(c)" in lower or "copyright" in lower or "all rights reserved" in lower


def _copyright_holder(texts: list[str]) -> str | None:
    """The holder the page's last copyright line names, without the rights notice, years or legal form;
    picture credits ("Photo: © Jane Doe / Agency") and reprint credits name others, not the site, and so does
    the notice an agency closes its copy with ("Copyright 2025 The Associated Press") on a page that runs that
    copy under the agency's dateline."""
    for text in reversed(texts):
        if not notice_words(text) or not (name := _notice_holder(text, texts)):
            continue
        if not _agency_notice(name, texts):
            return _paper_of(name, texts) or _owned_paper(text, name, texts) or _writers_publication(name, texts) \
                or name
        if known_source(texts[0]) == agency(name):
            # The agency's notice under its own masthead ("EFE Noticias" over "© EFE 2026"), without the initials
            # it sets after its name ("News Agency of Nigeria (NAN)").
            return _BRACKETED_INITIALS.sub("", texts[0])
    return None


def _notice_holder(text: str, texts: list[str]) -> str | None:
    """The holder a line with a notice's words (`notice_words`, which the callers ask first, as most lines hold none)
    names, else None; a picture's or a reprint's credit names none."""
    if _OTHERS_CREDIT.search(text) or marked_caption(text):
        return None
    return _masthead_before_mark(text, texts) or _marked_holder(text) or _reserved_holder(text)


def wire_notice(text: str, texts: list[str], credits: Collection[str] = (), agencies: bool = True) -> str | None:
    """The news agency, or the newsroom whose copy others carry, a copyright line names where the page's masthead is
    not theirs ("© Copyright Thomson Reuters 2026." under a paper's copy of a Reuters story, "© RT"), or the
    publication it names where the byline block credits it on a line of its own, under the masthead ("Jane Doe" /
    "Example Health News" over "© 2026 Example Health News" on another site's copy of its story), else None.
    `agencies`: whether an agency's or such a newsroom's notice counts."""
    if not notice_words(text) or not (name := _notice_holder(text, texts)):
        return None
    if agencies and (wire := agency(name) or (short if (short := source_name(name)) in CARRIED_NEWSROOMS else None)):
        return wire if wire != known_source(texts[0] if texts else "") else None
    return name if name in credits and name != texts[0] and press_name(name) else None


def _writers_publication(holder: str, texts: list[str]) -> str | None:
    """The publication a writer's own notice stands under ("© 2026 Jane Doe" on a newsletter's post bylined "Jane
    Doe"), when the page names it as its readers' ("Thanks for reading The Example Dispatch!")."""
    return _self_named(texts) if holder in texts and person_line(holder) else None


_SKIP_LINKS = 2
_BUTTON_WORDS = 2
_LOGO_WORDS = 4
_MEDIA_HOLDER = re.compile(r"\b(?:Media|News|Newspapers?|Publishing|Publications|Press|Broadcasting|Communications)\b")


def _owned_paper(notice: str, holder: str, texts: list[str]) -> str | None:
    """The publication whose masthead opens a page that closes with a company's notice ("KXYZ 7 News" over
    "Copyright 2026 Example Broadcasting, Inc.", "Westmarch Gazette" over "© Hartwell Media Group"): a station group
    or a publisher owns many sites, and the site is the one it names. Lower down, a publication's name is as likely
    a menu's item ("Insurance News"), unless a line names it beside its owner ("Westmarch Gazette | Hartwell Media
    Group, Mill House")."""
    if not (_LEGAL_FORM.search(notice) or _PUBLISHER.search(notice)):
        return None
    # The masthead opens the page under the links that let a reader skip the menus ("Skip to content") or open
    # them ("Menu").
    top = next((k for k, text in enumerate(texts[:_SKIP_LINKS + 1]) if not boilerplate(text.lower())
                and not (furniture_in(text) and len(text.split()) <= _BUTTON_WORDS)), 0)
    if paper := _press_masthead(texts[top:top + 1]) or (_MEDIA_HOLDER.search(holder) and _footer_logo(texts, top)):
        return paper
    if not (paper := _press_masthead(texts[:_PRESS_MASTHEAD_LINES])):
        return None
    beside = re.compile(rf"{re.escape(paper)}\s*[|·•,–—-]\s*(?:the\s+)?{re.escape(holder)}\b", re.IGNORECASE)
    return paper if any(beside.match(text) for text in texts) else None


def _footer_logo(texts: list[str], top: int) -> str | None:
    """The name that opens the page where the footer sets it again over its links ("Daily Trust" atop the page and
    over "About Us" / "© Media Trust Limited"): the site's logo, printed twice. The caller asks that the notice be a
    media company's: a writer's name over a business's notice is the writer's, not a publication's ("Eric Ries" over
    "© The Lean Startup LLC")."""
    name = texts[top] if top < len(texts) else ""
    if not 1 <= len(words := name.split()) <= _LOGO_WORDS or not all(w[:1].isupper() for w in words) \
            or furniture_in(name) or (len(words) == 1 and common_word(name)):
        return None  # "Close", a dialog's button atop the page and under it
    return name if name in texts[max(top + 1, len(texts) - _FOOTER_LINES):] else None


def _paper_of(holder: str, texts: list[str]) -> str | None:
    """The masthead of the paper a publishing company is named after ("THE COAST POST" over "© 2026 Coast Post
    Media Ltd"); a one-word masthead atop the page, where the rest of the company's name says what kind of company
    it is ("Newsweek" over "© 2026 NEWSWEEK DIGITAL LLC"), or one the notice runs together ("Star Tribune" over "©
    2026 StarTribune"): the site is the paper."""
    held = holder.lower().removeprefix("the ").split()
    for k, top in enumerate(texts[:_MASTHEAD_LINES]):
        if len(held) == 1 and " " in top and all(map(str.isalpha, top.split())) and run_together(top) == held[0]:
            return top
        paper = top.lower().removeprefix("the ").split()
        named = len(paper) >= _PAPER_WORDS or (k == 0 and paper and set(held[len(paper):]) <= _COMPANY_WORDS)
        if named and len(held) > len(paper) and held[: len(paper)] == paper:
            return uncapitalised(top)
    return None


def _masthead_before_mark(text: str, texts: list[str]) -> str | None:
    """The brand a footer sets before the mark, over the company that owns it ("Example News © Example Media
    Group, 2005–2026"), when the masthead shows the same name: the site is the brand."""
    mark = _COPYRIGHT_MARK.search(text)
    brand = text[: mark.start()].strip(" |·-–—") if mark else ""
    if not brand or not _HOLDER_BEFORE.fullmatch(brand):
        return None
    return brand if any(t.lower() == brand.lower() for t in texts[:_MASTHEAD_LINES]) else None


def _agency_notice(holder: str, texts: list[str]) -> bool:
    """Whether a copyright notice names the agency, or the release wire ("© GlobeNewswire 2026"), that the page
    credits with its copy: theirs, not the site's."""
    wire = source_name(holder, strict=False)
    return wire is not None and any(_credits_agency(texts, i) == wire for i in range(len(texts)))


def _credits_agency(texts: list[str], i: int) -> str | None:
    """The agency line `i` credits as the copy's author: its dateline's tag (a release wire's too, "(GLOBE
    NEWSWIRE) --"), or a byline that names it alone ("By AFP", "Source: AFP", or "AFP" beside the date; alone
    elsewhere it is a masthead)."""
    text = texts[i]
    if (bare := _BY_OR_SOURCE.sub("", text)) != text:
        return _source_line(bare)
    if text.startswith("(©") and (signed := signed_off_by(text)):
        return agency(signed)  # "(©NTB)" under the text: the agency's sign-off with its notice
    if "(" in text:
        return source_name(dateline(text)[1], strict=False)
    if not any(find_date(texts[j]) for j in (i - 1, i + 1) if 0 <= j < len(texts)):
        return None
    return _source_line(text)


def _source_line(text: str) -> str | None:
    """The agency a short line names, or the state outlet whose copy others carry ("RT")."""
    return agency_line(text) or (carried if (carried := source_name(text)) in CARRIED_OUTLETS else None)


def _marked_holder(text: str) -> str | None:
    match = _COPYRIGHT.search(text)
    # A long line is a sentence about copyright, unless it opens with the mark: a notice run on with others.
    if not match or not _YEAR_OR_MARK.search(text) or (match.start() and len(text.split()) > 25):
        return None
    if name := _holder(match.group("name")):
        # A legal form names its brand in quotation marks after it ("© Autonomous Nonprofit Organization
        # “TV-Novosti”"), as Russian and Ukrainian notices write it.
        quoted = _QUOTED_BRAND.match(text, match.end())
        return (_holder(quoted["brand"]) if quoted else None) or name
    before = _HOLDER_BEFORE.search(text[: match.start()])
    return _holder(before.group("name")) if before else None


def _reserved_holder(text: str) -> str | None:
    """The holder of a notice with no mark ("2025 Example Media Inc. All rights reserved."), or of one that names
    it after the notice ("© 2025. All Rights Reserved - Example Media, Inc.")."""
    found = _RIGHTS_RESERVED.search(text)
    if not found or not ANY_YEAR.search(text):
        return None
    before = _LEADING_YEARS.sub("", text[: found.start()]).strip(_NOTICE_PUNCT)
    after = text[found.end():].strip(_NOTICE_PUNCT)
    for name in (before, after):
        # A marked notice that names no holder ("Copyright © 2024. All rights reserved.") names none.
        if name[:1].isupper() and len(name.split()) <= _RESERVED_NAME_WORDS and not _COPYRIGHT_MARK.search(name):
            return _holder(name)
    return None


def _holder(name: str) -> str | None:
    name = _HOLDER_TAIL.sub("", _HOLDER_END.sub("", name))
    name = name.strip(" .,«»")
    while (shorter := _COMPANY_SUFFIX.sub("", name).strip(" .,&")) != name:
        name = shorter  # "The Conversation Media Group Ltd"
    # "© Copyright 2001-2026. This site is part of ...": a notice's next sentence names no holder.
    # "© Crown copyright": the state's works, on any of its sites; no site's name.
    return name if name and name.lower() not in ALL_STOPWORDS | {"all", "copyright", "crown"} else None


def _named_masthead(texts: list[str]) -> str | None:
    """A name at the top of the page that the story names as the outlet people spoke to ("EASTERN HERALD TV"
    over "..., he told Eastern Herald TV"): the masthead, spelled as the sentence spells it."""
    page = ""
    for top in texts[:_NAMED_MASTHEAD_LINES]:
        words = top.split()
        # One word names a site ("TechPulse") unless English uses it often ("Home", "News").
        if not 1 <= len(words) <= _NAMED_MASTHEAD_WORDS or not all(w[:1].isupper() for w in words) or (
                len(words) == 1 and common_word(top)):
            continue
        page = page or "\n".join(texts).casefold()  # folded at once, not line by line: a long page has hundreds
        name = top.casefold()
        if page.count(name) < 2:
            continue  # named nowhere else on the page: no sentence to search for it
        # Line by line, as one search over the whole page costs a millisecond on a long one.
        spoke_to = re.compile(rf"{_SPOKE_TO}(?P<name>{re.escape(top)})\b", re.IGNORECASE)
        for text in (text for text, low in zip(texts, page.split("\n"), strict=True) if name in low):
            if len(text.split()) >= _SENTENCE_WORDS and (found := spoke_to.search(text)):
                # Mid-sentence a masthead's "The" is written in lower case ("according to the Veldhaven Post's
                # calculations"); the name is written as a name.
                name = found.group("name")
                return "The" + name[3:] if name.startswith("the ") else name
    return None


def _initials_masthead(texts: list[str]) -> str | None:
    """A masthead of initials alone ("BBC"), or a corporation's name in full whose initials they are ("British
    Broadcasting Corporation" under the skip link), that the page's head writes with a publication's word ("By Jane
    Doe, BBC News, Tirana"): that name. Initials alone may be a section's or a menu's; written out, they are the
    site's."""
    for top in texts[:2]:
        letters = top if top.isalpha() and top.isupper() and not common_word(top) else (
            initials(top) if _SPELLED_WORDS[0] <= len(top.split()) <= _SPELLED_WORDS[1] and top.istitle() else "")
        if not _INITIALS_MIN <= len(letters) <= _INITIALS_MAX:
            continue
        for text in texts[1:_INITIALS_REACH]:
            for found in _INITIALS_WRITTEN_OUT.finditer(text):
                if found.group(1) == letters and press_word(found.group(2)):
                    return found.group()
    return None


def _press_masthead(texts: list[str]) -> str | None:
    """A publication's name at the top of the page ("Coastal Times" over its menu, "Sputnik International", "THE
    DAILY SENTINEL" as a stylesheet sets it, "Daily Sentinel logo" as the logo's text, a one-word brand before what it
    is, the name over its motto): the masthead, also set in capitals under the site's sections when its menu opens
    the page, drawn line under line ("Home" / "World" / "Diaspora" / "EXAMPLE TODAY"); in the menu's letters, a name
    there is one of its links."""
    first = next((k for k, text in enumerate(texts[:_MENU_RUN_LINES])
                  if not (_SECTION_ITEM.fullmatch(text) or name_key(text) in place_keys()
                          or (" " not in text and text.istitle()))), 0)
    if first and not (texts[first].isupper() and not any(text.isupper() for text in texts[:first])):
        first = 0
    for i, top in enumerate(texts[first:first + _PRESS_MASTHEAD_LINES], first):
        if _headline_words(top):
            if i == 0 and _title_over_page(texts):
                continue  # the document's title, which some renderers write first ("Headline — Site"), over the page
            return None  # a name under the headline is the story's credit ("Bernama" over "Published: ...")
        if _menu_words(top):
            continue  # "News  Sport  Business  TV  Radio": a menu, though its last item ends a station's name
        name = bare_name(top)
        if _motto(name):
            # "Namibia's Leading Daily" under "New Era": what the paper is, under its name.
            above = texts[i - 1] if i > first else ""
            if 1 <= len(above.split()) <= _MENU_MASTHEAD_WORDS and above.istitle():
                return above
            continue
        if (branded := _BRAND_AND_KIND.fullmatch(name)) and press_name(branded.group(2)) and not person_line(
                brand := branded.group(1)):
            return brand  # "MercoPress, South Atlantic News Agency"; not "Jane Doe, Local Democracy Reporter"
        if press_name(written := _masthead_case(name)):
            return written
        if known_source(name, strict=True):
            return name  # an agency's capitals are its name's ("TASS"); `_as_written` reads others' ("REUTERS")
        if service_initials(name):
            return name
        if i == first and _CALL_SIGN.fullmatch(name) and zipf_frequency(name[:4].lower(), "en") < _CALL_SIGN_ZIPF:
            return name  # a North American station's call sign atop its page ("KTLA"; not "KIDS" over a menu)
    return None


def _title_over_page(texts: list[str]) -> bool:
    """Whether the first line holds, as most of its words, a headline the page sets again further down: the
    document's title over the page."""
    first = texts[0].lower()
    return any(len(words) >= _TITLE_IN_TITLE_WORDS and at_most_words(first, 2 * len(words) - 1)
               and text.lower() in first for text in texts[1:_HEADLINE_REACH] if (words := text.split()))


def _motto(text: str) -> bool:
    """A paper's motto that opens with a country's or a city's possessive ("Namibia's Leading Daily", "Bhutan's
    National Newspaper"); "People's Daily" is a name."""
    first, _, rest = text.partition(" ")
    return bool(rest) and first.endswith(("'s", "’s")) and first[:-2] in places()


def _masthead_case(name: str) -> str:
    """A masthead set in capitals as its name is written, an agency's name as the agency spells it ("AP NEWS" -> "AP
    News", "KYODO NEWS" -> "Kyodo News")."""
    if uncapitalised(name) == name:
        return name  # not in capitals, or an acronym's line
    # Its small words in small letters ("THE TIMES OF CENTRAL ASIA" -> "The Times of Central Asia").
    return " ".join(word.lower() if k and word.lower() in OUTLET_JOINERS else as_spelled(word) or
                    uncapitalised(word) for k, word in enumerate(name.split()))


def _headline_words(text: str) -> bool:
    """Whether a line reads as a headline or a sentence, not a menu's or a masthead's capitalised names."""
    if text.count(" ") < _SENTENCE_WORDS - 1 or "|" in text:
        return False
    return sum(w[:1].islower() for w in text.split()) >= 2


def _spelled_masthead(texts: list[str]) -> str | None:
    """A name of a few capitalised words at the top of the page whose initials the page's head gives as a word ("Press
    Information Bureau" over "Posted On: 04 DEC 2026 5:42PM by PIB Delhi"): the office's own name for itself."""
    for top in texts[:_TOP_NAME_LINES]:
        words = top.split()
        if not _SPELLED_WORDS[0] <= len(words) <= _SPELLED_WORDS[1] or not all(w[:1].isupper() for w in words):
            continue
        written = re.compile(rf"\b{initials(top)}\b")
        if any(written.search(text) for text in texts[: _INITIALS_REACH] if text is not top):
            return top
    return None


def _menu_masthead(texts: list[str]) -> str | None:
    """A name of a few capitalised words at the top of the page over the site's menu bar ("VnExpress International" /
    "News | Business | Life | Travel"), or over the motto set over the menu ("Kuensel" / "Bhutan's National
    Newspaper"): the masthead, where nothing else names the site."""
    tops = texts[:_TOP_NAME_LINES + 1]
    for i, (top, below) in enumerate(pairwise(tops)):
        # A menu drawn line under line is read as one drawn on a line, after the buttons set between it and the
        # masthead ("The Example" / "Subscribe" / "Sign In" / "Regions" / "Topics" / ...).
        first = next((k for k in range(i + 1, min(i + 1 + _MENU_BUTTONS, len(texts)))
                      if not furniture_in(texts[k]) or _SECTION_ITEM.fullmatch(texts[k])), i + 1)
        if i == 0 and first - i - 1 >= _MASTHEAD_BUTTONS and _brand_name(top):
            return top  # the page's first line, a name no words make, over its buttons ("Subscribe" / "Sign In")
        below = _menu_run(texts, first, any_items=CAMEL_NAME.fullmatch(top) is not None) or below
        # A menu of sections may hold small words ("Última hora", "Faits divers").
        if not (_menu_words(below) or _sections_menu(below)) or "|" in top or furniture_in(top) \
                or find_date(top) is not None:  # not "Sign In", nor the day's date over the menu
            continue
        if name_key(top) in place_keys() or _SECTION_ITEM.fullmatch(top):
            # The menu's first item ("Home" / "World" / "Cricket"), or a region's opening it ("Africa" / "Americas").
            continue
        if i and _brand_name(tops[i - 1]) and len(top.split()) > len(tops[i - 1].split()):
            return tops[i - 1]  # the name over its motto or its name spelled out ("ZNBC" over its name in full)
        words = top.split()
        # Over a menu of sections, a name of common words is the site's ("The National"), not its heading's.
        sections = _sections_menu(below) and not heading_word(words[0]) and not NOT_BRANDS.match(top)
        if common_word(top.rstrip(".")) and not sections:
            continue
        # Over a menu set apart by spaces, a name of words English uses is a heading's ("Latest News").
        if 1 <= len(words) <= _MENU_MASTHEAD_WORDS \
                and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_SMALL_WORDS or press_word(w.capitalize())
                        for w in words) \
                and (below.count("|") >= _MENU_BAR_ITEMS - 1 or any(map(_brand_word, words)) or sections):
            return _masthead_case(top) if len(words) > 1 else top  # "DER SPIEGEL"; "IOL" is its initials
        if _LOGO_WORD.fullmatch(top):
            return _logo_as_written(top.rstrip("."), texts)
    return None


def _over_sections(texts: list[str]) -> str | None:
    """A name of a few capitalised words on the page's first line over two or three of the site's sections, a line
    each, that run into the headline ("SANTIAGO TIMES ENGLISH" / "Chile" / "Business" / the headline): the masthead
    over a short menu. A heading's words ("Top Stories", "Latest News") or a section's make no name."""
    items = list(takewhile(lambda text: len(text.split()) <= 2, texts[1:1 + _SHORT_MENU_ITEMS + 1]))
    if not 2 <= len(items) <= _SHORT_MENU_ITEMS or len(texts) <= len(items) + 1 \
            or len(headline := texts[len(items) + 1].split()) < _SHORT_MENU_HEADLINE or find_date(" ".join(headline)):
        return None
    # One of three may be a section of the site's own ("Live" / "Podcasts" / "News").
    if sum(1 for item in items if _SECTION_ITEM.fullmatch(item) or name_key(item) in place_keys()) < 2:
        return None
    top = texts[0]
    words = top.split()
    if not 2 <= len(words) <= _MENU_MASTHEAD_WORDS \
            or not all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words) or heading_word(words[0]) \
            or NOT_BRANDS.match(top) or _SECTION_ITEM.fullmatch(top) or name_key(top) in place_keys() \
            or furniture_in(top) or find_date(top) is not None:
        return None
    return _masthead_case(top)


def _menu_run(texts: list[str], start: int, any_items: bool = False) -> str | None:
    """The menu's items drawn line under line from line `start` ("Politics & Policy" / "Economy & Business" /
    "Technology"), as one line with wide spaces between them, where they are a menu of sections, or, with
    `any_items`, of any capitalised words ("Updates" / "Countries" / "Jobs", under a name no word makes)."""
    run = list(takewhile(lambda text: len(text.split()) <= _MENU_ITEM_WORDS, texts[start:start + _MENU_RUN_LINES]))
    # The menu may run on into the story's kicker over its headline ("Opinion" / "Energy Crisis" / the headline).
    menus = ["  ".join(run[:end]) for end in (len(run), len(run) - 1) if end >= _MENU_BAR_ITEMS]
    return next((menu for menu in menus if _sections_menu(menu) or (any_items and _menu_words(menu))), None)


def _brand_name(text: str) -> bool:
    """A name of a word or two, each capitalised and one a word English seldom uses ("Kuensel", "ZNBC")."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and any(map(_brand_word, words)) \
        and not furniture_in(text)


def _brand_word(word: str) -> bool:
    """A word of a name English seldom uses otherwise ("RTÉ", "News24"; not "Latest", "Featured", "Updates")."""
    return zipf_frequency(word, "en") < _BRAND_ZIPF


def _menu_words(text: str) -> bool:
    """A menu's items, by bars or by wide spaces ("News | Business | Life", "News  Columns  Letters  Business"):
    capitalised words without a sentence's small ones, or words of a script without capitals (an Arabic site's
    menu)."""
    if text.count("|") >= _MENU_BAR_ITEMS - 1:
        return True  # four items a bar sets apart, whatever their words ("Top stories | Markets | ...")
    # Three items a bar sets apart make a small site's menu ("News | Provinces | Weather"); spaces set apart four, a
    # headline's words one.
    bars = text.count("|") == _MENU_BAR_ITEMS - 2
    items = text.split("|") if bars else re.split(r"\s{2,}", text)
    return len(items) >= _MENU_BAR_ITEMS - bars and all(
        (k and w in _NAME_SMALL_WORDS) or (k == 1 and w in _BUTTON_TAILS)  # "Rest of Africa", "Support us"
        or (w.replace("-", "").isalpha() and not w[:1].islower())
        for item in items for k, w in enumerate(item.split()))


def _sections_menu(text: str) -> bool:
    """A menu whose items are all but one a section's name or a country's ("NEWS  BUSINESS  SPORTS  OPINION
    E-PAPER", "Qatar  Business  Middle East  Sports"): what stands over it is the site's name, however common its
    words ("New Vision")."""
    items = [item.strip() for item in re.split(r"\s{2,}|\|", text) if item.strip()]
    return len(items) >= _MENU_BAR_ITEMS and sum(
        1 for item in items if _SECTION_ITEM.fullmatch(item) or name_key(item) in place_keys()) >= len(items) - 1


def _logo_as_written(word: str, texts: list[str]) -> str:
    """A logo's word in small letters ("malaysiakini", "euronews.") as the page's prose writes the name ("By
    Euronews with AP"), else with its capital."""
    if not word.islower():
        return word  # a brand's own mix of small and capital letters ("i24NEWS")
    written = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return next((m.group() for text in texts for m in written.finditer(text) if m.group()[0].isupper()),
                word[0].upper() + word[1:])


def bare_name(name: str) -> str:
    """A site's name without its logo's word, the initials it is also known by or its country ("Daily Sentinel logo",
    "News Agency of Nigeria (NAN)", "Example Free Press EFP", "Emirates News Agency - WAM", "AGI Agenzia Italia",
    "National News Agency - Lebanon") or its edition abroad ("teleSUR English", "Sputnik International", "Aegean Herald
    English Edition")."""
    bare = _LOGO.sub("", name)
    named, _, letters = bare.rpartition(" ")
    if len(letters) >= 2 and letters.isupper() and letters == initials(named):
        return named  # "Hong Kong Free Press HKFP": the name with its initials after it
    site, _, country = bare.rpartition(" - ")
    lead, _, spelled = bare.partition(" ")
    short = source_name(lead, strict=False) if lead.isupper() else None
    spelled = spelled.lstrip("-–—: ")
    if short and source_name(spelled, strict=False) == short:
        return spelled  # "AGI Agenzia Italia", "TAP - Tunis Afrique Presse": the agency's initials before its name
    service, _, edition = bare.rpartition(" ")
    if edition in ("English", "International") and source_name(service, strict=False):
        return service  # "teleSUR English", "Sputnik International": the source's service abroad is its site
    if (paper := _EDITION.sub("", bare)) != bare and press_name(paper):
        return paper  # "Aegean Herald English Edition": the paper's edition in English is the paper's site
    return site if site and country in places() else bare


def _self_named(texts: list[str]) -> str | None:
    """The publication a page asks its readers to subscribe to, follow, or read in its app or newsletter ("Follow
    The Daily Sentinel on Facebook", "Download the Daily Sentinel app"), or that says what it is ("Example Brief is
    a reader-supported site."): named as papers are, or as the masthead is ("The Daily Brief" over "Sign up for The
    Daily Brief newsletter")."""
    masthead = {t.lower() for t in texts[:_MASTHEAD_LINES]}
    return next((name for text in texts if len(text) <= _SELF_NAMED_CHARS
                 and (found := _SELF_NAMED.match(text) or (" is " in text and _SELF_DESCRIBED.match(text)))
                 and (press_name(name := found.group("name")) or name.lower() in masthead)), None)


def _signed_masthead(texts: list[str]) -> str | None:
    """The masthead whose site signs off the text with its address ("Rappler" over "... by Monday. – Rappler.com"):
    a paper's own story, which another site's copy would sign with the other's name."""
    top = texts[0] if texts else ""
    if " " in top or not top[:1].isupper():
        return None
    return top if any((signed := _SIGNED_ADDRESS.search(text)) and signed.group("site").lower() == top.lower()
                      for text in texts[1:]) else None


def _desk_masthead(texts: list[str]) -> str | None:
    """A masthead whose name the byline gives the site's own desk ("WorldPulse" over "WorldPulse Staff"), perhaps
    in small letters under the masthead's capitals ("CITY PULSE" over "City Pulse Bureau")."""
    uppers: list[str] = []
    for top in texts[:_MASTHEAD_LINES]:
        if len(top.split()) > _DESK_MASTHEAD_WORDS:
            continue
        if top.isupper() and not uppers:
            uppers = [text.upper() for text in texts]
        if any(_names_desk(text[: found.start()], top)
               for text in (uppers if top.isupper() else texts) if top in text and len(text) > len(top)
               for found in _DESK_WORD.finditer(text)):
            return top
    return None


def _desk_with_masthead(texts: list[str]) -> str | None:
    """A masthead that a desk's byline names with the agency its story draws on ("DAILY EXAMPLE" over "DAILY
    EXAMPLE WITH AA")."""
    tops = {top.lower(): top for top in texts[:_MASTHEAD_LINES]}
    for text in texts:
        if " with " in (lower := text.lower()) and desk_with_line(text) and (
                top := tops.get(lower[: lower.rindex(" with ")])) is not None:
            return top
    return None


def _placed_masthead(texts: list[str]) -> str | None:
    """A masthead that the byline names after the writer's place, as the paper's own desk ("Asharq Al-Awsat" over
    "Beirut - Asharq Al-Awsat")."""
    tops = set(texts[:_MASTHEAD_LINES])
    return next((placed[1] for text in texts if (placed := placed_byline(text)) and placed[1] in tops), None)


def _names_desk(words: str, top: str) -> bool:
    """Whether the words before a desk's "Staff" are the masthead's name as a byline gives it: alone, after "By",
    or after a date line's separator."""
    words = _DESK_OWNER.sub("", words)  # "Example World's General Desk": the site's own desk
    if not words.endswith(top):
        return False
    before = words[: -len(top)]
    lead = before.rstrip()
    return not before or lead.endswith(_DESK_SEPARATORS) or (len(lead) < len(before) and lead[-2:].lower() == "by")


def _handle_masthead(texts: list[str]) -> str | None:
    """A masthead that the posts' byline writes run together as the site's account ("Westminster Watch" over
    "March 4, 2026 by westminsterwatch"), perhaps without the word for what the site is ("KasemiVoice Blog" over
    "by kasemivoice")."""
    handles = {m.group(1) for text in texts
               if (" by " in text or text[:3] in ("by ", "By ")) and (m := _HANDLE_BYLINE.search(text))}
    # A name of one word is the site's when run together from two ("NaijaFeeds" over "by naijafeeds"); a menu's
    # item is one word of its own ("Home").
    return next((top for top in texts[:_MASTHEAD_LINES] if (" " in top or _camel_case(top)) and (
        _NOT_ALNUM.sub("", top.lower()) in handles or _NOT_ALNUM.sub("", _SITE_KIND.sub("", top).lower()) in handles)),
        None)


def _camel_case(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _headline_masthead(texts: list[str]) -> str | None:
    """A brand's name alone atop a page without a menu, right over the headline and its date ("AfricaBriefing" /
    "Zambia to cut power for 21 hours a day" / "Africa Desk | 18 December 2026"): the masthead. A person's name
    there is a blog's owner's, a place's a section's."""
    top = texts[0] if len(texts) > _DATE_UNDER_HEADLINE else ""
    if _brand_name(top) and _headline_words(texts[1]) and any(map(find_date, texts[2:_DATE_UNDER_HEADLINE + 1])) \
            and person_line(top) is None and name_key(top) not in place_keys():
        return top
    return None


def _article_masthead(texts: list[str]) -> str | None:
    """A name with "The" that heads the page ("The Conversation") and that a sentence of the page writes as a name,
    its "The" capitalised mid-sentence ("... as a member of The Conversation UK"): the site's."""
    for top in texts[:_ARTICLE_MASTHEAD_LINES]:
        if _THE_NAME.fullmatch(top) and any(
                top in text and not text.startswith(top) and len(text.split()) >= _SENTENCE_WORDS
                for text in texts if text is not top):
            return top
    return None


def _channel_name(texts: list[str]) -> str | None:
    for text in texts:
        if "join " in text and (match := _CHANNEL.search(text)):
            return match.group("name")
    return None


def _brand_list(texts: list[str]) -> str | None:
    half = len(texts) // 2
    for i, text in enumerate(texts[half:], half):
        # A table's rows have as many cells as the rows beside them.
        if (cells := text.count("|")) < 2 or any(t.count("|") == cells for t in texts[i - 1: i + 2: 2]):
            continue
        parts = [p.strip() for p in text.split("|")]
        # A number is a table's cell, not a brand.
        names = all(_BRAND_SEGMENT.match(p) and not p.isdigit() for p in parts)
        brands = len(parts) >= 3 and names and not NOT_BRANDS.match(parts[0])
        if brands and sum(1 for p in parts if NOT_BRANDS.match(p)) <= len(parts) // 2:
            return parts[0]
    return None
