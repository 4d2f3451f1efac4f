"""Blocks of rendered README text assembled into a ``Document(format="readme")``.

Each block is one paragraph, list item, heading, table row, code fence or signal line,
already plain text, tagged with the section kind that says how strong its evidence is.
Consecutive blocks of one kind under one heading become one ``Section``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from resumefit.types import Document, Line, Link, Section, SectionKind

#: Relative size of a heading line by level, as the sections stage reads ``Line.size``.
HEADING_SIZES: dict[int, float] = {1: 1.6, 2: 1.4, 3: 1.2}
MINOR_HEADING_SIZE = 1.1
#: Link schemes kept in ``Document.links``; anything else (javascript:, data:, relative
#: paths) is dropped so the report never renders it as a link.
KEPT_LINK_SCHEMES: frozenset[str] = frozenset({"http", "https"})


@dataclass
class Block:
    """One rendered piece of README text and the evidence kind of the part it sits in."""

    text: str
    kind: SectionKind
    heading: str | None = None  # the heading of the part it belongs to
    heading_level: int = 0  # > 0 when the block is itself a heading
    links: list[tuple[str, int | None, int | None]] = field(default_factory=list)


def is_web_url(url: str) -> bool:
    """Return True for an absolute http(s) URL with a host."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in KEPT_LINK_SCHEMES and bool(parts.netloc)


def clean_text(text: str) -> str:
    """Return ``text`` with tabs as spaces and control characters (bar newlines) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    if text.replace("\n", "").isprintable():  # the common case, checked in C
        return text
    return "".join(ch for ch in text if ch == "\n" or ch.isprintable())


def assemble_document(
    blocks: list[Block],
    *,
    source: str,
    url: str | None,
    raw: bytes,
    warnings: list[str] | None = None,
) -> Document:
    """Return the Document whose text is ``blocks`` joined by newlines, with sections and lines."""
    pieces: list[str] = []
    sections: list[Section] = []
    lines: list[Line] = []
    links: list[Link] = []
    offset = 0
    for block in blocks:
        text = clean_text(block.text)  # renderers clean their text, so offsets hold
        lead = len(text) - len(text.lstrip("\n"))
        text = text.strip("\n")
        if not text.strip():  # a linked badge or icon: keep its target, it has no anchor text
            links.extend(Link(url=href.strip()) for href, _, _ in block.links if is_web_url(href))
            continue
        start = offset
        end = start + len(text)
        previous = sections[-1] if sections else None
        if previous and previous.kind == block.kind and previous.heading == block.heading:
            previous.end = end
        else:
            if previous:
                previous.end = start  # sections tile the text, separators included
            sections.append(Section(kind=block.kind, heading=block.heading, start=start, end=end))
        line_start = start
        for line_text in text.split("\n"):
            line_end = line_start + len(line_text)
            if block.heading_level:
                size = HEADING_SIZES.get(block.heading_level, MINOR_HEADING_SIZE)
                lines.append(Line(start=line_start, end=line_end, size=size, bold=True))
            else:
                lines.append(Line(start=line_start, end=line_end))
            line_start = line_end + 1
        for href, link_start, link_end in block.links:
            if not is_web_url(href):
                continue
            if link_start is None or link_end is None:
                links.append(Link(url=href.strip()))
                continue
            link_start, link_end = link_start - lead, link_end - lead
            if 0 <= link_start < link_end <= len(text):
                links.append(Link(url=href.strip(), start=start + link_start, end=start + link_end))
            else:
                links.append(Link(url=href.strip()))
        pieces.append(text)
        offset = end + 1
    full_text = "\n".join(pieces)
    if sections:
        sections[-1].end = len(full_text)
    return Document(
        source=source,
        format="readme",
        url=url,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=full_text,
        lines=lines,
        links=links,
        sections=sections,
        warnings=list(warnings or []),
    )
