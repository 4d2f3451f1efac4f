"""Reports built from hostile text, opened in headless Chromium: no script runs, no dialog
opens, no request leaves the page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from browser_visit import Visit, visit_page
from debian_chromium import CHROMIUM, CHROMIUM_ARGS
from hostile_checks import CliRun
from hostile_reports import hostile_report

from resumefit.report import render_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def assert_nothing_happened(visit: Visit) -> None:
    assert visit.pwned is None
    assert "PWNED" not in visit.title
    assert visit.dialogs == []
    assert visit.outside_requests == []
    assert visit.csp_violations == []  # nothing even tried to run or load


def test_harness_catches_a_page_that_runs_script(browser: Any, tmp_path: Path) -> None:
    # Control: the checks below would see a script, a dialog and a request if there were any.
    page = tmp_path / "unsafe.html"
    page.write_text(
        "<title>ok</title><script>window.__pwned = 1; alert('x')</script>"
        "<img src='https://example.com/pixel.gif'>",
        encoding="utf-8",
    )
    visit = visit_page(browser, page)
    assert visit.pwned == 1
    assert visit.dialogs == ["x"]
    assert visit.outside_requests == ["https://example.com/pixel.gif"]


@pytest.mark.parametrize("redact", [False, True])
def test_hand_built_hostile_report_runs_nothing(
    browser: Any, corpus_script: ModuleType, tmp_path: Path, redact: bool
) -> None:
    page = tmp_path / "hostile.report.html"
    page.write_text(
        render_html(hostile_report(corpus_script.INJECTIONS), redact=redact), encoding="utf-8"
    )
    assert_nothing_happened(visit_page(browser, page))


@pytest.mark.parametrize(
    "name", ["hostile-resume.txt", "hostile-resume.md", "hostile-resume.pdf", "hostile-resume.docx"]
)
def test_pipeline_report_of_hostile_resume_runs_nothing(
    browser: Any,
    name: str,
    corpus: dict[str, Path],
    run_cli: Callable[..., CliRun],
    tmp_path: Path,
) -> None:
    page = tmp_path / "report.html"
    run = run_cli("check", corpus[name], "--format", "html", "-o", page)
    assert run.code == 0, run.stderr
    assert_nothing_happened(visit_page(browser, page))


def test_cohort_index_runs_only_its_own_script(
    browser: Any, batch_run: tuple[CliRun, Path, float]
) -> None:
    _, out, _ = batch_run
    assert_nothing_happened(visit_page(browser, out / "index.html"))


def test_batch_report_of_hostile_name_runs_nothing(
    browser: Any, batch_run: tuple[CliRun, Path, float]
) -> None:
    _, out, _ = batch_run
    reports = [path for path in (out / "reports").rglob("*.html") if "cv" in path.name]
    assert reports
    for path in reports:
        assert_nothing_happened(visit_page(browser, path))


def test_ranking_page_runs_nothing(browser: Any, rank_run: Path) -> None:
    assert_nothing_happened(visit_page(browser, rank_run / "ranking.html"))
