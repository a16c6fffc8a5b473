"""How often the extractor names the site a page came from, with no URL to fall back on.

    .venv/bin/python bench/eval_outlet.py ../shared/data/wcxb-articles-dev [--limit N] [--jobs N] [--show N]

No corpus here labels a page's outlet, so this is a proxy. Each page of a folder in the WCXB layout
(`html/*.html.gz`, `ground-truth/*.json` with the page's `url`) is extracted without its URL, as HTML and as
each plain-text render of `eval_pages.py`, so the outlet comes from the page alone: its markup, or its lines
(masthead, copyright line, brand list...). The outlet counts as the site when, letters and digits only, it
holds the name of the URL's domain or is held in it ("The Verge" for theverge.com, "CNX Software" for
cnx-software.com). A parent company ("Hearst Magazines" on a Hearst magazine's site) or an organisation's
full name ("Center for Internet Security" on cisecurity.org) counts as another name, so the proxy
understates the extractor; its use is comparing one version of the extractor with another. Printed per
source: pages naming the domain, pages with no outlet, pages naming something else.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from eval_pages import RENDERERS, Setup, load_html, load_truth, pool_map, render

from newstrace.extract import ExtractionError, extract, prepare
from newstrace.models import Page

_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# Second-level labels under which a country's domains are registered ("example.co.uk").
_REGISTRY_LABELS = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"))


def domain_name(url: str | None) -> str | None:
    """The registered name of the URL's domain: "theverge" for https://www.theverge.com/..."""
    labels = (urlsplit(url).hostname or "").split(".") if url else []
    if len(labels) < 2:
        return None
    name = labels[-3] if len(labels) >= 3 and labels[-2] in _REGISTRY_LABELS else labels[-2]
    return _NOT_ALNUM.sub("", name.lower()) or None


def names_site(outlet: str, domain: str) -> bool:
    squashed = _NOT_ALNUM.sub("", outlet.lower().replace("&", "and"))
    return len(squashed) >= 3 and (domain in squashed or squashed in domain or squashed.removeprefix("the") == domain)


def render_page(item: tuple[Path, str]) -> tuple[str, dict[str, str], str | None]:
    """The page's text dumps, and the outlet its HTML names without the URL."""
    folder, page_id = item
    content = load_html(folder, page_id)
    try:
        html_outlet = extract(Page(id=page_id, path=f"{page_id}.html", kind="html", content=content)).outlet
    except ExtractionError:
        html_outlet = None
    return page_id, {r: render(content, r) for r in RENDERERS}, html_outlet


def outlets(dumps: dict[str, str]) -> dict[str, str | None]:
    """Each page's outlet, extracted from its dump with no URL (the run's pages are one context)."""
    pages = [Page(id=i, path=f"{i}.txt", kind="text", content=d) for i, d in dumps.items()]
    context = prepare(pages)
    found: dict[str, str | None] = {}
    for page in pages:
        try:
            found[page.id] = extract(page, context).outlet
        except ExtractionError:
            found[page.id] = None
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for rendering")
    parser.add_argument("--show", type=int, default=0, help="list N pages per renderer that name something else")
    args = parser.parse_args(argv)
    truths = [t for t in map(load_truth, sorted((args.dir / "ground-truth").glob("*.json"))[: args.limit])
              if (args.dir / "html" / f"{t.id}.html.gz").exists() and domain_name(t.url)]
    if not truths:
        print(f"no pages with a URL in {args.dir} (expected html/*.html.gz and ground-truth/*.json)",
              file=sys.stderr)
        return 1
    domains = {t.id: domain_name(t.url) or "" for t in truths}
    results = pool_map(render_page, [(args.dir, t.id) for t in truths], args.jobs, Setup(args.dir, "text"))
    rendered = {page_id: dumps for page_id, dumps, _ in results}
    print(f"{'source':<12}{'pages':>6}{'domain':>8}{'none':>6}{'other':>7}")
    for renderer in ("html", *RENDERERS):
        if renderer == "html":
            found = {page_id: outlet for page_id, _, outlet in results}
        else:
            found = outlets({i: dumps[renderer] for i, dumps in rendered.items()})
        other = [(i, name) for i, name in found.items() if name and not names_site(name, domains[i])]
        named = sum(1 for name in found.values() if name) - len(other)
        none = sum(1 for name in found.values() if not name)
        print(f"{renderer:<12}{len(found):>6}{named:>8}{none:>6}{len(other):>7}")
        for page_id, name in sorted(other)[: args.show]:
            print(f"    {page_id}: {name!r} on {domains[page_id]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
