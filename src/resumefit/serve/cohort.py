"""The cohort page's figures (score distributions, common gaps) and the CSV export."""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass, field

from resumefit.serve.queue import FAILED_STATUS, QueueRow, folder_of
from resumefit.serve.rescore import Rescorer
from resumefit.serve.store import REVIEW_STATUSES, report_facts
from resumefit.types import Role

#: Width of one bar of a score histogram (scores run 0-100).
HISTOGRAM_BIN = 10
#: How many missing requirements the cohort page lists per role and per folder.
TOP_GAPS = 8
#: Spreadsheets run a cell starting with one of these as a formula; such cells get a quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class RoleDistribution:
    """How one role's scores spread over the cohort."""

    role_id: str
    title: str
    bins: list[int]
    median: float | None
    count: int
    gaps: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class FolderGaps:
    """The required skills most often missing in one folder, for each resume's best role."""

    folder: str
    resumes: int
    gaps: list[tuple[str, int]]


def cohort_figures(
    rescorer: Rescorer, roles: list[Role]
) -> tuple[list[RoleDistribution], list[FolderGaps]]:
    """Return per-role score distributions and gaps, and per-folder gaps (corrections applied)."""
    corrected = {
        sha: report_facts(report.model_dump(mode="json"))
        for sha, report in rescorer.corrected_reports().items()
    }
    scores: dict[str, list[float]] = {role.id: [] for role in roles}
    role_gaps: dict[str, Counter[str]] = {role.id: Counter() for role in roles}
    folder_gaps: dict[str, Counter[str]] = {}
    folder_sizes: Counter[str] = Counter()
    for row in rescorer.store.result_rows():
        if row.batch_status != "scored":
            continue
        role_scores, missing = corrected.get(row.sha256) or (row.scores, row.missing)
        folder = folder_of(row.relpath)
        folder_sizes[folder] += 1
        for role_id, score in role_scores.items():
            scores.setdefault(role_id, []).append(score)
            role_gaps.setdefault(role_id, Counter()).update(missing.get(role_id, []))
        if role_scores:
            best = max(role_scores, key=lambda role_id: role_scores[role_id])
            folder_gaps.setdefault(folder, Counter()).update(missing.get(best, []))
    titles = {role.id: role.title for role in roles}
    distributions = []
    for role_id, values in scores.items():
        bins = [0] * (100 // HISTOGRAM_BIN)
        for value in values:
            bins[min(int(value // HISTOGRAM_BIN), len(bins) - 1)] += 1
        distributions.append(
            RoleDistribution(
                role_id=role_id,
                title=titles.get(role_id, role_id),
                bins=bins,
                median=statistics.median(values) if values else None,
                count=len(values),
                gaps=role_gaps[role_id].most_common(TOP_GAPS),
            )
        )
    folders = [
        FolderGaps(
            folder, folder_sizes[folder], folder_gaps.get(folder, Counter()).most_common(TOP_GAPS)
        )
        for folder in sorted(folder_sizes)
    ]
    return distributions, folders


def spreadsheet_safe(value: object) -> str:
    """Return ``value`` as CSV text that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export_csv(rows: list[QueueRow], roles: list[Role], comments: dict[str, list[str]]) -> str:
    """Return the queue as CSV: review status, scores per role, and comments per resume."""
    out = io.StringIO()
    writer = csv.writer(out)
    role_ids = [role.id for role in roles]
    writer.writerow(
        ["file", "folder", "sha256", "review_status", "reviewed_by", "reviewed_at",
         "best_role", "best_score", *[f"score_{r}" for r in role_ids],
         "corrections", "comments", "error"]
    )  # fmt: skip
    for row in rows:
        status = FAILED_STATUS if row.batch_status == FAILED_STATUS else row.status
        score = f"{row.best_score:.1f}" if row.best_score is not None else ""
        per_role = [f"{row.scores[r]:.1f}" if r in row.scores else "" for r in role_ids]
        cells = [
            row.relpath, row.folder, row.sha256, REVIEW_STATUSES.get(status, status),
            row.updated_by, row.updated_at, row.best_role, score, *per_role,
            row.corrections, " | ".join(comments.get(row.sha256, [])), row.error,
        ]  # fmt: skip
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return out.getvalue()
