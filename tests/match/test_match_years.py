"""Minimum years: credit scales with the years the profile shows for the skill."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import YEARS_UNKNOWN_FACTOR, match_role
from resumefit.types import Profile, Requirement, Role, SectionKind

LINE = "Built Python data pipelines for the billing team."


def _role() -> Role:
    requirement = Requirement(
        id="py", label="Python", category="programming", any_of=["python"], min_years=3
    )
    return Role(id="t", title="T", requirements=[requirement])


def test_enough_years_meet_the_requirement(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.EXPERIENCE, [LINE])], skill_years={"python": 4.0})
    [result] = match_role(profile, _role(), lexicon)
    assert (result.status, result.credit) == ("met", 1.0)


def test_fewer_years_give_their_share(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.EXPERIENCE, [LINE])], skill_years={"python": 1.5})
    [result] = match_role(profile, _role(), lexicon)
    assert result.credit == 0.5
    assert "1.5 of the 3 years" in result.explanation


def test_undated_skill_keeps_the_unknown_years_share(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.EXPERIENCE, [LINE])])
    [result] = match_role(profile, _role(), lexicon)
    assert result.credit == YEARS_UNKNOWN_FACTOR
