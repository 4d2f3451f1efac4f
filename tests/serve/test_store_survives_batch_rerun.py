"""Reviews, corrections and comments are keyed by sha256 and outlive a batch re-run."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from review_batch import (
    GO_SHA,
    GO_START,
    SKILLS,
    csrf,
    form_client,
    share_scorer,
    write_batch_store,
)

from resumefit.serve.app import create_app
from resumefit.serve.store import ReviewStore


def test_review_state_survives_rerun_with_new_config(batch_dir: Path) -> None:
    client = form_client(create_app(batch_dir, fit=share_scorer, skills=SKILLS))
    base = {"csrf": csrf(client)}
    removal = {**base, "version": "0", "kind": "remove", "skill": "go", "start": str(GO_START)}
    client.post(f"/resume/{GO_SHA}/corrections", data=removal)
    client.post(f"/resume/{GO_SHA}/comments", data={**base, "body": "Nice summary"})
    client.post(f"/resume/{GO_SHA}/status", data={**base, "version": "1", "status": "approved"})

    write_batch_store(batch_dir, config_key="config-2")  # e.g. a new lexicon version

    store = ReviewStore(batch_dir)
    assert store.config_key() == "config-2"
    review = store.review(GO_SHA)
    assert (review.status, review.version) == ("approved", 2)
    assert [c.skill_id for c in store.corrections(GO_SHA)] == ["go"]
    page = form_client(create_app(batch_dir, fit=share_scorer, skills=SKILLS)).get(
        f"/resume/{GO_SHA}"
    )
    assert "Nice summary" in page.text
    assert "recomputed with 1 correction" in page.text
    assert re.search(r'data-role="backend"><meter[^>]*value="50.0"', page.text)


def test_store_is_in_wal_mode(batch_dir: Path) -> None:
    ReviewStore(batch_dir)
    conn = sqlite3.connect(batch_dir / "resumefit.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
