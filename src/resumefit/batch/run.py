"""``run_batch``: score a folder of resumes into OUTDIR, incrementally and in parallel.

Order of work, chosen so that an interrupted run can always resume:
1. find and hash the input files; start the workers (they report the lexicon version,
   which completes the configuration key);
2. record the current file set, then score every file whose (sha256, config key) has no
   stored result, committing each result the moment it arrives;
3. render the per-resume reports that are not written yet for the current settings;
4. rebuild index.html, results.csv, results.jsonl (and the ranking) from the store alone.
Every file is written to a temporary name and moved into place, so OUTDIR never holds
half a file, and step 4 depends only on the store, so the outputs do not depend on how
many runs it took.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import resumefit
from resumefit.batch.atomic_write import write_text_atomic
from resumefit.batch.code_version import code_version
from resumefit.batch.cohort import (
    FitFacts,
    build_rows,
    own_error,
    report_stem,
    results_csv,
    results_jsonl,
)
from resumefit.batch.discover import InputFile, discover_inputs
from resumefit.batch.pool import WorkerPool
from resumefit.batch.protocol import ReportTargets, Task, TaskOutcome
from resumefit.batch.ranking import RankedCandidate, rank_candidates, ranking_csv, render_ranking
from resumefit.batch.settings import (
    CSV_FILENAME,
    DEFAULT_TIMEOUT_SECONDS,
    INDEX_FILENAME,
    JSONL_FILENAME,
    RANKING_CSV_FILENAME,
    RANKING_HTML_FILENAME,
    REPORTS_DIRNAME,
    STORE_FILENAME,
    WORKER_MEMORY_HEADROOM_MB,
)
from resumefit.batch.store import BatchStore, CurrentFile, StoredResult
from resumefit.errors import UsageError
from resumefit.types import Role

NO_FILES = "{path}: no resumes found (looked for {suffixes}, in all subfolders)"
RANK_NEEDS_ONE_ROLE = "--rank needs exactly one role or posting (got {count})"


@dataclass(frozen=True)
class ProgressEvent:
    """A step of a batch, for a progress display."""

    phase: Literal["score", "render"]
    total: int  # tasks in this phase
    done: int
    relpath: str | None = None
    ok: bool = True


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass
class BatchSummary:
    """What a batch did and the state of its output folder."""

    out_dir: Path
    files: int = 0
    scored: int = 0  # scored in this run
    failed: int = 0  # failed in this run
    skipped_unchanged: int = 0  # already in the store for this content and configuration
    duplicates: int = 0  # same content as another file of this run (scored once, for both)
    rendered: int = 0  # per-resume reports written in this run
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # every current failure
    render_failures: list[tuple[str, str]] = field(default_factory=list)  # report not written
    ranking: list[RankedCandidate] = field(default_factory=list)
    ranked_role: Role | None = None

    @property
    def exit_code(self) -> int:
        """Return 0 when every current file is scored, 3 when some failed."""
        return 3 if self.failures or self.render_failures else 0


def config_key(roles: Sequence[Role], lexicon_version: str) -> str:
    """Return the hash that ties a stored result to the roles, lexicon and code that made it.

    The code is its release (``__version__``) and a hash of its source (``code_version``),
    so results scored by an edited or older checkout of the same release are not reused.
    """
    payload = {
        "roles": [role.model_dump(mode="json") for role in roles],
        "lexicon": lexicon_version,
        "tool": resumefit.__version__,
        "code": code_version(),
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _targets(out_dir: Path, relpath: str, sha256: str, *, redact: bool) -> ReportTargets:
    stem = report_stem(relpath, sha256, redact=redact)
    name = stem.removeprefix(REPORTS_DIRNAME + "/") if redact else relpath
    return ReportTargets(
        html_path=str(out_dir / (stem + ".html")),
        json_path=str(out_dir / (stem + ".json")),
        source_name=name,
        redact=redact,
    )


def _stamp(sha256: str, key: str, targets: ReportTargets) -> str:
    """Return what the written reports of a file depend on (re-render when it changes)."""
    return f"{sha256}:{key}:{int(targets.redact)}:{targets.html_path}"


def _file_size(task: Task) -> int:
    """Return the size in bytes of ``task``'s file (0 if it cannot be read now).

    Files are sent largest first: a large file takes longest, and one left for last
    keeps a single worker busy while the others idle.
    """
    try:
        return os.stat(task.path).st_size
    except OSError:
        return 0


def _remove_stale_reports(out_dir: Path, keep: set[Path]) -> None:
    """Delete report files (and leftover temp files) that belong to no current input."""
    for leftover in out_dir.glob(".*.tmp"):  # a run killed while writing a cohort file
        leftover.unlink()
    reports = out_dir / REPORTS_DIRNAME
    if not reports.is_dir():
        return
    for dirpath, _dirnames, filenames in os.walk(reports, topdown=False):
        here = Path(dirpath)
        for name in filenames:
            path = here / name
            if path not in keep:
                path.unlink()
        if here != reports and not any(here.iterdir()):
            here.rmdir()


def _cohort_files(store: BatchStore, known: Mapping[str, FitFacts]) -> Iterator[CurrentFile]:
    """Yield the current files; a stored report is loaded only where ``known`` lacks facts."""
    for item in store.current_files(with_reports=False):
        result = item.result
        if result is not None and result.status == "scored" and item.sha256 not in known:
            report_json = store.report_json(item.sha256, result.config_key)
            item = replace(item, result=replace(result, report_json=report_json))
        yield item


def _write_cohort_outputs(
    out_dir: Path,
    files: Iterable[CurrentFile],
    roles: list[Role],
    *,
    redact: bool,
    known_facts: Mapping[str, FitFacts],
) -> None:
    from resumefit.batch.index_page import render_index

    rows = build_rows(files, redact=redact, known_facts=known_facts)
    write_text_atomic(out_dir / INDEX_FILENAME, render_index(rows, roles, redact=redact))
    write_text_atomic(out_dir / CSV_FILENAME, results_csv(rows, roles))
    write_text_atomic(out_dir / JSONL_FILENAME, results_jsonl(rows, roles))


def run_batch(
    input_dir: Path,
    out_dir: Path,
    roles: Sequence[Role],
    *,
    jobs: int | None = None,
    rank: bool = False,
    redact: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS,
    progress: ProgressCallback | None = None,
    retry_failed: bool = False,
    memory_mb: int | None = WORKER_MEMORY_HEADROOM_MB,
) -> BatchSummary:
    """Score every resume under ``input_dir`` against ``roles`` into ``out_dir``.

    Returns a BatchSummary; raises a ResumefitError for bad input (no such folder, no
    resumes, ``rank`` without exactly one role). ``timeout`` is the per-file limit in
    seconds (None: no limit); ``jobs`` defaults to the number of CPU cores.

    Workers are started from a fork server, which (as for any non-fork multiprocessing
    start method) imports the caller's main script: call this under
    ``if __name__ == "__main__":`` in a script.
    """
    started = time.monotonic()
    roles = list(roles)
    if not input_dir.is_dir():
        raise UsageError(f"{input_dir}: no such folder")
    if rank and len(roles) != 1:
        raise UsageError(RANK_NEEDS_ONE_ROLE.format(count=len(roles)))
    out_dir.mkdir(parents=True, exist_ok=True)
    inputs = discover_inputs(input_dir, exclude=out_dir)
    if not inputs:
        from resumefit.batch.settings import SUPPORTED_SUFFIXES

        raise UsageError(NO_FILES.format(path=input_dir, suffixes=", ".join(SUPPORTED_SUFFIXES)))
    summary = BatchSummary(out_dir=out_dir, files=len(inputs))
    roles_json = json.dumps([role.model_dump(mode="json") for role in roles], sort_keys=True)
    workers = min(jobs or os.cpu_count() or 1, len(inputs))
    facts: dict[str, FitFacts] = {}  # sha256 -> cohort facts of the files scored in this run

    with (
        BatchStore(out_dir / STORE_FILENAME) as store,
        WorkerPool(workers, roles_json, memory_mb=memory_mb) as pool,
    ):
        key = config_key(roles, pool.start())
        store.set_meta(
            {
                "input_dir": str(input_dir.resolve()),
                "config_key": key,
                "roles_json": roles_json,
            }
        )
        store.replace_files(((f.relpath, f.sha256) for f in inputs), key)
        _score_new_files(store, pool, inputs, key, summary, out_dir, redact, retry_failed,
                         timeout, progress, facts)  # fmt: skip
        _render_missing_reports(store, pool, key, summary, out_dir, redact, timeout, progress)
        # The workers exit (freeing their memory) while the parent writes the outputs.
        pool.stop()
        files = list(store.current_files(with_reports=False))
        keep: set[Path] = set()
        for item in files:
            if item.result is not None and item.result.status == "scored":
                targets = _targets(out_dir, item.relpath, item.sha256, redact=redact)
                keep.update((Path(targets.html_path), Path(targets.json_path)))
        store.forget_output_stamps(item.relpath for item in files)
        _remove_stale_reports(out_dir, keep)
        # Reports are streamed from the store one at a time: memory stays flat with size.
        # Those scored in this run are not read at all: their workers sent what is needed.
        _write_cohort_outputs(
            out_dir, _cohort_files(store, facts), roles, redact=redact, known_facts=facts
        )
        if rank:
            summary.ranked_role = roles[0]
            summary.ranking = rank_candidates(store.current_files(), roles[0], redact=redact)
            ranking_page = render_ranking(summary.ranking, roles[0])
            write_text_atomic(out_dir / RANKING_HTML_FILENAME, ranking_page)
            write_text_atomic(out_dir / RANKING_CSV_FILENAME, ranking_csv(summary.ranking))
        else:  # a ranking from an earlier --rank run would no longer match these results
            for name in (RANKING_HTML_FILENAME, RANKING_CSV_FILENAME):
                (out_dir / name).unlink(missing_ok=True)
    summary.failures = [
        (item.relpath, own_error(item) or "failed")
        for item in files
        if item.result is not None and item.result.status == "failed"
    ]
    summary.seconds = time.monotonic() - started
    return summary


def _score_new_files(
    store: BatchStore,
    pool: WorkerPool,
    inputs: list[InputFile],
    key: str,
    summary: BatchSummary,
    out_dir: Path,
    redact: bool,
    retry_failed: bool,
    timeout: float | None,
    progress: ProgressCallback | None,
    facts: dict[str, FitFacts],
) -> None:
    """Score the files without a stored result; commit each outcome as it arrives.

    The cohort facts each worker sends are kept in ``facts`` (by sha256).
    """
    known = store.known_results(key)
    tasks: list[Task] = []
    queued: set[str] = set()
    for item in inputs:
        status = known.get(item.sha256)
        if item.error is not None:  # unreadable: recorded again on every run, no worker needed
            store.save_result(StoredResult(item.sha256, key, item.relpath, "failed", item.error))
            summary.failed += 1
        elif status == "scored" or (status == "failed" and not retry_failed):
            summary.skipped_unchanged += 1
        elif item.sha256 in queued:
            summary.duplicates += 1  # same content as a file already queued: scored once
        else:
            queued.add(item.sha256)
            targets = _targets(out_dir, item.relpath, item.sha256, redact=redact)
            tasks.append(Task(item.relpath, str(item.path), item.sha256, targets))
    tasks.sort(key=_file_size, reverse=True)  # stable: equal sizes stay in path order
    by_path = {task.relpath: task for task in tasks}
    done = 0

    def record(outcome: TaskOutcome) -> None:
        nonlocal done
        done += 1
        task = by_path[outcome.relpath]
        written = outcome.ok and outcome.rendered
        store.save_result(
            StoredResult(
                sha256=outcome.sha256,
                config_key=key,
                relpath=outcome.relpath,
                status="scored" if outcome.ok else "failed",
                error=outcome.error,
                report_json=outcome.report_json,
                profile_json=outcome.profile_json,
                best_role=outcome.best_role,
                best_score=outcome.best_score,
            ),
            # One commit for the result and its written reports.
            output_stamp=_stamp(task.sha256, key, task.targets) if written else None,
        )
        if outcome.ok:
            summary.scored += 1
            summary.rendered += int(outcome.rendered)
            if outcome.cohort_facts is not None:
                facts[outcome.sha256] = outcome.cohort_facts
        else:
            summary.failed += 1
        if progress is not None:
            progress(ProgressEvent("score", len(tasks), done, outcome.relpath, outcome.ok))

    if progress is not None:
        progress(ProgressEvent("score", len(tasks), 0))
    pool.run(tasks, record, timeout=timeout)


def _render_missing_reports(
    store: BatchStore,
    pool: WorkerPool,
    key: str,
    summary: BatchSummary,
    out_dir: Path,
    redact: bool,
    timeout: float | None,
    progress: ProgressCallback | None,
) -> None:
    """Render the reports of scored files whose report files are missing or out of date."""
    stamps = store.output_stamps()
    tasks: list[Task] = []  # without the report JSON: it is loaded as each task is sent
    for item in store.current_files(with_reports=False):
        result = item.result
        if result is None or result.status != "scored":
            continue
        targets = _targets(out_dir, item.relpath, item.sha256, redact=redact)
        written = Path(targets.html_path).is_file() and Path(targets.json_path).is_file()
        if written and stamps.get(item.relpath) == _stamp(item.sha256, key, targets):
            continue
        tasks.append(Task(item.relpath, "", item.sha256, targets))
    if not tasks:
        return

    def with_reports() -> Iterator[Task]:
        for task in tasks:
            report_json = store.report_json(task.sha256, key)
            if report_json is not None:
                yield replace(task, report_json=report_json)

    by_path = {task.relpath: task for task in tasks}
    done = 0

    def record(outcome: TaskOutcome) -> None:
        nonlocal done
        done += 1
        if outcome.ok:
            summary.rendered += 1
            task = by_path[outcome.relpath]
            store.set_output_stamp(task.relpath, _stamp(task.sha256, key, task.targets))
        else:
            summary.render_failures.append((outcome.relpath, outcome.error or "failed"))
        if progress is not None:
            progress(ProgressEvent("render", len(tasks), done, outcome.relpath, outcome.ok))

    if progress is not None:
        progress(ProgressEvent("render", len(tasks), 0))
    pool.run(with_reports(), record, timeout=timeout)
