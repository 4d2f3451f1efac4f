"""Draw what the PDF parser saw onto the page images: words, headings and column gutters.

``resumefit check --debug-layout out.png`` calls ``render_layout_image``. The page images
come from pdfplumber (which renders through pypdfium2); the boxes are resumefit's own words,
so a glued word or a missed column shows up as one long box or as a missing gutter band.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from resumefit import errors
from resumefit.errors import InputError, UsageError
from resumefit.ingest.pdf import read_pdf
from resumefit.ingest.pdf_text import PdfText
from resumefit.ingest.read import PDF_SUFFIXES, read_input
from resumefit.ingest.settings import DEFAULT_SETTINGS, IngestSettings
from resumefit.types import Document

if TYPE_CHECKING:
    from pdfplumber.display import PageImage
    from pdfplumber.page import Page
    from PIL.Image import Image

#: Only the first pages are drawn; a resume's layout problems show on page 1 or 2.
DEBUG_MAX_PAGES = 4
DEBUG_RESOLUTION = 110  # dpi of the page images
#: Longest side of one page image; bigger pages are drawn at a lower resolution so a
#: 200-inch page cannot ask for a multi-gigabyte image.
DEBUG_MAX_PAGE_PIXELS = 3000
POINTS_PER_INCH = 72
PAGE_GAP_PIXELS = 16
Colour = tuple[int, int, int, int]


@dataclass(frozen=True)
class BoxStyle:
    """Fill, outline and outline width of one kind of box."""

    fill: Colour
    stroke: Colour
    width: int


WORD_STYLE = BoxStyle(fill=(40, 110, 230, 35), stroke=(40, 110, 230, 160), width=1)
HEADING_STYLE = BoxStyle(fill=(240, 140, 0, 70), stroke=(220, 90, 0, 255), width=2)
GUTTER_STYLE = BoxStyle(fill=(220, 0, 80, 45), stroke=(220, 0, 80, 200), width=1)
DEBUG_ONLY_PDF = "--debug-layout draws PDF pages only"
DEBUG_ONLY_PDF_ADVICE = "run it on a PDF resume"


def render_layout_image(
    path: Path, out_png: Path, *, settings: IngestSettings = DEFAULT_SETTINGS
) -> None:
    """Write a PNG of the first pages of the PDF at ``path`` with the parser's view drawn on.

    Blue boxes are words, orange boxes are lines taken as section headings, and a pink band
    marks the gutter of a page read as two columns. Raises InputError for unreadable files.
    """
    import pdfplumber
    from PIL import Image as pil

    path = Path(path)
    if path.suffix.lower() not in PDF_SUFFIXES:
        raise InputError(path.name, DEBUG_ONLY_PDF, DEBUG_ONLY_PDF_ADVICE)
    data = read_input(path, path.name, settings)
    parsed = read_pdf(path.name, data, settings)
    headings = _heading_offsets(parsed)
    images: list[Image] = []
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages[:DEBUG_MAX_PAGES]:
                images.append(_draw_page(page, parsed, headings))
    except Exception as exc:  # pdfplumber's own parser may choke where pdfium did not
        raise InputError(
            path.name, errors.CORRUPT_PDF.format(detail=type(exc).__name__), errors.CORRUPT_ADVICE
        ) from None
    width = max(image.width for image in images)
    height = sum(image.height for image in images) + PAGE_GAP_PIXELS * (len(images) - 1)
    sheet = pil.new("RGB", (width, height), "white")
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height + PAGE_GAP_PIXELS
    out_png = Path(out_png)
    try:
        out_png.parent.mkdir(parents=True, exist_ok=True)
        sheet.save(out_png, format="PNG")
    except OSError as error:
        detail = error.strerror or type(error).__name__
        message = errors.CANNOT_WRITE.format(path=out_png, detail=detail)
        raise UsageError(f"{message}; check that the folder is writable") from None


def _heading_offsets(parsed: PdfText) -> list[tuple[int, int]]:
    """Return (start, end) of each line the sections stage takes as a heading."""
    from resumefit.sections import split_sections  # the debug view shows the next stage too

    doc = Document(
        source="debug", format="pdf", sha256="0" * 64, text=parsed.text, lines=parsed.lines
    )
    sections = split_sections(doc).sections
    starts = {section.start for section in sections if section.heading is not None}
    return [(line.start, line.end) for line in parsed.lines if line.start in starts]


def page_resolution(width_pt: float, height_pt: float) -> float:
    """Return the dpi to draw a page at: DEBUG_RESOLUTION, lowered so no side exceeds the cap."""
    longest_inches = max(width_pt, height_pt, 1.0) / POINTS_PER_INCH
    return min(float(DEBUG_RESOLUTION), DEBUG_MAX_PAGE_PIXELS / longest_inches)


def _draw_page(page: Page, parsed: PdfText, headings: list[tuple[int, int]]) -> Image:
    """Return the annotated PIL image of one pdfplumber page."""
    number = page.page_number
    top_of_page = float(page.height)
    image = page.to_image(resolution=page_resolution(float(page.width), float(page.height)))
    words = [w for w in parsed.words if w.page == number]
    # pdfium's y grows upwards from the bottom; pdfplumber's "top" grows downwards.
    boxes = [
        (w.word.x0, top_of_page - w.word.top, w.word.x1, top_of_page - w.word.bottom) for w in words
    ]
    image.draw_rects(
        boxes, fill=WORD_STYLE.fill, stroke=WORD_STYLE.stroke, stroke_width=WORD_STYLE.width
    )
    for start, end in headings:
        inside = [b for w, b in zip(words, boxes, strict=True) if start <= w.start < end]
        if inside:
            box = (
                min(b[0] for b in inside),
                min(b[1] for b in inside),
                max(b[2] for b in inside),
                max(b[3] for b in inside),
            )
            _box(image, box, HEADING_STYLE)
    gutter = parsed.gutters.get(number)
    if gutter is not None:
        _box(image, (gutter[0], 0, gutter[1], top_of_page), GUTTER_STYLE)
    return image.annotated


def _box(image: PageImage, box: tuple[float, float, float, float], style: BoxStyle) -> None:
    image.draw_rect(box, fill=style.fill, stroke=style.stroke, stroke_width=style.width)
