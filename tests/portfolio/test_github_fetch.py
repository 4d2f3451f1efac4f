"""--github USER and USER/REPO read recorded API answers from a local server, never the internet."""

from __future__ import annotations

from pathlib import Path

import pytest
from portfolio_github_server import RecordedApi

from resumefit.portfolio import collect_portfolio, github_readmes
from resumefit.types import SectionKind


def fetch(api: RecordedApi, spec: str, cache: Path, **options: object) -> list:
    return collect_portfolio(github=spec, api_base=api.base, cache_dir=cache, **options)  # type: ignore[arg-type]


def test_user_gives_profile_then_own_repositories_by_push_date(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    docs = fetch(github_api, "octo-student", tmp_path)
    assert [doc.source for doc in docs] == [
        "repo:octo-student/octo-student",
        "repo:octo-student/digit-classifier",
        "repo:octo-student/sales-dashboard",
        "repo:octo-student/old-site",
    ]  # the fork is left out


def test_repository_document_carries_readme_topics_and_languages(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    (doc,) = fetch(github_api, "octo-student/digit-classifier", tmp_path)
    assert doc.url == "https://github.com/octo-student/digit-classifier"
    assert doc.text.startswith("Handwritten digit recognition with a CNN\n")
    assert doc.section_at(doc.text.index("Topics: deep-learning")) is SectionKind.SKILLS
    assert doc.section_at(doc.text.index("import torch")) is SectionKind.PROJECTS
    assert doc.section_at(doc.text.index("Languages: Python 95%, Shell 5%")) is SectionKind.PROJECTS


def test_profile_readme_is_all_claims(github_api: RecordedApi, tmp_path: Path) -> None:
    profile = fetch(github_api, "octo-student", tmp_path)[0]
    assert "Badges: python, tensorflow, flask" in profile.text
    assert {section.kind for section in profile.sections} == {SectionKind.SKILLS}


def test_missing_readme_is_not_fatal(github_api: RecordedApi, tmp_path: Path) -> None:
    docs = {doc.source: doc for doc in fetch(github_api, "octo-student", tmp_path)}
    dashboard = docs["repo:octo-student/sales-dashboard"]
    assert "Languages: TypeScript 97%, CSS 3%" in dashboard.text
    assert dashboard.warnings == ["the repository has no README; only its metadata was read"]


def test_repository_limit_keeps_the_most_recently_pushed(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(github_readmes, "MAX_GITHUB_REPOS", 1)
    docs = fetch(github_api, "octo-student", tmp_path)
    assert [doc.source for doc in docs][1:] == ["repo:octo-student/digit-classifier"]


def test_token_is_sent_as_a_bearer_header(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "test-token-123")
    fetch(github_api, "octo-student/digit-classifier", tmp_path)
    assert all(
        headers.get("Authorization") == "Bearer test-token-123"
        for _, headers in github_api.requests
    )


def test_no_token_sends_no_authorization_header(github_api: RecordedApi, tmp_path: Path) -> None:
    fetch(github_api, "octo-student/digit-classifier", tmp_path)
    assert all("Authorization" not in headers for _, headers in github_api.requests)


def test_second_run_is_answered_from_the_cache(github_api: RecordedApi, tmp_path: Path) -> None:
    first = fetch(github_api, "octo-student", tmp_path)
    asked = len(github_api.requests)
    second = fetch(github_api, "octo-student", tmp_path)
    assert len(github_api.requests) == asked
    assert [doc.text for doc in second] == [doc.text for doc in first]


def test_api_base_comes_from_the_environment(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESUMEFIT_GITHUB_API", github_api.base)
    docs = collect_portfolio(github="octo-student/digit-classifier", cache_dir=tmp_path)
    assert [doc.source for doc in docs] == ["repo:octo-student/digit-classifier"]
    assert github_api.paths()[0] == "/repos/octo-student/digit-classifier"


def test_default_cache_lives_under_xdg_cache_home(github_api: RecordedApi, tmp_path: Path) -> None:
    collect_portfolio(github="octo-student/digit-classifier", api_base=github_api.base)
    assert list((tmp_path / "xdg-cache" / "resumefit" / "github").glob("*.json"))
