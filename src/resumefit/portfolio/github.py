"""A user's (or one repository's) READMEs, languages and topics through the GitHub REST API.

Plain ``urllib`` with a timeout; every answer (200 or 404) is cached on disk, keyed by its
URL, and reused for ``CACHE_MAX_AGE_SECONDS``. With ``offline=True`` the network is never
touched: a request the cache cannot answer is an error. Failures become one-line
``GitHubError``s: rate limit (with the reset time), unknown user or repository, malformed
JSON, unreachable API. A repository without a README is not an error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from pathlib import Path
from typing import Any

from resumefit import __version__
from resumefit.errors import (
    GITHUB_BAD_TOKEN,
    GITHUB_HTTP_ERROR,
    GITHUB_MALFORMED,
    GITHUB_NOT_CACHED,
    GITHUB_NOT_CACHED_ADVICE,
    GITHUB_NOT_FOUND,
    GITHUB_NOT_FOUND_ADVICE,
    GITHUB_RATE_LIMITED,
    GITHUB_TOKEN_ADVICE,
    GITHUB_UNREACHABLE,
    GITHUB_UNREACHABLE_ADVICE,
    GitHubError,
    GitHubNotFoundError,
    GitHubOfflineError,
    GitHubRateLimitError,
    GitHubResponseError,
    GitHubUnreachableError,
)

DEFAULT_API_BASE = "https://api.github.com"
API_BASE_ENV = "RESUMEFIT_GITHUB_API"
TOKEN_ENV = "GITHUB_TOKEN"
REQUEST_TIMEOUT_SECONDS = 10.0
#: A cached answer younger than this is used instead of asking again (offline: any age).
CACHE_MAX_AGE_SECONDS = 24 * 3600
#: Bytes read from one API answer at most.
MAX_RESPONSE_BYTES = 5_000_000
#: HTTP statuses GitHub uses for "rate limited" (with X-RateLimit-Remaining: 0 or Retry-After).
RATE_LIMIT_STATUSES: frozenset[int] = frozenset({403, 429})
#: A rate-limit reset further away than this is given as a date, not "in N min".
MAX_MINUTES_SHOWN = 120
API_HEADERS: dict[str, str] = {
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
    "User-Agent": f"resumefit/{__version__}",
}


def default_cache_dir() -> Path:
    """Return ``$XDG_CACHE_HOME/resumefit/github`` (``~/.cache`` when XDG_CACHE_HOME is unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "resumefit" / "github"


def default_api_base() -> str:
    """Return the API base URL: ``$RESUMEFIT_GITHUB_API`` or api.github.com."""
    return os.environ.get(API_BASE_ENV) or DEFAULT_API_BASE


def rate_limit_error(headers: Message) -> GitHubRateLimitError:
    """Return the rate-limit error for a 403/429 answer, saying when the limit resets."""
    reset = ""
    reset_at = headers.get("X-RateLimit-Reset")
    retry_after = headers.get("Retry-After")
    if reset_at and reset_at.isdigit():
        moment = datetime.fromtimestamp(int(reset_at), tz=UTC)
        minutes = max(0, round((int(reset_at) - time.time()) / 60))
        if minutes <= MAX_MINUTES_SHOWN:
            reset = f"; it resets at {moment:%H:%M} UTC (in {minutes} min)"
        else:
            reset = f"; it resets at {moment:%Y-%m-%d %H:%M} UTC"
    elif retry_after and retry_after.isdigit():
        reset = f"; retry after {retry_after} s"
    return GitHubRateLimitError(f"{GITHUB_RATE_LIMITED.format(reset=reset)}; {GITHUB_TOKEN_ADVICE}")


def _is_rate_limited(status: int, headers: Message) -> bool:
    if status not in RATE_LIMIT_STATUSES:
        return False
    return headers.get("X-RateLimit-Remaining") == "0" or headers.get("Retry-After") is not None


@dataclass
class GitHubClient:
    """Reads the GitHub REST API (or its cache) and returns decoded JSON answers."""

    api_base: str = field(default_factory=default_api_base)
    cache_dir: Path = field(default_factory=default_cache_dir)
    offline: bool = False
    token: str | None = field(default_factory=lambda: os.environ.get(TOKEN_ENV) or None)
    timeout: float = REQUEST_TIMEOUT_SECONDS
    max_age: float = CACHE_MAX_AGE_SECONDS

    def url(self, path: str) -> str:
        """Return the absolute API URL of ``path`` ("/users/octocat/repos")."""
        return self.api_base.rstrip("/") + path

    def _cache_file(self, url: str) -> Path:
        return self.cache_dir / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.json"

    def _read_cache(self, url: str) -> tuple[float, int, str] | None:
        try:
            entry = json.loads(self._cache_file(url).read_text(encoding="utf-8"))
            return float(entry["fetched_at"]), int(entry["status"]), str(entry["body"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a missing or damaged cache entry is simply not a hit

    def _write_cache(self, url: str, status: int, body: str) -> None:
        entry = {"url": url, "status": status, "fetched_at": time.time(), "body": body}
        target = self._cache_file(url)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(entry), encoding="utf-8")
            partial.replace(target)
        except OSError:
            pass  # the cache only saves requests; failing to write it loses nothing else

    def _fetch(self, url: str) -> tuple[int, str]:
        headers = dict(API_HEADERS)
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read(MAX_RESPONSE_BYTES)
                return int(response.status), body.decode("utf-8", errors="replace")
        except urllib.error.HTTPError as error:
            if _is_rate_limited(error.code, error.headers):
                raise rate_limit_error(error.headers) from None
            if error.code == 404:
                return 404, ""
            if error.code == 401 and self.token:
                raise GitHubError(GITHUB_BAD_TOKEN.format(status=error.code)) from None
            raise GitHubResponseError(
                GITHUB_HTTP_ERROR.format(status=error.code, url=url)
            ) from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            detail = getattr(error, "reason", None) or error.__class__.__name__
            message = GITHUB_UNREACHABLE.format(base=self.api_base, detail=detail)
            raise GitHubUnreachableError(f"{message}; {GITHUB_UNREACHABLE_ADVICE}") from None

    def get_json(self, path: str, *, what: str, missing_ok: bool = False) -> Any:
        """Return the decoded JSON answer for ``path``; None for a 404 when ``missing_ok``.

        ``what`` names the thing asked for ("user octocat") in error messages.
        """
        url = self.url(path)
        cached = self._read_cache(url)
        from_cache = cached is not None and (self.offline or time.time() - cached[0] < self.max_age)
        if cached is not None and from_cache:
            status, body = cached[1], cached[2]
        elif self.offline:
            message = GITHUB_NOT_CACHED.format(what=what, cache=self.cache_dir)
            raise GitHubOfflineError(f"{message}; {GITHUB_NOT_CACHED_ADVICE}")
        else:
            status, body = self._fetch(url)
        if status == 404:
            if not from_cache:
                self._write_cache(url, status, body)
            if missing_ok:
                return None
            raise GitHubNotFoundError(
                f"{GITHUB_NOT_FOUND.format(what=what)}; {GITHUB_NOT_FOUND_ADVICE}"
            )
        try:
            data = json.loads(body)
        except ValueError as error:
            detail = f"line {getattr(error, 'lineno', '?')}"
            raise GitHubResponseError(GITHUB_MALFORMED.format(url=url, detail=detail)) from None
        if not from_cache:
            self._write_cache(url, status, body)
        return data


def decode_readme(answer: Any, url: str) -> bytes | None:
    """Return the README bytes of a ``/repos/{o}/{r}/readme`` answer (base64 content)."""
    if answer is None:
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("content"), str):
        raise GitHubResponseError(GITHUB_MALFORMED.format(url=url, detail="no README content"))
    if answer.get("encoding", "base64") != "base64":
        return answer["content"].encode("utf-8")
    try:
        return base64.b64decode(answer["content"])
    except (binascii.Error, ValueError):
        raise GitHubResponseError(GITHUB_MALFORMED.format(url=url, detail="bad base64")) from None
