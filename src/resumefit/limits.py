"""Run one file's work in a forked child with a time limit and a memory cap.

A resume from a stranger can make a PDF library loop, recurse or allocate without end. The
work for one file therefore runs in a child process forked from the caller (so spaCy, the
lexicon and the PDF libraries the parent already loaded are shared, not reloaded). The child
gets an address-space limit; the parent waits at most ``timeout`` seconds for its answer
and kills it otherwise. Whatever happens in the child, the parent receives either the
result or one ``ResumefitError`` naming the file: a timeout, memory exhaustion or a crash
of a native library becomes a one-line message, never a hang or a dead CLI.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import resource
import signal
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from resumefit.errors import (
    CRASHED,
    CRASHED_ADVICE,
    OUT_OF_MEMORY,
    OUT_OF_MEMORY_ADVICE,
    TIMED_OUT,
    TIMED_OUT_ADVICE,
    FileMemoryError,
    FileTimeoutError,
    InputError,
    ResumefitError,
)

T = TypeVar("T")

#: Default per-file limits used by the CLI; ``memory_mb`` is headroom above what the forked
#: child inherits (the parent's own mappings: Python, spaCy, pdfium), see ``limit_memory``.
DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MEMORY_MB = 1024

_RESULT, _ERROR, _FAILURE = "result", "error", "failure"


def run_with_limits(
    func: Callable[..., T],
    /,
    *args: Any,
    timeout: float,
    memory_mb: int | None,
    path_for_errors: str | Path,
    while_waiting: Callable[[], object] | None = None,
    **kwargs: Any,
) -> T:
    """Return ``func(*args, **kwargs)`` computed in a forked child under time and memory limits.

    The result must be picklable (pydantic models are). A ``ResumefitError`` raised in the
    child is raised again here. A child that runs past ``timeout`` seconds is killed and
    ``FileTimeoutError`` is raised; one that exhausts ``memory_mb`` megabytes of extra address
    space raises ``FileMemoryError``; one killed by a signal (a crash in a native library)
    raises ``InputError``. All three name ``path_for_errors``. Any other exception in the
    child is raised again as itself when it can be pickled, else as ``RuntimeError``; the
    child's traceback is attached as a note either way. ``while_waiting``, if given, runs in
    the parent once the child has started (work the parent needs next, done on the other
    core meanwhile); its time counts toward ``timeout``.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_run_child,
        args=(sender, memory_mb, func, args, kwargs),
        daemon=True,
    )
    # Objects the parent already holds (spaCy, the lexicon) move to a generation the
    # collector never scans, so the child's collections do not touch, and copy, their pages.
    gc.freeze()
    try:
        child.start()
    finally:
        gc.unfreeze()  # the parent collects as before
    sender.close()  # the parent keeps only its reading end, so EOF means the child is gone
    deadline = time.monotonic() + timeout
    try:
        if while_waiting is not None:
            while_waiting()
        message = _receive(receiver, child, deadline, timeout, path_for_errors)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    return _unpack(message, child.exitcode, path_for_errors, memory_mb)


def _receive(
    receiver: Connection,
    child: multiprocessing.process.BaseProcess,
    deadline: float,
    timeout: float,
    path_for_errors: str | Path,
) -> tuple[str, Any, str] | None:
    """Return the child's message, None when it died without one; raise at ``deadline``."""
    if not receiver.poll(max(0.0, deadline - time.monotonic())):
        child.kill()
        raise FileTimeoutError(path_for_errors, TIMED_OUT.format(seconds=timeout), TIMED_OUT_ADVICE)
    try:
        message: tuple[str, Any, str] = receiver.recv()
    except (EOFError, OSError):
        return None  # the child exited (or was killed) before it could answer
    return message


def _unpack(
    message: tuple[str, Any, str] | None,
    exitcode: int | None,
    path_for_errors: str | Path,
    memory_mb: int | None,
) -> Any:
    """Return the child's result or raise the error it reported."""
    if message is None:
        raise InputError(
            path_for_errors, CRASHED.format(detail=_describe_exit(exitcode)), CRASHED_ADVICE
        )
    kind, payload, child_traceback = message
    if kind == _RESULT:
        return payload
    if kind == _ERROR:
        raise _rebuild_error(payload)
    if isinstance(payload, MemoryError):
        raise FileMemoryError(
            path_for_errors, OUT_OF_MEMORY.format(limit=memory_mb), OUT_OF_MEMORY_ADVICE
        )
    if isinstance(payload, BaseException):
        payload.add_note(f"in the child process for {path_for_errors}:\n{child_traceback}")
        raise payload
    error = RuntimeError(str(payload))
    error.add_note(f"in the child process for {path_for_errors}:\n{child_traceback}")
    raise error


def _describe_exit(exitcode: int | None) -> str:
    """Return how a child that sent no answer ended: "killed by SIGSEGV", "exit status 1"."""
    if exitcode is None or exitcode >= 0:
        return f"exit status {exitcode}"
    try:
        return f"killed by {signal.Signals(-exitcode).name}"
    except ValueError:
        return f"killed by signal {-exitcode}"


def _run_child(
    sender: Connection,
    memory_mb: int | None,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    """Compute ``func(*args, **kwargs)`` in the child and send back what happened."""
    # The parent's handlers (e.g. a server's) must not run here; Ctrl-C reaches the parent,
    # which kills this child in its ``finally``.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        if memory_mb is not None:
            limit_memory(memory_mb)
        message: tuple[str, Any, str] = (_RESULT, func(*args, **kwargs), "")
    except ResumefitError as error:
        message = (_ERROR, _pack_error(error), "")
    except BaseException as error:  # noqa: BLE001 - everything must reach the parent
        # Sent as text when it cannot be pickled (lxml's errors cannot), so the parent
        # still learns what it was.
        sendable = error if _picklable(error) else f"{type(error).__name__}: {error}"
        message = (_FAILURE, sendable, traceback.format_exc())
    try:
        sender.send(message)
    except Exception as error:  # the result could not be pickled
        sender.send((_FAILURE, f"{type(error).__name__}: {error}", traceback.format_exc()))
    finally:
        sender.close()


def _picklable(value: object) -> bool:
    """Return whether ``value`` survives a pickle round trip."""
    try:
        pickle.loads(pickle.dumps(value))
    except Exception:
        return False
    return True


def limit_memory(memory_mb: int) -> None:
    """Cap the child's address space at what it already maps plus ``memory_mb`` megabytes.

    RLIMIT_AS counts every mapping the forked child inherited (the interpreter, spaCy, the
    pdfium library), which varies from one caller to another, so the cap is relative to it.
    """
    current = _mapped_bytes()
    limit = current + memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _mapped_bytes() -> int:
    """Return the process's current virtual size in bytes (0 when /proc is unavailable)."""
    try:
        fields = Path(f"/proc/{os.getpid()}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[0]) * os.sysconf("SC_PAGE_SIZE")


def _pack_error(error: ResumefitError) -> tuple[type[ResumefitError], dict[str, Any], str]:
    """Return a picklable form of ``error``; its constructor arguments differ per subclass."""
    return (type(error), dict(vars(error)), error.message)


def _rebuild_error(packed: tuple[type[ResumefitError], dict[str, Any], str]) -> ResumefitError:
    """Return the ResumefitError that ``_pack_error`` packed, with all its attributes."""
    cls, attributes, message = packed
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(attributes)
    return error
