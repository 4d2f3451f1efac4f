"""The JSON report is the FitReport model: it round-trips and has a documented schema."""

from __future__ import annotations

import json
from pathlib import Path

from resumefit.report import render_json, report_json_schema
from resumefit.types import SCHEMA_VERSION, FitReport


def test_json_round_trips_to_the_same_report(fit_report: FitReport) -> None:
    assert FitReport.model_validate_json(render_json(fit_report)) == fit_report


def test_json_carries_the_schema_version(fit_report: FitReport) -> None:
    assert json.loads(render_json(fit_report))["schema_version"] == SCHEMA_VERSION


def test_json_schema_describes_the_report() -> None:
    schema = report_json_schema()
    assert schema["title"] == "resumefit FitReport"
    assert {"fits", "skills", "document"} <= set(schema["properties"])


def test_documented_schema_is_current() -> None:
    """docs/report.schema.json is refreshed by `scripts/make_examples.py --write-reports`."""
    documented = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"
    assert json.loads(documented.read_text(encoding="utf-8")) == report_json_schema()
