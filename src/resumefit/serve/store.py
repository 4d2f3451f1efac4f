"""The review app's view of a batch store: BATCH's results plus the review tables it adds.

BATCH owns ``meta``, ``results`` and ``files`` in ``OUTDIR/resumefit.sqlite``. The review app
only reads those and keeps its own tables (``review``, ``review_history``,
``review_corrections``, ``review_comments``), all keyed by the resume's sha256 so a review
survives re-running ``resumefit batch`` over the same files.

Every change to a resume's review (status, corrections) is guarded by the review's
``version``: the writer names the version its page showed, and a stale version raises
``ReviewConflict`` instead of overwriting someone else's work.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from resumefit.errors import NO_BATCH_ADVICE, NO_BATCH_STORE, InputError
from resumefit.types import Role

STORE_NAME = "resumefit.sqlite"
#: The tables ``resumefit batch`` writes and the review app reads.
BATCH_TABLES = frozenset({"meta", "results", "files"})
NOT_A_BATCH_STORE = "not a resumefit batch store ({detail})"

#: Review statuses in workflow order, with the label a reviewer sees.
REVIEW_STATUSES: dict[str, str] = {
    "to_review": "To review",
    "changes_suggested": "Changes suggested",
    "changes_required": "Changes required",
    "approved": "Approved",
}
DEFAULT_STATUS = "to_review"

#: How long a writer waits for another writer's transaction before giving up (seconds).
BUSY_TIMEOUT_S = 10.0

_STATUS_CHECK = ", ".join(f"'{status}'" for status in REVIEW_STATUSES)
REVIEW_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS review (
    sha256 TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT '{DEFAULT_STATUS}' CHECK (status IN ({_STATUS_CHECK})),
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT,
    updated_by TEXT
);
CREATE TABLE IF NOT EXISTS review_history (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    version INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS review_corrections (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('remove', 'add')),
    skill_id TEXT NOT NULL,
    mention_start INTEGER,
    quote TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE TABLE IF NOT EXISTS review_comments (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    requirement_id TEXT,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS review_report_facts (
    sha256 TEXT NOT NULL,
    config_key TEXT NOT NULL,
    result_updated_at TEXT NOT NULL,
    scores_json TEXT NOT NULL,
    missing_json TEXT NOT NULL,
    PRIMARY KEY (sha256, config_key)
);
CREATE INDEX IF NOT EXISTS review_history_sha ON review_history (sha256);
CREATE INDEX IF NOT EXISTS review_corrections_sha ON review_corrections (sha256);
CREATE INDEX IF NOT EXISTS review_comments_sha ON review_comments (sha256);
"""


#: The FROM/WHERE of "each file of the latest batch run, with its result": BATCH keeps
#: results of files since changed or deleted, and ``files`` says which are current.
CURRENT_FROM = """
  FROM files AS f
  JOIN results AS r ON r.sha256 = f.sha256 AND r.config_key = f.config_key
"""
CURRENT_WHERE = " WHERE f.config_key = (SELECT value FROM meta WHERE key = 'config_key') "
CURRENT_RESULTS = CURRENT_FROM + CURRENT_WHERE
FACTS_JOIN = """
  LEFT JOIN review_report_facts AS x
    ON x.sha256 = r.sha256 AND x.config_key = r.config_key
   AND x.result_updated_at = COALESCE(r.updated_at, '')
"""


class ReviewConflict(Exception):
    """Someone saved the review after the version the writer started from."""

    def __init__(self, author: str, saved_at: str) -> None:
        self.author = author or "someone"
        self.saved_at = saved_at
        clock = saved_at[11:16] if len(saved_at) >= 16 else saved_at
        super().__init__(
            f"{self.author} saved this resume at {clock} UTC; reload to see their changes"
        )


@dataclass(frozen=True)
class Review:
    """A resume's review state; version 0 means nobody has saved anything yet."""

    sha256: str
    status: str = DEFAULT_STATUS
    version: int = 0
    updated_at: str | None = None
    updated_by: str | None = None


@dataclass(frozen=True)
class Correction:
    """A reviewer's fix to what the extractor found: a wrong mention removed or a skill added."""

    id: int
    sha256: str
    kind: str  # "remove" | "add"
    skill_id: str
    mention_start: int | None
    quote: str
    note: str
    author: str
    created_at: str


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment on a resume, or on one requirement (``role_id/requirement_id``)."""

    id: int
    sha256: str
    requirement_id: str | None
    author: str
    body: str
    created_at: str


@dataclass(frozen=True)
class QueueFacts:
    """What the queue and cohort page need of one current file's batch result."""

    sha256: str
    relpath: str
    batch_status: str
    error: str | None
    scores: dict[str, float]  # role id -> score
    missing: dict[str, list[str]]  # role id -> labels of required requirements missing


def report_facts(report: dict[str, Any]) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Return a FitReport's (JSON data) role scores and missing required requirement labels."""
    scores: dict[str, float] = {}
    missing: dict[str, list[str]] = {}
    for fit in report.get("fits", []):
        scores[fit["role_id"]] = float(fit["score"])
        missing[fit["role_id"]] = [
            result["requirement"]["label"]
            for result in fit.get("results", [])
            if result["requirement"].get("importance", "required") == "required"
            and result["status"] == "missing"
        ]
    return scores, missing


def utc_now() -> str:
    """Return the current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class ReviewStore:
    """Read a batch store and read/write the review tables kept beside BATCH's tables."""

    def __init__(self, outdir: Path) -> None:
        self.path = Path(outdir) / STORE_NAME
        if not self.path.is_file():
            raise InputError(self.path, NO_BATCH_STORE, NO_BATCH_ADVICE)
        with self.connect() as conn:
            try:
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            except sqlite3.DatabaseError as error:  # not an SQLite file at all
                raise InputError(self.path, NOT_A_BATCH_STORE.format(detail=error)) from None
            missing = BATCH_TABLES - tables
            if missing:
                detail = "no table " + ", ".join(sorted(missing))
                raise InputError(
                    self.path, NOT_A_BATCH_STORE.format(detail=detail), NO_BATCH_ADVICE
                )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(REVIEW_SCHEMA)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection that commits on success and rolls back on error."""
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection inside one IMMEDIATE transaction (one writer at a time)."""
        with self.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # ------------------------------------------------------------------ batch tables

    def meta(self) -> dict[str, str]:
        """Return BATCH's ``meta`` table as a dict."""
        with self.connect() as conn:
            return {row["key"]: row["value"] for row in conn.execute("SELECT key, value FROM meta")}

    def config_key(self) -> str:
        """Return the config key of the latest batch run (results of older configs are ignored)."""
        return self.meta().get("config_key", "")

    def roles(self) -> list[Role]:
        """Return the roles the batch scored against (``meta.roles_json``)."""
        raw = self.meta().get("roles_json", "[]")
        return [Role.model_validate(item) for item in json.loads(raw)]

    def result_rows(self) -> list[QueueFacts]:
        """Return each current file's result with its role scores and missing requirements.

        A batch report is large (hundreds of KB); the few facts the queue and the cohort page
        need are extracted once per (resume, config) and kept in ``review_report_facts``.
        """
        with self.connect() as conn:
            rows = conn.execute(
                f"""
                SELECT r.sha256, f.relpath, r.status AS batch_status, r.error, r.config_key,
                       COALESCE(r.updated_at, '') AS result_updated_at,
                       x.scores_json, x.missing_json
                  {CURRENT_FROM} {FACTS_JOIN} {CURRENT_WHERE}
                """
            ).fetchall()
        stale = {
            row["sha256"]
            for row in rows
            if row["batch_status"] == "scored" and row["scores_json"] is None
        }
        computed = self._extract_facts(stale) if stale else {}
        facts = []
        for row in rows:
            if row["sha256"] in computed:
                scores, missing = computed[row["sha256"]]
            else:
                scores = json.loads(row["scores_json"] or "{}")
                missing = json.loads(row["missing_json"] or "{}")
            facts.append(
                QueueFacts(row["sha256"], row["relpath"], row["batch_status"], row["error"],
                           scores, missing)
            )  # fmt: skip
        return facts

    def _extract_facts(
        self, shas: set[str]
    ) -> dict[str, tuple[dict[str, float], dict[str, list[str]]]]:
        """Read the reports of ``shas`` once and store their scores and missing requirements."""
        computed = {}
        with self.connect() as conn:
            for sha256, key, updated_at, report_json in conn.execute(
                f"""SELECT r.sha256, r.config_key, COALESCE(r.updated_at, ''), r.report_json
                    {CURRENT_RESULTS} AND r.status = 'scored'
                    AND r.sha256 IN (SELECT value FROM json_each(?))""",
                (json.dumps(sorted(shas)),),
            ):
                if sha256 not in computed:
                    computed[sha256] = (key, updated_at, *report_facts(json.loads(report_json)))
        with self.write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO review_report_facts VALUES (?, ?, ?, ?, ?)",
                [(sha, key, updated_at, json.dumps(scores), json.dumps(missing))
                 for sha, (key, updated_at, scores, missing) in computed.items()],
            )  # fmt: skip
        return {sha: (scores, missing) for sha, (_, _, scores, missing) in computed.items()}

    def search_text(self, needle: str) -> set[str]:
        """Return the sha256s whose path or document text contains ``needle`` (case-insensitive)."""
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self.connect() as conn:
            rows = conn.execute(
                f"""
                SELECT r.sha256 {CURRENT_RESULTS}
                   AND (f.relpath LIKE :p ESCAPE '\\'
                        OR json_extract(r.profile_json, '$.document.text') LIKE :p ESCAPE '\\')
                """,
                {"p": pattern},
            ).fetchall()
        return {row["sha256"] for row in rows}

    def result(self, sha256: str) -> sqlite3.Row | None:
        """Return one current result row with its report and profile JSON, or None."""
        with self.connect() as conn:
            row: sqlite3.Row | None = conn.execute(
                """
                SELECT sha256, relpath, status AS batch_status, error, report_json, profile_json,
                       best_role, best_score, updated_at
                  FROM results
                 WHERE sha256 = ?
                   AND config_key = (SELECT value FROM meta WHERE key = 'config_key')
                """,
                (sha256,),
            ).fetchone()
        return row

    # ------------------------------------------------------------------ review tables

    def reviews(self) -> dict[str, Review]:
        """Return every saved review by sha256."""
        with self.connect() as conn:
            rows = conn.execute("SELECT * FROM review").fetchall()
        return {row["sha256"]: Review(**dict(row)) for row in rows}

    def review(self, sha256: str) -> Review:
        """Return the review of one resume (a fresh one when nobody has saved yet)."""
        with self.connect() as conn:
            row = conn.execute("SELECT * FROM review WHERE sha256 = ?", (sha256,)).fetchone()
        return Review(**dict(row)) if row else Review(sha256=sha256)

    def _bump(
        self, conn: sqlite3.Connection, sha256: str, base_version: int, author: str, now: str
    ) -> int:
        """Advance the review's version from ``base_version`` or raise ReviewConflict."""
        conn.execute("INSERT OR IGNORE INTO review (sha256) VALUES (?)", (sha256,))
        updated = conn.execute(
            """UPDATE review SET version = version + 1, updated_at = ?, updated_by = ?
                WHERE sha256 = ? AND version = ?""",
            (now, author, sha256, base_version),
        )
        if updated.rowcount != 1:
            row = conn.execute(
                "SELECT updated_by, updated_at FROM review WHERE sha256 = ?", (sha256,)
            ).fetchone()
            raise ReviewConflict(row["updated_by"] or "", row["updated_at"] or "")
        return base_version + 1

    def _log(
        self,
        conn: sqlite3.Connection,
        sha256: str,
        version: int,
        action: str,
        detail: str,
        author: str,
        now: str,
    ) -> None:
        conn.execute(
            """INSERT INTO review_history (sha256, version, action, detail, author, created_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (sha256, version, action, detail, author, now),
        )

    def set_status(self, sha256: str, status: str, *, base_version: int, author: str) -> int:
        """Set the review status; return the new version (ReviewConflict if stale)."""
        if status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {status!r}")
        now = utc_now()
        with self.write() as conn:
            old = conn.execute("SELECT status FROM review WHERE sha256 = ?", (sha256,)).fetchone()
            version = self._bump(conn, sha256, base_version, author, now)
            conn.execute("UPDATE review SET status = ? WHERE sha256 = ?", (status, sha256))
            before = REVIEW_STATUSES[old["status"] if old else DEFAULT_STATUS]
            detail = f"{before} -> {REVIEW_STATUSES[status]}"
            self._log(conn, sha256, version, "status", detail, author, now)
        return version

    def add_correction(
        self,
        sha256: str,
        *,
        kind: str,
        skill_id: str,
        mention_start: int | None,
        quote: str,
        note: str,
        base_version: int,
        author: str,
    ) -> int:
        """Record a correction; return the new review version (ReviewConflict if stale)."""
        now = utc_now()
        with self.write() as conn:
            version = self._bump(conn, sha256, base_version, author, now)
            conn.execute(
                """INSERT INTO review_corrections
                   (sha256, kind, skill_id, mention_start, quote, note, author, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (sha256, kind, skill_id, mention_start, quote, note, author, now),
            )
            verb = "marked wrong" if kind == "remove" else "added"
            self._log(conn, sha256, version, "correction", f"{skill_id} {verb}", author, now)
        return version

    def withdraw_correction(
        self, sha256: str, correction_id: int, *, base_version: int, author: str
    ) -> int:
        """Undo a correction (kept in the table, marked withdrawn); return the new version."""
        now = utc_now()
        with self.write() as conn:
            version = self._bump(conn, sha256, base_version, author, now)
            row = conn.execute(
                """UPDATE review_corrections SET withdrawn_at = ?
                    WHERE id = ? AND sha256 = ? AND withdrawn_at IS NULL
                    RETURNING skill_id, kind""",
                (now, correction_id, sha256),
            ).fetchone()
            if row is None:
                raise KeyError(correction_id)
            detail = f"{row['skill_id']} {row['kind']} undone"
            self._log(conn, sha256, version, "correction", detail, author, now)
        return version

    def corrections(self, sha256: str | None = None) -> list[Correction]:
        """Return the live corrections of one resume (or of all resumes), oldest first."""
        query = """SELECT id, sha256, kind, skill_id, mention_start, quote, note, author,
                          created_at
                     FROM review_corrections WHERE withdrawn_at IS NULL"""
        params: tuple[Any, ...] = ()
        if sha256 is not None:
            query += " AND sha256 = ?"
            params = (sha256,)
        with self.connect() as conn:
            rows = conn.execute(query + " ORDER BY id", params).fetchall()
        return [Correction(**dict(row)) for row in rows]

    def add_comment(
        self, sha256: str, *, requirement_id: str | None, author: str, body: str
    ) -> int:
        """Append a comment (comments never overwrite anything, so no version check)."""
        with self.write() as conn:
            cursor = conn.execute(
                """INSERT INTO review_comments (sha256, requirement_id, author, body, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                (sha256, requirement_id, author, body, utc_now()),
            )
        return int(cursor.lastrowid or 0)

    def comments(self, sha256: str | None = None) -> list[Comment]:
        """Return the comments of one resume (or of all resumes), oldest first."""
        query = "SELECT * FROM review_comments"
        params: tuple[Any, ...] = ()
        if sha256 is not None:
            query += " WHERE sha256 = ?"
            params = (sha256,)
        with self.connect() as conn:
            rows = conn.execute(query + " ORDER BY id", params).fetchall()
        return [Comment(**dict(row)) for row in rows]

    def history(self, sha256: str) -> list[sqlite3.Row]:
        """Return the review history of one resume, newest first."""
        with self.connect() as conn:
            return conn.execute(
                "SELECT * FROM review_history WHERE sha256 = ? ORDER BY id DESC", (sha256,)
            ).fetchall()
