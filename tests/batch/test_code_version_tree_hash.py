"""The code version changes with the package's source files, and only with them."""

from __future__ import annotations

from pathlib import Path

from resumefit.batch.code_version import tree_hash


def _package(root: Path) -> list[tuple[str, Path, str]]:
    (root / "sub").mkdir(parents=True)
    (root / "a.py").write_text("A = 1\n", encoding="utf-8")
    (root / "sub" / "b.py").write_text("B = 2\n", encoding="utf-8")
    return [("pkg", root, "*.py")]


def test_editing_a_source_file_changes_the_hash(tmp_path: Path) -> None:
    roots = _package(tmp_path / "pkg")
    before = tree_hash(roots)
    (tmp_path / "pkg" / "sub" / "b.py").write_text("B = 3\n", encoding="utf-8")
    assert tree_hash(roots) != before


def test_renaming_a_source_file_changes_the_hash(tmp_path: Path) -> None:
    roots = _package(tmp_path / "pkg")
    before = tree_hash(roots)
    (tmp_path / "pkg" / "sub" / "b.py").rename(tmp_path / "pkg" / "sub" / "c.py")
    assert tree_hash(roots) != before


def test_files_outside_the_pattern_do_not_count(tmp_path: Path) -> None:
    roots = _package(tmp_path / "pkg")
    before = tree_hash(roots)
    (tmp_path / "pkg" / "sub" / "b.cpython-311.pyc").write_bytes(b"\x00compiled")
    assert tree_hash(roots) == before
