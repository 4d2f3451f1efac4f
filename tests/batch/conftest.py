"""Fixtures of the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_fixtures import CohortRun, write_cohort

from resumefit.batch.run import run_batch
from resumefit.roles import load_builtin_roles


@pytest.fixture(scope="session")
def cohort_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with good and broken resumes (shared: treat as read-only)."""
    return write_cohort(tmp_path_factory.mktemp("cohort"))


@pytest.fixture(scope="session")
def cohort_run(cohort_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> CohortRun:
    """Return the outputs of one batch over the test cohort (treat as read-only)."""
    out = tmp_path_factory.mktemp("cohort-out")
    summary = run_batch(cohort_dir, out, load_builtin_roles(), jobs=2)
    return CohortRun(out, summary)
