"""The GitHub user a resume links to, and the forms a --github value may take."""

from __future__ import annotations

from resumefit.portfolio import github_user_from_document
from resumefit.portfolio.github_urls import parse_github_spec, parse_github_url
from resumefit.types import Document, Link


def resume(text: str, links: tuple[str, ...] = ()) -> Document:
    return Document(
        source="cv.pdf",
        format="pdf",
        sha256="0" * 64,
        text=text,
        links=[Link(url=u) for u in links],
    )


def test_profile_link_annotation_wins() -> None:
    doc = resume("Jane Doe", ("https://github.com/jane/some-repo", "https://github.com/jane-doe"))
    assert github_user_from_document(doc) == "jane-doe"


def test_url_written_in_the_text_is_found() -> None:
    doc = resume("Jane Doe | jane@example.com | github.com/janedoe | linkedin.com/in/jd")
    assert github_user_from_document(doc) == "janedoe"


def test_repository_link_gives_its_owner() -> None:
    doc = resume("Projects: https://github.com/jd42/thesis-code (PyTorch)")
    assert github_user_from_document(doc) == "jd42"


def test_github_pages_that_are_not_users_are_ignored() -> None:
    doc = resume("see https://github.com/features/actions and https://github.com/topics/ml")
    assert github_user_from_document(doc) is None


def test_no_github_link_gives_none() -> None:
    assert github_user_from_document(resume("Jane Doe, gitlab.com/jane")) is None


def test_git_remote_forms() -> None:
    assert parse_github_url("git@github.com:o/r.git") == ("o", "r")
    assert parse_github_url("https://github.com/o/r.git") == ("o", "r")
    assert parse_github_url("https://gitlab.com/o/r") is None


def test_github_value_forms() -> None:
    assert parse_github_spec("octo") == ("octo", None)
    assert parse_github_spec("octo/repo") == ("octo", "repo")
    assert parse_github_spec("https://github.com/octo/repo") == ("octo", "repo")
    assert parse_github_spec("octo/repo/extra") is None
    assert parse_github_spec("-bad-") is None
