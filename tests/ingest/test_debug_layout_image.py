"""render_layout_image writes a PNG of the parser's view of a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from resumefit.errors import InputError
from resumefit.ingest.debug_layout import (
    DEBUG_MAX_PAGE_PIXELS,
    DEBUG_RESOLUTION,
    render_layout_image,
)


def test_two_column_page_renders_to_png(pdf_path: Callable[[str], Path], tmp_path: Path) -> None:
    out = tmp_path / "view" / "layout.png"
    render_layout_image(pdf_path("two_columns_sidebar.pdf"), out)
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.width == round(612 * DEBUG_RESOLUTION / 72)
        # The gutter band is drawn in pink somewhere across the page.
        row = image.convert("RGB").crop((0, image.height // 2, image.width, image.height // 2 + 1))
        pixels = [row.getpixel((x, 0)) for x in range(row.width)]
        assert any(r > 200 and g < 215 and b > 180 for r, g, b in pixels)  # type: ignore[misc]


def test_pages_are_stacked(pdf_path: Callable[[str], Path], tmp_path: Path) -> None:
    out = tmp_path / "pages.png"
    render_layout_image(pdf_path("three_pages.pdf"), out)
    with Image.open(out) as image:
        assert image.height > 3 * round(792 * DEBUG_RESOLUTION / 72)


def test_non_pdf_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Jane", encoding="utf-8")
    with pytest.raises(InputError, match="PDF"):
        render_layout_image(path, tmp_path / "x.png")


def test_unreadable_pdf_is_an_input_error(pdf_path: Callable[[str], Path], tmp_path: Path) -> None:
    with pytest.raises(InputError, match="encrypted"):
        render_layout_image(pdf_path("encrypted_user_password.pdf"), tmp_path / "x.png")


def test_huge_page_is_drawn_within_the_pixel_cap(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "huge-page.pdf"
    page = canvas.Canvas(str(pdf), pagesize=(14400, 14400), invariant=1)
    page.drawString(72, 14000, "Skills: Python, SQL")
    page.save()
    out = tmp_path / "huge.png"
    render_layout_image(pdf, out)  # at 110 dpi this page would need a 22000 px square
    with Image.open(out) as image:
        assert max(image.size) == DEBUG_MAX_PAGE_PIXELS
