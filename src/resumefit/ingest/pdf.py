"""Read a PDF into a Document with pypdfium2: glyph boxes -> words -> lines -> columns.

pypdfium2's own plain text glues words together on HTML-to-PDF resumes, and pdfplumber is
~30x slower, so the text is rebuilt from pdfium's per-glyph boxes: pdf_glyphs groups them
into words, pdf_layout into lines and columns, pdf_text assembles the text.
"""

from __future__ import annotations

import ctypes
from functools import cache
from itertools import repeat
from typing import Any

import numpy as np
import numpy.typing as npt
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
#: UTF-16 code units: pdfium's line breaks, the spaces that break words, surrogate halves.
LINE_BREAK_CODES = (0x0D, 0x0A)
SPACE_CODES = (0x20, 0x09, 0xA0)
HIGH_SURROGATES = (0xD800, 0xDBFF)
LOW_SURROGATES = (0xDC00, 0xDFFF)
UNKNOWN_CHAR = "\ufffd"
_FONT_NAME_BUFFER = 128
ACTUAL_TEXT = b"ActualText"
#: pdfium spreads a marked span's ActualText evenly over the box of the span's first glyph
#: (an icon), so its characters come out far narrower than drawn glyphs: 0.03-0.09 of the
#: line height, against at least 0.17 over the 265,000 glyphs of the shared resume PDFs.
SQUEEZED_WIDTH_RATIO = 0.12
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
        if _drop_squeezed_actual_text(textpage, glyphs):
            textpage.close()
            textpage = page.get_textpage()
            glyphs = _page_glyphs(textpage, settings.max_page_chars)
        if glyphs.cut:
            warnings.append(f"page {number}: only the first {settings.max_page_chars} characters")
        fragments = build_fragments(glyphs, settings)
        layout = layout_page(number, width, height, fragments, settings)
        _mark_bold(textpage, layout, settings)
    finally:
        textpage.close()
    return layout


@cache
def _untyped(name: str, restype: type[Any]) -> Any:
    """Return pdfium's function ``name`` as a callable that converts no argument.

    The same C function as ``pdfium_c.<name>``, declared with no argument types: ctypes
    then passes a Python int as a C int and an object made by a ctypes type's
    ``from_param`` (or ``ctypes.byref``) as the value it holds, instead of calling a
    converter per argument on every call (~0.6x the time of a typed call, which matters
    for the loop that reads every glyph's box).
    """
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    assert address is not None  # a loaded function always has one
    return ctypes.CFUNCTYPE(restype)(address)


def _pointer_arg(handle: Any) -> Any:
    """Return a pdfium handle as a ready-made pointer argument for an ``_untyped`` call."""
    return ctypes.c_void_p.from_param(ctypes.cast(handle, ctypes.c_void_p).value)


def _page_glyphs(textpage: pdfium.PdfTextPage, max_chars: int) -> Glyphs:
    """Return the page's visible glyphs (at most ``max_chars``) with pdfium's loose boxes."""
    raw = textpage.raw
    all_chars = pdfium_c.FPDFText_CountChars(raw)
    count = min(all_chars, max_chars)
    if count <= 0:
        return Glyphs.from_tuples([])
    # The text once as UTF-16 code units (one per pdfium character), classified with numpy:
    # a ctypes call per character is the cost that matters here, so it is only made for
    # the characters that need a box.
    units = (ctypes.c_uint16 * (count + 1))()
    pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(units, ctypes.POINTER(ctypes.c_ushort)))
    codes = np.frombuffer(units, dtype=np.uint16)[:count].astype(np.int64)
    is_space = _any_of(codes, SPACE_CODES)
    # pdfium's own line breaks are left to the geometry: it also breaks before a superscript
    # ("1" "st/50"), which is no word break at all. The second half of a surrogate pair is
    # read with the first.
    low_surrogate = (codes >= LOW_SURROGATES[0]) & (codes <= LOW_SURROGATES[1])
    candidates = np.flatnonzero(~(is_space | _any_of(codes, LINE_BREAK_CODES) | low_surrogate))
    # pdfium writes each box straight into one array; reading fields back one by one
    # through ctypes costs more than the call itself.
    rects = (pdfium_c.FS_RECTF * count)()
    addresses = candidates * ctypes.sizeof(pdfium_c.FS_RECTF) + ctypes.addressof(rects)
    found = list(
        map(
            _untyped("FPDFText_GetLooseCharBox", ctypes.c_int),
            repeat(_pointer_arg(raw)),
            candidates.tolist(),
            map(ctypes.c_void_p.from_param, addresses.tolist()),
        )
    )
    kept = candidates[np.array(found, dtype=np.bool_)] if found else candidates
    # A space character (not a line break) between two kept glyphs marks a word break.
    spaces_so_far = np.cumsum(is_space)
    seen = spaces_so_far[kept]
    space_before = np.diff(seen, prepend=0) > 0
    # FS_RECTF is (left, top, right, bottom) as float32.
    box = np.frombuffer(rects, dtype=np.float32).reshape(-1, 4)[kept].astype(np.float64)
    return Glyphs(
        text=_glyph_text(codes, kept),
        x0=box[:, 0],
        x1=box[:, 2],
        bottom=box[:, 3],
        top=box[:, 1],
        space_before=space_before,
        index=kept.astype(np.int64),
        cut=all_chars > count,
    )


def _any_of(codes: npt.NDArray[np.int64], values: tuple[int, ...]) -> npt.NDArray[np.bool_]:
    """Return where ``codes`` equals one of a few ``values`` (cheaper than np.isin for few)."""
    found = codes == values[0]
    for value in values[1:]:
        found |= codes == value
    return found


def _glyph_text(codes: npt.NDArray[np.int64], kept: npt.NDArray[np.intp]) -> str:
    """Return one character per kept glyph; a surrogate pair's first half reads the pair."""
    units = codes[kept]
    text = units.astype(np.uint16).tobytes().decode("utf-16-le", "surrogatepass")
    high = (units >= HIGH_SURROGATES[0]) & (units <= HIGH_SURROGATES[1])
    if not high.any():
        return text
    chars = list(text)
    for k in np.flatnonzero(high).tolist():
        i = int(kept[k])
        low = int(codes[i + 1]) if i + 1 < len(codes) else 0
        if LOW_SURROGATES[0] <= low <= LOW_SURROGATES[1]:
            chars[k] = chr(0x10000 + ((int(units[k]) - 0xD800) << 10) + (low - 0xDC00))
        else:
            chars[k] = UNKNOWN_CHAR  # a lone surrogate has no character to show
    return "".join(chars)


def _drop_squeezed_actual_text(textpage: pdfium.PdfTextPage, glyphs: Glyphs) -> bool:
    """Return whether ActualText squeezed into an icon's box was removed from its span.

    A span like ``/Span <</ActualText (tel:+1 555)>> BDC`` around an icon and the text
    after it makes pdfium read the ActualText in place of every glyph of the span, crammed
    into the icon's box: the label glues onto the next word ("tel:(+82)") and the drawn
    words lose their positions. Without the ActualText the drawn glyphs are read instead.
    """
    squeezed = (glyphs.x1 - glyphs.x0) < SQUEEZED_WIDTH_RATIO * (glyphs.top - glyphs.bottom)
    if not squeezed.any():
        return False
    dropped = False
    seen: set[int | None] = set()
    for index in glyphs.index[squeezed].tolist():
        obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, index)
        address = ctypes.cast(obj, ctypes.c_void_p).value
        if not address or address in seen:
            continue
        seen.add(address)
        for m in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
            mark = pdfium_c.FPDFPageObj_GetMark(obj, m)
            # The mark's parameters are shared by every object of the span.
            dropped |= bool(pdfium_c.FPDFPageObjMark_RemoveParam(obj, mark, ACTUAL_TEXT))
    return dropped


def _mark_bold(textpage: pdfium.PdfTextPage, layout: PageLayout, settings: IngestSettings) -> None:
    """Set ``bold`` on lines whose sampled glyphs are mostly in a bold face."""
    page_arg = _pointer_arg(textpage.raw)
    font_weight = _untyped("FPDFText_GetFontWeight", ctypes.c_int)
    font_info = _untyped("FPDFText_GetFontInfo", ctypes.c_ulong)
    buffer = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
    flags = ctypes.c_int()
    info_args = (
        ctypes.byref(buffer),
        ctypes.c_ulong.from_param(_FONT_NAME_BUFFER),
        ctypes.byref(flags),
    )
    bold_names: dict[str, bool] = {}
    for line in layout.lines:
        indices = line.char_indices
        if not indices:
            continue
        step = max(1, len(indices) // settings.bold_samples_per_line)
        samples = indices[::step][: settings.bold_samples_per_line]
        bold = 0
        for i in samples:
            if font_weight(page_arg, i) >= settings.bold_min_weight:
                bold += 1
                continue
            if font_info(page_arg, i, *info_args):
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
