"""The lexicon version: the content hash, remembered by the files' stat, never stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resumefit import lexicon
from resumefit.lexicon import content_hash, remembered_content_hash


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Return two skill files in their own folder, with an empty user cache."""
    monkeypatch.setenv(lexicon.CACHE_ENV, str(tmp_path / "cache"))
    root = tmp_path / "skills"
    root.mkdir()
    paths = [root / "a.toml", root / "b.toml"]
    for path in paths:
        path.write_text(f"# {path.name}\n", encoding="utf-8")
    return paths


def test_the_remembered_hash_is_the_content_hash(files: list[Path]) -> None:
    root = files[0].parent
    assert remembered_content_hash(files, root) == content_hash(files, root)
    assert remembered_content_hash(files, root) == content_hash(files, root)  # from the note


def test_a_note_is_read_instead_of_hashing_again(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = files[0].parent
    first = remembered_content_hash(files, root)
    monkeypatch.setattr(lexicon, "content_hash", lambda *_: pytest.fail("hashed again"))
    assert remembered_content_hash(files, root) == first


def test_an_edit_with_the_same_size_and_time_is_hashed_again(files: list[Path]) -> None:
    root = files[0].parent
    before = remembered_content_hash(files, root)
    stat = files[0].stat()
    files[0].write_text("# x.toml\n", encoding="utf-8")  # same length as "# a.toml\n"
    os.utime(files[0], ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the old time
    after = remembered_content_hash(files, root)
    assert after == content_hash(files, root) != before


def test_an_unwritable_cache_still_returns_the_hash(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(lexicon.CACHE_ENV, str(blocker))
    root = files[0].parent
    assert remembered_content_hash(files, root) == content_hash(files, root)


def test_only_the_newest_notes_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(lexicon.CACHE_ENV, str(cache))
    for number in range(lexicon.HASH_NOTES_KEPT + 3):
        root = tmp_path / f"skills{number}"
        root.mkdir()
        path = root / "a.toml"
        path.write_text(f"# {number}\n", encoding="utf-8")
        remembered_content_hash([path], root)
    notes = list((cache / lexicon.FAST_FOLDER).glob(f"{lexicon.HASH_NOTE}-*.txt"))
    assert len(notes) == lexicon.HASH_NOTES_KEPT
