"""The queue's cached report facts follow the batch: a re-scored result is read again."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from review_batch import GO_SHA
from starlette.testclient import TestClient


def _ana_scores(client: TestClient) -> list[str]:
    page = client.get("/?folder=marketing").text
    row = page[page.index("marketing/ana.txt") :]
    return re.findall(r'<td class="num">(\d+)</td>', row)[:2]


def test_rescored_result_replaces_cached_facts(client: TestClient, batch_dir: Path) -> None:
    assert _ana_scores(client) == ["100", "33"]  # facts now cached in review_report_facts
    conn = sqlite3.connect(batch_dir / "resumefit.sqlite")
    (report_json,) = conn.execute(
        "SELECT report_json FROM results WHERE sha256 = ?", (GO_SHA,)
    ).fetchone()
    report = json.loads(report_json)
    report["fits"][0]["score"] = 12.0  # as if the batch scored it again differently
    conn.execute(
        "UPDATE results SET report_json = ?, updated_at = '2026-11-22' WHERE sha256 = ?",
        (json.dumps(report), GO_SHA),
    )
    conn.commit()
    conn.close()
    assert _ana_scores(client) == ["12", "33"]
