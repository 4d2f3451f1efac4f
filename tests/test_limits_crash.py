"""A child killed by a signal (a native crash) becomes a one-line InputError."""

from __future__ import annotations

import faulthandler
import os
import signal

import pytest

from resumefit.errors import InputError
from resumefit.limits import run_with_limits


def crash() -> None:
    faulthandler.disable()  # pytest enables it; its dump would only clutter the output
    os.kill(os.getpid(), signal.SIGSEGV)


def test_crash_in_child_is_reported_with_the_signal() -> None:
    with pytest.raises(InputError) as caught:
        run_with_limits(crash, timeout=30, memory_mb=None, path_for_errors="crash.pdf")
    message = str(caught.value)
    assert message.startswith("crash.pdf: ") and "SIGSEGV" in message
    assert "\n" not in message


def test_parent_survives_and_can_run_another_file() -> None:
    with pytest.raises(InputError):
        run_with_limits(crash, timeout=30, memory_mb=None, path_for_errors="crash.pdf")
    assert run_with_limits(len, "abc", timeout=30, memory_mb=None, path_for_errors="ok") == 3
