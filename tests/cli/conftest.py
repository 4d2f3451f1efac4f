"""Shared pieces of the CLI tests: an example resume and a small text resume."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLE_PDF = Path(__file__).resolve().parents[2] / "examples" / "ml-intern-student.pdf"

TEXT_RESUME = """Jordan Example
jordan@example.com

Skills
Python, SQL, PyTorch, Git
Soft skills: Communication, Teamwork, Leadership

Projects
- Trained a CNN in PyTorch to classify bird songs; strong teamwork with two classmates.

Education
B.S. Computer Science, expected 2027
"""


@pytest.fixture
def example_pdf() -> Path:
    """Return the bundled ML-intern example resume."""
    return EXAMPLE_PDF


@pytest.fixture
def text_resume(tmp_path: Path) -> Path:
    """Return a small plain-text resume written to a temporary folder."""
    path = tmp_path / "jordan.txt"
    path.write_bytes(TEXT_RESUME.encode("utf-8"))
    return path


@pytest.fixture(scope="session", autouse=True)
def warm_pipeline() -> None:
    """Load spaCy, the lexicon and the roles once in the test process.

    The CLI runs each file in a forked child; children forked from a warm process inherit
    these caches instead of building them again for every test.
    """
    from resumefit.pipeline import check

    check(EXAMPLE_PDF)
