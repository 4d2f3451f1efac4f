"""render_json/render_text(redact=True) apply the report package's redaction rules."""

from __future__ import annotations

import json

from resumefit.report import render_json, render_text
from resumefit.types import FitReport

SECRETS = ("lena@example.org", "555 0188", "lena.dev", "ada_quint_resume", "adaquint")


def _with_contact_sentence(report: FitReport) -> FitReport:
    copy = report.model_copy(deep=True)
    sentence = "Built a PyTorch demo (lena@example.org, +1 617 555 0188), see https://lena.dev/x"
    result = next(r for fit in copy.fits for r in fit.results if r.requirement.id == "dl-framework")
    start = sentence.index("PyTorch")
    result.evidence[0] = result.evidence[0].model_copy(
        update={"sentence": sentence, "highlight_start": start, "highlight_end": start + 7}
    )
    return copy


def test_redacted_json_has_no_contact_details_file_or_repository_names(
    fit_report: FitReport,
) -> None:
    text = render_json(_with_contact_sentence(fit_report), redact=True)
    for secret in SECRETS:
        assert secret not in text
    data = json.loads(text)
    assert data["document"]["source"] == fit_report.document.sha256[:12]
    assert "Built a PyTorch demo ([e-mail], [phone]), see [link]" in text


def test_unredacted_json_is_the_model_as_it_is(fit_report: FitReport) -> None:
    assert "lena@example.org" in render_json(_with_contact_sentence(fit_report))


def test_redacted_text_names_the_file_by_hash(fit_report: FitReport) -> None:
    assert "ada_quint_resume" in render_text(fit_report)
    text = render_text(fit_report, redact=True)
    assert "ada_quint_resume" not in text
    assert fit_report.document.sha256[:12] in text
