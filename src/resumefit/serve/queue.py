"""The review queue: one row per resume of the latest batch, filtered and sorted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from resumefit.serve.rescore import Rescorer, role_scores
from resumefit.serve.store import DEFAULT_STATUS, REVIEW_STATUSES

#: Score bands a reviewer filters by: name -> (label, lowest score, highest score exclusive).
SCORE_BANDS: dict[str, tuple[str, float, float]] = {
    "strong": ("Strong (70+)", 70.0, 101.0),
    "fair": ("Fair (40-69)", 40.0, 70.0),
    "weak": ("Weak (under 40)", 0.0, 40.0),
}
#: The folder name shown for files directly in the batch's input folder.
TOP_FOLDER = "(top)"
#: Sort keys the queue accepts; ``score:<role id>`` sorts by one role's score.
SORT_KEYS = ("file", "folder", "role", "score", "status", "updated")
FAILED_STATUS = "failed"


def folder_of(relpath: str) -> str:
    """Return the first component of a batch-relative path (the cohort's subfolder)."""
    head, sep, _ = relpath.replace("\\", "/").partition("/")
    return head if sep else TOP_FOLDER


@dataclass
class QueueRow:
    """One resume in the queue."""

    sha256: str
    relpath: str
    folder: str
    batch_status: str
    error: str | None
    scores: dict[str, float]
    best_role: str | None
    best_score: float | None
    status: str = DEFAULT_STATUS
    updated_by: str | None = None
    updated_at: str | None = None
    comments: int = 0
    corrections: int = 0

    @property
    def status_label(self) -> str:
        """Return the status as a reviewer reads it."""
        if self.batch_status == FAILED_STATUS:
            return "Failed to score"
        return REVIEW_STATUSES[self.status]


@dataclass
class QueueFilter:
    """What the reviewer asked the queue to show, from the query string."""

    folder: str = ""
    role: str = ""
    band: str = ""
    status: str = ""
    q: str = ""
    sort: str = "file"
    descending: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> QueueFilter:
        """Return the filter the query parameters describe (unknown values are ignored)."""
        sort = query.get("sort", "file")
        if sort not in SORT_KEYS and not sort.startswith("score:"):
            sort = "file"
        return cls(
            folder=query.get("folder", ""),
            role=query.get("role", ""),
            band=query.get("band", "") if query.get("band", "") in SCORE_BANDS else "",
            status=query.get("status", ""),
            q=query.get("q", "").strip(),
            sort=sort,
            descending=query.get("dir", "asc") == "desc",
        )

    def as_query(self, **changes: str) -> dict[str, str]:
        """Return this filter as query parameters, with ``changes`` applied."""
        params = {
            "folder": self.folder,
            "role": self.role,
            "band": self.band,
            "status": self.status,
            "q": self.q,
            "sort": self.sort,
            "dir": "desc" if self.descending else "asc",
        }
        params.update(changes)
        return {key: value for key, value in params.items() if value}


def queue_rows(rescorer: Rescorer) -> list[QueueRow]:
    """Return every resume of the latest batch with its (corrected) scores and review."""
    store = rescorer.store
    reviews = store.reviews()
    corrected = rescorer.corrected_reports()
    comment_counts = Counter(c.sha256 for c in store.comments())
    correction_counts = Counter(c.sha256 for c in store.corrections())
    rows = []
    for row in store.result_rows():
        sha256 = row.sha256
        scores = role_scores(corrected[sha256]) if sha256 in corrected else row.scores
        best_role = max(scores, key=lambda role: scores[role]) if scores else None
        review = reviews.get(sha256)
        rows.append(
            QueueRow(
                sha256=sha256,
                relpath=row.relpath,
                folder=folder_of(row.relpath),
                batch_status=row.batch_status,
                error=row.error,
                scores=scores,
                best_role=best_role,
                best_score=scores[best_role] if best_role else None,
                status=review.status if review else DEFAULT_STATUS,
                updated_by=review.updated_by if review else None,
                updated_at=review.updated_at if review else None,
                comments=comment_counts[sha256],
                corrections=correction_counts[sha256],
            )
        )
    return rows


def _sort_key(row: QueueRow, sort: str) -> tuple[int, object]:
    """Return a key that sorts rows by ``sort``, missing values last."""
    value: object
    if sort.startswith("score:"):
        value = row.scores.get(sort.removeprefix("score:"))
    else:
        value = {
            "file": row.relpath.lower(),
            "folder": row.folder.lower(),
            "role": row.best_role,
            "score": row.best_score,
            "status": list(REVIEW_STATUSES).index(row.status),
            "updated": row.updated_at,
        }[sort]
    return (0, value) if value is not None else (1, 0)


def filter_rows(rows: list[QueueRow], wanted: QueueFilter, rescorer: Rescorer) -> list[QueueRow]:
    """Return the rows ``wanted`` selects, in the order it asks for."""
    matches = rescorer.store.search_text(wanted.q) if wanted.q else None
    chosen = []
    for row in rows:
        if wanted.folder and row.folder != wanted.folder:
            continue
        if wanted.role and row.best_role != wanted.role:
            continue
        if wanted.status and (row.status != wanted.status or row.batch_status == FAILED_STATUS):
            continue
        if wanted.band:
            _, low, high = SCORE_BANDS[wanted.band]
            if row.best_score is None or not low <= row.best_score < high:
                continue
        if matches is not None and row.sha256 not in matches:
            continue
        chosen.append(row)
    present = [r for r in chosen if _sort_key(r, wanted.sort)[0] == 0]
    absent = [r for r in chosen if _sort_key(r, wanted.sort)[0] == 1]
    present.sort(key=lambda r: _sort_key(r, wanted.sort), reverse=wanted.descending)
    absent.sort(key=lambda r: r.relpath.lower())
    return present + absent
