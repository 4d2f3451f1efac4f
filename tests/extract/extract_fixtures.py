"""Documents for extraction tests, built directly (the ingest stage is not needed)."""

from __future__ import annotations

import hashlib

from resumefit.extract.matching import FuzzyLookup, Tokens
from resumefit.types import Document, Section, SectionKind


def make_document(
    text: str,
    section: SectionKind | None = SectionKind.EXPERIENCE,
    *,
    fmt: str = "txt",
    source: str = "resume.txt",
    url: str | None = None,
    sections: list[Section] | None = None,
) -> Document:
    """Return a Document whose whole text is one ``section`` (or the given sections)."""
    if sections is None:
        sections = [] if section is None else [Section(kind=section, start=0, end=len(text))]
    return Document(
        source=source,
        format=fmt,  # type: ignore[arg-type]
        url=url,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        sections=sections,
    )


def sections_of(text: str, *headed: tuple[SectionKind, str]) -> list[Section]:
    """Return sections for ``text``: each (kind, heading) runs to the next heading."""
    starts = [(text.index(heading), kind, heading) for kind, heading in headed]
    out = []
    for index, (start, kind, heading) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        out.append(Section(kind=kind, heading=heading, start=start, end=end))
    return out


def fuzzy_found(lookup: FuzzyLookup, text: str) -> list[tuple[str, int, int]]:
    """Return (skill, start, end) of the fuzzy candidates in ``text``, no token covered."""
    tokens = Tokens.of_text(text)
    covered = [False] * len(tokens.words)
    return [(c.skill, c.start, c.end) for c in lookup.candidates(tokens, covered)]
