"""The real console entry point, in a separate process: one line, no traceback, no hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hostile_checks import HANG_LIMIT_S, CliRun, assert_clean_failure

ENTRY = "import sys; from resumefit.cli import console_main; sys.exit(console_main())"


def run_resumefit(*args: str | Path, cwd: Path) -> CliRun:
    """Run ``resumefit ARGS`` as its own process; a hang fails the test via the timeout."""
    completed = subprocess.run(
        [sys.executable, "-c", ENTRY, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT_S,
        cwd=cwd,
    )
    return CliRun(completed.returncode, completed.stdout, completed.stderr)


def test_corrupt_pdf_in_a_fresh_process(corpus: dict[str, Path], tmp_path: Path) -> None:
    run = run_resumefit("check", corpus["truncated.pdf"], cwd=tmp_path)
    assert_clean_failure(run, "truncated.pdf", "not a readable PDF")
    assert list(tmp_path.iterdir()) == []  # no half-written report


def test_hostile_text_in_a_fresh_process(corpus: dict[str, Path], tmp_path: Path) -> None:
    run = run_resumefit("check", corpus["control-chars.txt"], cwd=tmp_path)
    assert "Traceback" not in run.stderr
    assert run.code == 0, run.stderr
    report = tmp_path / "control-chars.report.html"
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")
