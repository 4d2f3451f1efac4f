"""Category scores of equal value are one shared object, equal to one built afresh."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import STRENGTH_CREDIT, match_role
from resumefit.score import CATEGORY_LABELS, category_scores
from resumefit.types import (
    CategoryScore,
    EvidenceStrength,
    Profile,
    Requirement,
    Role,
    SectionKind,
)

ROLE = Role(
    id="t",
    title="T",
    requirements=[
        Requirement(id="py", label="Python", category="programming", weight=3, any_of=["python"]),
        Requirement(id="sql", label="SQL", category="data", weight=2, any_of=["sql"]),
    ],
)


def test_profiles_scoring_the_same_share_the_category_score(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    first = make_profile([(SectionKind.PROJECTS, ["Wrote a Python scraper."])])
    second = make_profile([(SectionKind.EXPERIENCE, ["Automated reports in Python."])])
    one = category_scores(match_role(first, ROLE, lexicon))
    other = category_scores(match_role(second, ROLE, lexicon))
    assert [score.score for score in one] == [100.0, 0.0]
    assert other[0] is one[0]
    assert other[1] is one[1]


def test_a_shared_category_score_equals_one_built_afresh(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.SKILLS, ["SQL"])])
    category_scores(match_role(profile, ROLE, lexicon))
    shared = category_scores(match_role(profile, ROLE, lexicon))[1]
    claim = STRENGTH_CREDIT[EvidenceStrength.CLAIM]
    fresh = CategoryScore(
        category="data",
        label=CATEGORY_LABELS["data"],
        score=round(100.0 * claim, 1),
        points=round(2 * claim, 3),
        max_points=2.0,
    )
    assert shared.model_dump_json() == fresh.model_dump_json()
