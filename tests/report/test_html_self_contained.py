"""The HTML report is one file that loads nothing, runs nothing, and prints."""

from __future__ import annotations

import re

from resumefit.report import render_html
from resumefit.report.html import CONTENT_SECURITY_POLICY
from resumefit.types import FitReport


def test_html_has_the_strict_csp_meta_tag(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert (
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">' in html
    )
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY


def test_html_has_no_script_and_no_event_handlers(fit_report: FitReport) -> None:
    html = render_html(fit_report).lower()
    assert "<script" not in html
    assert not re.search(r"\son[a-z]+\s*=", html)


def test_html_loads_no_external_resource(fit_report: FitReport) -> None:
    html = render_html(fit_report).lower()
    assert "<link" not in html
    assert "<img" not in html
    assert "@import" not in html
    assert "url(" not in html
    assert not re.search(r"\ssrc\s*=", html)


def test_html_styles_are_inline_with_a_print_stylesheet(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert "<style>" in html
    assert "@media print" in html


def test_html_draws_score_bars_as_inline_svg(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert html.count('<svg class="bar"') >= len(fit_report.fits)
