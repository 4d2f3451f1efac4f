"""Posting import end to end: file -> ingest -> extractor -> role -> TOML -> load_role."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.postings import PostingImport, read_posting, write_role_toml
from resumefit.roles import load_role

POSTINGS = Path(__file__).resolve().parents[1] / "data" / "postings"


@pytest.fixture(scope="module")
def ml_engineer() -> PostingImport:
    return read_posting(POSTINGS / "ml_engineer.txt")


def test_real_extractor_finds_the_required_skills(ml_engineer: PostingImport) -> None:
    by_skill = {s: r for r in ml_engineer.role.requirements for s in r.any_of}
    assert by_skill["python"].min_years == 3.0
    assert by_skill["pytorch"].any_of == ["tensorflow", "pytorch"]
    assert by_skill["aws"].importance == "preferred"
    assert "go" not in by_skill  # named only under "About us"


def test_imported_role_round_trips_through_the_role_loader(
    ml_engineer: PostingImport, tmp_path: Path
) -> None:
    path = tmp_path / "ml.toml"
    write_role_toml(ml_engineer.role, path, ml_engineer.notes)
    assert load_role(path) == ml_engineer.role


def test_markdown_title_names_the_role() -> None:
    role = read_posting(POSTINGS / "data_scientist.md").role
    assert (role.id, role.title) == ("data-scientist-growth", "Data Scientist, Growth")
    degree = next(r.degree for r in role.requirements if r.degree)
    skills = {s for r in role.requirements for s in r.any_of}
    assert degree.fields == ["statistics", "economics", "mathematics"]
    assert "mathematics" not in skills  # a degree field, not a skill to show
