"""Shared test setup: this folder is on sys.path, so every area can import its helpers
(debian_chromium, script_module).

The whole session uses a temporary user cache (``RESUMEFIT_CACHE_DIR``), so no run leaves
entries in the real one (``~/.cache/resumefit``): tests load lexicons and roles from
temporary folders, and each version they hash or compile would stay there. It is set when
pytest starts, before any test module is collected (``cache_dir`` reads the variable on
each call; nothing keeps an earlier answer), and it lives in the environment, so the
resumefit processes that tests start inherit it. Tests of the cache set their own folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from resumefit.lexicon import CACHE_ENV

#: The stash key of the session cache folder and the variable's value before the session.
_SESSION_CACHE = pytest.StashKey[tuple[str, str | None]]()


def pytest_configure(config: pytest.Config) -> None:
    """Point resumefit's user cache at a new temporary folder for the session."""
    folder = tempfile.mkdtemp(prefix="resumefit-test-cache-")
    config.stash[_SESSION_CACHE] = (folder, os.environ.get(CACHE_ENV))
    os.environ[CACHE_ENV] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Delete the session's cache folder and give the variable back its earlier value."""
    folder, before = config.stash[_SESSION_CACHE]
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before
    shutil.rmtree(folder, ignore_errors=True)
