"""A --repos folder from a stranger: symlink loops, a FIFO and a device file where a
dependency list should be. It is read without hanging and its README still counts."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from hostile_checks import CliRun

from resumefit.types import FitReport


def test_repos_folder_with_loops_fifo_and_device_is_read(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    repo = tmp_path / "repos" / "proj"
    (repo / ".git").mkdir(parents=True)
    (repo / "README.md").write_text("# proj\n\nTrained models with PyTorch.\n")
    (repo / "loop").symlink_to(".")
    (repo / "up").symlink_to(tmp_path / "repos")
    os.mkfifo(repo / "train.py")  # reading it would block forever
    (repo / "requirements.txt").symlink_to("/dev/zero")  # reading it would never end
    run = run_cli(
        "check", corpus["plain-resume.txt"], "--repos", tmp_path / "repos", "--format", "json"
    )
    assert run.code == 0, run.stderr
    report = FitReport.model_validate_json(run.stdout)
    assert len(report.portfolio_sources) == 1
