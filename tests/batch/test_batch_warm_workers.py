"""A worker forked from a warmed fork server starts without warming up again."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import types

import pytest

from resumefit.batch import worker
from resumefit.batch.protocol import WorkerReady

#: Run in a fresh interpreter: the test process may have imported the PDF reader already.
WARM_UP_IMPORTS_PDF_READER = """
import sys
from resumefit.batch.worker import warm_up
assert "resumefit.ingest.pdf" not in sys.modules, "imported before the warm-up"
warm_up()
print("resumefit.ingest.pdf" in sys.modules)
"""


def _start_worker(monkeypatch: pytest.MonkeyPatch, *, preload_warmed: bool) -> list[str]:
    """Run ``worker_main`` in this process until it is ready; return the warm-ups it ran."""
    preload = types.ModuleType("resumefit.batch.preload")
    preload.WARMED = preload_warmed  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "resumefit.batch.preload", preload)
    warm_ups: list[str] = []
    monkeypatch.setattr(worker, "warm_up", lambda: warm_ups.append("warm-up"))
    monkeypatch.setattr(worker.signal, "signal", lambda *args: None)  # keep pytest's Ctrl-C
    parent_end, child_end = multiprocessing.Pipe()
    parent_end.send(None)  # the worker stops as soon as it has reported ready
    worker.worker_main(child_end, "[]", None)
    assert isinstance(parent_end.recv(), WorkerReady)
    return warm_ups


def test_warm_up_imports_the_pdf_reader() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WARM_UP_IMPORTS_PDF_READER],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert result.stdout.strip() == "True"


def test_worker_of_a_warmed_fork_server_does_not_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _start_worker(monkeypatch, preload_warmed=True) == []


def test_worker_warms_up_when_the_fork_server_did_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _start_worker(monkeypatch, preload_warmed=False) == ["warm-up"]
