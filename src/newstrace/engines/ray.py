"""Ray Data executor for the per-page stages; results come back in order to the store."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from typing import Any

from newstrace.engines.steps import process_page
from newstrace.extract import ExtractContext
from newstrace.models import Document, Page, Rejection


def _require_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as err:
        raise RuntimeError("the Ray engine needs Ray Data: pip install 'newstrace[ray]'") from err
    return ray


def map_pages(pages: Sequence[Page], context: ExtractContext) -> Iterator[tuple[Page, Document | Rejection]]:
    ray = _require_ray()
    if not pages:
        return
    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    blob = pickle.dumps(context)

    def step(row: dict[str, Any]) -> dict[str, Any]:
        page = pickle.loads(row["page"])
        return {"page": row["page"], "result": pickle.dumps(process_page(page, pickle.loads(blob)))}

    items = [{"page": pickle.dumps(p)} for p in pages]
    dataset = ray.data.from_items(items).map(step)
    for row in dataset.iter_rows():
        yield pickle.loads(row["page"]), pickle.loads(row["result"])
