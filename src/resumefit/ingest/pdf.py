"""Read a PDF into a Document with pypdfium2: glyph boxes -> words -> lines -> columns.

pypdfium2's own plain text glues words together on HTML-to-PDF resumes, and pdfplumber is
~30x slower, so the text is rebuilt here from pdfium's per-glyph boxes (see pdf_layout).
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from statistics import median

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest.normalise import (
    BULLET,
    join_hyphenated,
    normalise_glyph_text,
)
from resumefit.ingest.pdf_glyphs import Glyphs, build_fragments
from resumefit.ingest.pdf_layout import LayoutLine, PageLayout, Word, layout_page
from resumefit.ingest.settings import IngestSettings
from resumefit.types import Line, Link, PageSpan

PDF_MAGIC = b"%PDF-"
EOF_MARKER = b"%%EOF"
EOF_SEARCH_BYTES = 4096  # %%EOF sits near the end; anything after it is junk some tools add
PAGE_SEPARATOR = "\n\n"
LINE_BREAKS = frozenset("\r\n")
SPACES = frozenset(" \t\u00a0")
URL_IN_TEXT = re.compile(
    r"(?:https?://|www\.|(?:github|gitlab|linkedin|kaggle)\.com/)[^\s|,;()<>\"']+", re.IGNORECASE
)
_FONT_NAME_BUFFER = 128
#: pdfium load error codes -> the detail shown to the user.
PDFIUM_ERROR_DETAILS = {
    pdfium_c.FPDF_ERR_FORMAT: "damaged or truncated",
    pdfium_c.FPDF_ERR_FILE: "cannot be opened",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported security handler",
}


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


def open_pdf(path_label: str, data: bytes) -> pdfium.PdfDocument:
    """Return the opened PDF, or raise InputError for a non-PDF, corrupt or encrypted file."""
    if not data.lstrip()[:1024].count(PDF_MAGIC):
        raise InputError(
            path_label, errors.CORRUPT_PDF.format(detail="no PDF header"), errors.CORRUPT_ADVICE
        )
    try:
        # pdfium tries the empty user password itself, so such files open here.
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(path_label, errors.ENCRYPTED_PDF, errors.ENCRYPTED_ADVICE) from None
        detail = PDFIUM_ERROR_DETAILS.get(getattr(exc, "err_code", None), "cannot be opened")
        raise InputError(
            path_label, errors.CORRUPT_PDF.format(detail=detail), errors.CORRUPT_ADVICE
        ) from None


def read_pdf(path_label: str, data: bytes, settings: IngestSettings) -> PdfText:
    """Return the text, lines, page spans, links and warnings of the PDF in ``data``."""
    pdf = open_pdf(path_label, data)
    warnings: list[str] = []
    try:
        page_count = len(pdf)
        if page_count > settings.max_pages:
            warnings.append(f"only the first {settings.max_pages} of {page_count} pages were read")
        layouts: list[PageLayout] = []
        raw_links: list[tuple[int, str, tuple[float, float, float, float]]] = []
        for number in range(1, min(page_count, settings.max_pages) + 1):
            try:
                page = pdf[number - 1]
                layout = _read_page(number, page, settings)
            except pdfium.PdfiumError:
                warnings.append(f"page {number} could not be read")
                continue
            layouts.append(layout)
            raw_links.extend(_page_links(pdf, page, number))
            if not layout.lines:
                warnings.append(f"page {number} has no text layer")
            elif layout.gutter is not None:
                warnings.append(f"two columns detected on page {number}")
    finally:
        pdf.close()
    if not any(layout.lines for layout in layouts):
        if data.rfind(EOF_MARKER, max(0, len(data) - EOF_SEARCH_BYTES)) < 0:
            raise InputError(
                path_label,
                errors.CORRUPT_PDF.format(detail="the file is truncated"),
                errors.CORRUPT_ADVICE,
            )
        raise InputError(path_label, errors.NO_TEXT_LAYER, errors.NO_TEXT_ADVICE)
    if data.rfind(EOF_MARKER, max(0, len(data) - EOF_SEARCH_BYTES)) < 0:
        warnings.append("the PDF looks truncated; some text may be missing")
    result = assemble_text(layouts, settings)
    result.warnings[:0] = warnings
    annotated = _place_links(raw_links, result)
    result.links = annotated + [link for link in result.links if not _covered_by(link, annotated)]
    result.gutters = {lay.page: lay.gutter for lay in layouts if lay.gutter is not None}
    return result


# --------------------------------------------------------------------------- glyphs


def _read_page(number: int, page: pdfium.PdfPage, settings: IngestSettings) -> PageLayout:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        fragments = build_fragments(_page_glyphs(textpage), settings)
        layout = layout_page(number, width, height, fragments, settings)
        _mark_bold(textpage, layout, settings)
    finally:
        textpage.close()
    return layout


def _page_glyphs(textpage: pdfium.PdfTextPage) -> Glyphs:
    """Return the page's visible glyphs with pdfium's loose (origin + advance) boxes."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return Glyphs.from_tuples([])
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: read code points one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    # pdfium writes each box straight into one array; reading fields back one by one
    # through ctypes costs more than the call itself.
    rects = (pdfium_c.FS_RECTF * count)()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    kept: list[int] = []
    spaces: list[bool] = []
    space_before = False
    for i, ch in enumerate(text):
        if ch in SPACES:
            space_before = True
        elif ch in LINE_BREAKS:
            # pdfium's own line breaks are left to the geometry: it also breaks before a
            # superscript ("1" "st/50"), which is no word break at all.
            continue
        elif get_box(raw, i, rects[i]):
            kept.append(i)
            spaces.append(space_before)
            space_before = False
    # FS_RECTF is (left, top, right, bottom) as float32.
    box = np.frombuffer(rects, dtype=np.float32).reshape(-1, 4)[kept].astype(np.float64)
    return Glyphs(
        text="".join([text[i] for i in kept]),
        x0=box[:, 0],
        x1=box[:, 2],
        bottom=box[:, 3],
        top=box[:, 1],
        space_before=np.array(spaces, dtype=np.bool_),
        index=np.array(kept, dtype=np.int64),
    )


def _mark_bold(textpage: pdfium.PdfTextPage, layout: PageLayout, settings: IngestSettings) -> None:
    """Set ``bold`` on lines whose sampled glyphs are mostly in a bold face."""
    raw = textpage.raw
    buffer = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
    flags = ctypes.c_int()
    names: dict[int, bool] = {}
    for line in layout.lines:
        indices = line.char_indices
        if not indices:
            continue
        step = max(1, len(indices) // settings.bold_samples_per_line)
        samples = indices[::step][: settings.bold_samples_per_line]
        bold = 0
        for i in samples:
            if pdfium_c.FPDFText_GetFontWeight(raw, i) >= settings.bold_min_weight:
                bold += 1
                continue
            size = pdfium_c.FPDFText_GetFontInfo(raw, i, buffer, _FONT_NAME_BUFFER, flags)
            if size:
                name = buffer.value.decode("latin-1").lower()
                key = hash(name)
                if key not in names:
                    names[key] = any(word in name for word in settings.bold_name_words)
                bold += names[key]
        line.bold = bold * 2 > len(samples)


def _page_links(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, number: int
) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """Return (page, url, rect) for each URI link annotation on the page."""
    found = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        if size <= 1:
            continue
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
        url = buffer.value.decode("utf-8", "replace").strip()
        if not url:
            continue
        if pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            box = (rect.left, rect.bottom, rect.right, rect.top)
        else:
            box = (0.0, 0.0, 0.0, 0.0)
        found.append((number, url, box))
    return found


# --------------------------------------------------------------------------- text


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
            for word, text in zip(line.words, words, strict=True):
                if not text:
                    continue
                if offset > start:
                    parts.append(" ")
                    offset += 1
                parts.append(text)
                placed.append(PlacedWord(layout.page, word, offset, offset + len(text)))
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
        placed = [w for w in placed if w.end <= cut]
    return PdfText(text, pages, lines, text_links(text), warnings, placed)


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


def _covered_by(link: Link, annotated: list[Link]) -> bool:
    """Return True when a URL written in the text is already an annotation's anchor or target."""
    for other in annotated:
        if other.url.rstrip("/").endswith(link.url.rstrip("/")):
            return True
        if other.start is None or other.end is None or link.start is None:
            continue
        if other.start <= link.start < other.end:
            return True
    return False


def text_links(text: str) -> list[Link]:
    """Return the URLs written out in ``text`` (http(s), www., github.com/... and the like)."""
    links = []
    for match in URL_IN_TEXT.finditer(text):
        url = match.group(0).rstrip(".")
        links.append(Link(url=url, start=match.start(), end=match.start() + len(url)))
    return links


def _place_links(
    raw_links: list[tuple[int, str, tuple[float, float, float, float]]], result: PdfText
) -> list[Link]:
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
