"""Glyph boxes read in bulk are pdfium's loose character boxes, glyph for glyph."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from resumefit.ingest.pdf import _page_glyphs
from resumefit.ingest.settings import DEFAULT_SETTINGS

PdfPath = Callable[[str], Path]


@pytest.mark.parametrize(
    "name", ["latex_like_kerned_glyphs.pdf", "livecareer_like_no_space_chars.pdf"]
)
def test_glyph_boxes_are_pdfiums_loose_boxes(pdf_path: PdfPath, name: str) -> None:
    pdf = pdfium.PdfDocument(pdf_path(name))
    try:
        textpage = pdf[0].get_textpage()
        glyphs = _page_glyphs(textpage, DEFAULT_SETTINGS.max_page_chars)
        expected = [textpage.get_charbox(i, loose=True) for i in glyphs.index.tolist()]
        boxes = zip(glyphs.x0, glyphs.bottom, glyphs.x1, glyphs.top, strict=True)
        assert len(glyphs) > 0
        assert [tuple(map(float, box)) for box in boxes] == expected
        assert glyphs.text == "".join(textpage.get_text_range(i, 1) for i in glyphs.index)
    finally:
        pdf.close()
