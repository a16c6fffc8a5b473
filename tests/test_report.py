"""The self-contained report: one file, every view, page text rendered as text, links that resolve."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newstrace.models import Analysis, Derivation, Evidence, Links
from newstrace.outputs import report as report_module
from newstrace.outputs import views
from newstrace.outputs.report import MAX_RAW_CHARS, render_report, write_report


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <script> and <style> elements."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.inline else None
        if self._in:
            self.inline[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.inline[self._in][-1] += data

    def ids(self) -> set[str]:
        return {i for _, a in self.tags if (i := a.get("id"))}

    def attr_values(self, name: str) -> list[str]:
        return [v for _, a in self.tags if (v := a.get(name)) is not None]


@pytest.fixture
def report(analysis: Analysis, tmp_path: Path) -> str:
    path = write_report(analysis, tmp_path / "out" / "report.html", raw_page=lambda i: f"<p>raw page of {i}</p>")
    return path.read_text(encoding="utf-8")


def test_report_loads_nothing_from_outside(report: str) -> None:
    tags = Tags(report)
    assert not [t for t, a in tags.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert all(a.get("src") is None for t, a in tags.tags if t == "script")
    external = [v for v in tags.attr_values("href") + tags.attr_values("src") if not v.startswith("#")]
    assert external == ["https://wire.example/storm"]  # the page's own URL, shown as its metadata


def test_csp_allows_exactly_the_inline_style_and_script(report: str) -> None:
    tags = Tags(report)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp
    for kind in ("style", "script"):
        (body,) = tags.inline[kind]
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp


def test_every_view_has_a_section_and_every_link_resolves(report: str, analysis: Analysis) -> None:
    tags = Tags(report)
    ids = tags.ids()
    corpus = views.Corpus(analysis)
    assert {"overview", "search", "story-1", "story-2"} <= ids
    assert {f"doc-{k}" for k in corpus.keys.values()} <= ids
    assert {f"outlet-{k}" for k in corpus.outlets} <= ids
    fragments = {v[1:] for v in tags.attr_values("href") if v.startswith("#")}
    assert fragments - ids == set()


def test_an_entity_lists_a_few_pages_and_links_the_rest(analysis: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    # The rest are in the report's list of entities, where each lists all its pages.
    monkeypatch.setattr(views, "ENTITY_PAGES", 1)
    html = render_report(analysis)
    rows = [r for r in re.findall(r'<tr class="entity-row">.*?</tr>', html, re.S) if "Ana Ruiz" in r]
    links = {m for r in rows for m in re.findall(r'and <a href="#([\w-]+)">1 more</a>', r)}
    assert rows and all(r.count('href="#doc-') == 1 for r in rows) and len(links) == 1
    entry = re.search(rf'<li class="search-item entity-item" id="{links.pop()}">(.*?)</li>', html, re.S)
    assert entry and entry.group(1).startswith("Ana Ruiz") and entry.group(1).count('href="#doc-') == 2


def test_page_markup_is_shown_as_text(report: str) -> None:
    tags = Tags(report)
    assert len(tags.inline["script"]) == 1
    assert not [a for _, a in tags.tags if any(k.startswith("on") for k in a)]
    assert not [v for v in tags.attr_values("href") if v.strip().lower().startswith("javascript:")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Harbour &lt;img src=x onerror=alert(1)&gt; closes" in report
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;click&lt;/a&gt;" in report
    assert "&lt;b&gt;evil&lt;/b&gt;.example" in report


def test_findings_say_whose_text_each_page_carries(report: str) -> None:
    text = re.sub(r"<[^>]+>", " ", report)
    text = re.sub(r"\s+", " ", text)
    assert "2 pages carry Wire’s story, 1 of them a rewrite wire.example wire original daily.example rewrite" in text
    assert "Gazette’s text under another name mirror.example republication" in text
    assert "no publication date blog.example" in text


def test_reused_passages_link_to_their_source_passage(report: str, analysis: Analysis) -> None:
    copy_section = report[report.index('id="doc-copy"'):report.index('id="doc-undated"')]
    marks = re.findall(r'<mark class="copied" id="copy-d(\d+)"><a href="#gazette-p(\d+)"', copy_section)
    copy, gazette = analysis.documents[3], analysis.documents[2]
    passages = analysis.links.derivations[1].evidence.passages
    assert [(int(d), int(s)) for d, s in marks] == [(p.derived_start, p.source_start) for p in passages]
    assert copy.article.id == "copy" and gazette.article.id == "gazette"
    gazette_section = report[report.index('id="doc-gazette"'):]
    assert '<mark class="source" id="gazette-p0"><a href="#copy-d0"' in gazette_section


def test_raw_page_is_folded_away_and_clipped(analysis: Analysis) -> None:
    html = render_report(analysis, raw_page=lambda i: "x" * (MAX_RAW_CHARS + 10) if i == "wire" else "<i>raw</i>")
    folded = r'<details class="raw"><summary>[^<]*</summary><pre>&lt;i&gt;raw&lt;/i&gt;</pre></details>'
    assert re.search(folded, html)
    assert "[… 10 more characters in the store]" in html
    assert "<details" not in render_report(analysis)


def test_raw_pages_share_a_budget_in_a_large_corpus(analysis: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = len(analysis.documents)
    monkeypatch.setattr(report_module, "RAW_BUDGET_CHARS", pages * 1000)
    html = render_report(analysis, raw_page=lambda i: "y" * 1500)
    assert html.count("y" * 1000 + "\n\n[… 500 more characters in the store]") == pages
    assert "y" * 1001 not in html


def test_segments_cover_the_text_exactly_and_mark_the_passages(analysis: Analysis) -> None:
    corpus = views.Corpus(analysis)
    for doc in analysis.documents:
        view = views.document(corpus, doc.article.id)
        assert view is not None
        assert "\n\n".join("".join(s.text for s in para) for para in view.paragraphs) == doc.article.text
    rewrite = views.document(corpus, "rewrite")
    assert rewrite is not None
    marked = [s for para in rewrite.paragraphs for s in para if s.mark == "copied"]
    assert "".join(s.text for s in marked) == "We will reopen as soon as the piers are safe"
    assert marked[0].doc == "wire" and marked[0].target == f"p{analysis.documents[0].article.text.index('We will')}"


def test_overlapping_spans_keep_every_anchor_once() -> None:
    seg = views.Segment
    spans: list[views.Span] = [(0, 30, 2, seg("", "quote", None, None, ["q0"])),
                               (10, 40, 0, seg("", "copied", "src", "p5", ["d10"])),
                               (28, 45, 1, seg("", "source", "cp", "d1", ["p28"]))]
    paras = views.segments(["a" * 20, "b" * 30], spans)
    anchors = [a for para in paras for s in para for a in s.anchors]
    assert sorted(anchors) == ["d10", "p28", "q0"]
    # the second paragraph starts at offset 22: copied to 40 (an anchor at 28), source to 45, then plain
    assert [(len(s.text), s.mark, s.anchors) for s in paras[1]] == [
        (6, "copied", []), (12, "copied", ["p28"]), (5, "source", []), (7, None, [])]


def test_graph_runs_left_to_right_from_source_to_copy(analysis: Analysis) -> None:
    corpus = views.Corpus(analysis)
    for n in (1, 2):
        view = views.story(corpus, n)
        assert view is not None
        x = {node.id: node.x for node in view.graph.nodes}
        assert view.graph.edges
        for edge in view.graph.edges:
            assert x[edge.source] < x[edge.derived]
    story1 = views.story(corpus, 1)
    assert story1 is not None
    x = {node.id: node.x for node in story1.graph.nodes}
    assert x["wire"] < x["rewrite"] < x["undated"]
    assert [c.label for c in story1.graph.columns] == ["2025-11-04", "2025-11-05", "no date"]


def test_same_day_copy_sits_right_of_its_source(analysis: Analysis) -> None:
    story2 = views.story(views.Corpus(analysis), 2)
    assert story2 is not None
    x = {node.id: node.x for node in story2.graph.nodes}
    assert x["gazette"] < x["copy"] < x["hostile"]
    assert [c.label for c in story2.graph.columns] == ["2025-11-06", "2025-11-07"]


def test_a_copy_matched_to_no_page_gets_an_arrow_from_its_named_origin(analysis: Analysis) -> None:
    analysis.links.derivations = []
    corpus = views.Corpus(analysis)
    story1, story2 = views.story(corpus, 1), views.story(corpus, 2)
    assert story1 is not None and story2 is not None
    # the agency's own page is in the story: the rewrite that names the agency points back to it
    assert [(e.source, e.derived, e.kind) for e in story1.graph.edges] == [("wire", "rewrite", "origin")]
    # the newspaper named by the copy is not an origin any page claims: a stand-in box, left of the copy
    (edge,) = story2.graph.edges
    assert (edge.source, edge.derived, edge.label) == ("origin:Gazette", "copy", "text from Gazette")
    x = {node.id: node.x for node in story2.graph.nodes}
    assert x["origin:Gazette"] < x["copy"]
    stand_in = next(n for n in story2.graph.nodes if n.id == "origin:Gazette")
    assert stand_in.doc is None and stand_in.lines[0] == "Gazette"
    html = render_report(analysis)
    assert 'class="node rel-unseen"' in html and 'class="edge kind-origin"' in html


def test_an_edge_that_would_cross_a_column_runs_under_the_boxes(analysis: Analysis) -> None:
    # gazette (first column) -> hostile (third column, past the copy of the gazette in the second)
    analysis.links.derivations.append(dataclasses.replace(analysis.links.derivations[1], derived="hostile"))
    story2 = views.story(views.Corpus(analysis), 2)
    assert story2 is not None
    graph = story2.graph
    x = {node.id: node.x for node in graph.nodes}
    assert x["gazette"] < x["copy"] < x["hostile"]
    (edge,) = [e for e in graph.edges if e.derived == "hostile"]
    lowest = max(n.y for n in graph.nodes) + graph.node_height
    assert lowest < edge.label_y < graph.height


def test_boxes_are_stacked_so_arrows_do_not_cross() -> None:
    def ref(doc_id: str, date: str) -> views.DocRef:
        return views.DocRef(doc_id, doc_id, doc_id, doc_id, doc_id, date, "original", "original", None, 1)

    # a -> c skips a column and runs under the boxes; b -> m goes to the next. With a above b, a's arrow
    # would cut through b's on its way down.
    refs = [ref("a", "2025-01-01"), ref("b", "2025-01-01"), ref("m", "2025-01-02"), ref("c", "2025-01-03")]
    graph = views.derivation_graph(refs, [Derivation("c", "a", "rewrite", 1.0, Evidence()),
                                          Derivation("m", "b", "rewrite", 1.0, Evidence())])
    y = {n.id: n.y for n in graph.nodes}
    assert y["b"] < y["a"]


def test_timeline_puts_events_and_publications_in_date_order(analysis: Analysis) -> None:
    view = views.story(views.Corpus(analysis), 1)
    assert view is not None
    rows = view.timeline.rows
    assert [(r.date, r.kind) for r in rows] == [("2025-09", "event"), ("2025-11-04", "event"),
                                                 ("2025-11-04", "published"), ("2025-11-05", "published")]
    assert [r.y for r in rows] == sorted(r.y for r in rows)


def test_outlet_counts_copies_without_credit(analysis: Analysis) -> None:
    corpus = views.Corpus(analysis)
    mirror = views.outlet(corpus, corpus.outlet_keys["mirror.example"])
    assert mirror is not None
    assert (mirror.derived, mirror.uncredited, mirror.republications) == (1, 1, 1)
    assert [(c.outlet, c.count) for c in mirror.copies_from] == [("gazette.example", 1)]
    daily = views.outlet(corpus, corpus.outlet_keys["daily.example"])
    assert daily is not None and (daily.derived, daily.uncredited) == (1, 0)
    gazette = views.outlet(corpus, corpus.outlet_keys["gazette.example"])
    assert gazette is not None and [c.outlet for c in gazette.copied_by] == ["mirror.example"]


def test_outlet_counts_text_taken_from_an_origin_outside_the_corpus(analysis: Analysis) -> None:
    analysis.links.derivations = []
    analysis.documents[3].article.origin = None  # the copy no longer names the newspaper itself
    corpus = views.Corpus(analysis)
    mirror = views.outlet(corpus, corpus.outlet_keys["mirror.example"])
    assert mirror is not None
    assert (mirror.derived, mirror.uncredited) == (1, 1)
    assert [(c.outlet, c.outlet_key, c.count) for c in mirror.copies_from] == [("Gazette", None, 1)]
    analysis.documents[3].article.origin = "Gazette"
    mirror = views.outlet(views.Corpus(analysis), mirror.key)
    assert mirror is not None and (mirror.derived, mirror.uncredited) == (1, 0)


def test_empty_analysis_still_writes_a_report(tmp_path: Path) -> None:
    html = write_report(Analysis([], Links()), tmp_path / "r.html").read_text(encoding="utf-8")
    assert "0 pages, 0 stories" in html


def test_keys_are_unique_fragment_safe_names() -> None:
    taken: set[str] = set()
    keys = [views.slug(t, taken) for t in ("a b", "a-b", "A B", "", "ünï", "a b")]
    assert len(set(keys)) == len(keys)
    assert all(re.fullmatch(r"[a-z0-9-]+", k) for k in keys)


def test_a_page_in_another_language_says_what_was_not_read(analysis: Analysis) -> None:
    doc = analysis.documents[0]
    assert "not read" not in render_report(analysis)
    doc.article.language = "fr"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", render_report(analysis)))
    assert "in French: speakers only where named beside a quote, no names or dates read" in text
