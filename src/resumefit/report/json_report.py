"""The JSON report: the FitReport model itself, and its JSON Schema for documentation."""

from __future__ import annotations

from typing import Any

from resumefit.report.redact import redact_report
from resumefit.types import FitReport

#: Indentation of the JSON report; readable in a diff and in golden files.
JSON_INDENT = 2


def render_json(report: FitReport, *, redact: bool = False) -> str:
    """Return the report as JSON (the pydantic model dump, indented), ending in a newline.

    ``redact`` first removes contact details, links and file/repository names with the
    rules the HTML report uses (``resumefit.report.redact.redact_report``).
    """
    shown = redact_report(report) if redact else report
    return shown.model_dump_json(indent=JSON_INDENT) + "\n"


def report_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the JSON report (``FitReport``), for documentation."""
    schema = FitReport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "resumefit FitReport"
    return schema
