"""A batch killed mid-way and re-run writes the same outputs as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from batch_fixtures import batch_argv, tree_digest, write_cohort

from resumefit.batch.run import run_batch
from resumefit.roles import resolve_roles

COPIES = 40
KILL_AFTER_RESULTS = 5
KILL_WAIT_SECONDS = 120


def _committed(store: Path) -> int:
    if not store.is_file():
        return 0
    try:
        with sqlite3.connect(store, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM results").fetchone()[0])
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def test_killed_then_resumed_batch_equals_uninterrupted(tmp_path: Path) -> None:
    source = write_cohort(tmp_path / "in", copies=COPIES)
    total = len([p for p in source.rglob("*") if p.is_file()])
    args = ["batch", str(source), "--jobs", "1", "--role", "ml-engineer"]

    killed_out = tmp_path / "killed"
    log = tmp_path / "killed-run.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            batch_argv(*args, "-o", str(killed_out)),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,  # its own process group: the kill takes the workers too
        )
    deadline = time.monotonic() + KILL_WAIT_SECONDS
    while _committed(killed_out / "resumefit.sqlite") < KILL_AFTER_RESULTS:
        assert process.poll() is None, f"batch ended before the kill: {log.read_text()[-2000:]}"
        assert time.monotonic() < deadline, "batch made no progress"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    interrupted_at = _committed(killed_out / "resumefit.sqlite")
    assert interrupted_at < total  # it really stopped mid-way

    # The resumed and the clean run use the library entry point the command calls.
    roles = resolve_roles(["ml-engineer"])
    resumed = run_batch(source, killed_out, roles, jobs=1)
    clean = run_batch(source, tmp_path / "clean", roles, jobs=1)

    assert resumed.exit_code == clean.exit_code == 3  # the broken files fail in both
    assert resumed.skipped_unchanged == interrupted_at
    assert tree_digest(killed_out) == tree_digest(tmp_path / "clean")
