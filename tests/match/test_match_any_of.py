"""Any-of groups: one of the listed skills satisfies a requirement; min_count needs more."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import STRENGTH_CREDIT, match_role
from resumefit.types import EvidenceStrength, Profile, Requirement, Role, SectionKind


def _role(**fields: object) -> Role:
    requirement = Requirement.model_validate({"id": "r", "label": "R", "category": "ml", **fields})
    return Role(id="t", title="T", requirements=[requirement])


def test_any_one_listed_skill_meets_the_requirement(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Trained a classifier with scikit-learn."])])
    [result] = match_role(profile, _role(any_of=["pytorch", "scikit-learn"]), lexicon)
    assert result.status == "met"
    assert result.credit == 1.0
    assert result.evidence[0].skill == "scikit-learn"
    sentence = result.evidence[0].sentence
    assert sentence[result.evidence[0].highlight_start : result.evidence[0].highlight_end] == (
        "scikit-learn"
    )


def test_min_count_gives_a_share_when_too_few_skills_are_shown(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Cleaned survey data with pandas."])])
    [result] = match_role(profile, _role(any_of=["pandas", "numpy", "sql"], min_count=2), lexicon)
    assert result.status == "partly_met"
    assert result.credit == 0.5
    assert result.suggestion and "at least 2" in result.suggestion


def test_claimed_skill_earns_less_than_a_skill_in_use(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    claimed = make_profile([(SectionKind.SKILLS, ["Python, SQL"])])
    used = make_profile([(SectionKind.EXPERIENCE, ["Wrote Python services for billing."])])
    [from_claim] = match_role(claimed, _role(any_of=["python"]), lexicon)
    [from_use] = match_role(used, _role(any_of=["python"]), lexicon)
    assert from_claim.credit == STRENGTH_CREDIT[EvidenceStrength.CLAIM]
    assert from_use.credit == 1.0
    assert from_claim.suggestion and "in use" in from_claim.suggestion


def test_missing_requirement_has_no_points_and_the_role_suggestion(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.SKILLS, ["Python"])])
    role = _role(any_of=["sql"], suggestion="Add a SQL project.", importance="preferred", weight=2)
    [result] = match_role(profile, role, lexicon)
    assert (result.status, result.points, result.max_points) == ("missing", 0.0, 1.0)
    assert result.suggestion == "Add a SQL project."
    assert result.evidence == []
