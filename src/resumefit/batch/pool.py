"""A pool of worker processes whose per-file time limit is enforced from the parent.

``multiprocessing.Pool`` cannot stop one stuck task. Here each worker has its own pipe and
runs one task at a time, in the order sent (the next may already wait in its pipe, see
``WORKER_QUEUED_TASKS``); the parent waits on all pipes and process sentinels with a
deadline, and when a task overruns the limit (even inside C code, where no in-process
alarm can fire) or its worker dies (segfault, out of memory), it kills that worker, records
the file as failed, sends the tasks queued behind it again and starts a replacement from
the fork server.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess

from resumefit.batch.protocol import (
    Task,
    TaskOutcome,
    WorkerReady,
    WorkerStartFailed,
    start_worker,
)
from resumefit.batch.settings import (
    WORKER_MAX_TASKS,
    WORKER_PRELOAD_MODULES,
    WORKER_QUEUED_TASKS,
    WORKER_START_ATTEMPTS,
    WORKER_START_TIMEOUT_SECONDS,
)
from resumefit.errors import (
    CRASHED,
    CRASHED_ADVICE,
    TIMED_OUT,
    TIMED_OUT_ADVICE,
    FileTimeoutError,
    InputError,
    ResumefitError,
)

#: How long an idle worker asked to stop may take before it is killed.
WORKER_EXIT_GRACE_SECONDS = 5.0

#: A worker entry point: (pipe, roles JSON, memory headroom in MB).
WorkerTarget = Callable[[Connection, str, int | None], None]


class WorkerStartError(ResumefitError):
    """The batch workers cannot start (the pipeline fails to import or load its data)."""

    exit_code = 1


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)  # sent, not answered; the first runs
    deadline: float = field(default=0.0)  # of the running task
    tasks_done: int = 0  # tasks sent to it
    stopping: bool = False  # exits without running more (sent a fatal outcome, or told to)


class _TaskSource:
    """The tasks still to send: those handed back by a lost worker first, then the rest.

    ``tasks`` is consumed lazily (a re-render task carries a large report). How many are
    left is known only for a sized collection: only then may tasks be queued ahead.
    """

    def __init__(self, tasks: Iterable[Task]) -> None:
        self._returned: deque[Task] = deque()
        self._pending = iter(tasks)
        self._unsent = len(tasks) if isinstance(tasks, Sized) else None
        self._upcoming = next(self._pending, None)

    def empty(self) -> bool:
        """Return True when no task is left to send."""
        return not self._returned and self._upcoming is None

    def remaining(self) -> int | None:
        """Return how many tasks are left to send, or None if unknown."""
        return None if self._unsent is None else self._unsent + len(self._returned)

    def take(self) -> Task:
        """Return the next task to send (the source must not be empty)."""
        if self._returned:
            return self._returned.popleft()
        task = self._upcoming
        assert task is not None, "take() from an empty task source"
        self._upcoming = next(self._pending, None)
        if self._unsent is not None:
            self._unsent -= 1
        return task

    def give_back(self, tasks: Iterable[Task]) -> None:
        """Send ``tasks`` again, before the others (their worker never started them)."""
        self._returned.extend(tasks)


def _takes_tasks(worker: _Worker) -> bool:
    """Return True if ``worker`` may be sent a task (ready, not stopping, not worn out)."""
    return worker.ready and not worker.stopping and worker.tasks_done < WORKER_MAX_TASKS


def _deadline(timeout: float | None) -> float:
    """Return when a task started now overruns ``timeout`` seconds (never, if None)."""
    return time.monotonic() + timeout if timeout else float("inf")


def _describe_exit(exitcode: int | None) -> str:
    if exitcode is None:
        return "no exit code"
    if exitcode < 0:
        return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class WorkerPool:
    """Run tasks on ``size`` worker processes; see the module docstring."""

    def __init__(
        self,
        size: int,
        roles_json: str,
        *,
        memory_mb: int | None,
        target: WorkerTarget = start_worker,
    ) -> None:
        self.size = max(1, size)
        self._target = target  # the worker's entry point; tests pass a scripted one
        self._roles_json = roles_json
        self._memory_mb = memory_mb
        self._ctx: ForkServerContext = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(list(WORKER_PRELOAD_MODULES))
        self._workers: list[_Worker] = []
        self._source = _TaskSource(())
        self._start_failures = 0
        self.lexicon_version: str | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> str:
        """Start the workers, wait until one is ready and return the lexicon version."""
        for _ in range(self.size):
            self._spawn()
        deadline = time.monotonic() + WORKER_START_TIMEOUT_SECONDS
        while self.lexicon_version is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WorkerStartError("batch workers did not start in time; try --jobs 1")
            self._poll(remaining, on_outcome=None, timeout=None)
        return self.lexicon_version

    def stop(self) -> None:
        """Ask every worker to exit, without waiting; ``close`` then reaps them."""
        for worker in self._workers:
            if not worker.stopping:
                worker.stopping = True
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)

    def close(self) -> None:
        """Stop every worker (politely, then by force) and release their pipes."""
        self.stop()
        for worker in self._workers:
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> None:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=self._target,
            args=(child_end, self._roles_json, self._memory_mb),
            name="resumefit-batch-worker",
            daemon=True,
        )
        # Ctrl-C goes to the whole process group; the parent alone decides what it means.
        # A signal mask survives fork and exec, so blocking SIGINT around the start keeps it
        # from the fork server (started on first use) and from every worker, even while
        # they are still importing, before any handler could be installed.
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        child_end.close()  # so the parent sees EOF when the worker dies
        self._workers.append(_Worker(process, parent_end))

    def _retire(self, worker: _Worker, *, kill: bool) -> None:
        if not kill:
            worker.process.join(timeout=WORKER_EXIT_GRACE_SECONDS)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._workers.remove(worker)

    # ------------------------------------------------------------------ running tasks

    def run(
        self,
        tasks: Iterable[Task],
        on_outcome: Callable[[TaskOutcome], None],
        *,
        timeout: float | None,
    ) -> None:
        """Run ``tasks``, calling ``on_outcome`` in the parent for each (in completion order).

        ``tasks`` is read lazily; a list (not a stream) lets busy workers queue their next
        task ahead (``WORKER_QUEUED_TASKS``).
        """
        self._source = source = _TaskSource(tasks)
        finished: list[TaskOutcome] = []
        try:
            while not source.empty() or any(w.tasks for w in self._workers):
                self._recycle_worn_workers()
                self._assign(timeout)
                busy = [w.deadline for w in self._workers if w.tasks]
                wait_for = min(busy) - time.monotonic() if busy else WORKER_START_TIMEOUT_SECONDS
                wait_for = max(0.0, min(wait_for, WORKER_START_TIMEOUT_SECONDS))
                self._poll(wait_for, finished.append, timeout)
                # Freed workers get their next file before the parent records the outcomes
                # (a commit, a progress line), so they do not wait for it.
                self._assign(timeout)
                for outcome in finished:
                    on_outcome(outcome)
                finished.clear()
        finally:
            self._source = _TaskSource(())

    def _assign(self, timeout: float | None) -> None:
        """Send a task to each idle worker, then queue one behind busy ones (see settings)."""
        source = self._source
        for worker in self._workers:
            if source.empty():
                return
            if _takes_tasks(worker) and not worker.tasks:
                self._send(worker, source.take(), timeout)
        for worker in self._workers:
            remaining = source.remaining()
            if remaining is None or remaining < len(self._workers):
                return
            if _takes_tasks(worker) and 0 < len(worker.tasks) <= WORKER_QUEUED_TASKS:
                self._send(worker, source.take(), timeout)

    def _send(self, worker: _Worker, task: Task, timeout: float | None) -> None:
        if not worker.tasks:  # it starts this task now; a queued one starts on an outcome
            worker.deadline = _deadline(timeout)
        worker.tasks.append(task)
        worker.conn.send(task)
        worker.tasks_done += 1

    def _recycle_worn_workers(self) -> None:
        """Replace idle workers that have served ``WORKER_MAX_TASKS`` files."""
        for worker in list(self._workers):
            if not worker.tasks and worker.tasks_done >= WORKER_MAX_TASKS:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)  # it exits when it reads this
                self._retire(worker, kill=False)
                self._spawn()

    def _poll(
        self,
        wait_for: float,
        on_outcome: Callable[[TaskOutcome], None] | None,
        timeout: float | None,
    ) -> None:
        """Wait for messages or exits, handle them, and enforce deadlines."""
        handles: list[object] = []
        for worker in self._workers:
            handles.extend((worker.conn, worker.process.sentinel))
        ready = set(wait(handles, timeout=wait_for)) if handles else set()  # type: ignore[arg-type]
        for worker in list(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._handle(worker, on_outcome, timeout)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.tasks and timeout and on_outcome is not None and now >= worker.deadline:
                task, *queued = worker.tasks
                self._retire(worker, kill=True)
                self._spawn()
                self._source.give_back(queued)
                reason = TIMED_OUT.format(seconds=timeout)
                message = FileTimeoutError(task.relpath, reason, TIMED_OUT_ADVICE).message
                on_outcome(TaskOutcome(task.relpath, task.sha256, ok=False, error=message))

    def _handle(
        self,
        worker: _Worker,
        on_outcome: Callable[[TaskOutcome], None] | None,
        timeout: float | None,
    ) -> None:
        """Read every message a worker sent; replace it if it has exited."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if isinstance(message, WorkerReady):
                    worker.ready = True
                    self._start_failures = 0
                    self.lexicon_version = self.lexicon_version or message.lexicon_version
                elif isinstance(message, WorkerStartFailed):
                    failure = WorkerStartError(message.message)
                    failure.exit_code = message.exit_code
                    raise failure
                elif isinstance(message, TaskOutcome):
                    worker.tasks.popleft()
                    worker.deadline = _deadline(timeout)  # the queued task, if any, starts
                    worker.stopping = worker.stopping or message.fatal
                    if on_outcome is not None:
                        on_outcome(message)
        except (EOFError, OSError):
            pass  # the worker is gone; handled below
        if worker.process.is_alive():
            return
        lost = list(worker.tasks)
        if not worker.stopping and lost:  # it died running the first: that file failed
            task: Task | None = lost.pop(0)
        else:
            task = None
        self._source.give_back(lost)
        was_ready = worker.ready
        self._retire(worker, kill=False)
        if not was_ready:
            self._start_failures += 1
            if self._start_failures >= WORKER_START_ATTEMPTS:
                how = _describe_exit(worker.process.exitcode)
                raise WorkerStartError(f"batch workers keep stopping while starting ({how})")
        self._spawn()
        if task is not None and on_outcome is not None:
            how = _describe_exit(worker.process.exitcode)
            message = InputError(task.relpath, CRASHED.format(detail=how), CRASHED_ADVICE).message
            on_outcome(TaskOutcome(task.relpath, task.sha256, ok=False, error=message))
