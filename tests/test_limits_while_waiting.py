"""Work given as ``while_waiting`` runs in the parent while the child computes."""

from __future__ import annotations

import os
import time

import pytest

from resumefit.errors import FileTimeoutError
from resumefit.limits import run_with_limits


def child_pid() -> int:
    return os.getpid()


def test_parent_work_runs_in_the_parent_and_the_result_still_arrives() -> None:
    ran_in: list[int] = []
    result = run_with_limits(
        child_pid,
        timeout=30,
        memory_mb=None,
        path_for_errors="ok.pdf",
        while_waiting=lambda: ran_in.append(os.getpid()),
    )
    assert ran_in == [os.getpid()]
    assert result != os.getpid()


def sleep_long() -> None:
    time.sleep(3600)


def test_parent_work_counts_toward_the_time_limit() -> None:
    started = time.monotonic()
    with pytest.raises(FileTimeoutError):
        run_with_limits(
            sleep_long,
            timeout=2.0,
            memory_mb=None,
            path_for_errors="slow.pdf",
            while_waiting=lambda: time.sleep(2.5),
        )
    # the limit ran out during the parent's work: no further 2 s for the child (~2.5 s in all)
    assert time.monotonic() - started < 4.0
