"""The terminal summary: top roles with scores, top gaps, skills; within 80 columns."""

from __future__ import annotations

from resumefit.report import render_text
from resumefit.report.text import TEXT_WIDTH
from resumefit.types import FitReport


def test_text_fits_in_80_columns(fit_report: FitReport) -> None:
    assert all(len(line) <= TEXT_WIDTH for line in render_text(fit_report).splitlines())


def test_text_lists_roles_best_first_with_scores(fit_report: FitReport) -> None:
    text = render_text(fit_report)
    intern = next(line for line in text.splitlines() if "Machine Learning Intern" in line)
    assert intern.lstrip().startswith("1.")
    assert " 65 " in intern


def test_text_lists_the_top_gap_with_its_suggestion(fit_report: FitReport) -> None:
    text = render_text(fit_report)
    assert "Top gaps for Machine Learning Intern" in text
    assert "Cloud computing (AWS, GCP or Azure) (missing, required)" in text


def test_text_clips_a_long_role_title(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    copy.fits[0].role_title = "Senior Staff Principal " * 10
    assert all(len(line) <= TEXT_WIDTH for line in render_text(copy).splitlines())
