"""Article -> Annotations: quotations with speakers, entity mentions, resolved time expressions.

Entry point: `annotate(article)`. One spaCy parse of the article text is shared by the components.
"""

from newstrace.annotate.pipeline import AnnotationError, annotate

__all__ = ["AnnotationError", "annotate"]
