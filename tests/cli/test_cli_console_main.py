"""The console script: main's exit code, the collector off for a short run, a frozen exit."""

from __future__ import annotations

import gc
import tomllib
from pathlib import Path

import pytest

from resumefit import cli
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
        gc.enable()


def test_console_main_runs_the_command_with_the_collector_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.isenabled()) or EXIT_OK)
    try:
        assert console_main() == EXIT_OK
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [False]


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "no-such-folder", "-o", "out"],
        ["serve", "no-such-folder", "--host", "203.0.113.9"],  # refused: no --token
    ],
)
def test_the_long_running_commands_turn_the_collector_back_on(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    gc.disable()
    try:
        assert cli.main(args) != EXIT_OK  # both stop early, after the command has started
        assert gc.isenabled()
    finally:
        gc.enable()
