"""Read a PDF into a Document with pypdfium2: glyph boxes -> words -> lines -> columns.

pypdfium2's own plain text glues words together on HTML-to-PDF resumes, and pdfplumber is
~30x slower, so the text is rebuilt from pdfium's per-glyph boxes: pdf_glyphs groups them
into words, pdf_layout into lines and columns, pdf_text assembles the text.
"""

from __future__ import annotations

import ctypes

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest.links import covered_by
from resumefit.ingest.pdf_glyphs import Glyphs, build_fragments
from resumefit.ingest.pdf_layout import PageLayout, layout_page
from resumefit.ingest.pdf_text import PdfText, RawLink, assemble_text, place_links
from resumefit.ingest.settings import IngestSettings

PDF_MAGIC = b"%PDF-"
PDF_HEADER_WINDOW = 1024  # readers accept the header anywhere in the first KB
EOF_MARKER = b"%%EOF"
EOF_SEARCH_BYTES = 4096  # %%EOF sits near the end; anything after it is junk some tools add
LINE_BREAKS = frozenset("\r\n")
SPACES = frozenset(" \t\u00a0")
_FONT_NAME_BUFFER = 128
#: pdfium load error codes -> the detail shown to the user.
PDFIUM_ERROR_DETAILS = {
    pdfium_c.FPDF_ERR_FORMAT: "damaged or truncated",
    pdfium_c.FPDF_ERR_FILE: "cannot be opened",
    pdfium_c.FPDF_ERR_SECURITY: "unsupported security handler",
}


def open_pdf(path_label: str, data: bytes) -> pdfium.PdfDocument:
    """Return the opened PDF, or raise InputError for a non-PDF, corrupt or encrypted file."""
    if PDF_MAGIC not in data[:PDF_HEADER_WINDOW]:
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
    layouts: list[PageLayout] = []
    raw_links: list[RawLink] = []
    too_complex: list[str] = []
    try:
        page_count = len(pdf)
        if page_count > settings.max_pages:
            warnings.append(f"only the first {settings.max_pages} of {page_count} pages were read")
        for number in range(1, min(page_count, settings.max_pages) + 1):
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError:
                warnings.append(f"page {number} could not be read")
                continue
            objects = pdfium_c.FPDFPage_CountObjects(page.raw)
            if objects > settings.max_page_objects:
                # A glyph bomb: pdfium's text analysis of millions of glyphs takes minutes.
                too_complex.append(f"page {number} has {objects} drawing objects")
                warnings.append(f"page {number} was skipped: {too_complex[-1]}")
                continue
            layout = _read_page(number, page, settings, warnings)
            layouts.append(layout)
            raw_links.extend(_page_links(pdf, page, number))
            if not layout.lines:
                warnings.append(f"page {number} has no text layer")
            elif layout.gutter is not None:
                warnings.append(f"two columns detected on page {number}")
    finally:
        pdf.close()
    truncated = data.rfind(EOF_MARKER, max(0, len(data) - EOF_SEARCH_BYTES)) < 0
    if not any(layout.lines for layout in layouts):
        raise _no_text_error(path_label, page_count, layouts, too_complex, truncated)
    if truncated:
        warnings.append("the PDF looks truncated; some text may be missing")
    result = assemble_text(layouts, settings)
    result.warnings[:0] = warnings
    annotated = place_links(raw_links, result)
    result.links = annotated + [link for link in result.links if not covered_by(link, annotated)]
    result.gutters = {lay.page: lay.gutter for lay in layouts if lay.gutter is not None}
    return result


def _no_text_error(
    path_label: str,
    page_count: int,
    layouts: list[PageLayout],
    too_complex: list[str],
    truncated: bool,
) -> InputError:
    """Return the error that explains why no page gave any text."""
    if too_complex:
        detail = f"{too_complex[0]}; a resume page has a few thousand"
        return InputError(path_label, errors.PDF_TOO_COMPLEX.format(detail=detail))
    if truncated:
        detail = "the file is truncated"
    elif page_count == 0:
        detail = "it has no pages"
    elif not layouts:
        detail = "no page could be read"
    else:
        return InputError(path_label, errors.NO_TEXT_LAYER, errors.NO_TEXT_ADVICE)
    return InputError(path_label, errors.CORRUPT_PDF.format(detail=detail), errors.CORRUPT_ADVICE)


# --------------------------------------------------------------------------- glyphs


def _read_page(
    number: int, page: pdfium.PdfPage, settings: IngestSettings, warnings: list[str]
) -> PageLayout:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        glyphs = _page_glyphs(textpage, settings.max_page_chars)
        if glyphs.cut:
            warnings.append(f"page {number}: only the first {settings.max_page_chars} characters")
        fragments = build_fragments(glyphs, settings)
        layout = layout_page(number, width, height, fragments, settings)
        _mark_bold(textpage, layout, settings)
    finally:
        textpage.close()
    return layout


def _page_glyphs(textpage: pdfium.PdfTextPage, max_chars: int) -> Glyphs:
    """Return the page's visible glyphs (at most ``max_chars``) with pdfium's loose boxes."""
    raw = textpage.raw
    all_chars = pdfium_c.FPDFText_CountChars(raw)
    count = min(all_chars, max_chars)
    if count <= 0:
        return Glyphs.from_tuples([])
    text = textpage.get_text_range(0, count)
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
        cut=all_chars > count,
    )


def _mark_bold(textpage: pdfium.PdfTextPage, layout: PageLayout, settings: IngestSettings) -> None:
    """Set ``bold`` on lines whose sampled glyphs are mostly in a bold face."""
    raw = textpage.raw
    buffer = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
    flags = ctypes.c_int()
    bold_names: dict[str, bool] = {}
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
                if name not in bold_names:
                    bold_names[name] = any(word in name for word in settings.bold_name_words)
                bold += bold_names[name]
        line.bold = bold * 2 > len(samples)


def _page_links(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, number: int) -> list[RawLink]:
    """Return (page, url, rect) for each URI link annotation on the page."""
    found: list[RawLink] = []
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
