"""Writing a cache entry prunes the user cache: unreadable formats go, a few newest stay."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from resumefit import lexicon
from resumefit.lexicon import (
    CACHE_ENTRIES_KEPT,
    CACHE_FORMAT,
    FAST_FOLDER,
    STALE_TEMPORARY_SECONDS,
    cache_name,
    fast_copy_path,
    read_cache,
    write_cache,
    write_json,
)

VALUE = {"rows": ["a", "b"]}
#: The cache tag of a Python other than the one running the tests.
OTHER_TAG = "cpython-399" if sys.implementation.cache_tag != "cpython-399" else "cpython-398"
#: Names the caches of earlier formats left (seen in real user caches).
LEGACY_ENTRIES = (
    "compiled_spacy3_8_18-3-2cb9c9cc1a50ab11.pickle",
    "compiled_spacy3_8_18-4-810c9c6f8426f8d4.pickle",
    "compiled7_spacy3_8_18-4-35d76a6473d3c6b7.pickle",
    "lexicon-4-33855e65220b7858.pickle",
    f"lexicon-{CACHE_FORMAT - 1}-60e932867bb59ea8.json.gz",
    f"compiled8_lookups1.0.5-{CACHE_FORMAT - 1}-60e932867bb59ea8.json.gz",
    f"roles-{CACHE_FORMAT - 1}-94f7a5417b2a54a0-c7cefb4ef3d512f2.json.gz",
)
#: Files in the folder that are not resumefit's cache entries: never touched.
FOREIGN_FILES = (
    "notes.txt",
    "lexicon.pickle",
    f"lexicon-{CACHE_FORMAT}-abc.json.gz",  # not a 16-hex version
    f"lexicon-{CACHE_FORMAT}-60e932867bb59ea8.json.gz.bak",
    f"Lexicon-{CACHE_FORMAT - 1}-60e932867bb59ea8.json.gz",
)


def version(number: int) -> str:
    """Return a lexicon version (16 hex digits) made from ``number``."""
    return f"{number:016x}"


@pytest.fixture
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return an empty user cache folder (and an empty shipped one) for the test."""
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setattr(lexicon, "shipped_cache_dir", lambda: shipped)
    folder = tmp_path / "cache"
    (folder / FAST_FOLDER).mkdir(parents=True)
    monkeypatch.setenv(lexicon.CACHE_ENV, str(folder))
    return folder


def touch(path: Path, age_seconds: float = 0.0) -> Path:
    """Create ``path`` with its modification time ``age_seconds`` in the past."""
    path.write_bytes(b"x")
    when = time.time() - age_seconds
    os.utime(path, (when, when))
    return path


def test_entries_of_older_formats_are_deleted_by_a_write(user_cache: Path) -> None:
    for name in LEGACY_ENTRIES:
        touch(user_cache / name)
    write_cache(cache_name("lexicon", version(1)), VALUE)
    assert sorted(p.name for p in user_cache.iterdir() if p.is_file()) == [
        cache_name("lexicon", version(1))
    ]


def test_fast_copies_of_older_formats_are_deleted_by_a_write(user_cache: Path) -> None:
    old = touch(fast_copy_path(f"lexicon-{CACHE_FORMAT - 1}-{version(9)}.json.gz", "prepared1"))
    write_cache(cache_name("lexicon", version(1)), VALUE)
    assert not old.exists()


def test_a_kind_with_a_lower_format_number_is_deleted_by_a_write_of_its_family(
    user_cache: Path,
) -> None:
    older = touch(user_cache / cache_name("compiled8_lookups1.0.5", version(9)))
    older_fast = touch(fast_copy_path(older.name, "prepared1"))
    other_family = touch(user_cache / cache_name("lexicon", version(9)))
    write_cache(cache_name("compiled10_lookups1.0.5", version(1)), VALUE, form="prepared1")
    assert not older.exists()
    assert not older_fast.exists()
    assert other_family.exists()


def test_only_the_newest_entries_of_each_kind_are_kept(user_cache: Path) -> None:
    surplus = CACHE_ENTRIES_KEPT + 2
    names = [cache_name("lexicon", version(n)) for n in range(surplus)]
    for age, name in enumerate(reversed(names), start=1):  # names[-1] is the newest
        touch(user_cache / name, age_seconds=age * 60)
    roles = [touch(user_cache / cache_name("roles", f"{version(n)}-{version(n)}")) for n in (1, 2)]
    write_cache(cache_name("lexicon", version(99)), VALUE)
    kept = sorted(p.name for p in user_cache.glob("lexicon-*"))
    newest = names[-(CACHE_ENTRIES_KEPT - 1) :]
    assert kept == sorted([*newest, cache_name("lexicon", version(99))])
    assert all(path.exists() for path in roles)  # another kind, under the bound


def test_only_the_newest_fast_copies_of_each_kind_are_kept(user_cache: Path) -> None:
    surplus = CACHE_ENTRIES_KEPT + 2
    copies = [fast_copy_path(cache_name("lexicon", version(n))) for n in range(surplus)]
    for age, path in enumerate(reversed(copies), start=1):
        touch(path, age_seconds=age * 60)
    written = cache_name("lexicon", version(99))
    write_cache(written, VALUE)
    kept = sorted((user_cache / FAST_FOLDER).glob("lexicon-*"))
    assert kept == sorted([*copies[-(CACHE_ENTRIES_KEPT - 1) :], fast_copy_path(written)])


def test_the_kinds_of_one_family_share_the_bound(user_cache: Path) -> None:
    names = [
        cache_name(f"compiled10_lookups1.0.{n}", version(n)) for n in range(CACHE_ENTRIES_KEPT)
    ]
    for age, name in enumerate(reversed(names), start=1):
        touch(user_cache / name, age_seconds=age * 60)
    write_cache(cache_name("compiled10_lookups1.0.9", version(99)), VALUE)
    assert not (user_cache / names[0]).exists()  # the oldest, though of another kind
    assert all((user_cache / name).exists() for name in names[1:])


def test_a_newer_format_another_version_wrote_is_kept(user_cache: Path) -> None:
    newer = touch(user_cache / f"lexicon-{CACHE_FORMAT + 1}-{version(7)}.json.gz")
    write_cache(cache_name("lexicon", version(1)), VALUE)
    assert newer.exists()


def test_files_of_other_names_are_never_touched(user_cache: Path) -> None:
    foreign = [touch(user_cache / name, age_seconds=365 * 86400) for name in FOREIGN_FILES]
    foreign.append(touch(user_cache / FAST_FOLDER / "lexicon-notes.marshal", 365 * 86400))
    (user_cache / "github").mkdir()
    foreign.append(touch(user_cache / "github" / "0123abcd.json", 365 * 86400))
    write_cache(cache_name("lexicon", version(1)), VALUE)
    assert all(path.exists() for path in foreign)


def test_a_stale_temporary_file_is_deleted_and_a_fresh_one_kept(user_cache: Path) -> None:
    entry = cache_name("lexicon", version(5))
    stale = touch(user_cache / f".{entry}.4242.tmp", age_seconds=STALE_TEMPORARY_SECONDS * 2)
    fresh = touch(user_cache / f".{cache_name('roles', version(5))}.4343.tmp")
    write_cache(cache_name("lexicon", version(1)), VALUE)
    assert not stale.exists()
    assert fresh.exists()  # another process may be writing it right now


def test_an_error_while_pruning_is_ignored(
    user_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = touch(user_cache / LEGACY_ENTRIES[0])
    real_unlink = os.unlink

    def refuse(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        if Path(path).parent == user_cache:
            raise PermissionError(13, "read-only", str(path))
        real_unlink(path)

    monkeypatch.setattr(lexicon.os, "unlink", refuse)
    name = cache_name("lexicon", version(1))
    write_cache(name, VALUE)
    assert old.exists()
    assert read_cache(name) == VALUE


def test_an_unlistable_folder_is_ignored(user_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def vanished(path: object) -> None:
        raise FileNotFoundError(2, "gone", str(path))

    monkeypatch.setattr(lexicon.os, "scandir", vanished)
    name = cache_name("lexicon", version(1))
    write_cache(name, VALUE)
    assert read_cache(name) == VALUE


def test_a_read_of_a_fast_copy_prunes_nothing(
    user_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = cache_name("lexicon", version(1))
    write_cache(name, VALUE)
    pruned: list[str] = []
    monkeypatch.setattr(lexicon, "prune_cache", lambda name, form: pruned.append(name))
    assert read_cache(name) == VALUE
    assert pruned == []


def test_a_read_that_leaves_a_fast_copy_prunes(user_cache: Path) -> None:
    old = touch(user_cache / LEGACY_ENTRIES[0])
    name = cache_name("lexicon", version(1))
    write_json(user_cache / name, VALUE)
    assert read_cache(name) == VALUE
    assert fast_copy_path(name).is_file()
    assert not old.exists()


def test_the_fast_copy_of_another_python_is_kept(user_cache: Path) -> None:
    name = cache_name("lexicon", version(1))
    other_python = touch(
        fast_copy_path(name).with_name(f"{name.removesuffix('.json.gz')}.json.{OTHER_TAG}.marshal")
    )
    write_cache(name, VALUE)
    assert other_python.exists()
