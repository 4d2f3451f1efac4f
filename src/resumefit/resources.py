"""Locate the data that ships with resumefit: the skill lexicon, roles and templates.

In a built wheel they live in ``resumefit/_data/`` (hatch force-include) and are read
through ``importlib.resources``. In a source checkout (editable install, or tests run
from the repository) they are the top-level ``skill_lexicon/``, ``roles/`` and
``templates/`` folders, found relative to this file.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

DATA_FOLDERS = ("skill_lexicon", "roles", "templates")
_REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def data_dir(name: str) -> Traversable:
    """Return the shipped data folder ``name`` (one of ``DATA_FOLDERS``)."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    packaged = files("resumefit") / "_data" / name
    if packaged.is_dir():
        return packaged
    return _REPO_ROOT / name


def data_path(name: str) -> Path:
    """Return the data folder ``name`` as a real filesystem path (wheels are unpacked)."""
    return Path(str(data_dir(name)))
