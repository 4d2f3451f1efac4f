"""Practical experience from resume structure: Projects/Publications sections, dated entries."""

from __future__ import annotations

from collections.abc import Callable

from resumefit.lexicon import Lexicon
from resumefit.match import match_role
from resumefit.types import Profile, Requirement, Role, SectionKind


def _role(any_of: list[str]) -> Role:
    requirement = Requirement(id="r", label="R", category="experience", any_of=any_of)
    return Role(id="t", title="T", requirements=[requirement])


def test_publications_section_with_entries_is_publication_evidence(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    entry = "J. Doe, A. Roe. Sparse attention for tiny devices. Workshop on Efficient ML, 2025."
    profile = make_profile([(SectionKind.PUBLICATIONS, [entry])])
    [result] = match_role(profile, _role(["publication"]), lexicon)
    assert result.status == "met"
    assert result.evidence[0].sentence == entry
    assert result.evidence[0].section == SectionKind.PUBLICATIONS


def test_empty_publications_section_is_no_evidence(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile([(SectionKind.PUBLICATIONS, ["None yet"])])
    [result] = match_role(profile, _role(["publication"]), lexicon)
    assert result.status == "missing"


def test_projects_section_is_project_evidence(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    profile = make_profile(
        [(SectionKind.PROJECTS, ["Leaf classifier: sorted 5,000 photos by disease."])]
    )
    [result] = match_role(profile, _role(["personal-project", "academic-project"]), lexicon)
    assert result.status == "met"


def test_internship_entry_is_internship_evidence(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    line = "Data Science Intern, Acme Corp, Jun 2025 - Aug 2025"
    profile = make_profile(
        [(SectionKind.EXPERIENCE, [line])],
        experience=[(line, {"kind": "internship", "years": 0.25})],
    )
    [result] = match_role(profile, _role(["internship"]), lexicon)
    assert result.status == "met"
    assert result.evidence[0].highlight_end - result.evidence[0].highlight_start == len(line)


def test_structural_fact_gives_no_related_credit(
    lexicon: Lexicon, make_profile: Callable[..., Profile]
) -> None:
    entry = "J. Doe. Sparse attention for tiny devices. Workshop on Efficient ML, 2025."
    profile = make_profile([(SectionKind.PUBLICATIONS, [entry])])
    [result] = match_role(profile, _role(["research-experience"]), lexicon)
    assert result.status == "missing"  # publication is only *related* in the test lexicon
