"""extract_profile: the Profile of one person from their resume and README documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from resumefit.extract.degrees import extract_degrees
from resumefit.extract.experience import extract_experience, skill_years
from resumefit.extract.mentions import extract_mentions
from resumefit.types import Document, Profile


def extract_profile(
    doc: Document, *, portfolio: Sequence[Document] = (), today: date | None = None
) -> Profile:
    """Return the Profile of ``doc``: mentions (resume, then each README), degrees, years."""
    mentions = extract_mentions(doc)
    for readme in portfolio:
        mentions.extend(extract_mentions(readme, source=readme.source, source_url=readme.url))
    spans = extract_experience(doc, today=today)
    return Profile(
        document=doc,
        mentions=mentions,
        degrees=extract_degrees(doc, today=today),
        experience=spans,
        skill_years=skill_years(spans, mentions, today=today),
        portfolio=list(portfolio),
    )
