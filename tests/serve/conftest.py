"""Fixtures for the review app tests (the data itself is in review_batch.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from review_batch import SKILLS, form_client, share_scorer, write_batch_store
from starlette.testclient import TestClient

from resumefit.serve.app import create_app


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    """Return an OUTDIR holding a three-resume batch store."""
    outdir = tmp_path / "out"
    write_batch_store(outdir)
    return outdir


@pytest.fixture
def client(batch_dir: Path) -> Iterator[TestClient]:
    """Return a TestClient of the app over ``batch_dir``, reviewer name set to Dana."""
    app = create_app(batch_dir, fit=share_scorer, skills=SKILLS)
    with form_client(app) as test_client:
        yield test_client
