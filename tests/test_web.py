"""The web app: views, JSON API, search, 404s, security headers and escaping (Starlette TestClient)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstrace.models import Annotations, Article, Document, Links
from newstrace.outputs import views
from newstrace.store import Store
from newstrace.store.search import fragments, fts_query, index, search

with warnings.catch_warnings():  # starlette's TestClient announces a move to httpx2; behaviour is the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newstrace.outputs.web import CSP, create_app


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path)) as c:
        yield c


@pytest.mark.parametrize("url", ["/", "/story/1", "/story/2", "/document/copy", "/document/hostile",
                                 "/search?q=fleet", "/docs"])
def test_html_views_answer_with_the_security_headers(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script[^>]*>", r.text)
    assert scripts and all(re.fullmatch(r'<script src="/static/[\w.-]+\.js">', s) for s in scripts)


def test_csp_forbids_inline_and_foreign_scripts() -> None:
    policy = dict(part.strip().split(" ", 1) for part in CSP.split(";"))
    assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
    assert "unsafe" not in CSP


def test_overview_lists_stories_pages_and_rejections(client: TestClient) -> None:
    html = client.get("/").text
    assert html.count('class="story-row"') == 2 and html.count('class="doc-row') == 6
    assert "no article text found" in html
    data = client.get("/api/overview").json()
    assert data["counts"] == {"documents": 6, "stories": 2, "derivations": 2, "quotes": 2, "entities": 3,
                              "rejected": 1, "undated": 1, "recirculated": 1}
    assert [f["kind"] for f in data["findings"]] == ["origin", "recirculated", "undated"]
    assert [d["id"] for d in data["findings"][0]["docs"]] == ["wire", "rewrite"]


def test_story_api_carries_graph_quotes_and_entities(client: TestClient) -> None:
    data = client.get("/api/stories/2").json()
    assert [d["id"] for d in data["documents"]] == ["gazette", "copy", "hostile"]
    assert [(e["source"], e["derived"], e["kind"]) for e in data["graph"]["edges"]] == [
        ("gazette", "copy", "republication")]
    (quote,) = data["quotes"]
    assert quote["speaker"] == "Tom Berg" and quote["first"]["id"] == "gazette"
    assert [r["id"] for r in quote["reuses"]] == ["copy"]
    assert [e["name"] for e in data["entities"]] == ["Tom Berg"]
    html = client.get("/story/2").text
    assert '<path class="edge kind-republication"' in html and "marker-end=" in html


def test_document_view_highlights_and_links_reused_passages(client: TestClient) -> None:
    html = client.get("/document/copy").text
    assert re.search(r'<mark class="copied" id="copy-d0"><a href="/document/gazette#gazette-p0"', html)
    assert 'id="gazette-p0"' in client.get("/document/gazette").text
    assert '<details class="raw">' in html and "FOOTER &lt;script&gt;alert(3)&lt;/script&gt;" in html
    data = client.get("/api/documents/copy").json()
    assert data["copied_from"][0]["source"]["id"] == "gazette" and data["copied_from"][0]["credit"] is None
    assert data["raw"].startswith("MENU | Home")


def test_an_entity_lists_a_few_pages_and_links_the_rest(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # A name on every page of a large corpus would list every page in every document's table.
    monkeypatch.setattr(views, "ENTITY_PAGES", 1)
    html = client.get("/document/wire").text
    row = next(r for r in re.findall(r'<tr class="entity-row">.*?</tr>', html, re.S) if "Ana Ruiz" in r)
    assert row.count('href="/document/') == 1
    assert 'and <a href="/search?entity=Ana%20Ruiz">1 more</a>' in row
    assert client.get("/search?entity=Ana%20Ruiz").status_code == 200


def test_raw_page_is_plain_text(client: TestClient) -> None:
    r = client.get("/api/documents/hostile/raw")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert "<script>alert(2)</script>" in r.text and r.headers["x-content-type-options"] == "nosniff"


def test_hostile_page_renders_as_text(client: TestClient) -> None:
    for url in ("/document/hostile", "/story/2", "/", "/search?q=harbour"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img" not in html and "<b>evil" not in html
        assert not re.search(r"\son\w+=", html.replace("onerror=alert(1)&gt;", ""))
        assert 'href="javascript:' not in html
    html = client.get("/document/hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Harbour &lt;img src=x onerror=alert(1)&gt; closes" in html
    undated = client.get("/document/undated").text
    assert "javascript:alert(1)" in undated and 'href="javascript' not in undated  # shown, never linked


def test_outlet_view(client: TestClient) -> None:
    overview = client.get("/api/overview").json()
    key = next(d["outlet_key"] for d in overview["documents"] if d["outlet"] == "mirror.example")
    data = client.get(f"/api/outlets/{key}").json()
    assert (data["derived"], data["uncredited"], data["republications"]) == (1, 1, 1)
    assert "Its one page that carries another outlet’s text gives no credit." in client.get(f"/outlet/{key}").text


@pytest.mark.parametrize("url", [
    "/story/0", "/story/3", "/story/x", "/document/nope", "/document/..%2F..%2Fetc%2Fpasswd",
    "/document/../../etc/passwd", "/document/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/outlet/..%2Fviews.py",
    "/static/..%2Fviews.py", "/static/../views.py", "/static/%2e%2e/web.py", "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/documents/nope/raw", "/api/stories/99", "/api/outlets/nope", "/etc/passwd",
])
def test_unknown_ids_and_paths_are_not_found(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text and "def " not in r.text
    assert r.headers["content-security-policy"] == CSP


def test_a_malformed_id_is_a_page_not_found_and_the_apis_validation_error(client: TestClient) -> None:
    page = client.get("/story/x")
    assert page.status_code == 404 and "<title>Nothing here" in page.text
    api = client.get("/api/stories/x")
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["path", "story_id"]


def test_search_finds_quotations_by_words_speaker_and_entity(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "fleet needs help"}).json()
    (quote,) = data["quotes"]
    assert quote["speaker"] == "Tom Berg" and [d["id"] for d in quote["docs"]] == ["gazette", "copy"]
    assert "".join(f["text"] for f in quote["text"] if f["hit"]) == "fleetneedshelp"
    assert {d["doc"]["id"] for d in data["documents"]} == {"gazette", "copy"}
    by_speaker = client.get("/api/search", params={"speaker": "ruiz"}).json()
    assert [q["speaker"] for q in by_speaker["quotes"]] == ["Ana Ruiz"]
    by_entity = client.get("/api/search", params={"entity": "harbourtown"}).json()
    assert [e["name"] for e in by_entity["entities"]] == ["Harbourtown"]
    assert [d["doc"]["id"] for d in by_entity["documents"]] == ["wire"]
    html = client.get("/search", params={"q": "fleet needs"}).text
    assert "<mark>fleet</mark>" in html and 'href="/document/copy#copy-q' in html


@pytest.mark.parametrize("q", ['"', 'AND (', "NEAR(a b", "x:y", "*", "-", "harb", '"piers are', "^", "é"])
def test_any_search_text_is_searched_as_text(client: TestClient, q: str) -> None:
    assert client.get("/search", params={"q": q, "speaker": q, "entity": q}).status_code == 200
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('Mr. "piers are safe" AND x:y') == '"Mr" "piers are safe" "AND" "x y" *'
    assert fts_query('say "well done"') == '"say" "well done"'
    assert fts_query("  ,;  ") is None
    assert [(f.text, f.hit) for f in fragments("a \x02b\x03 c")] == [("a ", False), ("b", True), (" c", False)]


def test_index_is_rebuilt_from_the_store(store_path: Path) -> None:
    store = Store(store_path)
    try:
        index(store)
        index(store)  # idempotent: a second build replaces the first
        assert {h.doc_id for h in search(store, "fishing fleet").documents} == {"gazette", "copy"}
        (hit,) = search(store, "piers").quotes
        texts = {d.article.id: d.article.text for d in store.documents()}
        assert sorted(hit.places) == sorted((i, texts[i].index("We will reopen")) for i in ("rewrite", "wire"))
    finally:
        store.close()


def test_api_is_described(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/overview", "/api/stories/{story_id}", "/api/documents/{doc_id}", "/api/outlets/{key}",
            "/api/search"} <= set(spec["paths"])
    assert "/document/{doc_id}" not in spec["paths"]
    docs = client.get("/docs").text
    assert "/static/swagger-ui-bundle.js" in docs and "http" not in docs.replace("http-equiv", "")
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("doc_id", ["feed/42", "a b?c#d", "../x", "50% off", "raw"])
def test_any_document_id_has_a_working_page(tmp_path: Path, doc_id: str) -> None:
    store = Store(tmp_path / "ids.db")
    doc = Document(Article(id=doc_id, path="feed.jsonl:1", title="Odd id", body=["Some text."],
                           captions=["Divers <b>at</b> the lock"], credits=["First ran in <i>The Lock</i>."]),
                   Annotations(doc_id))
    store.save_document(doc, digest="d", raw="raw text")
    store.save_links(Links(stories=[[doc_id]]))
    store.close()
    with TestClient(create_app(tmp_path / "ids.db")) as client:
        (href,) = set(re.findall(r'href="(/document/[^"]+)"', client.get("/").text))
        page = client.get(href).text
        assert "<h1>Odd id</h1>" in page and "<dd>Divers &lt;b&gt;at&lt;/b&gt; the lock</dd>" in page
        assert "<dd>First ran in &lt;i&gt;The Lock&lt;/i&gt;.</dd>" in page  # the page's credit note, escaped
        api = href.replace("/document/", "/api/documents/", 1)
        assert client.get(api).json()["doc"]["id"] == doc_id
        assert client.get(api + "/raw").text == "raw text"


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no store at"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_a_document_shows_the_time_of_day_it_was_published(client: TestClient) -> None:
    assert "2025-11-04 06:12 (UTC+00:00)" in client.get("/document/wire").text
    assert client.get("/api/documents/wire").json()["doc"]["published_at"] == "2025-11-04T06:12+00:00"
