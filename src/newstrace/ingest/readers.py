from __future__ import annotations

import email
import email.utils
import gzip
import json
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import ftfy
from charset_normalizer import from_bytes

from newstrace.models import Page, PageKind, Rejection

DEFAULT_MAX_BYTES = 20_000_000

_TEXT_EXT = {".txt", ".text", ".md", ".markdown"}  # a reader service's Markdown is a text dump too
_HTML_EXT = {".html", ".htm", ".xhtml"}
_WARC_EXT = {".warc", ".arc"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_JSON_EXT = {".json"}
_MHTML_EXT = {".mhtml", ".mht"}
_KNOWN = _TEXT_EXT | _HTML_EXT | _WARC_EXT | _JSONL_EXT | _JSON_EXT | _MHTML_EXT
# A record's article text, as crawlers and news scrapers name it (news-please: "maintext").
_TEXT_KEYS = ("text", "content", "maintext")
# A record's publication date. Not "date": DataTrove's and FineWeb's "date" is when the page was crawled.
_PUBLISHED_KEYS = ("date_publish", "published", "publish_date", "date_published", "datePublished", "pubDate")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.I)
# The encodings a browser reads (the WHATWG Encoding Standard), which pages are saved in. A detector left to all
# code pages ranks DOS ones first for some Western text (cp850 reads a curly quote as "æ") and a Korean one for
# Japanese.
_WEB_ENCODINGS = ["utf_8", "utf_16", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
                  "cp1258", "cp874", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7",
                  "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r",
                  "koi8_u", "cp866", "mac_roman", "mac_cyrillic", "gb18030", "big5", "euc_jp", "iso2022_jp",
                  "shift_jis", "euc_kr"]
_CHAOS_MARGIN = 0.01  # the detector's mess score: a curly quote read as a letter costs about 0.001


class _Once(logging.Filter):
    """Passes each message once. A run reads its inputs twice (`engines.run`), and warcio warns of every URL
    it mends as it reads: the second warning tells the user nothing new."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message in self._seen:
            return False
        self._seen.add(message)
        return True


logging.getLogger("warcio.recordloader").addFilter(_Once())


class PageError(Exception):
    """A page that cannot be read; the message is the reason shown to the user."""


def read_pages(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page | Rejection]:
    """Yield one `Page` or `Rejection` per page found under `paths` (files or folders, recursively).

    Ids are file names without their extensions; a second page with an id already seen is rejected
    rather than overwriting the first."""
    seen: dict[str, str] = {}
    for file, named in _files(paths):
        for record in map(_sound, _records(file, named, max_bytes)):
            if isinstance(record, Page) and record.id in seen:
                yield Rejection(record.id, record.path, f"duplicate id: {seen[record.id]} has the same id")
                continue
            if isinstance(record, Page):
                seen[record.id] = record.path
            yield record


def _records(file: Path, named: bool, max_bytes: int) -> Iterator[Page | Rejection]:
    if not named and _inner_ext(file) not in _KNOWN:
        yield Rejection(doc_id(file), str(file), f"not a page: unsupported file type {_type_name(file)!r} "
                        "(reads .txt, .md, .html, .htm, .mhtml, .warc, .jsonl, .json, each optionally .gz)")
    else:
        yield from _read_file(file, max_bytes)


def _sound(record: Page | Rejection) -> Page | Rejection:
    """The record as the store, the JSON and the later stages can take it. Text UTF-8 cannot hold (a file
    name's undecodable bytes, JSON's unpaired surrogate escapes such as "\\ud800") comes out as backslash
    escapes in names and reasons, and as U+FFFD in a page's text; a URL that cannot be split
    ("http://[bad") is dropped, as a page without one."""
    if isinstance(record, Rejection):
        return Rejection(_printable(record.id), _printable(record.path), _printable(record.reason))
    return replace(record, id=_printable(record.id), path=_printable(record.path), url=_splittable(record.url),
                   fetched=record.fetched and _printable(record.fetched),
                   content=_SURROGATE.sub("\ufffd", record.content))


def _splittable(url: str | None) -> str | None:
    if not url:
        return None
    try:
        urlsplit(url)
    except ValueError:
        return None
    return _printable(url)


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if _SURROGATE.search(text) else text


def doc_id(path: Path) -> str:
    """The file name without any of its extensions: `a.html.gz` -> `a`."""
    name = path.name
    while True:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or ("." + ext.lower()) not in _KNOWN | {".gz"}:
            return name
        name = stem


def _files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Each file with whether the user named it; files found in folders must have a page extension."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and not file.name.startswith("."):
                    yield file, False
        else:
            yield path, True


def _read_file(path: Path, max_bytes: int) -> Iterator[Page | Rejection]:
    pid = doc_id(path)
    try:
        kind_ext = _inner_ext(path)
        if kind_ext in _WARC_EXT or path.name.lower().endswith((".warc.gz", ".arc.gz")):
            yield from _read_warc(path, pid, max_bytes)
            return
        if kind_ext in _JSONL_EXT:
            yield from _read_jsonl(path, max_bytes)
            return
        data = _load_bytes(path, max_bytes)
        if kind_ext in _JSON_EXT:
            yield from _read_json(path, data, max_bytes)
            return
        if kind_ext in _MHTML_EXT:
            yield _mhtml_page(pid, str(path), data)
            return
        yield _page(pid, str(path), data, _kind(kind_ext, data))
    except PageError as err:
        yield Rejection(pid, str(path), str(err))
    except OSError as err:
        yield Rejection(pid, str(path), f"cannot read file: {err.strerror or err}")


def _type_name(path: Path) -> str:
    return "".join(path.suffixes[-2:]) or path.name


def _inner_ext(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _load_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise PageError("empty file")
    if size > max_bytes:
        raise PageError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one page")
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, max_bytes)
    return data


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise PageError(f"not a valid gzip file: {err}") from err
    if len(out) > max_bytes:
        raise PageError(f"decompressed page is over the {max_bytes / 1e6:.0f} MB limit for one page")
    if not decomp.eof:
        raise PageError("truncated gzip file: the compressed stream ends early")
    return out


def _kind(ext: str, data: bytes) -> PageKind:
    if ext in _HTML_EXT:
        return "html"
    if ext in _TEXT_EXT:
        return "text"
    return "html" if _HTML_SNIFF.match(data[:2048]) else "text"


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: a declared charset or UTF-8 when they fit, else charset detection."""
    if not data.strip():
        raise PageError("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PageError("binary content, not a text or HTML page")
    for enc in filter(None, (declared, "utf-8")):
        try:
            return _unmangled(data.decode(enc)), enc
        except (UnicodeDecodeError, LookupError):
            continue
    encoding = _detected(data[:200_000])
    if encoding is None:
        raise PageError("binary content, not a text or HTML page")
    return _unmangled(data.decode(encoding, errors="replace")), encoding


def _detected(data: bytes) -> str | None:
    """The web encoding the bytes most likely are. Western text reads alike, or nearly so, in several single-byte
    code pages, and the detector may rank a Mac or Central European one first (a curly quote read as "í"):
    windows-1252, the web's most used, wins when it reads the bytes as cleanly as the best."""
    results = from_bytes(data, cp_isolation=_WEB_ENCODINGS)
    if not results:
        return None
    cleanest = min(m.chaos for m in results)
    if any("cp1252" in m.could_be_from_charset and m.chaos <= cleanest + _CHAOS_MARGIN for m in results):
        return "cp1252"
    best = results.best()
    return best.encoding if best is not None else None


def _unmangled(text: str) -> str:
    """Text once decoded in the wrong charset and saved again ("JuliÃ¡n" for "Julián", "â€œ" for "“"), as
    copy-pasted and archived pages often are, repaired by ftfy where its marks are present. Letters are
    composed first (NFC): archives that store decomposed letters ("A" and a combining tilde) hide the marks,
    and names spelled either way are one name."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return ftfy.fix_encoding(text) if "Ã" in text or "â€" in text or "Â" in text else text


# The address a reader service writes over the page's text ("Title: ..." / "URL Source: https://...").
_SOURCE_HEADER = re.compile(r"^URL Source:\s*(https?://\S+)\s*$", re.MULTILINE)
_HEADER_CHARS = 2000


def _page(pid: str, path: str, data: bytes, kind: PageKind, url: str | None = None,
          fetched: str | None = None, declared: str | None = None) -> Page:
    text, enc = decode(data, declared)
    if not text.strip():
        raise PageError("empty page")
    if kind == "text" and url is None and (header := _SOURCE_HEADER.search(text, 0, _HEADER_CHARS)):
        url = _splittable(header.group(1))
    return Page(id=pid, path=path, kind=kind, content=text, url=url, fetched=fetched, encoding=enc)


def _mhtml_page(pid: str, path: str, data: bytes) -> Page:
    """The page a browser saved as one file ("Webpage, Single File"): the archive's first HTML part, with the
    address it was saved from and the time it was saved."""
    archive = email.message_from_bytes(data)
    part = next((p for p in archive.walk() if p.get_content_type() == "text/html"), None)
    if part is None or not isinstance(payload := part.get_payload(decode=True), bytes):
        raise PageError("not a page: the MHTML archive holds no HTML part")
    url = part.get("Content-Location") or archive.get("Snapshot-Content-Location")
    return _page(pid, path, payload, "html", url=url, fetched=_saved_at(archive.get("Date")),
                 declared=part.get_content_charset())


def _saved_at(header: str | None) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(header).isoformat() if header else None
    except (TypeError, ValueError):
        return None


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Page | Rejection]:
    """One page a line, read line by line: a crawl's shard holds thousands of pages, and the size limit is each
    page's, not the file's. A gzip stream that ends early keeps the pages read before its end."""
    if path.stat().st_size == 0:
        raise PageError("empty file")
    n = 0
    try:
        with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as stream:
            for n, raw in enumerate(stream, 1):
                if raw.strip():
                    yield _record_line(path, n, raw, max_bytes)
    except EOFError as err:
        yield Rejection(f"{doc_id(path)}-{n + 1}", f"{path}:{n + 1}",
                        f"truncated gzip file: the compressed stream ends after line {n} ({err})")
    except (zlib.error, gzip.BadGzipFile) as err:
        yield Rejection(f"{doc_id(path)}-{n + 1}", f"{path}:{n + 1}", f"not a valid gzip file after line {n}: {err}")


def _record_line(path: Path, n: int, raw: bytes, max_bytes: int) -> Page | Rejection:
    where = f"{path}:{n}"
    if len(raw) > max_bytes:
        return Rejection(f"{doc_id(path)}-{n}", where, "record is over the size limit for one page")
    try:
        obj = json.loads(_line_text(raw))
    except (ValueError, PageError) as err:
        return Rejection(f"{doc_id(path)}-{n}", where, f"line {n} is not valid JSON: {err}")
    return _record_page(obj, f"{doc_id(path)}-{n}", where, f"line {n}", max_bytes)


def _line_text(raw: bytes) -> str:
    """A JSON line's text: UTF-8 as JSON is written, else the charset its bytes show."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode(raw)[0]


def _read_json(path: Path, data: bytes, max_bytes: int) -> Iterator[Page | Rejection]:
    """A JSON file of one article record (as news-please writes them) or a list of them."""
    try:
        obj = json.loads(decode(data)[0])
    except ValueError as err:
        yield Rejection(doc_id(path), str(path), f"not valid JSON: {err}")
        return
    if not isinstance(obj, list):
        yield _record_page(obj, doc_id(path), str(path), "the file", max_bytes)
        return
    for n, item in enumerate(obj, 1):
        yield _record_page(item, f"{doc_id(path)}-{n}", f"{path}:{n}", f"record {n}", max_bytes)


def _record_page(obj: object, default_id: str, where: str, what: str, max_bytes: int) -> Page | Rejection:
    """One record's page: its HTML, or its text under the title, authors and publication date it declares."""
    if not isinstance(obj, dict):
        return Rejection(default_id, where, f"{what} is not a JSON object")
    pid = str(obj["id"]) if obj.get("id") not in (None, "") else default_id
    html = obj.get("html")
    txt = next((value for key in _TEXT_KEYS if isinstance(value := obj.get(key), str) and value.strip()), None)
    body = html if isinstance(html, str) and html.strip() else txt
    if body is None:
        return Rejection(pid, where, "record has no 'html' or 'text' field")
    if len(body) > max_bytes:
        return Rejection(pid, where, "record is over the size limit for one page")
    kind: PageKind = "html" if body is html else "text"
    # DataTrove's documents keep the URL under "metadata".
    meta = metadata if isinstance(metadata := obj.get("metadata"), dict) else {}
    content = body if kind == "html" else _declared_dump(obj, body)
    return Page(pid, where, kind, content, url=_text_field(obj, "url") or _text_field(meta, "url"),
                fetched=_text_field(obj, "fetched"), encoding="utf-8")


def _declared_dump(obj: dict[str, object], text: str) -> str:
    """A record's text with what the record declares of it set above, as a page shows them: the headline, the
    byline, the publication date. The extractor reads them there as it reads any page's."""
    authors = obj.get("authors", obj.get("author"))
    names = [a for a in (authors if isinstance(authors, list) else [authors]) if isinstance(a, str) and a.strip()]
    published = next((value for key in _PUBLISHED_KEYS if (value := _text_field(obj, key))), None)
    head = [line for line in (_text_field(obj, "title"), names and "By " + " and ".join(names), published) if line]
    return "\n\n".join([*head, text]) if head else text


def _text_field(obj: dict[str, object], key: str) -> str | None:
    """An optional field that must be text; a number or a list there is no URL or time to read."""
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _read_warc(path: Path, base: str, max_bytes: int) -> Iterator[Page | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type not in ("response", "revisit"):
                    continue  # requests, metadata and the crawl's own information: no captures of a page
                url = record.rec_headers.get_header("WARC-Target-URI")
                where, pid = f"{path}#{n}", f"{base}-{n}"
                if record.rec_type == "revisit":
                    # A deduplicating crawler stores a page it has seen unchanged once, and a revisit each time after.
                    earlier = record.rec_headers.get_header("WARC-Refers-To-Target-URI") or "an earlier capture"
                    yield Rejection(pid, where, f"a revisit record: the same content as {earlier} ({url})")
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else None
                if status and not status.startswith("2"):
                    # A redirect, an error page ("404 Not Found") or a "304 Not Modified": no article of the site.
                    yield Rejection(pid, where, f"HTTP status {status}, not a page ({url})")
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype and "text" not in ctype:
                    yield Rejection(pid, where, f"not a page: content type {ctype or 'unknown'} ({url})")
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield Rejection(pid, where, f"record is over the size limit for one page ({url})")
                    continue
                charset = re.search(r"charset=([\w-]+)", ctype)
                try:
                    yield _page(pid, where, data, "html" if "html" in ctype else "text", url=url,
                                fetched=record.rec_headers.get_header("WARC-Date"),
                                declared=charset.group(1) if charset else None)
                except PageError as err:
                    yield Rejection(pid, where, f"{err} ({url})")
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Rejection(base, str(path), f"WARC file is damaged or truncated: {err}")
