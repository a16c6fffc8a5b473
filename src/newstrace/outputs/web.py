"""`newstrace serve`: the report's views as a local web app, with search and a JSON API.

HTML pages and `/api/...` answer from the same view models (`views.py`); the API is described at
`/openapi.json` and browsable at `/docs` (Swagger UI bundled in static/, so it works offline). Every
response carries a Content-Security-Policy that allows only the app's own static scripts and styles:
page text that slipped through as markup still cannot run. Ids in URLs are only ever looked up in the
store; the only files served are the package's static folder.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newstrace import __version__
from newstrace.models import Analysis
from newstrace.outputs import views
from newstrace.store import Store
from newstrace.store import search as fts

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
T = TypeVar("T")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds the security headers to every response, static files and errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store_path: str | Path) -> FastAPI:
    """The app over an existing store (written by `newstrace analyze`)."""
    path = Path(store_path)
    if not path.is_file():
        raise ValueError(f"no store at {path}; run `newstrace analyze PATH... --store {path}` first")
    store = Store(path)
    fts.index(store)
    links = store.links()
    if links is None:
        raise ValueError(f"{path} holds no analysis yet; run `newstrace analyze` on it first")
    corpus = views.Corpus(Analysis(store.documents(), links, store.rejections()), raw_page=store.raw_page)
    app = FastAPI(title="newstrace", version=__version__, docs_url=None, redoc_url=None,
                  description="The views of a newstrace analysis as JSON: overview, stories, documents, "
                              "outlets and full-text search over page texts and quotations.")
    app.state.store, app.state.corpus = store, corpus
    app.mount("/static", StaticFiles(directory=views.STATIC_DIR), name="static")
    _html_routes(app, corpus, store)
    _api_routes(app, corpus, store)
    app.add_exception_handler(StarletteHTTPException, _error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(SecurityHeaders)
    return app


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store until interrupted (what `newstrace serve` runs)."""
    import uvicorn

    app = create_app(store_path)
    _check_free(host, port)
    print(f"newstrace: serving {store_path} at http://{host}:{port}/ (API: http://{host}:{port}/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _check_free(host: str, port: int) -> None:
    """Refuse a port in use with one line, before saying the app is served there (the server's own
    failure is a log line after that)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
        try:
            probe.bind(address)
        except OSError as err:
            raise RuntimeError(f"cannot serve on {host}:{port}: {err.strerror}; choose another --port") from err


async def _error(request: Request, exc: Exception) -> Response:
    """JSON errors under /api, a page everywhere else."""
    assert isinstance(exc, StarletteHTTPException)
    if _is_api(request):
        return await http_exception_handler(request, exc)
    message = "Nothing here" if exc.status_code == 404 else str(exc.detail)
    html = views.render("error.html", title=message, status=exc.status_code, message=message, api="/api/overview")
    return HTMLResponse(html, status_code=exc.status_code)


async def _invalid(request: Request, exc: Exception) -> Response:
    """A malformed id ("/story/x") is the API's 422 with what was wrong, and a page's "Nothing here"."""
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    return await _error(request, StarletteHTTPException(404))


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/openapi.json", "/static/"))


def _found(view: T | None, what: str) -> T:
    if view is None:
        raise HTTPException(404, f"no such {what}")
    return view


def _search(corpus: views.Corpus, store: Store, q: str, speaker: str, entity: str) -> views.SearchView:
    return views.search_view(corpus, fts.search(store, q, speaker, entity))


# The endpoints are `async def` on purpose: they then all run on the event loop's one thread, which
# is what the store's single SQLite connection needs. Each answers in milliseconds from memory.

def _html_routes(app: FastAPI, corpus: views.Corpus, store: Store) -> None:
    links = views.Links(corpus, report=False)

    def page(template: str, title: str, view: object, api: str, **extra: object) -> HTMLResponse:
        return HTMLResponse(views.render(template, title=title, view=view, links=links, api=api, **extra))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def overview_page() -> HTMLResponse:
        return page("overview.html", "Overview", views.overview(corpus), "/api/overview")

    @app.get("/story/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    async def story_page(story_id: int) -> HTMLResponse:
        view = _found(views.story(corpus, story_id), "story")
        return page("story.html", view.headline, view, f"/api/stories/{story_id}")

    @app.get("/document/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def document_page(doc_id: str) -> HTMLResponse:
        view = _found(views.document(corpus, doc_id), "document")
        return page("document.html", view.doc.title, view, f"/api/documents/{quote(doc_id, safe='')}")

    @app.get("/outlet/{key}", response_class=HTMLResponse, include_in_schema=False)
    async def outlet_page(key: str) -> HTMLResponse:
        view = _found(views.outlet(corpus, key), "outlet")
        return page("outlet.html", view.name, view, f"/api/outlets/{quote(key, safe='')}")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    async def search_page(q: str = "", speaker: str = "", entity: str = "") -> HTMLResponse:
        view = _search(corpus, store, q, speaker, entity)
        return page("search.html", "Search", view, "/api/search", query=q)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        return HTMLResponse(views.render("docs.html"))


def _api_routes(app: FastAPI, corpus: views.Corpus, store: Store) -> None:
    @app.get("/api/overview", tags=["views"])
    async def overview() -> views.Overview:
        """Counts, findings, stories by size and date, every page with its flags, rejected pages by reason."""
        return views.overview(corpus)

    @app.get("/api/stories/{story_id}", tags=["views"])
    async def story(story_id: int) -> views.StoryView:
        """One story: its pages, the derivation graph and timeline (with drawing coordinates), quotations
        with their first outlet and reuses, entities. Stories are numbered from 1 as in the overview."""
        return _found(views.story(corpus, story_id), "story")

    # ids are any string a JSONL record gave, "/" included, hence `:path`; the raw page's route goes first
    @app.get("/api/documents/{doc_id:path}/raw", tags=["views"], response_class=PlainTextResponse)
    async def raw(doc_id: str) -> PlainTextResponse:
        """The page as it was read, as plain text."""
        text = store.raw_page(doc_id) if doc_id in corpus.docs else None
        return PlainTextResponse(_found(text, "raw page"))

    @app.get("/api/documents/{doc_id:path}", tags=["views"])
    async def document(doc_id: str) -> views.DocumentView:
        """One page: metadata, the clean text cut into segments (reused passages and quotations marked,
        with the document and anchor they link to), derivations to and from it, and the raw page."""
        return _found(views.document(corpus, doc_id), "document")

    @app.get("/api/outlets/{key}", tags=["views"])
    async def outlet(key: str) -> views.OutletView:
        """One outlet (by the key the overview gives): its pages, whom it copies, who copies it, and how
        often it takes text without credit."""
        return _found(views.outlet(corpus, key), "outlet")

    @app.get("/api/search", tags=["search"])
    async def search(q: str = Query("", description="words of a page or quotation; \"quoted words\" as a phrase"),
                     speaker: str = Query("", description="keep quotations by this speaker"),
                     entity: str = Query("", description="keep pages that mention this entity")) -> views.SearchView:
        """Full-text search (SQLite FTS5) over page texts and quotations, by speaker and by entity."""
        return _search(corpus, store, q, speaker, entity)
