"""The store keeps each report's JSON text, unredacted: the written report's text itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from batch_fixtures import CohortRun

from resumefit.batch.discover import result_key
from resumefit.batch.run import run_batch
from resumefit.report import render_json
from resumefit.roles import resolve_roles
from resumefit.types import FitReport


def _stored_report(out: Path, sha256: str) -> str:
    with sqlite3.connect(out / "resumefit.sqlite") as db:
        (text,) = db.execute(
            "SELECT report_json FROM results WHERE sha256 = ?", (sha256,)
        ).fetchone()
    return str(text)


def test_stored_report_is_the_written_json_report(cohort_run: CohortRun, cohort_dir: Path) -> None:
    stored = _stored_report(cohort_run.out, result_key(cohort_dir / "ada.txt"))
    written = (cohort_run.out / "reports" / "ada.txt.json").read_text(encoding="utf-8")
    assert stored == written


def test_redacted_batch_stores_the_unredacted_report(cohort_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(cohort_dir, out, resolve_roles(["ml-engineer"]), jobs=1, redact=True)
    stored = _stored_report(out, result_key(cohort_dir / "ada.txt"))
    report = FitReport.model_validate_json(stored)
    assert report.document.source == "ada.txt"
    assert stored == render_json(report)
