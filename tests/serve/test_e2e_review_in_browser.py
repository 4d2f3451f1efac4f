"""End to end in a real browser over a real batch: filter the queue, correct a match,
comment, approve; a reload shows everything kept and the score changed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from debian_chromium import CHROMIUM, CHROMIUM_ARGS
from live_server import served

from resumefit.serve.app import create_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]

#: Roles the cohort is scored against (two keep the test quick and the queue narrow).
ROLE_IDS = ["data-scientist", "ml-intern"]
#: The cohort: Ana shows Python exactly once, so marking it wrong must lower her scores.
COHORT = {
    "marketing/ana.txt": """Ana Lima
ana.lima@example.org

Education
B.S. Statistics, State University, 2025

Experience
Marketing Analyst, Brightline, Jun 2023 - Present
- Led the go-to-market analysis for three product launches
- Automated the weekly sales reports with Python and SQL
""",
    "cs/ben.txt": """Ben Okafor
ben@example.org

Education
B.S. Computer Science, State University, expected 2026

Skills
Python, PyTorch, scikit-learn, pandas, Git, Docker

Projects
- Trained a CNN image classifier in PyTorch; presented it at the department poster day
""",
    "cs/cara.txt": """Cara Novak
cara@example.org

Experience
Barista, Corner Cafe, 2022 - 2024
- Trained five new staff members
""",
}


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the OUTDIR of a real ``run_batch`` over the three-resume cohort."""
    from resumefit.batch import run_batch
    from resumefit.roles import resolve_roles

    root = tmp_path_factory.mktemp("cohort")
    for relpath, text in COHORT.items():
        (root / "in" / relpath).parent.mkdir(parents=True, exist_ok=True)
        (root / "in" / relpath).write_text(text, encoding="utf-8")
    summary = run_batch(root / "in", root / "out", resolve_roles(ROLE_IDS), jobs=1)
    assert summary.failed == 0
    return root / "out"


@pytest.fixture
def page(batch_out: Path) -> Iterator[object]:
    """Yield a Playwright page next to the app served over the batch; collect console errors."""
    from playwright.sync_api import sync_playwright

    with served(create_app(batch_out)) as base_url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        tab = browser.new_page(base_url=base_url)
        tab.set_default_timeout(20_000)
        errors: list[str] = []
        tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        yield tab
        browser.close()
        assert errors == [], errors  # e.g. a Content-Security-Policy violation


def _score(page: object, role_id: str) -> float:
    text = page.locator(f'td.score[data-role="{role_id}"]').inner_text()  # type: ignore[attr-defined]
    return float(text.strip())


def test_review_workflow_is_kept_after_reload(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.fill("header input[name=name]", "Dana")
    page.click("text=Set name")
    assert page.input_value("header input[name=name]") == "Dana"
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 3

    # Filter: choosing a folder submits the form (the app's own script).
    page.select_option("select[name=folder]", "marketing")
    page.wait_for_url(re.compile(r"folder=marketing"))
    assert rows.count() == 1
    page.click("text=marketing/ana.txt")
    page.wait_for_url(re.compile(r"/resume/[0-9a-f]{64}$"))
    before = _score(page, "data-scientist")

    # A reviewer disputes the Python match: mark it wrong; the scores recompute at once.
    python = page.locator('tr.mention:not(.removed)[data-skill="python"]')
    assert python.count() == 1
    python.locator("input[name=note]").fill("one report script is not Python experience")
    python.locator("button", has_text="Mark wrong").click()
    page.wait_for_selector('tr.mention.removed[data-skill="python"]')
    after = _score(page, "data-scientist")
    assert after < before

    # The add-skill field suggests lexicon skills as one types (fetched by the app's script).
    page.locator(".add-skill input[name=skill]").press_sequentially("panda")
    page.wait_for_selector('#lexicon-skills option[value="pandas"]', state="attached")

    page.fill("#comments textarea[name=body]", "Describe what the reports automated.")
    page.click("#comments button:has-text('Add comment')")
    page.wait_for_selector("text=Describe what the reports automated.")

    page.click("button.status-button.approved")
    page.wait_for_selector("#review-status:has-text('Approved')")

    page.reload()
    assert page.inner_text("#review-status") == "Approved"
    assert page.locator('tr.mention.removed[data-skill="python"]').count() == 1
    assert "one report script is not Python experience" in page.inner_text("#skills")
    assert "Describe what the reports automated." in page.inner_text("#comments")
    assert _score(page, "data-scientist") == after
    history = page.inner_text("#history")
    assert "To review -> Approved" in history and "Dana" in history

    # The queue shows the new status and the recomputed score.
    page.goto("/?status=approved")
    assert page.locator("table.queue tbody tr").count() == 1
    assert "marketing/ana.txt" in page.locator("table.queue tbody tr").inner_text()
