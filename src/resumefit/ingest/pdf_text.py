"""Assemble the text of laid-out PDF pages: normalised words, Line entries, page spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate, repeat
from statistics import median

from resumefit.ingest.links import text_links
from resumefit.ingest.normalise import BULLET, join_hyphenated, normalise_glyph_text
from resumefit.ingest.pdf_layout import LayoutLine, PageLayout, Word
from resumefit.ingest.settings import IngestSettings
from resumefit.types import Line, Link, PageSpan

PAGE_SEPARATOR = "\n\n"
#: Between fields of one line (title ... date flush right; table cells): more than a space,
#: so a reader or a date pattern can tell "CaseMap  Results-oriented" are two cells.
FIELD_SEPARATOR = "  "
#: A link annotation: (page, url, (left, bottom, right, top)).
RawLink = tuple[int, str, tuple[float, float, float, float]]


@dataclass(slots=True)
class PlacedWord:
    """A word's box on its page and its offsets in the assembled text."""

    page: int
    word: Word
    start: int
    end: int


@dataclass
class PdfText:
    """What a PDF contributes to a Document before sections are split."""

    text: str
    pages: list[PageSpan]
    lines: list[Line]
    links: list[Link]
    warnings: list[str]
    words: list[PlacedWord]
    gutters: dict[int, tuple[float, float]] = field(default_factory=dict)  # page -> band x


def assemble_text(layouts: list[PageLayout], settings: IngestSettings) -> PdfText:
    """Return the normalised text of the pages with Line entries, page spans and text URLs."""
    line_words = [
        [[_normalise_word(w.text) for w in line.words] for line in layout.lines]
        for layout in layouts
    ]
    known_words = {w.lower() for page in line_words for line in page for w in line}
    body = _body_height([(ln.height, ln.glyphs) for layout in layouts for ln in layout.lines])
    parts: list[str] = []
    offset = 0
    lines: list[Line] = []
    pages: list[PageSpan] = []
    placed: list[PlacedWord] = []
    for layout, page_words in zip(layouts, line_words, strict=True):
        if parts:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        page_start = offset
        _join_hyphenated_lines(layout.lines, page_words, known_words)
        for line, words in zip(layout.lines, page_words, strict=True):
            if not any(words):
                continue
            if lines and lines[-1].page == layout.page:
                parts.append("\n")
                offset += 1
            start = offset
            if not line.field_starts and all(words):
                # The common line: words joined by single spaces, placed in one go.
                starts = list(accumulate([len(text) + 1 for text in words[:-1]], initial=offset))
                ends = [at + len(text) for at, text in zip(starts, words, strict=True)]
                placed.extend(map(PlacedWord, repeat(layout.page), line.words, starts, ends))
                parts.append(" ".join(words))
                offset = ends[-1]
            else:
                offset = _place_words(line, words, layout.page, offset, parts, placed)
            lines.append(
                Line(
                    start=start,
                    end=offset,
                    page=layout.page,
                    size=round(line.height / body, 2) if body else 1.0,
                    bold=line.bold,
                    column=line.column,
                )
            )
        pages.append(PageSpan(page=layout.page, start=page_start, end=offset))
    text = "".join(parts)
    warnings = []
    if len(text) > settings.max_chars:
        warnings.append(f"only the first {settings.max_chars} characters were kept")
        text = text[: settings.max_chars]
        cut = len(text)
        lines = [ln.model_copy(update={"end": min(ln.end, cut)}) for ln in lines if ln.start < cut]
        pages = [p.model_copy(update={"end": min(p.end, cut)}) for p in pages if p.start < cut]
        placed = [w for w in placed if w.end <= cut]
    return PdfText(text, pages, lines, text_links(text), warnings, placed)


def _place_words(
    line: LayoutLine,
    words: list[str],
    page: int,
    offset: int,
    parts: list[str],
    placed: list[PlacedWord],
) -> int:
    """Append a line's non-empty words (fields two spaces apart) at ``offset``; return its end."""
    start = offset
    for k, (word, text) in enumerate(zip(line.words, words, strict=True)):
        if not text:
            continue
        if offset > start:
            separator = FIELD_SEPARATOR if k in line.field_starts else " "
            parts.append(separator)
            offset += len(separator)
        parts.append(text)
        placed.append(PlacedWord(page, word, offset, offset + len(text)))
        offset += len(text)
    return offset


def _normalise_word(raw: str) -> str:
    """Return a word's normalised text; a bullet glued to its word gets a space after it."""
    if raw.isascii() and raw.isprintable():  # the common case: nothing to normalise
        return raw
    text = normalise_glyph_text(raw).strip()
    if len(text) > 1 and text[0] == BULLET and text[1] != BULLET:
        return f"{BULLET} {text[1:].lstrip()}"
    return text


def _body_height(weights: list[tuple[float, int]]) -> float:
    """Return the glyph height that most characters are set in (median weighted by glyphs)."""
    if not weights:
        return 0.0
    weights.sort()
    half = sum(n for _, n in weights) / 2
    seen = 0
    for height, n in weights:
        seen += n
        if seen >= half:
            return height
    return median(h for h, _ in weights)


def _join_hyphenated_lines(
    lines: list[LayoutLine], words: list[list[str]], known_words: set[str]
) -> None:
    """Rejoin words split by a hyphen at a line end ("devel-" / "opment") in place."""
    for k in range(len(lines) - 1):
        prev, nxt = words[k], words[k + 1]
        if not prev or not nxt or lines[k].column != lines[k + 1].column:
            continue
        if not prev[-1].endswith("-"):
            continue
        joined = join_hyphenated(prev[-1], nxt[0], known_words)
        if joined is None:
            continue
        head = lines[k].words[-1]
        lines[k].words[-1] = Word(joined, head.x0, head.x1, head.bottom, head.top)
        prev[-1] = joined
        del nxt[0]
        del lines[k + 1].words[0]
        lines[k + 1].field_starts = {i - 1 for i in lines[k + 1].field_starts if i > 0}


def place_links(raw_links: list[RawLink], result: PdfText) -> list[Link]:
    """Return annotation links with the offsets of the words under each link's rectangle."""
    links = []
    for page, url, (left, bottom, right, top) in raw_links:
        inside = [
            p
            for p in result.words
            if p.page == page
            and left <= (p.word.x0 + p.word.x1) / 2 <= right
            and bottom <= (p.word.bottom + p.word.top) / 2 <= top
        ]
        if inside:
            links.append(Link(url=url, page=page, start=inside[0].start, end=inside[-1].end))
        else:
            links.append(Link(url=url, page=page))
    return links
