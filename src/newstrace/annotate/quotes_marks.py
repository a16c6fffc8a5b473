"""Quotation spans found from the quote marks alone, and embedded social-media posts.

Pure text work, no parse: `find_quotes` in `quotes.py` attributes what this finds. Conventions followed
are those of English-language copy desks: double marks (curly, straight, or two apostrophes as news
archives write them; German „…“ too) delimit a quotation, and single ones on a page that has no double mark; a
quotation running over several paragraphs leaves its closing mark off at each paragraph end and opens
every following paragraph with a new opening mark; elsewhere single marks only nest inside double ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
DOUBLED, DOUBLED_OPEN = "''", "``"

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
# The signature line that Twitter/X embeds print under a post: "— Name (@handle) November 4, 2025".
POST_SIGNATURE = re.compile(
    rf"^\s*[—–-]+\s*(?P<name>[^()\n]{{2,80}}?)\s*\(@\w{{1,30}}\)\s*(?:(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})?\s*$"
)
POST_TRAILER = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")
# A quotation signed on its own line, as readers' comments and testimonials are: "“...” ― Jorge Falcon".
SIGNED = re.compile(r"[^\S\n]*[―—–][^\S\n]*(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,5})"
                    r"[^\S\n]*[.,]?[^\S\n]*(?:\n|$)")


@dataclass
class Span:
    """One quotation: `start`/`end` cover the quoted words, `open`/`close` the outer marks (`close` is
    `end` when the closing mark is missing). `inner` holds the offsets of opening marks that continue
    the quotation in later paragraphs; they are not part of its words."""

    start: int
    end: int
    open: int
    close: int
    inner: list[int] = field(default_factory=list)
    post_by: str | None = None

    def words(self, text: str) -> str:
        """The quoted words, without the continuation marks of later paragraphs."""
        parts, at = [], self.start
        for mark in self.inner:
            parts.append(text[at:mark])
            at = mark + (2 if text.startswith((DOUBLED, DOUBLED_OPEN), mark) else 1)
        parts.append(text[at:self.end])
        return "".join(parts)


def _is_opening_straight(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return not after.isspace()
    return False


def _opening(text: str, i: int) -> int:
    """The width of the opening double mark at `i`, 0 for none. Archives (LexisNexis) and treebank text
    write the double mark as two apostrophes, or open it with two backticks."""
    ch = text[i]
    if ch in OPEN_MARKS or (ch == STRAIGHT and _is_opening_straight(text, i)):
        return 1
    if text.startswith(DOUBLED_OPEN, i) or (text.startswith(DOUBLED, i) and _is_opening_straight(text, i, 2)):
        return 2
    return 0


def _closing(text: str, i: int, opener: str) -> int:
    """The width of the double mark at `i` that closes a quotation opened by `opener`, 0 for none. German
    copy closes „ with “, which elsewhere opens."""
    ch = text[i]
    if ch in CLOSE_MARKS or (ch == STRAIGHT and not _is_opening_straight(text, i)) or (opener == "„" and ch == "“"):
        return 1
    if text.startswith(DOUBLED, i) and not _is_opening_straight(text, i, 2):
        return 2
    return 0


def _paragraph_end(text: str, i: int) -> int:
    nl = text.find("\n", i)
    return len(text) if nl < 0 else nl


def _next_paragraph_opens_quote(text: str, i: int) -> int | None:
    """The offset of the opening mark that starts the paragraph after offset `i`, if it starts with one."""
    m = re.compile(r"\n\s*").match(text, i)
    if not m:
        return None
    j = m.end()
    return j if j < len(text) and _opening(text, j) else None


def _scan_close(text: str, i: int, inner: list[int], opener: str) -> tuple[int, int] | None:
    """The offset and width of the mark that closes a quotation opened by `opener` whose words start at `i`."""
    while i < len(text):
        if width := _closing(text, i, opener):
            return i, width
        if _opening(text, i):
            return None  # a new quotation opens before this one closed: the mark was stray
        if text[i] == "\n":
            nxt = _next_paragraph_opens_quote(text, i)
            if nxt is None:
                return None
            inner.append(nxt)
            i = nxt + _opening(text, nxt)
            continue
        i += 1
    return None


def quote_spans(text: str) -> list[Span]:
    """Every double-marked quotation of `text`, in order (or single-marked, on a page that sets its quotations
    so). A quotation whose closing mark is missing is kept only when it opens a paragraph: it then runs to that
    paragraph's end."""
    marked = _said_in_single_marks(_single_marks_as_double(text))
    spans: list[Span] = []
    i = 0
    while i < len(marked):
        if width := _opening(marked, i):
            inner: list[int] = []
            found = _scan_close(marked, i + width, inner, marked[i])
            if found is not None:
                close, close_width = found
                spans.append(Span(i + width, close, i, close + close_width, inner))
                i = close + close_width
                continue
            para_start = i == 0 or marked[i - 1] == "\n"
            if para_start and not inner:
                end = _paragraph_end(marked, i)
                spans.append(Span(i + width, end, i, end))
                i = end
                continue
        i += 1
    return [_trimmed(text, s) for s in spans if text[s.start:s.end].strip()]


_NEXT_OPENS_SINGLE = re.compile(r"\s*[‘'](?=\w)")
# A paragraph that opens with a quotation in single marks closed by its punctuation and said by someone ("‘The water
# came in the night,’ said Siti Aminah"), on a page that sets other quotations in double marks.
_SAID_IN_SINGLE = re.compile(r"(?m)^([‘'])(?=[A-Z])[^\n‘’'\"“”]{10,600}?[,.?!…]([’'])"
                             # The speaker may come with a role in small letters ("opposition leader Jane Doe",
                             # "the minister").
                             r"(?=\s+(?:(?:he|she|they|(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*"
                             r"(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+)?"
                             r"(?:said|says|told|added|asked|explained|warned)\b)")


def _single_marks_as_double(text: str) -> str:
    """The text with its single quotation marks read as double ones, offsets kept, where it sets speech in single
    marks (‘…,’ she said), as some British and Commonwealth papers do, and holds no double mark at all. A mark
    that opens a word opens; the next one after punctuation (‘...,’) or before it (‘unsafe’.) closes, which an
    apostrophe ("it’s", "the workers’ union") does not."""
    if ("‘" not in text and "'" not in text) or any(
            mark in text for mark in (*OPEN_MARKS, *CLOSE_MARKS, STRAIGHT, DOUBLED, DOUBLED_OPEN)):
        return text
    chars, opened = list(text), None
    for i, ch in enumerate(text):
        # Some sites set the marks as apostrophes ('...,' she said): one that opens a word opens.
        if ch in "‘'" and opened is None and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-") \
                and (ch == "‘" or text[i + 1: i + 2].isalnum()) \
                and not _line_at(text, i).isupper():  # a headline's words in marks ("WOMEN ‘GLASS IS HALF FULL’")
            opened = i
        elif ch in "’'" and opened is not None and _closes_single(text, i):
            chars[opened], chars[i], opened = "“", "”", None
        elif ch == "\n" and opened is not None:
            # Unclosed at the paragraph's end: a quotation that runs on when the next paragraph opens with a mark,
            # or one whose closing mark was dropped, when it opened its paragraph.
            if _NEXT_OPENS_SINGLE.match(text, i + 1) or opened == 0 or text[opened - 1] == "\n":
                chars[opened] = "“"
            opened = None
    return "".join(chars)


def _said_in_single_marks(text: str) -> str:
    """The text with a paragraph's opening quotation in single marks read as double, offsets kept, on a page that
    mixes the two (`_SAID_IN_SINGLE`); a page that sets all its speech in single marks is read already."""
    if "'" not in text and "‘" not in text:
        return text
    chars = list(text)
    for m in _SAID_IN_SINGLE.finditer(text):
        chars[m.start(1)], chars[m.start(2)] = "“", "”"
    return "".join(chars)


def _line_at(text: str, i: int) -> str:
    return text[text.rfind("\n", 0, i) + 1: _paragraph_end(text, i)]


def _closes_single(text: str, i: int) -> bool:
    """A mark after punctuation or before it closes; so does one between a word and a space ("‘deeply regrettable’
    but"), unless it may be a plural's possessive ("the workers’ union") and a mark further on in the paragraph
    closes plainly."""
    if _plainly_closes(text, i):
        return True
    if text[i + 1: i + 2] != " " or not text[i - 1].isalnum():
        return False
    if text[i - 1] not in "sS":
        return True
    end = _paragraph_end(text, i)
    return not any(text[k] in "’'" and _plainly_closes(text, k) for k in range(i + 1, end))


def _plainly_closes(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i + 1] if i + 1 < len(text) else "\n"
    if after.isalpha():
        return False
    return before in ",.!?…;:—–-" or (before.isalnum() and (after in ".,;:!?)—–\n"))


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, span.open, span.close, span.inner)


def embedded_posts(text: str) -> list[Span]:
    """Posts embedded from social networks: the paragraph before a signature line is the post, by the
    name the signature gives. Link trailers ("pic.twitter.com/...") are not part of the words."""
    posts = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, (s, e) in enumerate(paragraphs):
        m = POST_SIGNATURE.match(text[s:e])
        if not m or k == 0:
            continue
        ps, pe = paragraphs[k - 1]
        body = text[ps:pe]
        trailer = POST_TRAILER.search(body)
        while trailer:
            body = body[:trailer.start()]
            trailer = POST_TRAILER.search(body)
        pe = ps + len(body.rstrip())
        ps += len(body) - len(body.lstrip())
        if pe > ps:
            posts.append(Span(ps, pe, ps, pe, post_by=m.group("name").strip()))
    return posts


# A paragraph that opens with a dash sets a quotation in Nordic copy, with no marks: "– Vi har alla montörer ute,
# säger presschefen Karin Holm." Its words run to the comma before the few that say who spoke.
_DASHED = re.compile(r"^[–—][^\S\n]+(?=\S)", re.M)
_SAYER_WORDS = 10


def dashed_quotes(text: str) -> list[Span]:
    """The quotations that paragraphs opening with a dash set, in the copy of languages that mark them so."""
    spans = []
    for m in _DASHED.finditer(text):
        line_end = _paragraph_end(text, m.end())
        line = text[m.end():line_end]
        cut = line.rfind(", ")
        words = line[:cut] if cut > 0 and len(line[cut + 2:].split()) <= _SAYER_WORDS else line.rstrip(" .")
        spans.append(Span(m.end(), m.end() + len(words), m.start(), m.end() + len(words)))
    return spans


def signed_by(text: str, close: int) -> str | None:
    """The name that signs a quotation after its closing mark, alone on the rest of its line."""
    m = SIGNED.match(text, close)
    return m.group("name").rstrip(".") if m else None
