"""Cross-document links: reuse and derivation, stories and threads, quote provenance, merged entities,
and the dated timeline.

Entry point: `link(documents)`.
"""

from newstrace.link.pipeline import link

__all__ = ["link"]
