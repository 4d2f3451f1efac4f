"""At least 98% of pdfplumber's words (x_tolerance=1) appear as words in our text.

Uses the measure of benchmarks/word_fidelity.py, so the test and the benchmark agree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from script_module import load_script

from resumefit.ingest import read_document

MIN_FIDELITY = 0.98


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    return load_script("benchmarks/word_fidelity.py")


@pytest.mark.parametrize(
    "name",
    [
        "latex_like_kerned_glyphs.pdf",
        "livecareer_like_no_space_chars.pdf",
        "two_columns_sidebar.pdf",
        "one_column_bullets_ligatures_hyphenation.pdf",
        "icon_actual_text_contact_line.pdf",
    ],
)
def test_pdf_words_match_pdfplumber(
    name: str, pdf_path: Callable[[str], Path], measure: ModuleType
) -> None:
    path = pdf_path(name)
    reference = measure.reference_words(path)
    assert len(reference) > 20
    share, missing = measure.fidelity(reference, read_document(path).text)
    assert share >= MIN_FIDELITY, missing


def test_fidelity_measure_fails_on_glued_words(measure: ModuleType) -> None:
    # The measure must reject glued text, or the test above would prove nothing.
    share, missing = measure.fidelity(["of", "staff", "and", "chef"], "ofstaff and chef")
    assert share == 0.5
    assert missing == ["of", "staff"]
