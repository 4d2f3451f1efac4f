"""GitHub profile and repository URLs: read from a resume, a git remote, or a ``--github`` value."""

from __future__ import annotations

from urllib.parse import urlsplit

from resumefit.types import Document

GITHUB_HOSTS: frozenset[str] = frozenset({"github.com", "www.github.com"})
GITHUB_WEB = "https://github.com"
#: First path segments of github.com pages that are not a user or organisation.
RESERVED_PATHS: frozenset[str] = frozenset(
    {
        "about", "apps", "collections", "contact", "customer-stories", "enterprise", "events",
        "explore", "features", "issues", "login", "marketplace", "new", "notifications",
        "orgs", "pricing", "pulls", "search", "security", "settings", "signup", "site",
        "sponsors", "team", "topics", "trending", "readme", "codespaces", "join",
    }
)  # fmt: skip
#: GitHub user names: 1-39 characters, letters, digits and single hyphens.
MAX_LOGIN_CHARS = 39


def is_github_login(name: str) -> bool:
    """Return True when ``name`` is a syntactically valid GitHub user or organisation name."""
    return (
        0 < len(name) <= MAX_LOGIN_CHARS
        and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in name)
        and not name.startswith("-")
        and not name.endswith("-")
        and "--" not in name
    )


def is_repo_name(name: str) -> bool:
    """Return True when ``name`` can be a GitHub repository name."""
    return 0 < len(name) <= 100 and all(
        ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in name
    )


def parse_github_url(url: str) -> tuple[str, str | None] | None:
    """Return (owner, repository or None) of a github.com URL or git remote, else None.

    Understands https://github.com/owner[/repo], github.com/owner (no scheme),
    git@github.com:owner/repo.git and ssh://git@github.com/owner/repo.git.
    """
    url = url.strip().strip("<>()[],;.:\"'")
    if url.startswith("git@github.com:"):
        url = "ssh://git@github.com/" + url[len("git@github.com:") :]
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in GITHUB_HOSTS:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments or segments[0].lower() in RESERVED_PATHS or not is_github_login(segments[0]):
        return None
    owner = segments[0]
    if len(segments) >= 2:
        repo = segments[1].removesuffix(".git")
        if is_repo_name(repo):
            return owner, repo
    return owner, None


def github_user_from_document(doc: Document) -> str | None:
    """Return the GitHub user a resume links to (its links first, then its text), or None.

    A profile link (github.com/USER) wins over a repository link (github.com/USER/REPO),
    whose owner is returned otherwise. The CLI offers this as the default ``--github`` value.
    """
    candidates = [link.url for link in doc.links]
    candidates += [word for word in doc.text.split() if "github.com" in word.lower()]
    owners: list[str] = []
    for candidate in candidates:
        parsed = parse_github_url(candidate)
        if parsed is None:
            continue
        owner, repo = parsed
        if repo is None:
            return owner
        owners.append(owner)
    return owners[0] if owners else None


def parse_github_spec(spec: str) -> tuple[str, str | None] | None:
    """Return (user, repo or None) for a ``--github`` value: USER, USER/REPO or a github.com URL."""
    spec = spec.strip()
    if "github.com" in spec.lower():
        return parse_github_url(spec)
    owner, _, repo = spec.partition("/")
    repo = repo.strip("/").removesuffix(".git")
    if not is_github_login(owner) or (repo and not is_repo_name(repo)) or "/" in repo:
        return None
    return owner, repo or None
