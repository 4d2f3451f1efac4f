"""The cohort view of a batch: one row per file, built from the store, and its tables.

Everything here is a pure function of the stored results (no timestamps, no run order),
so an interrupted-then-resumed batch writes byte-identical files to an uninterrupted one.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import quote

from resumefit.batch.settings import (
    PSEUDONYM_HASH_CHARS,
    PSEUDONYM_PREFIX,
    REPORTS_DIRNAME,
)
from resumefit.batch.store import CurrentFile
from resumefit.types import FitReport, Role

#: Spreadsheet programs run a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: Scores are written with this many decimals everywhere (stable text, no float noise).
SCORE_DECIMALS = 1

CSV_FIXED_COLUMNS = ("file", "status", "error", "best_role", "best_score")

#: Per role: the score, and the labels of the required items it misses.
FitFacts = tuple[dict[str, float], dict[str, list[str]]]


def pseudonym(sha256: str) -> str:
    """Return the stable stand-in for a file name used with --redact."""
    return PSEUDONYM_PREFIX + sha256[:PSEUDONYM_HASH_CHARS]


def report_stem(relpath: str, sha256: str, *, redact: bool) -> str:
    """Return the report path without extension, relative to OUTDIR (POSIX)."""
    name = pseudonym(sha256) if redact else relpath
    return str(PurePosixPath(REPORTS_DIRNAME) / name)


@dataclass(frozen=True)
class CohortRow:
    """One input file as the cohort outputs show it."""

    name: str  # relative path, or pseudonym with --redact
    sha256: str
    status: str  # "scored", "failed", or "pending" (never processed: interrupted run)
    error: str | None
    best_role: str | None
    best_score: float | None
    scores: dict[str, float] = field(default_factory=dict)  # role id -> score
    missing_required: dict[str, list[str]] = field(default_factory=dict)  # role id -> labels
    report_path: str | None = None  # POSIX, relative to OUTDIR

    @property
    def report_href(self) -> str | None:
        """Return the report's relative URL (percent-encoded: names may hold '#' or '?')."""
        return None if self.report_path is None else quote(self.report_path)


def _fit_facts(report_json: str) -> FitFacts:
    """Return (scores, missing required labels) per role from a stored FitReport JSON.

    Plain ``json`` instead of ``FitReport.model_validate_json``: the cohort only needs a
    few fields and validating hundreds of full reports would dominate the end of a batch.
    """
    data = json.loads(report_json)
    scores: dict[str, float] = {}
    missing: dict[str, list[str]] = {}
    for fit in data.get("fits", []):
        role_id = fit["role_id"]
        scores[role_id] = round(float(fit["score"]), SCORE_DECIMALS)
        missing[role_id] = [
            result["requirement"]["label"]
            for result in fit.get("results", [])
            if result["status"] == "missing" and result["requirement"]["importance"] == "required"
        ]
    return scores, missing


def report_facts(report: FitReport) -> FitFacts:
    """Return what ``_fit_facts`` reads from a report's JSON, from the report itself.

    A worker sends these with its outcome, so the cohort outputs need not parse the
    reports scored in this run (each JSON is ~300 KB, ~6 ms to parse).
    """
    scores: dict[str, float] = {}
    missing: dict[str, list[str]] = {}
    for fit in report.fits:
        scores[fit.role_id] = round(float(fit.score), SCORE_DECIMALS)
        missing[fit.role_id] = [
            result.requirement.label
            for result in fit.results
            if result.status == "missing" and result.requirement.importance == "required"
        ]
    return scores, missing


def own_error(item: CurrentFile) -> str | None:
    """Return the stored error naming ``item``'s own path.

    Files with the same content share one result, whose message names the path it was
    first scored under; each file's record names itself.
    """
    result = item.result
    if result is None or result.error is None:
        return None
    if result.relpath != item.relpath and result.error.startswith(result.relpath + ": "):
        return item.relpath + result.error[len(result.relpath) :]
    return result.error


def build_rows(
    files: Iterable[CurrentFile],
    *,
    redact: bool,
    known_facts: Mapping[str, FitFacts] | None = None,
) -> list[CohortRow]:
    """Return one CohortRow per current file, in path order.

    ``known_facts`` (sha256 -> ``report_facts``) stands in for the stored report JSON of
    the files it covers, which may then come without it.
    """
    rows: list[CohortRow] = []
    for item in files:
        name = pseudonym(item.sha256) if redact else item.relpath
        result = item.result
        if result is None:
            rows.append(CohortRow(name, item.sha256, "pending", None, None, None))
            continue
        facts = None
        if result.status == "scored" and known_facts is not None:
            facts = known_facts.get(item.sha256)
        if result.status == "failed" or (facts is None and result.report_json is None):
            error = own_error(item) or "failed"
            if redact:
                error = error.replace(item.relpath, name)
            rows.append(CohortRow(name, item.sha256, "failed", error, None, None))
            continue
        if facts is None:
            assert result.report_json is not None  # checked above
            facts = _fit_facts(result.report_json)
        scores, missing = facts
        best_role = max(scores, key=lambda rid: (scores[rid], rid), default=None)
        rows.append(
            CohortRow(
                name=name,
                sha256=item.sha256,
                status="scored",
                error=None,
                best_role=best_role,
                best_score=scores[best_role] if best_role else None,
                scores=scores,
                missing_required=missing,
                report_path=report_stem(item.relpath, item.sha256, redact=redact) + ".html",
            )
        )
    return rows


def missing_counts(rows: list[CohortRow], role_id: str) -> Counter[str]:
    """Return how many scored people miss each required item of ``role_id``."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(set(row.missing_required.get(role_id, [])))
    return counts


# --------------------------------------------------------------------------- tables


def guard_cell(value: str) -> str:
    """Return ``value`` made inert for spreadsheets: a leading formula character gets a quote."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def format_score(score: float | None) -> str:
    """Return a score as fixed-decimal text, or "" when there is none."""
    return "" if score is None else f"{score:.{SCORE_DECIMALS}f}"


def write_csv_text(header: list[str], body: list[list[str]]) -> str:
    """Return CSV text with a UTF-8 BOM (Excel's cue for UTF-8) and every cell guarded."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([guard_cell(cell) for cell in header])
    for line in body:
        writer.writerow([guard_cell(cell) for cell in line])
    return "\ufeff" + buffer.getvalue()


def results_csv(rows: list[CohortRow], roles: list[Role]) -> str:
    """Return ``results.csv``: one row per file, a score column per role."""
    header = [*CSV_FIXED_COLUMNS, *(role.id for role in roles)]
    body = [
        [
            row.name,
            row.status,
            row.error or "",
            row.best_role or "",
            format_score(row.best_score),
            *(format_score(row.scores.get(role.id)) for role in roles),
        ]
        for row in rows
    ]
    return write_csv_text(header, body)


def results_jsonl(rows: list[CohortRow], roles: list[Role]) -> str:
    """Return ``results.jsonl``: one JSON record per file, failed files included."""
    lines = []
    for row in rows:
        record = {
            "file": row.name,
            "sha256": row.sha256,
            "status": row.status,
            "error": row.error,
            "best_role": row.best_role,
            "best_score": row.best_score,
            "scores": [{"role": role.id, "score": row.scores.get(role.id)} for role in roles],
            "report": row.report_path,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)
