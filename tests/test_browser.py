"""End to end in headless Chromium: the real server (uvicorn, in a thread) and the report opened from file://.

A reader's path through the app — overview, story, derivation graph, document, highlighted passage, its
source, a searched quotation — and the hostile page, which must show its markup as text and run nothing.
Screenshots go to artifacts/browser/ (git-ignored) so a person can look at what the tests saw.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvicorn
from conftest import COPY_OF_GAZETTE, XSS_TITLE, build_analysis, write_store
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from newstrace.models import Page
from newstrace.outputs.report import write_report
from newstrace.outputs.web import create_app

CHROMIUM = next((p for name in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(name))), None)
CHROMEDRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).parents[1] / "artifacts" / "browser"
SAMPLES = Path(__file__).parents[1] / "samples"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                       reason="needs Debian's chromium and chromium-driver (run scripts/install-browser.sh as root)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the hand-made store, served by uvicorn on a free port; yields its base URL."""
    store = write_store(tmp_path_factory.mktemp("browser") / "corpus.db")
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    yield driver
    driver.quit()


def shot(driver: WebDriver, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height), 800), 5000))
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def errors(driver: WebDriver) -> list[str]:
    """Console errors since the last call: CSP refusals, failed loads, script errors."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def no_alert(driver: WebDriver) -> bool:
    try:
        driver.switch_to.alert.dismiss()
    except NoAlertPresentException:
        return True
    return False


def follow(driver: WebDriver, link: Any, path: str) -> None:
    """Click `link` and wait until the browser is at a URL whose path starts with `path`."""
    link.click()
    WebDriverWait(driver, 5).until(lambda d: urlsplit(d.current_url)._replace(scheme="", netloc="").geturl()
                                   .startswith(path))


def rect(driver: WebDriver, element: Any) -> dict[str, float]:
    return dict(driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", element))


def test_reader_goes_from_overview_to_a_copied_passage_and_a_quotation(server: str, browser: WebDriver) -> None:
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "6 pages, 2 stories"
    findings = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.findings li")]
    assert any("Gazette’s text under another name" in f and "mirror.example" in f for f in findings)
    assert any("no publication date" in f and "blog.example" in f for f in findings)
    shot(browser, "01-overview")

    stories = browser.find_element(By.CSS_SELECTOR, "table.stories")
    follow(browser, stories.find_element(By.LINK_TEXT, "Council weighs harbour aid"), "/story/2")
    nodes = {n.text.split("\n")[0]: n for n in browser.find_elements(By.CSS_SELECTOR, "svg g.node")}
    assert rect(browser, nodes["gazette.example"])["right"] < rect(browser, nodes["mirror.example"])["left"]
    edge = browser.find_element(By.CSS_SELECTOR, "svg path.edge.kind-republication")
    assert rect(browser, edge)["width"] > 20
    shot(browser, "02-story")

    # the copy's box in the graph is a link to its page
    box = browser.find_element(By.XPATH, "//*[local-name()='a'][.//*[local-name()='text' and .='mirror.example']]")
    follow(browser, box, "/document/copy")
    marks = browser.find_elements(By.CSS_SELECTOR, "article.text mark.copied")
    # both paragraphs were copied whole (the quotation's anchor cuts the second highlight in two)
    assert "".join(m.text for m in marks) == "".join(COPY_OF_GAZETTE)
    assert marks[0].value_of_css_property("background-color") == "rgba(253, 230, 138, 1)"
    shot(browser, "03-document-copy")

    follow(browser, marks[1].find_element(By.TAG_NAME, "a"), "/document/gazette#gazette-p")
    target = browser.find_element(By.ID, browser.current_url.split("#")[1])
    assert target.tag_name == "mark" and "source" in (target.get_attribute("class") or "")
    assert target.text.startswith("Council member Tom Berg said")
    assert 0 <= rect(browser, target)["top"] < 1000  # scrolled into view
    shot(browser, "04-document-source")

    box = browser.find_element(By.CSS_SELECTOR, "header.top input[name=q]")
    box.send_keys("fleet needs help", Keys.ENTER)
    WebDriverWait(browser, 5).until(ec.url_contains("/search?q=fleet"))
    (hit,) = browser.find_elements(By.CSS_SELECTOR, "ul.quote-hits > li")
    assert hit.text.startswith("Tom Berg: “The fleet needs help now.”")
    assert [m.text for m in hit.find_elements(By.TAG_NAME, "mark")] == ["fleet", "needs", "help"]
    shot(browser, "05-search")
    follow(browser, hit.find_elements(By.CSS_SELECTOR, "a.chip")[1], "/document/copy#copy-q")
    assert "The fleet needs help now." in browser.find_element(By.ID, browser.current_url.split("#")[1]).text
    assert errors(browser) == []


@pytest.mark.parametrize("path", ["/document/hostile", "/story/2", "/", "/search?q=harbour",
                                  "/outlet/b-evil-b-example"])
def test_hostile_page_text_runs_nothing_in_the_app(server: str, browser: WebDriver, path: str) -> None:
    browser.get(server + path)
    assert no_alert(browser)
    assert "<script>alert(1)</script>" in browser.find_element(By.TAG_NAME, "body").text
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i], img, [onerror]") == []
    assert errors(browser) == []


def test_hostile_markup_is_read_as_text(server: str, browser: WebDriver) -> None:
    browser.get(server + "/document/hostile")
    assert browser.find_element(By.TAG_NAME, "h1").text == XSS_TITLE
    text = browser.find_element(By.CSS_SELECTOR, "article.text").text
    assert 'Officials said <a href="javascript:alert(1)">click</a> the harbour would close.' in text
    raw = browser.find_element(By.CSS_SELECTOR, "details.raw")
    raw.find_element(By.TAG_NAME, "summary").click()
    assert "FOOTER <script>alert(3)</script>" in raw.find_element(By.TAG_NAME, "pre").text
    assert no_alert(browser)
    shot(browser, "06-hostile")
    browser.get(server + "/document/undated")
    url = browser.find_element(By.XPATH, "//dt[.='URL']/following-sibling::dd[1]")
    assert url.text == "javascript:alert(1)" and url.find_elements(By.TAG_NAME, "a") == []


def test_api_docs_render_offline_under_the_policy(server: str, browser: WebDriver) -> None:
    browser.get(server + "/docs")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
    paths = {e.text.replace("\u200b", "") for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/api/overview", "/api/search", "/api/documents/{doc_id}"} <= paths
    assert errors(browser) == []


def test_report_works_from_file_and_runs_only_its_own_script(tmp_path: Path, browser: WebDriver) -> None:
    path = write_report(build_analysis(), tmp_path / "report.html", raw_page=lambda i: f"<p>raw page of {i}</p>")
    browser.get(path.as_uri())
    # the inline style and script are allowed by their hashes: styled, and the search box filters
    header = browser.find_element(By.CSS_SELECTOR, "header.top")
    assert header.value_of_css_property("background-color") == "rgba(13, 17, 23, 1)"
    browser.find_element(By.LINK_TEXT, "Search").click()
    browser.find_element(By.ID, "report-search").send_keys("fleet needs")
    shown = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#search .search-item") if li.is_displayed()]
    # the two pages that say it, and the quotation
    assert browser.find_element(By.ID, "search-count").text == "3 of 11 match"
    assert [t.split(" ", 1)[0] for t in shown] == ["gazette.example", "mirror.example", "Tom"]
    assert shown[2].startswith("Tom Berg: “The fleet needs help now.”")
    shot(browser, "07-report-search")
    browser.get(path.as_uri() + "#doc-hostile")
    assert no_alert(browser)
    assert browser.find_element(By.CSS_SELECTOR, "#doc-hostile h1").text == XSS_TITLE
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert errors(browser) == []
    shot(browser, "08-report-hostile")


@pytest.fixture
def served_samples(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """`newstrace analyze samples --report` then `newstrace serve` on its store, as a user runs them."""
    cli = [sys.executable, "-m", "newstrace"]
    subprocess.run([*cli, "analyze", str(SAMPLES), "-o", str(tmp_path / "a.json"), "--report", str(tmp_path / "r.html"),
                    "--quiet"], check=True, timeout=300)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([*cli, "serve", "--store", str(tmp_path / "a.db"), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/api/overview", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"newstrace serve did not start: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.2)
        yield tmp_path / "r.html", base
    finally:
        server.terminate()
        server.wait(10)


def test_sample_corpus_report_and_app_through_the_cli(served_samples: tuple[Path, str], browser: WebDriver) -> None:
    report, base = served_samples
    browser.get(report.as_uri())
    dangling = browser.execute_script(
        "return [...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))"
        ".filter(id => !document.getElementById(id))")
    assert dangling == []
    assert browser.find_elements(By.CSS_SELECTOR, "section[id^='story-'] svg g.node")
    assert errors(browser) == []
    shot(browser, "09-samples-report")

    overview = json.load(urllib.request.urlopen(base + "/api/overview"))
    biggest = overview["stories"][0]
    browser.get(base + "/")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "tr.story-row a"), f"/story/{biggest['id']}")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg g.node")) >= biggest["size"]
    shot(browser, "10-samples-story")
    first = browser.find_element(By.CSS_SELECTOR, "tr.story-doc td:nth-child(3) a")
    follow(browser, first, "/document/")
    assert browser.find_element(By.CSS_SELECTOR, "article.text").text.strip()
    assert errors(browser) == []
    shot(browser, "11-samples-document")


def test_a_page_the_browser_saved_as_one_file_is_read(tmp_path: Path, browser: WebDriver) -> None:
    from newstrace.extract import extract
    from newstrace.ingest import read_pages

    page = SAMPLES / "ledger-harbour-spill.html"
    browser.get(page.resolve().as_uri())
    saved = tmp_path / "ledger.mhtml"
    saved.write_text(browser.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"], encoding="utf-8")
    [record], [served] = read_pages([saved]), read_pages([page])
    assert isinstance(record, Page) and isinstance(served, Page), record
    assert (record.id, record.kind, record.url) == ("ledger", "html", page.resolve().as_uri())
    as_saved, as_served = extract(record), extract(served)
    assert (as_saved.title, as_saved.authors, as_saved.published, as_saved.body) == \
        (as_served.title, as_served.authors, as_served.published, as_served.body)
