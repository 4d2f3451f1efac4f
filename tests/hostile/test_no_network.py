"""Analysis opens no network connection unless --github is asked for.

Sockets are blocked in this process (and so in the forked children that do the work);
the whole pipeline then runs on a PDF and a text resume with README and repository
portfolio evidence, through the library and through the CLI.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile_checks import CliRun

from resumefit import pipeline
from resumefit.portfolio.collect import collect_portfolio
from resumefit.types import FitReport

RESUMES = ["plain-resume.pdf", "plain-resume.txt"]


class NetworkUsedError(AssertionError):
    """Something tried to open a network connection."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of connecting raise; return the list of attempts."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise NetworkUsedError(f"network use during analysis: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def repos_dir(tmp_path: Path, corpus: dict[str, Path]) -> Path:
    """A folder holding one cloned-looking repository with a README and a requirements file."""
    repo = tmp_path / "repos" / "churn-model"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "config").write_text(
        '[remote "origin"]\n\turl = https://github.com/zoe-example/churn-model.git\n'
    )
    (repo / "README.md").write_bytes(corpus["hostile-readme.md"].read_bytes())
    (repo / "requirements.txt").write_text("torch==2.3\npandas\nscikit-learn\n")
    return tmp_path / "repos"


@pytest.mark.parametrize("name", RESUMES)
def test_library_pipeline_runs_offline(
    name: str, corpus: dict[str, Path], repos_dir: Path, no_network: list[str]
) -> None:
    portfolio = collect_portfolio(readmes=[corpus["hostile-readme.md"]], repos_dir=repos_dir)
    report = pipeline.check(corpus[name], portfolio=portfolio)
    assert report.fits
    assert len(report.portfolio_sources) == 2
    assert no_network == []


@pytest.mark.parametrize("name", RESUMES)
def test_cli_check_runs_offline(
    name: str,
    corpus: dict[str, Path],
    repos_dir: Path,
    no_network: list[str],
    run_cli: Callable[..., CliRun],
) -> None:
    run = run_cli(
        "check",
        corpus[name],
        "--readme",
        corpus["hostile-readme.md"],
        "--repos",
        repos_dir,
        "--format",
        "json",
    )
    assert run.code == 0, run.stderr
    report = FitReport.model_validate_json(run.stdout)
    assert len(report.portfolio_sources) == 2
    assert no_network == []


def test_blocking_really_blocks(no_network: list[str]) -> None:
    # Control: the fixture catches a real attempt, so the tests above can fail.
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("example.com", 80), timeout=1)
    assert no_network
