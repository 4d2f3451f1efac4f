"""pipeline.check_document: a resume already read gives the same report as reading its file."""

from __future__ import annotations

from pathlib import Path

from resumefit import pipeline
from resumefit.ingest import read_document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ml-intern-student.pdf"


def test_check_document_equals_check_of_the_file() -> None:
    from_file = pipeline.check(EXAMPLE)
    from_document = pipeline.check_document(read_document(EXAMPLE))
    assert from_document.model_dump() == from_file.model_dump()
