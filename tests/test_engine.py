"""The run as a whole: resuming after an interruption, the Ray engine, the command line."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newstrace.engines import run
from newstrace.engines.run import Progress
from newstrace.outputs import analysis_json
from newstrace.store import Store

SAMPLES = Path(__file__).parents[1] / "samples"
STORY_SETS = Path(__file__).parent / "story_sets"


class Interrupt(Exception):
    pass


def _stop_after(n: int, seen: list[int]) -> Progress:
    def progress(stage: str, done: int, total: int) -> None:
        if stage != "pages":
            return
        seen.append(total)
        if done == n:
            raise Interrupt
    return progress


def test_interrupted_run_resumes_without_losing_or_duplicating(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    totals: list[int] = []
    with pytest.raises(Interrupt):
        run([SAMPLES], store, progress=_stop_after(2, totals))
    assert len(store.documents()) == 2
    totals.clear()
    analysis = run([SAMPLES], store, progress=_stop_after(-1, totals))
    assert totals[0] == 3, "only the three pages left are processed again"
    ids = [d.article.id for d in analysis.documents]
    assert sorted(ids) == sorted(p.name.split(".")[0] for p in SAMPLES.iterdir())
    assert len(ids) == len(set(ids))
    totals.clear()
    run([SAMPLES], store, progress=_stop_after(-1, totals))
    assert totals == [], "a finished run has nothing left to do"


def test_changed_page_is_processed_again(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    page = corpus / "note.txt"
    page.write_text((SAMPLES / "coastnotes-port-dredging.txt").read_text())
    store = Store(tmp_path / "c.db")
    run([corpus], store)
    page.write_text(page.read_text().replace("stalled", "collapsed"))
    analysis = run([corpus], store)
    assert "collapsed" in analysis.documents[0].article.text


def test_page_without_article_is_rejected_and_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (corpus / "note.txt").write_text((SAMPLES / "coastnotes-port-dredging.txt").read_text())
    analysis = run([corpus], Store(tmp_path / "c.db"))
    assert [d.article.id for d in analysis.documents] == ["note"]
    assert [(r.id, r.reason) for r in analysis.rejected] == [("menu", "no article text found on the page")]


def test_second_page_with_an_id_stays_reported_after_the_first_is_saved(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "note.txt").write_text((SAMPLES / "coastnotes-port-dredging.txt").read_text())
    store = Store(tmp_path / "c.db")
    for _ in range(2):  # the first run, then a resumed one with nothing left to do
        analysis = run([tmp_path / "in"], store)
        assert [d.article.path for d in analysis.documents] == [str(tmp_path / "in" / "a" / "note.txt")]
        assert [(r.path, r.reason.split(":")[0]) for r in analysis.rejected] == [
            (str(tmp_path / "in" / "b" / "note.txt"), "duplicate id")]


@pytest.mark.ray
def test_ray_engine_gives_the_local_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstrace.engines import ray as ray_engine

    monkeypatch.setattr(ray_engine, "_BATCH", 2)  # the samples' five pages go in three batches, as a crawl would
    local = analysis_json(run([SAMPLES], Store(tmp_path / "local.db")))
    distributed = analysis_json(run(iter([SAMPLES]), Store(tmp_path / "ray.db"), engine="ray"))
    assert distributed == local


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newstrace", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env=env)


def test_cli_writes_the_analysis_and_reports_rejections(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("")
    (corpus / "note.txt").write_text((SAMPLES / "coastnotes-port-dredging.txt").read_text())
    (corpus / "zeitung.txt").write_text((STORY_SETS / "valencia-aid" / "tageszeitung-hochwasser.txt").read_text())
    done = _cli("analyze", str(corpus), "-o", "out/a.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "out" / "a.json").read_text())
    assert data["version"] == 1
    assert [d["id"] for d in data["documents"]] == ["note", "zeitung"]
    assert data["rejected"] == [{"id": "empty", "path": str(corpus / "empty.txt"), "reason": "empty file"}]
    assert "rejected" in done.stderr
    assert ("not in English (German 1): their quotations' speakers are read only where the reporter names them"
            in done.stderr)
    store = Store(tmp_path / "out" / "a.db")
    store.db.execute("UPDATE meta SET value = '0.0.1+older' WHERE key = 'made_by'")
    store.db.commit()
    store.close()
    again = _cli("analyze", str(corpus), "-o", "out/a.json", cwd=tmp_path)
    assert "written by another version of newstrace: starting over" in again.stderr
    assert "starting over" not in _cli("analyze", str(corpus), "-o", "out/a.json", cwd=tmp_path).stderr


def test_cli_usage_errors_are_one_line_and_non_zero(tmp_path: Path) -> None:
    missing = _cli("analyze", "nowhere", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == ["newstrace: error: no such file or folder: nowhere"]
    nothing = tmp_path / "bad"
    nothing.mkdir()
    (nothing / "empty.txt").write_text("")
    failed = _cli("analyze", str(nothing), "-o", "a.json", cwd=tmp_path)
    assert failed.returncode == 1, "nothing could be read"
    into_folder = _cli("analyze", str(SAMPLES), "-o", str(nothing), cwd=tmp_path)
    assert into_folder.returncode == 2
    assert into_folder.stderr.strip().splitlines() == [f"newstrace: error: {nothing} is a folder; give a file's path"]
    no_store = _cli("serve", "--store", "none.db", cwd=tmp_path)
    assert no_store.returncode == 2 and "no store" in no_store.stderr


def test_an_article_longer_than_the_model_parses_is_rejected_with_its_length(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstrace.annotate.nlp import load_nlp

    monkeypatch.setattr(load_nlp(), "max_length", 800)  # spaCy's 1,000,000 characters, scaled to the samples
    analysis = run([SAMPLES], Store(tmp_path / "c.db"))
    assert analysis.documents and all(len(d.article.text) <= 800 for d in analysis.documents)
    assert analysis.rejected
    for rejection in analysis.rejected:
        assert re.fullmatch(r"article text is [\d,]+ characters, over the 800 the language model parses at once; "
                            r"no news article is that long", rejection.reason)


def test_names_and_text_that_utf8_cannot_hold_are_escaped_not_fatal(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    text = {p.stem: p.read_text() for p in SAMPLES.glob("*.txt")}
    # A name in another charset than the system's; JSON's unpaired escapes.
    (corpus / os.fsdecode(b"bad\xffname.txt")).write_text(text["relay-ferry-strike"])
    records = [{"id": "s\ud800x", "text": text["coastnotes-port-dredging"]},
               {"id": "ok", "text": text["harbourwatch-spill-rewrite"].replace("spill", "sp\udc80ill")}]
    (corpus / "crawl.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    analysis = run([corpus], Store(tmp_path / "c.db"))
    assert sorted(d.article.id for d in analysis.documents) == ["bad\\udcffname", "ok", "s\\ud800x"]
    assert "sp\ufffdill" in next(d.article.text for d in analysis.documents if d.article.id == "ok")
    json.dumps(analysis_json(analysis), ensure_ascii=False).encode("utf-8")


def test_a_file_that_is_no_store_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"mine": true}')
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE pages (url TEXT)")
        db.execute("INSERT INTO pages VALUES ('https://example.org/')")
    db.close()
    for store in (notes, other):
        done = _cli("analyze", str(SAMPLES), "--store", str(store), "--fresh", cwd=tmp_path)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and "not a newstrace store" in done.stderr
        served = _cli("serve", "--store", str(store), cwd=tmp_path)
        assert served.returncode == 2 and "not a newstrace store" in served.stderr
    assert notes.read_text() == '{"mine": true}'
    with sqlite3.connect(other) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("pages",)]
    db.close()


def test_serving_on_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    store = tmp_path / "a.db"
    assert _cli("analyze", str(SAMPLES), "-o", "a.json", "--quiet", cwd=tmp_path).returncode == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _cli("serve", "--store", str(store), "--port", str(port), cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"newstrace: error: cannot serve on 127.0.0.1:{port}: Address already in use; choose another --port"]


def test_missing_spacy_model_stops_the_run_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSTRACE_SPACY_MODEL": "no_such_pipeline"}
    done = _cli("analyze", str(SAMPLES), "-o", "a.json", cwd=tmp_path, env=env)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "newstrace: error: spaCy model 'no_such_pipeline' (NEWSTRACE_SPACY_MODEL) is not installed or not a "
        "pipeline folder; install it, or unset NEWSTRACE_SPACY_MODEL to use the default"]


def test_piped_run_logs_its_progress(capsys: pytest.CaptureFixture[str]) -> None:
    from newstrace.cli import _progress

    with _progress(quiet=False, every=0.0) as progress:  # stderr is no terminal here, as in a log
        progress("pages", 3, 10)
    assert capsys.readouterr().err == "newstrace: 3/10 pages\n"
    with _progress(quiet=False) as progress:  # a run shorter than the interval logs only the linking's start
        progress("pages", 3, 10)
        progress("linking", 0, 12000)
    assert capsys.readouterr().err == "newstrace: linking 12,000 documents\n"
    with _progress(quiet=True) as progress:
        assert progress is None
    assert capsys.readouterr().err == ""


def test_store_written_by_other_code_starts_over(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "note.txt").write_text((SAMPLES / "coastnotes-port-dredging.txt").read_text())
    store = Store(tmp_path / "c.db")
    run([SAMPLES, other], store)
    store.db.execute("UPDATE meta SET value = '0.0.1+older' WHERE key = 'made_by'")
    store.db.commit()
    totals: list[int] = []
    analysis = run([SAMPLES], store, progress=_stop_after(-1, totals))
    assert totals[0] == len(list(SAMPLES.iterdir())), "every page is processed again"
    assert "note" not in {d.article.id for d in analysis.documents}, "no result of the older code is kept"
    totals.clear()
    run([SAMPLES], store, progress=_stop_after(-1, totals))
    assert totals == [], "the store now holds this version's results"


def test_starting_over_gives_the_dropped_rows_space_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    run([SAMPLES], store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the rows into the file, not its log
    full = (tmp_path / "c.db").stat().st_size
    store.start_over("0.0.1+test")
    assert store.documents() == []
    Store(tmp_path / "empty.db").close()
    assert (tmp_path / "c.db").stat().st_size <= (tmp_path / "empty.db").stat().st_size < full
