"""End to end: a skill missing from the resume but shown in a repository is met, from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.pipeline import check
from resumefit.portfolio import collect_portfolio
from resumefit.roles import resolve_roles
from resumefit.types import EvidenceStrength, RequirementResult


@pytest.fixture(scope="module")
def ml_intern_results(
    request: pytest.FixtureRequest,
) -> tuple[RequirementResult, RequirementResult]:
    """The "ML library" result of the ML-intern role without, then with, the repositories."""
    data = Path(__file__).resolve().parents[1] / "data" / "portfolio"
    resume = data / "resume_no_ml_library.md"
    roles = resolve_roles(["ml-intern"])
    without = check(resume, roles).fits[0]
    with_repos = check(resume, roles, portfolio=collect_portfolio(repos_dir=data / "repos")).fits[0]
    before = {r.requirement.id: r for r in without.results}["ml-library"]
    after = {r.requirement.id: r for r in with_repos.results}["ml-library"]
    return before, after


def test_ml_library_is_missing_from_the_resume_alone(
    ml_intern_results: tuple[RequirementResult, RequirementResult],
) -> None:
    without, _ = ml_intern_results
    assert without.status == "missing"


def test_repository_with_torch_meets_it_as_use_evidence_from_that_repository(
    ml_intern_results: tuple[RequirementResult, RequirementResult],
) -> None:
    _, with_repos = ml_intern_results
    assert with_repos.status == "met"
    evidence = with_repos.evidence[0]
    assert evidence.source == "repo:image-classifier"
    assert evidence.source_url is None  # a local folder: no file:// URL with its absolute path
    assert evidence.strength is EvidenceStrength.USE
    assert "torch (PyTorch)" in evidence.sentence
