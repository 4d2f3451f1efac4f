"""A new store uses large pages (a result is ~0.4 MB); an existing store keeps its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from resumefit.batch.store import (
    STORE_PAGE_SIZE,
    WAL_CHECKPOINT_BYTES,
    BatchStore,
    StoredResult,
)

SQLITE_DEFAULT_PAGE_SIZE = 4096


def _pragma(store: BatchStore, name: str) -> int:
    return int(store._db.execute(f"PRAGMA {name}").fetchone()[0])


def test_new_store_uses_large_pages(tmp_path: Path) -> None:
    with BatchStore(tmp_path / "store.sqlite") as store:
        assert _pragma(store, "page_size") == STORE_PAGE_SIZE
        assert _pragma(store, "wal_autocheckpoint") == WAL_CHECKPOINT_BYTES // STORE_PAGE_SIZE


def test_existing_store_keeps_its_pages_and_results(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE kept (x)")
    with BatchStore(path) as store:
        store.save_result(StoredResult("a" * 64, "key", "a.txt", "scored", report_json="{}"))
    with BatchStore(path) as store:
        assert _pragma(store, "page_size") == SQLITE_DEFAULT_PAGE_SIZE
        assert _pragma(store, "wal_autocheckpoint") == (
            WAL_CHECKPOINT_BYTES // SQLITE_DEFAULT_PAGE_SIZE
        )
        assert store.report_json("a" * 64, "key") == "{}"
