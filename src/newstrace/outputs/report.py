"""The self-contained HTML report: every view of the web app in one file that works from file://.

Styles, the filter script and the pictures are inline; nothing is fetched. The file's Content-Security-
Policy allows only that one style block and that one script (by their SHA-256), so page text that
slipped through as markup still could not run or load anything.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from newstrace.models import Analysis
from newstrace.outputs import views

# A raw page is shown folded away; past its share of the budget the report keeps its start only (the store
# has it all). Without a budget, 700 HTML pages' sources made a 135 MB report that a browser opens slowly.
MAX_RAW_CHARS = 200_000
RAW_BUDGET_CHARS = 20_000_000


def write_report(analysis: Analysis, path: str | Path,
                 raw_page: Callable[[str], str | None] | None = None) -> Path:
    """Write the report for `analysis` to `path`; `raw_page(doc_id)` (e.g. `Store.raw_page`) adds each
    page as it was read."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(analysis, raw_page), encoding="utf-8")
    return out


def raw_limit(documents: int) -> int:
    """How much of each raw page the report keeps: all of a page up to MAX_RAW_CHARS, and the pages' equal
    shares of RAW_BUDGET_CHARS in a large corpus."""
    return min(MAX_RAW_CHARS, RAW_BUDGET_CHARS // max(documents, 1))


def render_report(analysis: Analysis, raw_page: Callable[[str], str | None] | None = None) -> str:
    limit = raw_limit(len(analysis.documents))

    def clipped(doc_id: str) -> str | None:
        raw = raw_page(doc_id) if raw_page else None
        if raw is None or len(raw) <= limit:
            return raw
        return raw[:limit] + f"\n\n[… {len(raw) - limit} more characters in the store]"

    corpus = views.Corpus(analysis, raw_page=clipped if raw_page else None)
    css = (views.STATIC_DIR / "newstrace.css").read_text(encoding="utf-8")
    js = (views.STATIC_DIR / "newstrace.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; img-src data:;"
           " base-uri 'none'; form-action 'none'")
    story_ids = [s.id for s in views.overview(corpus).stories]
    return views.render(
        "report.html", csp=csp, css=Markup(css), js=Markup(js), links=views.Links(corpus, report=True),
        overview=views.overview(corpus),
        stories=[s for n in story_ids if (s := views.story(corpus, n))],
        documents=[d for ref in corpus.ordered(corpus.docs) if (d := views.document(corpus, ref.id))],
        outlets=[o for key in sorted(corpus.outlets) if (o := views.outlet(corpus, key))],
        quotes=[corpus.quote_view(q) for q in corpus.links.quotes],
        entities=[corpus.entity_view(e) for e in corpus.links.entities],
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
