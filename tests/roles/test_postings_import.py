"""Job postings as roles: headings and cue phrases, any-of groups, years and degrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resumefit.postings import PostingImport, role_toml, write_role_toml, years_mentioned
from resumefit.roles import load_role
from resumefit.types import DegreeLevel, Requirement

Importer = Callable[[str], PostingImport]


def _by_skill(imported: PostingImport) -> dict[str, Requirement]:
    return {skill: req for req in imported.role.requirements for skill in req.any_of}


def test_requirements_heading_makes_skills_required(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("ml_engineer.txt"))
    assert reqs["sql"].importance == "required"
    assert reqs["docker"].importance == "required"


def test_nice_to_have_heading_makes_skills_preferred(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("ml_engineer.txt"))
    assert reqs["aws"].importance == "preferred"
    assert reqs["kaggle"].importance == "preferred"


def test_cue_phrase_overrides_the_heading(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("data_scientist.md"))
    assert reqs["communication"].importance == "required"  # "are required" under Bonus
    intern = _by_skill(import_fixture("cv_intern.txt"))
    assert intern["cpp"].importance == "preferred"  # "is a plus" under Qualifications
    assert intern["linear-algebra"].importance == "preferred"  # "is beneficial"


def test_ignored_sections_add_nothing(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("ml_engineer.txt"))
    assert "go" not in reqs  # only in "About us"
    assert "tableau" not in _by_skill(import_fixture("data_scientist.md"))


def test_alternatives_form_one_any_of_group(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("ml_engineer.txt"))
    assert reqs["tensorflow"].any_of == ["tensorflow", "pytorch"]
    assert reqs["docker"].any_of == ["docker"]  # "Docker and Kubernetes" are both needed
    intern = _by_skill(import_fixture("cv_intern.txt"))
    assert intern["opencv"].any_of == ["opencv", "pytorch", "tensorflow", "jax"]


@pytest.mark.parametrize(
    ("name", "skill", "years"),
    [("ml_engineer.txt", "python", 3.0), ("data_scientist.md", "python", 2.0)],
)
def test_years_attach_to_the_skill(
    import_fixture: Importer, name: str, skill: str, years: float
) -> None:
    reqs = _by_skill(import_fixture(name))
    assert reqs[skill].min_years == years


def test_skill_without_years_has_no_minimum(import_fixture: Importer) -> None:
    reqs = _by_skill(import_fixture("ml_engineer.txt"))
    assert reqs["sql"].min_years is None


def test_degree_level_and_fields(import_fixture: Importer) -> None:
    role = import_fixture("ml_engineer.txt").role
    degrees = {req.importance: req.degree for req in role.requirements if req.degree}
    required = degrees["required"]
    assert required is not None
    assert required.min_level == DegreeLevel.BACHELOR
    assert required.fields == ["computer science", "statistics"]
    assert not required.pursuing_ok
    preferred = degrees["preferred"]
    assert preferred is not None and preferred.min_level == DegreeLevel.PHD


def test_intern_posting_accepts_students(import_fixture: Importer) -> None:
    role = import_fixture("cv_intern.txt").role
    [degree] = [req.degree for req in role.requirements if req.degree]
    assert degree.pursuing_ok
    assert degree.fields == ["computer science", "electrical engineering"]
    assert role.seniority == "intern"
    assert role.title == "Computer Vision Intern (Summer 2027)"


def test_written_toml_round_trips_with_posting_comments(
    import_fixture: Importer, tmp_path: Path
) -> None:
    imported = import_fixture("ml_engineer.txt")
    text = role_toml(imported.role, imported.notes)
    assert "# posting: 3+ years of Python in production." in text
    path = tmp_path / "role.toml"
    write_role_toml(imported.role, path, imported.notes)
    known = {skill for req in imported.role.requirements for skill in req.any_of}
    assert load_role(path, known_skills=known) == imported.role


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3+ years of Python", [3.0]),
        ("at least 5 years of experience", [5.0]),
        ("2-4 years in data engineering", [2.0]),
        ("7 yrs with SQL", [7.0]),
        ("Python (2+ years), SQL (1 year)", [2.0, 1.0]),
        ("a team of 5 engineers since 2019", []),
    ],
)
def test_years_phrases(text: str, years: list[float]) -> None:
    assert [found for _, found in years_mentioned(text)] == years
