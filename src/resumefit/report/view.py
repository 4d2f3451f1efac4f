"""Turn a FitReport into what the templates show: ordered roles, escaped and marked sentences.

Everything from a resume or README is escaped here, by the HTML pieces built in
``resumefit.report.html`` or by jinja2's autoescape; the only markup added to such text is
the ``<mark>`` around a highlighted skill, inserted between already-escaped pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from resumefit.report.redact import HASH_PREFIX_LENGTH, hash_name, scrub_contact_details
from resumefit.types import (
    Evidence,
    FitReport,
    RequirementResult,
    RoleFit,
    SectionKind,
    SkillSummary,
)

#: Link schemes rendered as links; anything else (javascript:, data:, file:) is plain text.
SAFE_LINK_SCHEMES = ("http", "https")

#: Status words a reader sees.
STATUS_LABELS = {"met": "met", "partly_met": "partly met", "missing": "missing"}

#: Section names a reader sees (SectionKind values are lower-case ids).
SECTION_LABELS = {
    SectionKind.CONTACT: "contact block",
    SectionKind.SUMMARY: "Summary",
    SectionKind.SKILLS: "Skills",
    SectionKind.EXPERIENCE: "Experience",
    SectionKind.PROJECTS: "Projects",
    SectionKind.EDUCATION: "Education",
    SectionKind.CERTIFICATIONS: "Certifications",
    SectionKind.PUBLICATIONS: "Publications",
    SectionKind.AWARDS: "Awards & activities",
    SectionKind.OTHER: "other text",
}

#: How many roles, best first, the report shows in full (every requirement with its
#: evidence); the rest get a compact block. Roles chosen with --role are usually this few,
#: so they all come out in full.
DETAILED_ROLE_COUNT = 3

#: How many gaps, most important first, a compact role block lists.
COMPACT_GAP_COUNT = 5

#: Said for a gap when neither the scorer nor the role gave a suggestion.
FALLBACK_SUGGESTION = (
    "Add a project or experience bullet that shows {label}, naming the tools you used."
)


def safe_link(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) link with a host, else None."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_LINK_SCHEMES or not parts.netloc:
        return None
    return url


def mark_highlight(sentence: str, span: tuple[int, int] | None) -> Markup:
    """Return ``sentence`` escaped, with ``span`` (offsets into the raw sentence) in ``<mark>``."""
    if span is None:
        return escape(sentence)
    start, end = span
    if not 0 <= start < end <= len(sentence):
        return escape(sentence)
    # Each piece escaped on its own (escaping is per character, so this equals escaping the
    # whole sentence), then the mark put between them.
    before, marked, after = (
        escape(sentence[:start]),
        escape(sentence[start:end]),
        escape(sentence[end:]),
    )
    return Markup(f"{before}<mark>{marked}</mark>{after}")


def section_label(section: SectionKind) -> str:
    """Return the reader-facing name of a resume section."""
    return SECTION_LABELS.get(section, str(section))


class EvidenceView(NamedTuple):
    """One piece of evidence as the report shows it.

    A named tuple, not a frozen dataclass: just as immutable, and a quarter of the cost to
    build for the evidence of every requirement shown.
    """

    name: str
    sentence: Markup
    where: str
    link: str | None
    link_text: str | None
    strength: str
    via: str | None


@dataclass(frozen=True)
class RoleView:
    """One role fit as the report shows it.

    Requirements stay the scorer's ``RequirementResult``s: the HTML renderer formats each one
    directly (a view object per requirement cost more than its HTML).
    """

    anchor: str
    fit: RoleFit
    detailed: bool
    requirements: list[RequirementResult]  # every one, in the role's order (detailed roles)
    gaps: list[RequirementResult]  # partly met or missing, most important first (brief: top few)
    thin_gaps: list[RequirementResult]  # met, short of full credit (detailed roles)
    more_gaps: int  # open gaps a brief role leaves out
    required: int
    met_required: int
    preferred: int
    met_preferred: int


@dataclass(frozen=True)
class ReportView:
    """Everything the HTML template needs, already ordered and escaped where it matters."""

    source: str
    report: FitReport
    roles: list[RoleView]
    skills_by_category: list[tuple[str, list[SkillSummary]]]
    portfolio_sources: list[tuple[str, str | None]] = field(default_factory=list)
    redacted: bool = False


def _portfolio_name(source: str) -> str:
    """Return a short name for a portfolio source: 'owner/name', a README path, a URL's path.

    Sources are 'repo:owner/name', 'readme:path' or the document's URL; a local file URL is
    cut to its last folder so the report does not show the reader's home directory.
    """
    kind, _, rest = source.partition(":")
    if kind in ("repo", "readme") and rest:
        return rest
    parts = urlsplit(source)
    if parts.scheme == "file":
        return PurePosixPath(parts.path).name or source
    if parts.scheme in SAFE_LINK_SCHEMES and parts.netloc:
        return (parts.netloc + parts.path).rstrip("/")
    return source


def _portfolio_kind(source: str) -> str:
    """Return what a reader calls a portfolio source: a repository or a README."""
    return "repository" if source.startswith("repo:") else "README"


def evidence_view(evidence: Evidence, *, redact: bool) -> EvidenceView:
    """Return how the report shows ``evidence``: its sentence marked, where it was found."""
    span: tuple[int, int] | None = (evidence.highlight_start, evidence.highlight_end)
    sentence = evidence.sentence
    if evidence.section == SectionKind.CONTACT:
        # The contact block holds a name, e-mail and phone: show only the skill's own words.
        sentence, span = evidence.text, (0, len(evidence.text))
    if redact or evidence.section == SectionKind.CONTACT:
        sentence, span = scrub_contact_details(sentence, span)
    link: str | None = None
    link_text: str | None = None
    if evidence.source == "resume":
        where = f"resume, {section_label(evidence.section)}"
        if evidence.page is not None:
            where += f", page {evidence.page}"
    else:
        name = _portfolio_name(evidence.source)
        if redact:
            where = f"portfolio {_portfolio_kind(evidence.source)} {hash_name(name)}"
        else:
            where = f"portfolio {_portfolio_kind(evidence.source)}"
            link_text = name
            link = safe_link(evidence.source_url)
    return EvidenceView(
        name=evidence.name,
        sentence=mark_highlight(sentence, span),
        where=where,
        link=link,
        link_text=link_text,
        strength=str(evidence.strength),
        via=evidence.via,
    )


def suggestion_for(result: RequirementResult) -> str:
    """Return what to do about a requirement that is not fully met (never empty)."""
    requirement = result.requirement
    label = requirement.label[:1].lower() + requirement.label[1:]
    return result.suggestion or requirement.suggestion or FALLBACK_SUGGESTION.format(label=label)


def gap_suggestion(result: RequirementResult) -> str | None:
    """Return the suggestion shown for a gap, or None when the requirement is fully met."""
    if result.status != "met" or result.credit < 1:
        return suggestion_for(result)
    return None


def ranked_gaps(fit: RoleFit) -> list[RequirementResult]:
    """Return the role's gaps: unmet ones first, each group by points missing, then weight.

    A gap can be *met* yet short of full credit (a skill only listed, not shown in use);
    those come after every requirement that is partly met or missing.
    """
    return sorted(
        fit.gaps,
        key=lambda r: (r.status == "met", r.points - r.max_points, -r.max_points),
    )


def ranked_fits(report: FitReport) -> list[RoleFit]:
    """Return the report's role fits, best score first (stable for equal scores)."""
    return sorted(report.fits, key=lambda fit: -fit.score)


def _role_view(fit: RoleFit, anchor: str, *, detailed: bool) -> RoleView:
    """Return one role's view: every requirement with evidence, or only its top open gaps."""
    required = [r for r in fit.results if r.requirement.importance == "required"]
    preferred = [r for r in fit.results if r.requirement.importance == "preferred"]
    ranked = ranked_gaps(fit)
    open_gaps = [r for r in ranked if r.status != "met"]
    more_gaps = 0
    if detailed:
        requirements = fit.results
        thin_gaps = [r for r in ranked if r.status == "met"]
    else:
        # A compact block names what to work on; evidence is what makes a report long.
        requirements, thin_gaps = [], []
        more_gaps = max(len(open_gaps) - COMPACT_GAP_COUNT, 0)
        open_gaps = open_gaps[:COMPACT_GAP_COUNT]
    return RoleView(
        anchor=anchor,
        fit=fit,
        detailed=detailed,
        requirements=requirements,
        gaps=open_gaps,
        thin_gaps=thin_gaps,
        more_gaps=more_gaps,
        required=len(required),
        met_required=sum(r.status == "met" for r in required),
        preferred=len(preferred),
        met_preferred=sum(r.status == "met" for r in preferred),
    )


def build_view(report: FitReport, *, redact: bool = False) -> ReportView:
    """Return the template view of ``report``; ``redact`` scrubs contact details and names.

    The best ``DETAILED_ROLE_COUNT`` roles are shown in full, the others in brief.
    """
    roles = [
        _role_view(fit, f"role-{index}", detailed=index <= DETAILED_ROLE_COUNT)
        for index, fit in enumerate(ranked_fits(report), start=1)
    ]
    by_category: dict[str, list[SkillSummary]] = {}
    for skill in sorted(report.skills, key=lambda s: (-s.count, s.name.lower())):
        by_category.setdefault(skill.category, []).append(skill)
    portfolio = [
        (hash_name(_portfolio_name(source)), None)
        if redact
        else (_portfolio_name(source), safe_link(source))
        for source in report.portfolio_sources
    ]
    source = report.document.sha256[:HASH_PREFIX_LENGTH] if redact else report.document.source
    return ReportView(
        source=source,
        report=report,
        roles=roles,
        skills_by_category=sorted(by_category.items()),
        portfolio_sources=portfolio,
        redacted=redact,
    )
