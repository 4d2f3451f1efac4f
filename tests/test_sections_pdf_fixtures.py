"""Sections of the generated PDF fixtures, read end to end (ingest then sections)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.ingest import read_document
from resumefit.sections import split_sections
from resumefit.types import SectionKind

PDF_DIR = Path(__file__).resolve().parent / "data" / "pdf"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "one_column_bullets_ligatures_hyphenation.pdf",
            ["contact", "summary", "skills", "experience", "education"],
        ),
        ("two_columns_sidebar.pdf", ["contact", "skills", "education", "experience", "projects"]),
        ("latex_like_kerned_glyphs.pdf", ["contact", "experience", "education"]),
        ("livecareer_like_no_space_chars.pdf", ["contact", "skills", "experience"]),
    ],
)
def test_pdf_fixture_sections(name: str, expected: list[str]) -> None:
    doc = split_sections(read_document(PDF_DIR / name))
    assert [s.kind.value for s in doc.sections] == expected


def test_bullet_under_skills_is_in_skills() -> None:
    doc = split_sections(read_document(PDF_DIR / "one_column_bullets_ligatures_hyphenation.pdf"))
    assert doc.section_at(doc.text.index("scikit-learn")) is SectionKind.SKILLS
    assert doc.section_at(doc.text.index("flagged")) is SectionKind.EXPERIENCE
