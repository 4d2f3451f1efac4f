"""Batch scoring of a folder of resumes: a worker pool, a SQLite store, cohort outputs.

The entry point is :func:`resumefit.batch.run.run_batch`; the CLI command is
:func:`resumefit.batch.command.batch_command`. This package module imports nothing
heavy so that registering the command costs ``resumefit check`` no start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resumefit.batch.run import BatchSummary, run_batch

__all__ = ["BatchSummary", "run_batch"]


def __getattr__(name: str) -> Any:
    """Return ``run_batch`` / ``BatchSummary`` on first use (lazy import)."""
    if name in __all__:
        from resumefit.batch import run

        return getattr(run, name)
    raise AttributeError(name)
