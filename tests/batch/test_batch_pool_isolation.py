"""The worker pool stops a file that overruns its time limit or kills its worker, alone."""

from __future__ import annotations

import time

import pytest
from batch_fixtures import scripted_worker

from resumefit.batch import pool as pool_module
from resumefit.batch.pool import WorkerPool
from resumefit.batch.protocol import ReportTargets, Task, TaskOutcome

TIME_LIMIT_SECONDS = 1.0


def _task(name: str) -> Task:
    targets = ReportTargets(html_path="", json_path="", source_name=name, redact=False)
    return Task(name, name, "0" * 64, targets)


def test_hang_and_crash_fail_alone_and_the_rest_complete() -> None:
    names = ["a.txt", "hang.pdf", "b.txt", "crash.pdf", "c.txt", "d.txt"]
    outcomes: dict[str, TaskOutcome] = {}
    started = time.monotonic()
    with WorkerPool(2, "[]", memory_mb=None, target=scripted_worker) as pool:
        assert pool.start() == "test-lexicon"
        pool.run(
            [_task(name) for name in names],
            lambda outcome: outcomes.__setitem__(outcome.relpath, outcome),
            timeout=TIME_LIMIT_SECONDS,
        )
    elapsed = time.monotonic() - started

    assert set(outcomes) == set(names)
    assert {name for name, o in outcomes.items() if o.ok} == {"a.txt", "b.txt", "c.txt", "d.txt"}
    assert outcomes["hang.pdf"].error is not None
    assert outcomes["hang.pdf"].error.startswith("hang.pdf: processing took longer than 1 s")
    assert outcomes["crash.pdf"].error is not None
    assert "signal 11" in outcomes["crash.pdf"].error
    assert elapsed < 60  # the hung worker was killed, not waited for


def test_workers_are_replaced_after_their_task_quota(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_module, "WORKER_MAX_TASKS", 2)
    names = [f"file-{index}.txt" for index in range(7)]
    outcomes: list[TaskOutcome] = []
    with WorkerPool(2, "[]", memory_mb=None, target=scripted_worker) as pool:
        pool.start()
        first_workers = {worker.process.pid for worker in pool._workers}
        pool.run([_task(name) for name in names], outcomes.append, timeout=TIME_LIMIT_SECONDS)
        last_workers = {worker.process.pid for worker in pool._workers}

    assert sorted(o.relpath for o in outcomes) == sorted(names)
    assert all(outcome.ok for outcome in outcomes)
    assert not first_workers & last_workers  # every original worker was recycled
