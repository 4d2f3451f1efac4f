"""A child that allocates beyond its memory cap fails alone, naming the file."""

from __future__ import annotations

import pytest

from resumefit.errors import FileMemoryError
from resumefit.limits import run_with_limits


def allocate(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def test_allocation_over_the_cap_raises_memory_error() -> None:
    with pytest.raises(FileMemoryError) as caught:
        run_with_limits(allocate, 4096, timeout=60, memory_mb=200, path_for_errors="big.pdf")
    assert str(caught.value).startswith("big.pdf: processing needed more than 200 MB")


def test_allocation_under_the_cap_succeeds() -> None:
    size = run_with_limits(allocate, 50, timeout=60, memory_mb=200, path_for_errors="ok.pdf")
    assert size == 50 * 1024 * 1024
