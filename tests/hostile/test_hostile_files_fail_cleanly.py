"""Unreadable files fail alone: exit 2, one stderr line naming the file and why, no traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_checks import UNREADABLE_REASONS, CliRun, assert_clean_failure


@pytest.mark.parametrize("name", sorted(UNREADABLE_REASONS))
def test_unreadable_file_fails_with_one_line(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    run = run_cli("check", corpus[name], "--format", "json", "-o", tmp_path / "out.json")
    assert_clean_failure(run, name, UNREADABLE_REASONS[name])
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("name", sorted(UNREADABLE_REASONS))
def test_unreadable_file_fails_in_extract_too(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("extract", corpus[name])
    assert_clean_failure(run, name, UNREADABLE_REASONS[name])
    assert run.stdout == ""


@pytest.mark.parametrize("name", ["nested-pages.pdf", "nested-arrays.pdf"])
def test_deeply_nested_pdf_fails_cleanly_or_reports(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    # Either outcome is acceptable for a pathological object tree; a crash or hang is not.
    run = run_cli("check", corpus[name], "--format", "json")
    assert "Traceback" not in run.stderr + run.stdout
    if run.code == 0:
        assert '"schema_version"' in run.stdout
    else:
        assert_clean_failure(run, name, "")


def test_missing_file_fails_with_one_line(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    run = run_cli("check", tmp_path / "nowhere.pdf", "--format", "json")
    assert_clean_failure(run, "nowhere.pdf", "no such file")


def test_folder_given_as_file_fails_with_one_line(
    run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    folder = tmp_path / "looks-like.pdf"
    folder.mkdir()
    run = run_cli("check", folder, "--format", "json")
    assert_clean_failure(run, "looks-like.pdf", "")
