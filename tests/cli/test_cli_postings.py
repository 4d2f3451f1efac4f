"""`resumefit role import` and `resumefit check --posting`: a job posting becomes a role."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from resumefit.cli import main

POSTING = """Machine Learning Engineer, Vision Platform

Requirements
- 3+ years of experience with Python.
- Experience with PyTorch or TensorFlow.

Nice to have
- Experience with Docker is a plus.
"""


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    """Return a short job posting written to a text file."""
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    return path


def test_role_import_writes_a_role_file(posting: Path, tmp_path: Path) -> None:
    out = tmp_path / "role.toml"
    assert main(["role", "import", str(posting), "-o", str(out)]) == 0
    role = tomllib.loads(out.read_text(encoding="utf-8"))
    assert role["title"] == "Machine Learning Engineer, Vision Platform"
    assert any("python" in r.get("any_of", []) for r in role["requirements"])


def test_check_with_a_posting_scores_that_role(
    posting: Path, example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "--posting", str(posting), "-f", "json"]) == 0
    fits = json.loads(capsys.readouterr().out)["fits"]
    assert [fit["role_title"] for fit in fits] == ["Machine Learning Engineer, Vision Platform"]


def test_imported_role_file_works_as_role(
    posting: Path, example_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "role.toml"
    assert main(["role", "import", str(posting), "-o", str(out)]) == 0
    assert main(["check", str(example_pdf), "--role", str(out), "-f", "json"]) == 0
    fits = json.loads(capsys.readouterr().out)["fits"]
    assert len(fits) == 1
