"""Unreadable PDFs raise InputError with a one-line message naming the file and the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest import read_document


def read_error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(path.name + ": ")
    return caught.value


def test_password_protected_pdf_is_an_input_error(pdf_path: Callable[[str], Path]) -> None:
    error = read_error(pdf_path("encrypted_user_password.pdf"))
    assert error.reason == errors.ENCRYPTED_PDF


def test_pdf_with_empty_user_password_opens(pdf_path: Callable[[str], Path]) -> None:
    doc = read_document(pdf_path("encrypted_empty_user_password.pdf"))
    assert "Skills: Python, SQL" in doc.text


def test_image_only_pdf_has_no_text_layer(pdf_path: Callable[[str], Path]) -> None:
    error = read_error(pdf_path("image_only_scan.pdf"))
    assert error.reason == errors.NO_TEXT_LAYER


def test_truncated_pdf_is_corrupt(pdf_path: Callable[[str], Path]) -> None:
    error = read_error(pdf_path("truncated_download.pdf"))
    assert error.reason == errors.CORRUPT_PDF.format(detail="damaged or truncated")


def test_text_file_renamed_pdf_is_corrupt(pdf_path: Callable[[str], Path]) -> None:
    error = read_error(pdf_path("not_a_pdf_renamed.pdf"))
    assert error.reason == errors.CORRUPT_PDF.format(detail="no PDF header")


def test_error_uses_display_name(pdf_path: Callable[[str], Path]) -> None:
    with pytest.raises(InputError, match=r"^cohort/a\.pdf: "):
        read_document(pdf_path("image_only_scan.pdf"), display_name="cohort/a.pdf")


def test_glyph_bomb_page_is_refused_quickly(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from resumefit.ingest import IngestSettings

    path = tmp_path / "dense.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 4)
    for i in range(400):
        canvas.drawString(10, 10 + i, "x")
    canvas.save()
    with pytest.raises(InputError) as caught:
        read_document(path, settings=IngestSettings(max_page_objects=100))
    assert "too complex" in str(caught.value)
    assert "page 1 has 400 drawing objects" in str(caught.value)
