"""A FitReport with contact details removed, for the JSON reports of ``batch --redact``.

``render_html(redact=True)`` scrubs what it shows; ``render_json`` writes the report as it
is, so the batch scrubs the report's text fields first with the same rules
(``resumefit.report.redact``): a contact-block mention keeps only the skill's own words,
every sentence loses e-mails, phones, links and street addresses, and portfolio names
become hashes.
"""

from __future__ import annotations

from resumefit.report.redact import hash_name, scrub_contact_details
from resumefit.types import Evidence, FitReport, Mention, RequirementResult, RoleFit, SectionKind


def _scrub_mention(mention: Mention) -> Mention:
    if mention.section == SectionKind.CONTACT:
        sentence = mention.text  # the contact block is name, e-mail, phone: keep the skill only
    else:
        sentence, _ = scrub_contact_details(mention.sentence)
    return mention.model_copy(update={"sentence": sentence, "source_url": None})


def _scrub_evidence(evidence: Evidence) -> Evidence:
    sentence = evidence.sentence
    span: tuple[int, int] | None = (evidence.highlight_start, evidence.highlight_end)
    if evidence.section == SectionKind.CONTACT:
        sentence, span = evidence.text, (0, len(evidence.text))
    sentence, span = scrub_contact_details(sentence, span)
    start, end = span if span is not None else (0, 0)
    return evidence.model_copy(
        update={
            "sentence": sentence,
            "highlight_start": start,
            "highlight_end": end,
            "source_url": None,
        }
    )


def _scrub_result(result: RequirementResult) -> RequirementResult:
    return result.model_copy(update={"evidence": [_scrub_evidence(e) for e in result.evidence]})


def _scrub_fit(fit: RoleFit) -> RoleFit:
    return fit.model_copy(
        update={
            "results": [_scrub_result(r) for r in fit.results],
            "gaps": [_scrub_result(r) for r in fit.gaps],
        }
    )


def redact_report(report: FitReport, source_name: str) -> FitReport:
    """Return ``report`` without contact details, its source renamed to ``source_name``."""
    return report.model_copy(
        update={
            "document": report.document.model_copy(update={"source": source_name}),
            "mentions": [_scrub_mention(m) for m in report.mentions],
            "fits": [_scrub_fit(f) for f in report.fits],
            "portfolio_sources": [hash_name(s) for s in report.portfolio_sources],
        }
    )
