"""A child that runs past the time limit is killed and reported as a timeout."""

from __future__ import annotations

import time

import pytest

from resumefit.errors import FileTimeoutError
from resumefit.limits import run_with_limits


def sleep_forever() -> None:
    time.sleep(3600)


def test_slow_child_raises_timeout_naming_the_file() -> None:
    started = time.monotonic()
    with pytest.raises(FileTimeoutError) as caught:
        run_with_limits(sleep_forever, timeout=0.5, memory_mb=None, path_for_errors="slow.pdf")
    # Generous bound: the point is that it does not wait for the hour-long sleep.
    assert time.monotonic() - started < 20
    assert str(caught.value).startswith("slow.pdf: processing took longer than 0.5 s")
    assert "\n" not in str(caught.value)


def test_busy_child_that_ignores_signals_is_still_stopped() -> None:
    def spin() -> None:
        import signal

        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while True:
            pass

    with pytest.raises(FileTimeoutError):
        run_with_limits(spin, timeout=0.3, memory_mb=None, path_for_errors="spin.pdf")
