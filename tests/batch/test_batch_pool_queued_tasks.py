"""Files queued behind a busy worker run elsewhere when that worker is lost, never fail."""

from __future__ import annotations

import socket
from multiprocessing.connection import Connection

from batch_fixtures import scripted_worker

from resumefit.batch.pool import WorkerPool
from resumefit.batch.protocol import ReportTargets, Task, TaskOutcome
from resumefit.batch.settings import WORKER_SEND_BUFFER_BYTES
from resumefit.batch.worker import widen_send_buffer

TIME_LIMIT_SECONDS = 1.0
#: A send buffer no kernel gives by default (Linux's default is ~200 KB).
DEFAULT_BUFFER_CEILING = 256 * 1024


def _run(names: list[str]) -> dict[str, TaskOutcome]:
    targets = ReportTargets(html_path="", json_path="", source_name="", redact=False)
    outcomes: dict[str, TaskOutcome] = {}
    with WorkerPool(1, "[]", memory_mb=None, target=scripted_worker) as pool:
        pool.start()
        pool.run(
            [Task(name, name, "0" * 64, targets) for name in names],
            lambda outcome: outcomes.__setitem__(outcome.relpath, outcome),
            timeout=TIME_LIMIT_SECONDS,
        )
    return outcomes


def test_file_queued_behind_a_hung_one_is_scored() -> None:
    outcomes = _run(["hang.pdf", "a.txt", "b.txt"])
    assert set(outcomes) == {"hang.pdf", "a.txt", "b.txt"}
    assert not outcomes["hang.pdf"].ok
    assert outcomes["a.txt"].ok and outcomes["b.txt"].ok


def test_file_queued_behind_a_fatal_one_is_scored() -> None:
    outcomes = _run(["fatal.pdf", "a.txt", "b.txt"])
    assert set(outcomes) == {"fatal.pdf", "a.txt", "b.txt"}
    assert outcomes["fatal.pdf"].error == "x"  # its own error, not "the worker crashed"
    assert outcomes["a.txt"].ok and outcomes["b.txt"].ok


def test_worker_pipe_gets_a_wide_send_buffer() -> None:
    worker_end, _parent_end = socket.socketpair()
    connection = Connection(worker_end.detach())
    widen_send_buffer(connection)
    with socket.socket(fileno=connection.fileno()) as sock:
        granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
        sock.detach()  # the connection still owns the descriptor
    connection.close()
    assert granted > DEFAULT_BUFFER_CEILING
    assert WORKER_SEND_BUFFER_BYTES > DEFAULT_BUFFER_CEILING
