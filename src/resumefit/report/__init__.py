"""Render a FitReport: one self-contained HTML page, JSON, or a short terminal summary."""

from resumefit.report.html import render_html
from resumefit.report.json_report import render_json, report_json_schema
from resumefit.report.text import render_text

__all__ = ["render_html", "render_json", "render_text", "report_json_schema"]
