"""A folder of roles is validated once and then read from the cache until a file changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resumefit import roles as roles_module
from resumefit.resources import data_path
from resumefit.roles import load_role_folder

SHIPPED = data_path("roles")
#: Two shipped roles are enough to exercise the folder logic.
SAMPLE = ("data-scientist.toml", "ml-intern.toml")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESUMEFIT_CACHE_DIR", str(tmp_path / "cache"))
    roles = tmp_path / "roles"
    roles.mkdir()
    for name in SAMPLE:
        shutil.copy(SHIPPED / name, roles / name)
    return roles


def _fail_on_parse(*args: object, **kwargs: object) -> None:
    raise AssertionError("a role file was parsed although the cache is current")


def test_second_load_comes_from_the_cache_unchanged(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_role_folder(folder)
    monkeypatch.setattr(roles_module, "load_role", _fail_on_parse)
    assert load_role_folder(folder) == first


def test_an_edited_role_file_is_read_again(folder: Path) -> None:
    load_role_folder(folder)
    path = folder / "ml-intern.toml"
    path.write_text(path.read_text().replace("\ntitle = ", '\ntitle = "Renamed"\n#', 1))
    assert "Renamed" in [role.title for role in load_role_folder(folder)]


def test_an_unreadable_cache_entry_is_a_miss(folder: Path, tmp_path: Path) -> None:
    first = load_role_folder(folder)
    for entry in (tmp_path / "cache").glob("roles-*"):
        entry.write_bytes(b"not gzip")
    assert load_role_folder(folder) == first
