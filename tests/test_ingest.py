"""Readers on good and bad input: every file is a Page or a Rejection with a reason."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from newstrace.ingest import read_pages
from newstrace.ingest.readers import doc_id
from newstrace.models import Page, Rejection

SAMPLES = Path(__file__).parents[1] / "samples"
ARTICLE = "<html><body><article><h1>Harbour reopens</h1><p>" + "The harbour reopened on Monday. " * 20 + \
    "</p></article></body></html>"


def _read(*paths: Path, **kw: int) -> tuple[list[Page], list[Rejection]]:
    records = list(read_pages(paths, **kw))
    return [r for r in records if isinstance(r, Page)], [r for r in records if isinstance(r, Rejection)]


def test_ids_drop_every_extension() -> None:
    assert doc_id(Path("a/002_x.html.gz")) == "002_x"
    assert doc_id(Path("story.v2.txt")) == "story.v2"


def test_samples_folder_reads_text_html_and_gzip() -> None:
    pages, rejected = _read(SAMPLES)
    kinds = {p.id: p.kind for p in pages}
    assert not rejected
    assert kinds["meridian-ferry-strike"] == "html"
    assert kinds["relay-ferry-strike"] == "text"
    assert "Ferry crews" in next(p for p in pages if p.id == "meridian-ferry-strike").content


def test_bad_files_are_rejected_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(ARTICLE.encode())[:-30])
    (tmp_path / "notgzip.txt.gz").write_bytes(b"plain text, not gzip")
    (tmp_path / "notes.docx").write_text("not a page")
    pages, rejected = _read(tmp_path)
    reasons = {r.id: r.reason for r in rejected}
    assert not pages
    assert reasons["empty"] == "empty file"
    assert reasons["blank"] == "empty file"
    assert "binary" in reasons["binary"]
    assert "truncated gzip" in reasons["cut"]
    assert "not a valid gzip" in reasons["notgzip"]
    assert "unsupported file type" in reasons["notes.docx"]


def test_a_reader_service_s_markdown_is_a_text_dump(tmp_path: Path) -> None:
    (tmp_path / "port-strike.md").write_text(
        "Title: Port strike ends\n\nURL Source: https://www.harbour.example/news/port-strike-ends\n\n"
        "Markdown Content:\n" + ARTICLE)
    pages, rejected = _read(tmp_path)
    assert not rejected
    assert [(p.id, p.kind, p.url) for p in pages] == [
        ("port-strike", "text", "https://www.harbour.example/news/port-strike-ends")]


def test_oversized_file_is_rejected_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as out:
        out.write(ARTICLE.encode())
        out.seek(50 * 1024 * 1024)
        out.write(b"\n")
    pages, rejected = _read(big)
    assert not pages
    assert "over the 20 MB limit" in rejected[0].reason


def test_mis_encoded_page_is_decoded_by_detection(tmp_path: Path) -> None:
    text = "Le ministre a déclaré que la côte était fermée « jusqu'à nouvel ordre » à Sète. " * 5
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    pages, rejected = _read(tmp_path)
    assert not rejected
    assert "déclaré" in pages[0].content and "côte" in pages[0].content


@pytest.mark.parametrize(("text", "encoding"), [
    # Curly quotes and a dash in English copy: a detector left to every code page reads them as "æ", "Æ", "ñ"
    # (DOS cp850) or "í" (Mac Roman).
    ("Mali\u2019s junta earns praise \u2013 here\u2019s why. \u201cThe U.S. commends the armed forces,\u201d he "
     "said. The minister\u2019s \u2018security interests\u2019 were discussed on Tuesday. " * 4, "cp1252"),
    ("Se\u00f1or Jos\u00e9 Mu\u00f1oz told reporters at the caf\u00e9 in M\u00e1laga that Herr M\u00fcller\u2019s "
     "firm would reopen. " * 4, "cp1252"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b "
     "\u0436\u0443\u0440\u043d\u0430\u043b\u0438\u0441\u0442\u0430\u043c, \u0447\u0442\u043e "
     "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e"
     "\u043b\u0436\u0430\u0442\u0441\u044f. " * 4, "cp1251"),
    ("\u6771\u4eac\u3067\u958b\u304b\u308c\u305f\u4f1a\u8b70\u3067\u3001\u9996\u76f8\u306f\u6765\u9031"
     "\u3082\u4ea4\u6e09\u3092\u7d9a\u3051\u308b\u3068\u8ff0\u3079\u305f\u3002" * 3, "shift_jis"),
], ids=["english", "spanish-german", "russian", "japanese"])
def test_a_page_in_a_web_encoding_is_read_in_it(tmp_path: Path, text: str, encoding: str) -> None:
    (tmp_path / "page.txt").write_bytes(text.encode(encoding))
    pages, _ = _read(tmp_path)
    assert pages[0].content == text


def test_text_decoded_in_the_wrong_charset_once_is_repaired(tmp_path: Path) -> None:
    # A page saved after a wrong decoding: its UTF-8 bytes hold "JuliÃ¡n" for "Julián".
    text = "Mayor Julián Castro met François Hollande in São Paulo on ‘Monday’.\n"
    mangled = text.encode("utf-8").decode("cp1252")
    (tmp_path / "mangled.txt").write_text(mangled, encoding="utf-8")
    # An archive that stores letters decomposed: "Ã" as "A" and a combining tilde.
    (tmp_path / "decomposed.txt").write_text(unicodedata.normalize("NFD", mangled), encoding="utf-8")
    (tmp_path / "fine.txt").write_text("SÃO PAULO — A tilde on a capital stays: SÃO, Ã.\n", encoding="utf-8")
    pages, _ = _read(tmp_path)
    content = {p.id: p.content for p in pages}
    assert content["mangled"] == content["decomposed"] == text
    assert content["fine"] == "SÃO PAULO — A tilde on a capital stays: SÃO, Ã.\n"


def test_duplicate_ids_keep_the_first_and_report_the_second(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("First version of the story, long enough to read.")
    (tmp_path / "b" / "story.html").write_text(ARTICLE)
    pages, rejected = _read(tmp_path)
    assert [p.path for p in pages] == [str(tmp_path / "a" / "story.txt")]
    assert rejected[0].path == str(tmp_path / "b" / "story.html")
    assert "duplicate id" in rejected[0].reason


def test_jsonl_lines_become_pages_and_bad_lines_are_reported(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x1", "url": "https://example.org/x1", "html": ARTICLE}),
             "{not json", json.dumps({"id": "x2"}), json.dumps({"id": "x3", "text": "Plain text page."}),
             json.dumps({"id": 0, "text": "A numeric id, zero."}), json.dumps({"text": "No id: the line's."}),
             json.dumps({"id": "x7", "text": "Odd fields.", "url": 123, "fetched": ["2024"]}),
             json.dumps({"id": "x8", "text": "A URL that cannot be split.", "url": "http://[bad"}),
             json.dumps({"id": "x9", "text": "DataTrove's layout.", "metadata": {"url": "https://example.org/x9"}}),
             json.dumps({"id": "x10", "text": "Odd metadata.", "metadata": ["https://example.org/x10"]})]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines))
    pages, rejected = _read(tmp_path)
    assert [(p.id, p.kind) for p in pages] == [("x1", "html"), ("x3", "text"), ("0", "text"), ("crawl-6", "text"),
                                               ("x7", "text"), ("x8", "text"), ("x9", "text"), ("x10", "text")]
    assert [(p.url, p.fetched) for p in pages[-4:]] == [(None, None), (None, None), ("https://example.org/x9", None),
                                                       (None, None)]
    assert pages[0].url == "https://example.org/x1"
    assert {r.id for r in rejected} == {"crawl-2", "x2"}


NEWS_TEXT = ("The harbour at Port Alder reopened on Monday after a week of repairs to the sea wall, the port "
             "authority said, and the first ferries sailed at dawn.\n\n" + "Traders said trade would recover. " * 8)


def test_article_records_give_their_declared_headline_byline_and_date(tmp_path: Path) -> None:
    """A scraper's record of one article (news-please's JSON: "maintext", "title", "authors", "date_publish"), and a
    crawl's record of a page's text alone (DataTrove's, whose "date" is when it was crawled)."""
    from newstrace.extract import extract

    (tmp_path / "harbour.json").write_text(json.dumps({
        "title": "Port Alder harbour reopens", "authors": ["Jane Roe", "Ann Lee"],
        "date_publish": "2026-03-09 06:12:00", "date_download": "2026-03-12 10:00:00", "maintext": NEWS_TEXT,
        "url": "https://example.org/harbour"}))
    (tmp_path / "crawl.jsonl").write_text(json.dumps({
        "id": "c1", "text": NEWS_TEXT, "metadata": {"url": "https://example.org/c1", "date": "2026-03-12T02:11:09Z"}}))
    (tmp_path / "several.json").write_text(json.dumps([{"text": NEWS_TEXT}, "not a record", {"title": "No text"}]))
    (tmp_path / "broken.json").write_text('{"title": "Cut off')
    pages, rejected = _read(tmp_path)
    articles = {p.id: extract(p) for p in pages}
    harbour = articles["harbour"]
    assert (harbour.title, harbour.authors, harbour.published, harbour.url) == (
        "Port Alder harbour reopens", ["Jane Roe", "Ann Lee"], "2026-03-09", "https://example.org/harbour")
    crawled = articles["c1"]
    # A text that opens with its story has no headline to give, and the crawl's date is no publication date.
    assert (crawled.title, crawled.published) == (None, None)
    assert crawled.body[0].startswith("The harbour at Port Alder reopened")
    assert set(articles) == {"harbour", "c1", "several-1"}
    assert {(r.id, r.reason.partition(":")[0]) for r in rejected} == {
        ("several-2", "record 2 is not a JSON object"), ("several-3", "record has no 'html' or 'text' field"),
        ("broken", "not valid JSON")}


def test_a_crawl_shard_is_read_line_by_line_with_the_size_limit_per_page(tmp_path: Path) -> None:
    """A shard of many pages is larger than one page may be; a gzip stream cut short keeps what came before."""
    def shard(prefix: str) -> bytes:
        return "\n".join(json.dumps({"id": f"{prefix}{i}", "text": NEWS_TEXT}) for i in range(40)).encode()

    records = shard("p")
    (tmp_path / "shard.jsonl.gz").write_bytes(gzip.compress(records))
    packed = gzip.compress(shard("q"))
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[:-30])  # its last bytes lost
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "plain.jsonl.gz").write_text(json.dumps({"id": "plain", "text": NEWS_TEXT}))  # named gzip, not one
    (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": "word " * 2000}))
    pages, rejected = _read(tmp_path, max_bytes=len(records) // 4)
    whole = [p for p in pages if p.path.startswith(str(tmp_path / "shard"))]
    cut = [p for p in pages if p.path.startswith(str(tmp_path / "cut"))]
    assert len(whole) == 40 and 0 < len(cut) < 40
    reasons = {r.id: r.reason for r in rejected}
    assert reasons["empty"] == "empty file"
    assert reasons["big-1"] == "record is over the size limit for one page"
    assert any(reason.startswith("truncated gzip file") for reason in reasons.values())
    assert reasons["plain-1"].startswith("not a valid gzip file")


def test_warc_response_records_become_pages(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, ctype, body in [
            ("https://example.org/a", "200 OK", "text/html; charset=utf-8", ARTICLE.encode()),
            ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            # An error page carries text, as an article does; a redirect says where the page went.
            ("https://example.org/gone", "404 Not Found", "text/html", ARTICLE.encode()),
            ("https://example.org/old", "301 Moved Permanently", "text/html", b"<p>Moved</p>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))
        # A deduplicating crawler's second capture of an unchanged page; a request record is no capture.
        writer.write_record(writer.create_revisit_record("https://example.org/a?utm=x", "sha1:AAAA",
                                                         "https://example.org/a", "2025-03-04T10:15:00Z"))
        writer.write_record(writer.create_warc_record("https://example.org/a", "request",
                                                      payload=BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
    pages, rejected = _read(path)
    assert [p.url for p in pages] == ["https://example.org/a"]
    assert pages[0].fetched and pages[0].kind == "html"
    assert [r.reason for r in rejected] == [
        "not a page: content type image/png (https://example.org/logo.png)",
        "HTTP status 404, not a page (https://example.org/gone)",
        "HTTP status 301, not a page (https://example.org/old)",
        "a revisit record: the same content as https://example.org/a (https://example.org/a?utm=x)"]


def _mhtml(parts: str) -> bytes:
    """An archive in the shape a browser saves ("Webpage, Single File"): headers, then MIME parts."""
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/harbour\r\n"
            "Subject: Harbour reopens\r\nDate: Tue, 04 Mar 2025 10:15:00 GMT\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B----"\r\n\r\n\r\n'
            f"{parts}------B------\r\n").encode("latin-1")


def test_a_page_saved_as_mhtml_is_its_html_part(tmp_path: Path) -> None:
    html = ARTICLE.replace("Harbour", "Har=\r\nbour").replace("reopened", "r=E9opened")  # quoted-printable, Latin-1
    (tmp_path / "saved.mhtml").write_bytes(_mhtml(
        "------B----\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable"
        f"\r\nContent-Location: https://example.org/harbour?src=rss\r\n\r\n{html}\r\n"
        "------B----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"))
    (tmp_path / "styles.mht").write_bytes(_mhtml(
        "------B----\r\nContent-Type: text/css\r\n\r\nbody { color: red }\r\n"))
    pages, rejected = _read(tmp_path)
    assert [(p.id, p.kind, p.url, p.fetched) for p in pages] == [
        ("saved", "html", "https://example.org/harbour?src=rss", "2025-03-04T10:15:00+00:00")]
    assert "<h1>Harbour reopens</h1>" in pages[0].content and "The harbour réopened" in pages[0].content
    assert [(r.id, r.reason) for r in rejected] == [("styles", "not a page: the MHTML archive holds no HTML part")]


def test_a_mended_warc_url_is_warned_of_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from io import BytesIO

    from warcio.warcwriter import WARCWriter

    path = tmp_path / "spaced.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warc_record("https://example.org/a b", "response",
                                                      payload=BytesIO(b"HTTP/1.1 200 OK\r\n\r\nhi")))
    for _ in range(2):  # as a run reads its inputs
        _read(path)
    warned = [r.getMessage() for r in caplog.records]
    assert warned == ["Replacing spaces in invalid WARC-Target-URI: https://example.org/a b"]


def test_truncated_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + b"x" * 500)[:-40])
    pages, rejected = _read(path)
    assert not pages
    assert rejected and "WARC" in rejected[0].reason


@pytest.mark.parametrize("name", ["missing.txt"])
def test_unreadable_named_file_is_reported(tmp_path: Path, name: str) -> None:
    pages, rejected = _read(tmp_path / name)
    assert not pages and "cannot read" in rejected[0].reason
