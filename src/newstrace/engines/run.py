from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newstrace.annotate.nlp import load_nlp
from newstrace.engines.steps import code_fingerprint, digest, process_page
from newstrace.extract import ExtractContext, prepare
from newstrace.ingest import DEFAULT_MAX_BYTES, read_pages
from newstrace.link import link
from newstrace.link.candidates import IndexSettings, ReuseIndex
from newstrace.models import Analysis, Document, Page, Rejection
from newstrace.store import Store

Progress = Callable[[str, int, int], None]  # stage ("reading", "pages", "linking"), done, total
ENGINES = ("local", "ray")


def run(paths: Iterable[str | Path], store: Store, engine: str = "local",
        progress: Progress | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Analysis:
    """Read, extract and annotate every page not yet in `store`, then link the whole store.

    Pages already processed with the same content are skipped, so a second run after an interruption
    only does what is left. A store written by another version of newstrace is started over: its results
    are not what this version would find. The pages are read twice, for the run-wide context and then for
    the work, and none is held past its own step: a crawl need not fit in memory."""
    if store.made_by() != code_fingerprint():
        store.start_over(code_fingerprint())
    paths = list(paths)
    todo: set[str] = set()
    context = prepare(_scan(paths, max_bytes, store.digests(), todo, progress))
    if todo:
        load_nlp()  # a missing model stops the run here with its install hint, before any page
    if engine == "ray":
        from newstrace.engines.ray import map_pages
    elif engine == "local":
        map_pages = _map_local
    else:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    for n, (page, result) in enumerate(map_pages(_work(paths, max_bytes, todo, store), context), 1):
        if isinstance(result, Document):
            store.save_document(result, digest(page), raw=page.content)
        else:
            store.save_rejection(result, digest(page))
        if progress:
            progress("pages", n, len(todo))
    documents = store.documents()
    if progress and documents:
        progress("linking", 0, len(documents))
    # Signatures of the documents linked in earlier runs are read back; only new or changed ones are hashed.
    settings = IndexSettings()
    index = ReuseIndex.from_rows(store.candidate_rows(settings.key), settings)
    known = len(index)
    links = link(documents, index, store.links() if known else None)
    store.save_candidate_rows(index.rows(known))
    store.save_links(links)
    return Analysis(documents=documents, links=links, rejected=store.rejections())


def _scan(paths: list[str | Path], max_bytes: int, done: dict[str, str], todo: set[str],
          progress: Progress | None) -> Iterator[Page]:
    """Every page, for the run-wide context; those not done with the same content go into `todo`."""
    for n, record in enumerate(read_pages(paths, max_bytes=max_bytes), 1):
        if progress:
            progress("reading", n, 0)
        if isinstance(record, Page):
            if done.get(record.id) != digest(record):
                todo.add(record.id)
            yield record


def _work(paths: list[str | Path], max_bytes: int, todo: set[str], store: Store) -> Iterator[Page]:
    """The pages left to do, read again; the files that cannot be read are recorded as they come."""
    for record in read_pages(paths, max_bytes=max_bytes):
        if isinstance(record, Rejection):
            store.save_rejection(record)
        elif record.id in todo:
            yield record


def _map_local(pages: Iterable[Page], context: ExtractContext) -> Iterator[tuple[Page, Document | Rejection]]:
    for page in pages:
        yield page, process_page(page, context)
