"""The committed example reports are what the pipeline produces today (golden JSON).

Refresh after an intended change with ``RESUMEFIT_UPDATE_GOLDEN=1 python3 -m pytest
tests/report/test_examples_golden.py`` (or ``python scripts/make_examples.py --write-reports``),
then review the diff of ``examples/reports/*.json`` before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resumefit.pipeline import check
from resumefit.report import render_html, render_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PDFS = sorted(EXAMPLES.glob("*.pdf"))
UPDATE = os.environ.get("RESUMEFIT_UPDATE_GOLDEN") == "1"


def test_there_are_at_least_four_examples() -> None:
    assert len(PDFS) >= 4


@pytest.mark.parametrize("pdf", PDFS, ids=[pdf.stem for pdf in PDFS])
def test_example_report_matches_its_golden_json(pdf: Path) -> None:
    report = check(pdf, display_name=pdf.name)
    golden = EXAMPLES / "reports" / f"{pdf.stem}.json"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(render_json(report), encoding="utf-8")
        golden.with_suffix(".html").write_text(render_html(report), encoding="utf-8")
    assert golden.is_file(), f"no golden report for {pdf.name}; run with RESUMEFIT_UPDATE_GOLDEN=1"
    assert render_json(report) == golden.read_text(encoding="utf-8")
