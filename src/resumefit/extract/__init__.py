"""Extraction: skills (hard and soft), degrees and dated experience from a Document.

``extract_mentions(doc)`` finds every skill mention; ``extract_profile(doc, portfolio=...)``
adds the mentions of the person's README documents, their degrees, experience spans and
years per skill, and returns the ``Profile`` the match stage reads.
"""

from resumefit.extract.mentions import extract_mentions
from resumefit.extract.profile import extract_profile

__all__ = ["extract_mentions", "extract_profile"]
