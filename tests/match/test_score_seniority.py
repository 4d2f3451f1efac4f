"""Seniority: a student with projects and no publications fits the intern role best.

Uses the built-in roles and the shipped lexicon, so it also guards the role data: if a
research role stopped asking for research evidence, this would fail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resumefit.lexicon import load_lexicon
from resumefit.match import match_role
from resumefit.roles import load_builtin_roles
from resumefit.score import build_report, score_role
from resumefit.types import DegreeLevel, FitReport, Profile, SectionKind

STUDENT_SKILLS = [
    "python", "pytorch", "scikit-learn", "pandas", "numpy", "git", "sql", "cnn",
    "linear-algebra", "calculus", "probability", "statistics", "data-structures", "algorithms",
    "feature-engineering", "machine-learning", "teamwork", "communication", "problem-solving",
]  # fmt: skip
DEGREE = "B.S. Computer Science, State University, expected May 2027"


COURSEWORK = "Coursework: Linear Algebra, Calculus, Probability, Statistics, Data Structures"
PROJECTS = [
    "Leaf disease classifier: trained a CNN in PyTorch on 5,000 photos (91% accuracy).",
    "House prices: machine learning with scikit-learn and pandas.",
    "Feature engineering raised R2 to 0.82; graph algorithms for neighbourhoods.",
    "Built in a team of three; communication with a client and problem-solving.",
]


@pytest.fixture(scope="module")
def student_report(make_profile: Callable[..., Profile]) -> FitReport:
    lexicon = load_lexicon()
    profile = make_profile(
        [
            (SectionKind.EDUCATION, [DEGREE, COURSEWORK]),
            (SectionKind.SKILLS, ["Python, PyTorch, scikit-learn, pandas, NumPy, Git, SQL"]),
            (SectionKind.PROJECTS, PROJECTS),
        ],
        degrees=[
            (DEGREE, {"level": DegreeLevel.BACHELOR, "pursuing": True, "field": "computer science"})
        ],
        skills=[lexicon.get(skill_id) for skill_id in STUDENT_SKILLS],
    )
    fits = [score_role(role, match_role(profile, role, lexicon)) for role in load_builtin_roles()]
    return build_report(profile, fits)


def _score(report: FitReport, role_id: str) -> float:
    return next(fit.score for fit in report.fits if fit.role_id == role_id)


def test_student_fits_intern_better_than_research_scientist(student_report: FitReport) -> None:
    assert _score(student_report, "ml-intern") > _score(student_report, "research-scientist-ml")
    assert _score(student_report, "ml-intern") > _score(student_report, "cv-research-scientist")


def test_intern_is_the_best_fit_for_the_student(student_report: FitReport) -> None:
    assert student_report.fits[0].role_id == "ml-intern"


def test_research_gaps_name_publications(student_report: FitReport) -> None:
    fit = next(fit for fit in student_report.fits if fit.role_id == "research-scientist-ml")
    missing = [gap.requirement.id for gap in fit.gaps if gap.status == "missing"]
    assert "publications" in missing
