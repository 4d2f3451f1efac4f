"""Degree requirements: level order (pursuing BS < BS < MS < PhD), students, fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from resumefit.lexicon import Lexicon
from resumefit.match import (
    FIELD_MISMATCH_FACTOR,
    FIELD_UNKNOWN_FACTOR,
    PURSUING_NOT_ACCEPTED_CREDIT,
    degree_level_rank,
    field_matches,
    match_role,
)
from resumefit.types import (
    Degree,
    DegreeLevel,
    DegreeRequirement,
    Profile,
    Requirement,
    Role,
    SectionKind,
)


def _role(**degree: object) -> Role:
    wanted = DegreeRequirement.model_validate(degree)
    requirement = Requirement(id="degree", label="Degree", category="education", degree=wanted)
    return Role(id="t", title="T", requirements=[requirement])


def _degree(level: DegreeLevel, pursuing: bool = False) -> Degree:
    return Degree(level=level, pursuing=pursuing, text="x", start=0, end=1)


def test_levels_order_pursuing_below_completed() -> None:
    ranks = [
        degree_level_rank(_degree(DegreeLevel.BACHELOR, pursuing=True)),
        degree_level_rank(_degree(DegreeLevel.BACHELOR)),
        degree_level_rank(_degree(DegreeLevel.MASTER)),
        degree_level_rank(_degree(DegreeLevel.PHD)),
    ]
    assert ranks == sorted(ranks) and len(set(ranks)) == 4


@pytest.mark.parametrize(
    ("level", "pursuing", "expected"),
    [
        ("bachelor", True, "met"),
        ("master", False, "met"),
        ("associate", False, "partly_met"),
        ("high_school", False, "missing"),
    ],
)
def test_student_meets_a_degree_that_accepts_students(
    lexicon: Lexicon,
    make_profile: Callable[..., Profile],
    level: str,
    pursuing: bool,
    expected: str,
) -> None:
    phrase = "Degree line of the education section"
    profile = make_profile(
        [(SectionKind.EDUCATION, [phrase])],
        degrees=[(phrase, {"level": DegreeLevel[level.upper()], "pursuing": pursuing})],
    )
    [result] = match_role(profile, _role(min_level="bachelor", pursuing_ok=True), lexicon)
    assert result.status == expected


def test_student_partly_meets_a_degree_that_must_be_completed(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    phrase = "B.S. Computer Science, expected 2027"
    profile = make_profile(
        [(SectionKind.EDUCATION, [phrase])],
        degrees=[(phrase, {"level": DegreeLevel.BACHELOR, "pursuing": True})],
    )
    [result] = match_role(profile, _role(min_level="bachelor", pursuing_ok=False), lexicon)
    assert result.credit == PURSUING_NOT_ACCEPTED_CREDIT
    assert result.evidence[0].text == phrase


def test_phd_requirement_is_missing_for_a_bachelor(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    phrase = "B.S. Computer Science"
    profile = make_profile(
        [(SectionKind.EDUCATION, [phrase])],
        degrees=[(phrase, {"level": DegreeLevel.BACHELOR, "field": "computer science"})],
    )
    [result] = match_role(profile, _role(min_level="phd"), lexicon)
    assert result.status == "missing"


def test_field_outside_the_role_fields_reduces_credit(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    phrase = "B.A. History"
    profile = make_profile(
        [(SectionKind.EDUCATION, [phrase])],
        degrees=[(phrase, {"level": DegreeLevel.BACHELOR, "field": "history"})],
    )
    role = _role(min_level="bachelor", fields=["computer science", "engineering"])
    [result] = match_role(profile, role, lexicon)
    assert result.credit == FIELD_MISMATCH_FACTOR


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("electrical engineering", True),
        ("cs", True),
        ("computer science and mathematics", True),
        ("history", False),
        (None, None),
    ],
)
def test_field_matching(field: str | None, expected: bool | None) -> None:
    assert field_matches(field, ["computer science", "engineering"]) is expected


def test_unreadable_field_gets_the_unknown_field_share(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    phrase = "Bachelor of"
    profile = make_profile(
        [(SectionKind.EDUCATION, [phrase])],
        degrees=[(phrase, {"level": DegreeLevel.BACHELOR})],
    )
    [result] = match_role(
        profile, _role(min_level="bachelor", fields=["computer science"]), lexicon
    )
    assert result.credit == FIELD_UNKNOWN_FACTOR
    assert result.suggestion and "field next to the degree" in result.suggestion
