"""The lines of a rendered page dump, cleaned of the markdown html2text leaves, with the features and the
first class that the text extractor's region search works on.

Dumps come from browsers' "save as text", inscriptis, html2text or lynx: one block of the page per line
(or a paragraph wrapped over several lines at a fixed width), menus as runs of short (often bulleted)
lines, links as `[text](url)` in markdown dumps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from wordfreq import zipf_frequency

from newstrace.extract.text_dates import ANY_YEAR

# Line classes, from worst to best. The region search scores each class (see `text._VALUE`).
BARRIER = 0  # a section that ends an article: comments, related stories, tags, footer
JUNK = 1  # share bars, newsletter boxes, cookie notices, lone numbers, link-only lines
RELATED = 2  # in-body pointers to other stories: "READ ALSO: ...", "Read more"
META = 3  # bylines and date lines
SHORT = 4  # headings, list items, captions: kept inside the article, never its anchor
NEAR = 5  # a short sentence
GOOD = 6  # a paragraph of running text


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*[^)\s]*(?:\s+\"[^\"]*\")?\s*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_EMPHASIS = re.compile(r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])")
_MARKDOWN = re.compile(r"[\[*_#\\>]")
# What lynx draws for links and forms: a link's number before its words ("By [6]Jane Doe"), a button and the text
# field before it.
_LINK_NUMBER = re.compile(r"(?:^|(?<=\s))\[\d{1,4}\](?=[^\W_])")
_FORM_CONTROL = re.compile(r"(?:_{3,}\s*)?\(BUTTON\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BULLET = re.compile(r"^(?:[*+\-•·▪●◦■►»]\s+)+")
_BULLET_CHARS = frozenset("*+-•·▪●◦■►»")
_QUOTE_MARK = re.compile(r"^(?:>\s?)+")
_RULE = re.compile(r"^[\s|:*_=~\-–—.·•]*$")
_SPACE = re.compile(r"\s+")
# An agency's end mark after its copy's last sentence, with its editors' initials ("... water. (end) fm.gb",
# "... said. Enditem"): the desk's, not the text's.
# So is an agency's tag with its editors' initials in capitals ("... the corporation said. PTI AMP RS RS"), after a
# sentence's end, not an abbreviation's ("the U.S. NBA MVP").
_END_WORD = r"(?:\((?:end|END)\)|Enditem|ENDITEM)(?:\s+[a-z]{1,4}(?:[./][a-z]{1,4})+|/[a-z]{1,4})?"
# The same alone, as a markup's last paragraph ("Enditem/ls").
_END_MARK_ALONE = re.compile(_END_WORD)
_END_MARK = re.compile(r"(?<=[.!?”\"])\s+" + _END_WORD + r"\s*$"
                       r"|(?<=[a-z0-9)][.!?]|[.!?][”\"])\s+[A-Z]{2,5}(?:\s+[A-Z]{2,4}){1,5}\s*$")
# Not a picture's credit after its caption ("... in Pasir Mas, December 5, 2026. — Bernama pic").
_SIGNED_END = re.compile(r"[.!?”\"]\s+(?:[–—]|--?)\s*[\w.]+(?:\s+[\w.]+){0,2}$(?<!pic)(?<!pics)(?<!photo)(?<!pix)"
                         r"(?<!file)(?<!image)(?<!picture)", re.IGNORECASE)
# Or a name of a word to three after it with no dash, as some agencies sign ("... he added. New Ziana").
# After a full stop that closes a word (not "vs."), a figure or a bracket.
_SIGNED_NAME = re.compile(r"(?:(?<=[a-z]{4}\.)|(?<=[0-9)]\.))\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")
_SIGN_OFF_REACH = 40
_END_MARK_HINT = re.compile(r"\([eE]|ditem|DITEM")
_END_MARK_REACH = 24
# Line widths of fixed-width renderers: html2text wraps at 78, lynx at 79, mail at 72.
_WRAP_MIN, _WRAP_MAX = 50, 110
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S+$|[\w.+-]+@[\w-]+\.[\w.]+$")  # a link, an e-mail address
_WRAP_INDENT = 20  # lynx and inscriptis indent nested blocks; the width is counted without it
_SHOWS_WIDTH = 3  # lines of a wrapped run that show the page's width
_WRAPPED_RUNS, _WIDTH_SLACK = 3, 6
_CODE = re.compile(r"[{}=<>]|//|\w\(|[;(]\s*$")  # a program's line, which a code block breaks where it likes
LETTER = re.compile(r"[^\W\d_]")

# A reading time on its own line ("9 min read", "Reading time: 3 minutes"): site furniture, and a part of the
# byline block.
READING_TIME = re.compile(
    r"^(?:\d+\s*min(?:ute)?s?\.? read|(?:estimated )?reading time:?\s*(?:about |approx\.? )?\d+\s*min(?:ute)?s?\.?"
    r"|est\.?\s*\d+\s*min(?:ute)?s?\.?(?: read)?"  # "Est. 3min"
    r"|(?:temps de lecture|tiempo de lectura|lesezeit|lesedauer|tempo di lettura|tempo de leitura|leestijd)"
    r"\s*:?\s*\d+\s*min(?:ute[sn]?|utos|uti)?\.?)$",
    re.I,
)
# Boilerplate a copy desk would never print as part of a story, whatever the line's length. In three parts, in
# lower case, run on the line's lower-cased text: what opens the line (matched there only); phrases that open a
# word anywhere in it, under one word boundary (which the regex engine then tests once at each place, not once for
# each phrase: five times faster); and the rest.
_STRONG_JUNK_OPENING = re.compile("|".join([
    r"get current updates on\b",
    r"catch all the\b.{0,80}\b(?:news|updates)\b",  # "Catch all the Business News and Updates on Example."
    r"republish (?:this|our) (?:article|story|stories|articles)\b",  # a syndicator's offer under its text
    r"already (?:a )?(?:subscriber|member)\b",
    r"start (?:your |a )?free trial\b",
    # A subscription's pitch under the text ("Don't miss out on the latest news and information.", "Subscribe to
    # Example Plus to get access to ...", "Subscribe to Example AM for a daily rundown ...").
    r"don['’]t miss out on (?:the latest|our)\b",
    r"subscribe to\b.{0,60}\b(?:to (?:get|enjoy|unlock) (?:full |unlimited )?access|for (?:a |the |your )?(?:daily"
    r"|weekly|free)\b)",
    # A newsletter's own call under each post ("Thanks for reading The Example! Subscribe for free to receive new
    # posts and support my work.").
    r"thanks for reading\b.{0,60}\bsubscribe\b",
    # A site's word to its readers under each post ("Dear readers! Thank you for your interest in our content.").
    r"(?:dear (?:readers?|visitors?|friends)[!,.]\s+)?thank you for (?:your interest in|visiting)\b",
    # A note that the story is still being written ("This is a developing story and will be updated.").
    r"this (?:is a |story is )?(?:developing|breaking)(?: news)? story\b.{0,60}$",
    r"check back (?:later |soon )?for updates\b",
    # A picture's controls, as a broadcaster's site labels them ("Enlarge this image", "toggle caption").
    r"(?:enlarge|expand) this (?:image|photo|picture)$",
    r"(?:hide|show|toggle) caption$",
    # A link to the story in another language ("Leer en español", "Read in English").
    r"(?:read (?:this |the story |the article )?in|leer en|lire en|leia em|ler em|leggi in) (?:english|español"
    r"|espanol|français|francais|português|portugues|italiano|deutsch)$",
    # The wire's contact block under its story ("To contact the reporter on this story:").
    r"to contact the (?:reporters?|editors?|authors?|writers?) (?:on|of|for|responsible for) this (?:story|article)\b",
    r"our (?:editorial )?standards:",  # the link to the site's editorial policy under each story
    # A syndication desk's link under the text, and the way to reach the writer under the line about them.
    r"license this (?:article|story|content)$",
    r"connect via (?:x|twitter|email|linkedin)\b",
    # Or its pointer to how the site works ("If you want to know more about how we work, have a look here.").
    r"(?:if you (?:want|would like) to |to )?(?:know|find out|learn|read) more about (?:how we work"
    r"|our (?:editorial )?(?:standards|principles|policies|guidelines))\b",
    # An audio player's label, and a broadcaster's call to its programme under the text ("Listen to the Morning
    # Show weekdays from 6am.").
    r"listen to (?:this|the) (?:article|story)\b",
    r"(?:new:? )?you can now listen to\b",  # "NEW You can now listen to Example News articles!"
    # A broadcaster's call for readers' stories under the text ("Do you have a story suggestion for Cumbria?").
    r"do you have a story (?:suggestion|idea|tip)\b",
    # Or an investigative desk's call for tips under its story ("Do you have experience with ...? Contact Jane Doe at
    # ...").
    r"do you have (?:information|experience|knowledge|a tip|tips)\b[^?]{0,120}\?\s*(?:contact|email|reach|get in touch"
    r"|send|share|tell)\b",
    # A paper's pitch for its print edition on screen ("Now you can read the Example Observer ePaper anytime,
    # anywhere.").
    r"now you can read (?:the )?(?:[\w.]+ ){0,3}e-?paper\b",
    # A search engine's button beside the byline ("Add as a preferred source", "Make us a preferred source on Google").
    r"(?:add|make|set) (?:us |(?:[\w.]+ ){1,3})?(?:as )?(?:a |your )?preferred source\b",
    r"enjoy more audio and podcasts\b",  # the player's own pitch
    r"(?:listen|tune in) to\b.{0,60}\b(?:weekdays|weeknights|every (?:day|morning|evening|weekday)|daily|live)\b",
    # A note that a machine wrote what it heads.
    r"ai-generated (?:summary|audio|translation)\b",
    r"(?:this|the) (?:transcript|summary|captions?|translation) (?:was|has been|is) (?:produced|generated|created"
    r"|transcribed|translated) (?:automatically|by (?:a )?machine)\b",
    # An edition's note that its text is another's translated ("This article was translated from Spanish.").
    r"(?:this|the) (?:article|story|text|piece|interview|report) (?:was|has been|is)(?: [\w-]+)? translated\b",
    # Or the paper's, at the foot of its English edition ("Translation of an original article published in French on
    # example.fr; the publisher may only be liable for the French version.").
    r"translation of an? (?:original )?(?:article|story) (?:published|written)\b",
    # The print edition's note ("This article appears in the March 2026 issue of ...", "A version of this article
    # appears in print on ...").
    r"(?:a version of )?this (?:article|story|essay|piece|review) (?:also )?appear(?:s|ed) in (?:print\b|the\b"
    r".{0,40}\b(?:issue|edition)\b)",
    r"appeared in the (?:[\w,]+ ){0,5}print edition\b",  # "Appeared in the December 7, 2026, print edition as '...'"
    # A nonprofit newsroom's licence for others to run its stories ("Our stories may be republished online or in
    # print under Creative Commons license ...").
    r"(?:our|this|these) (?:stories|story|articles?|content|reporting) (?:may|can) be (?:freely )?republished\b",
    # The writers' addresses under the text ("Write to Jane Doe at jane.doe@example.com and ...").
    r"write to (?:[\w.'’-]+ ){1,4}at [\w.+-]+@",
    # A label of the kind of story, with its definition as the Trust Project words it ("News Based on facts, either
    # observed and verified directly by the reporter, or reported and verified from knowledgeable sources.").
    r"(?:news|analysis|opinion|explainer)?\s*based on facts, either observed and verified\b",
    # An opinion page's disclaimer under a column ("The views expressed are the author's own.").
    r"(?:disclaimer\s*:\s*)?(?:the )?(?:views|opinions|comments) expressed\b.{0,60}\b(?:author|writer|contributor"
    r"|columnist)s?['’]?s?\b",
    r"disclaimer\s*:.{0,80}\bdo(?:es)? not (?:necessarily )?reflect\b",
    # A finance site's under every post ("Disclaimer: This is not investment advice. Please consult ...").
    r"(?:disclaimer\s*:\s*)?(?:this|the above|this (?:article|post|content)) is not (?:an? )?(?:investment|financial"
    r"|legal|medical) advice\b",
    # A comment form's rules under the story ("Comments will be moderated. Keep comments relevant to the article.").
    r"(?:all )?comments (?:will be|are|may be) (?:moderated|reviewed|pre-moderated)\b",
    # Its call to comment and its house rules ("Join the conversation in our comments section below.", "Please keep
    # comments civil, constructive and on topic").
    r"join the (?:conversation|discussion|debate)\b.{0,40}\bcomments?\b",
    r"(?:please )?keep (?:your )?comments\b",
    # A call to join the site's channel where it posts its news ("Join Example's Telegram channel and get the
    # latest news").
    r"join\s+[^.!?]{0,40}\b(?:whatsapp|telegram)\s+(?:channel|group|community)\b",
    # Or to follow it on its social networks, in a line of its own ("Follow Example Business on X, LinkedIn and
    # Facebook for ..."); a writer's tagline that ends so ("... Follow him on Instagram.") is the writer's.
    r"follow\s+[^.!?]{0,40}\bon (?:x|twitter|facebook|instagram|linkedin|threads|youtube|tiktok)\b",
]))
_STRONG_JUNK = re.compile(r"\b(?:" + "|".join([
    r"by (?:registering|continuing|clicking|signing up|using (?:this|our))",
    r"(?:this|our) (?:web)?site uses cookies",
    r"uses? cookies\b",
    r"cookies (?:are|is|help|ensure|allow|collect|store)\b",
    r"(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|inbox|mailing list)",
    r"(?:delivered|sent|straight|right|direct(?:ly)?) (?:to|into) your inbox\b",
    r"click here\b",
    r"join (?:our|the)\b.{0,50}\b(?:channel|group|community|mailing list)\b",
    r"follow us on\b",
    r"no,? thank you\b",
    r"(?:this|the) (?:content|video|embed) (?:is not|isn't) available",
    r"(?:story|article) continues below\b",
    r"scroll (?:down )?to continue\b",
    r"your submission has been received\b",
    r"something went wrong while submitting\b",
    r"get (?:the )?latest\b.{0,60}\bnews\b.{0,60}\b(?:headlines|updates)\b",
    r"share this (?:story|article|post|page) (?:on|with|via)\b",  # "You can share this story on social media:"
    # A paywall's offer where the text stops ("To view the full article, register now.")
    r"to (?:view|read|continue reading) (?:the|this) (?:full|entire|whole) (?:article|story)\b",
    r"subscribe (?:for free )?to receive (?:new|future|more) posts\b",
    r"sign up to (?:receive|get) (?:our|the)\b",  # "Sign up to receive our biggest stories as soon as ..."
    r"maintains? (?:its )?editorial independence\b",
    # A site's buttons to follow a writer or a topic ("Get email alert for articles from this author", "Click the
    # alert icon to follow topics:").
    r"get (?:an? )?e-?mail alerts? (?:for|on|when|about)\b",
    r"click (?:on )?the (?:[\w-]+ )?(?:icon|button|bell)\b",
    r"(?:can|may) be reached (?:at|by email at|via email at) [\w.+-]+@",  # "Jane Doe can be reached at jdoe@..."
    # A local site's pitch for subscriptions under each story ("Our journalism needs your support. Please subscribe
    # today to Example.com."), and its call for tips ("Have a news tip? Email ...").
    r"(?:our |local |quality )?journalism needs your support\b",
    r"please subscribe (?:today|now)\b",
    r"(?:have|got) a (?:news )?tip\?\s*(?:e-?mail|contact|send|write|call|reach|get in touch)\b",
    r"save time by listening to our audio\b",  # an audio player's pitch
    # A newsletter's pitch over the text ("Jane Doe, the editor, selects her favourite stories in this weekly
    # newsletter.").
    r"in (?:this|our) (?:free )?(?:weekly |daily |monthly )?newsletter\.?$",
    # A note that a machine wrote what it heads ("This summary was generated by AI and checked by our editors.").
    r"(?:this|the) (?:summary|article|story|text|audio|translation|transcript)\b.{0,30}\b(?:generated|created"
    r"|produced|translated)\b.{0,20}\b(?:by|with|using)\b.{0,25}\b(?:ai|artificial intelligence)\b",
]) + ")|" + "|".join([
    r"cookie (?:policy|settings|preferences)",
    r"your email address will not be published",
    r"required fields are marked",
    r"skip to (?:main )?content",
    r"download (?:our|the) (?:\w+ ){0,3}app\b",
    r"enable javascript",
    # A call to follow the site where it posts its news ("Stay informed! Follow Example Times on WhatsApp for ...").
    r"(?:^|[.!?]\s+)follow\s+[^.!?]{0,40}\bon (?:whatsapp|telegram|google news)\b",
    # A plea for readers' money closing a box's pitch ("Our mission is to deliver unbiased reporting. Donate now.",
    # "Support Example Times for the price of a coffee.", "... Consider supporting the Example Independent.").
    r"(?:^|[.!?]\s+)(?:please )?(?:donate|make a donation|give|contribute|support us) (?:now|today)[.!]?$",
    r"(?:^|[.!?]\s+)support\s+[^.!?]{0,40}\bfor (?:the price of a (?:cup of )?coffee|as little as)\b",
    # "Readers like you are keeping these stories free for everyone...", "... helps keep paywalls away ...".
    r"(?:^|[.!?]\s+)readers like you (?:are )?(?:keeping|help|make|support)\b",
    r"\brel(?:y|ies) on (?:readers|supporters|people) like you\b",  # "Example relies on readers like you to keep ..."
    r"(?:^|[.!?]\s+)become a (?:supporter|member|subscriber) (?:today|now)\b",
    r"\bcontributors publish (?:independent|their own)\b",  # a site's note under its contributors' posts
    r"(?:^|[.!?]\s+)(?:share your condolences|sign the guest ?book)\b",  # an obituary's page's buttons
    r"(?:^|[.!?]\s+)thank you for (?:donating|your donation)\b",
    r"\bkeeps? (?:the )?paywalls? away\b",
    r"(?:^|[.!?]\s+)(?:please )?consider (?:supporting|subscribing to|donating to|becoming a (?:member|subscriber)"
    r"|making a (?:donation|contribution))\b",
]))


# The cookie-consent boxes of advertising frameworks and consent tools (IAB's, Complianz's), however long their
# paragraphs.
_CONSENT = re.compile(r"\bwe and our (?:\d+ )?(?:partners|vendors)\b|\bstore and/or access (?:device )?information\b"
                      r"|\bthe technical storage or access\b")
# A site's notice under every story, however long: a syndicator's legal notice ("X provides the information "as
# is" without warranty of any kind. We do not accept any responsibility or liability ..."), an agency's note that
# subscribers get more ("... Please contact us for subscription options.").
_NOTICE_CUES = ("warrant", "any respons", "any liab", "contact us for", "newsroom", "news network", "news organi",
                "news site", "news outlet", "media organi", "disclosure", "from our readers", "of our readers",
                "of readers", "without your support", "solely respons")
_SITE_NOTICE = re.compile(
    r"\bwithout warrant(?:y|ies) of any kind\b"
    r"|\bdo(?:es)? not (?:accept|assume) any (?:responsibility|liability)\b"
    r"|\bcontact us for (?:\w+ ){0,2}(?:subscriptions?|licensing|syndication|reprints?)\b"
    # A newsroom's note on itself under each story it runs ("Example Reflector is part of Example Newsroom, a nonprofit
    # news network supported by grants ..."), and its disclosure of the donors a story names ("Disclosure: Example
    # Power has been a financial supporter of ...").
    r"|^[\w.'’&-]+(?: [\w.'’&-]+){0,5}(?:, formerly known as [^,]{2,60},)? is (?:part of [^,.]{2,60}, )?an? "
    r"(?:[\w-]+,? ){0,3}(?:newsroom|news network|(?:news|media) organi[sz]ation|news site|news outlet)\b"
    r"|^disclosure\s*:.{0,200}\bfinancial supporters?\b"
    # Its note on who pays for it ("Example is run by a small team and funded through donations from our readers. We
    # cannot do what we do without your support.", "We could not keep it free without the generous support of our
    # readers.").
    r"|\b(?:funded|supported) (?:through|by) (?:donations|contributions) from (?:our )?readers\b"
    r"|\bwithout the (?:generous )?support of (?:our )?readers\b|\bcannot do what we do without your support\b"
    # An agency's note on the foundations that fund a beat ("The Associated Press receives support from ... AP is
    # solely responsible for all content.").
    r"|\bis solely responsible for all content\b")


def at_most_words(text: str, most: int) -> bool:
    """Whether `text` has at most `most` words: a long paragraph is split no further than the count needs."""
    return len(text.split(None, most)) <= most


def literal_alternation(forms: Iterable[str]) -> str:
    """A regex matching any of `forms`, the longest first, grouped by first character: at each character
    of the text the regex engine then tries only the forms that start with it, not all of them."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=len, reverse=True):
        by_first.setdefault(form[0], []).append(re.escape(form[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


# Cheap substring tests that must pass before the strong-junk expression runs; each opens a word, which spares the
# search the positions inside words.
_STRONG_TRIGGER = re.compile(r"\b(?:" + literal_alternation([
    "by regist", "by contin", "by click", "by sign", "by using", "cookie", "newsletter", "inbox", "mailing list",
    "click here", "join our", "join the", "not be published", "required fields", "skip to", "follow us on",
    "download", "javascript", "thank you", "available", "continues below", "scroll", "submission has",
    "while submitting", "get latest", "get the latest", "get current", "standards:", "share this", "to view",
    "to read", "to continue", "already", "free trial", "catch all", "republish", "listen", "tune in", "generated",
    "created", "produced", "translated", "thanks for reading", "to receive", "to contact", "caption", "this image",
    "this photo", "this picture", "developing", "breaking", "check back", "appear", "expressed", "on whatsapp",
    "on telegram", "google news", "moderated", "miss out", "subscribe to", "on x", "on twitter", "on facebook",
    "on instagram", "on linkedin", "on threads", "on youtube", "on tiktok", "keep comments", "keep your comments",
    "donat", "contribute", "support us", "give now", "give today", "consider ", "more about", "license this",
    "connect via", "read in", "read this in", "read the story in", "read the article in", "leer en", "lire en",
    "leia em", "ler em", "leggi in", "enjoy more", "save time", "preferred source", "translation of", "now you can",
    "price of a", "as little as", "investment advice", "financial advice", "legal advice", "medical advice",
    "a story suggestion", "a story idea", "a story tip", "write to", "do you have", "sign up to", "get email",
    "get an email", "get e-mail", "get an e-mail", "click the", "click on the", "be republished",
    "be freely", "editorial independence", "be reached", "based on facts", "readers like you", "paywall",
    "needs your support", "please subscribe", "a tip?", "a news tip?", "become a supporter", "become a member",
    "become a subscriber", "contributors publish", "condolences", "guest book", "guestbook",
]) + ")")
_NOTICE_MIN_WORDS = 8  # a notice is a sentence or two
# The labels some papers set before the parts of a story ("Background: ...", "Details: ...").
_PART_LABEL = re.compile(r"(?:Background|Context|Details|Reminder|Quote|Update):\s+[A-Z“\"]")
_LABELLED_WORDS = 8
_STRONG_JUNK_WORDS = 40
# News sites' labels over their boxes of summary points, and over the kind of story ("Content-Type:" / "News"); a
# guide's "Summary" or "Key takeaways" heads a section of its own text.
_BOX_LABELS = frozenset(["in summary", "key points", "in short", "what you need to know", "story highlights",
                         "content-type", "content type"])
_BOX_LABEL_WORDS = 5
_DIALOG_BUTTONS = frozenset(["ok", "got it", "dismiss", "no thanks", "maybe later"])
_READING_TIME_WORDS = 8
_COUNTER = re.compile(r"\d{1,3} of \d{1,3}")
_COUNTER_WORDS = 3
# When an entry of a live page was last changed ("Updated at 14.45 GMT"). The time over each entry ("14.41 GMT",
# AP's "3:40 p.m.") is the entry's own, as printed.
_UPDATED_AT = re.compile(r"(?:updated|posted)(?: at)?:? \d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?",
                         re.IGNORECASE)
_UPDATED_AT_WORDS = 5
# A site's disclosure of its affiliate links ("We may earn a commission if you buy through our links"): a
# paragraph in the first person that is the site's, not the article's.
_DISCLOSURE = re.compile(
    r"\b(?:we|i)\b[^.]{0,25}\b(?:earn|receive|make|get)s?\b[^.]{0,30}\b(?:commission|compensation)"
    r"|\bif you (?:buy|purchase|click|shop)[^.]{0,60}\b(?:our|these|the|my) links\b|\bas an? amazon associates?\b"
    r"|\bearns? from qualifying purchases|\b(?:this|our|my) (?:site|website|post|article|page|blog|podcast|content"
    r"|newsletter) (?:may )?(?:contains?|uses|includes?) affiliate links"
    r"|\b(?:is|are)(?: an?)? (?:[\w,]+ ){0,3}(?:reader|learner|listener)-supported"
    r"|\baffiliate links?\b[^.]{0,40}\b(?:at no (?:extra |additional )?cost|commission)"
    # Or its note on how an agency's story reached its pages ("This news story has been written and carefully
    # fact-checked by an external editorial team. At Example.ch we ... use automatic translation tools ...").
    r"|\b(?:this|the) (?:news )?(?:story|article|report) (?:has been|was|is) (?:written|produced|prepared)\b[^.]{0,50}"
    r"\bby an? (?:external|outside|third-party|partner)\b|\b(?:automatic|automated|machine) translation (?:tools?"
    r"|software|services?|engines?)\b"
)
_DISCLOSURE_TRIGGER = re.compile(literal_alternation(
    ["commission", "compensation", "associate", "qualifying", "affiliate", "-supported", " links", " by an",
     "translation"]))
_DISCLOSURE_WORDS = 80
# Links drawn on one line with nothing between them ("Best Gym in Trevose, PA Best Gym in Upper Holland, PA
# ..."): one phrase of this many words repeats this often and makes up this share of the line.
_LIST_PHRASE_WORDS, _LIST_REPEATS, _LIST_SHARE, _LIST_MIN_WORDS = 4, 4, 0.4, 20
# The head of a reader's comment: "12. Jane Doe says:". Comment systems write it in the present; "He said:"
# and "Hewitt writes:" open a quotation inside an article, and so does a subject with its article ("The utility
# says:").
_COMMENT_HEAD = re.compile(r"^(?!(?:he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|its|our)\b)"
                           r"[^:]*\bsays\s*:$")
# The heading of an author's box ("About Jane Doe") or of the issuer's boilerplate under a press release ("About
# Example Foods, Inc."): nothing of the story follows it.
_ABOUT_NAME = re.compile(r"About(?: [A-Z][\w'’.-]+){2,3}(?:, (?:Inc|Ltd|LLC|Corp|Co|PLC|plc)\.?)?$")
_ABOUT_WORDS = 5
# Words of site furniture; they make a short line junk when dense enough.
_VOCAB = frozenset(
    [
        "share", "shares", "shared", "sharing", "tweet", "whatsapp", "telegram", "facebook", "twitter", "linkedin",
        "pinterest", "reddit", "email", "e-mail", "print", "republish", "subscribe", "subscribers", "newsletter",
        "newsletters",
        "signup", "sign", "login", "logout", "log", "register", "account", "password", "username", "cookie", "cookies",
        "privacy", "terms", "copyright", "advertisement", "advertising", "advertise", "ad", "ads", "sponsored",
        "promoted", "comments", "comment", "reply", "replies", "trending", "popular", "menu", "search", "home",
        "homepage", "contact", "follow", "views", "view", "likes", "like", "loading", "more", "next", "previous",
        "prev", "back", "top", "download", "app", "podcast", "podcasts", "video", "videos", "watch", "listen",
        "gallery", "photos", "subscription", "premium", "paywall", "faq", "sitemap", "careers", "feedback",
        "disclaimer", "results", "editions", "edition", "weather", "horoscope",
        # The same bars in the other languages told apart (newstrace.languages).
        "partager", "imprimer", "copier", "lien", "abonner", "abonnez-vous", "s'abonner", "commentaires", "publicité",
        "compartir", "imprimir", "copiar", "enlace", "suscríbete", "suscribirse", "comentarios", "publicidad",
        "teilen", "drucken", "kopieren", "abonnieren", "kommentare", "anzeige", "werbung",
        "condividi", "stampa", "copia", "iscriviti", "commenti", "pubblicità",
        "partilhar", "compartilhar", "assine", "comentários", "publicidade",
        "delen", "afdrukken", "kopiëren", "abonneren", "reacties", "advertentie",
        "поделиться", "подписаться", "комментарии", "реклама", "поділитися", "підписатися", "коментарі"
    ]
)
_CAPTION_TRIGGER = re.compile(literal_alternation([
    "photo", "picture", "image", "video", "graphic", "illustration", "credit", "caption", "courtesy", "getty",
    "shutterstock", "/",
]))
PUNCT = ".,:;!?()[]|·•-–—'\"“”‘’«»*#>"
_PUNCT_CHAR = re.compile("[" + re.escape(PUNCT) + "]")
# One substitution is cheaper than `str.translate`, which has no fast path for a table with non-ASCII keys.
_PUNCT_RUN = re.compile("[" + re.escape(PUNCT) + "]+")
# First words of the lines `_BARRIER` and `_RELATED` match: a set lookup spares the expression on most lines.
_BARRIER_FIRST = frozenset(
    [
        "related", "more", "you", "recommended", "read", "up", "what", "most", "popular", "viewed", "shared", "watched",
        "trending", "latest", "top", "editor", "editor's", "editors", "editors'", "editor’s", "don't", "don’t", "dont",
        "must", "comment", "comments", "commenting", "conversation", "conversations", "leave", "post", "add", "join",
        "share", "tags", "tag", "topics", "topic", "categories", "category", "filed", "keywords", "about", "further",
        "previous", "next", "other", "useful", "sign", "newsletter", "subscribe", "follow", "connect", "articles",
        "stories", "posts",
        "was", "is", "did", "discussion", "recently", "also", "prev", "how", "if", "recent", "similar", "from",
        "references", "sources", "citations", "bibliography", "works", "footnotes", "endnotes", "support", "donate",
        "request", "submit", "view", "editorial", "corrections",
        # The first words of `_BARRIER`'s headings in the other languages told apart.
        "te", "también", "noticias", "relacionadas", "lo", "más", "etiquetas", "temas", "sur", "les", "vous",
        "mots-clés", "étiquettes", "das", "meistgelesen", "schlagworte", "weitere", "potrebbe", "articoli", "i",
        "più", "argomenti", "veja", "mais", "notícias", "meest", "gerelateerde", "теги", "самое", "похожие", "вам",
        "другие", "інші", "найпопулярніше"
    ]
)
_RELATED_FIRST = frozenset(
    [
        "read", "also", "see", "related", "recommended", "more", "watch", "listen", "click", "learn", "full",
        "continue", "view", "go", "lire", "à", "leer", "lee", "lea", "lesen", "mehr", "leggi", "leia", "lees", "читайте"
    ]
)
_BARRIER = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts|news|content|reading|topics|tags|coverage))?"
    r"|more (?:from|on|in|about|by|stories|articles|news|like this|to read|to discover|to explore)\b.{0,40}"
    r"|read more (?:from|by|posts? by|of our|stories|articles|news)\b.{0,40}"
    r"|(?:other )?(?:articles|stories|posts) you(?: may| might| will|['’]ll) (?:like|enjoy|love)"
    r"|you(?: may| might| could| will|['’]ll)(?: also)? (?:like|enjoy|love|be interested in|want to read)"
    r"(?: to read| these| this| the following(?: articles| posts| stories| topics)?)?(?: as well)?"
    r"|(?:was|is|did you find) (?:this|the) (?:article|post|page|story|content|guide|information) (?:helpful|useful)\??"
    r"|how (?:useful|helpful) was this (?:article|post|page|story)\??"
    r"|(?:if )?(?:did )?you (?:liked?|enjoyed?) this (?:article|post|story)\b.{0,40}"
    r"|discussion about this (?:post|article|story)|recently by .{0,40}|also by (?:this|the) (?:author|writer)"
    r"|recommended(?: .{0,25})?"
    r"|read next|up next|what to read next|(?:most )?(?:popular|read|viewed|shared|watched)(?: .{0,20})?"
    r"|trending(?: .{0,20})?|latest(?: .{0,20})?|top stories|editor'?s?’?s? picks?|don'?’?t miss"
    r"|must read|\d* ?comments?(?: [(\[]\d+[)\]])?|comment(?:s|ing)?:? (?:our )?(?:rules|policy|guidelines)"
    r"|conversations?|leave a (?:reply|comment)|post a comment"
    r"|add a comment|join the (?:conversation|discussion)|share (?:this|the) (?:article|story|post|page)"
    r"|(?:tags?|topics?|categories|category|filed under|keywords)(?:\s*:.*)?"
    # "About the author", and with the name beside it or glued to it by a renderer ("About the AuthorJane Doe")
    r"|about the (?:author|writer)s?(?: ?(?-i:[A-Z]).{0,40})?"
    r"|further reading|(?:prev|previous|next) (?:post|article|story|previous)(?:\s*:?\s.{0,80})?|post navigation"
    r"|(?:recent|similar) (?:posts|articles|stories)|from (?:our|the) archives?"
    r"|(?:other|useful) links|more articles"
    # A list of works cited closes the text; a credit with its sources on the line ("Sources: AP") is no heading.
    r"|references|sources|citations|bibliography|works cited|(?:foot|end)notes"
    r"|sign up for .{0,40}|newsletter|subscribe(?: .{0,30})?|follow us.{0,30}|connect with us|get in touch"
    # The desk's links under the text: "Request Reprint & Licensing", "Submit Correction", "View Editorial &
    # Corrections Policy".
    r"|request (?:a )?reprints?\b.{0,30}|submit (?:a )?corrections?"
    r"|(?:view )?(?:our )?(?:editorial (?:& |and )?)?corrections? polic(?:y|ies)"
    # A plea for readers' money under the text ("Support Example Times' journalism of integrity and credibility").
    r"|support (?:us|our (?:work|journalism|newsroom|reporting|mission)|(?:truly )?independent journalism"
    r"|.{1,40}['’]s? journalism.{0,50})|donate(?: now| today)?"
    # The same headings in the other languages told apart (`newstrace.languages`): "Te puede interesar", "Les plus
    # lus", "Das könnte Sie auch interessieren", "I più letti", "Mais lidas", "Meest gelezen", "Теги".
    r"|(?:también )?te puede interesar|(?:noticias )?relacionadas|lo más leído|más (?:leíd[ao]s|vist[ao]s)"
    r"|etiquetas|temas|sur le même sujet|les plus (?:lus|partagés)|vous (?:aimerez|pourriez aimer) aussi|mots-clés"
    r"|étiquettes|das könnte sie (?:auch )?interessieren|meistgelesen|schlagworte|weitere (?:nachrichten|artikel)"
    r"|potrebbe interessarti|articoli correlati|i? ?più letti|argomenti|veja também|mais lid[ao]s"
    r"|notícias relacionadas|meest gelezen|gerelateerde artikelen|теги|самое читаемое|похожие (?:новости|материалы)"
    r"|вам (?:может быть|будет) интересно|другие новости|інші новини|найпопулярніше)"
    r"\s*(?::|\.{3}|…|[>»›→])?\s*$",
    re.I,
)
# Besides the usual headings, a blog's over its comments: "3 thoughts on “River landing closed”".
_COMMENTS_OPEN = re.compile(
    r"(?:\d+ )?comments?(?: [(\[]\d+[)\]])?\s*:?$|comment(?:s|ing)?:? (?:our )?(?:rules|policy|guidelines)"
    r"|leave a (?:reply|comment)|post a comment|add a comment"
    r"|join the (?:conversation|discussion)|\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to) [\"“'‘]")
_RELATED = re.compile(
    r"^(?:read (?:also|more|next|this|(?:the |our )?(?:full |entire )?(?:story|article|review))"
    r"|read more (?:in|on|about) .{1,60}"
    r"|also read|see also|related|recommended"
    # "Related news: <headline>" between paragraphs; the label alone heads a list, which `_BARRIER` ends the text at.
    r"|related (?:news|stories|articles?|story|coverage|reading)(?=\s*[:\-–—>|»›→]\s*\S)"
    r"|more|watch|listen|click|learn more|go deeper|full (?:article|story)|continue reading|view (?:gallery|more)"
    r"|(?:à )?lire aussi|le(?:e|a|er) (?:también|más)|lesen sie (?:auch|mehr)|mehr zum thema|leggi anche"
    r"|leia (?:também|mais)|lees ook|читайте (?:также|також))"
    r"\b\s*(?:[:–—>|»›→↓]|-(?!\w)|$)",  # not a compound's hyphen ("Click-through rates")
    re.I,
)
# Credit lines of pictures. The worded ones are matched on the lower-cased line: a case-blind expression
# runs about twice as slowly. The agency after a slash is only looked for on lines that hold one. A credit's
# label opens the line or follows the caption's punctuation ("... - Photo: AP"); after a word it is a
# headline's ("Hardened Images: ...").
_CAPTION_WORDED = re.compile(
    r"(?:^|[^\w\s]\s*)(?:photo|image|picture|video|graphic|illustration|file photo|photograph)s?"
    r"\s*(?:credit|courtesy)?\s*:"
    r"|\b(?:photo|image|picture)s? (?:credit|courtesy|by|via)\b|\bcredit\s*:|\bgetty images\b|\bshutterstock\b"
    r"|\((?:file|stock|archive) (?:photo|image|picture)\)$"  # "... at a clinic. (File photo)"
    # "Photographs by Jane Doe" over a feature, "... Park. Illustration by Jane Doe"; not a book's "Illustrations by"
    r"|(?:^|[^\w\s]\s*)(?:photograph|photography|illustration)s? by\b"
    r"|^file photo\b|\bap photo\b|[(\[]photo\b|\bcaption\s*:|^(?:photo )?courtesy of\b"
    # A picture's label as a Japanese paper sets it, its typing slip included ("Photo/Illutration ...").
    r"|^(?:photo|image)s?\s*/\s*(?:illu\w*|graphic|video)\b"
    # A credit set off by a bar after the caption's sentence ("... in Rongai. PHOTO | FILE").
    r"|[.!?]\s+(?:photo|image|picture|graphic)s?\s*\|"
)
# A gallery's caption led by its picture's number ("Item 1 of 3 A ship sails ...", "[1/3] A ship sails ..."), however
# long: the licensing link a wire's site runs on after it ("Purchase Licensing Rights, opens new tab") is part of it.
_GALLERY_CAPTION = re.compile(r"item \d{1,2} of \d{1,2} |\[\d{1,2}/\d{1,2}\] ?")  # "[1/2]" glued to its caption too
_LONG_CAPTION_WORDS = 60
_CAPTION_WORDS = 25  # the most a caption without such a mark has, where `is_caption` reads its words
_CAPTION_SLASH = re.compile(
    # An agency's capitals and its photographer ("REUTERS/Jane Doe/File Photo", "REUTERS/Mohamed Abd El Ghany"), not
    # "and/or harness".
    r"(?-i:\b[A-Z]{2,}\s*/\s*[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})(?:\s*/\s*file photo)?\s*$"
    r"|/\s*(?:redux|alamy|istock|epa|afp|reuters|bloomberg|sipa|zuma|ap|pool)(?: images| photos?)?\s*$",
    re.I,
)
# A picture's credit in brackets closing its caption's sentence, as broadcasters set it ("... on Friday. (Example
# News: Jane Doe)", "(Supplied)"); a source's bracket ("(Source: Example Office)") closes a paragraph's figure, and
# one after a name's abbreviation is the name's ("Example Co. (Instructor: Jane Doe)").
_CAPTION_BRACKET = re.compile(
    r"[a-z]{2}[.!?”\"]\s*\((?!(?i:sources?|notes?|see|read|via|update|updated|editor)\b)"
    r"(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*:"
    r"\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\)$|\((?i:supplied)(?::[^()]{1,40})?\)$")
# A quotation's close, then its speaker and a verb of saying, or the verb first ('," board chairman Jane Doe said.',
# '," said Jane Doe.').
_ATTRIBUTED = re.compile(r"^[\"“].{12,}?[,.?!][\"”]\s+(?:(?:\S+\s+){1,6}(?:said|says|told|added)\b|(?:said|says)\s)")
_QUOTED_MIN_WORDS = 8
# A picture's credit in brackets after its caption's sentence ("Waves crash over the seafront. (AFP)").
_PICTURE_CREDIT = re.compile(r"[a-z]{2}[.!?]\s*\([A-Z][\w&.'’-]*(?:[ /][A-Z][\w&.'’-]*){0,2}\)$")
# A picture's credit as a mark after its caption's sentence ("... in Bamako on June 7, 2026. © AFP"), not a site's
# notice, which opens its line, a year follows ("© 2026 Example") or rights are reserved in.
_RIGHTS = re.compile(r"(?i)copyright|rights reserved")
_CAPTION_MARK = re.compile(r"[a-z\d)]{2}[.!?]\s+©\s*(?!(?:19|20)\d\d)[A-Z][\w&.'’/ -]{1,50}$")
# A link back up the site ("< Back to All Articles", "Back to blog"): no headline, no paragraph.
_BACK_LINK = re.compile(
    r"^(?:[<«‹←]\s*back to\b|back to (?:all |the |our )?(?:articles|posts|news|blog|stories|top|home|search|results"
    r"|list|overview)\b)")
_BACK_LINK_WORDS = 8
# A link's note for screen readers ("Click to share on X (Opens in new window) X"): a line that short is the link.
_NEW_WINDOW = re.compile(r"\bopens? in (?:a )?new (?:window|tab)\b")
_NEW_WINDOW_WORDS = 20
_COPYRIGHT_MARK = re.compile("©")
# The site's copyright notice: the foot of the page, under which nothing is the article's. It opens the line or
# follows the site's name ("River Daily © 2025"); a mark later on credits a picture or a reprint. A line that opens
# with the word and closes reserving the rights is one, whatever stands between ("Copyright The Example Times Limited
# 2026. All rights reserved.").
_NOTICE = re.compile(
    r"^(?:\S+\s+){0,3}(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?" + ANY_YEAR.pattern + "|all rights reserved)"
    r"|^copyright\b.{0,80}\ball rights reserved\.?$")
_NOTICE_WORDS = 40
_PICTURE_WORD = re.compile(r"\b(?:photo|image|picture|illustration|credit|courtesy)")  # a picture's credit
_CAPTION_MIN_WORDS = 2
_EMBED_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)")
_EMBED_NOTE = re.compile(r"(?:a post shared by\b|view this post on\b|pic\.twitter\.com/|https?://\S+$)")
_SENTENCE_END = frozenset(".!?\"”’:…)»")
# The marks that close a quotation in German, Czech and Polish copy („...“, ‚...‘) and in Danish (»...«), which
# open one in English: after a sentence's end only.
_CLOSING_ABROAD = frozenset("“‘«")


@dataclass(slots=True)
class Line:
    """One non-empty line of a dump."""

    text: str
    lower: str
    tokens: list[str]  # `lower` split at white space
    words: int
    link_ratio: float  # the share of the text that is link text
    bullet: bool
    heading: int  # markdown heading level, 0 when none
    source: str  # the line as the dump has it, stripped: what `source_lines` of another page is matched on
    sentence: bool  # ends as a sentence does
    # Set apart by a blank line above and below, as renderers set a heading or a paragraph; items of a menu
    # or a run of boxes are drawn line under line.
    spaced: bool = False
    stops: int = 0
    kind: int = SHORT
    # Readings of the line's text that the headline and byline searches ask for again and again, kept once worked
    # out (a line is one page's: the memo never outlives it).
    content_words: list[str] | None = None
    declined: bool = False  # the page's language writes a word in other forms by its case (`languages.declines`)
    lower_words: frozenset[str] | None = None
    byline_piece: bool | None = None
    # The class the line had before it was found on the outlet's other pages and made furniture.
    own_kind: int | None = None


def split_lines(content: str) -> list[Line]:
    """The page's non-empty lines, hard-wrapped paragraphs joined and markdown undone. A line written
    twice alike (a menu drawn for each screen size) is parsed once, and both places hold the same `Line`."""
    lines = []
    parsed: tuple[dict[str, Line | None], dict[str, Line | None]] = ({}, {})  # by whether set apart
    raws = _with_initials(_unwrap(content.splitlines()))
    blank = [not raw or raw.isspace() for raw in raws]
    blank.append(True)  # the page's end sets its last line apart, and blank[-1] its first
    for i, raw in enumerate(raws):
        spaced = blank[i - 1] and blank[i + 1]
        alike = parsed[spaced]
        line = alike[raw] if raw in alike else alike.setdefault(raw, _parse(raw, spaced))
        if line is not None:
            lines.append(line)
    return lines


def _with_initials(raws: list[str]) -> list[str]:
    """Paragraphs whose first letter a page sets large in a block of its own ("W" / "hen the water came"), the
    letter put back: joined to the word it opens, or before it as a word of its own ("A" / "drought has")."""
    initials = [i for i, raw in enumerate(raws) if len(raw) < 24 and len(raw.strip()) == 1 and raw.strip().isupper()]
    for i in reversed(initials):  # from the end, so that the indexes before stay good
        after = i + 2 if i + 2 < len(raws) and not raws[i + 1].strip() else i + 1  # a blank line between, or none
        rest = raws[after].lstrip() if after < len(raws) else ""
        if rest[:1].islower():
            letter, first = raws[i].strip(), rest.split(None, 1)[0].strip(PUNCT)
            glued = zipf_frequency(letter + first, "en") >= zipf_frequency(first, "en")
            raws[i:after + 1] = [letter + ("" if glued else " ") + rest]
    return raws


def _unwrap(raws: list[str]) -> list[str]:
    """Join paragraphs that a fixed-width renderer (html2text's default, lynx, e-mail) broke into lines.
    A wrapped block is a run of lines with one indentation whose width is a terminal's, where the lines
    are full (the next line's first word would not have fitted) and many continue in lower case; a list of
    headlines of similar width starts its lines in capitals. A page is wrapped at one width, which its
    longer wrapped runs show: once it is known, a run of two lines (a headline broken once) is read at that
    width, and lines that are full may go on in capitals (a new sentence, a name)."""
    spans = list(_runs(raws))
    if not spans:
        return raws  # lines each set apart or of no terminal's width: nothing to join
    runs = [(raws[i][: len(raws[i]) - len(raws[i].lstrip())], [r.strip() for r in raws[i:j]]) for i, j in spans]
    widths = [width for _, run in runs if len(run) >= _SHOWS_WIDTH
              if (width := _run_width(run)) and _full_lines(run, width, capitals=False)]
    page_width = _page_width(widths)
    # Fewer wrapped runs than show the page's width still show the width a short run of prose may be wrapped at (a
    # two-line paragraph of a PDF's text, too short to show its own); such a run must go on in lower case.
    hint = max(widths, default=None)
    out: list[str] = []
    done = 0
    for (i, j), (indent, run) in zip(spans, runs, strict=True):
        out.extend(raws[done:i])  # the lines between, as they are
        done = j
        width = page_width if page_width and len(run) < _SHOWS_WIDTH else _run_width(run)
        if width is None and len(run) < _SHOWS_WIDTH and not any(map(_CODE.search, run)):
            width = hint
        full = _full_lines(run, width, capitals=page_width is not None) if width else None
        out.extend(_join(run, full, indent) if full else [indent + r for r in run])
    out.extend(raws[done:])
    return out


def _page_width(widths: list[int]) -> int | None:
    """The width that several wrapped runs share (each within a short word of it, as a wrapper's lines
    fall short of the width by up to a word); one or two alike runs are as likely a box of similar lines."""
    runs_within = {w: sum(1 for v in widths if w - _WIDTH_SLACK <= v <= w) for w in set(widths)}
    best = max(runs_within, key=lambda w: (runs_within[w], w), default=None)
    return best if best is not None and runs_within[best] >= _WRAPPED_RUNS else None


def _runs(raws: list[str]) -> Iterator[tuple[int, int]]:
    """Where the page's runs of lines that may be one wrapped block start and end: a line of a terminal's width and
    the lines under it with the same indentation, two lines or more."""
    i, n = 0, len(raws)
    while i < n:
        j = i + 1
        if _WRAP_MIN <= len(raws[i]) <= _WRAP_MAX + _WRAP_INDENT:
            indent = len(raws[i]) - len(raws[i].lstrip())
            while j < n and raws[j].strip() and len(raws[j]) - len(raws[j].lstrip()) == indent:
                j += 1
        if j - i > 1:
            yield i, j
        i = j


def _run_width(run: list[str]) -> int | None:
    # Not the longest line: a long URL that could not be broken overflows the width.
    width = sorted(map(len, run))[(len(run) - 1) * 4 // 5]
    return width if _WRAP_MIN <= width <= _WRAP_MAX else None


def _full_lines(run: list[str], width: int, capitals: bool) -> list[bool] | None:
    """For each line but the last, whether the next line's first word would not have fitted after it;
    None when the run does not read as wrapped at this width (or, unless `capitals`, goes on in capitals)."""
    # Lines that each end a sentence are paragraphs set one under the other (a wrapper breaks most lines inside
    # one), whatever their widths ("... disproportionate.\"" / "The union is ... workers." / "dpa lb/ah"), unless the
    # page's other paragraphs show it wrapped at this width.
    if not capitals and all(r[-1] in ".!?" or (r[-1] in "\"”" and r[-2:-1] in ".!?") for r in run[:-1]):
        return None
    full = [len(a) + 1 + len(b.split(None, 1)[0]) > width for a, b in pairwise(run)]
    if sum(full) * 2 < len(full):
        return None
    # An address under the run ("www.example.org", "jdoe@example.com") is a line of its own, not the text going on
    # in lower case.
    going_on = sum(1 for r in run[1:] if r[0].islower() and not _ADDRESS_LINE.match(r))
    return full if capitals or going_on * 4 >= len(run) - 1 else None


def _join(run: list[str], full: list[bool], indent: str) -> list[str]:
    joined, current = [], run[0]
    for is_full, following in zip(full, run[1:], strict=True):
        if is_full and following[:1] not in _BULLET_CHARS:
            # Wrappers break after a hyphen ("long-" / "term") and inside URLs, with no space lost.
            glued = current[-1] in "-/" and current[-2:-1].isalnum()
            current += following if glued else " " + following
        else:
            joined.append(indent + current)
            current = following
    joined.append(indent + current)
    return joined


def source_lines(content: str) -> set[str]:
    """The page's distinct non-empty lines as written, for counting lines repeated across pages without
    parsing every page twice."""
    stripped = set(map(str.strip, content.splitlines()))
    stripped.discard("")
    return stripped


def _parse(raw: str, spaced: bool) -> Line | None:
    indented = raw[:1] in (" ", "\t")
    text = source = raw.strip()
    if not text:
        return None
    link_chars, heading, bullet = 0, 0, False
    # A list item's leading "* " is no markdown to undo, and most list items hold none.
    if _MARKDOWN.search(text, 2 if text.startswith("* ") else 0):
        text, link_chars, heading = _undo_markdown(text)
    if text[:1] in _BULLET_CHARS and (bullet_match := _BULLET.match(text)):
        text, bullet = text[bullet_match.end():], True
    elif indented and text[:2] == "o ":
        text, bullet = text[2:], True
    # A rule holds no letter or digit: a line starting with one needs no further test.
    if not text or (not text[0].isalnum() and _RULE.match(text)):
        return None
    if "  " in text or "\t" in text or "\xa0" in text:
        text = _SPACE.sub(" ", text).strip()
    # Most lines are told at once to hold no end mark.
    if text[-1].isupper() or _END_MARK_HINT.search(text, max(0, len(text) - _END_MARK_REACH)):
        text = without_end_mark(text)
    lower = text.lower()
    tokens = lower.split()
    link_ratio = min(link_chars / len(text), 1.0)
    return Line(text, lower, tokens, len(tokens), link_ratio, bullet, heading, source, _ends_sentence(text), spaced)


def _ends_sentence(text: str) -> bool:
    """Whether the line ends as a sentence does, or with a sign-off after its last one ("... by Monday. –
    Rappler.com", "... said. -- AFP", "... he added. New Ziana")."""
    if text[-1] in _SENTENCE_END or (text[-1] in _CLOSING_ABROAD and text[-2:-1] in _SENTENCE_END):
        return True
    tail = text[-_SIGN_OFF_REACH:]
    return (("– " in tail or "— " in tail or "- " in tail) and _SIGNED_END.search(tail) is not None) or (
        ". " in tail and _SIGNED_NAME.search(tail) is not None)


def end_mark(text: str) -> bool:
    """Whether the paragraph is nothing but an agency desk's end mark ("Enditem", "(END) fm.gb", "Enditem/ls")."""
    return _END_MARK_ALONE.fullmatch(text.strip()) is not None


def without_end_mark(text: str) -> str:
    """The paragraph without the end mark an agency's desk sets after its copy's last sentence."""
    end_mark = _END_MARK.search(text, max(0, len(text) - _END_MARK_REACH))
    # Only after a sentence: "9. CANON EOS RP" numbers a list's item.
    return text[:end_mark.start()] if end_mark and text.count(" ", 0, end_mark.start()) >= 2 else text


def _undo_markdown(text: str) -> tuple[str, int, int]:
    if "[" in text and "](" not in text:
        text = _LINK_NUMBER.sub("", text)
    if "(BUTTON)" in text:
        text = _FORM_CONTROL.sub("", text).strip()
        if not text:
            return text, 0, 0
    heading = 0
    if text[0] == ">":
        text = _QUOTE_MARK.sub("", text)
    if text[:1] == "#" and (match := _HEADING.match(text)):
        heading, text = len(match.group(1)), match.group(2)
    if "![" in text:
        text = _IMAGE.sub("", text)
    link_chars = 0
    while "](" in text:
        found = _LINK.search(text)
        if not found:
            break
        words = found.group(1)
        link_chars += len(words.strip())
        before, after = text[: found.start()], text[found.end():]
        # A link drawn against the words beside it ("By[Jane Doe](...)November 2", "**About**[Jane Doe](...)") is a
        # word of its own.
        if before.rstrip("*_")[-1:].isalnum() and words[:1].isalnum():
            before += " "
        if after.lstrip("*_")[:1].isalnum() and words[-1:].isalnum():
            after = " " + after
        text = before + words + after
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    # A link's words may hold the spaces around them ("[ Written by Jane Doe ](...)").
    return text.strip(), link_chars, heading


def count_stops(lines: list[Line], stoplist: frozenset[str]) -> None:
    """Count each line's stop words against the page language's list. Lines of one or two words are left
    at 0: no test that reads the count passes on a line that short."""
    is_stop = stoplist.__contains__
    for line in lines:
        if line.words >= 3:
            line.stops = sum(map(is_stop, line.tokens))


# The initials of the desk and the editors an agency sets under its copy ("str-ank/lb", "bur-kl/ami", "jm/fg").
_DESK_SLUG = re.compile(r"[a-z]{2,4}(?:-[a-z]{2,4})*/[a-z]{2,4}(?:-[a-z]{2,4})*")


def classify(line: Line) -> int:
    """The line's class from its own text alone (context comes later)."""
    text, lower, words = line.text, line.lower, line.words
    if not (text[0].isalpha() or LETTER.search(text)):
        return JUNK
    first = line.tokens[0].strip(PUNCT)
    if words <= 12 and (first in _BARRIER_FIRST or first[:1].isdigit()) and _BARRIER.match(text):
        return BARRIER
    if first == "about" and 2 < words <= _ABOUT_WORDS and about_heading(text):
        return BARRIER
    if words <= 7 and text[-1] == ":" and _COMMENT_HEAD.search(lower):
        return BARRIER
    if first[:1].isdigit() and _COMMENTS_OPEN.match(lower):
        return BARRIER
    # A notice that reserves its rights is one, whatever it lists ("text, photo, multimedia"); a picture's credit
    # is a caption's.
    if (words <= _NOTICE_WORDS and ("©" in text or "right" in lower or "(c)" in lower) and _NOTICE.match(lower)
            and (not _PICTURE_WORD.search(lower) or "all rights reserved" in lower)):
        return BARRIER
    if words <= _READING_TIME_WORDS and READING_TIME.match(text):
        return JUNK
    if words <= _BOX_LABEL_WORDS and lower.rstrip(" :") in _BOX_LABELS:
        return JUNK  # a box's label ("What you need to know:", "Content-Type:"), no heading of the text
    if words <= 2 and lower in _DIALOG_BUTTONS:
        return JUNK  # a pop-up's button left in the page's text ("OK" under a player's offer)
    if words == _COUNTER_WORDS and first[:1].isdigit() and _COUNTER.fullmatch(lower):
        return JUNK  # a gallery's counter between its pictures ("2 of 8")
    if words == 1 and "/" in text and _DESK_SLUG.fullmatch(text):
        return JUNK  # an agency desk's initials under its copy ("bur-kl/ami")
    if words <= _UPDATED_AT_WORDS and first in ("updated", "posted") and _UPDATED_AT.fullmatch(text):
        return JUNK
    if boilerplate(lower):
        return JUNK
    if ("partners" in lower or "and/or access" in lower or "storage or access" in lower) and _CONSENT.search(lower):
        return JUNK
    if words >= _NOTICE_MIN_WORDS and site_notice(lower):
        return JUNK
    if words <= _BACK_LINK_WORDS and "back to" in lower and _BACK_LINK.match(lower):
        return JUNK
    if words <= _NEW_WINDOW_WORDS and "new " in lower and _NEW_WINDOW.search(lower):
        return JUNK
    if (first in _RELATED_FIRST and _RELATED.match(text)) or (
        text[0] in "—–-" and _EMBED_SIGNATURE.match(text)) or _EMBED_NOTE.match(lower):
        return RELATED
    if line.link_ratio > 0.5 and not line.heading:
        return JUNK
    if words <= _LONG_CAPTION_WORDS and (((first == "item" or text[0] == "[") and _GALLERY_CAPTION.match(lower)) or (
            words > _CAPTION_WORDS and text[-1] == ")" and _CAPTION_BRACKET.search(text))):
        return RELATED  # a long caption too: its credit closes it ("... gas pipeline.(ABC News: Jane Doe)")
    if 1 < words <= _CAPTION_WORDS and is_caption(line):
        return RELATED
    if words <= 20:
        hits = furniture_words(line)
        if hits and (words <= 3 or hits / words >= 0.3):
            return JUNK
    kind = _prose_class(line)
    if kind >= NEAR and words >= _LIST_MIN_WORDS and _glued_links(line.tokens):
        return JUNK
    # Only running text can be a disclosure. A quotation in the first person ("“We earn a commission on every
    # boat,” she said") is the article's.
    if (kind >= NEAR and words <= _DISCLOSURE_WORDS and _DISCLOSURE_TRIGGER.search(lower)
            and _DISCLOSURE.search(lower) and "“" not in text and '"' not in text):
        return JUNK
    return kind


def boilerplate(lower: str) -> bool:
    """Whether a line of a few words to a few sentences (in lower case) is boilerplate a copy desk would never print
    as part of a story (`_STRONG_JUNK`)."""
    # Its words counted by their spaces: a split of every line costs more than the test saves.
    return bool(0 < lower.strip().count(" ") < _STRONG_JUNK_WORDS and _STRONG_TRIGGER.search(lower)
                and (_STRONG_JUNK_OPENING.match(lower) or _STRONG_JUNK.search(lower)))


def site_notice(text: str) -> bool:
    """Whether a paragraph is a site's notice that no article holds (`_SITE_NOTICE`); `text` in lower case."""
    return any(map(text.__contains__, _NOTICE_CUES)) and bool(_SITE_NOTICE.search(text))


def _glued_links(tokens: list[str]) -> bool:
    """Whether the line repeats one phrase as a list of links drawn on one line does."""
    if len(set(tokens)) * 2 > len(tokens):
        return False  # running text, a speaker's refrain too ("we have the same river, we have the same boats")
    phrases = Counter(zip(*(tokens[k:] for k in range(_LIST_PHRASE_WORDS)), strict=False))
    repeats = phrases.most_common(1)[0][1]
    return repeats >= _LIST_REPEATS and repeats * _LIST_PHRASE_WORDS >= _LIST_SHARE * len(tokens)


def furniture_in(text: str) -> int:
    """How many distinct furniture words a text holds (`furniture_words` of a line not split yet)."""
    return _furniture(text.lower())


def furniture_words(line: Line) -> int:
    """How many distinct furniture words the line holds, its words split at punctuation too ("Share:")."""
    # Most short lines hold no punctuation, and their words are split already.
    return _furniture(line.lower) if _PUNCT_CHAR.search(line.lower) else len(_VOCAB.intersection(line.tokens))


def _furniture(lower: str) -> int:
    return len(_VOCAB.intersection(_PUNCT_RUN.sub(" ", lower).split()))


def _prose_class(line: Line) -> int:
    stop_ratio = line.stops / line.words if line.words else 0.0
    if line.heading:
        return SHORT
    if line.words >= 10 and stop_ratio >= 0.15 and (line.sentence or line.words >= 20):
        return GOOD
    if line.words >= 5 and stop_ratio >= 0.1 and line.sentence:
        return NEAR
    if line.words >= _LABELLED_WORDS and line.sentence and _PART_LABEL.match(line.text):
        return NEAR  # a part of the story under its label, however dense ("Background: Russian forces attacked ...")
    if line.words >= 25 and stop_ratio >= 0.1:
        return NEAR
    if line.words >= _QUOTED_MIN_WORDS and line.sentence and _ATTRIBUTED.search(line.text):
        return GOOD  # a quotation and who said it, however dense its words ("“Demand remains strong,” Jane Doe said.")
    return SHORT


def is_caption(line: Line) -> bool:
    if (line.text[-1] == ")" and _CAPTION_BRACKET.search(line.text)) or marked_caption(line.text):
        return True
    if not _CAPTION_TRIGGER.search(line.lower):
        return False
    return bool(_CAPTION_WORDED.search(line.lower) or ("/" in line.text and _CAPTION_SLASH.search(line.text)))


def credited_picture(text: str) -> bool:
    """Whether the line ends as a caption with its picture's credit in brackets ("Waves crash over the seafront.
    (AFP)"), as an agency's sign-off ends a paragraph too: the caller tells them apart by where the line stands."""
    return _PICTURE_CREDIT.search(text) is not None


def marked_caption(text: str) -> bool:
    """Whether the line is a caption with its picture's credit marked "©" after it (`_CAPTION_MARK`)."""
    return "©" in text and _CAPTION_MARK.search(text) is not None and not _RIGHTS.search(text)


_FILE_MARK = re.compile(r"^FILE(?: PHOTO)?\s*[-–—:]\s+")


def caption_words(text: str) -> str | None:
    """A picture caption without its credit ("General Jane Doe - Photo credit: AP" -> "General Jane Doe") or the mark
    of a picture from the archive ("FILE - Trucks wait ..."); None when nothing but the credit is left."""
    text = _FILE_MARK.sub("", text)
    credits = (_CAPTION_WORDED.search(text.lower()), _CAPTION_SLASH.search(text), _COPYRIGHT_MARK.search(text))
    cuts = [found.start() for found in credits if found]
    words = text[: min(cuts, default=len(text))].rstrip(" -–—|/(©:,")
    return words if len(words.split()) >= _CAPTION_MIN_WORDS else None


def furniture_alone(text: str) -> bool:
    """Whether a paragraph read on its own is a page's furniture or the start of what closes the article (a share
    bar, "ADVERTISEMENT", a copyright notice): the line classes that need no context."""
    lines = split_lines(text)
    return bool(lines) and classify(lines[0]) in (BARRIER, JUNK)


def about_heading(text: str) -> bool:
    """Whether the line heads an author's box or an issuer's boilerplate (`_ABOUT_NAME`)."""
    return _ABOUT_NAME.match(text) is not None


def opens_comments(line: Line) -> bool:
    """A heading over readers' comments ("36 Comments", "Leave a Reply"): nothing of the article follows it."""
    return bool(_COMMENTS_OPEN.match(line.lower))


def is_embed_signature(text: str) -> bool:
    return bool(_EMBED_SIGNATURE.match(text))


def is_bare_pointer(text: str) -> bool:
    """A "Read more"/"Related" label alone on its line: the teaser it points to follows."""
    return is_pointer(text) and len(text.split()) <= 3


def is_pointer(text: str) -> bool:
    """A line that points to another page ("Read more", "Read our full review", "See also: ...")."""
    return bool(_RELATED.match(text))
