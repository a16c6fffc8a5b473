"""Executors: run the per-page stages (extract, annotate) over pages and the cross-document `link`
stage over the store. `local` runs in this process; `ray` spreads the per-page stages on Ray Data.

Entry point: `run(paths, store, engine="local")`.
"""

from newstrace.engines.run import ENGINES, run
from newstrace.engines.steps import code_fingerprint

__all__ = ["ENGINES", "code_fingerprint", "run"]
