"""Cache files: shipped ones are plain ASCII JSON, the user's gzipped; both read back."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from resumefit import lexicon
from resumefit.lexicon import read_cache, shipped_name, write_json

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
