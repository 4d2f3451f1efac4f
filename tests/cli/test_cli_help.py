"""Every command has help text and appears in the README (CLI and docs kept in step)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from resumefit.cli import app, main

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> list[tuple[str, Any]]:
    """Return (full name, command) for every command and sub-command of the CLI."""
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        # A group has .commands (click's API, which typer keeps); a leaf command does not.
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                full = f"{prefix} {name}".strip()
                found.append((full, sub))
                walk(full, sub)

    walk("", typer.main.get_command(app))
    return found


COMMANDS = _commands()


def test_the_cli_has_its_core_commands() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"check", "extract", "roles", "roles show", "roles schema", "role import"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_help_text(name: str, command: Any) -> None:
    assert (command.help or "").strip(), f"{name} has no help text"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_appears_in_the_readme(name: str, command: Any) -> None:
    assert f"resumefit {name}" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_prints_help_and_exits_0(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*name.split(), "--help"]) == 0
    assert "Usage:" in capsys.readouterr().out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "x.pdf", "--no-such-option"]) == 2
    assert "No such option" in capsys.readouterr().err


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    from resumefit import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"resumefit {__version__}"
