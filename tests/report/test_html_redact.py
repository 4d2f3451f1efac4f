"""redact=True scrubs contact details from evidence and hides file and repository names."""

from __future__ import annotations

from resumefit.report import render_html
from resumefit.types import FitReport


def _add_contact_details(report: FitReport) -> FitReport:
    copy = report.model_copy(deep=True)
    sentence = (
        "Built a PyTorch demo with Lena (lena@example.org, +1 617 555 0188) at "
        "42 Elm Street, see https://lena.dev/demo"
    )
    result = next(r for fit in copy.fits for r in fit.results if r.requirement.id == "dl-framework")
    start = sentence.index("PyTorch")
    result.evidence[0] = result.evidence[0].model_copy(
        update={"sentence": sentence, "highlight_start": start, "highlight_end": start + 7}
    )
    return copy


def test_redacted_html_has_no_email_phone_link_or_address(fit_report: FitReport) -> None:
    html = render_html(_add_contact_details(fit_report), redact=True)
    for secret in ("lena@example.org", "555 0188", "42 Elm Street", "lena.dev"):
        assert secret not in html
    assert "Built a <mark>PyTorch</mark> demo with Lena ([e-mail], [phone])" in html


def test_unredacted_html_keeps_evidence_sentences_whole(fit_report: FitReport) -> None:
    html = render_html(_add_contact_details(fit_report))
    assert "lena@example.org" in html


def test_redacted_html_names_the_file_by_hash(fit_report: FitReport) -> None:
    html = render_html(fit_report, redact=True)
    assert "ada_quint_resume" not in html
    assert fit_report.document.sha256[:12] in html


def test_redacted_html_hides_portfolio_repository_names(fit_report: FitReport) -> None:
    html = render_html(fit_report, redact=True)
    assert "adaquint" not in html
    assert "github.com" not in html
