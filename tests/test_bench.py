"""The evaluation scripts run on any folder of their corpora's layout, in parallel, and print their tables.

Each builds a small folder in WCXB's layout (`html/*.html.gz`, `ground-truth/*.json`) and, for the news
in furniture, one in PolNeAR's (`text/PUBLISHER_YYYY-MM-DD_SLUG.txt`), then runs the script as a user does,
with two worker processes: a worker that cannot start had left the pool respawning workers for ever.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newstrace.extract import extract
from newstrace.models import Page

BENCH = Path(__file__).resolve().parent.parent / "bench"
SITES = [("Harbour Post", "harbourpost.example"), ("River Daily", "riverdaily.example"),
         ("Delta Times", "deltatimes.example"), ("Lakeside Herald", "lakesideherald.example")]


def _paragraphs(n: int) -> list[str]:
    return [f"Ferry crews on the river went back to work on Tuesday after the regional water board reopened lock {n}, "
            "which had been closed for three weeks of repairs that the board had promised would take one.",
            "The board said the repairs had cost more than planned because the old gates were in worse shape than "
            "its engineers had expected when the work began, and that the bill would be paid from its reserves.",
            "Boat owners who had waited downstream said the closure had cost them most of the autumn season, and "
            "some of them asked the board at its meeting on Monday to pay them for what they had lost."]


def _page(site: str, title: str, day: int, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><title>{title} | {site}</title>'
            f'<meta property="og:site_name" content="{site}"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>'
            f'<article><h1>{title}</h1><p class="byline">By Ana Ruiz</p>'
            f'<time datetime="2025-03-0{day}">March {day}, 2025</time>{body}</article>'
            '<aside><h2>Related Articles</h2><ul><li><a href="/a">Storm closes the harbour for a week</a></li>'
            '<li><a href="/b">New bridge opens to traffic</a></li></ul></aside>'
            f'<footer><p>© 2025 {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>')


@pytest.fixture(scope="module")
def wcxb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wcxb")
    (root / "html").mkdir()
    (root / "ground-truth").mkdir()
    for i, (site, host) in enumerate(SITES, 1):
        title = f"Ferry crews return to the river as the water board reopens lock {i}"
        paragraphs = _paragraphs(i)
        page_id = f"{i:04d}"
        (root / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(_page(site, title, i, paragraphs).encode()))
        truth = {"url": f"https://www.{host}/news/{page_id}",
                 "ground_truth": {"title": title, "author": "Ana Ruiz", "publish_date": f"2025-03-0{i}",
                                  "main_content": "\n\n".join(paragraphs)}}
        (root / "ground-truth" / f"{page_id}.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def _run(script: str, *args: str | Path) -> list[str]:
    done = subprocess.run([sys.executable, str(BENCH / script), *map(str, args), "--jobs", "2"],
                          capture_output=True, text=True, timeout=120, cwd=BENCH.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def _row(lines: list[str], name: str) -> list[str]:
    return next(line.split() for line in lines if line.split()[:1] == [name])


def test_eval_pages_scores_every_system(wcxb: Path) -> None:
    lines = _run("eval_pages.py", wcxb)
    for system in ("newstrace-html", "newstrace-text/inscriptis", "newstrace-text/html2text",
                   "newstrace-text/html-text"):
        pages, f1, _, _, title, author, _, date, _ = _row(lines, system)[1:]
        assert (pages, title, author, date) == ("4", "1.000", "1.000", "1.000")
        assert float(f1) > 0.9
    assert _row(lines, "trafilatura")[1] == "4"


def test_eval_pages_lists_the_pages_a_field_is_wrong_on(wcxb: Path, tmp_path: Path) -> None:
    # A folder whose one label disagrees with its page: the listing names that page, the label and the output.
    wrong = tmp_path / "wcxb"
    shutil.copytree(wcxb, wrong)
    truth_file = wrong / "ground-truth" / "0002.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    truth["ground_truth"]["publish_date"] = "2025-04-02"
    truth_file.write_text(json.dumps(truth), encoding="utf-8")
    lines = _run("eval_pages.py", wrong, "--mode", "html", "--misses", "date")
    listed = lines[lines.index(next(line for line in lines if "with a wrong date" in line)) + 1:]
    assert listed == ["  0002  '2025-04-02' | '2025-03-02' | https://www.riverdaily.example/news/0002"]


def test_eval_outlet_names_each_site_from_the_page_alone(wcxb: Path) -> None:
    lines = _run("eval_outlet.py", wcxb)
    for source in ("html", "inscriptis", "html2text", "html-text"):
        assert _row(lines, source)[1:] == ["4", "4", "0", "0"]


def test_eval_news_dumps_sets_news_in_the_pages_furniture(wcxb: Path, tmp_path: Path) -> None:
    news = tmp_path / "news" / "text"
    news.mkdir(parents=True)
    for i in range(1, 5):
        text = [f"Council votes to rebuild the old harbour wall before winter, plan {i}.",
                *(p.replace("Ferry crews", "Dock workers") for p in _paragraphs(i))]
        (news / f"herald_2016-09-1{i}_council-votes-{i}.txt").write_text("\n\n".join(text), encoding="utf-8")
    lines = _run("eval_news_dumps.py", news.parent, wcxb)
    for renderer in ("inscriptis", "html2text", "html-text"):
        pages, body, _, title, author, date = _row(lines, renderer)[1:]
        assert (pages, title, author, date) == ("4", "1.000", "1.000", "1.000")
        assert float(body) > 0.9


def test_eval_timex_exports_timeml_files_as_page_dumps(tmp_path: Path) -> None:
    tml = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>APW19980807.0261</DOCID>\n'
           '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>\n'
           '<TITLE>Ferry crews return to the river</TITLE>\n<TEXT>\n\nKESTREL FORD (AP) _\n\n'
           'Ferry crews went back to work <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> after '
           'the water board reopened the lock.\n\n``It was a long wait,&apos;&apos; said Ana Ruiz.\n\n'
           '</TEXT>\n</TimeML>\n')
    (tmp_path / "APW19980807.0261.tml").write_text(tml, encoding="utf-8")
    done = subprocess.run([sys.executable, str(BENCH / "eval_timex.py"), str(tmp_path), "--export",
                           str(tmp_path / "dumps")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    article = extract(Page(id="a", path="a.txt", kind="text",
                           content=(tmp_path / "dumps" / "APW19980807.0261.txt").read_text(encoding="utf-8")))
    assert (article.title, article.published, article.origin) == ("Ferry crews return to the river", "1998-08-07",
                                                                   "AP")
    assert article.body[-1] == "``It was a long wait,'' said Ana Ruiz."


def test_a_timed_run_starts_with_the_extractors_memos_emptied() -> None:
    """The speed benchmarks time the same pages more than once: a line remembered from the run before would
    flatter the extractor. Tables loaded once for the process (the gazetteer) stay."""
    page = "River crews return\n\nBy Ana Ruiz\n\nMarch 3, 2025\n\n" + "\n\n".join(_paragraphs(1))
    code = ("from eval_pages import forget_memos\n"
            "from newstrace.extract import credits, extract\n"
            "from newstrace.gazetteer import filing_places\n"
            "from newstrace.models import Page\n"
            f"extract(Page(id='a', path='a.txt', kind='text', content={page!r}))\n"
            "filing_places()\n"
            "remembered = credits._byline_names.cache_info().currsize\n"
            "forget_memos()\n"
            "print(remembered, credits._byline_names.cache_info().currsize, filing_places.cache_info().currsize)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=BENCH)
    assert done.returncode == 0, done.stderr[-2000:]
    remembered, left, gazetteer = map(int, done.stdout.split())
    assert remembered > 0 and left == 0 and gazetteer == 1


@pytest.mark.parametrize(("speaker", "source", "antecedent", "right"), [
    ("Lou Jiwei", "Mr. Lou", None, True),  # a Chinese family name, first
    ("Jane Sanders", "she", "his wife, Jane,", True),  # a pronoun's source is its antecedent, called by one name
    ("Tom Ebeling", "Tom", None, True),
    ("Tom Ebeling", "Tom Jones", None, False),  # two names in the source: the surname decides
    ("Jiwei Lou", "Mr. Lou", None, True),  # the surname, last, as before
    ("John Kasich", "John Kerry", None, False),
])
def test_a_speaker_called_by_one_name_is_the_person_whose_name_opens_with_it(
        speaker: str, source: str, antecedent: str | None, right: bool) -> None:
    sys.path.insert(0, str(BENCH))
    from eval_quotes import Gold, speaker_right

    assert speaker_right(speaker, Gold(0, 1, source, antecedent)) is right
