"""The text read from each generated PDF matches its golden file exactly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resumefit.ingest import read_document

GOLDEN_PDFS = [
    "one_column_bullets_ligatures_hyphenation.pdf",
    "two_columns_sidebar.pdf",
    "latex_like_kerned_glyphs.pdf",
    "livecareer_like_no_space_chars.pdf",
    "three_pages.pdf",
    "encrypted_empty_user_password.pdf",
    "icon_actual_text_contact_line.pdf",
]


@pytest.mark.parametrize("name", GOLDEN_PDFS)
def test_pdf_text_matches_golden(
    name: str, pdf_path: Callable[[str], Path], golden: Callable[[str, str], None]
) -> None:
    golden(name.replace(".pdf", ".txt"), read_document(pdf_path(name)).text)
