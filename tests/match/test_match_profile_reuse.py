"""One profile matched role after role: what it shows is read once per profile, never stale."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import match_role, match_roles
from resumefit.types import Profile, Requirement, Role, SectionKind


def _role(role_id: str, any_of: list[str]) -> Role:
    requirement = Requirement.model_validate(
        {"id": "r", "label": "R", "category": "ml", "any_of": any_of}
    )
    return Role(id=role_id, title=role_id, requirements=[requirement])


def test_roles_sharing_a_requirement_get_the_same_result(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Trained models with PyTorch."])])
    [first] = match_role(profile, _role("a", ["deep-learning-framework"]), lexicon)
    [second] = match_role(profile, _role("b", ["deep-learning-framework"]), lexicon)
    assert first == second
    assert first.credit == 1.0


def test_a_profile_changed_in_place_is_read_again(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Trained models with PyTorch."])])
    [before] = match_role(profile, _role("a", ["pytorch"]), lexicon)
    profile.mentions.clear()
    [after] = match_role(profile, _role("a", ["pytorch"]), lexicon)
    assert before.status == "met"
    assert after.status == "missing"


def test_another_profile_is_not_confused_with_the_last(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    with_pytorch = make_profile([(SectionKind.PROJECTS, ["Trained models with PyTorch."])])
    without = make_profile([(SectionKind.PROJECTS, ["Cleaned data with pandas."])])
    match_role(with_pytorch, _role("a", ["pytorch"]), lexicon)
    [result] = match_role(without, _role("a", ["pytorch"]), lexicon)
    assert result.status == "missing"


def test_match_roles_equals_matching_each_role(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Trained models with PyTorch and pandas."])])
    roles = [_role("a", ["deep-learning-framework"]), _role("b", ["pandas", "pytorch"])]
    assert match_roles(profile, roles, lexicon) == [
        match_role(profile, role, lexicon) for role in roles
    ]
