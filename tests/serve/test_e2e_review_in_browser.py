"""End to end in a real browser: filter the queue, correct a match, comment, approve, reload."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import CHROMIUM, CHROMIUM_ARGS, served
from review_batch import GO_SHA, SKILLS, share_scorer

from resumefit.serve.app import create_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture
def page(batch_dir: Path) -> Iterator[object]:
    """Yield a Playwright page next to the app served over ``batch_dir``; collect CSP errors."""
    from playwright.sync_api import sync_playwright

    app = create_app(batch_dir, fit=share_scorer, skills=SKILLS)
    with served(app) as base_url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(base_url=base_url)
        tab.set_default_timeout(15_000)
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
    page.wait_for_url(f"**/resume/{GO_SHA}")
    assert _score(page, "backend") == 100.0

    # The "Go" in "Go-to-market" is not the language: mark it wrong; the score recomputes.
    wrong = page.locator('tr.mention[data-skill="go"]')
    wrong.locator("input[name=note]").fill("go-to-market, not the language")
    wrong.locator("button", has_text="Mark wrong").click()
    page.wait_for_selector('tr.mention.removed[data-skill="go"]')
    assert _score(page, "backend") == 50.0

    page.fill("#comments textarea[name=body]", "Say which SQL reports you wrote.")
    page.click("#comments button:has-text('Add comment')")
    page.wait_for_selector("text=Say which SQL reports you wrote.")

    page.click("button.status-button.approved")
    page.wait_for_selector("#review-status:has-text('Approved')")

    page.reload()
    assert page.inner_text("#review-status") == "Approved"
    assert page.locator('tr.mention.removed[data-skill="go"]').count() == 1
    assert "go-to-market, not the language" in page.inner_text("#skills")
    assert "Say which SQL reports you wrote." in page.inner_text("#comments")
    assert _score(page, "backend") == 50.0
    history = page.inner_text("#history")
    assert "To review -> Approved" in history and "Dana" in history

    # The queue shows the new status and score too.
    page.goto("/?status=approved")
    assert page.locator("table.queue tbody tr").count() == 1
    assert "50" in page.locator("table.queue tbody tr").inner_text()
