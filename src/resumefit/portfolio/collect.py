"""The single entry point for portfolio evidence: README files, cloned repos and GitHub."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from resumefit.errors import (
    GITHUB_BAD_SPEC,
    GITHUB_NO_DEFAULT,
    GITHUB_NO_DEFAULT_ADVICE,
    UsageError,
)
from resumefit.portfolio.github import GitHubClient, default_api_base, default_cache_dir
from resumefit.portfolio.github_readmes import fetch_repository, fetch_user
from resumefit.portfolio.github_urls import github_user_from_document, parse_github_spec
from resumefit.portfolio.repos import collect_repos, readme_file_document
from resumefit.types import Document


def collect_portfolio(
    *,
    readmes: Sequence[Path] = (),
    repos_dir: Path | None = None,
    github: str | None = None,
    offline: bool = False,
    cache_dir: Path | None = None,
    api_base: str | None = None,
    resume: Document | None = None,
    notes: list[str] | None = None,
) -> list[Document]:
    """Return the README Documents of ``--readme`` files, ``--repos DIR`` and ``--github``.

    ``github`` is USER, USER/REPO or a github.com URL; an empty string means "the GitHub
    profile the resume links to" (``github_user_from_document(resume)``), which is how the
    CLI implements ``--github`` given without a value. None skips GitHub. ``offline`` reads
    GitHub answers from ``cache_dir`` only and never opens a connection. Documents come in
    the order: README files, repository folders, GitHub; a source seen twice is kept once.
    With ``notes``, a GitHub repository whose answer is malformed is skipped and noted there
    instead of failing the whole collection (see ``fetch_user``).
    """
    documents = [readme_file_document(Path(path)) for path in readmes]
    if repos_dir is not None:
        documents.extend(collect_repos(Path(repos_dir)))
    if github is not None:
        documents.extend(_github_documents(github, offline, cache_dir, api_base, resume, notes))
    unique: dict[str, Document] = {}
    for document in documents:
        unique.setdefault(document.source.lower(), document)
    return list(unique.values())


def _github_documents(
    github: str,
    offline: bool,
    cache_dir: Path | None,
    api_base: str | None,
    resume: Document | None,
    notes: list[str] | None,
) -> list[Document]:
    spec = github.strip()
    if not spec:
        found = github_user_from_document(resume) if resume is not None else None
        if found is None:
            raise UsageError(f"{GITHUB_NO_DEFAULT}; {GITHUB_NO_DEFAULT_ADVICE}")
        spec = found
    parsed = parse_github_spec(spec)
    if parsed is None:
        raise UsageError(GITHUB_BAD_SPEC.format(spec=spec))
    client = GitHubClient(
        api_base=api_base or default_api_base(),
        cache_dir=cache_dir or default_cache_dir(),
        offline=offline,
    )
    user, repo = parsed
    if repo is not None:
        return fetch_repository(client, user, repo)
    return fetch_user(client, user, notes)
