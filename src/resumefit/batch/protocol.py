"""The messages between the batch parent and its workers (light: no pipeline imports)."""

from __future__ import annotations

from dataclasses import dataclass
from multiprocessing.connection import Connection


@dataclass(frozen=True)
class ReportTargets:
    """Where to write one file's reports and the name they show for it."""

    html_path: str
    json_path: str
    source_name: str  # relative path, or pseudonym with --redact
    redact: bool


@dataclass(frozen=True)
class Task:
    """Score a file (``report_json`` None) or only re-render stored results."""

    relpath: str
    path: str
    sha256: str
    targets: ReportTargets
    report_json: str | None = None


@dataclass(frozen=True)
class TaskOutcome:
    """A worker's answer to one task."""

    relpath: str
    sha256: str
    ok: bool
    error: str | None = None
    report_json: str | None = None
    profile_json: str | None = None
    best_role: str | None = None
    best_score: float | None = None
    rendered: bool = False
    fatal: bool = False  # the worker exits after sending this (its state is suspect)
    # Role id -> score, and role id -> missing required labels (cohort.report_facts).
    cohort_facts: tuple[dict[str, float], dict[str, list[str]]] | None = None


@dataclass(frozen=True)
class WorkerReady:
    """Sent once the worker has loaded everything: the lexicon version is part of the key."""

    lexicon_version: str


@dataclass(frozen=True)
class WorkerStartFailed:
    """Sent instead of WorkerReady when the pipeline cannot start (bad data file, ...)."""

    message: str
    exit_code: int = 1  # a ResumefitError's own code (2 for a bad data file)


def start_worker(conn: Connection, roles_json: str, memory_mb: int | None) -> None:
    """Run a worker process: the pipeline import is paid here (free when preloaded)."""
    try:
        from resumefit.batch.worker import worker_main
    except Exception as error:  # reported to the parent as one line, not a traceback
        conn.send(
            WorkerStartFailed(f"batch worker failed to start ({type(error).__name__}: {error})")
        )
        return
    worker_main(conn, roles_json, memory_mb)
