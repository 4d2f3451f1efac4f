"""What the parser saw: a document's text cut into its sections, with skill mentions marked.

The resume view shows this next to the report so a reviewer can tell a bad parse (a
section missed, columns run together) from a weak resume.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from resumefit.types import Document, Mention

#: Label of text that falls outside every detected section.
UNSECTIONED = "(no section)"


@dataclass
class TextPiece:
    """A run of text; ``skill`` names the mention it is, if any."""

    text: str
    skill: str | None = None
    removed: bool = False


@dataclass
class TextBlock:
    """One section of the document as the parser cut it."""

    kind: str
    heading: str | None
    start: int
    end: int
    pieces: list[TextPiece] = field(default_factory=list)


def _spans(document: Document) -> list[tuple[str, str | None, int, int]]:
    """Return (kind, heading, start, end) covering the whole text, gaps included."""
    spans: list[tuple[str, str | None, int, int]] = []
    at = 0
    for section in sorted(document.sections, key=lambda s: s.start):
        if section.start > at and document.text[at : section.start].strip():
            spans.append((UNSECTIONED, None, at, section.start))
        start = max(section.start, at)
        if section.end > start:
            spans.append((section.kind.value, section.heading, start, section.end))
            at = section.end
    if at < len(document.text) and document.text[at:].strip():
        spans.append((UNSECTIONED, None, at, len(document.text)))
    return spans


def text_blocks(
    document: Document, mentions: Sequence[Mention], removed: Sequence[Mention] = ()
) -> list[TextBlock]:
    """Return the document's sections with each mention's text marked (removed ones flagged)."""
    marks = sorted(
        [(m.start, m.end, m.name, False) for m in mentions if m.end > m.start]
        + [(m.start, m.end, m.name, True) for m in removed if m.end > m.start]
    )
    blocks = []
    for kind, heading, start, end in _spans(document):
        block = TextBlock(kind, heading, start, end)
        at = start
        for m_start, m_end, name, is_removed in marks:
            if m_start < at or m_end > end:
                continue  # overlapping or outside this section: the first mark wins
            if m_start > at:
                block.pieces.append(TextPiece(document.text[at:m_start]))
            block.pieces.append(TextPiece(document.text[m_start:m_end], name, is_removed))
            at = m_end
        if at < end:
            block.pieces.append(TextPiece(document.text[at:end]))
        blocks.append(block)
    return blocks
