"""The SQLite store of a batch: one row per (file content, configuration), committed per file.

Schema (``OUTDIR/resumefit.sqlite``, WAL mode; the review app reads it and adds its own
tables, which this module never touches):

- ``meta(key, value)``: ``schema_version``, ``input_dir``, ``config_key``, ``roles_json``.
- ``results(sha256, config_key, relpath, status, error, report_json, profile_json,
  best_role, best_score, updated_at)``, primary key ``(sha256, config_key)``. ``report_json``
  is the JSON report's text (``render_json``, unredacted); older stores hold it compact.
- ``files(relpath, sha256, config_key)``: the current file at each path.
- ``batch_outputs(relpath, stamp)``: which per-resume report files are already written for
  the current content and settings, so a re-run does not render them again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

#: Version of the tables below; bump when a column changes meaning.
STORE_SCHEMA_VERSION = "2"

#: Wait this long for a lock held by another reader/writer (the review app) before failing.
BUSY_TIMEOUT_MS = 10_000

#: Page size of a new store. A result row carries ~0.4 MB of JSON: with SQLite's default
#: 4 KB pages each commit writes ~100 overflow pages, and 64 KB pages nearly halve the
#: parent's CPU per commit (1.4 -> 0.8 ms measured). A store that exists keeps its size.
STORE_PAGE_SIZE = 65_536

#: WAL size at which SQLite copies it back into the database file: SQLite's default (1000
#: pages of 4 KB), kept in bytes whatever the page size.
WAL_CHECKPOINT_BYTES = 4_096_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT,
    config_key TEXT,
    relpath TEXT,
    status TEXT CHECK(status IN ('scored', 'failed')),
    error TEXT,
    report_json TEXT,
    profile_json TEXT,
    best_role TEXT,
    best_score REAL,
    updated_at TEXT,
    PRIMARY KEY (sha256, config_key)
);
CREATE TABLE IF NOT EXISTS files (relpath TEXT PRIMARY KEY, sha256 TEXT, config_key TEXT);
CREATE TABLE IF NOT EXISTS batch_outputs (relpath TEXT PRIMARY KEY, stamp TEXT);
"""

Status = Literal["scored", "failed"]


@dataclass(frozen=True)
class StoredResult:
    """One file's outcome as kept in ``results``."""

    sha256: str
    config_key: str
    relpath: str
    status: Status
    error: str | None = None
    report_json: str | None = None
    profile_json: str | None = None
    best_role: str | None = None
    best_score: float | None = None


@dataclass(frozen=True)
class CurrentFile:
    """A file of the current input folder, with its stored outcome when there is one."""

    relpath: str
    sha256: str
    result: StoredResult | None


class BatchStore:
    """Read and write a batch's SQLite file; every write is committed at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._db.execute(f"PRAGMA page_size = {STORE_PAGE_SIZE}")  # no-op once it has content
        self._db.execute("PRAGMA journal_mode = WAL")
        (page_size,) = self._db.execute("PRAGMA page_size").fetchone()
        self._db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_BYTES // page_size}")
        # NORMAL is durable across a killed process in WAL mode (only power loss can drop
        # the last commits), and it keeps a commit per file cheap.
        self._db.execute("PRAGMA synchronous = NORMAL")
        with self._db:
            self._db.executescript(_SCHEMA)
            self._set_meta({"schema_version": STORE_SCHEMA_VERSION})

    def close(self) -> None:
        """Close the connection (and fold the WAL back into the main file)."""
        self._db.close()

    def __enter__(self) -> BatchStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ meta

    def get_meta(self, key: str) -> str | None:
        """Return the value stored under ``key`` in ``meta``, or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, values: dict[str, str]) -> None:
        """Store ``values`` in ``meta`` (replacing existing keys) and commit."""
        with self._db:
            self._set_meta(values)

    def _set_meta(self, values: dict[str, str]) -> None:
        self._db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            sorted(values.items()),
        )

    # ------------------------------------------------------------------ files

    def replace_files(self, files: Iterable[tuple[str, str]], config_key: str) -> None:
        """Make ``files`` (relpath, sha256) the current file set, in one transaction."""
        with self._db:
            self._db.execute("DELETE FROM files")
            self._db.executemany(
                "INSERT INTO files (relpath, sha256, config_key) VALUES (?, ?, ?)",
                [(relpath, sha, config_key) for relpath, sha in files],
            )

    def current_files(self, *, with_reports: bool = True) -> Iterator[CurrentFile]:
        """Yield the current files in path order, each with its result for its config key.

        ``profile_json`` is never loaded here, and ``report_json`` only ``with_reports``:
        a cohort's reports are large, so callers stream them instead of holding them all.
        """
        report_column = "r.report_json" if with_reports else "NULL"
        rows = self._db.execute(
            f"SELECT f.relpath, f.sha256, f.config_key, r.relpath, r.status, r.error,"
            f" {report_column}, r.best_role, r.best_score"
            " FROM files f LEFT JOIN results r"
            " ON r.sha256 = f.sha256 AND r.config_key = f.config_key"
            " ORDER BY f.relpath"
        )
        for relpath, sha, config_key, r_path, status, *rest in rows:
            result = None
            if status is not None:
                error, report_json, best_role, best_score = rest
                result = StoredResult(
                    sha, config_key, r_path, status, error, report_json, None,
                    best_role, best_score,
                )  # fmt: skip
            yield CurrentFile(relpath, sha, result)

    def report_json(self, sha256: str, config_key: str) -> str | None:
        """Return the stored FitReport JSON of one file, or None."""
        row = self._db.execute(
            "SELECT report_json FROM results WHERE sha256 = ? AND config_key = ?",
            (sha256, config_key),
        ).fetchone()
        return None if row is None else row[0]

    # ------------------------------------------------------------------ results

    def known_results(self, config_key: str) -> dict[str, Status]:
        """Return sha256 -> status of every result stored under ``config_key``."""
        rows = self._db.execute(
            "SELECT sha256, status FROM results WHERE config_key = ?", (config_key,)
        )
        return {sha: status for sha, status in rows}

    def save_result(self, result: StoredResult, output_stamp: str | None = None) -> None:
        """Insert or replace one file's result and commit it.

        ``output_stamp`` also records, in the same commit, that the file's report files are
        written for that stamp (see ``set_output_stamp``).
        """
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._db:
            if output_stamp is not None:
                self._set_output_stamp(result.relpath, output_stamp)
            self._db.execute(
                "INSERT OR REPLACE INTO results (sha256, config_key, relpath, status, error,"
                " report_json, profile_json, best_role, best_score, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.sha256, result.config_key, result.relpath, result.status,
                    result.error, result.report_json, result.profile_json, result.best_role,
                    result.best_score, now,
                ),
            )  # fmt: skip

    # ------------------------------------------------------------------ output stamps

    def output_stamps(self) -> dict[str, str]:
        """Return relpath -> stamp of the report files already written."""
        return dict(self._db.execute("SELECT relpath, stamp FROM batch_outputs"))

    def set_output_stamp(self, relpath: str, stamp: str) -> None:
        """Record that ``relpath``'s report files are written for ``stamp``, and commit."""
        with self._db:
            self._set_output_stamp(relpath, stamp)

    def _set_output_stamp(self, relpath: str, stamp: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO batch_outputs (relpath, stamp) VALUES (?, ?)",
            (relpath, stamp),
        )

    def forget_output_stamps(self, keep: Iterable[str]) -> None:
        """Drop the stamps of paths not in ``keep`` (files that left the folder)."""
        keep_set = set(keep)
        stale = [(p,) for p in self.output_stamps() if p not in keep_set]
        with self._db:
            self._db.executemany("DELETE FROM batch_outputs WHERE relpath = ?", stale)
