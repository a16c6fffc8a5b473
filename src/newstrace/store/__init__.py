"""SQLite store: pages done, their articles and annotations, rejections and the latest links.

Entry point: `Store(path)`. Every page is written in its own transaction, so a run stopped half-way
resumes from the last page written, without losing or duplicating work.
"""

from newstrace.store.sqlite import Store

__all__ = ["Store"]
