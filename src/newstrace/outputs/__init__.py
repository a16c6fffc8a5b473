"""What people read: the analysis JSON, the self-contained report, the local web app."""

from newstrace.outputs.export import analysis_json

__all__ = ["analysis_json"]
