"""A GitHub user's public repositories (or one repository) as README Documents.

For ``--github USER``: the profile README (github.com/USER/USER, all claims) plus the
README, languages and topics of the user's ``MAX_GITHUB_REPOS`` most recently pushed
public repositories that are not forks. For ``--github USER/REPO``: that repository.
"""

from __future__ import annotations

from typing import Any

from resumefit.errors import GITHUB_MALFORMED, GitHubResponseError
from resumefit.portfolio import rules
from resumefit.portfolio.assemble import Block, is_web_url
from resumefit.portfolio.github import GitHubClient, decode_readme
from resumefit.portfolio.github_urls import GITHUB_WEB, is_github_login, is_repo_name
from resumefit.portfolio.readme import readme_document
from resumefit.portfolio.signals import languages_line, signal_blocks
from resumefit.types import Document

#: Repositories read per user at most, most recently pushed first.
MAX_GITHUB_REPOS = 12
#: Page size of the repository listing (GitHub's maximum; one page is enough for the limit).
REPOS_PER_PAGE = 100
TOPICS_LABEL = "Topics"
#: The note left for a repository skipped because GitHub's answer about it was malformed.
SKIPPED_REPOSITORY = "repo:{name} skipped: {reason}"


def _expect(value: Any, kind: type, url: str, what: str) -> Any:
    if not isinstance(value, kind):
        raise GitHubResponseError(GITHUB_MALFORMED.format(url=url, detail=f"{what} missing"))
    return value


def repository_blocks(repo: dict[str, Any], languages: Any) -> tuple[list[Block], list[Block]]:
    """Return the blocks placed before (description, topics) and after (languages) a README."""
    before: list[Block] = []
    description = repo.get("description")
    if isinstance(description, str) and description.strip():
        before.append(Block(" ".join(description.split()), rules.DEFAULT_REPO_KIND))
    topics = [str(topic) for topic in repo.get("topics") or [] if isinstance(topic, str)]
    if topics:
        before.append(Block(f"{TOPICS_LABEL}: {', '.join(topics)}", rules.BADGE_KIND))
    counts = {
        str(name): int(count)
        for name, count in (languages.items() if isinstance(languages, dict) else [])
        if isinstance(count, int)
    }
    line = languages_line(counts)
    return before, signal_blocks([line] if line else [])


def repository_document(client: GitHubClient, repo: dict[str, Any]) -> Document | None:
    """Return the Document of one repository from its API JSON (None when it shows nothing)."""
    full_name = _expect(repo.get("full_name"), str, client.url("/repos"), "full_name")
    owner, _, name = full_name.partition("/")
    if not is_github_login(owner) or not is_repo_name(name):  # it goes into request paths
        raise GitHubResponseError(
            GITHUB_MALFORMED.format(url=client.url("/repos"), detail=full_name)
        )
    readme_path = f"/repos/{full_name}/readme"
    readme = decode_readme(
        client.get_json(readme_path, what=f"README of {full_name}", missing_ok=True),
        client.url(readme_path),
    )
    profile = owner.lower() == name.lower()
    if profile:  # a profile README is all claims; its languages and topics add nothing
        before: list[Block] = []
        after: list[Block] = []
    else:
        languages = client.get_json(
            f"/repos/{full_name}/languages", what=f"languages of {full_name}", missing_ok=True
        )
        before, after = repository_blocks(repo, languages)
    if readme is None and not before and not after:
        return None
    html_url = repo.get("html_url")
    url = (
        html_url
        if isinstance(html_url, str) and is_web_url(html_url)
        else f"{GITHUB_WEB}/{full_name}"
    )
    document = readme_document(
        readme or b"",
        source=f"repo:{full_name}",
        url=url,
        profile=profile,
        before=before,
        after=after,
    )
    if readme is None:
        document.warnings.append("the repository has no README; only its metadata was read")
    return document


def fetch_repository(client: GitHubClient, owner: str, name: str) -> list[Document]:
    """Return the Document of the repository ``owner/name`` (a 404 is an error)."""
    path = f"/repos/{owner}/{name}"
    repo = _expect(
        client.get_json(path, what=f"repository {owner}/{name}"),
        dict,
        client.url(path),
        "repository",
    )
    document = repository_document(client, repo)
    return [document] if document is not None else []


def fetch_profile(client: GitHubClient, user: str) -> Document | None:
    """Return the profile README of ``user`` (github.com/USER/USER), all claims, or None."""
    path = f"/repos/{user}/{user}/readme"
    answer = client.get_json(path, what=f"profile README of {user}", missing_ok=True)
    readme = decode_readme(answer, client.url(path))
    if readme is None:
        return None
    full_name = f"{user}/{user}"
    return readme_document(
        readme, source=f"repo:{full_name}", url=f"{GITHUB_WEB}/{full_name}", profile=True
    )


def fetch_user(client: GitHubClient, user: str, notes: list[str] | None = None) -> list[Document]:
    """Return the profile README and the most recently pushed own repositories of ``user``.

    A malformed answer about one repository (its README or languages) raises, unless
    ``notes`` is given: then that repository is skipped, the reason is appended to
    ``notes``, and the others are still read. Failures that concern every request (rate
    limit, network, a malformed listing) always raise.
    """
    path = f"/users/{user}/repos?type=owner&sort=pushed&direction=desc&per_page={REPOS_PER_PAGE}"
    listing = _expect(client.get_json(path, what=f"user {user}"), list, client.url(path), "list")
    repos = [
        repo
        for repo in listing
        if isinstance(repo, dict) and isinstance(repo.get("full_name"), str)
    ]
    for repo in repos:  # the login as GitHub spells it, for the profile repository's name
        login = (
            (repo.get("owner") or {}).get("login") if isinstance(repo.get("owner"), dict) else None
        )
        if isinstance(login, str) and login.lower() == user.lower():
            user = login
            break
    own = [
        repo
        for repo in repos
        if not repo.get("fork")
        and not repo.get("private")
        and str(repo.get("name", "")).lower() != user.lower()
    ]
    own.sort(key=lambda repo: str(repo.get("pushed_at") or ""), reverse=True)
    profile = fetch_profile(client, user)
    documents: list[Document] = [profile] if profile is not None else []
    for repo in own[:MAX_GITHUB_REPOS]:
        try:
            document = repository_document(client, repo)
        except GitHubResponseError as error:
            if notes is None:
                raise
            notes.append(SKIPPED_REPOSITORY.format(name=repo["full_name"], reason=error.message))
            continue
        if document is not None:
            documents.append(document)
    return documents
