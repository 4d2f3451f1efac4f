"""Scoring: points add up to the score, categories are sub-scores, gaps rank by lost points."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resumefit import __version__
from resumefit.lexicon import Lexicon
from resumefit.match import IMPORTANCE_FACTOR, STRENGTH_CREDIT, match_role
from resumefit.score import build_report, score_role
from resumefit.types import EvidenceStrength, Profile, Requirement, Role, SectionKind

ROLE = Role(
    id="t",
    title="Test role",
    requirements=[
        Requirement(id="py", label="Python", category="programming", weight=3, any_of=["python"]),
        Requirement(id="sql", label="SQL", category="data", weight=2, any_of=["sql"]),
        Requirement(
            id="dl",
            label="Deep learning",
            category="ml",
            importance="preferred",
            weight=2,
            any_of=["pytorch"],
        ),
    ],
)


@pytest.fixture
def profile(make_profile: Callable[..., Profile]) -> Profile:
    return make_profile(
        [
            (SectionKind.CONTACT, ["Jane Doe, jane@example.com"]),
            (SectionKind.SKILLS, ["SQL"]),
            (SectionKind.PROJECTS, ["Wrote a Python scraper and trained a PyTorch model."]),
        ]
    )


def test_score_is_earned_over_possible_points(lexicon: Lexicon, profile: Profile) -> None:
    fit = score_role(ROLE, match_role(profile, ROLE, lexicon))
    claim = STRENGTH_CREDIT[EvidenceStrength.CLAIM]
    possible = 3 + 2 + 2 * IMPORTANCE_FACTOR["preferred"]
    earned = 3 + 2 * claim + 2 * IMPORTANCE_FACTOR["preferred"]
    assert fit.score == pytest.approx(round(100 * earned / possible, 1))
    assert sum(r.points for r in fit.results) == pytest.approx(earned)


def test_category_scores_cover_each_category(lexicon: Lexicon, profile: Profile) -> None:
    fit = score_role(ROLE, match_role(profile, ROLE, lexicon))
    by_category = {c.category: c for c in fit.categories}
    assert set(by_category) == {"programming", "data", "ml"}
    assert by_category["programming"].score == 100.0
    assert by_category["data"].score == pytest.approx(100 * STRENGTH_CREDIT[EvidenceStrength.CLAIM])
    assert by_category["data"].label == "Data handling"


def test_gaps_hold_only_not_fully_met_requirements(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.SKILLS, ["SQL"])])
    fit = score_role(ROLE, match_role(profile, ROLE, lexicon))
    assert [gap.requirement.id for gap in fit.gaps] == ["py", "dl", "sql"]
    assert fit.summary.startswith("Weak fit")
    assert "Python" in fit.summary


def test_report_orders_fits_and_keeps_no_document_text(lexicon: Lexicon, profile: Profile) -> None:
    weak_role = Role(id="weak", title="Weak", requirements=[ROLE.requirements[1]])
    fits = [score_role(role, match_role(profile, role, lexicon)) for role in (weak_role, ROLE)]
    report = build_report(profile, fits)
    assert [fit.role_id for fit in report.fits] == ["t", "weak"]
    assert report.tool_version == __version__
    summary = report.document.model_dump_json()
    assert "jane" not in summary.lower()
    assert report.document.sections == [
        SectionKind.CONTACT,
        SectionKind.SKILLS,
        SectionKind.PROJECTS,
    ]
    python = next(skill for skill in report.skills if skill.skill == "python")
    assert python.strength == EvidenceStrength.USE and python.sections == [SectionKind.PROJECTS]
