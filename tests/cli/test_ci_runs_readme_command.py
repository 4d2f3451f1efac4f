"""The README's test command is exactly what .ci/run runs, and its quickstart names a real file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    """Return the one-line commands in the README's Quickstart code blocks."""
    readme = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", quickstart, re.S)]


def test_readme_has_two_quickstart_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = next(c for c in _readme_commands() if "pytest" in c)
    assert test_command in ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")


def test_quickstart_checks_an_example_that_exists() -> None:
    check_command = next(c for c in _readme_commands() if "resumefit check" in c)
    example = re.search(r"resumefit check (\S+)", check_command)
    assert example is not None
    assert ROOT.joinpath(example.group(1)).is_file()
