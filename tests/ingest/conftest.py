"""Fixtures for the ingest tests: the generated PDFs and golden-text comparison."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

PDF_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
UPDATE_GOLDEN = os.environ.get("RESUMEFIT_UPDATE_GOLDEN") == "1"


@pytest.fixture
def pdf_path() -> Callable[[str], Path]:
    """Return a function giving the path of a fixture PDF made by scripts/make_test_pdfs.py."""

    def find(name: str) -> Path:
        path = PDF_DIR / name
        assert path.exists(), f"{path} is missing; run python3 scripts/make_test_pdfs.py"
        return path

    return find


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Return a checker: ``golden(name, actual)`` compares with golden/<name> exactly.

    With RESUMEFIT_UPDATE_GOLDEN=1 the golden file is rewritten instead.
    """

    def check(name: str, actual: str) -> None:
        path = GOLDEN_DIR / name
        if UPDATE_GOLDEN:
            path.write_text(actual, encoding="utf-8", newline="")
            return
        assert path.exists(), f"no golden file {path}; run with RESUMEFIT_UPDATE_GOLDEN=1"
        assert actual == path.read_bytes().decode("utf-8")

    return check
