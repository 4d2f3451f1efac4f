"""Credit through the lexicon hierarchy: descendants in full or in part, related skills in part."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon, load_lexicon
from resumefit.match import HIERARCHY_CREDIT, RELATED_CREDIT, match_role
from resumefit.types import Profile, Requirement, RequirementResult, Role, SectionKind


def _role(any_of: list[str]) -> Role:
    requirement = Requirement(id="r", label="R", category="ml", any_of=any_of)
    return Role(id="t", title="T", requirements=[requirement])


def test_child_skill_fully_satisfies_its_parent(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Fine-tuned a model in PyTorch."])])
    [result] = match_role(profile, _role(["deep-learning-framework"]), lexicon)
    assert result.status == "met"
    assert result.credit == 1.0
    assert result.evidence[0].via == "PyTorch is a kind of Deep-learning framework"


def test_grandchild_skill_gives_partial_credit(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Built a CNN to sort leaf photos."])])
    [result] = match_role(profile, _role(["deep-learning"]), lexicon)
    assert result.credit == HIERARCHY_CREDIT[2] < 1.0
    assert result.status == "partly_met"
    assert "CNN is a kind of Deep learning" in result.explanation


def test_related_skill_gives_related_credit(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Trained the detector in PyTorch."])])
    [result] = match_role(profile, _role(["tensorflow"]), lexicon)
    assert result.credit == RELATED_CREDIT
    assert result.evidence[0].via == "PyTorch is related to TensorFlow"


def test_ancestor_does_not_satisfy_a_narrower_requirement(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PROJECTS, ["Applied deep learning to audio."])])
    [result] = match_role(profile, _role(["pytorch"]), lexicon)
    assert result.status == "missing"


def _shipped_result(
    make_profile: Callable[..., Profile], line: str, shown: str, required: str
) -> RequirementResult:
    """Return the result of a requirement for ``required`` when ``line`` shows ``shown``,
    both looked up in the shipped lexicon."""
    shipped = load_lexicon()
    profile = make_profile([(SectionKind.EXPERIENCE, [line])], skills=[shipped.get(shown)])
    [result] = match_role(profile, _role([required]), shipped)
    return result


def test_a_competing_tool_is_not_a_kind_of_the_required_one(
    make_profile: Callable[..., Profile],
) -> None:
    # the shipped lexicon once filed TestRail under Selenium: it met a Selenium requirement
    result = _shipped_result(make_profile, "Tracked test runs in TestRail.", "testrail", "selenium")
    assert result.status == "missing"


def test_a_competing_tool_earns_related_credit_where_the_lexicon_links_them(
    make_profile: Callable[..., Profile],
) -> None:
    result = _shipped_result(make_profile, "Planned sprints in Trello.", "trello", "jira")
    assert result.credit == RELATED_CREDIT
    assert result.evidence[0].via == "Trello is related to Jira"
