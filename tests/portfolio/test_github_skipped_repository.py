"""A malformed GitHub answer about one repository costs that repository, not the whole run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from portfolio_github_server import RecordedApi

from resumefit.cli import main
from resumefit.errors import GitHubResponseError
from resumefit.portfolio import collect_portfolio

RESUME = "Sam Lee\n\nSkills\nPython, SQL\n\nExperience\nBuilt reports in Python.\n"


def test_library_call_without_notes_still_fails(github_api: RecordedApi, tmp_path: Path) -> None:
    with pytest.raises(GitHubResponseError, match="bad base64"):
        collect_portfolio(github="patchy-user", api_base=github_api.base, cache_dir=tmp_path)


def test_with_notes_the_other_repositories_are_read(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    notes: list[str] = []
    docs = collect_portfolio(
        github="patchy-user", api_base=github_api.base, cache_dir=tmp_path, notes=notes
    )
    assert [doc.source for doc in docs] == ["repo:patchy-user/good-notebook"]
    assert len(notes) == 1
    assert notes[0].startswith("repo:patchy-user/garbled-readme skipped: ")
    assert "bad base64" in notes[0]


@pytest.fixture
def check_with_github(
    github_api: RecordedApi,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Callable[[str], str]:
    """Return a function that runs `check --github SPEC` on a small resume; gives stderr."""
    monkeypatch.setenv("RESUMEFIT_GITHUB_API", github_api.base)
    resume = tmp_path / "sam.txt"
    resume.write_text(RESUME, encoding="utf-8")

    def run(spec: str) -> str:
        assert main(["check", str(resume), "-f", "json", "--github", spec]) == 0
        return capsys.readouterr().err

    return run


def test_check_reports_the_skipped_repository_and_succeeds(
    check_with_github: Callable[[str], str],
) -> None:
    err = check_with_github("patchy-user")
    assert "resumefit: note: repo:patchy-user/garbled-readme skipped" in err


def test_check_prints_the_warnings_of_the_documents_it_read(
    check_with_github: Callable[[str], str],
) -> None:
    err = check_with_github("octo-student")
    assert "note: repo:octo-student/sales-dashboard: the repository has no README" in err
