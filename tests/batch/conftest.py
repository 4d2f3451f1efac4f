"""Fixtures of the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_fixtures import write_cohort


@pytest.fixture(scope="session")
def cohort_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with good and broken resumes (shared: treat as read-only)."""
    return write_cohort(tmp_path_factory.mktemp("cohort"))
