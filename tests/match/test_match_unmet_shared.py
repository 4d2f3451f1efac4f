"""A requirement nothing is shown toward has one result, shared by every such profile.

The shared result must never leak into a profile that does show something, and must equal
what matching builds from scratch.
"""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import match_role
from resumefit.types import DegreeLevel, DegreeRequirement, Profile, Requirement, Role, SectionKind

SKILL_ROLE = Role(
    id="t",
    title="T",
    requirements=[
        Requirement(
            id="dl",
            label="Deep learning",
            category="ml",
            any_of=["deep-learning-framework"],
            suggestion="Add a PyTorch project.",
        )
    ],
)
DEGREE_ROLE = Role(
    id="d",
    title="D",
    requirements=[
        Requirement(
            id="degree",
            label="Degree",
            category="education",
            degree=DegreeRequirement(min_level=DegreeLevel.BACHELOR),
        )
    ],
)


def test_a_skill_unmet_by_one_profile_is_met_by_the_next(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    without = make_profile([(SectionKind.PROJECTS, ["Cleaned data with pandas."])])
    with_pytorch = make_profile([(SectionKind.PROJECTS, ["Trained models with PyTorch."])])
    [unmet] = match_role(without, SKILL_ROLE, lexicon)
    [met] = match_role(with_pytorch, SKILL_ROLE, lexicon)
    assert unmet.status == "missing"
    assert unmet.suggestion == "Add a PyTorch project."
    assert met.status == "met"
    assert met.evidence


def test_profiles_showing_nothing_toward_a_skill_share_one_result(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    first = make_profile([(SectionKind.PROJECTS, ["Cleaned data with pandas."])])
    second = make_profile([(SectionKind.SKILLS, ["SQL, Git"])])
    [one] = match_role(first, SKILL_ROLE, lexicon)
    [other] = match_role(second, SKILL_ROLE, lexicon)
    assert other is one


def test_the_shared_result_equals_one_built_from_scratch(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    first = make_profile([(SectionKind.PROJECTS, ["Cleaned data with pandas."])])
    second = make_profile([(SectionKind.SKILLS, ["SQL, Git"])])
    match_role(first, SKILL_ROLE, lexicon)
    [shared] = match_role(second, SKILL_ROLE, lexicon)
    [fresh] = match_role(second, SKILL_ROLE, Lexicon(lexicon.skills, "test"))
    assert fresh is not shared
    assert shared.model_dump_json() == fresh.model_dump_json()


def test_a_degree_unmet_without_degrees_is_met_by_a_profile_with_one(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    without = make_profile([(SectionKind.EDUCATION, ["Self-taught"])])
    with_degree = make_profile(
        [(SectionKind.EDUCATION, ["B.S. Computer Science"])],
        degrees=[("B.S. Computer Science", {"level": 3, "field": "computer science"})],
    )
    [unmet] = match_role(without, DEGREE_ROLE, lexicon)
    [met] = match_role(with_degree, DEGREE_ROLE, lexicon)
    assert unmet.status == "missing"
    assert met.status == "met"
    assert met.evidence[0].text == "B.S. Computer Science"
