"""The cohort page's figures and the CSV export (with the spreadsheet formula guard)."""

from __future__ import annotations

import csv
import io

from review_batch import GO_SHA, GO_START, csrf
from starlette.testclient import TestClient

from resumefit.serve.cohort import spreadsheet_safe


def _export(client: TestClient) -> list[dict[str, str]]:
    response = client.get("/export.csv")
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))


def test_export_has_status_scores_and_comments(client: TestClient) -> None:
    token = csrf(client)
    client.post(f"/resume/{GO_SHA}/comments", data={"csrf": token, "body": "Fix dates"})
    client.post(
        f"/resume/{GO_SHA}/status", data={"csrf": token, "version": "0", "status": "approved"}
    )
    rows = {row["file"]: row for row in _export(client)}
    ana = rows["marketing/ana.txt"]
    assert ana["review_status"] == "Approved"
    assert ana["reviewed_by"] == "Dana"
    assert ana["score_backend"] == "100.0"
    assert ana["comments"] == "Dana: Fix dates"
    assert rows["cs/broken.pdf"]["review_status"] == "failed"


def test_export_neutralises_formulas(client: TestClient) -> None:
    client.post(f"/resume/{GO_SHA}/comments", data={"csrf": csrf(client), "body": "x"})
    client.cookies.set("resumefit_reviewer", "=HYPERLINK(1)")
    client.post(f"/resume/{GO_SHA}/status",
                data={"csrf": csrf(client), "version": "0", "status": "approved"})  # fmt: skip
    ana = next(row for row in _export(client) if row["file"] == "marketing/ana.txt")
    assert ana["reviewed_by"] == "'=HYPERLINK(1)"


def test_spreadsheet_safe_quotes_only_formula_starts() -> None:
    assert spreadsheet_safe("+1") == "'+1"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("plain") == "plain"
    assert spreadsheet_safe(None) == ""


def test_cohort_counts_missing_required_with_corrections(client: TestClient) -> None:
    before = client.get("/cohort").text
    assert 'Go <span class="muted">(1)</span>' in before  # Ben; Ana's false "Go" counts
    data = {"csrf": csrf(client), "version": "0", "kind": "remove", "skill": "go"}
    client.post(f"/resume/{GO_SHA}/corrections", data={**data, "start": str(GO_START)})
    after = client.get("/cohort").text
    assert 'Go <span class="muted">(2)</span>' in after  # Ben never had Go; Ana no longer
