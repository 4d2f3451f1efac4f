"""collect_portfolio is the one entry point: README files, repository folders and GitHub."""

from __future__ import annotations

from pathlib import Path

import pytest
from portfolio_github_server import RecordedApi

from resumefit.errors import InputError, UsageError
from resumefit.portfolio import collect_portfolio
from resumefit.types import Document, Link


def test_readme_files_then_repository_folders(data_dir: Path) -> None:
    docs = collect_portfolio(
        readmes=[data_dir / "readmes" / "digit-classifier.md"], repos_dir=data_dir / "repos"
    )
    assert [doc.source for doc in docs] == [
        "readme:digit-classifier.md",
        "repo:image-classifier",
        "repo:notes-cli",
        "repo:web-dashboard",
    ]


def test_nothing_asked_gives_nothing() -> None:
    assert collect_portfolio() == []


def test_missing_readme_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect_portfolio(readmes=[tmp_path / "README.md"])


def test_empty_github_value_uses_the_resume_link(github_api: RecordedApi, tmp_path: Path) -> None:
    cv = Document(
        source="cv.pdf",
        format="pdf",
        sha256="0" * 64,
        text="Octo Student",
        links=[Link(url="https://github.com/octo-student")],
    )
    docs = collect_portfolio(github="", resume=cv, api_base=github_api.base, cache_dir=tmp_path)
    assert docs[0].source == "repo:octo-student/octo-student"


def test_empty_github_value_without_a_resume_link_is_a_usage_error(tmp_path: Path) -> None:
    cv = Document(source="cv.pdf", format="pdf", sha256="0" * 64, text="No links here")
    with pytest.raises(UsageError, match="pass --github USER"):
        collect_portfolio(github="", resume=cv, cache_dir=tmp_path)


def test_a_repository_seen_locally_and_on_github_is_kept_once(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    clone = tmp_path / "clones" / "digit-classifier"
    (clone / ".git").mkdir(parents=True)
    (clone / ".git" / "config").write_text(
        '[remote "origin"]\n\turl = https://github.com/octo-student/digit-classifier.git\n'
    )
    (clone / "README.md").write_text("# Digit classifier\n\nLocal copy.\n")
    docs = collect_portfolio(
        repos_dir=tmp_path / "clones",
        github="octo-student/digit-classifier",
        api_base=github_api.base,
        cache_dir=tmp_path / "cache",
    )
    assert [doc.source for doc in docs] == ["repo:octo-student/digit-classifier"]
    assert "Local copy." in docs[0].text  # the local clone comes first and wins
