"""The built-in roles: all ten load, name their sources, and use only lexicon skill ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import UsageError
from resumefit.lexicon import load_lexicon
from resumefit.roles import format_role, load_builtin_roles, resolve_roles, role_json_schema
from resumefit.types import Role

EXPECTED_TITLES = {
    "Machine Learning Intern",
    "Machine Learning Engineer",
    "Data Scientist",
    "Research Scientist (ML)",
    "AI Engineer",
    "NLP Engineer",
    "Computer Vision Engineer",
    "Computer Vision Quality Engineer",
    "Computer Vision Research Scientist",
    "Computer Vision Platform Engineer",
}


@pytest.fixture(scope="module")
def roles() -> list[Role]:
    return load_builtin_roles()


def test_all_ten_roles_load_sorted_by_id(roles: list[Role]) -> None:
    assert {role.title for role in roles} == EXPECTED_TITLES
    assert [role.id for role in roles] == sorted(role.id for role in roles)


def test_every_skill_id_exists_in_the_lexicon(roles: list[Role]) -> None:
    lexicon = load_lexicon()
    unknown = {
        (role.id, requirement.id, skill)
        for role in roles
        for requirement in role.requirements
        for skill in requirement.any_of
        if skill not in lexicon
    }
    assert unknown == set()


def test_every_requirement_names_its_source_and_a_suggestion(roles: list[Role]) -> None:
    lacking = [
        (role.id, req.id)
        for role in roles
        for req in role.requirements
        if not req.source or not req.suggestion
    ]
    assert lacking == []


def test_every_role_covers_education_math_experience_and_soft_skills(roles: list[Role]) -> None:
    for role in roles:
        categories = {req.category for req in role.requirements}
        assert {"education", "math", "soft_skills"} <= categories, role.id
        assert categories & {"experience", "research"}, role.id


def test_research_roles_prefer_a_phd_and_the_intern_accepts_students(roles: list[Role]) -> None:
    by_id = {role.id: role for role in roles}
    for role_id in ("research-scientist-ml", "cv-research-scientist"):
        phd = [r for r in by_id[role_id].requirements if r.degree and r.degree.min_level == 5]
        assert phd and phd[0].importance == "preferred"
    intern_degree = next(r for r in by_id["ml-intern"].requirements if r.degree)
    assert intern_degree.degree is not None and intern_degree.degree.pursuing_ok


def test_resolve_roles_rejects_an_unknown_id_listing_valid_ones() -> None:
    with pytest.raises(UsageError) as caught:
        resolve_roles(["astronaut"])
    assert "ml-intern" in str(caught.value) and "astronaut" in str(caught.value)


def test_format_role_shows_requirements_with_sources(roles: list[Role]) -> None:
    intern = next(role for role in roles if role.id == "ml-intern")
    text = format_role(intern)
    assert text.startswith("Machine Learning Intern (ml-intern)")
    assert "Python programming" in text and "source:" in text
    assert "Preferred (" in text


def test_json_schema_describes_requirements() -> None:
    schema = role_json_schema()
    assert "requirements" in schema["properties"]
    assert "Requirement" in schema["$defs"]


def test_resolve_roles_mixes_ids_and_role_files(tmp_path: Path) -> None:
    custom = tmp_path / "custom.toml"
    custom.write_text(
        'id = "custom"\ntitle = "Custom"\n\n[[requirements]]\nid = "py"\nlabel = "Python"\n'
        'category = "programming"\nany_of = ["python"]\n',
        encoding="utf-8",
    )
    roles = resolve_roles(["ml-intern", str(custom)])
    assert [role.id for role in roles] == ["ml-intern", "custom"]
