"""Requirement results, their evidence and category scores are read-only: reports share them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resumefit.types import FitReport


def test_a_shared_result_cannot_be_changed_in_place(fit_report: FitReport) -> None:
    result = fit_report.fits[0].results[0]
    with pytest.raises(ValidationError):
        result.points = 0.0
    before = result.points
    changed = result.model_copy(update={"points": before + 1})  # the way to a changed result
    assert (changed.points, result.points) == (before + 1, before)


def test_a_shared_category_score_cannot_be_changed_in_place(fit_report: FitReport) -> None:
    with pytest.raises(ValidationError):
        fit_report.fits[0].categories[0].score = 0.0


def test_shared_evidence_cannot_be_changed_in_place(fit_report: FitReport) -> None:
    evidence = next(e for fit in fit_report.fits for r in fit.results for e in r.evidence)
    with pytest.raises(ValidationError):
        evidence.sentence = "changed"
