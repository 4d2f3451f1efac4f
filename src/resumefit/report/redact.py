"""Scrub contact details (e-mails, phone numbers, links, street addresses) from report text.

Evidence sentences are shown with the skill highlighted, so scrubbing keeps track of
where the highlighted span moves; a highlight that falls inside scrubbed text is dropped.
``redact_report`` applies the same rules to a whole FitReport, for the formats that print
the model itself (JSON, text).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from resumefit.types import Evidence, FitReport, Mention, RequirementResult, RoleFit, SectionKind

#: What replaces each kind of scrubbed text.
EMAIL_PLACEHOLDER = "[e-mail]"
PHONE_PLACEHOLDER = "[phone]"
LINK_PLACEHOLDER = "[link]"
ADDRESS_PLACEHOLDER = "[address]"

#: How many hex digits of a sha256 stand in for a file or repository name.
HASH_PREFIX_LENGTH = 12

#: A phone number has this many digits (fewer is a year range or an ID, more is not a phone).
PHONE_DIGITS = (9, 15)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Explicit URLs, "www." hosts, bare domains followed by a path, and the profile hosts
# people write without a path ("github.com/x" is covered, "ASP.NET" is not a link).
_LINK = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"']+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|ai|edu|co|app|page)/[^\s<>\"']*"
    r"|\b(?:github|gitlab|linkedin|bitbucket|kaggle|medium|twitter|huggingface)\.(?:com|co)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}(?!\w)"
)
_STREET_SUFFIX = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq"
)
_ADDRESS = re.compile(
    rf"\b\d{{1,6}}\s+(?:[A-Z][\w'-]*\.?\s+){{1,4}}(?:{_STREET_SUFFIX})\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Suite|Unit|#)\.?\s*[\w-]+)?"
    r"|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
)


def _is_phone(match: re.Match[str]) -> bool:
    digits = sum(ch.isdigit() for ch in match.group())
    return PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]


def _spans(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), EMAIL_PLACEHOLDER
    for match in _LINK.finditer(text):
        yield match.start(), match.end(), LINK_PLACEHOLDER
    for match in _PHONE.finditer(text):
        if _is_phone(match):
            yield match.start(), match.end(), PHONE_PLACEHOLDER
    for match in _ADDRESS.finditer(text):
        yield match.start(), match.end(), ADDRESS_PLACEHOLDER


def scrub_spans(text: str) -> list[tuple[int, int, str]]:
    """Return the non-overlapping (start, end, placeholder) spans of contact details in ``text``."""
    chosen: list[tuple[int, int, str]] = []
    # Longest first, so an e-mail wins over the link-looking domain inside it.
    for start, end, placeholder in sorted(_spans(text), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, placeholder))
    return sorted(chosen)


def scrub_contact_details(
    text: str, highlight: tuple[int, int] | None = None
) -> tuple[str, tuple[int, int] | None]:
    """Return ``text`` with contact details replaced, and where ``highlight`` moved (or None).

    ``highlight`` is a (start, end) span of ``text``; it is None in the result when scrubbed
    text overlaps it.
    """
    pieces: list[str] = []
    cursor = 0
    shift = 0  # how far offsets after ``cursor`` have moved
    new_highlight = highlight
    for start, end, placeholder in scrub_spans(text):
        pieces.append(text[cursor:start])
        pieces.append(placeholder)
        if highlight is not None and new_highlight is not None:
            h_start, h_end = highlight
            if start < h_end and end > h_start:
                new_highlight = None
            elif end <= h_start:
                shift += len(placeholder) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    if new_highlight is not None and highlight is not None:
        new_highlight = (highlight[0] + shift, highlight[1] + shift)
    return "".join(pieces), new_highlight


def hash_name(name: str) -> str:
    """Return a stable stand-in for a file or repository name: a prefix of its sha256."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:HASH_PREFIX_LENGTH]


def redacted_evidence_source(source: str) -> str:
    """Return ``source`` ("resume", "repo:owner/name", "readme:file") with the name hashed.

    A repository's owner is often the person's GitHub user name, so only the kind is kept.
    """
    kind, separator, name = source.partition(":")
    return f"{kind}:{hash_name(name)}" if separator else source


def _scrub_mention(mention: Mention) -> Mention:
    if mention.section == SectionKind.CONTACT:
        sentence = mention.text  # the contact block is name, e-mail, phone: keep the skill only
    else:
        sentence, _ = scrub_contact_details(mention.sentence)
    return mention.model_copy(
        update={
            "sentence": sentence,
            "source": redacted_evidence_source(mention.source),
            "source_url": None,
        }
    )


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
            "source": redacted_evidence_source(evidence.source),
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


def redacted_source(report: FitReport) -> str:
    """Return what a redacted report calls its source file: a prefix of the file's sha256."""
    return report.document.sha256[:HASH_PREFIX_LENGTH]


def redact_report(report: FitReport) -> FitReport:
    """Return ``report`` without contact details, links or names of files and repositories.

    A contact-block mention keeps only the skill's own words, every sentence loses e-mails,
    phones, links and street addresses, the source file is named by ``redacted_source`` and
    portfolio sources become hashes of their names.
    """
    return report.model_copy(
        update={
            "document": report.document.model_copy(update={"source": redacted_source(report)}),
            "mentions": [_scrub_mention(m) for m in report.mentions],
            "fits": [_scrub_fit(f) for f in report.fits],
            "portfolio_sources": [hash_name(s) for s in report.portfolio_sources],
        }
    )
