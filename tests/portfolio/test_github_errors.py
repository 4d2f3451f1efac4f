"""GitHub failures are one-line errors that say what to do; --offline never opens a socket."""

from __future__ import annotations

import socket
import time
from email.message import Message
from pathlib import Path

import pytest
from portfolio_github_server import RecordedApi

from resumefit.errors import (
    GitHubError,
    GitHubNotFoundError,
    GitHubOfflineError,
    GitHubRateLimitError,
    GitHubResponseError,
    GitHubUnreachableError,
    UsageError,
)
from resumefit.portfolio import collect_portfolio
from resumefit.portfolio.github import rate_limit_error


def test_rate_limit_says_when_it_resets_and_suggests_a_token(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    with pytest.raises(GitHubRateLimitError) as caught:
        collect_portfolio(github="limited-user", api_base=github_api.base, cache_dir=tmp_path)
    message = str(caught.value)
    assert "resets at 2030-03-17 17:46 UTC" in message and "GITHUB_TOKEN" in message
    assert "\n" not in message


def test_secondary_rate_limit_says_when_to_retry(github_api: RecordedApi, tmp_path: Path) -> None:
    with pytest.raises(GitHubRateLimitError, match="retry after 30 s"):
        collect_portfolio(github="busy-user", api_base=github_api.base, cache_dir=tmp_path)


def test_forbidden_without_exhausted_limit_is_not_called_a_rate_limit(
    github_api: RecordedApi, tmp_path: Path
) -> None:
    with pytest.raises(GitHubResponseError, match="HTTP 403"):
        collect_portfolio(github="forbidden-user", api_base=github_api.base, cache_dir=tmp_path)


def test_unknown_user_is_a_not_found_error(github_api: RecordedApi, tmp_path: Path) -> None:
    with pytest.raises(GitHubNotFoundError, match="GitHub has no user ghost-user"):
        collect_portfolio(github="ghost-user", api_base=github_api.base, cache_dir=tmp_path)


def test_unknown_repository_is_a_not_found_error(github_api: RecordedApi, tmp_path: Path) -> None:
    with pytest.raises(GitHubNotFoundError, match="repository octo-student/no-such-repo"):
        collect_portfolio(
            github="octo-student/no-such-repo", api_base=github_api.base, cache_dir=tmp_path
        )


def test_malformed_json_is_a_response_error(github_api: RecordedApi, tmp_path: Path) -> None:
    with pytest.raises(GitHubResponseError, match="malformed JSON"):
        collect_portfolio(github="broken-user", api_base=github_api.base, cache_dir=tmp_path)
    assert not list(tmp_path.glob("*.json"))  # a broken answer is not cached


def test_unreachable_api_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(GitHubUnreachableError, match="cannot reach the GitHub API"):
        collect_portfolio(
            github="octo-student", api_base=f"http://127.0.0.1:{port}", cache_dir=tmp_path
        )


def test_offline_without_cache_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GitHubOfflineError, match="run once without --offline"):
        collect_portfolio(github="octo-student", offline=True, cache_dir=tmp_path)


def test_offline_reads_the_cache_without_opening_sockets(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    online = collect_portfolio(github="octo-student", api_base=github_api.base, cache_dir=tmp_path)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("--offline opened a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    offline = collect_portfolio(
        github="octo-student", api_base=github_api.base, cache_dir=tmp_path, offline=True
    )
    assert [doc.source for doc in offline] == [doc.source for doc in online]


def test_offline_uses_a_cache_entry_of_any_age(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collect_portfolio(github="octo-student", api_base=github_api.base, cache_dir=tmp_path)
    monkeypatch.setattr("resumefit.portfolio.github.CACHE_MAX_AGE_SECONDS", -1.0)
    asked = len(github_api.requests)
    docs = collect_portfolio(
        github="octo-student", api_base=github_api.base, cache_dir=tmp_path, offline=True
    )
    assert docs and len(github_api.requests) == asked


def test_bad_github_value_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="expected USER, USER/REPO"):
        collect_portfolio(github="not a user!", cache_dir=tmp_path)


def test_rejected_token_says_to_check_it(
    github_api: RecordedApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "expired-token")
    with pytest.raises(GitHubError, match="rejected the token in GITHUB_TOKEN") as caught:
        collect_portfolio(github="token-user", api_base=github_api.base, cache_dir=tmp_path)
    assert "expired-token" not in str(caught.value)


def test_rate_limit_reset_soon_is_given_in_minutes() -> None:
    headers = Message()
    headers["X-RateLimit-Remaining"] = "0"
    headers["X-RateLimit-Reset"] = str(int(time.time()) + 600)
    assert "min)" in str(rate_limit_error(headers))
