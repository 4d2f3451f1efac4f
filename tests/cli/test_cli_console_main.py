"""The console script returns main's exit code and leaves every object frozen for exit."""

from __future__ import annotations

import gc
import tomllib
from pathlib import Path

import pytest

from resumefit.cli import EXIT_OK, console_main

ROOT = Path(__file__).resolve().parents[2]


def test_the_console_script_is_console_main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["resumefit"] == "resumefit.cli:console_main"


def test_console_main_returns_the_exit_code_and_freezes_the_heap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.argv", ["resumefit", "roles"])
    gc.unfreeze()
    try:
        assert console_main() == EXIT_OK
        assert gc.get_freeze_count() > 0  # the interpreter's final collections skip them
    finally:
        gc.unfreeze()
