"""A folder of cloned repositories becomes one README Document per repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import InputError
from resumefit.portfolio.repos import collect_repos, readme_file_document
from resumefit.portfolio.signals import count_language_bytes
from resumefit.types import SectionKind


def test_each_repository_folder_is_one_document(data_dir: Path) -> None:
    docs = collect_repos(data_dir / "repos")
    assert [doc.source for doc in docs] == [
        "repo:image-classifier",
        "repo:notes-cli",
        "repo:web-dashboard",
    ]  # just-a-license has neither a README nor code
    assert all(doc.format == "readme" for doc in docs)


def test_signals_are_lines_of_a_projects_section(data_dir: Path) -> None:
    (doc,) = [d for d in collect_repos(data_dir / "repos") if d.source == "repo:image-classifier"]
    line = (
        "Python dependencies (requirements.txt): torch (PyTorch), torchvision, scikit-learn, pandas"
    )
    assert line in doc.text
    assert "Docker: builds containers with Dockerfile" in doc.text
    assert doc.section_at(doc.text.index(line)) is SectionKind.PROJECTS


def test_vendored_and_hidden_folders_are_not_counted(data_dir: Path) -> None:
    counts = count_language_bytes(data_dir / "repos" / "image-classifier")
    assert set(counts) == {"Python", "Shell"}  # node_modules/*.js and .cache/*.py skipped


def test_readme_name_is_found_in_any_case(data_dir: Path) -> None:
    (doc,) = [d for d in collect_repos(data_dir / "repos") if d.source == "repo:web-dashboard"]
    assert doc.text.startswith("Web dashboard\n")
    assert "Languages: TypeScript" in doc.text


def test_github_origin_names_and_links_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "clone"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "config").write_text(
        '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:octo-student/clone.git\n'
    )
    (repo / "README.md").write_text("# Clone\n\nUses Rust.\n")
    (doc,) = collect_repos(tmp_path)
    assert doc.source == "repo:octo-student/clone"
    assert doc.url == "https://github.com/octo-student/clone"


def test_a_single_repository_folder_is_read_as_itself(data_dir: Path) -> None:
    docs = collect_repos(data_dir / "repos" / "notes-cli")
    assert [doc.source for doc in docs] == ["repo:notes-cli"]


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect_repos(tmp_path / "nowhere")


def test_generic_readme_file_is_named_after_its_folder(tmp_path: Path) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "README.md").write_text("# Proj\n")
    doc = readme_file_document(tmp_path / "proj" / "README.md")
    assert doc.source == "readme:proj/README.md"


def test_local_readme_and_repo_folder_have_no_url(tmp_path: Path) -> None:
    repo = tmp_path / "jane.doe" / "image-classifier"
    repo.mkdir(parents=True)
    (repo / "README.md").write_text("# Image classifier\n\nBuilt with PyTorch.\n")
    (doc,) = collect_repos(repo.parent)
    assert (doc.source, doc.url) == ("repo:image-classifier", None)
    readme = readme_file_document(repo / "README.md")
    assert (readme.source, readme.url) == ("readme:image-classifier/README.md", None)


def test_dependency_line_names_the_ecosystem_of_its_file(data_dir: Path) -> None:
    (doc,) = [d for d in collect_repos(data_dir / "repos") if d.source == "repo:web-dashboard"]
    assert "JavaScript dependencies (package.json): react, chart.js, typescript, jest" in doc.text
