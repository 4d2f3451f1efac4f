"""section_headings.toml is validated on load; a bad file names the entry and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import DataFileError
from resumefit.sections import load_heading_words
from resumefit.types import SectionKind


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "section_headings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_file_loads() -> None:
    words = load_heading_words()
    assert words.headings["skills"] is SectionKind.SKILLS
    assert words.headings["education and training"] is SectionKind.EDUCATION
    assert "responsibilities" in words.ignore


def test_unknown_kind_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, '[kinds.hobbyz]\nheadings = ["hobbies"]\n')
    with pytest.raises(DataFileError, match=r"\(kinds\.hobbyz\): unknown section kind"):
        load_heading_words(path)


def test_heading_in_two_kinds_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path, '[kinds.skills]\nheadings = ["tools"]\n[kinds.projects]\nheadings = ["tools"]\n'
    )
    with pytest.raises(DataFileError, match="already a skills heading"):
        load_heading_words(path)


def test_non_string_entries_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "[kinds.skills]\nheadings = [1, 2]\n")
    with pytest.raises(DataFileError, match=r"kinds\.skills\.headings"):
        load_heading_words(path)


def test_invalid_toml_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="invalid TOML"):
        load_heading_words(write(tmp_path, "[kinds.skills\n"))


def test_missing_kinds_table_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="missing the"):
        load_heading_words(write(tmp_path, "[ignore]\nheadings = []\n"))
