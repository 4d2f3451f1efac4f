"""File names are text from a stranger too: a line break, an ESC sequence or a bidi override
in a name must not split the one-line error or act on the terminal that shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hostile_checks import CliRun, assert_clean_failure

from resumefit.errors import InputError, one_line

#: Clears the screen, breaks the line, and reverses the rest of the line on a terminal.
NASTY_NAME = "evil\nname\x1b[2J\u202egpj.pdf"


def test_message_escapes_control_and_bidi_characters() -> None:
    error = InputError(NASTY_NAME, "the file is empty")
    assert str(error) == "evil\\nname\\x1b[2J\\u202egpj.pdf: the file is empty"
    assert error.path == NASTY_NAME  # the real name stays available to code


def test_ordinary_text_is_unchanged() -> None:
    text = "Zoë's CV (final) — 2026.pdf: the file is empty; try again"
    assert one_line(text) == text


def test_cli_error_for_a_nasty_name_is_one_inert_line(
    run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    path = tmp_path / NASTY_NAME
    path.write_bytes(b"")
    run = run_cli("check", path, "--format", "json")
    assert_clean_failure(run, "evil\\nname", "empty")
    assert "\x1b" not in run.stderr and "\u202e" not in run.stderr
