"""A batch killed mid-way and re-run writes the same outputs as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from batch_fixtures import batch_argv, tree_digest, write_cohort

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
    process = subprocess.Popen(
        batch_argv(*args, "-o", str(killed_out)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )
    deadline = time.monotonic() + KILL_WAIT_SECONDS
    while _committed(killed_out / "resumefit.sqlite") < KILL_AFTER_RESULTS:
        assert process.poll() is None, "batch ended before it could be interrupted"
        assert time.monotonic() < deadline, "batch made no progress"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    interrupted_at = _committed(killed_out / "resumefit.sqlite")
    assert interrupted_at < total  # it really stopped mid-way

    resumed = subprocess.run(batch_argv(*args, "-o", str(killed_out)), capture_output=True)
    clean = subprocess.run(batch_argv(*args, "-o", str(tmp_path / "clean")), capture_output=True)

    assert resumed.returncode == clean.returncode == 3  # the broken files fail in both
    assert b"skipped (unchanged) " + str(interrupted_at).encode() in resumed.stderr
    assert tree_digest(killed_out) == tree_digest(tmp_path / "clean")
