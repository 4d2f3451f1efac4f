"""Fixtures for the portfolio tests: fixture paths and a local stand-in for the GitHub API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from portfolio_github_server import RecordedApi, serve_recorded_api

from resumefit.portfolio import readme_document
from resumefit.types import Document

DATA = Path(__file__).resolve().parents[1] / "data" / "portfolio"


@pytest.fixture(autouse=True)
def isolated_github_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep a real token, API base or user cache from leaking into a test."""
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.delenv("RESUMEFIT_GITHUB_API", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def classifier_readme() -> Document:
    """The digit-classifier README fixture rendered as a repository README."""
    raw = (DATA / "readmes" / "digit-classifier.md").read_bytes()
    return readme_document(raw, source="readme:digit-classifier.md")


@pytest.fixture
def github_api() -> Iterator[RecordedApi]:
    with serve_recorded_api(DATA / "github" / "responses.json") as api:
        yield api
