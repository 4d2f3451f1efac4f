"""Cache files: shipped ones are plain ASCII JSON, the user's gzipped, fast copies marshal."""

from __future__ import annotations

import gzip
import json
import marshal
from pathlib import Path

import pytest

from resumefit import lexicon
from resumefit.lexicon import (
    cache_name,
    fast_copy_path,
    read_cache,
    shipped_name,
    write_cache,
    write_json,
)

VALUE = {"name": "Café ’s", "rows": "a\nb"}  # non-ASCII text must survive the escaping


def test_a_json_path_is_written_as_plain_ascii_json(tmp_path: Path) -> None:
    path = tmp_path / "entry.json"
    write_json(path, VALUE)
    raw = path.read_bytes()
    assert raw.isascii()
    assert json.loads(raw) == VALUE


def test_a_gz_path_is_written_gzipped(tmp_path: Path) -> None:
    path = tmp_path / "entry.json.gz"
    write_json(path, VALUE)
    assert json.loads(gzip.decompress(path.read_bytes())) == VALUE


@pytest.fixture
def cache_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Return an empty shipped folder and user cache folder that ``read_cache`` looks in."""
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    user.mkdir()
    monkeypatch.setattr(lexicon, "shipped_cache_dir", lambda: shipped)
    monkeypatch.setenv(lexicon.CACHE_ENV, str(user))
    return shipped, user


def test_a_shipped_entry_is_read_from_its_plain_json_file(cache_dirs: tuple[Path, Path]) -> None:
    write_json(cache_dirs[0] / shipped_name("entry.json.gz"), VALUE)
    assert read_cache("entry.json.gz") == VALUE


def test_a_user_entry_is_read_from_its_gzipped_file(cache_dirs: tuple[Path, Path]) -> None:
    write_json(cache_dirs[1] / "entry.json.gz", VALUE)
    assert read_cache("entry.json.gz") == VALUE


def test_a_read_leaves_a_fast_copy_that_the_next_read_uses(
    cache_dirs: tuple[Path, Path],
) -> None:
    source = cache_dirs[0] / shipped_name("entry.json.gz")
    write_json(source, VALUE)
    assert read_cache("entry.json.gz") == VALUE
    assert fast_copy_path("entry.json.gz").is_file()
    source.unlink()  # only the fast copy is left to read from
    assert read_cache("entry.json.gz") == VALUE


def test_a_corrupt_fast_copy_is_a_miss_and_is_replaced(cache_dirs: tuple[Path, Path]) -> None:
    write_json(cache_dirs[1] / "entry.json.gz", VALUE)
    fast = fast_copy_path("entry.json.gz")
    fast.parent.mkdir(parents=True)
    fast.write_bytes(b"\x00not marshal")
    assert read_cache("entry.json.gz") == VALUE
    assert marshal.loads(fast.read_bytes()) == VALUE


def test_writing_an_entry_writes_its_fast_copy_too(cache_dirs: tuple[Path, Path]) -> None:
    write_cache("entry.json.gz", VALUE)
    assert marshal.loads(fast_copy_path("entry.json.gz").read_bytes()) == VALUE


def _upper_names(value: dict[str, str]) -> dict[str, str] | None:
    """A ``prepare`` for tests: the value with its name upper-cased; None without a name."""
    return {**value, "name": value["name"].upper()} if "name" in value else None


def test_a_prepared_read_keeps_the_prepared_value_as_its_fast_copy(
    cache_dirs: tuple[Path, Path],
) -> None:
    write_json(cache_dirs[1] / "entry.json.gz", VALUE)
    ready = read_cache("entry.json.gz", _upper_names, "upper1")
    assert ready == _upper_names(VALUE)
    assert marshal.loads(fast_copy_path("entry.json.gz", "upper1").read_bytes()) == ready
    assert not fast_copy_path("entry.json.gz").exists()  # the plain form was not asked for


def test_a_value_prepare_rejects_is_a_miss(cache_dirs: tuple[Path, Path]) -> None:
    write_json(cache_dirs[1] / "entry.json.gz", {"other": "layout"})
    assert read_cache("entry.json.gz", _upper_names, "upper1") is None
    assert not fast_copy_path("entry.json.gz", "upper1").exists()


def test_a_new_form_replaces_the_fast_copy_in_the_old_form(cache_dirs: tuple[Path, Path]) -> None:
    name = cache_name("lexicon", "0123456789abcdef")
    write_json(cache_dirs[1] / name, VALUE)
    read_cache(name)
    read_cache(name, _upper_names, "upper1")
    assert not fast_copy_path(name).exists()
    assert fast_copy_path(name, "upper1").is_file()
