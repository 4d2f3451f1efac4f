"""What runs inside a batch worker process: score one file, render its reports.

A worker loads the lexicon and the roles once, then answers tasks from its pipe until the
pipe closes. It never touches the SQLite store: the parent commits every result, so a
worker that is killed mid-file leaves nothing half-written behind.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import signal
import socket
import sys
from multiprocessing.connection import Connection
from pathlib import Path

# Imported at module level on purpose: the fork server preloads this module, so every
# worker starts with the pipeline, spaCy and jinja2 already imported.
from resumefit import pipeline, report
from resumefit.batch.atomic_write import write_text_atomic
from resumefit.batch.cohort import report_facts
from resumefit.batch.protocol import (
    ReportTargets,
    Task,
    TaskOutcome,
    WorkerReady,
    WorkerStartFailed,
)
from resumefit.batch.settings import WORKER_SEND_BUFFER_BYTES
from resumefit.errors import (
    OUT_OF_MEMORY,
    OUT_OF_MEMORY_ADVICE,
    FileMemoryError,
    ResumefitError,
)
from resumefit.lexicon import load_lexicon
from resumefit.limits import limit_memory
from resumefit.sections import split_sections
from resumefit.types import Document, FitReport, Role

#: The text a new worker analyses once, so the extractor's matchers are built before the
#: first real file (and its time limit) starts.
WARM_UP_TEXT = "Skills\nPython, SQL, teamwork\n"

#: Readers the pipeline imports only for the first file of their type. Imported by the
#: warm-up, so the fork server pays for them once instead of every worker on its first
#: file (the PDF reader: pypdfium2 and its library, ~60 ms CPU). DOCX is left lazy:
#: python-docx (lxml) would slow every batch's start for a rarer input type.
WARM_UP_READERS = ("resumefit.ingest.pdf",)

INTERNAL_ERROR = "internal error while processing ({kind}: {detail})"


def warm_up() -> None:
    """Run the pipeline once on a tiny resume, so matchers and templates are built.

    Also imports the ``WARM_UP_READERS``.
    """
    for module in WARM_UP_READERS:
        importlib.import_module(module)
    document = Document(source="warm-up", format="txt", sha256="0" * 64, text=WARM_UP_TEXT)
    from resumefit.extract import extract_profile

    profile = extract_profile(split_sections(document))
    report.render_html(pipeline.fit_profile(profile))


def warmed_by_fork_server() -> bool:
    """Return True when this process was forked from a fork server that warmed up.

    The fork server imports ``resumefit.batch.preload`` (``WORKER_PRELOAD_MODULES``); its
    workers inherit what it loaded and built, so running ``warm_up`` again is wasted work.
    """
    preload = sys.modules.get("resumefit.batch.preload")
    return bool(getattr(preload, "WARMED", False))


def widen_send_buffer(conn: Connection) -> None:
    """Ask the kernel for a ``WORKER_SEND_BUFFER_BYTES`` send buffer on ``conn``'s socket.

    Without it an outcome larger than the default buffer (~200 KB) blocks the worker until
    the parent wakes up and reads it. Left as it is when ``conn`` is not a socket.
    """
    with contextlib.suppress(OSError), socket.socket(fileno=os.dup(conn.fileno())) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, WORKER_SEND_BUFFER_BYTES)


def _render(fit: FitReport, targets: ReportTargets) -> str:
    """Write ``fit``'s HTML and JSON reports to ``targets``; return the JSON report's text."""
    named = fit
    if targets.source_name != fit.document.source:
        document = fit.document.model_copy(update={"source": targets.source_name})
        named = fit.model_copy(update={"document": document})
    json_text = report.render_json(named, redact=targets.redact)
    write_text_atomic(Path(targets.html_path), report.render_html(named, redact=targets.redact))
    write_text_atomic(Path(targets.json_path), json_text)
    return json_text


def _stored_json(fit: FitReport, targets: ReportTargets, written_json: str) -> str:
    """Return the report JSON the store keeps for ``fit``: the JSON report's text, unredacted.

    That is the text just written unless the written report is redacted or renamed, so
    the report is serialised once, not twice (~2 ms per file).
    """
    if not targets.redact and targets.source_name == fit.document.source:
        return written_json
    return report.render_json(fit)


def _score(task: Task, roles: list[Role]) -> TaskOutcome:
    profile = pipeline.analyze(task.path, display_name=task.relpath)
    fit = pipeline.fit_profile(profile, roles)
    best = fit.fits[0] if fit.fits else None
    written_json = _render(fit, task.targets)
    return TaskOutcome(
        task.relpath,
        task.sha256,
        ok=True,
        report_json=_stored_json(fit, task.targets, written_json),
        profile_json=profile.model_dump_json(),
        best_role=best.role_id if best else None,
        best_score=best.score if best else None,
        rendered=True,
        cohort_facts=report_facts(fit),
    )


def run_task(task: Task, roles: list[Role], memory_mb: int | None) -> TaskOutcome:
    """Return the outcome of one task; a known input problem is a failed outcome, not a raise."""
    try:
        if task.report_json is None:
            return _score(task, roles)
        _render(FitReport.model_validate_json(task.report_json), task.targets)
        return TaskOutcome(task.relpath, task.sha256, ok=True, rendered=True)
    except ResumefitError as error:
        return TaskOutcome(task.relpath, task.sha256, ok=False, error=error.message)
    except MemoryError:
        reason = OUT_OF_MEMORY.format(limit=memory_mb)
        message = FileMemoryError(task.relpath, reason, OUT_OF_MEMORY_ADVICE).message
        return TaskOutcome(task.relpath, task.sha256, ok=False, error=message, fatal=True)
    except Exception as error:  # one file's bug must not stop the batch; it is recorded
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        reason = INTERNAL_ERROR.format(kind=type(error).__name__, detail=detail)
        return TaskOutcome(task.relpath, task.sha256, ok=False, error=f"{task.relpath}: {reason}")


def worker_main(conn: Connection, roles_json: str, memory_mb: int | None) -> None:
    """Serve tasks from ``conn`` until it closes; the entry point of a worker process."""
    # Ctrl-C reaches the whole process group: the parent decides, workers keep quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    widen_send_buffer(conn)
    try:
        roles = [Role.model_validate(item) for item in json.loads(roles_json)]
        version = load_lexicon().version
        if not warmed_by_fork_server():
            warm_up()
        gc.freeze()  # what is loaded now lives as long as the worker (see batch.preload)
        if memory_mb is not None:
            # Relative to what the loaded worker already maps, as for `resumefit check`.
            limit_memory(memory_mb)
    except ResumefitError as error:
        conn.send(WorkerStartFailed(error.message, error.exit_code))
        return
    except Exception as error:  # reported to the parent, which stops the batch
        detail = f"{type(error).__name__}: {error}"
        conn.send(WorkerStartFailed(f"batch worker failed to start ({detail})"))
        return
    conn.send(WorkerReady(version))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # parent closed the pipe or died: nothing left to do
        if task is None:
            return
        outcome = run_task(task, roles, memory_mb)
        conn.send(outcome)
        if outcome.fatal:
            return
