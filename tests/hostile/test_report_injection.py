"""Reports built from hostile text: every string is escaped, nothing can run or load.

Two sources of hostile text: a hand-built FitReport with an injection string in every
field (independent of what the pipeline extracts), and the real pipeline run on the
corpus's hostile resume (TXT, Markdown, PDF with javascript: link annotations) and README.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hostile_checks import HOSTILE_FILE_NAME, CliRun
from hostile_reports import hostile_report
from html_audit import HtmlAudit, audit_html

from resumefit.report import render_html

#: Elements the cohort index may use besides its one script: its filter and sort controls.
INDEX_CONTROLS = {"script", "input", "button", "select", "label"}

HOSTILE_RESUMES = [
    "hostile-resume.txt",
    "hostile-resume.md",
    "hostile-resume.pdf",
    "hostile-resume.docx",
]


def assert_inert(audit: HtmlAudit) -> None:
    """Assert the page has no script, no handler, no loadable or unsafe URL, no refresh."""
    assert audit.scripts == []
    assert audit.active_tags == []
    assert audit.handler_attributes == []
    assert audit.unsafe_urls == []
    assert audit.refreshes == []


def assert_strict_csp(audit: HtmlAudit) -> None:
    """Assert one CSP meta, early in <head>, that forbids scripts and every external load."""
    assert len(audit.csp) == 1
    assert audit.csp_position is not None
    # Only <html>, <head> and <meta charset> may come before it: a CSP meta covers what follows.
    assert audit.csp_position <= 3 and "style" not in audit.tags[: audit.csp_position]
    directives = audit.csp_directives()
    assert directives.get("default-src") == ["'none'"]
    assert "script-src" not in directives or directives["script-src"] == ["'none'"]
    for name, sources in directives.items():
        for source in sources:
            assert source in {"'none'", "'unsafe-inline'", "'self'", "data:"}, (name, source)
        if name != "style-src":
            assert "'unsafe-inline'" not in sources
    assert directives.get("base-uri") == ["'none'"]
    assert directives.get("form-action") == ["'none'"]


def assert_safe_report_file(path: Path) -> HtmlAudit:
    """Assert the HTML report at ``path`` is inert under a strict CSP; return its audit."""
    html = path.read_text(encoding="utf-8")
    audit = audit_html(html)
    assert_inert(audit)
    assert_strict_csp(audit)
    assert "<script" not in html.lower()
    return audit


@pytest.mark.parametrize("redact", [False, True])
def test_hand_built_hostile_report_is_inert(corpus_script: ModuleType, redact: bool) -> None:
    html = render_html(hostile_report(corpus_script.INJECTIONS), redact=redact)
    audit = audit_html(html)
    assert_inert(audit)
    assert_strict_csp(audit)
    # The payloads are shown as text, not dropped: the reader sees what the resume says.
    assert "<script>window.__pwned = 1" in audit.text
    assert "<img src=x onerror=" in audit.text


def test_hand_built_report_has_no_script_element_at_all(corpus_script: ModuleType) -> None:
    html = render_html(hostile_report(corpus_script.INJECTIONS))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html  # the payload is there, escaped


@pytest.mark.parametrize("name", HOSTILE_RESUMES)
def test_pipeline_report_from_hostile_resume_is_inert(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    run = run_cli("check", corpus[name], "--format", "html", "-o", out)
    assert run.code == 0, run.stderr
    audit = assert_safe_report_file(out)
    # The hostile skill line still counts as evidence, shown escaped.
    assert "PyTorch" in audit.text


def test_pipeline_report_with_hostile_readme_is_inert(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    run = run_cli(
        "check",
        corpus["hostile-resume.txt"],
        "--readme",
        corpus["hostile-readme.md"],
        "--format",
        "html",
        "-o",
        out,
    )
    assert run.code == 0, run.stderr
    assert_safe_report_file(out)


def test_cohort_index_runs_only_its_own_hashed_script(
    batch_run: tuple[CliRun, Path, float],
) -> None:
    _, out, _ = batch_run
    audit = audit_html((out / "index.html").read_text(encoding="utf-8"), allow_relative=True)
    assert audit.handler_attributes == []
    assert audit.unsafe_urls == []
    assert audit.refreshes == []
    # Its filter controls are allowed; nothing that loads, frames or submits is.
    assert [tag for tag in audit.active_tags if tag not in INDEX_CONTROLS] == []
    assert len(audit.scripts) == 1 and len(audit.csp) == 1
    assert audit.csp_position is not None and audit.csp_position <= 3
    digest = base64.b64encode(hashlib.sha256(audit.scripts[0].encode()).digest()).decode()
    directives = audit.csp_directives()
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == [f"'sha256-{digest}'"]
    # The hostile file name is shown as text, not as markup.
    assert HOSTILE_FILE_NAME in audit.text


def test_batch_reports_of_hostile_resumes_are_inert(batch_run: tuple[CliRun, Path, float]) -> None:
    _, out, _ = batch_run
    reports = sorted((out / "reports").rglob("*.html"))
    assert reports
    for path in reports:
        assert_safe_report_file(path)


def test_ranking_page_of_hostile_resumes_is_inert(rank_run: Path) -> None:
    html = (rank_run / "ranking.html").read_text(encoding="utf-8")
    audit = audit_html(html, allow_relative=True)
    assert_inert(audit)
    assert_strict_csp(audit)
    assert HOSTILE_FILE_NAME in audit.text
