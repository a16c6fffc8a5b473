"""Ray Data executor for the per-page stages; results come back in order to the store."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from newstrace.engines.steps import process_page
from newstrace.extract import ExtractContext
from newstrace.models import Document, Page, Rejection

_BATCH = 1000  # pages a Ray dataset holds: enough to keep the workers busy, few enough for the driver's memory


def _require_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise RuntimeError("the Ray engine needs Ray Data: pip install 'newstrace[ray]'") from err
    return ray


def map_pages(pages: Iterable[Page], context: ExtractContext) -> Iterator[tuple[Page, Document | Rejection]]:
    """The pages go to Ray a batch at a time, so that the driver holds one batch, not the crawl."""
    ray = _require_ray()
    blob = pickle.dumps(context)
    # Each task unpickles its copy of the context once, not once a page: the context of a crawl holds every
    # outlet's repeated lines.
    unpickled: list[ExtractContext] = []

    def step(row: dict[str, Any]) -> dict[str, Any]:
        if not unpickled:
            unpickled.append(pickle.loads(blob))
        page = pickle.loads(row["page"])
        return {"page": row["page"], "result": pickle.dumps(process_page(page, unpickled[0]))}

    # newstrace shows its own progress; Ray Data's bars and per-dataset log lines would interleave with it, and
    # its warning that the bars are off is no news. Set for a cluster joined through RAY_ADDRESS too.
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
    queue = iter(pages)
    while batch := list(islice(queue, _BATCH)):
        if not ray.is_initialized():
            ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
        dataset = ray.data.from_items([{"page": pickle.dumps(p)} for p in batch]).map(step)
        for row in dataset.iter_rows():
            yield pickle.loads(row["page"]), pickle.loads(row["result"])
