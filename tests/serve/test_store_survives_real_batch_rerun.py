"""A real `resumefit batch` re-run (new roles, so everything is re-scored) keeps the reviews."""

from __future__ import annotations

import re
from pathlib import Path

from review_batch import csrf, form_client

from resumefit.batch import run_batch
from resumefit.roles import resolve_roles
from resumefit.serve.app import create_app
from resumefit.serve.store import ReviewStore

RESUME = """Ana Lima
ana.lima@example.org

Experience
Marketing Analyst, Brightline, Jun 2023 - Present
- Automated the weekly sales reports with Python and SQL
"""


def test_reviews_and_corrections_survive_a_rescoring_rerun(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ana.txt").write_text(RESUME, encoding="utf-8")
    out = tmp_path / "out"
    run_batch(tmp_path / "in", out, resolve_roles(["data-scientist"]), jobs=1)
    client = form_client(create_app(out))
    sha = re.findall(r'href="/resume/([0-9a-f]{64})"', client.get("/").text)[0]
    page = client.get(f"/resume/{sha}").text
    start = re.search(r'data-skill="python">.*?name="start" value="(\d+)"', page, re.S)
    assert start, "the extractor found no Python mention to dispute"
    token = csrf(client)
    client.post(f"/resume/{sha}/corrections", data={"csrf": token, "version": "0",
                "kind": "remove", "skill": "python", "start": start.group(1)})  # fmt: skip
    client.post(f"/resume/{sha}/comments", data={"csrf": token, "body": "Check the dates"})
    client.post(f"/resume/{sha}/status", data={"csrf": token, "version": "1", "status": "approved"})
    old_key = ReviewStore(out).config_key()

    run_batch(tmp_path / "in", out, resolve_roles(["data-scientist", "ml-intern"]), jobs=1)

    store = ReviewStore(out)
    assert store.config_key() != old_key  # the batch really re-scored
    assert store.review(sha).status == "approved"
    page = form_client(create_app(out)).get(f"/resume/{sha}").text
    assert "recomputed with 1 correction" in page
    assert 'class="mention removed" data-skill="python"' in page
    assert "Check the dates" in page
    assert 'data-role="ml-intern"' in page  # the new role is scored, with the correction
