"""Cloned repositories (``--repos DIR``) and README files (``--readme PATH``) as Documents.

Each subfolder of DIR is one repository: its README is rendered, and the signals of its
files (languages, dependency files, Dockerfile, CI) are added as lines of a PROJECTS part.
The repository is named after its git ``origin`` remote when that is on GitHub
("repo:owner/name", linked to github.com), else after its folder ("repo:folder").
"""

from __future__ import annotations

import configparser
from pathlib import Path

from resumefit.errors import NOT_FOUND, InputError
from resumefit.portfolio.github_urls import GITHUB_WEB, parse_github_url
from resumefit.portfolio.readme import readme_document
from resumefit.portfolio.signals import signal_blocks, signal_lines
from resumefit.types import Document

#: README file names in order of preference, compared case-insensitively.
README_NAMES: tuple[str, ...] = (
    "readme.md",
    "readme.markdown",
    "readme.rst",
    "readme.txt",
    "readme",
)
#: README bytes read at most; a larger file is cut (the renderer warns).
MAX_README_BYTES = 512_000
#: Repositories read from one ``--repos`` folder at most (in name order).
MAX_REPOS = 50
#: README-like file names that say nothing about the folder they sit in.
GENERIC_README_STEMS: frozenset[str] = frozenset({"readme", "index"})
NO_FOLDER_ADVICE = "pass a folder that holds cloned repositories"


def find_readme(root: Path) -> Path | None:
    """Return the README file of the repository at ``root``, or None."""
    by_name = {path.name.lower(): path for path in root.iterdir() if path.is_file()}
    for name in README_NAMES:
        if name in by_name:
            return by_name[name]
    return None


def read_capped(path: Path, limit: int = MAX_README_BYTES) -> bytes:
    """Return at most ``limit`` bytes of ``path``."""
    with path.open("rb") as handle:
        return handle.read(limit)


def origin_repository(root: Path) -> tuple[str, str] | None:
    """Return (owner, name) of the repository's GitHub ``origin`` remote, or None."""
    config = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        config.read(root / ".git" / "config", encoding="utf-8")
        url = config.get('remote "origin"', "url", fallback="")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    parsed = parse_github_url(url) if url else None
    if parsed is None or parsed[1] is None:
        return None
    return parsed[0], parsed[1]


def repository_document(root: Path) -> Document | None:
    """Return the Document of the cloned repository at ``root`` (None if it has nothing to read)."""
    readme = find_readme(root)
    lines = signal_lines(root)
    if readme is None and not lines:
        return None
    origin = origin_repository(root)
    if origin is not None:
        owner, name = origin
        source, url = f"repo:{owner}/{name}", f"{GITHUB_WEB}/{owner}/{name}"
        profile = owner.lower() == name.lower()
    else:
        # No URL for a local folder: its absolute path may hold the user's name, and the
        # report only needs to say which folder the evidence came from.
        source, url, profile = f"repo:{root.resolve().name}", None, False
    raw = read_capped(readme) if readme is not None else b""
    warnings = [] if readme is not None else ["no README found; only the files' signals were read"]
    document = readme_document(
        raw, source=source, url=url, profile=profile, after=signal_blocks(lines)
    )
    return document.model_copy(update={"warnings": document.warnings + warnings})


def _looks_like_repository(folder: Path) -> bool:
    return (folder / ".git").exists() or find_readme(folder) is not None


def collect_repos(repos_dir: Path) -> list[Document]:
    """Return one Document per repository folder in ``repos_dir`` (or for ``repos_dir`` itself).

    When no subfolder looks like a repository but ``repos_dir`` does, it is read as one.
    """
    if not repos_dir.is_dir():
        raise InputError(
            repos_dir, NOT_FOUND if not repos_dir.exists() else "not a folder", NO_FOLDER_ADVICE
        )
    folders = sorted(p for p in repos_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    repositories = [folder for folder in folders if _looks_like_repository(folder)]
    if not repositories and _looks_like_repository(repos_dir):
        repositories = [repos_dir]
    documents = []
    for folder in repositories[:MAX_REPOS]:
        document = repository_document(folder)
        if document is not None:
            documents.append(document)
    return documents


def readme_file_document(path: Path) -> Document:
    """Return the README file at ``path`` as a Document with source "readme:<file name>".

    A file called README.md (or index.md) is named after its folder too ("readme:proj/README.md"),
    so several ``--readme`` files stay apart in the report.
    """
    if not path.is_file():
        raise InputError(path, NOT_FOUND, "check the --readme path")
    name = path.name
    if path.stem.lower() in GENERIC_README_STEMS and path.resolve().parent.name:
        name = f"{path.resolve().parent.name}/{name}"
    try:
        raw = read_capped(path)
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})") from error
    # No URL: a local file's absolute path may hold the user's name (see repository_document).
    return readme_document(raw, source=f"readme:{name}", url=None)
