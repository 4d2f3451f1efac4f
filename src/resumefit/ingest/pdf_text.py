"""Assemble the text of laid-out PDF pages: normalised words, Line entries, page spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
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


@dataclass(slots=True)
class PlacedLine:
    """A line of the assembled text: its layout words, their normalised text and its offset."""

    page: int
    line: LayoutLine
    texts: list[str]  # one per word of ``line``; an empty one is left out of the text
    start: int


@dataclass
class PdfText:
    """What a PDF contributes to a Document before sections are split."""

    text: str
    pages: list[PageSpan]
    lines: list[Line]
    links: list[Link]
    warnings: list[str]
    placed_lines: list[PlacedLine]
    gutters: dict[int, tuple[float, float]] = field(default_factory=dict)  # page -> band x

    @cached_property
    def words(self) -> list[PlacedWord]:
        """Return every word of the text with its box and offsets, in text order.

        Built on first use: only link annotations and the debug view need the words, and
        most resumes have neither.
        """
        placed: list[PlacedWord] = []
        for placed_line in self.placed_lines:
            page, line, offset = placed_line.page, placed_line.line, placed_line.start
            for k, (word, text) in enumerate(zip(line.words, placed_line.texts, strict=True)):
                if not text:
                    continue
                if offset > placed_line.start:
                    offset += len(FIELD_SEPARATOR) if k in line.field_starts else 1
                placed.append(PlacedWord(page, word, offset, offset + len(text)))
                offset += len(text)
        cut = len(self.text)  # words past a max_chars cut are not in the text
        return [w for w in placed if w.end <= cut]


def assemble_text(layouts: list[PageLayout], settings: IngestSettings) -> PdfText:
    """Return the normalised text of the pages with Line entries, page spans and text URLs."""
    line_words = [[_normalised_words(line) for line in layout.lines] for layout in layouts]
    # Only a line ending in a hyphen asks which words the document has.
    if any(words and words[-1].endswith("-") for page in line_words for words in page):
        known_words = {w.lower() for page in line_words for line in page for w in line}
    else:
        known_words = set()
    body = _body_height([(ln.height, ln.glyphs) for layout in layouts for ln in layout.lines])
    parts: list[str] = []
    offset = 0
    lines: list[Line] = []
    pages: list[PageSpan] = []
    placed: list[PlacedLine] = []
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
            text = _line_text(words, line.field_starts)
            parts.append(text)
            placed.append(PlacedLine(layout.page, line, words, start))
            offset += len(text)
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
    return PdfText(text, pages, lines, text_links(text), warnings, placed)


def _line_text(words: list[str], field_starts: set[int]) -> str:
    """Return a line's non-empty words joined by spaces, two before a field's first word."""
    if not field_starts and all(words):  # the common line
        return " ".join(words)
    pieces: list[str] = []
    for k, text in enumerate(words):
        if not text:
            continue
        if pieces:
            pieces.append(FIELD_SEPARATOR if k in field_starts else " ")
        pieces.append(text)
    return "".join(pieces)


def _normalised_words(line: LayoutLine) -> list[str]:
    """Return the normalised text of each word of ``line``."""
    texts = [word.text for word in line.words]
    joined = "".join(texts)
    if joined.isascii() and joined.isprintable():  # the common line: nothing to normalise
        return texts
    return [_normalise_word(text) for text in texts]


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
