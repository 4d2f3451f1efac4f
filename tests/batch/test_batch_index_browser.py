"""The cohort page opens in headless Chromium, its script runs under the CSP, and it sorts."""

from __future__ import annotations

import pytest
from batch_fixtures import CohortRun
from debian_chromium import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def _column_values(page: object, index: int) -> list[str]:
    return page.eval_on_selector_all(  # type: ignore[attr-defined, no-any-return]
        "#cohort tbody tr",
        f"rows => rows.map(r => r.cells[{index}].getAttribute('data-value'))",
    )


def test_index_sorts_on_header_click_without_csp_violation(cohort_run: CohortRun) -> None:
    from playwright.sync_api import sync_playwright

    messages: list[str] = []
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda message: messages.append(message.text))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto((cohort_run.out / "index.html").as_uri())

            # The page's own script ran (it fills the "N of M shown" line).
            assert page.text_content("#shown") == "8 of 8 shown"

            page.click("#cohort thead th:nth-child(4) button")  # best score
            scores = _column_values(page, 3)
            numbers = [float(s) for s in scores if s]
            assert numbers == sorted(numbers, reverse=True) and len(numbers) == 5
            assert page.get_attribute("#cohort thead th:nth-child(4)", "aria-sort") == (
                "descending"
            )

            page.click("#cohort thead th:nth-child(4) button")
            numbers = [float(s) for s in _column_values(page, 3) if s]
            assert numbers == sorted(numbers)

            page.click("#cohort thead th:nth-child(1) button")  # file name, A-Z
            names = _column_values(page, 0)
            assert names == sorted(names, key=str.lower)

            page.fill("#filter", "bob")
            assert page.text_content("#shown") == "1 of 8 shown"
        finally:
            browser.close()

    assert not errors
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m]
