"""The test session's user cache is a temporary folder, never the real ~/.cache/resumefit."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from resumefit.lexicon import cache_dir


def test_the_session_cache_is_a_temporary_folder() -> None:
    folder = cache_dir()
    assert folder.is_relative_to(Path(tempfile.gettempdir()))
    assert folder.name.startswith("resumefit-test-cache-")


def test_the_session_cache_is_not_the_user_cache() -> None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    assert not cache_dir().is_relative_to(Path(base) / "resumefit")


def test_a_resumefit_child_process_uses_the_session_cache() -> None:
    code = "from resumefit.lexicon import cache_dir; print(cache_dir())"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert Path(completed.stdout.strip()) == cache_dir()
